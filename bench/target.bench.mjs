// Benchmark: targetAvailability and routingOrder over 1,000 targets, run against the BUILT package
// (`npm run build` first; `npm run bench` does it).
//
// Timing comes from bench/measure.mjs. One op is a pass over all 1,000 targets: 1,000
// targetAvailability calls, or one routingOrder call. No peer library routes Retreaver targets.
import { parseTarget, routingOrder, targetAvailability } from '../dist/index.js'
import { opsPerSecond, printTable } from './measure.mjs'

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
export async function run() {
  // Each op moves a minute on, so the instant is not always the same.
  const availability = opsPerSecond((op) => {
    const at = AT + (op % 1440) * 60_000
    let accepting = 0
    for (const target of targets) if (targetAvailability(target, at).accepting) accepting++
    return accepting
  })
  const order = opsPerSecond((op) => routingOrder(targets, AT + (op % 1440) * 60_000, { random }).length)
  printTable(`Targets: ${TARGETS} targets in ${ZONES.length} zones, caps, concurrency, pause (no peer evaluates whole targets)`, [
    { name: `targetAvailability × ${TARGETS}`, ops: availability },
    { name: `routingOrder of ${TARGETS}`, ops: order },
    { name: `targets/s through targetAvailability`, ops: availability * TARGETS },
    { name: `targets/s through routingOrder`, ops: order * TARGETS },
  ])
  return { availability, order }
}
