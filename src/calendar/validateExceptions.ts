import { BusinessHoursError, collectIssues, errorOfIssues, errorsOf, warningsOf, type Issue } from '../ground/issues'
import { readValidateOptions, type ValidateOptions } from '../ground/readValidateOptions'
import { readExceptions } from './readExceptions'
import { sealExceptions } from './sealedCalendar'
import type { CalendarException } from './types'

/** The outcome of `validateExceptions`: the checked exceptions, or every error found. */
export type ExceptionsValidationResult =
  | { readonly ok: true; readonly exceptions: readonly CalendarException[]; readonly warnings: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[]; readonly warnings: readonly Issue[] }

/**
 * Checks exception entries — holidays, special hours, closures — and reads them into plain, frozen
 * data. Never throws, whatever the input and options.
 *
 * Each entry is one of `{ date: 'YYYY-MM-DD', closed: true }`, `{ date, hours: [{ time_open,
 * time_close }] }` (military time, half-open, 2400 only as a close; `hours: []` closes the date),
 * `{ from, to, … }` (both dates included), `{ date: '--MM-DD', … }` (every year; `--02-29` only
 * in leap years) and `{ start, end, closed: true | open: true }` (ISO instants with `Z` or an
 * offset, on whole minutes); each may have a `label`. Entries of one kind that give one date (or
 * instant) different hours are a `conflicting_exception` naming both.
 *
 * @param input - the list of entries (any value is accepted and checked)
 * @param options - `pathPrefix` to root issue paths elsewhere
 * @returns `{ ok: true, exceptions, warnings }` or `{ ok: false, issues, warnings }`; issue paths
 *   start at the entry's index (render them with `formatIssuePath(path, 'exceptions')`)
 *
 * @example
 * const result = validateExceptions([{ date: '2026-12-24', hours: [{ time_open: 900, time_close: 1300 }], label: 'Christmas Eve' }])
 * result.exceptions
 * //=> [{ kind: 'date', date: '2026-12-24', hours: [{ start: 540, end: 780 }], label: 'Christmas Eve' }]
 *
 * @example
 * validateExceptions([{ date: '2026-02-30', closed: true }, { start: '2026-12-01T14:35', end: '2026-12-01T16:10Z', closed: true }]).issues.map((i) => [i.code, formatIssuePath(i.path, 'exceptions')])
 * //=> [['invalid_date', 'exceptions[0].date'], ['invalid_date', 'exceptions[1].start']]
 */
export function validateExceptions(input: unknown, options?: ValidateOptions): ExceptionsValidationResult {
  const collector = collectIssues()
  const { pathPrefix } = readValidateOptions(options, collector, 'validateExceptions')
  const exceptions = collector.errorCount > 0 ? undefined : readExceptions(input, pathPrefix, collector)
  if (exceptions === undefined) return { ok: false, issues: errorsOf(collector), warnings: warningsOf(collector) }
  return { ok: true, exceptions: sealExceptions(exceptions), warnings: warningsOf(collector) }
}

/**
 * Like `validateExceptions`, but throws: the checked exceptions, ready for `withExceptions`.
 *
 * @param input - the list of entries
 * @param options - `pathPrefix` to root issue paths elsewhere (as `validateExceptions`)
 * @returns the exceptions, frozen
 * @throws {BusinessHoursError} with every issue, located (`exceptions[3].date`)
 *
 * @example
 * parseExceptions([{ date: '--12-25', closed: true, label: 'Christmas' }])
 * //=> [{ kind: 'yearly', date: '--12-25', month: 12, day: 25, hours: [], label: 'Christmas' }]
 *
 * @example
 * parseExceptions([{ from: '2027-01-01', to: '2026-12-24', closed: true }])
 * //=> throws BusinessHoursError: Invalid exceptions (1 error): exceptions[0].to: to 2026-12-24 is before from 2027-01-01: a range includes both ends, so one date is from: d, to: d
 */
export function parseExceptions(input: unknown, options?: ValidateOptions): readonly CalendarException[] {
  const result = validateExceptions(input, options)
  if (!result.ok) throw errorOfIssues([...result.issues, ...result.warnings], 'exceptions', 'exceptions')
  return result.exceptions
}
