// Benchmark: parseBusinessHours on a typical target (7 records) and a large one (1,000 records),
// run against the BUILT package (`npm run build` first; `npm run bench` does it).
//
// Hand-rolled on purpose: warm up, calibrate a batch size that takes ~100 ms, time five batches with
// performance.now() and report the median ops/s. No peer library reads Retreaver records, so the
// ratio printed is the 1,000-record case against the 7-record case per record: near 1 means
// parsing stays linear in the number of records.
import { pathToFileURL } from 'node:url'
import { parseBusinessHours } from '../dist/index.js'

const ROUNDS = 5
const ROUND_MS = 100
const WARMUP_MS = 200

/** Mon–Fri 09:00–17:00, weekend off: the shape most targets have. */
const SEVEN_RECORDS = [0, 1, 2, 3, 4, 5, 6].map((day) => ({
  id: 43 + day,
  target_id: 7,
  day_of_week: day,
  time_open: 900,
  time_close: 1700,
  work_day: day !== 0 && day !== 6,
  invert: false,
  created_at: '2015-08-31T17:48:46.995Z',
  updated_at: '2015-08-31T17:48:46.995Z',
}))

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

// Results are folded into this so the engine cannot drop the calls as dead code.
let sink = 0

function timeBatch(records, iterations) {
  const started = performance.now()
  for (let i = 0; i < iterations; i++) sink += parseBusinessHours(records).intervals.length
  return performance.now() - started
}

/** Median ops/s of `ROUNDS` timed batches, after a warm-up that also sizes the batch. */
function measure(records) {
  let iterations = 1
  const warmupEnd = performance.now() + WARMUP_MS
  while (performance.now() < warmupEnd) {
    const elapsed = timeBatch(records, iterations)
    if (elapsed < ROUND_MS / 4) iterations *= 2
  }
  const perOpMs = timeBatch(records, iterations) / iterations
  const batch = Math.max(1, Math.round(ROUND_MS / Math.max(perOpMs, 1e-6)))
  const opsPerSecond = []
  for (let round = 0; round < ROUNDS; round++) {
    const elapsed = timeBatch(records, batch)
    opsPerSecond.push((batch * 1000) / Math.max(elapsed, 1e-6))
  }
  opsPerSecond.sort((a, b) => a - b)
  return { iterations: batch, rounds: ROUNDS, opsPerSecond: opsPerSecond[Math.floor(ROUNDS / 2)], spread: [opsPerSecond[0], opsPerSecond[ROUNDS - 1]] }
}

/** Filled in by `run()`: one entry per case, plus the per-record cost ratio. */
export const result = {
  name: 'parseBusinessHours',
  cases: [],
  perRecordRatio: undefined,
}

export async function run() {
  result.cases.length = 0
  for (const [label, records] of [
    ['7 records', SEVEN_RECORDS],
    ['1,000 records', THOUSAND_RECORDS],
  ]) {
    const measured = measure(records)
    result.cases.push({ label, records: records.length, ...measured, recordsPerSecond: measured.opsPerSecond * records.length })
  }
  const [small, large] = result.cases
  // > 1: a record costs more in the large list than in the small one.
  result.perRecordRatio = small.recordsPerSecond / large.recordsPerSecond

  console.log('parseBusinessHours (median of 5 rounds)')
  for (const c of result.cases) {
    console.log(
      `  ${c.label.padEnd(14)} ${Math.round(c.opsPerSecond).toLocaleString('en-US').padStart(12)} ops/s` +
        `  ${Math.round(c.recordsPerSecond).toLocaleString('en-US').padStart(13)} records/s` +
        `  (rounds ${Math.round(c.spread[0]).toLocaleString('en-US')}–${Math.round(c.spread[1]).toLocaleString('en-US')} ops/s)`,
    )
  }
  console.log(`  per-record cost, 1,000 vs 7 records: ${result.perRecordRatio.toFixed(2)}×`)
  if (sink === -1) console.log('unreachable')
  return result
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await run()
