// Issue 13 benchmark: coverage and routingTimeline of fleets of 100, 1,000 and 10,000 targets over
// 365 days, in mixed zones, with 5 distinct weekly schedules plus holidays (a calendar per zone
// group), with and without caps. One call per case (the median of three, after one warm-up call), and the heap the answer holds.
import { coverage, parseTarget, routingTimeline, coverageSummary } from '../dist/index.js'
import { FLEET_ZONES, fleetTargetDocument, lcg } from './fixtures.mjs'

const FROM = Date.UTC(2026, 0, 1)
const TO = FROM + 365 * 86_400_000
/** Five distinct weekly schedules: [open, close] on weekdays. */
const HOURS = [[800, 1600], [900, 1700], [1000, 1800], [1200, 2000], [0, 2400]]
const HOLIDAYS = ['--01-01', '--07-04', '--12-25', '2026-11-26', '2026-05-25', '2026-09-07'].map((date) => ({ date, closed: true }))

function fleet(size) {
  const next = lcg(size)
  const targets = []
  for (let i = 0; i < size; i++) {
    const [open, close] = HOURS[i % HOURS.length]
    // Every other target keeps the holidays: a calendar on top of its week.
    targets.push(parseTarget(fleetTargetDocument(i, next, open, close), i % 2 === 0 ? { exceptions: HOLIDAYS } : undefined))
  }
  return targets
}

function median3(run) {
  run() // warm-up, as bench/measure.mjs warms up: the first call of a process also compiles
  const times = []
  let result
  for (let k = 0; k < 3; k++) {
    const started = performance.now()
    result = run()
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  return { ms: times[1], result }
}

function heldMb(make) {
  if (typeof globalThis.gc !== 'function') return Number.NaN
  globalThis.gc()
  const before = process.memoryUsage().heapUsed
  const kept = make()
  globalThis.gc()
  const held = process.memoryUsage().heapUsed - before
  if (kept === undefined) throw new Error('unreachable')
  return held / 1e6
}

export async function run() {
  console.log(`\n## coverage and routingTimeline over 365 days (${FLEET_ZONES.length} zones, ${HOURS.length} weekly schedules, holidays on half the targets)`)
  console.log('| targets | coverage (ms) | ns per target-day | segments | gaps | with caps (ms) | routingTimeline (ms) | coverageSummary (ms) | answer held (MB) |')
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
  for (const size of [100, 1_000, 10_000]) {
    const targets = fleet(size)
    const plain = median3(() => coverage(targets, FROM, TO, { epochMs: true }))
    const capped = median3(() => coverage(targets, FROM, TO, { caps: true, epochMs: true }))
    const timeline = median3(() => routingTimeline(targets, FROM, TO, { epochMs: true }))
    const summary = median3(() => coverageSummary(plain.result))
    const held = heldMb(() => coverage(targets, FROM, TO, { epochMs: true }))
    const perTargetDay = (plain.ms * 1e6) / (size * 365)
    console.log(
      `| ${size.toLocaleString('en-US')} | ${plain.ms.toFixed(1)} | ${perTargetDay.toFixed(0)} | ${plain.result.segments.length.toLocaleString('en-US')} | ${plain.result.gaps.length} | ${capped.ms.toFixed(1)} | ${timeline.ms.toFixed(1)} | ${summary.ms.toFixed(1)} | ${held.toFixed(1)} |`,
    )
  }
}
