import { collectIssues, reportError, throwIfErrors } from '../ground/issues'
import { readArrayLength, readInteger, readObjectItem, readOwnFields } from '../ground/readers'
import { normalizeIntervals } from './normalizeIntervals'
import { sealSchedule } from './sealedSchedule'
import { MINUTES_PER_WEEK, type WeekInterval, type WeeklySchedule } from './types'

/**
 * Builds a weekly schedule in normal form from minute-of-week intervals in any order.
 *
 * Overlapping and touching intervals merge; empty ones (`start === end`) are dropped. Minutes must be
 * integers in `0…10080` with `start ≤ end`; anything else throws `BusinessHoursError` whose issues
 * point at `intervals[i].start` / `.end`. The schedule is sealed (frozen): no one can change it.
 *
 * @param intervals - `{ start, end }` minutes since Sunday 00:00, half-open
 * @returns the schedule in normal form
 *
 * @example
 * scheduleFromIntervals([{ start: 600, end: 720 }, { start: 540, end: 600 }])
 * //=> { intervals: [{ start: 540, end: 720 }] }
 *
 * @example
 * // The Saturday→Sunday wrap stays two pieces
 * scheduleFromIntervals([{ start: 0, end: 60 }, { start: 10020, end: 10080 }])
 * //=> { intervals: [{ start: 0, end: 60 }, { start: 10020, end: 10080 }] }
 */
export function scheduleFromIntervals(intervals: readonly WeekInterval[]): WeeklySchedule {
  const collector = collectIssues()
  const read: WeekInterval[] = []
  const length = readArrayLength(intervals, [], collector, 'an array of { start, end } intervals')
  for (let index = 0; length !== undefined && index < length; index++) {
    const entry = readObjectItem(intervals, index, [index], collector, 'the interval', 'an object { start, end }')
    if (entry === undefined) continue
    const fields = readOwnFields(entry, ['start', 'end'], [index], collector, 'the interval')
    if (fields === undefined) continue
    const rule = { min: 0, max: MINUTES_PER_WEEK, expected: 'a whole minute of the week 0–10080' }
    const start = readInteger(fields.start, [index], 'start', collector, rule)
    const end = readInteger(fields.end, [index], 'end', collector, rule)
    if (start === undefined || end === undefined) continue
    if (start > end) {
      reportError(collector, [index, 'end'], 'close_before_open', `end ${end} is before start ${start}; split a span across the week boundary into two intervals`, `a minute at or after start ${start}`, String(end))
      continue
    }
    read.push({ start, end })
  }
  throwIfErrors(collector, 'intervals')
  return sealSchedule(normalizeIntervals(read))
}
