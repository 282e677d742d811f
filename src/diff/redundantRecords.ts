import { minuteOfMilitary } from '../ground/readers'
import { MINUTES_PER_DAY } from '../week/types'

/** What redundancy needs of a record of one day: its fields, military time as the API has it. */
export interface DayRecordFields {
  readonly time_open: number
  readonly time_close: number
  readonly work_day: boolean
  readonly invert: boolean
}


/**
 * The records of one day that change nothing: removing them leaves the day open at exactly the same
 * minutes. Within a day the API opens the union of the records' spans, and any `work_day: false`
 * record closes the whole day; so on a closed day every record but the first `work_day: false` one
 * is redundant (the first that is not an emptied 0–0 block stays), and on an open day a record is redundant when the others cover every minute it
 * opens (duplicates, spans inside others, records that open nothing). At least one record is kept.
 *
 * The records are taken in the order given and removed from the last one back (emptied 0–0 blocks
 * before the others), so with duplicates the first (the caller sorts by time, then id: the oldest
 * record) stays — the same choice for every client that reads the same records. Linear in records × 1,440 minutes. Internal to the
 * package.
 *
 * @param records - one day's valid records, in the order whose first ones should stay
 * @returns the indexes (into `records`) of the redundant ones, ascending
 *
 * @example
 * redundantRecords([
 *   { time_open: 900, time_close: 1700, work_day: true, invert: false },
 *   { time_open: 900, time_close: 1700, work_day: true, invert: false },
 *   { time_open: 1000, time_close: 1200, work_day: true, invert: false },
 * ])
 * //=> [1, 2]
 *
 * @example
 * // Edge: a closed day keeps its first work_day false record; one record is never redundant
 * redundantRecords([{ time_open: 900, time_close: 1700, work_day: true, invert: false }, { time_open: 0, time_close: 2400, work_day: false, invert: false }])
 * //=> [0]
 * redundantRecords([{ time_open: 0, time_close: 0, work_day: true, invert: false }])
 * //=> []
 */
export function redundantRecords(records: readonly DayRecordFields[]): number[] {
  const redundant: number[] = []
  if (records.length <= 1) return redundant
  // On a closed day the record that stays is the first work_day false one that is not an emptied
  // block (0–0, not inverted): with `removal: 'empty'` the others become such blocks, and the
  // next diff must keep the same one, or it would never be done.
  let closing = records.findIndex((record) => !record.work_day && !isEmptyBlock(record))
  if (closing < 0) closing = records.findIndex((record) => !record.work_day)
  if (closing >= 0) {
    for (let i = 0; i < records.length; i++) if (i !== closing) redundant.push(i)
    return redundant
  }
  // How many kept records open each minute of the day.
  const cover = new Int32Array(MINUTES_PER_DAY)
  const spans = records.map((record) => openSpans(record))
  for (const list of spans) for (const [start, end] of list) for (let m = start; m < end; m++) cover[m]!++
  let kept = records.length
  // Emptied blocks (0–0, not inverted) go first, then the others from the last back: with
  // `removal: 'empty'` the removed records become such blocks, and the next diff must find them
  // redundant again rather than the record the first diff kept.
  const order: number[] = []
  for (let i = records.length - 1; i >= 0; i--) if (isEmptyBlock(records[i]!)) order.push(i)
  for (let i = records.length - 1; i >= 0; i--) if (!isEmptyBlock(records[i]!)) order.push(i)
  for (const i of order) {
    if (kept <= 1) break
    let needed = false
    for (const [start, end] of spans[i]!) {
      for (let m = start; m < end; m++) {
        if (cover[m]! < 2) {
          needed = true
          break
        }
      }
      if (needed) break
    }
    if (needed) continue
    for (const [start, end] of spans[i]!) for (let m = start; m < end; m++) cover[m]!--
    kept--
    redundant.push(i)
  }
  return redundant.sort((a, b) => a - b)
}

function isEmptyBlock(record: DayRecordFields): boolean {
  return record.time_open === 0 && record.time_close === 0 && !record.invert
}

/** The minutes of the day one record opens, as [start, end) pairs (the API's reading of `invert`). */
function openSpans(record: DayRecordFields): Array<readonly [number, number]> {
  const open = minuteOfMilitary(record.time_open)
  const close = minuteOfMilitary(record.time_close)
  if (!record.invert) return open < close ? [[open, close]] : []
  if (open === close) return [[0, MINUTES_PER_DAY]]
  const spans: Array<readonly [number, number]> = []
  if (open > 0) spans.push([0, open])
  if (close < MINUTES_PER_DAY) spans.push([close, MINUTES_PER_DAY])
  return spans
}
