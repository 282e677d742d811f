// The ground floor: the issue vocabulary and the data error class; it stands on the family's base
// (callhoursError.ts) and imports nothing else.
import { CallhoursError } from './callhoursError'

/** One segment of the location of an issue: an object key or an array index. */
export type PathSegment = string | number

/** Machine-readable kinds of problem that validation reports. */
export type IssueCode =
  | 'not_an_array'
  | 'not_an_object'
  | 'not_a_target'
  | 'unreadable'
  | 'missing_field'
  | 'unknown_field'
  | 'invalid_type'
  | 'not_an_integer'
  | 'out_of_range'
  | 'invalid_minutes'
  | 'open_at_2400'
  | 'close_before_open'
  | 'not_normal_form'
  | 'conflicting_invert'
  | 'duplicate_id'
  | 'unknown_id'
  | 'unknown_cap_type'
  | 'unknown_time_zone'
  | 'conflicting_field'
  | 'unexpected_destroy'
  | 'request_field'
  | 'empty_block'
  | 'missing_day'
  | 'no_records'
  | 'conflicting_work_day'
  | 'too_many_issues'
  | 'invalid_date'
  | 'not_whole_minute'
  | 'out_of_order'
  | 'conflicting_exception'
  | 'unknown_country'
  | 'invalid_calendar'
  | 'ambiguous_time_zone'

/**
 * One problem found in input, as plain data.
 *
 * `path` locates the value inside what was validated (`[3, 'time_close']`); render it with
 * `formatIssuePath`. `expected` and `received` say, in words, what should have been there and what came.
 */
export interface Issue {
  readonly code: IssueCode
  readonly path: readonly PathSegment[]
  readonly message: string
  readonly severity: 'error' | 'warning'
  readonly expected?: string
  readonly received?: string
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/

/**
 * Renders an issue path the way people read it.
 *
 * A path that starts at an array index gets `root` in front; string keys that are not identifiers
 * are quoted.
 *
 * @param path - segments such as `[3, 'time_close']`
 * @param root - the name of the thing validated (default `business_hours`)
 * @returns the rendered path
 *
 * @example
 * formatIssuePath([3, 'time_close'])
 * //=> 'business_hours[3].time_close'
 *
 * @example
 * // A path that already names its root, and an empty path
 * formatIssuePath(['target', 'caps', 1, 'cap'])
 * //=> 'target.caps[1].cap'
 * formatIssuePath([])
 * //=> 'business_hours'
 */
export function formatIssuePath(path: readonly PathSegment[], root = 'business_hours'): string {
  if (typeof root !== 'string') throw new TypeError(`root must be a string, received ${describeReceived(root)}`)
  const segments = pathSegments(path)
  let text = typeof segments[0] === 'string' ? '' : root
  for (const segment of segments) {
    if (typeof segment === 'number') text += `[${segment}]`
    else if (IDENTIFIER.test(segment)) text += text === '' ? segment : `.${segment}`
    else text += `[${JSON.stringify(segment)}]`
  }
  return text
}

/** The segments of a path, read once; a `TypeError` for anything that is not an array of keys and indexes. */
function pathSegments(path: unknown): PathSegment[] {
  const expected = 'an array of keys (strings) and indexes (numbers)'
  const segments: unknown[] = []
  let problem: string | undefined
  try {
    const length: unknown = Array.isArray(path) ? (path as unknown[]).length : undefined
    if (length === undefined) problem = `received ${describeReceived(path)}`
    else if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0 || length > 10_000) problem = 'of at most 10,000 segments'
    else for (let i = 0; i < length; i++) segments.push((path as unknown[])[i])
  } catch {
    problem = 'it could not be read'
  }
  if (problem === undefined) {
    const odd = segments.find((segment) => typeof segment !== 'string' && typeof segment !== 'number')
    if (odd !== undefined || segments.length !== segments.filter((segment) => segment !== undefined).length) problem = `received ${describeReceived(odd)} in it`
  }
  if (problem !== undefined) throw new TypeError(`path must be ${expected}: ${problem}`)
  return segments as PathSegment[]
}

/** The brand of every `BusinessHoursError`, whichever bundle made it. */
const ERROR_BRAND = Symbol.for('callhours.BusinessHoursError')

/** How many issues a `BusinessHoursError` message spells out before it says "and N more". */
const ISSUES_IN_MESSAGE = 3

/** How many errors an issue list stands for: a `too_many_issues` summary counts what it summarises. */
function countErrors(errors: readonly Issue[]): number {
  let count = 0
  for (const issue of errors) count += issue.code === 'too_many_issues' ? Number(issue.received) || 0 : 1
  return count
}

/**
 * The one error the library throws for input it cannot use: `issues` holds every problem found
 * (at most `MAX_ISSUES` of each severity, then one `too_many_issues` summary), each located by its
 * path. Functions named `validate*` return the same issues instead of throwing.
 *
 * @example
 * let error
 * try { parseBusinessHours([{ day_of_week: 9 }]) } catch (caught) { error = caught }
 * error instanceof BusinessHoursError //=> true
 * error.issues[0].path //=> [0, 'day_of_week']
 * error.message
 * //=> 'Invalid business hours (1 error): business_hours[0].day_of_week: day_of_week must be an integer 0–6 (Sunday = 0), received 9'
 */
export class BusinessHoursError extends CallhoursError {
  readonly issues: readonly Issue[]

