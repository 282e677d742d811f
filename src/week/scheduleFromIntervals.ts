import { BusinessHoursError } from '../records/issues'
import { describeReceived } from '../records/issues'
import type { Issue } from '../records/types'
import { normalizeIntervals } from './normalizeIntervals'
import { MINUTES_PER_WEEK, type WeekInterval, type WeeklySchedule } from './types'

/**
 * Builds a weekly schedule in normal form from minute-of-week intervals in any order.
 *
 * Overlapping and touching intervals merge; empty ones (`start === end`) are dropped. Minutes must be
 * integers in `0…10080` with `start ≤ end`; anything else throws `BusinessHoursError` whose issues
 * point at `intervals[i].start` / `.end`.
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
  const issues: Issue[] = []
  if (!Array.isArray(intervals)) {
    issues.push({
      code: 'not_an_array',
      path: [],
      severity: 'error',
      message: `expected an array of { start, end } intervals, received ${describeReceived(intervals)}`,
    })
    throw new BusinessHoursError(issues, 'intervals')
  }
  intervals.forEach((interval: unknown, index) => {
    if (typeof interval !== 'object' || interval === null) {
      issues.push({
        code: 'not_an_object',
        path: [index],
        severity: 'error',
        message: `expected an object { start, end }, received ${describeReceived(interval)}`,
      })
      return
    }
    const { start, end } = interval as Record<string, unknown>
    for (const [field, value] of [['start', start], ['end', end]] as const) {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MINUTES_PER_WEEK) {
        issues.push({
          code: typeof value === 'number' && Number.isInteger(value) ? 'out_of_range' : 'not_an_integer',
          path: [index, field],
          severity: 'error',
          message: `${field} must be a whole minute of the week 0–10080, received ${describeReceived(value)}`,
        })
      }
    }
    if (typeof start === 'number' && typeof end === 'number' && start > end) {
      issues.push({
        code: 'close_before_open',
        path: [index, 'end'],
        severity: 'error',
        message: `end ${end} is before start ${start}; split a span across the week boundary into two intervals`,
      })
    }
  })
  if (issues.length > 0) throw new BusinessHoursError(issues, 'intervals')
  return { intervals: normalizeIntervals(intervals) }
}
