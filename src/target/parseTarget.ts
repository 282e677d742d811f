import { BusinessHoursError, describeReceived } from '../records/issues'
import type { Issue, IssueCode, PathSegment } from '../records/types'
import { validateBusinessHours } from '../records/validateBusinessHours'
import { MINUTES_PER_WEEK, type WeeklySchedule } from '../week/types'
import { resolveTimeZone } from '../zone/resolveTimeZone'
import type { Cap, CapType, Target, TargetValidationResult } from './types'

const CAP_TYPES: readonly CapType[] = ['Hard', 'Hourly', 'Daily', 'Monthly']
const OPEN_ALL_WEEK: WeeklySchedule = { intervals: [{ start: 0, end: MINUTES_PER_WEEK }] }
/** The API's defaults for a new target (its create example sends priority 1, weight 1). */
const DEFAULT_PRIORITY = 1
const DEFAULT_WEIGHT = 1
const ROOT: readonly PathSegment[] = ['target']

type Fields = Readonly<Record<string, unknown>>

function isPlainObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Own fields only: a key inherited from a prototype is not part of the payload. */
function ownFields(value: object, keys: readonly string[]): Fields {
  const fields: Record<string, unknown> = {}
  for (const key of keys) fields[key] = Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined
  return fields
}

const TARGET_KEYS = [
  'id',
  'name',
  'number',
  'time_zone',
  'business_hours',
  'paused',
  'concurrency_cap',
  'calls_in_progress',
  'priority',
  'weight',
  'caps',
] as const
const CAP_KEYS = ['id', 'type', 'cap', 'filled'] as const

/**
 * Checks a target as the API returns it and builds the typed `Target`. Never throws.
 *
 * Accepts `{ "target": { … } }` (the API's response) or the bare object. Every problem is reported
 * with a path rooted at `target` whichever shape came (`['target', 'caps', 1, 'cap']`, rendered
 * `target.caps[1].cap`). Fields left out take these values: `time_zone` "UTC" (resolved, as
 * `resolveTimeZone` does, to "Etc/UTC"), `business_hours`
 * open 24/7 (as the API treats a target without hours), `paused` false, `concurrency_cap` null,
 * `calls_in_progress` 0, `priority` 1, `weight` 1, `caps` none; `null` is accepted where the API
 * sends it (`id`, `name`, `number`, `time_zone`, `business_hours`, `concurrency_cap`, `caps`,
 * `caps[].cap`). Other fields (`sip_username`, `timeout_seconds`, …) are ignored.
 *
 * @param input - the API's JSON, parsed (any value is accepted and checked)
 * @returns `{ ok: true, target, warnings }` or `{ ok: false, issues, warnings }`; warnings are the
 *   business hours' (`missing_day`, …)
 *
 * @example
 * validateTarget({ target: { id: 7, time_zone: 'Eastern Time (US & Canada)', priority: 2,
 *   caps: [{ id: 33, type: 'Hard', cap: 100, filled: 0 }] } })
 * //=> { ok: true, warnings: [], target: { id: 7, name: null, number: null,
 * //     timeZone: 'America/New_York', schedule: { intervals: [{ start: 0, end: 10080 }] },
 * //     paused: false, concurrencyCap: null, callsInProgress: 0, priority: 2, weight: 1,
 * //     caps: [{ id: 33, type: 'Hard', cap: 100, filled: 0 }] } }
 *
 * @example
 * // Edge: every error, located; negative priorities are fine
 * validateTarget({ priority: -3, weight: 1.5, caps: [{ type: 'Weekly', cap: -1 }] })
 * //=> { ok: false, warnings: [], issues: [
 * //     { code: 'not_an_integer', path: ['target', 'weight'], … },
 * //     { code: 'unknown_cap_type', path: ['target', 'caps', 0, 'type'], … },
 * //     { code: 'out_of_range', path: ['target', 'caps', 0, 'cap'], … }] }
 */
