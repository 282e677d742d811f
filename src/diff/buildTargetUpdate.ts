import { BusinessHoursError, describeReceived } from '../records/issues'
import type { Issue } from '../records/types'
import type { BusinessHourAttributes } from './diffBusinessHours'
import { readAttributes } from './readAttributes'

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

const CAP_FIELDS = {
  hard: 'hard_cap_attributes',
  hourly: 'hourly_cap_attributes',
  daily: 'daily_cap_attributes',
  monthly: 'monthly_cap_attributes',
} as const

/**
 * Builds the request body that updates a target, in the shape the Retreaver Target API documents:
 * `{ target: { ...fields, hard_cap_attributes: { cap }, …, business_hours_attributes: [...] } }`.
 *
 * Other fields are copied as given, first; then the caps (hard, hourly, daily, monthly) that are
 * given; then the business hours, if given (an empty list is sent as `[]`, which changes nothing).
 * Giving a field both ways (`caps.hard` and `hard_cap_attributes`) is an error.
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
  const errors: Issue[] = []
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new BusinessHoursError(
      [
        {
          code: 'not_an_object',
          path: [],
          severity: 'error',
          message: `expected an object such as { businessHours, caps, name }, received ${describeReceived(input)}`,
          expected: 'an object',
          received: describeReceived(input),
        },
      ],
      'input',
      'target update',
    )
  }
  const { businessHours, caps, ...otherFields } = input
  const target: Record<string, unknown> = { ...otherFields }

  const conflict = (field: string, given: string) =>
    errors.push({
      code: 'conflicting_field',
      path: [field],
      severity: 'error',
      message: `${field} is given twice: once as ${given} and once directly; give it one way`,
      expected: `either ${given} or ${field}`,
      received: 'both',
    })

  if (caps !== undefined) {
    if (typeof caps !== 'object' || caps === null || Array.isArray(caps)) {
      errors.push({
        code: 'not_an_object',
        path: ['caps'],
        severity: 'error',
        message: `caps must be an object such as { hard: 100, daily: null }, received ${describeReceived(caps)}`,
        expected: 'an object',
        received: describeReceived(caps),
      })
    } else {
      for (const kind of Object.keys(caps)) {
        if (Object.hasOwn(CAP_FIELDS, kind)) continue
        errors.push({
          code: 'unknown_cap_type',
          path: ['caps', kind],
          severity: 'error',
          message: `there is no ${kind} cap: the API has hard, hourly, daily and monthly caps`,
          expected: 'hard, hourly, daily or monthly',
          received: kind,
        })
      }
      for (const [kind, field] of Object.entries(CAP_FIELDS)) {
        const cap: unknown = (caps as Record<string, unknown>)[kind]
        if (cap === undefined || !Object.hasOwn(caps, kind)) continue
        const issue = capIssue(cap)
        if (issue !== undefined) errors.push({ ...issue, path: ['caps', kind] })
        else if (Object.hasOwn(target, field)) conflict(field, `caps.${kind}`)
        else target[field] = { cap }
      }
    }
  }

  if (businessHours !== undefined) {
    const read = readAttributes(businessHours, ['businessHours'], undefined)
    errors.push(...read.errors)
    if (Object.hasOwn(target, 'business_hours_attributes')) conflict('business_hours_attributes', 'businessHours')
    else if (read.errors.length === 0) {
      target.business_hours_attributes = (businessHours as readonly BusinessHourAttributes[]).map((item) => ({ ...item }))
    }
  }

  if (errors.length > 0) throw new BusinessHoursError(errors, 'input', 'target update')
  return { target }
}

function capIssue(cap: unknown): Omit<Issue, 'path'> | undefined {
  if (cap === null) return undefined
  const expected = 'a non-negative integer, or null for no cap'
  if (typeof cap !== 'number') {
    return { code: 'invalid_type', severity: 'error', message: `a cap must be ${expected}, received ${describeReceived(cap)}`, expected, received: describeReceived(cap) }
  }
  if (!Number.isInteger(cap)) {
    return { code: 'not_an_integer', severity: 'error', message: `a cap must be ${expected}, received ${describeReceived(cap)}`, expected, received: describeReceived(cap) }
  }
  if (cap < 0 || !Number.isSafeInteger(cap)) {
    return { code: 'out_of_range', severity: 'error', message: `a cap must be ${expected}, received ${cap}`, expected, received: String(cap) }
  }
  return undefined
}
