import { readBusinessHours, type ReadRecord } from '../records/readBusinessHours'
import type { BusinessHourInput, Issue, PathSegment } from '../records/types'
import { listIds } from './readServerRecords'

/** The five fields of a record that a payload item may set. */
export type RecordFields = Omit<BusinessHourInput, 'id' | '_destroy'>

/** What one payload item asks for, once checked. `index` is its position in the payload. */
export type AttributeEntry =
  | { readonly kind: 'destroy'; readonly index: number; readonly id: number }
  /** `_destroy: true` without an id: Rails skips a new record marked for destruction. */
  | { readonly kind: 'ignored'; readonly index: number }
  | { readonly kind: 'update'; readonly index: number; readonly id: number; readonly record: ReadRecord }
  | { readonly kind: 'create'; readonly index: number; readonly record: ReadRecord }

/** Just the five fields, in the API's order. */
export function recordFields(record: RecordFields): RecordFields {
  return {
    day_of_week: record.day_of_week,
    time_open: record.time_open,
    time_close: record.time_close,
    work_day: record.work_day,
    invert: record.invert,
  }
}

const KNOWN_KEYS = ['id', 'day_of_week', 'time_open', 'time_close', 'work_day', 'invert', 'inverted', '_destroy'] as const

/**
 * Checks a `business_hours_attributes` list item by item, with the foundation's record checks.
 *
 * An item with an id may be partial, as Rails allows: its fields are checked on top of the record
 * it updates (`existing`), so `{ id, time_close }` is checked against that record's `time_open`.
 * Without `existing` (nothing to check against) ids are not looked up and a missing `day_of_week`
 * is not an error for an item with an id. With `existing`, an id it does not hold is `unknown_id`.
 * Internal to the package.
 */
export function readAttributes(
  input: unknown,
  pathPrefix: readonly PathSegment[],
  existing: ReadonlyMap<number, RecordFields> | undefined,
): { entries: AttributeEntry[]; errors: Issue[]; warnings: Issue[] } {
  if (!Array.isArray(input)) {
    const read = readBusinessHours(input, pathPrefix)
    return { entries: [], errors: read.errors, warnings: read.warnings }
  }
  const errors: Issue[] = []
  const ids: (number | undefined)[] = []
  const candidates = input.map((raw: unknown, index) => {
    const own = ownKnownFields(raw)
    const id = own?.id
    const validId = typeof id === 'number' && Number.isSafeInteger(id) && id >= 1 ? id : undefined
    ids.push(validId)
    if (own === undefined || validId === undefined) return raw
    const base = existing?.get(validId)
    if (existing !== undefined && base === undefined) {
      errors.push({
        code: 'unknown_id',
        path: [...pathPrefix, index, 'id'],
        severity: 'error',
        message: `id ${validId} is not one of the server's records${listIds(existing.keys())}: Rails would answer 404 (record not found); leave id out to create a record`,
        expected: 'the id of an existing record, or no id',
        received: String(validId),
      })
    }
    // Only the given fields change; the rest come from the record (or, when there is none to check
    // against, a placeholder day so that a partial update is not reported as missing one).
    const merged: Record<string, unknown> = { ...(base ?? { day_of_week: 0 }), ...own }
    if (Object.hasOwn(own, 'inverted') && !Object.hasOwn(own, 'invert')) delete merged.invert
    return merged
  })
  const read = readBusinessHours(candidates, pathPrefix)
  errors.push(...read.errors)
  if (errors.length > 0) return { entries: [], errors, warnings: read.warnings }

  const recordAt = new Map(read.records.map((record) => [record.index, record]))
  const entries = input.map((raw: unknown, index): AttributeEntry => {
    const id = ids[index]
    if ((raw as Record<string, unknown>)._destroy === true) {
      return id === undefined ? { kind: 'ignored', index } : { kind: 'destroy', index, id }
    }
    const record = recordAt.get(index)!
    return id === undefined ? { kind: 'create', index, record } : { kind: 'update', index, id, record }
  })
  return { entries, errors, warnings: read.warnings }
}

/** The item's own known fields that have a value, or undefined when it is not a readable object. */
function ownKnownFields(raw: unknown): Record<string, unknown> | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined
  try {
    const own: Record<string, unknown> = {}
    for (const key of KNOWN_KEYS) {
      if (Object.hasOwn(raw, key) && (raw as Record<string, unknown>)[key] !== undefined) {
        own[key] = (raw as Record<string, unknown>)[key]
      }
    }
    return own
  } catch {
    // A field that throws: the foundation's reader reports it on the raw item.
    return undefined
  }
}

