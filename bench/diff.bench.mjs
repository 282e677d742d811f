// Benchmark: diffBusinessHours on the common case — the server's 7 records and an edit that changes
// one day — run against the BUILT package (`npm run build` first; `npm run bench` does it).
//
// Timing comes from bench/measure.mjs. No peer library diffs Retreaver records, so
// the ratio printed is against parseBusinessHours on the same 7 records: a diff reads the server
// and the edit and writes a payload, so a few times the cost of one parse is what to expect.
import { diffBusinessHours, parseBusinessHours } from '../dist/index.js'
import { WEEKDAY_RECORDS } from './fixtures.mjs'
import { opsPerSecond, printTable } from './measure.mjs'

const SERVER = WEEKDAY_RECORDS

/** The same week with Wednesday closing at 18:00 instead of 17:00, as records without ids. */
const EDITED_LIST = SERVER.map(({ day_of_week, time_open, time_close, work_day, invert }) => ({
  day_of_week,
  time_open,
  time_close: day_of_week === 3 ? 1800 : time_close,
  work_day,
  invert,
}))

/** The same edit as a schedule. */
const EDITED_SCHEDULE = parseBusinessHours(EDITED_LIST)

export async function run() {
  const payload = diffBusinessHours(SERVER, EDITED_LIST)
  if (payload.length !== 1 || payload[0].id !== 46) throw new Error(`unexpected payload ${JSON.stringify(payload)}`)
  const list = opsPerSecond(() => diffBusinessHours(SERVER, EDITED_LIST).length)
  const schedule = opsPerSecond(() => diffBusinessHours(SERVER, EDITED_SCHEDULE).length)
  const parse = opsPerSecond(() => parseBusinessHours(SERVER).intervals.length)
  printTable('diffBusinessHours, 7 server records, one day changed (no peer diffs server records; ratio against one parse)', [
    { name: 'diff, list edit', ops: list },
    { name: 'diff, schedule edit', ops: schedule },
    { name: 'parse of the same 7 records (reference)', ops: parse },
    { name: 'diff (list) ÷ parse', ops: list, baseline: parse },
  ])
  return { list, schedule, parse }
}
