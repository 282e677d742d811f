import { BusinessHoursError, collectIssues, describeReceived, errorOfIssues, errorsOf, reportError, throwIfErrors, type IssueCollector } from '../ground/issues'
import { isPlainObject, readOwnFields, reportUnknownFields } from '../ground/readers'
import type { ReadRecord, StampKey } from '../records/readBusinessHours'
import type { BusinessHourRecord } from '../records/types'
import type { BusinessHourAttributes } from './diffBusinessHours'
import { readAttributes, recordFields, type RecordFields } from './readAttributes'
import { readServerRecords } from './readServerRecords'

/** Options for {@link applyBusinessHoursAttributes}. */
export interface ApplyBusinessHoursAttributesOptions {
  /**
   * Gives the id of each created record, in payload order. Default: one more than the largest id
   * the server has (destroyed records included), counting up.
   */
  readonly nextId?: () => number
}

/** @deprecated Renamed {@link ApplyBusinessHoursAttributesOptions}; this alias goes in the next minor version. */
export type ApplyBusinessHoursOptions = ApplyBusinessHoursAttributesOptions

/**
 * Works out what the server stores after it applies a `business_hours_attributes` payload, by the
 * Rails nested-attributes rules — for optimistic UIs, previews and tests.
 *
 * An item with an id updates the fields it gives of that record (partial items are allowed, as in
 * Rails); `_destroy: true` with an id deletes the record; an item without id creates a record
 * (defaults: `time_open` 0, `time_close` 2400, `work_day` true, `invert` false) with
 * `options.nextId()` or the next id after the largest; `_destroy: true` without id is skipped, as
 * Rails skips a new record marked for destruction. Kept records keep their `target_id` and
 * timestamps (the server would refresh `updated_at`; this does not invent one); created records get
 * the `target_id` the server records share, if they share one.
 *
 * @param server - the target's `business_hours` as the API returned them, each with its `id` (any JSON: read and checked here)
 * @param attributes - the payload items, e.g. from `diffBusinessHours`
 * @param options - `nextId` to choose the ids of created records
 * @returns the remaining server records in their order (updated ones changed), then the created ones
 * @throws {BusinessHoursError} with located issues: invalid server records (`server[1].time_open`),
 *   invalid items (`attributes[0].time_close`), an id the server does not have (`attributes[2].id`)
 *
 * @example
 * applyBusinessHoursAttributes(
 *   [{ id: 44, target_id: 7, day_of_week: 1, time_open: 0, time_close: 2400, work_day: true, invert: false }],
 *   [{ id: 44, day_of_week: 1, time_open: 900, time_close: 1700, work_day: true, invert: false },
 *    { day_of_week: 2, time_open: 900, time_close: 1700, work_day: true, invert: false }],
 * )
 * //=> [{ id: 44, target_id: 7, day_of_week: 1, time_open: 900, time_close: 1700, work_day: true, invert: false },
 * //    { id: 45, target_id: 7, day_of_week: 2, time_open: 900, time_close: 1700, work_day: true, invert: false }]
 *
 * @example
 * // Edge: destroying every record leaves none (the API then treats the target as open 24/7),
 * // and an id the server does not have throws
 * applyBusinessHoursAttributes([{ id: 5, day_of_week: 0, time_open: 0, time_close: 2400, work_day: true, invert: false }],
 *   [{ id: 5, _destroy: true }])
 * //=> []
 * applyBusinessHoursAttributes([], [{ id: 9, _destroy: true }])
 * // throws BusinessHoursError: … attributes[0].id: id 9 is not one of the server's records (there are none) …
 */
export function applyBusinessHoursAttributes(
  server: readonly unknown[],
  attributes: readonly BusinessHourAttributes[],
  options: ApplyBusinessHoursAttributesOptions = {},
): BusinessHourRecord[] {
  const collector = collectIssues()
  const serverRead = readServerRecords(server, ['server'], collector, true)
  const existing = new Map<number, RecordFields>()
  for (const record of serverRead?.records ?? []) existing.set(record.id, recordFields(record))
  const entries = readAttributes(attributes, ['attributes'], collector, existing)
  const nextIdOption = readNextId(options, collector)
  throwIfErrors(collector)
  if (serverRead === undefined || entries === undefined) throw errorOfIssues(errorsOf(collector))

  const destroyed = new Set<number>()
  const updates = new Map<number, ReadRecord>()
  const creates: { index: number; record: ReadRecord }[] = []
  for (const entry of entries) {
    if (entry.kind === 'destroy') destroyed.add(entry.id)
    else if (entry.kind === 'update') updates.set(entry.id, entry.record)
    else if (entry.kind === 'create') creates.push(entry)
  }

  const result: BusinessHourRecord[] = []
  const targetIds = new Set<unknown>()
  let counter = 0
  for (const record of serverRead.records) {
    const stamps = serverRead.stamps.get(record.index) ?? {}
    targetIds.add(stamps.target_id)
    if (record.id > counter) counter = record.id
    if (destroyed.has(record.id)) continue
    result.push(stored(record.id, updates.get(record.id) ?? record, stamps, typeof stamps.target_id === 'number' ? stamps.target_id : undefined))
  }

  const usedIds = new Set(existing.keys())
  const nextId = nextIdOption ?? (() => ++counter)
  // The target_id every server record has, if they all have the same one.
  const [onlyTargetId] = targetIds
  const targetId = targetIds.size === 1 && typeof onlyTargetId === 'number' ? onlyTargetId : undefined
  for (const { index, record } of creates) {
    const id: unknown = nextId()
    if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1 || usedIds.has(id)) {
      throw new BusinessHoursError([
        {
          code: 'duplicate_id',
          path: ['attributes', index, 'id'],
          severity: 'error',
          message: `options.nextId() gave ${describeReceived(id)} for the record created by attributes[${index}]: expected a positive integer no record has`,
          expected: 'a positive integer no record has',
          received: describeReceived(id),
        },
      ])
    }
    usedIds.add(id)
    result.push(stored(id, record, {}, targetId))
  }
  return result
}

/** `options.nextId`, read once: a function or nothing. */
function readNextId(options: unknown, collector: IssueCollector): (() => unknown) | undefined {
  if (options === undefined || options === null) return undefined
  if (!isPlainObject(options)) {
    reportError(collector, ['options'], 'not_an_object', `options must be an object such as { nextId }, received ${describeReceived(options)}`, 'an object', describeReceived(options))
    return undefined
  }
  const fields = readOwnFields(options, ['nextId'], ['options'], collector, 'options')
  if (fields !== undefined) reportUnknownFields(options, ['nextId'], ['options'], collector, 'applyBusinessHoursAttributes')
  const nextId = fields?.nextId
  if (nextId === undefined || typeof nextId === 'function') return nextId as (() => unknown) | undefined
  reportError(collector, ['options', 'nextId'], 'invalid_type', 'options.nextId must be a function returning the id of the next created record', 'a function', describeReceived(nextId))
  return undefined
}

/** The record as stored: id, target_id, the five fields, and the timestamps it had. */
function stored(
  id: number,
  record: RecordFields,
  stamps: Partial<Record<StampKey, unknown>>,
  targetId: number | undefined,
): BusinessHourRecord {
  return {
    id,
    ...(targetId === undefined ? {} : { target_id: targetId }),
    ...recordFields(record),
    ...(typeof stamps.created_at === 'string' ? { created_at: stamps.created_at } : {}),
    ...(typeof stamps.updated_at === 'string' ? { updated_at: stamps.updated_at } : {}),
  }
}
