import { BusinessHoursError, describeReceived } from '../records/issues'
import type { Issue } from '../records/types'
import { MINUTES_PER_WEEK, type WeeklySchedule } from './types'

/** Schedules already found in normal form: each is checked once, then recognised in O(1). */
const checked = new WeakSet<object>()
/** The schedule checked last: a loop over one schedule skips even the set lookup. */
let lastChecked: WeeklySchedule | undefined

/**
 * Makes sure a schedule handed to a query is in normal form, so that no query can answer wrongly
 * from a hand-built, unsorted or overlapping list. Internal to the package.
 *
 * A schedule is checked the first time it is seen and remembered (a `WeakSet`), so queries pay
 * one set lookup after that, and nothing when they ask about the same schedule as last time. Schedules are readonly: one mutated after its first query is not
 * checked again.
 *
 * @throws {BusinessHoursError} with located issues (`schedule.intervals[2].start`) when it is not
 *   a `WeeklySchedule` in normal form
 */
export function assertWeeklySchedule(schedule: WeeklySchedule): void {
  if (schedule === lastChecked) return
  if (checked.has(schedule)) {
    lastChecked = schedule
    return
  }
  const issues: Issue[] = []
  const problem = (path: Issue['path'], message: string) =>
    issues.push({ code: 'invalid_type', path: ['schedule', ...path], severity: 'error', message })
  const intervals: unknown = typeof schedule === 'object' && schedule !== null ? schedule.intervals : undefined
  if (!Array.isArray(intervals)) {
    problem(['intervals'], `expected a WeeklySchedule { intervals: [...] } (from parseBusinessHours or scheduleFromIntervals), received ${describeReceived(schedule)}`)
  } else {
    let previousEnd = -1
    intervals.forEach((interval: unknown, index) => {
      const { start, end } = (typeof interval === 'object' && interval !== null ? interval : {}) as Record<string, unknown>
      if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) > MINUTES_PER_WEEK || (start as number) >= (end as number)) {
        problem(['intervals', index], `expected { start, end }, whole minutes with 0 ≤ start < end ≤ 10080, received ${JSON.stringify(interval) ?? describeReceived(interval)}`)
        return
      }
      if ((start as number) <= previousEnd) {
        problem(['intervals', index, 'start'], `intervals must be sorted, disjoint and not touching (normal form), but start ${String(start)} is not after the previous end ${previousEnd}: build schedules with scheduleFromIntervals`)
      }
      previousEnd = end as number
    })
  }
  if (issues.length > 0) throw new BusinessHoursError(issues, 'schedule', 'schedule')
  checked.add(schedule)
  lastChecked = schedule
}