  /**
   * `instanceof` answers by a brand every copy of the class shares: `callhours/holidays` is a
   * bundle of its own, with its own copy of this class, and its errors are the same kind.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as { [ERROR_BRAND]?: unknown })[ERROR_BRAND] === true
  }

  /**
   * @param issues - every issue found (errors and warnings)
   * @param root - how a path that starts at an index is rooted in the message (`business_hours[3]…`)
   * @param subject - what was invalid, for the message's opening words
   */
  constructor(issues: readonly Issue[], root = 'business_hours', subject = 'business hours') {
    const errors = issues.filter((issue) => issue.severity === 'error')
    const listed = errors.filter((issue) => issue.code !== 'too_many_issues')
    const shown = listed
      .slice(0, ISSUES_IN_MESSAGE)
      .map((issue) => `${formatIssuePath(issue.path, root)}: ${issue.message}`)
    const total = countErrors(errors)
    const more = total > shown.length ? `; and ${total - shown.length} more` : ''
    const count = total === 1 ? '1 error' : `${total} errors`
    super(`Invalid ${subject} (${count}): ${shown.join('; ')}${more}`)
    this.name = 'BusinessHoursError'
    this.issues = Object.freeze([...issues])
    Object.defineProperty(this, ERROR_BRAND, { value: true })
  }
}

/** Describes any value briefly for a message: what came. Never throws, never prints more than 40 characters of text. */
export function describeReceived(value: unknown): string {
  if (value === undefined) return 'undefined'
  if (value === null) return 'null'
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value)
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value
    return `the string ${JSON.stringify(shown)}`
  }
  if (typeof value === 'boolean' || typeof value === 'bigint') return `${typeof value} ${String(value)}`
  try {
    if (Array.isArray(value)) return `an array of ${value.length}`
  } catch {
    return 'an unreadable object'
  }
  if (typeof value === 'object') return 'an object'
  return `a ${typeof value}`
}

/**
 * At most this many errors, and this many warnings, are kept by one call; the rest are counted
 * in one `too_many_issues` summary. It bounds the memory any input can make a call hold.
 */
export const MAX_ISSUES = 1000

/**
 * Where one call collects its issues: errors and warnings kept up to `MAX_ISSUES` each, and how
 * many there were in all. Internal to the package: nested readers share one collector, so the
 * bound holds for the whole call.
 */
export interface IssueCollector {
  readonly errors: Issue[]
  readonly warnings: Issue[]
  /** Every error reported, kept or not: compare before and after a step to see if it failed. */
  errorCount: number
  warningCount: number
}

/** A new, empty collector. Internal. */
export function collectIssues(): IssueCollector {
  return { errors: [], warnings: [], errorCount: 0, warningCount: 0 }
}

/** Adds one issue to a collector, keeping at most `MAX_ISSUES` of its severity. Internal. */
export function report(collector: IssueCollector, issue: Issue): void {
  if (issue.severity === 'error') {
    collector.errorCount++
    if (collector.errors.length < MAX_ISSUES) collector.errors.push(issue)
  } else {
    collector.warningCount++
    if (collector.warnings.length < MAX_ISSUES) collector.warnings.push(issue)
  }
}

/** Reports an error at `path`, with what was expected and what came. Internal. */
export function reportError(
  collector: IssueCollector,
  path: readonly PathSegment[],
  code: IssueCode,
  message: string,
  expected?: string,
  received?: string,
): void {
  const issue: Issue = expected === undefined ? { code, path, severity: 'error', message } : { code, path, severity: 'error', message, expected, received }
  report(collector, issue)
}

function summary(kept: readonly Issue[], count: number, severity: 'error' | 'warning'): Issue[] {
  const dropped = count - kept.length
  if (dropped <= 0) return [...kept]
  const noun = severity === 'error' ? 'errors' : 'warnings'
  return [
    ...kept,
    {
      code: 'too_many_issues',
      path: [],
      severity,
      message: `${dropped} more ${noun} were found and not listed: at most ${MAX_ISSUES} are kept; fix these and check again`,
      expected: `at most ${MAX_ISSUES} ${noun}`,
      received: String(dropped),
    },
  ]
}

/** The collected errors, then a `too_many_issues` summary when some were not kept. Internal. */
export function errorsOf(collector: IssueCollector): Issue[] {
  return summary(collector.errors, collector.errorCount, 'error')
}

/** The collected warnings, then a `too_many_issues` summary when some were not kept. Internal. */
export function warningsOf(collector: IssueCollector): Issue[] {
  return summary(collector.warnings, collector.warningCount, 'warning')
}

/** Throws the collector's errors (and warnings) as one `BusinessHoursError` when it holds any error. Internal. */
export function throwIfErrors(collector: IssueCollector, root?: string, subject?: string): void {
  if (collector.errorCount > 0) throw errorOfIssues([...errorsOf(collector), ...warningsOf(collector)], root, subject)
}

/**
 * The error a throwing function throws for the issues it found: a problem with its options is the
 * caller's, not the data's — a `TypeError` for the wrong kind (not an object, an unknown key, a
 * value of the wrong type, unreadable), a `RangeError` for a wrong value — and everything else is
 * a `BusinessHoursError` carrying every issue. Internal to the package.
 */
export function errorOfIssues(issues: readonly Issue[], root?: string, subject?: string): Error {
  const option = issues.find((issue) => issue.severity === 'error' && issue.path[0] === 'options')
  if (option !== undefined) {
    const kind = option.code === 'not_an_object' || option.code === 'invalid_type' || option.code === 'unknown_field' || option.code === 'unreadable' ? TypeError : RangeError
    const where = formatIssuePath(option.path)
    if (option.message.startsWith(where) || option.message.startsWith('options') || option.code === 'unknown_field') return new kind(option.message)
    // `removal the string "x" is not allowed…` reads as `options.removal: the string "x" is not allowed…`.
    const field = `${String(option.path[option.path.length - 1])} `
    return new kind(`${where}: ${option.message.startsWith(field) ? option.message.slice(field.length) : option.message}`)
  }
  return new BusinessHoursError(issues, root, subject)
}
