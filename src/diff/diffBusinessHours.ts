import type { DayOfWeek } from '../ground/days'
import { BusinessHoursError, collectIssues, describeReceived, errorOfIssues, report, reportError, throwIfErrors, type IssueCollector } from '../ground/issues'
import { isPlainObject, readBoolean, readEnum, readOwnFields, reportUnknownFields } from '../ground/readers'
import { readBusinessHours } from '../records/readBusinessHours'
import { scheduleFromRecords } from '../records/scheduleFromRecords'
import { canonicalDayRecords } from '../records/toBusinessHours'
import type { BusinessHourInput } from '../records/types'
import { daySpans } from '../week/daySpans'
import { intervalsEqual } from '../week/intervalsEqual'
import { scheduleFromIntervals } from '../week/scheduleFromIntervals'
import { OPEN_ALL_WEEK, workingWeek } from '../week/sealedSchedule'
import type { WeekInterval, WeeklySchedule } from '../week/types'
import { recordFields, type RecordFields } from './readAttributes'
import { redundantRecords } from './redundantRecords'
import { idListText, readServerRecords, type ServerReadRecord } from './readServerRecords'

/**
 * One item of `business_hours_attributes`: a whole record (with the server's `id` to update it,
 * without to create one) or `{ id, _destroy: true }` to delete a record.
 */
export type BusinessHourAttributes = Omit<BusinessHourInput, '_destroy'> | { readonly id: number; readonly _destroy: true }

/** Options for {@link diffBusinessHours}. */
export interface DiffBusinessHoursOptions {
  /**
   * What happens to server records a changed day no longer needs: `'destroy'` (default) sends
   * `{ id, _destroy: true }`; `'empty'` keeps them and updates them to a block that opens nothing,
   * for servers that refuse `_destroy`.
   */
  readonly removal?: 'destroy' | 'empty'
  /** Also send the records of unchanged days (and unchanged records of changed days) as they are. Default false. */
  readonly includeUnchanged?: boolean
}

/** A record the edit wants on a day; `id` is the edited record's id, used only to pick its server partner. */
interface DesiredRecord extends RecordFields {
  readonly id: number | undefined
  readonly order: number
}

/**
 * Turns "here is what the week should look like" into the smallest `business_hours_attributes`
 * payload that makes the server's records say exactly that, keeping the server's ids.
 *
 * Days are independent. A day open at the same minutes before and after yields nothing, however
 * its records are written — except the records that change nothing (a duplicate, a span inside
 * another, a record that opens nothing beside others, any record but one on a closed day): they
 * are removed, the oldest kept, so a server that two writers filled twice converges to one record
 * per span. For a changed day the desired records (the edited list's records of that
 * day as written, defaults applied; or the canonical records when `edited` is a schedule) are
 * paired with that day's server records: first by the ids the edited records carry, then identical
 * records, then the rest in order of time (`time_open`, `time_close`, then id). Pairs become updates
 * with the server id and all five fields (identical pairs send nothing); surplus desired records are
 * creates without id; surplus server records are removed as `options.removal` says. A day never
 * both creates and removes. A changed day with no edited records gets one `work_day: false` record,
 * so a week closed every day is seven `work_day: false` records; an empty edited list means open
 * 24/7 and is written as full days. When the server has no records (open 24/7) any other edit
 * writes all seven days. See docs/diff.md.
 *
 * @param server - the target's `business_hours` as the API returned them, each with its `id` (any JSON: read and checked here)
 * @param edited - the week wanted: a `WeeklySchedule`, or records as JSON (ids optional; an id must be one of the server's; read and checked here)
 * @param options - `removal` (`'destroy'` or `'empty'`) and `includeUnchanged`
 * @returns the payload items, ordered by day, then by time; `[]` when nothing changes
 * @throws {BusinessHoursError} with located issues (`server[2].time_open`, `edited[4].id`) for
 *   invalid records, server records without id or with `_destroy`, ids the server does not have
 *
 * @example
 * const server = [
 *   { id: 43, day_of_week: 0, time_open: 0, time_close: 2400, work_day: true, invert: false },
 *   { id: 44, day_of_week: 1, time_open: 0, time_close: 2400, work_day: true, invert: false },
 * ]
 * diffBusinessHours(server, [
 *   { day_of_week: 0, time_open: 0, time_close: 2400, work_day: true, invert: false },
 *   { day_of_week: 1, time_open: 900, time_close: 1700, work_day: true, invert: false },
 * ])
 * //=> [{ id: 44, day_of_week: 1, time_open: 900, time_close: 1700, work_day: true, invert: false }]
 *
 * @example
 * // Edge: an edit that changes nothing, however written (0–0 inverted is the whole day)
 * diffBusinessHours(server, [
 *   { day_of_week: 0, time_open: 0, time_close: 0, work_day: true, invert: true },
 *   { day_of_week: 1, time_open: 0, time_close: 2400, work_day: true, invert: false },
 * ])
 * //=> []
 *
 * @example
 * // Edge: fewer records on a day — the surplus server record is destroyed (or emptied)
 * const tuesday = [{ id: 5, day_of_week: 2, time_open: 900, time_close: 1200, work_day: true, invert: false },
 *   { id: 6, day_of_week: 2, time_open: 1300, time_close: 1700, work_day: true, invert: false }]
 * const wanted = [{ day_of_week: 2, time_open: 900, time_close: 1700, work_day: true, invert: false }]
 * diffBusinessHours(tuesday, wanted)
 * //=> [{ id: 5, day_of_week: 2, time_open: 900, time_close: 1700, work_day: true, invert: false },
 * //    { id: 6, _destroy: true }]
 * diffBusinessHours(tuesday, wanted, { removal: 'empty' })[1]
 * //=> { id: 6, day_of_week: 2, time_open: 0, time_close: 0, work_day: true, invert: false }
 */
