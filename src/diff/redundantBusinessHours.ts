import type { BusinessHourAttributes } from './diffBusinessHours'
import { BusinessHoursError, collectIssues, throwIfErrors } from '../ground/issues'
import { readServerRecords, type ServerReadRecord } from './readServerRecords'
import { redundantRecords } from './redundantRecords'

/**
 * The ids of the server records that change nothing — a duplicate, a span inside another, a record
 * that opens nothing beside others, every record but one on a closed day — which
 * `diffBusinessHours` removes, the oldest of equal records kept. A target two writers filled twice
 * shows here.
 *
 * @param server - the target's `business_hours` as the API returned them, each with its `id` (any JSON: read and checked here)
 * @returns the ids, ascending; `[]` when every record counts
 * @throws {BusinessHoursError} with located issues (`server[2].time_open`) for invalid records
 *
 * @example
 * redundantBusinessHours([
 *   { id: 43, day_of_week: 1, time_open: 900, time_close: 1700, work_day: true, invert: false },
 *   { id: 51, day_of_week: 1, time_open: 900, time_close: 1700, work_day: true, invert: false },
 *   { id: 52, day_of_week: 1, time_open: 1000, time_close: 1200, work_day: true, invert: false },
 * ])
 * //=> [51, 52]
 *
 * @example
 * // Edge: one record a day never changes nothing
 * redundantBusinessHours([{ id: 7, day_of_week: 2, time_open: 0, time_close: 0, work_day: true, invert: false }]) //=> []
 */
export function redundantBusinessHours(server: readonly unknown[]): number[] {
  const collector = collectIssues()
  const read = readServerRecords(server, ['server'], collector)
  throwIfErrors(collector)
  if (read === undefined) throw new BusinessHoursError(collector.errors)
  const byDay: ServerReadRecord[][] = [[], [], [], [], [], [], []]
  for (const record of read.records) byDay[record.day_of_week]!.push(record)
  const ids: number[] = []
  for (const day of byDay) {
    // The same order as the diff's: by time, then id, so the oldest of equal records stays.
    day.sort((a, b) => a.time_open - b.time_open || a.time_close - b.time_close || a.id - b.id)
    for (const index of redundantRecords(day)) ids.push(day[index]!.id)
  }
  return ids.sort((a, b) => a - b)
}

/**
 * The ids of the records a payload removes (destroys, or empties to a 0–0 block) because they
 * changed nothing on the server: what `push`, `sync` and `updateBusinessHours` report. Internal to
 * the package.
 *
 * @example
 * removedRedundant(
 *   [{ id: 43, day_of_week: 1, time_open: 900, time_close: 1700, work_day: true, invert: false },
 *    { id: 51, day_of_week: 1, time_open: 900, time_close: 1700, work_day: true, invert: false }],
 *   [{ id: 51, _destroy: true }],
 * )
 * //=> [51]
 */
export function removedRedundant(server: readonly unknown[], payload: readonly BusinessHourAttributes[]): number[] {
  const redundant = new Set(redundantBusinessHours(server))
  const ids: number[] = []
  for (const item of payload) if (item.id !== undefined && redundant.has(item.id) && isRemoval(item)) ids.push(item.id)
  return ids
}

/** A payload item that takes a record away: `_destroy`, or an emptied block (0–0, not inverted). */
function isRemoval(item: BusinessHourAttributes): boolean {
  if ('_destroy' in item) return true
  return item.time_open === 0 && item.time_close === 0 && item.invert !== true
}