export function validateTarget(input: unknown): TargetValidationResult {
  const errors: Issue[] = []
  const warnings: Issue[] = []
  const error = (path: readonly PathSegment[], code: IssueCode, message: string, expected: string, received: string) => {
    errors.push({ code, path: [...ROOT, ...path], severity: 'error', message, expected, received })
  }
  const fail = (): TargetValidationResult => ({ ok: false, issues: errors, warnings })

  let fields: Fields
  try {
    let body: unknown = input
    if (isPlainObject(input) && Object.hasOwn(input, 'target')) body = (input as Record<string, unknown>).target
    if (!isPlainObject(body)) {
      error([], 'not_an_object', `expected a target object, or { "target": { … } } as the API returns it, received ${describeReceived(body)}`, 'an object', describeReceived(body))
      return fail()
    }
    fields = ownFields(body, TARGET_KEYS)
  } catch (cause) {
    // A revoked Proxy, or a getter that throws.
    error([], 'invalid_type', `the target could not be read: ${String(cause)}`, 'a plain object', 'an object whose fields throw')
    return fail()
  }

  const id = readId(fields.id, ['id'])
  const name = readText(fields.name, 'name')
  const number = readText(fields.number, 'number')
  const timeZone = readTimeZone(fields.time_zone)
  const schedule = readSchedule(fields.business_hours)
  const paused = readPaused(fields.paused)
  const concurrencyCap = fields.concurrency_cap === null ? null : readInteger(fields.concurrency_cap, ['concurrency_cap'], null, 0, 'null (no limit) or a non-negative integer')
  const callsInProgress = readInteger(fields.calls_in_progress, ['calls_in_progress'], 0, 0, 'a non-negative integer')
  const priority = readInteger(fields.priority, ['priority'], DEFAULT_PRIORITY, -Infinity, 'an integer (lower is tried first; negative allowed)')
  const weight = readInteger(fields.weight, ['weight'], DEFAULT_WEIGHT, 0, 'a non-negative integer')
  const caps = readCaps(fields.caps)

  if (errors.length > 0) return fail()
  const target: Target = {
    id,
    name,
    number,
    timeZone: timeZone!,
    schedule: schedule!,
    paused: paused!,
    concurrencyCap: concurrencyCap ?? null,
    callsInProgress: callsInProgress!,
    priority: priority!,
    weight: weight!,
    caps: caps!,
  }
  return { ok: true, target, warnings }

  function readId(value: unknown, path: readonly PathSegment[]): number | null {
    if (value === undefined || value === null) return null
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
      const code: IssueCode = typeof value !== 'number' ? 'invalid_type' : !Number.isInteger(value) ? 'not_an_integer' : 'out_of_range'
      error(path, code, `${formatField(path)} must be a positive integer as the API returned it, received ${describeReceived(value)}`, 'a positive integer', describeReceived(value))
      return null
    }
    return value
  }

  function readText(value: unknown, field: string): string | null {
    if (value === undefined || value === null) return null
    if (typeof value !== 'string') {
      error([field], 'invalid_type', `${field} must be a string or null, received ${describeReceived(value)}`, 'a string or null', describeReceived(value))
      return null
    }
    return value
  }

  function readTimeZone(value: unknown): string | undefined {
    // As if "UTC" were given: resolved like any other name (Rails maps it to Etc/UTC).
    if (value === undefined || value === null) return resolveTimeZone('UTC')
    const expected = 'an IANA id such as "America/New_York", "UTC", or a Rails zone name such as "Eastern Time (US & Canada)"'
    if (typeof value !== 'string') {
      error(['time_zone'], 'invalid_type', `time_zone must be ${expected}, received ${describeReceived(value)}`, expected, describeReceived(value))
      return undefined
    }
    try {
      return resolveTimeZone(value)
    } catch (cause) {
      // The RangeError names the zone and the nearest known names.
      const message = cause instanceof Error ? cause.message : String(cause)
      error(['time_zone'], 'unknown_time_zone', message, expected, describeReceived(value))
      return undefined
    }
  }

  function readSchedule(value: unknown): WeeklySchedule | undefined {
    if (value === undefined || value === null) return OPEN_ALL_WEEK
    const result = validateBusinessHours(value, { pathPrefix: [...ROOT, 'business_hours'] })
    warnings.push(...result.warnings)
    if (!result.ok) {
      errors.push(...result.issues)
      return undefined
    }
    return result.schedule
  }

  function readPaused(value: unknown): boolean | undefined {
    if (value === undefined) return false
    if (typeof value !== 'boolean') {
      error(['paused'], 'invalid_type', `paused must be true or false, received ${describeReceived(value)}`, 'a boolean', describeReceived(value))
      return undefined
    }
    return value
  }

  /** An integer ≥ `min` (safe), `fallback` when left out; every other value is an error. */
  function readInteger(value: unknown, path: readonly PathSegment[], fallback: number | null, min: number, expected: string): number | null | undefined {
    if (value === undefined) return fallback
    const field = formatField(path)
    if (typeof value !== 'number') {
      error(path, 'invalid_type', `${field} must be ${expected}, received ${describeReceived(value)}`, expected, describeReceived(value))
      return undefined
    }
    if (!Number.isInteger(value)) {
      error(path, 'not_an_integer', `${field} must be ${expected}, received ${describeReceived(value)}`, expected, describeReceived(value))
      return undefined
    }
    if (value < min || !Number.isSafeInteger(value)) {
      error(path, 'out_of_range', `${field} must be ${expected}, received ${value}`, expected, String(value))
      return undefined
    }
    return value
  }

  function readCaps(value: unknown): Cap[] | undefined {
    if (value === undefined || value === null) return []
    let length: number
    try {
      length = Array.isArray(value) ? value.length : -1
    } catch (cause) {
      error(['caps'], 'invalid_type', `caps could not be read: ${String(cause)}`, 'an array of caps', 'an unreadable object')
      return undefined
    }
    if (length < 0) {
      error(['caps'], 'not_an_array', `caps must be an array of { type, cap, filled }, received ${describeReceived(value)}`, 'an array of caps', describeReceived(value))
      return undefined
    }
    const caps: Cap[] = []
    const before = errors.length
    for (let index = 0; index < length; index++) {
      const path = ['caps', index]
      let capFields: Fields
      try {
        const entry: unknown = (value as unknown[])[index]
        if (!isPlainObject(entry)) {
          error(path, 'not_an_object', `expected a cap object { type, cap, filled }, received ${describeReceived(entry)}`, 'an object', describeReceived(entry))
          continue
        }
        capFields = ownFields(entry, CAP_KEYS)
      } catch (cause) {
        error(path, 'invalid_type', `the cap could not be read: ${String(cause)}`, 'a plain object', 'an object whose fields throw')
        continue
      }
      const capId = readId(capFields.id, [...path, 'id'])
      const type = readCapType(capFields.type, [...path, 'type'])
      const cap = capFields.cap === null ? null : readInteger(capFields.cap, [...path, 'cap'], null, 0, 'null (no cap) or a non-negative integer')
      const filled = readInteger(capFields.filled, [...path, 'filled'], 0, 0, 'a non-negative integer')
      if (type !== undefined && cap !== undefined && filled !== undefined && filled !== null) {
        caps.push({ id: capId, type, cap, filled })
      }
    }
    return errors.length > before ? undefined : caps
  }

  function readCapType(value: unknown, path: readonly PathSegment[]): CapType | undefined {
    const expected = 'one of "Hard", "Hourly", "Daily", "Monthly"'
    if (value === undefined) {
      error(path, 'missing_field', `type is required: ${expected}`, expected, 'nothing')
      return undefined
    }
    if (typeof value !== 'string') {
      error(path, 'invalid_type', `type must be ${expected}, received ${describeReceived(value)}`, expected, describeReceived(value))
      return undefined
    }
    const type = CAP_TYPES.find((known) => known === value)
    if (type === undefined) {
      const hint = CAP_TYPES.find((known) => known.toLowerCase() === value.trim().toLowerCase())
      error(path, 'unknown_cap_type', `unknown cap type ${describeReceived(value)}: expected ${expected}${hint === undefined ? '' : ` (did you mean "${hint}"?)`}`, expected, describeReceived(value))
    }
    return type
  }
}

