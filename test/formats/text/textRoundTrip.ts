/** One text round trip of a case, judged over `window`: a difference in words, or undefined. */
import { withExceptions } from '../../../src/index'
import { readText, writeText } from '../../../src/formats/index'
import { firstDifferentInstant } from '../sameInstants'
import type { CalendarCase } from '../google/calendarCases'

export function textRoundTrip(sample: CalendarCase, window: [number, number], clock: 12 | 24): string | undefined {
  const calendar = withExceptions(sample.schedule, sample.entries as never)
  const written = writeText(calendar, { timeZone: sample.zone, clock })
  if (written.losses.length > 0) return `losses: ${JSON.stringify(written.losses)}`
  const read = readText(written.value)
  if (!read.ok) return `not read back: ${written.value} → ${JSON.stringify(read.issues)}`
  if (read.issues.length > 0 || read.losses.length > 0) return `issues or losses on reading back ${written.value}: ${JSON.stringify(read.issues)} ${JSON.stringify(read.losses)}`
  if (read.timeZone !== sample.zone && !(sample.zone === 'UTC' && read.timeZone === 'UTC')) return `zone ${read.timeZone} read back, ${sample.zone} written`
  if (JSON.stringify(read.schedule.intervals) !== JSON.stringify(sample.schedule.intervals)) return `week differs: ${written.value}`
  const judged = firstDifferentInstant(sample.schedule.intervals, sample.entries, read.calendar, sample.zone, window[0], window[1])
  return judged === undefined ? undefined : `${judged} — text: ${written.value}`
}
