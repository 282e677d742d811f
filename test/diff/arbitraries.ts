/**
 * Generators for the diff tests: server record sets with ids, and edits (schedules and record
 * lists) of them. Built with `map` from values whose shape is known, never `filter`.
 */
import fc from 'fast-check'
import type { BusinessHourInput, BusinessHourRecord } from '../../src/records/types'
import type { WeekInterval, WeeklySchedule } from '../../src/week/types'
import { businessHourInputArb, businessHourListArb, dayMinuteArb, weeklyScheduleArb } from '../arbitraries'

const DAYS = [0, 1, 2, 3, 4, 5, 6] as const

/** Gives a list of records ids counting up from `firstId` with gaps, and shuffles the list by `keys`. */
function withIds(records: readonly BusinessHourInput[], firstId: number, gaps: readonly number[], keys: readonly number[]): BusinessHourRecord[] {
  let id = firstId
  const withId = records.map((record, i) => {
    const row: BusinessHourRecord = {
      id,
      target_id: 7,
      day_of_week: record.day_of_week,
      time_open: record.time_open,
      time_close: record.time_close,
      work_day: record.work_day,
      invert: record.invert,
    }
    id += gaps[i] ?? 1
    return { row, key: keys[i] ?? 0 }
  })
  return withId.sort((a, b) => a.key - b.key).map((entry) => entry.row)
}

const idLayoutArb = fc.record({
  firstId: fc.integer({ min: 1, max: 500 }),
  gaps: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 21, maxLength: 21 }),
  keys: fc.array(fc.nat({ max: 100 }), { minLength: 21, maxLength: 21 }),
})

/**
 * The records a server returns: one to three a day (some inverted, some `work_day: false`), each
 * with its own id and `target_id: 7`, in an order that is not always by day.
 */
export const serverRecordsArb: fc.Arbitrary<BusinessHourRecord[]> = fc
  .tuple(businessHourListArb, idLayoutArb)
  .map(([list, { firstId, gaps, keys }]) => withIds(list, firstId, gaps, keys))

/** Server records where some days may have no record at all (those days are closed). */
export const serverRecordsWithGapsArb: fc.Arbitrary<BusinessHourRecord[]> = fc
  .tuple(serverRecordsArb, fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }), fc.integer({ min: 0, max: 6 }))
  .map(([records, drop, alwaysKept]) =>
    records.filter((record) => record.day_of_week === alwaysKept || !drop[record.day_of_week]),
  )

/** The common server: one record a day, each with its id. */
export const oneRecordADayServerArb: fc.Arbitrary<BusinessHourRecord[]> = fc
  .tuple(fc.tuple(...DAYS.map((day) => businessHourInputArb.map((record) => ({ ...record, day_of_week: day })))), idLayoutArb)
  .map(([list, { firstId, gaps, keys }]) => withIds(list, firstId, gaps, keys))

/** One day's open spans that one canonical record writes: closed, full, one span, or open at both ends. */
const oneRecordDayArb: fc.Arbitrary<WeekInterval[]> = fc
  .tuple(fc.integer({ min: 0, max: 3 }), dayMinuteArb, dayMinuteArb)
  .map(([kind, a, b]) => {
    const low = Math.min(a, b)
    const high = Math.max(a, b)
    if (kind === 0 || low === high) return kind === 1 ? [{ start: 0, end: 1440 }] : []
    if (kind === 1) return [{ start: 0, end: 1440 }]
    if (kind === 2) return [{ start: low, end: high }]
    // Open at both ends: [0, low) and [high, 1440), when both are non-empty; else one span.
    if (low === 0 || high === 1440) return [{ start: low, end: high }]
    return [{ start: 0, end: low }, { start: high, end: 1440 }]
  })

/** A schedule each of whose days needs exactly one record (closed, full, one span or inverted). */
export const oneRecordADayScheduleArb: fc.Arbitrary<WeeklySchedule> = fc
  .tuple(...DAYS.map(() => oneRecordDayArb))
  .map((days) => ({
    intervals: days.flatMap((spans, day) => spans.map((span) => ({ start: day * 1440 + span.start, end: day * 1440 + span.end }))),
  }))
  // Days that meet at midnight must merge to stay in normal form.
  .map((schedule) => ({ intervals: mergeTouching(schedule.intervals) }))

function mergeTouching(intervals: readonly WeekInterval[]): WeekInterval[] {
  const merged: WeekInterval[] = []
  for (const interval of intervals) {
    const last = merged[merged.length - 1]
    if (last !== undefined && last.end === interval.start) merged[merged.length - 1] = { start: last.start, end: interval.end }
    else merged.push(interval)
  }
  return merged
}

/** A schedule to edit to: anything in normal form, or one that needs one record a day. */
export const editScheduleArb: fc.Arbitrary<WeeklySchedule> = fc.oneof(weeklyScheduleArb, oneRecordADayScheduleArb)

/** A server and a record-list edit of it. */
export interface ListEditCase {
  readonly server: BusinessHourRecord[]
  readonly edited: BusinessHourInput[]
}

/**
 * A server and an edited record list: each day either keeps the server's records (copied, so the
 * day is unchanged) or takes fresh records; rarely a day is left out (closed). Some edited records
 * carry server ids (of the same day or another, never one id twice); some server ids are listed
 * with `_destroy: true`. Sometimes the edit is `[]` (open 24/7).
 */
export function listEditArb(server: fc.Arbitrary<BusinessHourRecord[]>): fc.Arbitrary<ListEditCase> {
  return fc
    .record({
      server,
      fresh: businessHourListArb,
      keep: fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
      leaveOut: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 7, maxLength: 7 }),
      idPicks: fc.array(fc.option(fc.nat(), { nil: undefined }), { minLength: 21, maxLength: 21 }),
      destroyPicks: fc.array(fc.nat(), { maxLength: 2 }),
      empty: fc.integer({ min: 0, max: 19 }),
    })
    .map(({ server, fresh, keep, leaveOut, idPicks, destroyPicks, empty }) => {
      if (empty === 0) return { server, edited: [] }
      const edited: BusinessHourInput[] = []
      for (const day of DAYS) {
        if (leaveOut[day] === 0) continue
        const source = keep[day] ? server : fresh
        for (const record of source) {
          if (record.day_of_week !== day) continue
          edited.push({
            day_of_week: day,
            time_open: record.time_open,
            time_close: record.time_close,
            work_day: record.work_day,
            invert: record.invert,
          })
        }
      }
      const used = new Set<number>()
      const withIds = edited.map((record, i) => {
        const pick = idPicks[i]
        if (pick === undefined || server.length === 0) return record
        const id = server[pick % server.length]!.id
        if (used.has(id)) return record
        used.add(id)
        return { id, ...record }
      })
      for (const pick of destroyPicks) {
        if (server.length === 0) break
        const id = server[pick % server.length]!.id
        if (used.has(id)) continue
        used.add(id)
        withIds.push({ id, _destroy: true } as unknown as BusinessHourInput)
      }
      return { server, edited: withIds }
    })
}
