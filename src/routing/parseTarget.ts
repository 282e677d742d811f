import type { ExceptionEntry } from '../calendar/entryTypes'
import { BusinessHoursError, collectIssues, errorOfIssues, describeReceived, errorsOf, report, reportError, warningsOf, type IssueCollector, type PathSegment } from '../ground/issues'
import { isPlainObject, readEnum, readOwnFields, readOwnKeys, readText, reportUnknownFields } from '../ground/readers'
import { scheduleOfRecords } from '../records/validateBusinessHours'
import { OPEN_ALL_WEEK } from '../week/sealedSchedule'
import type { WeeklySchedule } from '../week/types'
import { readExceptions } from '../calendar/readExceptions'
import { checkedExceptions, sealExceptions, withExceptions } from '../calendar/sealedCalendar'
import type { CalendarException, Hours } from '../calendar/types'
import { API_FIELD_NAMES, readTargetFields } from './readTargetFields'
import { sealTarget } from './sealedTarget'
import type { Target, TargetValidationResult } from './types'

const ROOT: readonly PathSegment[] = ['target']

/** The fields `validateTarget` reads. */
const READ_KEYS = [...Object.values(API_FIELD_NAMES), 'business_hours', 'business_hours_attributes']

/** Options of `validateTarget` and `parseTarget`. */
export interface ParseTargetOptions {
  /**
   * Where the hours are: `'business_hours'` (default: a target as `GET /targets/:id.json`
   * returns it; a `business_hours_attributes` field is then an error, since only a request body
   * has one), `'business_hours_attributes'` (a `POST /targets.json` body), or `'either'`
   * (`business_hours` when present, else `business_hours_attributes`; both is an error).
   */
  readonly hoursFrom?: 'business_hours' | 'business_hours_attributes' | 'either'
  /** Reads the hours in this zone instead of the target's `time_zone` (as the CLI's `--tz`). */
  readonly timeZone?: string
  /**
   * Holidays, special hours and closures (as `validateExceptions` takes them, or what it gave): the
   * target's `schedule` is then a `Calendar`. Issues are located `exceptions[3].date`.
   */
  readonly exceptions?: readonly (ExceptionEntry | CalendarException)[] | null
}

/** Options of `validateTarget`: the same as `parseTarget`'s. */
export type ValidateTargetOptions = ParseTargetOptions

/** @deprecated Renamed {@link ParseTargetOptions} / {@link ValidateTargetOptions}; this alias goes in the next minor version. */
export type TargetOptions = ParseTargetOptions

const HOURS_FROM = ['business_hours', 'business_hours_attributes', 'either'] as const

/**
 * Every field a target document of the API may hold (the API document's create and show
 * examples). A document with none of them is not a target.
 */
const TARGET_DOCUMENT_KEYS = new Set([
  ...READ_KEYS,
  'tid', 'client_tid', 'object_key', 'sip_username', 'sip_password', 'cid_number_id', 'obfuscate_cid',
  'timeout_seconds', 'timer_offset', 'send_digits', 'paused_at', 'created_at', 'updated_at',
  'business_hours_attributes', 'hard_cap_attributes', 'hourly_cap_attributes', 'daily_cap_attributes', 'monthly_cap_attributes',
])

/**
 * Checks a target as the API returns it and builds the typed `Target`. Never throws.
 *
 * Accepts `{ "target": { … } }` (the API's response) or the bare object. Every problem is reported
 * with a path rooted at `target` whichever shape came (`['target', 'caps', 1, 'cap']`, rendered
 * `target.caps[1].cap`). Fields left out take these values: `time_zone` "UTC" (resolved, as
 * `resolveTimeZone` does, to "UTC"), `business_hours`
 * open 24/7 (as the API treats a target without hours; a `no_records` warning says so), `paused` false, `concurrency_cap` null,
 * `calls_in_progress` 0, `priority` 1, `weight` 1, `caps` none; `null` is accepted where the API
 * sends it (`id`, `name`, `number`, `time_zone`, `business_hours`, `concurrency_cap`, `caps`,
 * `caps[].cap`). Other fields (`sip_username`, `timeout_seconds`, …) are ignored. A document that
 * has none of a target's fields — `{}`, an error body such as `{ "error": "Not Found" }`,
 * `{ "target": null }` — is `not_a_target`, naming what came. The target is sealed (frozen).
 *
 * @param input - the API's JSON, parsed (any value is accepted and checked)
 * @param options - `hoursFrom` (where the hours are: `business_hours` by default,
 *   `business_hours_attributes` for a request body, or `either`) and `timeZone` (read the hours in
 *   this zone instead of the target's; an unknown one is `unknown_time_zone` at `target.time_zone`)
 * @returns `{ ok: true, target, warnings }` or `{ ok: false, issues, warnings }`; warnings are the
 *   business hours' (`missing_day`, …)
 *
 * @example
 * validateTarget({ target: { id: 7, time_zone: 'Eastern Time (US & Canada)', priority: 2,
 *   caps: [{ id: 33, type: 'Hard', cap: 100, filled: 0 }] } })
 * //=> { ok: true, warnings: [{ code: 'no_records', path: ['target', 'business_hours'], … }],
 * //     target: { id: 7, name: null, number: null,
 * //     timeZone: 'America/New_York', schedule: { intervals: [{ start: 0, end: 10080 }] },
 * //     paused: false, concurrencyCap: null, callsInProgress: 0, priority: 2, weight: 1,
 * //     caps: [{ id: 33, type: 'Hard', cap: 100, filled: 0 }] } }
 *
 * @example
 * // Edge: every error, located; negative priorities are fine
 * validateTarget({ priority: -3, weight: 1.5, caps: [{ type: 'Weekly', cap: -1 }] })
 * //=> { ok: false, warnings: [{ code: 'no_records', … }], issues: [
 * //     { code: 'not_an_integer', path: ['target', 'weight'], … },
 * //     { code: 'unknown_cap_type', path: ['target', 'caps', 0, 'type'], … },
 * //     { code: 'out_of_range', path: ['target', 'caps', 0, 'cap'], … }] }
 */
