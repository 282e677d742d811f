/** One Google round trip of a case, judged over `window`: a difference in words, or undefined. */
import { withExceptions } from '../../../src/index'
import { readGoogle, writeGoogle } from '../../../src/formats/index'
import { firstDifferentInstant } from '../sameInstants'
import type { CalendarCase } from './calendarCases'

/** The years written for yearly entries: one more each side, so local dates at the window's edges are covered. */
const YEARS = [2025, 2026, 2027, 2028]

export function googleRoundTrip(sample: CalendarCase, window: [number, number]): string | undefined {
  const calendar = withExceptions(sample.schedule, sample.entries as never)
  const written = writeGoogle(calendar, { years: YEARS })
  // Every loss names an instant entry (not written) or a yearly entry (written over YEARS).
  for (const loss of written.losses) {
    const entry = sample.entries[loss.path[1] as number] as Record<string, unknown>
    const instant = 'start' in entry
    const yearly = typeof entry.date === 'string' && entry.date.startsWith('--')
    if (!(instant && loss.code === 'not_supported') && !(yearly && loss.code === 'expanded')) return `unexpected loss ${JSON.stringify(loss)}`
  }
  const read = readGoogle(JSON.stringify(written.value), { timeZone: sample.zone })
  if (!read.ok) return `not read back: ${JSON.stringify(read.issues)}`
  if (read.losses.length > 0) return `losses on reading back: ${JSON.stringify(read.losses)}`
  const kept = sample.entries.filter((entry) => !('start' in entry))
  return firstDifferentInstant(sample.schedule.intervals, kept, read.calendar, sample.zone, window[0], window[1])
}

