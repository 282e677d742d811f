// Benchmark: targetAvailability and routingOrder over 1,000 targets, run against the BUILT package
// (`npm run build` first; `npm run bench` does it).
//
// Timing comes from bench/measure.mjs. One op is a pass over all 1,000 targets: 1,000
// targetAvailability calls, or one routingOrder call. No peer library routes Retreaver targets.
import { isAccepting, parseTarget, routingOrder, targetAvailability } from '../dist/index.js'
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
  // The router's one question: the same answers, no object built (issue 22).
  const accepting = opsPerSecond((op) => {
    const at = AT + (op % 1440) * 60_000
    let count = 0
    for (const target of targets) if (isAccepting(target, at)) count++
    return count
  })
  const order = opsPerSecond((op) => routingOrder(targets, AT + (op % 1440) * 60_000, { random }).length)
  printTable(`Targets: ${TARGETS} targets in ${FLEET_ZONES.length} zones, caps, concurrency, pause (no peer evaluates whole targets)`, [
    { name: `targetAvailability × ${TARGETS}`, ops: availability },
    { name: `isAccepting × ${TARGETS}`, ops: accepting },
    { name: `isAccepting ÷ targetAvailability(…).accepting`, ops: accepting, baseline: availability },
    { name: `routingOrder of ${TARGETS}`, ops: order },
    { name: `targets/s through targetAvailability`, ops: availability * TARGETS },
    { name: `targets/s through routingOrder`, ops: order * TARGETS },
  ])
  return { availability, accepting, order }
}
