import type { WeeklySchedule } from '../week/types'
import { errorOfIssues } from '../ground/issues'
import { validateBusinessHours, type ValidateOptions } from './validateBusinessHours'

/**
 * Builds the weekly model from business-hour records, throwing on any error.
 *
 * The same rules as `validateBusinessHours`; warnings are not thrown (use `validateBusinessHours`
 * to see them).
 *
 * @param input - the `business_hours` array
 * @param options - `pathPrefix` to root issue paths elsewhere
 * @returns the schedule in normal form
 * @throws {BusinessHoursError} with every issue, when any record has an error
 *
 * @example
 * parseBusinessHours([{ day_of_week: 0, time_open: 900, time_close: 1700, invert: true }])
 * //=> { intervals: [{ start: 0, end: 540 }, { start: 1020, end: 1440 }] }
 *
 * @example
 * // An empty list is open 24/7, as the API treats it
 * parseBusinessHours([])
 * //=> { intervals: [{ start: 0, end: 10080 }] }
 */
export function parseBusinessHours(input: unknown, options: ValidateOptions = {}): WeeklySchedule {
  const result = validateBusinessHours(input, options)
  if (!result.ok) throw errorOfIssues([...result.issues, ...result.warnings])
  return result.schedule
}
