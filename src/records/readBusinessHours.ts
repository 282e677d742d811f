import type { DayOfWeek } from '../ground/days'
import { report, reportError, type IssueCollector, type PathSegment } from '../ground/issues'
import { describeCause, readArrayLength, readObjectItem, readBoolean, readId, readInteger, readMilitaryTime, minuteOfMilitary } from '../ground/readers'

/** The fields a business-hour record may carry, as the API names them (`inverted` is an alias of `invert`). */
export const RECORD_KEYS = ['id', 'day_of_week', 'time_open', 'time_close', 'work_day', 'invert', 'inverted', '_destroy'] as const
/** Fields the server sets on the records it returns; read only where they are kept (apply). */
export const STAMP_KEYS = ['target_id', 'created_at', 'updated_at'] as const

export type RecordKey = (typeof RECORD_KEYS)[number]
export type StampKey = (typeof STAMP_KEYS)[number]
/** A record's own fields, read once from the caller's object. */
export type RecordFieldValues = Readonly<Record<RecordKey, unknown>> & Partial<Readonly<Record<StampKey, unknown>>>

/**
 * One record after reading: defaults applied, times converted to minutes of the day.
 * `index` is the record's position in the input, for locating issues.
 */
export interface ReadRecord {
  readonly index: number
  readonly id: number | undefined
  readonly day_of_week: DayOfWeek
  readonly time_open: number
  readonly time_close: number
  readonly work_day: boolean
  readonly invert: boolean
  /** `time_open` in minutes of the day, 0–1439. */
  readonly openMinute: number
  /** `time_close` in minutes of the day, 0–1440. */
  readonly closeMinute: number
}

/** A record marked `_destroy: true`: left out of the week. */
export interface DestroyMark {
  readonly destroy: true
  readonly index: number
  readonly id: number | undefined
}

/** What reading a list of records found; its issues went to the caller's collector. */
export interface ReadResult {
  readonly records: readonly ReadRecord[]
  /** The records given with `_destroy: true`, in input order. */
  readonly destroys: readonly DestroyMark[]
  /** Each kept record's own `target_id`, `created_at`, `updated_at`, by index (only when asked). */
  readonly stamps: ReadonlyMap<number, Partial<Record<StampKey, unknown>>>
}


/**
 * Reads item `index` of an array once: its own record fields (and the server's stamps when asked),
 * or undefined after a located issue when it is not an object or cannot be read. Internal.
 */
export function readRecordFields(
  list: unknown,
  index: number,
  pathPrefix: readonly PathSegment[],
  collector: IssueCollector,
  withStamps = false,
): { readonly raw: object; readonly fields: RecordFieldValues } | undefined {
  const raw = readObjectItem(list, index, [...pathPrefix, index], collector, 'the record', 'a record object')
  if (raw === undefined) return undefined
  try {
    // Written out rather than looped over the keys: one object shape for every record, read fast;
    // own properties only (an inherited one is not a field).
    // Named reads (`r.id`), not keyed ones (`r[key]`): V8 caches them per call site, and this is
    // the one loop every record goes through.
    const r = raw as Record<string, unknown>
    const has = Object.hasOwn
    const fields: RecordFieldValues = {
      id: has(r, 'id') ? r.id : undefined,
      day_of_week: has(r, 'day_of_week') ? r.day_of_week : undefined,
      time_open: has(r, 'time_open') ? r.time_open : undefined,
      time_close: has(r, 'time_close') ? r.time_close : undefined,
      work_day: has(r, 'work_day') ? r.work_day : undefined,
      invert: has(r, 'invert') ? r.invert : undefined,
      inverted: has(r, 'inverted') ? r.inverted : undefined,
      _destroy: has(r, '_destroy') ? r._destroy : undefined,
      target_id: withStamps && has(r, 'target_id') ? r.target_id : undefined,
      created_at: withStamps && has(r, 'created_at') ? r.created_at : undefined,
      updated_at: withStamps && has(r, 'updated_at') ? r.updated_at : undefined,
    }
    return { raw, fields }
  } catch (cause) {
    reportError(collector, [...pathPrefix, index], 'unreadable', `the record could not be read: ${describeCause(cause)}`, 'a plain object', 'an object whose fields throw')
    return undefined
  }
}


/**
 * Checks one record's fields with the record rules, reporting every issue located under
 * `pathPrefix + index`. Returns the read record, a destroy mark, or undefined when it has errors.
 * `ids` maps each id seen so far to the index that used it first (for `duplicate_id`). Internal.
 */