export function diffBusinessHours(
  server: readonly unknown[],
  edited: WeeklySchedule | readonly unknown[],
  options: DiffBusinessHoursOptions = {},
): BusinessHourAttributes[] {
  const collector = collectIssues()
  const { removal, includeUnchanged } = readOptions(options, collector)

  const serverRead = readServerRecords(server, ['server'], collector)
  const serverIds = new Set<number>()
  for (const record of serverRead?.records ?? []) serverIds.add(record.id)

  const edit = readEdit(edited, serverIds, collector)
  throwIfErrors(collector)
  if (serverRead === undefined || edit === undefined) throw errorOfIssues(collector.errors)

  const serverRecords = serverRead.records
  const serverIsEmpty = serverRecords.length === 0
  const serverSchedule = serverIsEmpty ? OPEN_ALL_WEEK : scheduleFromRecords(serverRecords, 0)
  // With no server records the target is open 24/7 only because the list is empty: as soon as one
  // record is created, every day without a record becomes closed. So either nothing changes or
  // every day is written.
  const editIsOpenAllWeek = intervalsEqual(edit.schedule.intervals, OPEN_ALL_WEEK.intervals)

  const serverByDay: ServerReadRecord[][] = [[], [], [], [], [], [], []]
  for (const record of serverRecords) serverByDay[record.day_of_week]!.push(record)

  const payload: BusinessHourAttributes[] = []
  for (let d = 0; d < 7; d++) {
    const day = d as DayOfWeek
    const serverDay = serverByDay[day]!.sort(byTimeThenId)
    const wanted = daySpans(edit.schedule, day)
    const unchanged = serverIsEmpty ? editIsOpenAllWeek : intervalsEqual(daySpans(serverSchedule, day), wanted)
    if (unchanged && serverDay.length <= 1) {
      // One record (the usual case): nothing can be redundant.
      if (includeUnchanged) for (const record of serverDay) payload.push(update(record.id, record))
      continue
    }
    if (unchanged) {
      // The same minutes, but records that change nothing (duplicates, spans inside others) go, so
      // that a server converges to one record per span and a second writer's copies do not stay.
      const extra = new Set<number>()
      for (const index of redundantRecords(serverDay)) extra.add(serverDay[index]!.id)
      const closed = serverDay.some((record) => !record.work_day)
      for (const record of serverDay) {
        if (extra.has(record.id)) {
          const item = removalItem(day, record, removal, closed, includeUnchanged)
          if (item !== undefined) payload.push(item)
        } else if (includeUnchanged) payload.push(update(record.id, record))
      }
      continue
    }
    const desired = desiredRecords(day, wanted, edit.recordsByDay?.[day])
    for (const item of diffDay(day, serverDay, desired, removal, includeUnchanged)) payload.push(item)
  }
  return payload
}

