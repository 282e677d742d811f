import type { WeeklySchedule } from '../week/types'
import { readBusinessHours } from './readBusinessHours'
import { scheduleFromRecords } from './scheduleFromRecords'
import type { Issue, PathSegment } from './types'

/** Options for `validateBusinessHours` and `parseBusinessHours`. */
export interface ValidateOptions {
  /** Put in front of every issue path, e.g. `['target', 'business_hours']`. Default none. */
  readonly pathPrefix?: readonly PathSegment[]
}

/** The outcome of validation: the weekly model, or every error found. Warnings either way. */
export type ValidationResult =
  | { readonly ok: true; readonly schedule: WeeklySchedule; readonly warnings: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[]; readonly warnings: readonly Issue[] }

/**
 * Checks business-hour records as the API holds them and builds the weekly model. Never throws.
 *
 * Every problem in every record is reported with its path (`[3, 'time_close']`). Defaults:
 * `time_open` 0, `time_close` 2400, `work_day` true, `invert` false. A day without records is
 * closed (warning); no records at all is open 24/7 (warning), as the API treats it.
 *
 * @param input - the `business_hours` array (any value is accepted and checked)
 * @param options - `pathPrefix` to root issue paths elsewhere
 * @returns `{ ok: true, schedule, warnings }` or `{ ok: false, issues, warnings }`
 *
 * @example
 * validateBusinessHours([{ day_of_week: 1, time_open: 900, time_close: 1700 }])
 * //=> { ok: true, schedule: { intervals: [{ start: 1980, end: 2460 }] }, warnings: [6 × missing_day] }
 *
 * @example
 * // Every error, located
 * validateBusinessHours([{ day_of_week: 7, time_close: 2460 }])
 * //=> { ok: false, issues: [{ code: 'out_of_range', path: [0, 'day_of_week'], … },
 * //                          { code: 'invalid_minutes', path: [0, 'time_close'], … }], warnings: [] }
 */
export function validateBusinessHours(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const pathPrefix = options.pathPrefix ?? []
  const read = readBusinessHours(input, pathPrefix)
  if (read.errors.length > 0) return { ok: false, issues: read.errors, warnings: read.warnings }
  const { schedule, warnings } = scheduleFromRecords(read.records, read.destroyed, pathPrefix)
  return { ok: true, schedule, warnings: [...read.warnings, ...warnings] }
}