export function checkRecord(
  fields: RecordFieldValues,
  index: number,
  pathPrefix: readonly PathSegment[],
  collector: IssueCollector,
  ids: Map<number, number>,
): ReadRecord | DestroyMark | undefined {
  // The record's path; readers copy it, with the field, only when they report.
  const base: readonly PathSegment[] = recordPath(pathPrefix, index)
  const at = (field: string): PathSegment[] => [...base, field]
  const before = collector.errorCount

  const id = readId(fields.id, base, 'id', collector) ?? undefined
  if (id !== undefined) {
    const first = ids.get(id)
    if (first !== undefined) {
      reportError(collector, at('id'), 'duplicate_id', `id ${id} is used again: it is already the id of record ${first}; each record must have its own id`, 'an id no other record has', String(id))
    } else {
      ids.set(id, index)
    }
  }
  const destroy = fields._destroy === undefined ? false : readBoolean(fields._destroy, base, '_destroy', collector)
  if (destroy === true) return collector.errorCount > before ? undefined : { destroy: true, index, id }

  const day =
    fields.day_of_week === undefined
      ? reportMissingDay()
      : readInteger(fields.day_of_week, base, 'day_of_week', collector, DAY_RULE)
  const open = fields.time_open === undefined ? 0 : readMilitaryTime(fields.time_open, base, 'time_open', collector)
  const close = fields.time_close === undefined ? 2400 : readMilitaryTime(fields.time_close, base, 'time_close', collector)
  if (open === 2400) {
    reportError(collector, at('time_open'), 'open_at_2400', 'time_open 2400 is not allowed: 2400 means the end of the day and can only close; use 0 to open at midnight', 'a military time 0–2359', '2400')
  }
  const workDay = fields.work_day === undefined ? true : readBoolean(fields.work_day, base, 'work_day', collector)
  const invertGiven = fields.invert === undefined ? undefined : readBoolean(fields.invert, base, 'invert', collector)
  const invertedGiven = fields.inverted === undefined ? undefined : readBoolean(fields.inverted, base, 'inverted', collector)
  if (invertGiven !== undefined && invertedGiven !== undefined && invertGiven !== invertedGiven) {
    reportError(collector, at('inverted'), 'conflicting_invert', `inverted (${String(invertedGiven)}) contradicts invert (${String(invertGiven)}); give one of them`, `the same value as invert (${String(invertGiven)})`, String(invertedGiven))
  }
  const invert = invertGiven ?? invertedGiven ?? false
  if (open !== undefined && close !== undefined && open !== 2400 && close < open) {
    reportError(
      collector,
      at('time_close'),
      'close_before_open',
      `time_close ${close} is before time_open ${open}: a record cannot run past midnight; split hours over midnight into one record on each day, or swap them and set invert: true (time_open ${close}, time_close ${open}) to close ${pad(close)}–${pad(open)} and open the rest of the day`,
      `a time at or after time_open ${open}`,
      String(close),
    )
  }
  if (collector.errorCount > before || day === undefined || open === undefined || close === undefined || workDay === undefined) return undefined

  const openMinute = minuteOfMilitary(open)
  const closeMinute = minuteOfMilitary(close)
  if (openMinute === closeMinute && !invert && workDay) {
    report(collector, {
      code: 'empty_block',
      path: at('time_close'),
      severity: 'warning',
      message: `time_open and time_close are both ${open}: this record opens nothing (with invert: true it would open the whole day)`,
    })
  }
  return { index, id, day_of_week: day as DayOfWeek, time_open: open, time_close: close, work_day: workDay, invert, openMinute, closeMinute }

  function reportMissingDay(): undefined {
    reportError(collector, at('day_of_week'), 'missing_field', 'day_of_week is required: an integer 0–6, Sunday = 0', 'an integer 0–6', 'nothing')
    return undefined
  }
}

const DAY_RULE = { min: 0, max: 6, expected: 'an integer 0–6 (Sunday = 0)' } as const

/**
 * The path of record `index`: one array per prefix, its last segment set to the index, reused from
 * record to record (checking a million records allocates no paths). Safe because every issue
 * copies the path it is given.
 */
let lastPrefix: readonly PathSegment[] | undefined
let lastPath: PathSegment[] = []
function recordPath(pathPrefix: readonly PathSegment[], index: number): readonly PathSegment[] {
  if (pathPrefix !== lastPrefix) {
    lastPrefix = pathPrefix
    lastPath = [...pathPrefix, index]
  }
  lastPath[lastPath.length - 1] = index
  return lastPath
}

/** Whether a checked record is a destroy mark. Internal. */
export function isDestroyMark(read: ReadRecord | DestroyMark): read is DestroyMark {
  return 'destroy' in read
}

/**
 * Reads the API's records, checking every field of every record and reporting all issues (at most
 * the collector's bound are kept). Each record is read once, own properties only. Returns
 * undefined when the input is not an array. Internal: the public entry points are
 * `validateBusinessHours` and `parseBusinessHours`.
 */
export function readBusinessHours(
  input: unknown,
  pathPrefix: readonly PathSegment[],
  collector: IssueCollector,
  withStamps = false,
): ReadResult | undefined {
  const length = readArrayLength(input, [...pathPrefix], collector, 'an array of business-hour records')
  if (length === undefined) return undefined
  const records: ReadRecord[] = []
  const destroys: DestroyMark[] = []
  const stamps = new Map<number, Partial<Record<StampKey, unknown>>>()
  const ids = new Map<number, number>()
  for (let index = 0; index < length; index++) {
    const item = readRecordFields(input, index, pathPrefix, collector, withStamps)
    if (item === undefined) continue
    const read = checkRecord(item.fields, index, pathPrefix, collector, ids)
    if (read === undefined) continue
    if (isDestroyMark(read)) destroys.push(read)
    else records.push(read)
    if (withStamps) stamps.set(index, { target_id: item.fields.target_id, created_at: item.fields.created_at, updated_at: item.fields.updated_at })
  }
  return { records, destroys, stamps }
}

function pad(military: number): string {
  return String(military).padStart(4, '0')
}