export function validateTarget(input: unknown, options?: ValidateTargetOptions): TargetValidationResult {
  const collector = collectIssues()
  const { hoursFrom, timeZone, exceptions } = readTargetOptions(options, collector)
  const target = collector.errorCount > 0 ? undefined : readTarget(input, collector, hoursFrom, timeZone, exceptions)
  if (target === undefined) return { ok: false, issues: errorsOf(collector), warnings: warningsOf(collector) }
  return { ok: true, target, warnings: warningsOf(collector) }
}

/** A list just read and checked, sealed so that `withExceptions` takes it as it is. */
function sealRead(list: CalendarException[] | undefined): readonly CalendarException[] | undefined {
  return list === undefined ? undefined : sealExceptions(list)
}

/** `validateTarget`'s options, read once; bad ones are issues under `options`. */
function readTargetOptions(
  options: unknown,
  collector: IssueCollector,
): { hoursFrom: (typeof HOURS_FROM)[number]; timeZone: string | undefined; exceptions: readonly CalendarException[] | undefined } {
  const fallback = { hoursFrom: 'business_hours', timeZone: undefined, exceptions: undefined } as const
  if (options === undefined || options === null) return fallback
  if (!isPlainObject(options)) {
    reportError(collector, ['options'], 'not_an_object', `options must be an object such as { hoursFrom: 'either' }, received ${describeReceived(options)}`, 'an object', describeReceived(options))
    return fallback
  }
  const fields = readOwnFields(options, ['hoursFrom', 'timeZone', 'exceptions'], ['options'], collector, 'options')
  if (fields === undefined) return fallback
  reportUnknownFields(options, ['hoursFrom', 'timeZone', 'exceptions'], ['options'], collector, 'parseTarget')
  const hoursFrom = fields.hoursFrom === undefined ? 'business_hours' : readEnum(fields.hoursFrom, ['options'], 'hoursFrom', collector, HOURS_FROM, 'out_of_range')
  const timeZone = fields.timeZone === undefined ? undefined : readText(fields.timeZone, ['options'], 'timeZone', collector)
  const exceptions = fields.exceptions === undefined || fields.exceptions === null ? undefined : (checkedExceptions(fields.exceptions) ?? sealRead(readExceptions(fields.exceptions, ['exceptions'], collector)))
  return { hoursFrom: hoursFrom ?? 'business_hours', timeZone, exceptions }
}

