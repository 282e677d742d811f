// The editor edits wall-clock hours; a clock change in the coming week makes some of those hours
// not exist (spring forward) or happen twice (fall back). The note says which, on the zone's clock.

import { wallClockAt } from '../zone/wallClockAt'
import { nextOffsetChange } from '../zone/nextOffsetChange'
import { clockTime, type HourCycle } from './editorText'

const WEEK_MS = 7 * 86_400_000

/**
 * The zone's next clock change within a week after `at`, in words; `undefined` when there is none.
 *
 * @param at - epoch ms
 * @param timeZone - an IANA id, `UTC`, or a Retreaver (Rails) zone name
 * @param hourCycle - how times are written
 * @returns `Sun 2027-03-14: clocks go forward, 02:00–03:00 does not exist`, or the `go back` twin
 * @throws {RangeError} for a zone no one knows
 *
 * @example
 * clockChangeNote(Date.UTC(2027, 2, 10), 'America/New_York')
 * //=> 'Sun 2027-03-14: clocks go forward, 02:00–03:00 does not exist'
 * clockChangeNote(Date.UTC(2026, 9, 30), 'America/New_York')
 * //=> 'Sun 2026-11-01: clocks go back, 01:00–02:00 happens twice'
 *
 * @example
 * // Edge: no change in the coming week
 * clockChangeNote(Date.UTC(2026, 5, 1), 'America/New_York') //=> undefined
 */
export function clockChangeNote(at: number, timeZone: string, hourCycle: HourCycle = 'h23'): string | undefined {
  const change = nextOffsetChange(timeZone, at, WEEK_MS)
  if (change === null) return undefined
  // The wall clock just before the change, and what it jumps to: 2027-03-14 07:00Z reads 02:00 EST,
  // then 03:00 EDT.
  const before = wallClockAt(change.atMs - 60_000, timeZone)
  const from = before.minuteOfDay + 1
  const jump = change.afterMinutes - change.beforeMinutes
  const forward = jump > 0
  const first = forward ? from : from + jump
  const last = forward ? from + jump : from
  const range = `${clockTime(first, hourCycle)}–${clockTime(last, hourCycle)}`
  return `${before.weekday} ${before.date}: clocks go ${forward ? 'forward' : 'back'}, ${range} ${forward ? 'does not exist' : 'happens twice'}`
}
