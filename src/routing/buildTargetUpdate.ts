import type { BusinessHourAttributes } from '../diff/diffBusinessHours'
import { readAttributes } from '../diff/readAttributes'
import { collectIssues, describeReceived, reportError, throwIfErrors, type IssueCollector } from '../ground/issues'
import { describeCause, isPlainObject, readInteger, readOwnFields, readOwnKeys } from '../ground/readers'
import { CAP_KINDS } from './caps'

/** Caps to set: a non-negative whole number of calls, or `null` for no cap. Leave one out to keep it. */
export interface TargetCaps {
  readonly hard?: number | null
  readonly hourly?: number | null
  readonly daily?: number | null
  readonly monthly?: number | null
}

/** What to change on a target: business hours, caps, and any other target field as the API names it. */
export interface TargetUpdateInput {
  /** The `business_hours_attributes` items, e.g. from `diffBusinessHours`. */
  readonly businessHours?: readonly BusinessHourAttributes[]
  readonly caps?: TargetCaps
  /** Other target fields (`name`, `priority`, `concurrency_cap`, …), sent as given. */
  readonly [field: string]: unknown
}

/** The body of `PUT /targets/:id.json` (or `POST /targets.json`). */
export interface TargetUpdate {
  readonly target: {
    readonly [field: string]: unknown
    readonly hard_cap_attributes?: { readonly cap: number | null }
    readonly hourly_cap_attributes?: { readonly cap: number | null }
    readonly daily_cap_attributes?: { readonly cap: number | null }
    readonly monthly_cap_attributes?: { readonly cap: number | null }
    readonly business_hours_attributes?: readonly BusinessHourAttributes[]
  }
}

/**
 * Builds the request body that updates a target, in the shape the Retreaver Target API documents:
 * `{ target: { ...fields, hard_cap_attributes: { cap }, …, business_hours_attributes: [...] } }`.
 *
 * Other fields are copied first (a JSON copy: nothing in the body is shared with the input, and a
 * value JSON cannot carry is an error); then the caps (hard, hourly, daily, monthly) that are
 * given; then the business hours, if given (an empty list is sent as `[]`, which changes nothing).
 * Each business-hours item is checked by the record rules and written afresh with only the fields
 * it gave, `inverted` as `invert`; a field that is no record field is `unknown_field` (the
 * server's own `target_id`, `created_at`, `updated_at` are left out). Giving a field both ways
 * (`caps.hard` and `hard_cap_attributes`) is an error. The input is read once, own fields only.
 *
 * @param input - `businessHours`, `caps`, and other target fields
 * @returns `{ target: {...} }`, ready for `JSON.stringify`
 * @throws {BusinessHoursError} with located issues: `caps.hard` (not a non-negative integer or
 *   null), `caps.weekly` (no such cap), `businessHours[2].time_open` (invalid item)
 *
 * @example
 * buildTargetUpdate({ caps: { hard: 100 } })
 * //=> { target: { hard_cap_attributes: { cap: 100 } } }
 *
 * @example
 * // Edge: null removes a cap; hours are sent as given
 * buildTargetUpdate({ name: 'Sales', caps: { daily: null },
 *   businessHours: [{ id: 49, _destroy: true }] })
 * //=> { target: { name: 'Sales', daily_cap_attributes: { cap: null },
 * //               business_hours_attributes: [{ id: 49, _destroy: true }] } }
 */
export function buildTargetUpdate(input: TargetUpdateInput): TargetUpdate {
  const collector = collectIssues()
  const subject = ['input', 'target update'] as const
  if (!isPlainObject(input)) {
    reportError(collector, [], 'not_an_object', `expected an object such as { businessHours, caps, name }, received ${describeReceived(input)}`, 'an object', describeReceived(input))
    throwIfErrors(collector, ...subject)
  }
  const keys = readOwnKeys(input, [], collector, 'the input') ?? []
  const values = readOwnFields(input, keys, [], collector, 'the input') ?? {}
  const target: Record<string, unknown> = {}
  for (const key of keys) {
    if (key === 'businessHours' || key === 'caps' || values[key] === undefined) continue
    if (key === '__proto__') {
      // JSON.parse makes "__proto__" an own key; assigned, it would replace the body's prototype.
      reportError(collector, [key], 'unknown_field', '"__proto__" is not a target field', 'a target field such as name or priority', key)
      continue
    }
    target[key] = jsonCopy(values[key], key, collector)
  }

  const conflict = (field: string, given: string) =>
    reportError(collector, [field], 'conflicting_field', `${field} is given twice: once as ${given} and once directly; give it one way`, `either ${given} or ${field}`, 'both')

  const caps = values.caps
  if (caps !== undefined) readCaps(caps, target, collector, conflict)

  const businessHours = values.businessHours
  if (businessHours !== undefined) {
    const entries = readAttributes(businessHours, ['businessHours'], collector, undefined, true)
    if (Object.hasOwn(target, 'business_hours_attributes')) conflict('business_hours_attributes', 'businessHours')
    else if (entries !== undefined) {
      // Fresh items holding only what each gave, in the API's field order.
      target.business_hours_attributes = entries.map((entry) => ({ ...entry.given }))
    }
  }

  throwIfErrors(collector, ...subject)
  return { target }
}

function readCaps(caps: unknown, target: Record<string, unknown>, collector: IssueCollector, conflict: (field: string, given: string) => void): void {
  if (!isPlainObject(caps)) {
    reportError(collector, ['caps'], 'not_an_object', `caps must be an object such as { hard: 100, daily: null }, received ${describeReceived(caps)}`, 'an object', describeReceived(caps))
    return
  }
  const keys = readOwnKeys(caps, ['caps'], collector, 'caps') ?? []
  for (const key of keys) {
    if (CAP_KINDS.some((kind) => kind.key === key)) continue
    reportError(collector, ['caps', key], 'unknown_cap_type', `there is no ${key} cap: the API has hard, hourly, daily and monthly caps`, 'hard, hourly, daily or monthly', key)
  }
  const fields = readOwnFields(caps, CAP_KINDS.map((kind) => kind.key), ['caps'], collector, 'caps')
  if (fields === undefined) return
  for (const kind of CAP_KINDS) {
    const cap = fields[kind.key]
    if (cap === undefined) continue
    const value = cap === null ? null : readInteger(cap, ['caps'], kind.key, collector, { min: 0, expected: 'a non-negative integer, or null for no cap' })
    if (value === undefined) continue
    if (Object.hasOwn(target, kind.field)) conflict(kind.field, `caps.${kind.key}`)
    else target[kind.field] = { cap: value }
  }
}

/** A copy of a field's value as JSON carries it, or undefined after an issue when JSON cannot. */
function jsonCopy(value: unknown, key: string, collector: IssueCollector): unknown {
  try {
    const text = JSON.stringify(value)
    if (text !== undefined) return JSON.parse(text)
  } catch (cause) {
    reportError(collector, [key], 'invalid_type', `${key} cannot be sent as JSON: ${describeCause(cause)}`, 'a JSON value', describeReceived(value))
    return undefined
  }
  reportError(collector, [key], 'invalid_type', `${key} cannot be sent as JSON, received ${describeReceived(value)}`, 'a JSON value', describeReceived(value))
  return undefined
}