/** The payload items of one changed day. */
function diffDay(
  day: DayOfWeek,
  serverDay: readonly ServerReadRecord[],
  desired: readonly DesiredRecord[],
  removal: 'destroy' | 'empty',
  includeUnchanged: boolean,
): BusinessHourAttributes[] {
  // Each step is a map lookup per record, so a day of any size pairs in O(n log n) (the sorts).
  const partnerOf = new Map<DesiredRecord, ServerReadRecord>()
  const taken = new Set<number>()
  const pair = (wish: DesiredRecord, record: ServerReadRecord) => {
    partnerOf.set(wish, record)
    taken.add(record.id)
  }
  // 1. The user's own ids: an edited record that carries the id of a server record of the same day
  //    updates that record. (An id from another day is the user moving a record; days are
  //    independent, so the id is only a hint and the record is paired like any other.)
  const byId = new Map<number, ServerReadRecord>()
  for (const record of serverDay) byId.set(record.id, record)
  for (const wish of desired) {
    const record = wish.id === undefined ? undefined : byId.get(wish.id)
    if (record !== undefined && !taken.has(record.id)) pair(wish, record)
  }
  // 2. Records that are already right stay where they are and cost nothing: the first free server
  //    record with the same fields, in time order.
  const byFields = new Map<string, ServerReadRecord[]>()
  for (const record of serverDay) {
    if (taken.has(record.id)) continue
    const key = fieldsKey(record)
    const list = byFields.get(key)
    if (list === undefined) byFields.set(key, [record])
    else list.push(record)
  }
  const used = new Map<string, number>()
  for (const wish of desired) {
    if (partnerOf.has(wish)) continue
    const key = fieldsKey(wish)
    const list = byFields.get(key)
    const at = used.get(key) ?? 0
    if (list === undefined || at >= list.length) continue
    used.set(key, at + 1)
    pair(wish, list[at]!)
  }
  // 3. The rest, in order of time: the common one-record-a-day case lands here.
  const spare = serverDay.filter((record) => !taken.has(record.id))
  let next = 0
  for (const wish of desired) {
    if (partnerOf.has(wish)) continue
    const record = spare[next]
    if (record === undefined) break
    next++
    pair(wish, record)
  }
  const surplus = spare.slice(next)

  const items: BusinessHourAttributes[] = []
  for (const wish of desired) {
    const record = partnerOf.get(wish)
    if (record === undefined) items.push(recordFields(wish))
    else if (includeUnchanged || !sameFields(record, wish)) items.push(update(record.id, wish))
  }
  // The day is closed when any desired record says work_day false; an emptied record must then not
  // reopen it, and on an open day it must not close it: so its work_day follows the day.
  const closed = desired.some((wish) => !wish.work_day)
  for (const record of surplus) {
    const item = removalItem(day, record, removal, closed, includeUnchanged)
    if (item !== undefined) items.push(item)
  }
  return items
}

/**
 * How a server record the day no longer needs goes: destroyed, or emptied (a block that opens
 * nothing, whose work_day follows the day so that it neither closes an open day nor reopens a
 * closed one); nothing when it is already that empty block.
 */
function removalItem(
  day: DayOfWeek,
  record: ServerReadRecord,
  removal: 'destroy' | 'empty',
  closed: boolean,
  includeUnchanged: boolean,
): BusinessHourAttributes | undefined {
  if (removal === 'destroy') return { id: record.id, _destroy: true }
  const empty: RecordFields = { day_of_week: day, time_open: 0, time_close: 0, work_day: !closed, invert: false }
  return includeUnchanged || !sameFields(record, empty) ? update(record.id, empty) : undefined
}

/** The records a changed day should have, in a stable order. */
function desiredRecords(
  day: DayOfWeek,
  wanted: readonly WeekInterval[],
  edited: readonly DesiredRecord[] | undefined,
): DesiredRecord[] {
  if (edited === undefined || edited.length === 0) {
    // A schedule edit, or a day the edited list leaves out (closed): canonical records, so a
    // closed day is an explicit work_day false record and never a day without records.
    return canonicalDayRecords(day, wanted).map((record, order) => desiredRecord(record, undefined, order))
  }
  const sorted = [...edited].sort(
    (a, b) =>
      a.time_open - b.time_open ||
      a.time_close - b.time_close ||
      (a.id ?? Infinity) - (b.id ?? Infinity) ||
      a.order - b.order,
  )
  // Records of the edit that change nothing are not written: the server would hold them, and the
  // next diff would remove them again.
  if (sorted.length <= 1) return sorted
  const extra = new Set(redundantRecords(sorted))
  return extra.size === 0 ? sorted : sorted.filter((_, index) => !extra.has(index))
}

interface Edit {
  readonly schedule: WeeklySchedule
  /** The edited list's records by day; absent for a schedule edit or an empty list (open 24/7). */
  readonly recordsByDay: readonly DesiredRecord[][] | undefined
}

