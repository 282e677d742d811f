// Benchmark (issue 22): the router's question at fleet size — isAccepting against
// targetAvailability(...).accepting, at 1,000 and 100,000 targets, with shared weeks (16 distinct
// weeks, 8 zones) and with every target on its own week. Run against the BUILT package.
//
// One op is a pass over all targets at one instant (moving a minute each pass); the table prints
// nanoseconds per target, so 1,000 and 100,000 compare directly.
import { isAccepting, parseTarget, targetAvailability } from '../dist/index.js'
import { FLEET_ZONES, fleetTargetDocument, lcg } from './fixtures.mjs'
import { opsPerSecond } from './measure.mjs'

const AT = Date.UTC(2026, 10, 30, 15)

/** Shared weeks: 4 opening hours × 4 lengths = 16 distinct weeks, in 8 zones. */
function sharedTargets(count) {
  const next = lcg(22)
  return Array.from({ length: count }, (_, i) => {
    const open = 600 + (i % 4) * 100
    const close = open + 800 + (Math.floor(i / 4) % 4) * 100
    return parseTarget(fleetTargetDocument(i, next, open, close))
  })
}

/** Every target its own week: each day's opening hour drawn from 8, so 100,000 targets have 100,000 weeks. */
function ownTargets(count) {
  const next = lcg(23)
  return Array.from({ length: count }, (_, i) => {
    const document = fleetTargetDocument(i, next, 800, 1700)
    document.target.business_hours = document.target.business_hours.map((record) => {
      const open = 100 * (6 + ((i >> (3 * record.day_of_week)) % 8))
      return { ...record, time_open: open, time_close: open + 800, work_day: true }
    })
    return parseTarget(document)
  })
}

function nsPerTarget(targets, ask) {
  const passes = opsPerSecond((op) => {
    const at = AT + (op % 1440) * 60_000
    let accepting = 0
    for (const target of targets) if (ask(target, at)) accepting++
    return accepting
  })
  return 1e9 / (passes * targets.length)
}

export async function run() {
  const rows = []
  for (const [kind, make] of [['shared weeks', sharedTargets], ['own weeks', ownTargets]]) {
    for (const count of [1_000, 100_000]) {
      const targets = make(count)
      const fast = nsPerTarget(targets, (target, at) => isAccepting(target, at))
      const full = nsPerTarget(targets, (target, at) => targetAvailability(target, at).accepting)
      rows.push({ kind, count, fast, full })
    }
  }
  console.log(`\n## The router's question per target, ${FLEET_ZONES.length} zones (ns per target; lower is faster)`)
  console.log('| fleet | isAccepting | targetAvailability(…).accepting | ratio |')
  console.log('| --- | ---: | ---: | ---: |')
  for (const row of rows) console.log(`| ${row.count.toLocaleString('en-US')} targets, ${row.kind} | ${row.fast.toFixed(1)} | ${row.full.toFixed(1)} | ${(row.full / row.fast).toFixed(1)}× |`)
  for (const kind of ['shared weeks', 'own weeks']) {
    const [small, big] = rows.filter((row) => row.kind === kind)
    console.log(`isAccepting at 100,000 ÷ 1,000 targets (${kind}): ${(big.fast / small.fast).toFixed(2)}× the time per target`)
  }
  return rows
}