/** The last key of a path, for messages: `caps[1].cap` says `cap`. */
function formatField(path: readonly PathSegment[]): string {
  const last = path[path.length - 1]
  return typeof last === 'string' ? last : 'value'
}

/**
 * Builds the typed `Target` from the API's JSON, throwing on any error.
 *
 * The same rules as `validateTarget`; warnings (a day without business hours, …) are not thrown.
 *
 * @param input - `{ "target": { … } }` as the API returns it, or the bare target object
 * @returns the typed target
 * @throws {BusinessHoursError} with every issue, located from `target` (`target.caps[1].cap`,
 *   `target.business_hours[3].time_open`)
 *
 * @example
 * parseTarget({ target: { id: 7, priority: 1, weight: 3, paused: false, concurrency_cap: 2,
 *   calls_in_progress: 0, caps: [{ id: 34, type: 'Hourly', cap: 10, filled: 4 }] } })
 * //=> { id: 7, name: null, number: null, timeZone: 'Etc/UTC',
 * //     schedule: { intervals: [{ start: 0, end: 10080 }] }, paused: false, concurrencyCap: 2,
 * //     callsInProgress: 0, priority: 1, weight: 3,
 * //     caps: [{ id: 34, type: 'Hourly', cap: 10, filled: 4 }] }
 *
 * @example
 * // Edge: an unknown zone is a located error
 * parseTarget({ time_zone: 'Mars/Olympus' })
 * // throws BusinessHoursError; error.issues[0].path //=> ['target', 'time_zone']
 */
export function parseTarget(input: unknown): Target {
  const result = validateTarget(input)
  if (!result.ok) throw new BusinessHoursError([...result.issues, ...result.warnings], 'target', 'target')
  return result.target
}
