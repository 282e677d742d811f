// Benchmark: targetAvailability and routingOrder over 1,000 targets, run against the BUILT package
// (`npm run build` first; `npm run bench` does it).
//
// Timing comes from bench/measure.mjs. One op is a pass over all 1,000 targets: 1,000
// targetAvailability calls, or one routingOrder call. No peer library routes Retreaver targets.
import { EPOCH_MS, isAccepting, parseTarget, routingOrder, targetAvailability } from '../dist/index.js'
import { FLEET_ZONES, fleetTargetDocument, lcg } from './fixtures.mjs'
import { opsPerSecond, printTable } from './measure.mjs'

const TARGETS = 1000

/** 1,000 targets as the API returns them: weekday hours of varied length, caps, priorities, weights. */
function makeTargets() {
  const next = lcg(6)
  return Array.from({ length: TARGETS }, (_, i) => {
    const open = 600 + Math.floor(next() * 4) * 100
    const close = open + 800 + Math.floor(next() * 4) * 100
    return parseTarget(fleetTargetDocument(i, next, open, close))
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
  // The same answers with instants as epoch ms: the difference is what the Dates cost.
  const availabilityMs = opsPerSecond((op) => {
    const at = AT + (op % 1440) * 60_000
    let accepting = 0
    for (const target of targets) if (targetAvailability(target, at, EPOCH_MS).accepting) accepting++
    return accepting
  })
  // The router's one question: the same answers, no object built (issue 22).
  const accepting = opsPerSecond((op) => {
    const at = AT + (op % 1440) * 60_000
    let count = 0
    for (const target of targets) if (isAccepting(target, at)) count++
    return count
  })
  const order = opsPerSecond((op) => routingOrder(targets, AT + (op % 1440) * 60_000, { random }).length)
  // An earlier build, when CALLHOURS_BEFORE names its dist/index.js: the same targets parsed by it,
  // the same default (Date) path, timed in this process — the "before" of a speed-up (issue 22).
  const rows = []
  if (process.env.CALLHOURS_BEFORE) {
    const before = await import(process.env.CALLHOURS_BEFORE)
    const next = lcg(6)
    const theirs = Array.from({ length: TARGETS }, (_, i) => {
      const open = 600 + Math.floor(next() * 4) * 100
      const close = open + 800 + Math.floor(next() * 4) * 100
      return before.parseTarget(fleetTargetDocument(i, next, open, close))
    })
    const pass = (availabilityOf, list) => (op) => {
      const at = AT + (op % 1440) * 60_000
      let accepting = 0
      for (const target of list) if (availabilityOf(target, at).accepting) accepting++
      return accepting
    }
    // Alternately, five times each, so that a busy moment of the machine hits both alike; medians.
    const beforeRuns = []
    const nowRuns = []
    for (let round = 0; round < 5; round++) {
      beforeRuns.push(opsPerSecond(pass(before.targetAvailability, theirs)))
      nowRuns.push(opsPerSecond(pass(targetAvailability, targets)))
    }
    const median = (runs) => runs.sort((a, b) => a - b)[2]
    rows.push({ name: `targetAvailability × ${TARGETS}, the build in CALLHOURS_BEFORE (median of 5, alternating)`, ops: median(beforeRuns) })
    rows.push({ name: `targetAvailability × ${TARGETS}, this build (median of 5, alternating; goal ≥ 1.5×)`, ops: median(nowRuns), baseline: median(beforeRuns) })
  }
  printTable(`Targets: ${TARGETS} targets in ${FLEET_ZONES.length} zones, caps, concurrency, pause (no peer evaluates whole targets)`, [
    { name: `targetAvailability × ${TARGETS}`, ops: availability },
    { name: `targetAvailability × ${TARGETS}, EPOCH_MS (ratio: ÷ the Date answers)`, ops: availabilityMs, baseline: availability },
    { name: `isAccepting × ${TARGETS}`, ops: accepting },
    { name: `isAccepting ÷ targetAvailability(…).accepting`, ops: accepting, baseline: availability },
    { name: `routingOrder of ${TARGETS}`, ops: order },
    { name: `targets/s through targetAvailability`, ops: availability * TARGETS },
    { name: `targets/s through routingOrder`, ops: order * TARGETS },
    ...rows,
  ])
  return { availability, accepting, order }
}
