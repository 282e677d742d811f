// Benchmark: diffBusinessHours on the common case — the server's 7 records and an edit that changes
// one day — run against the BUILT package (`npm run build` first; `npm run bench` does it).
//
// Hand-rolled like parse.bench.mjs: warm up, size a batch that takes ~100 ms, time five batches
// with performance.now() and report the median ops/s. No peer library diffs Retreaver records, so
// the ratio printed is against parseBusinessHours on the same 7 records: a diff reads the server
// and the edit and writes a payload, so a few times the cost of one parse is what to expect.
import { pathToFileURL } from 'node:url'
import { diffBusinessHours, parseBusinessHours } from '../dist/index.js'

const ROUNDS = 5
const ROUND_MS = 100
const WARMUP_MS = 200

/** Mon–Fri 09:00–17:00, weekend off, as the API returns it. */
const SERVER = [0, 1, 2, 3, 4, 5, 6].map((day) => ({
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

// Results are folded into this so the engine cannot drop the calls as dead code.
let sink = 0

function timeBatch(operation, iterations) {
  const started = performance.now()
  for (let i = 0; i < iterations; i++) sink += operation()
  return performance.now() - started
}

/** Median ops/s of `ROUNDS` timed batches, after a warm-up that also sizes the batch. */
function measure(operation) {
  let iterations = 1
  const warmupEnd = performance.now() + WARMUP_MS
  while (performance.now() < warmupEnd) {
    const elapsed = timeBatch(operation, iterations)
    if (elapsed < ROUND_MS / 4) iterations *= 2
  }
  const perOpMs = timeBatch(operation, iterations) / iterations
  const batch = Math.max(1, Math.round(ROUND_MS / Math.max(perOpMs, 1e-6)))
  const opsPerSecond = []
  for (let round = 0; round < ROUNDS; round++) {
    const elapsed = timeBatch(operation, batch)
    opsPerSecond.push((batch * 1000) / Math.max(elapsed, 1e-6))
  }
  opsPerSecond.sort((a, b) => a - b)
  return { iterations: batch, rounds: ROUNDS, opsPerSecond: opsPerSecond[Math.floor(ROUNDS / 2)], spread: [opsPerSecond[0], opsPerSecond[ROUNDS - 1]] }
}

/** Filled in by `run()`: one entry per case; `ratio` is a parse's ops/s over a diff's (list edit). */
export const result = {
  name: 'diffBusinessHours',
  cases: [],
  ratio: undefined,
}

export async function run() {
  const payload = diffBusinessHours(SERVER, EDITED_LIST)
  if (payload.length !== 1 || payload[0].id !== 46) throw new Error(`unexpected payload ${JSON.stringify(payload)}`)

  result.cases.length = 0
  for (const [label, operation] of [
    ['diff, list edit', () => diffBusinessHours(SERVER, EDITED_LIST).length],
    ['diff, schedule edit', () => diffBusinessHours(SERVER, EDITED_SCHEDULE).length],
    ['parse (reference)', () => parseBusinessHours(SERVER).intervals.length],
  ]) {
    result.cases.push({ label, ...measure(operation) })
  }
  const [list, , parse] = result.cases
  // How many parses of the same 7 records one diff costs.
  result.ratio = parse.opsPerSecond / list.opsPerSecond

  console.log('diffBusinessHours, 7 server records, one day changed (median of 5 rounds)')
  for (const c of result.cases) {
    console.log(
      `  ${c.label.padEnd(20)} ${Math.round(c.opsPerSecond).toLocaleString('en-US').padStart(12)} ops/s` +
        `  (rounds ${Math.round(c.spread[0]).toLocaleString('en-US')}–${Math.round(c.spread[1]).toLocaleString('en-US')} ops/s)`,
    )
  }
  console.log(`  one diff costs ${result.ratio.toFixed(2)}× a parse of the same records`)
  if (sink === -1) console.log('unreachable')
  return result
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await run()
