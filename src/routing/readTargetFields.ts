import { describeReceived, reportError, type IssueCollector, type PathSegment } from '../ground/issues'
import { describeCause, readArrayLength, readObjectItem, readBoolean, readEnum, readId, readInteger, readOwnFields, readText } from '../ground/readers'
import { resolveTimeZone } from '../zone/resolveTimeZone'
import { CAP_TYPES } from './caps'
import type { Cap, Target } from './types'

/** The target's fields other than its schedule. */
export type TargetValues = Omit<Target, 'schedule'>

/** Where each field of a `Target` is found in what is being read (`time_zone` in the API's JSON). */
export type TargetFieldNames = { readonly [field in keyof TargetValues]: string }

/** The API's names: snake_case, as `GET /targets/:id.json` returns them. */
export const API_FIELD_NAMES: TargetFieldNames = {
  id: 'id',
  name: 'name',
  number: 'number',
  timeZone: 'time_zone',
  paused: 'paused',
  concurrencyCap: 'concurrency_cap',
  callsInProgress: 'calls_in_progress',
  priority: 'priority',
  weight: 'weight',
  caps: 'caps',
}

/** The library's names: a `Target` as `parseTarget` returns it (or as a caller builds one). */
export const TARGET_FIELD_NAMES: TargetFieldNames = {
  id: 'id',
  name: 'name',
  number: 'number',
  timeZone: 'timeZone',
  paused: 'paused',
  concurrencyCap: 'concurrencyCap',
  callsInProgress: 'callsInProgress',
  priority: 'priority',
  weight: 'weight',
  caps: 'caps',
}

/** The API's defaults for a new target (its create example sends priority 1, weight 1). */
const DEFAULTS: TargetValues = { id: null, name: null, number: null, timeZone: 'UTC', paused: false, concurrencyCap: null, callsInProgress: 0, priority: 1, weight: 1, caps: [] }

const ZONE_EXPECTED = 'an IANA id such as "America/New_York", "UTC", or a Rails zone name such as "Eastern Time (US & Canada)"'

/**
 * Reads a target's fields other than its schedule, with one rule per field wherever a target
 * comes from: the API's JSON (`withDefaults`: a field left out takes the API's default, and
 * `null` stands for "none" where the API sends it) or a hand-built `Target` (every field
 * required). `readSchedule` reads the schedule in its place, so that issues come in field order.
 * Returns undefined when any field has an error. Internal to `src/routing/`.
 */
