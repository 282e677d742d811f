// Benchmark (issue 22): the router's question at fleet size — isAccepting against
// targetAvailability(...).accepting, at 1,000 and 100,000 targets, with shared weeks (16 distinct
// weeks, 8 zones) and with every target on its own week. Run against the BUILT package.
//
// One op is a pass over all targets at one instant (moving a minute each pass); the table prints
// nanoseconds per target, so 1,000 and 100,000 compare directly. Each case runs three times,
// interleaved with the others, and prints its median: a busy moment of a shared machine then hits
// every case alike. The floor is a loop that reads one field of each target and nothing else — what
// any per-target answer costs once the targets no longer fit in the cache.
//
// CALLHOURS_BEFORE=path/to/an/earlier/dist/index.js adds that build's isAccepting and
// targetAvailability on the same documents, interleaved the same way (a before-and-after in one process).
import * as callhours from '../dist/index.js'
import { FLEET_ZONES, fleetTargetDocument, lcg } from './fixtures.mjs'
import { opsPerSecond } from './measure.mjs'

const AT = Date.UTC(2026, 10, 30, 15)
const ROUNDS = 3

/** Shared weeks: 4 opening hours × 4 lengths = 16 distinct weeks, in 8 zones. */
function sharedDocuments(count) {
  const next = lcg(22)
  return Array.from({ length: count }, (_, i) => {
    const open = 600 + (i % 4) * 100
    const close = open + 800 + (Math.floor(i / 4) % 4) * 100
    return fleetTargetDocument(i, next, open, close)
  })
}

/** Every target its own week: each day's opening hour drawn from 8, so 100,000 targets have 100,000 weeks. */
function ownDocuments(count) {
  const next = lcg(23)
  return Array.from({ length: count }, (_, i) => {
    const document = fleetTargetDocument(i, next, 800, 1700)
    document.target.business_hours = document.target.business_hours.map((record) => {
      const open = 100 * (6 + ((i >> (3 * record.day_of_week)) % 8))
      return { ...record, time_open: open, time_close: open + 800, work_day: true }
    })
    return document
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

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

export async function run() {
  const before = process.env.CALLHOURS_BEFORE ? await import(process.env.CALLHOURS_BEFORE) : undefined
  const rows = []
  for (const [kind, make] of [['shared weeks', sharedDocuments], ['own weeks', ownDocuments]]) {
    for (const count of [1_000, 100_000]) {
      const documents = make(count)
      const targets = documents.map((document) => callhours.parseTarget(document))
      const theirs = before === undefined ? undefined : documents.map((document) => before.parseTarget(document))
      const cases = {
        fast: () => nsPerTarget(targets, (target, at) => callhours.isAccepting(target, at)),
        full: () => nsPerTarget(targets, (target, at) => callhours.targetAvailability(target, at).accepting),
        floor: () => nsPerTarget(targets, (target, at) => target.priority < at),
      }
      if (theirs !== undefined) {
        cases.beforeFast = () => nsPerTarget(theirs, (target, at) => before.isAccepting(target, at))
        cases.beforeFull = () => nsPerTarget(theirs, (target, at) => before.targetAvailability(target, at).accepting)
      }
      const runs = Object.fromEntries(Object.keys(cases).map((name) => [name, []]))
      for (let round = 0; round < ROUNDS; round++) for (const [name, measure] of Object.entries(cases)) runs[name].push(measure())
      rows.push({ kind, count, ...Object.fromEntries(Object.entries(runs).map(([name, values]) => [name, median(values)])) })
    }
  }
  const ns = (value) => (value === undefined ? '–' : value.toFixed(1))
  console.log(`\n## The router's question per target, ${FLEET_ZONES.length} zones (ns per target, median of ${ROUNDS} interleaved runs; lower is faster)`)
  console.log(`| fleet | isAccepting | targetAvailability(…).accepting | ratio | floor: one field of each target |${before ? ' isAccepting, CALLHOURS_BEFORE | targetAvailability, CALLHOURS_BEFORE |' : ''}`)
  console.log(`| --- | ---: | ---: | ---: | ---: |${before ? ' ---: | ---: |' : ''}`)
  for (const row of rows) {
    const then = before ? ` ${ns(row.beforeFast)} | ${ns(row.beforeFull)} |` : ''
    console.log(`| ${row.count.toLocaleString('en-US')} targets, ${row.kind} | ${ns(row.fast)} | ${ns(row.full)} | ${(row.full / row.fast).toFixed(1)}× | ${ns(row.floor)} |${then}`)
  }
  for (const kind of ['shared weeks', 'own weeks']) {
    const [small, big] = rows.filter((row) => row.kind === kind)
    const then = before ? `; CALLHOURS_BEFORE: ${(big.beforeFast / small.beforeFast).toFixed(2)}×` : ''
    console.log(`isAccepting at 100,000 ÷ 1,000 targets (${kind}): ${(big.fast / small.fast).toFixed(2)}× the time per target (the floor: ${(big.floor / small.floor).toFixed(2)}×${then})`)
  }
  return rows
}
