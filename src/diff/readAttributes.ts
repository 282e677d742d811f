import { reportError, type IssueCollector, type PathSegment } from '../ground/issues'
import { readArrayLength, readOwnKeys } from '../ground/readers'
import {
  checkRecord,
  isDestroyMark,
  readRecordFields,
  RECORD_KEYS,
  STAMP_KEYS,
  type ReadRecord,
  type RecordFieldValues,
  type RecordKey,
} from '../records/readBusinessHours'
import type { BusinessHourInput } from '../records/types'
import { idListText } from './readServerRecords'

/** The five fields of a record that a payload item may set. */
export type RecordFields = Omit<BusinessHourInput, 'id' | '_destroy'>

/** The fields an item gave, checked, with `inverted` read as `invert`. */
export type GivenFields = Partial<Record<Exclude<RecordKey, 'inverted'>, unknown>>

/** What one payload item asks for, once checked. `index` is its position in the payload. */
export type AttributeEntry =
  | { readonly kind: 'destroy'; readonly index: number; readonly id: number; readonly given: GivenFields }
  /** `_destroy: true` without an id: Rails skips a new record marked for destruction. */
  | { readonly kind: 'ignored'; readonly index: number; readonly given: GivenFields }
  | { readonly kind: 'update'; readonly index: number; readonly id: number; readonly record: ReadRecord; readonly given: GivenFields }
  | { readonly kind: 'create'; readonly index: number; readonly record: ReadRecord; readonly given: GivenFields }

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

const ITEM_KEYS = new Set<string>([...RECORD_KEYS, ...STAMP_KEYS])

/**
 * Checks a `business_hours_attributes` list item by item, each read once, with the record checks.
 *
 * An item with an id may be partial, as Rails allows: its fields are checked on top of the record
 * it updates (`existing`), so `{ id, time_close }` is checked against that record's `time_open`.
 * Without `existing` (nothing to check against) ids are not looked up and a missing `day_of_week`
 * is not an error for an item with an id. With `existing`, an id it does not hold is `unknown_id`.
 * With `strictKeys`, a key that is no record field is `unknown_field` (the server's own
 * `target_id`, `created_at`, `updated_at` are allowed). Returns undefined when any item has an
 * error. Internal to the package.
 */
export function readAttributes(
  input: unknown,
  pathPrefix: readonly PathSegment[],
  collector: IssueCollector,
  existing: ReadonlyMap<number, RecordFields> | undefined,
  strictKeys = false,
): AttributeEntry[] | undefined {
  const before = collector.errorCount
  const length = readArrayLength(input, [...pathPrefix], collector, 'an array of business_hours_attributes items')
  if (length === undefined) return undefined
  const entries: AttributeEntry[] = []
  const ids = new Map<number, number>()
  const knownIds = existing === undefined ? undefined : idListText(existing.keys())
  for (let index = 0; index < length; index++) {
    const item = readRecordFields(input, index, pathPrefix, collector)
    if (item === undefined) continue
    if (strictKeys) {
      for (const key of readOwnKeys(item.raw, [...pathPrefix, index], collector, 'the item') ?? []) {
        if (ITEM_KEYS.has(key)) continue
        reportError(collector, [...pathPrefix, index, key], 'unknown_field', `${JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key)} is not a business-hour field: expected ${RECORD_KEYS.join(', ')}`, `one of ${RECORD_KEYS.join(', ')}`, key)
      }
    }
    const own = item.fields
    const id = typeof own.id === 'number' && Number.isSafeInteger(own.id) && own.id >= 1 ? own.id : undefined
    const base = id === undefined ? undefined : existing?.get(id)
    if (id !== undefined && knownIds !== undefined && base === undefined) {
      reportError(collector, [...pathPrefix, index, 'id'], 'unknown_id', `id ${id} is not one of the server's records${knownIds()}: Rails would answer 404 (record not found); leave id out to create a record`, 'the id of an existing record, or no id', String(id))
    }
    // Only the given fields change; the rest come from the record (or, when there is none to check
    // against, a placeholder day so that a partial update is not reported as missing one).
    const fields: RecordFieldValues = id === undefined ? own : merge(own, base ?? { day_of_week: 0 })
    const read = checkRecord(fields, index, pathPrefix, collector, ids)
    if (read === undefined) continue
    const given = givenFields(own)
    if (isDestroyMark(read)) entries.push(read.id === undefined ? { kind: 'ignored', index, given } : { kind: 'destroy', index, id: read.id, given })
    else if (read.id === undefined) entries.push({ kind: 'create', index, record: read, given })
    else entries.push({ kind: 'update', index, id: read.id, record: read, given })
  }
  return collector.errorCount > before ? undefined : entries
}

/** The item's fields over the record it updates; an `inverted` given alone replaces the record's `invert`. */
function merge(own: RecordFieldValues, base: Partial<RecordFields>): RecordFieldValues {
  const invertFromBase = own.invert === undefined && own.inverted === undefined ? base.invert : undefined
  return {
    id: own.id,
    day_of_week: own.day_of_week ?? base.day_of_week,
    time_open: own.time_open ?? base.time_open,
    time_close: own.time_close ?? base.time_close,
    work_day: own.work_day ?? base.work_day,
    invert: own.invert ?? invertFromBase,
    inverted: own.inverted,
    _destroy: own._destroy,
  }
}

/** The fields the item itself gave (already checked), `inverted` under its name `invert`. */
function givenFields(own: RecordFieldValues): GivenFields {
  const given: Record<string, unknown> = {}
  for (const key of RECORD_KEYS) {
    const value = own[key]
    // A null id is no id: the item creates a record.
    if (value === undefined || (key === 'id' && value === null)) continue
    given[key === 'inverted' ? 'invert' : key] = value
  }
  return given as GivenFields
}
