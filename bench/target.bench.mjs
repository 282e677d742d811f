// Benchmark: targetAvailability and routingOrder over 1,000 targets, run against the BUILT package
// (`npm run build` first; `npm run bench` does it).
//
// Hand-rolled like parse.bench.mjs: warm up, size a batch that takes ~100 ms, time five batches and
// report the median. One op is a pass over all 1,000 targets: 1,000 targetAvailability calls, or one
// routingOrder call. No peer library routes Retreaver targets, so the ratio printed compares the two:
// routingOrder's cost per target against a full targetAvailability per target (below 1 means
// routing checks a target more cheaply than a full availability report, which also searches for
// the next opening, closing and cap resets).
import { pathToFileURL } from 'node:url'
import { parseTarget, routingOrder, targetAvailability } from '../dist/index.js'

const ROUNDS = 5
const ROUND_MS = 100
const WARMUP_MS = 200
const TARGETS = 1000

/** Zones as the API sends them: Rails names and IANA ids, DST and not, +05:45 among them. */
const ZONES = [
  'Eastern Time (US & Canada)',
  'Pacific Time (US & Canada)',
  'America/Chicago',
  'Europe/London',
  'Asia/Kathmandu',
  'Australia/Sydney',
  'America/Havana',
  'UTC',
]

/** A small deterministic generator, so every run benchmarks the same targets. */
function lcg(seed) {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0
    return state / 4_294_967_296
  }
}

/** 1,000 targets as the API returns them: weekday hours of varied length, caps, priorities, weights. */
function makeTargets() {
  const next = lcg(6)
  return Array.from({ length: TARGETS }, (_, i) => {
    const open = 600 + Math.floor(next() * 4) * 100
    const close = open + 800 + Math.floor(next() * 4) * 100
    const capped = next()
    return parseTarget({
      target: {
        id: i + 1,
        name: `target ${i + 1}`,
        number: `+1866${String(1_000_000 + i).slice(1)}`,
        time_zone: ZONES[i % ZONES.length],
        priority: Math.floor(next() * 4),
        weight: Math.floor(next() * 10),
        paused: next() < 0.05,
        concurrency_cap: next() < 0.3 ? 3 : null,
        calls_in_progress: Math.floor(next() * 4),
        caps: [
          { id: 4 * i + 1, type: 'Hard', cap: 1000, filled: capped < 0.05 ? 1000 : 10 },
          { id: 4 * i + 2, type: 'Hourly', cap: 20, filled: capped < 0.15 ? 20 : 3 },
          { id: 4 * i + 3, type: 'Daily', cap: 200, filled: capped < 0.25 ? 200 : 30 },
          { id: 4 * i + 4, type: 'Monthly', cap: null, filled: 400 },
        ],
        business_hours: [0, 1, 2, 3, 4, 5, 6].map((day) => ({
          id: 7 * i + day + 1,
          day_of_week: day,
          time_open: Math.min(open, 2300),
          time_close: Math.min(close, 2400),
          work_day: day !== 0 && day !== 6,
          invert: false,
        })),
      },
    })
  })
}

const targets = makeTargets()
/** Monday 2026-11-30 15:00Z; each op moves a minute on, so the instant is not always the same. */
const AT = Date.UTC(2026, 10, 30, 15)
const random = lcg(2026)

// Results are folded into this so the engine cannot drop the calls as dead code.
let sink = 0
let op = 0

const CASES = [
  {
    label: 'targetAvailability × 1,000',
    body() {
      const at = AT + (op++ % 1440) * 60_000
      for (const target of targets) if (targetAvailability(target, at).accepting) sink++
    },
  },
  {
    label: 'routingOrder of 1,000',
    body() {
      const at = AT + (op++ % 1440) * 60_000
      sink += routingOrder(targets, at, { random }).length
    },
  },
]

function timeBatch(body, iterations) {
  const started = performance.now()
  for (let i = 0; i < iterations; i++) body()
  return performance.now() - started
}

/** Median ops/s of `ROUNDS` timed batches, after a warm-up that also sizes the batch. */
function measure(body) {
  let iterations = 1
  const warmupEnd = performance.now() + WARMUP_MS
  while (performance.now() < warmupEnd) {
    const elapsed = timeBatch(body, iterations)
    if (elapsed < ROUND_MS / 4) iterations *= 2
  }
  const perOpMs = timeBatch(body, iterations) / iterations
  const batch = Math.max(1, Math.round(ROUND_MS / Math.max(perOpMs, 1e-6)))
  const opsPerSecond = []
  for (let round = 0; round < ROUNDS; round++) {
    const elapsed = timeBatch(body, batch)
    opsPerSecond.push((batch * 1000) / Math.max(elapsed, 1e-6))
  }
  opsPerSecond.sort((a, b) => a - b)
  return { iterations: batch, rounds: ROUNDS, opsPerSecond: opsPerSecond[Math.floor(ROUNDS / 2)], spread: [opsPerSecond[0], opsPerSecond[ROUNDS - 1]] }
}

/** Filled in by `run()`: one entry per case, plus the per-target cost ratio. */
export const result = {
  name: 'target',
  targets: TARGETS,
  cases: [],
  routingVsAvailability: undefined,
}

export async function run() {
  result.cases.length = 0
  for (const { label, body } of CASES) {
    const measured = measure(body)
    result.cases.push({ label, ...measured, targetsPerSecond: measured.opsPerSecond * TARGETS })
  }
  const [availability, routing] = result.cases
  // < 1: routing costs less per target than a full availability report.
  result.routingVsAvailability = availability.targetsPerSecond / routing.targetsPerSecond

  const fmt = (n) => Math.round(n).toLocaleString('en-US')
  console.log(`targetAvailability and routingOrder over ${fmt(TARGETS)} targets (median of ${ROUNDS} rounds)`)
  for (const c of result.cases) {
    console.log(
      `  ${c.label.padEnd(28)} ${fmt(c.opsPerSecond).padStart(9)} ops/s  ${fmt(c.targetsPerSecond).padStart(12)} targets/s` +
        `  (rounds ${fmt(c.spread[0])}–${fmt(c.spread[1])} ops/s)`,
    )
  }
  console.log(`  cost per target, routingOrder vs targetAvailability: ${result.routingVsAvailability.toFixed(2)}×`)
  if (sink === -1) console.log('unreachable')
  return result
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await run()
