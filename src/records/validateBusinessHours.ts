import { collectIssues, errorsOf, warningsOf, type Issue, type IssueCollector, type PathSegment } from '../ground/issues'
import { OPEN_ALL_WEEK, sealSchedule } from '../week/sealedSchedule'
import type { WeeklySchedule } from '../week/types'
import { readValidateOptions, type ValidateOptions } from '../ground/readValidateOptions'
import { readBusinessHours } from './readBusinessHours'
import { scheduleFromRecords } from './scheduleFromRecords'

export type { ValidateOptions } from '../ground/readValidateOptions'

/** The outcome of validation: the weekly model, or every error found. Warnings either way. */
export type ValidationResult =
  | { readonly ok: true; readonly schedule: WeeklySchedule; readonly warnings: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[]; readonly warnings: readonly Issue[] }

/**
 * Reads records into a sealed schedule, reporting to `collector`; undefined when any record has an
 * error. Internal: the one path from records to a schedule, shared by targets.
 */
export function scheduleOfRecords(input: unknown, pathPrefix: readonly PathSegment[], collector: IssueCollector): WeeklySchedule | undefined {
  const before = collector.errorCount
  const read = readBusinessHours(input, pathPrefix, collector)
  if (read === undefined || collector.errorCount > before) return undefined
  const schedule = scheduleFromRecords(read.records, read.destroys.length, pathPrefix, collector)
  return schedule === OPEN_ALL_WEEK ? schedule : sealSchedule(schedule.intervals)
}

/**
 * Checks business-hour records as the API holds them and builds the weekly model. Never throws,
 * whatever the input and options.
 *
 * Every problem in every record is reported with its path (`[3, 'time_close']`), at most 1,000
 * errors and 1,000 warnings, then one `too_many_issues` summary with the count of the rest.
 * Defaults: `time_open` 0, `time_close` 2400, `work_day` true, `invert` false. A day without
 * records is closed (warning); no records at all is open 24/7 (warning), as the API treats it.
 *
 * @param input - the `business_hours` array (any value is accepted and checked)
 * @param options - `pathPrefix` to root issue paths elsewhere (bad options are issues under `options`)
 * @returns `{ ok: true, schedule, warnings }` or `{ ok: false, issues, warnings }`
 *
 * @example
 * const result = validateBusinessHours([{ day_of_week: 1, time_open: 900, time_close: 1700 }])
 * result.ok //=> true
 * result.schedule //=> { intervals: [{ start: 1980, end: 2460 }] }
 * result.warnings.map((w) => w.code) //=> ['missing_day', 'missing_day', 'missing_day', 'missing_day', 'missing_day', 'missing_day']
 *
 * @example
 * // Every error, located
 * validateBusinessHours([{ day_of_week: 7, time_close: 2460 }]).issues.map((i) => [i.code, i.path])
 * //=> [['out_of_range', [0, 'day_of_week']], ['invalid_minutes', [0, 'time_close']]]
 */
export function validateBusinessHours(input: unknown, options?: ValidateOptions): ValidationResult {
  const collector = collectIssues()
  const { pathPrefix } = readValidateOptions(options, collector, 'validateBusinessHours')
  const schedule = collector.errorCount > 0 ? undefined : scheduleOfRecords(input, pathPrefix, collector)
  if (schedule === undefined) return { ok: false, issues: errorsOf(collector), warnings: warningsOf(collector) }
  return { ok: true, schedule, warnings: warningsOf(collector) }
}