export function readTargetFields(
  fields: Readonly<Record<string, unknown>>,
  names: TargetFieldNames,
  path: readonly PathSegment[],
  collector: IssueCollector,
  withDefaults: boolean,
  readSchedule: () => void = () => {},
): TargetValues | undefined {
  const before = collector.errorCount
  const at = (field: keyof TargetValues): PathSegment[] => [...path, names[field]]
  /** The value, or undefined after a `missing_field` issue (without defaults). */
  const given = (field: keyof TargetValues): { value: unknown; absent: boolean } => {
    const value = fields[names[field]]
    if (value !== undefined) return { value, absent: false }
    if (!withDefaults) reportError(collector, at(field), 'missing_field', `${names[field]} is required on a Target (build targets with parseTarget)`, 'a value', 'nothing')
    return { value, absent: true }
  }
  const nullable = <T>(field: keyof TargetValues, read: (value: unknown) => T | undefined): T | null | undefined => {
    const { value, absent } = given(field)
    if (absent) return withDefaults ? (DEFAULTS[field] as T | null) : undefined
    return value === null ? null : read(value)
  }
  const required = <T>(field: keyof TargetValues, read: (value: unknown) => T | undefined): T | undefined => {
    const { value, absent } = given(field)
    if (absent) return withDefaults ? (DEFAULTS[field] as T) : undefined
    return read(value)
  }

  const id = nullable('id', (value) => readId(value, path, names.id, collector) ?? undefined)
  const name = nullable('name', (value) => readText(value, path, names.name, collector))
  const number = nullable('number', (value) => readText(value, path, names.number, collector))
  // null is "not set": UTC, as the API's default.
  const timeZone = nullable('timeZone', (value) => readTimeZone(value, at('timeZone'), collector)) ?? (withDefaults ? resolveTimeZone('UTC') : undefined)
  // Issues come in the fields' order: the schedule sits between the zone and `paused`.
  readSchedule()
  const paused = required('paused', (value) => readBoolean(value, path, names.paused, collector))
  const concurrencyCap = nullable('concurrencyCap', (value) => readInteger(value, path, names.concurrencyCap, collector, { min: 0, expected: 'null (no limit) or a non-negative integer' }))
  const callsInProgress = required('callsInProgress', (value) => readInteger(value, path, names.callsInProgress, collector, { min: 0, expected: 'a non-negative integer' }))
  const priority = required('priority', (value) => readInteger(value, path, names.priority, collector, { expected: 'an integer (lower is tried first; negative allowed)' }))
  const weight = required('weight', (value) => readInteger(value, path, names.weight, collector, { min: 0, expected: 'a non-negative integer' }))
  const caps = withDefaults ? nullable('caps', (value) => readCaps(value, at('caps'), collector)) ?? [] : required('caps', (value) => readCaps(value, at('caps'), collector))

  if (collector.errorCount > before) return undefined
  return {
    id: id ?? null,
    name: name ?? null,
    number: number ?? null,
    timeZone: timeZone!,
    paused: paused!,
    concurrencyCap: concurrencyCap ?? null,
    callsInProgress: callsInProgress!,
    priority: priority!,
    weight: weight!,
    caps: caps!,
  }
}

function readTimeZone(value: unknown, path: readonly PathSegment[], collector: IssueCollector): string | undefined {
  if (typeof value !== 'string') {
    reportError(collector, path, 'invalid_type', `time_zone must be ${ZONE_EXPECTED}, received ${describeReceived(value)}`, ZONE_EXPECTED, describeReceived(value))
    return undefined
  }
  try {
    return resolveTimeZone(value)
  } catch (cause) {
    // The RangeError names the zone and the nearest known names.
    reportError(collector, path, 'unknown_time_zone', cause instanceof RangeError ? cause.message : describeCause(cause), ZONE_EXPECTED, describeReceived(value))
    return undefined
  }
}

/** The caps of a target: each `{ id, type, cap, filled }`, read once. */
function readCaps(value: unknown, path: readonly PathSegment[], collector: IssueCollector): Cap[] | undefined {
  const length = readArrayLength(value, path, collector, 'an array of caps { type, cap, filled }')
  if (length === undefined) return undefined
  const before = collector.errorCount
  const caps: Cap[] = []
  for (let index = 0; index < length; index++) {
    const at = [...path, index]
    const entry = readObjectItem(value, index, at, collector, 'the cap', 'a cap object { type, cap, filled }')
    if (entry === undefined) continue
    const fields = readOwnFields(entry, ['id', 'type', 'cap', 'filled'], at, collector, 'the cap')
    if (fields === undefined) continue
    const capId = readId(fields.id, at, 'id', collector)
    const type =
      fields.type === undefined
        ? void reportError(collector, [...at, 'type'], 'missing_field', `type is required: one of ${CAP_TYPES.map((t) => JSON.stringify(t)).join(', ')}`, 'a cap type', 'nothing')
        : readEnum(fields.type, at, 'type', collector, CAP_TYPES, 'unknown_cap_type')
    const cap = fields.cap === null || fields.cap === undefined ? null : readInteger(fields.cap, at, 'cap', collector, { min: 0, expected: 'null (no cap) or a non-negative integer' })
    const filled = fields.filled === undefined ? 0 : readInteger(fields.filled, at, 'filled', collector, { min: 0, expected: 'a non-negative integer' })
    if (type !== undefined && cap !== undefined && filled !== undefined && capId !== undefined) {
      caps.push(Object.freeze({ id: capId, type, cap, filled }))
    }
  }
  return collector.errorCount > before ? undefined : caps
}