/** Reads `edited` once, reporting its issues under `edited`. */
function readEdit(edited: unknown, serverIds: ReadonlySet<number>, collector: IssueCollector): Edit | undefined {
  const before = collector.errorCount
  let isList: boolean
  try {
    isList = Array.isArray(edited)
  } catch {
    isList = false
  }
  if (isList) {
    const read = readBusinessHours(edited, ['edited'], collector)
    if (read === undefined) return undefined
    const knownIds = idListText(serverIds)
    const unknownId = (item: { readonly index: number; readonly id: number | undefined }) => {
      if (item.id === undefined || serverIds.has(item.id)) return
      reportError(collector, ['edited', item.index, 'id'], 'unknown_id', `id ${item.id} is not one of the server's records${knownIds()}: leave id out to create a record`, 'the id of one of the server records, or no id', String(item.id))
    }
    for (const record of read.records) unknownId(record)
    for (const mark of read.destroys) unknownId(mark)
    if (collector.errorCount > before) return undefined
    if (read.records.length === 0) return { schedule: OPEN_ALL_WEEK, recordsByDay: undefined }
    const recordsByDay: DesiredRecord[][] = [[], [], [], [], [], [], []]
    for (const record of read.records) {
      recordsByDay[record.day_of_week]!.push(desiredRecord(record, record.id, record.index))
    }
    return { schedule: scheduleFromRecords(read.records, read.destroys.length), recordsByDay }
  }
  const fields = isPlainObject(edited) ? readOwnFields(edited, ['intervals'], ['edited'], collector, 'edited') : undefined
  if (fields !== undefined && fields.intervals !== undefined) {
    try {
      // A schedule from the library is used as it is; a hand-built one may list its intervals in any order.
      return { schedule: requireScheduleOrBuild(edited as WeeklySchedule, fields.intervals), recordsByDay: undefined }
    } catch (error) {
      if (!(error instanceof BusinessHoursError)) throw error
      for (const issue of error.issues) report(collector, { ...issue, path: ['edited', 'intervals', ...issue.path] })
      return undefined
    }
  }
  if (collector.errorCount > before) return undefined
  reportError(
    collector,
    ['edited'],
    'invalid_type',
    `edited must be a WeeklySchedule { intervals } or an array of business-hour records, received ${describeReceived(edited)}`,
    'a WeeklySchedule or an array of records',
    describeReceived(edited),
  )
  return undefined
}

/** The working form (unfrozen, faster to read) of the edit: as it is when in normal form, else built from its intervals. */
function requireScheduleOrBuild(edited: WeeklySchedule, intervals: unknown): WeeklySchedule {
  try {
    return workingWeek(edited, [])
  } catch {
    return workingWeek(scheduleFromIntervals(intervals as readonly WeekInterval[]))
  }
}

function readOptions(options: unknown, collector: IssueCollector): { removal: 'destroy' | 'empty'; includeUnchanged: boolean } {
  const fallback = { removal: 'destroy', includeUnchanged: false } as const
  if (options === undefined) return fallback
  if (!isPlainObject(options)) {
    reportError(collector, ['options'], 'not_an_object', `options must be an object, received ${describeReceived(options)}`, 'an object', describeReceived(options))
    return fallback
  }
  const fields = readOwnFields(options, ['removal', 'includeUnchanged'], ['options'], collector, 'options')
  if (fields === undefined) return fallback
  reportUnknownFields(options, ['removal', 'includeUnchanged'], ['options'], collector, 'diffBusinessHours')
  const removal = fields.removal === undefined ? 'destroy' : readEnum(fields.removal, ['options'], 'removal', collector, ['destroy', 'empty'] as const, 'out_of_range')
  const includeUnchanged = fields.includeUnchanged === undefined ? false : readBoolean(fields.includeUnchanged, ['options'], 'includeUnchanged', collector)
  return { removal: removal ?? 'destroy', includeUnchanged: includeUnchanged ?? false }
}

// Object literals written out in full: spreading (`{ id, ...fields }`) was the diff's main cost in
// bench/diff.bench.mjs (V8 takes a slow path for spread-then-add): 43 µs a call before, 6 µs after.
function update(id: number, record: RecordFields): BusinessHourAttributes {
  return {
    id,
    day_of_week: record.day_of_week,
    time_open: record.time_open,
    time_close: record.time_close,
    work_day: record.work_day,
    invert: record.invert,
  }
}

function desiredRecord(record: RecordFields, id: number | undefined, order: number): DesiredRecord {
  return {
    day_of_week: record.day_of_week,
    time_open: record.time_open,
    time_close: record.time_close,
    work_day: record.work_day,
    invert: record.invert,
    id,
    order,
  }
}

function sameFields(a: RecordFields, b: RecordFields): boolean {
  return (
    a.day_of_week === b.day_of_week &&
    a.time_open === b.time_open &&
    a.time_close === b.time_close &&
    a.work_day === b.work_day &&
    a.invert === b.invert
  )
}

/** The four fields that, within one day, make two records the same. */
function fieldsKey(record: RecordFields): string {
  return `${record.time_open} ${record.time_close} ${record.work_day ? 1 : 0} ${record.invert ? 1 : 0}`
}

function byTimeThenId(a: ServerReadRecord, b: ServerReadRecord): number {
  return a.time_open - b.time_open || a.time_close - b.time_close || a.id - b.id
}
