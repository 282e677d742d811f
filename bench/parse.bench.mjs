// Benchmark: parseBusinessHours on a typical target (7 records) and a large one (1,000 records),
// run against the BUILT package (`npm run build` first; `npm run bench` does it).
//
// Timing comes from bench/measure.mjs (median of five ~100 ms batches). No peer library reads Retreaver records, so the
// ratio printed is the 1,000-record case against the 7-record case per record: near 1 means
// parsing stays linear in the number of records.
import { parseBusinessHours } from '../dist/index.js'
import { WEEKDAY_RECORDS } from './fixtures.mjs'
import { opsPerSecond, printTable } from './measure.mjs'

const SEVEN_RECORDS = WEEKDAY_RECORDS

/** 1,000 records spread over the week: blocks, inverted lunches, a few days off, distinct ids. */
const THOUSAND_RECORDS = Array.from({ length: 1000 }, (_, i) => {
  const day = i % 7
  const hour = Math.floor(i / 7) % 23
  return {
    id: i + 1,
    target_id: 7,
    day_of_week: day,
    time_open: hour * 100 + (i % 4) * 15,
    time_close: (hour + 1) * 100 + (i % 3) * 10,
    work_day: !(day === 0 && i % 50 === 0),
    invert: i % 97 === 0,
  }
})

export async function run() {
  const small = opsPerSecond(() => parseBusinessHours(SEVEN_RECORDS).intervals.length)
  const large = opsPerSecond(() => parseBusinessHours(THOUSAND_RECORDS).intervals.length)
  // Near 1: a record costs the same in a list of 1,000 as in a list of 7 — parsing is linear.
  const perRecordRatio = (small * SEVEN_RECORDS.length) / (large * THOUSAND_RECORDS.length)
  printTable('parseBusinessHours (no peer reads Retreaver records; ratio = per-record cost against the 7-record case)', [
    { name: '7 records', ops: small },
    { name: '1,000 records', ops: large },
    { name: 'records/s, 1,000-record list ÷ 7-record list', ops: large * THOUSAND_RECORDS.length, baseline: small * SEVEN_RECORDS.length },
  ])
  return { small, large, perRecordRatio }
}