/** Reads a target document once into a sealed `Target`, or undefined after its issues. */
function readTarget(
  input: unknown,
  collector: IssueCollector,
  hoursFrom: (typeof HOURS_FROM)[number],
  timeZone: string | undefined,
  exceptions: readonly CalendarException[] | undefined,
): Target | undefined {
  const before = collector.errorCount
  let body: unknown = input
  if (isPlainObject(input)) {
    const wrapper = readOwnFields(input, ['target'], [...ROOT], collector, 'the document')
    if (wrapper === undefined) return undefined
    if (wrapper.target !== undefined) body = wrapper.target
  }
  if (!isPlainObject(body)) {
    notATarget(collector, `received ${describeReceived(body)}`, describeReceived(body))
    return undefined
  }
  const keys = readOwnKeys(body, [...ROOT], collector, 'the target')
  if (keys === undefined) return undefined
  if (!keys.some((key) => TARGET_DOCUMENT_KEYS.has(key))) {
    const shown = keys.slice(0, 5).map((key) => JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key))
    const listed = keys.length === 0 ? 'an empty object' : `an object with ${shown.join(', ')}${keys.length > 5 ? ', …' : ''} and none of a target's fields`
    const error = keys.includes('error') || keys.includes('errors') ? ': it looks like an error response from the API' : ''
    notATarget(collector, `received ${listed}${error}`, listed)
    return undefined
  }
  const read = readOwnFields(body, READ_KEYS, [...ROOT], collector, 'the target')
  if (read === undefined) return undefined
  // An override of the zone is read where the target's own would be, by the same rule.
  const fields = timeZone === undefined ? read : { ...read, time_zone: timeZone }
  const hoursKey = chooseHoursKey(fields, hoursFrom, collector)
  let schedule: WeeklySchedule | undefined
  const values = readTargetFields(fields, API_FIELD_NAMES, ROOT, collector, true, () => {
    const records = hoursKey === undefined ? undefined : fields[hoursKey]
    if (records !== undefined && records !== null) {
      schedule = scheduleOfRecords(records, [...ROOT, hoursKey!], collector)
      return
    }
    // As the API treats a target without hours; said, so that a missing list is never a surprise.
    schedule = OPEN_ALL_WEEK
    report(collector, {
      code: 'no_records',
      path: [...ROOT, hoursKey ?? 'business_hours'],
      severity: 'warning',
      message: `no ${hoursKey ?? 'business_hours'}: the API treats a target without business hours as open 24/7`,
    })
  })
  if (collector.errorCount > before || values === undefined || schedule === undefined) return undefined
  const hours: Hours = exceptions === undefined ? schedule : withExceptions(schedule, exceptions)
  return sealTarget(values, hours)
}

/** Which field holds the hours, by `hoursFrom`; a field where it does not belong is an error. */
function chooseHoursKey(
  fields: Readonly<Record<string, unknown>>,
  hoursFrom: (typeof HOURS_FROM)[number],
  collector: IssueCollector,
): 'business_hours' | 'business_hours_attributes' | undefined {
  const response = fields.business_hours !== undefined
  const request = fields.business_hours_attributes !== undefined
  if (hoursFrom === 'business_hours') {
    if (request) {
      reportError(
        collector,
        [...ROOT, 'business_hours_attributes'],
        'request_field',
        "business_hours_attributes belongs to a request body (POST or PUT), not to a target as the API returns it: read a request body with { hoursFrom: 'business_hours_attributes' } or 'either'",
        'no business_hours_attributes in a target as the API returns it',
        'business_hours_attributes',
      )
    }
    return 'business_hours'
  }
  if (hoursFrom === 'business_hours_attributes') return 'business_hours_attributes'
  if (response && request) {
    reportError(collector, [...ROOT, 'business_hours_attributes'], 'conflicting_field', 'the target has both business_hours and business_hours_attributes: give the hours one way', 'business_hours or business_hours_attributes', 'both')
  }
  return response ? 'business_hours' : request ? 'business_hours_attributes' : undefined
}

function notATarget(collector: IssueCollector, what: string, received: string): void {
  reportError(
    collector,
    [...ROOT],
    'not_a_target',
    `expected a target as the API returns it ({ "target": { "id": …, "business_hours": […], … } } or the bare object), ${what}`,
    'a target object with at least one of its fields (id, business_hours, time_zone, caps, …)',
    received,
  )
}

/**
 * Builds the typed `Target` from the API's JSON, throwing on any error.
 *
 * The same rules as `validateTarget`; warnings (a day without business hours, …) are not thrown.
 *
 * @param input - `{ "target": { … } }` as the API returns it, or the bare target object
 * @param options - as `validateTarget`'s
 * @returns the typed target
 * @throws {BusinessHoursError} with every issue, located from `target` (`target.caps[1].cap`,
 *   `target.business_hours[3].time_open`)
 *
 * @example
 * parseTarget({ target: { id: 7, priority: 1, weight: 3, paused: false, concurrency_cap: 2,
 *   calls_in_progress: 0, caps: [{ id: 34, type: 'Hourly', cap: 10, filled: 4 }] } })
 * //=> { id: 7, name: null, number: null, timeZone: 'UTC',
 * //     schedule: { intervals: [{ start: 0, end: 10080 }] }, paused: false, concurrencyCap: 2,
 * //     callsInProgress: 0, priority: 1, weight: 3,
 * //     caps: [{ id: 34, type: 'Hourly', cap: 10, filled: 4 }] }
 *
 * @example
 * // Edge: an unknown zone is a located error
 * parseTarget({ time_zone: 'Mars/Olympus' })
 * // throws BusinessHoursError: Invalid target (1 error): target.time_zone: Unknown time zone "Mars/Olympus" …
 */
export function parseTarget(input: unknown, options?: ParseTargetOptions): Target {
  const result = validateTarget(input, options)
  if (!result.ok) throw errorOfIssues([...result.issues, ...result.warnings], 'target', 'target')
  return result.target
}
