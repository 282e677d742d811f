import type { WeeklySchedule } from './types'

/**
 * Tells whether two schedules in normal form are open at exactly the same minutes.
 *
 * @example
 * schedulesEqual({ intervals: [{ start: 540, end: 1020 }] }, { intervals: [{ start: 540, end: 1020 }] })
 * //=> true
 *
 * @example
 * // Never open equals never open
 * schedulesEqual({ intervals: [] }, { intervals: [] })
 * //=> true
 */
export function schedulesEqual(a: WeeklySchedule, b: WeeklySchedule): boolean {
  if (a.intervals.length !== b.intervals.length) return false
  return a.intervals.every((interval, i) => {
    const other = b.intervals[i]!
    return interval.start === other.start && interval.end === other.end
  })
}
