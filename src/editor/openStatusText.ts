// The one sentence both elements show about now: open or closed, and when that changes.

import type { Hours } from '../calendar/types'
import { isOpen } from '../query/isOpen'
import { nextChange } from '../query/nextChange'
import { wallClockAt } from '../zone/wallClockAt'
import { zoneAbbreviation } from '../zone/zoneAbbreviation'
import { clockTime, type HourCycle } from './editorText'

/** What {@link openStatusText} answers. */
export interface OpenStatus {
  readonly open: boolean
  /** `Open · closes 17:00 EST`, `Closed · opens Mon 09:00 EST`, `Open 24/7`, `Closed all week`. */
  readonly text: string
  /** When the answer changes (epoch ms), or `null` when it never does. */
  readonly changesAtMs: number | null
}

/**
 * Whether the hours are open at an instant, in words, with the next change on the zone's clock.
 * The weekday is named when the change falls on another local day than `at`.
 *
 * @param hours - a weekly schedule or a calendar
 * @param at - epoch ms
 * @param timeZone - an IANA id, `UTC`, or a Retreaver (Rails) zone name
 * @param options - `openWord` (default `'Open'`; the editor says `'Open now'`), `hourCycle`
 * @returns `{ open, text, changesAtMs }`
 * @throws {RangeError} for a zone no one knows
 *
 * @example
 * // Mon–Fri 09:00–17:00 in New York, on Monday 2026-11-30 at 10:00 EST
 * openStatusText(weekdays9to5, Date.UTC(2026, 10, 30, 15), 'America/New_York').text //=> 'Open · closes 17:00 EST'
 * // Friday 18:00: the next opening is on Monday
 * openStatusText(weekdays9to5, Date.UTC(2026, 11, 4, 23), 'America/New_York').text //=> 'Closed · opens Mon 09:00 EST'
 *
 * @example
 * // Edge: never changes
 * openStatusText({ intervals: [{ start: 0, end: 10080 }] }, 0, 'UTC') //=> { open: true, text: 'Open 24/7', changesAtMs: null }
 * openStatusText({ intervals: [] }, 0, 'UTC', { openWord: 'Open now' }) //=> { open: false, text: 'Closed all week', changesAtMs: null }
 */
export function openStatusText(hours: Hours, at: number, timeZone: string, options: { readonly openWord?: string; readonly hourCycle?: HourCycle } = {}): OpenStatus {
  const open = isOpen(hours, at, timeZone)
  const change = nextChange(hours, at, timeZone, { epochMs: true })
  const openWord = options.openWord ?? 'Open'
  if (change === null) return Object.freeze({ open, text: open ? `${openWord} 24/7` : 'Closed all week', changesAtMs: null })
  const now = wallClockAt(at, timeZone)
  const then = wallClockAt(change, timeZone)
  const day = then.date === now.date ? '' : `${then.weekday} `
  const when = `${day}${clockTime(then.minuteOfDay, options.hourCycle)} ${zoneAbbreviation(change, timeZone)}`
  const text = open ? `${openWord} · closes ${when}` : `Closed · opens ${when}`
  return Object.freeze({ open, text, changesAtMs: change })
}

