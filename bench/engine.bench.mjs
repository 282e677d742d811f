// Issue 11: the zone engine and compiled schedules, measured where they can fall off a cliff —
// instant order (in order, shuffled over a year, random over 1900–2100), 1 to 100,000 targets, the
// first query in every zone, heap per zone and per distinct schedule — and `isOpen` against the
// throwaway "limit" prototype in bench/limitPrototype.mjs, whose answers are checked first.
// `node --expose-gc bench/run.mjs engine` runs this file alone, after a build (`npx tsup --silent`).
//
// It runs on instances of the built package of its own (`../dist/index.js?engine-…`): the package
// keeps state per module instance (zone caches, interned weeks), and this file must neither inherit
// it from the benches before it nor leave it to those after it (query.bench.mjs also measures first
// queries in new zones and heap per zone). dist/index.js is one self-contained file, so an import
// with its own query string is a fresh copy; the check below says so if that ever stops being true.
import { readFileSync } from 'node:fs'
import { FLEET_ZONES, fleetTargetDocument, lcg, WEEKDAY_RECORDS } from './fixtures.mjs'
import * as limit from './limitPrototype.mjs'
import { formatRate, opsPerSecond } from './measure.mjs'

const DIST = new URL('../dist/index.js', import.meta.url)
const ZONE = 'America/New_York'
const INSTANTS = 16_384
const MASK = INSTANTS - 1
const DAY_MS = 86_400_000
const YEAR_MS = 365 * DAY_MS
/** Monday 2026-11-30 00:00 in New York (05:00Z). */
const MONDAY = Date.UTC(2026, 10, 30, 5)
/** Monday 2026-11-30 15:00Z, as in target.bench.mjs. */
const AT = Date.UTC(2026, 10, 30, 15)
const gc = typeof globalThis.gc === 'function' ? globalThis.gc : null
/** Results are folded into this, so the engine cannot drop measured calls as dead code. */
export let retained = 0

/** A fresh instance of the built package (see the header). */
function freshCallhours(tag) {
  return import(`${DIST.href}?engine-${tag}`)
}


/** The three instant orders of issue 11, 16,384 instants each. */
function instantOrders() {
  const next = lcg(11)
  // Routing asks about "now": each query a few seconds after the one before (22.8 h in all, so the
  // 09:00 opening and the 17:00 closing are both crossed).
  const inOrder = Float64Array.from({ length: INSTANTS }, (_, k) => MONDAY + k * 5000)
  // Spread evenly over 2026 (both clock changes included), then shuffled.
  const shuffled = Float64Array.from({ length: INSTANTS }, (_, k) => Date.UTC(2026, 0, 1) + Math.floor(((k + next()) * YEAR_MS) / INSTANTS))
  for (let k = INSTANTS - 1; k > 0; k--) {
    const j = Math.floor(next() * (k + 1))
    const t = shuffled[k]
    shuffled[k] = shuffled[j]
    shuffled[j] = t
  }
  const from = Date.UTC(1900, 0, 1)
  const span = Date.UTC(2100, 0, 1) - from
  const random = Float64Array.from({ length: INSTANTS }, () => from + Math.floor(next() * span))
  return [
    { name: 'in order ("now", 5 s apart)', instants: inOrder },
    { name: 'shuffled over 2026', instants: shuffled },
    { name: 'random over 1900–2100', instants: random },
  ]
}

/**
 * Median per-call time in ns of `fn(i)`, timed in batches of `batch` calls: warm-up, then at least
 * 11 batches and at most 301, stopping at the first of those bounds after `budgetMs`.
 */
function perCallMedianNs(fn, { batch = 1000, budgetMs = 1000 } = {}) {
  const loop = new Function('fn', 'n', 'first', 'let hits = 0; for (let k = 0; k < n; k++) if (fn(first + k)) hits++; return hits')
  gc?.()
  let i = 0
  let kept = 0
  for (let w = 0; w < 3; w++, i += batch) kept += loop(fn, batch, i)
  const times = []
  const end = performance.now() + budgetMs
  while (times.length < 301 && (times.length < 11 || performance.now() < end)) {
    const started = performance.now()
    kept += loop(fn, batch, i)
    times.push(performance.now() - started)
    i += batch
  }
  retained += kept
  times.sort((a, b) => a - b)
  return (times[Math.floor(times.length / 2)] / batch) * 1e6
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]
}

const ns = (value) => (value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(1))
const ratio = (value) => `${value >= 10 ? value.toFixed(0) : value >= 0.1 ? value.toFixed(2) : value.toPrecision(2)}×`

function table(title, head, rows) {
  console.log(`\n## ${title}`)
  console.log(`| ${head.join(' | ')} |`)
  console.log(`| ${head.map((_, k) => (k === 0 ? '---' : '---:')).join(' | ')} |`)
  for (const row of rows) console.log(`| ${row.join(' | ')} |`)
}

// ——— 1–3: isOpen against the limit, per-call p50, nextOpening/nextClosing ———
async function queries() {
  const callhours = await freshCallhours('queries')
  const { isOpen, nextClosing, nextOpening, parseBusinessHours } = callhours
  const schedule = parseBusinessHours(WEEKDAY_RECORDS)
  const week = limit.compileWeek(schedule.intervals)
  const built = performance.now()
  const zone = limit.buildZone(ZONE)
  const buildMs = performance.now() - built
  const orders = instantOrders()

  // Both must give the same answers before their speeds are compared.
  const agreement = []
  let disagreements = 0
  for (const { name, instants } of orders) {
    let differ = 0
    const examples = []
    for (const ms of instants) {
      if (isOpen(schedule, ms, ZONE) !== limit.isOpen(week, zone, ms)) {
        differ++
        if (examples.length < 3) examples.push(new Date(ms).toISOString())
      }
    }
    disagreements += differ
    agreement.push([name, INSTANTS.toLocaleString('en-US'), differ === 0 ? '0' : `**${differ}** (e.g. ${examples.join(', ')})`])
  }
  table(`isOpen: callhours and the limit prototype agree? (${ZONE}, weekday schedule of bench/fixtures.mjs)`, ['instants', 'checked', 'disagreements'], agreement)
  console.log(`\nLimit prototype: ${zone.offsets.length} offset stretches over 1850–2250 for ${ZONE}, built with Intl in ${buildMs.toFixed(0)} ms (not timed below).`)
  if (disagreements > 0) {
    console.log(`\n**WARNING: callhours isOpen and the limit prototype DISAGREE on ${disagreements} instants: the ratios below compare different answers.**`)
  }

  const rows = []
  for (const { name, instants } of orders) {
    const mine = opsPerSecond((i) => isOpen(schedule, instants[i & MASK], ZONE))
    const reference = opsPerSecond((i) => limit.isOpen(week, zone, instants[i & MASK]))
    rows.push([name, formatRate(mine), formatRate(reference), ratio(mine / reference)])
  }
  table(`isOpen, ${ZONE}: callhours against the limit prototype`, ['instants', 'callhours ops/s', 'limit prototype ops/s', 'callhours ÷ prototype'], rows)

  const p50 = orders.map(({ name, instants }) => ({
    name,
    mine: perCallMedianNs((i) => isOpen(schedule, instants[i & MASK], ZONE)),
    reference: perCallMedianNs((i) => limit.isOpen(week, zone, instants[i & MASK])),
  }))
  const [first, , last] = p50
  table(
    'isOpen per call: median over batches of 1,000 calls',
    ['instants', 'callhours p50 ns/call', 'limit prototype p50 ns/call'],
    [
      ...p50.map((row) => [row.name, ns(row.mine), ns(row.reference)]),
      [`${last.name} ÷ ${first.name}`, ratio(last.mine / first.mine), ratio(last.reference / first.reference)],
    ],
  )

  // Issue 11 adds a path that answers in epoch ms (`EPOCH_MS`); measured beside the Date path when the
  // build has it.
  const msPath = callhours.EPOCH_MS
  const nextRows = orders.map(({ name, instants }) => {
    const opening = opsPerSecond((i) => nextOpening(schedule, instants[i & MASK], ZONE))
    const closing = opsPerSecond((i) => nextClosing(schedule, instants[i & MASK], ZONE))
    if (msPath === undefined) return [name, formatRate(opening), formatRate(closing)]
    const openingMs = opsPerSecond((i) => nextOpening(schedule, instants[i & MASK], ZONE, msPath))
    const closingMs = opsPerSecond((i) => nextClosing(schedule, instants[i & MASK], ZONE, msPath))
    return [name, formatRate(opening), formatRate(closing), formatRate(openingMs), formatRate(closingMs), `${ratio(openingMs / opening)} / ${ratio(closingMs / closing)}`]
  })
  table(
    `nextOpening / nextClosing, ${ZONE} (epoch ms in)`,
    msPath === undefined
      ? ['instants', 'nextOpening ops/s (Date out)', 'nextClosing ops/s (Date out)']
      : ['instants', 'nextOpening ops/s (Date out)', 'nextClosing ops/s (Date out)', 'nextOpening ops/s (EPOCH_MS)', 'nextClosing ops/s (EPOCH_MS)', 'EPOCH_MS ÷ Date, opening / closing'],
    nextRows,
  )
  return { disagreements }
}

// ——— 4: targets at scale ———

/** Zones as the API sends them, as in target.bench.mjs: Rails names and IANA ids, +05:45 among them. */
/** `count` targets as the API returns them; 16 distinct weeks (4 openings × 4 lengths), 8 zones. */
function makeTargets(parseTarget, count) {
  const next = lcg(6)
  return Array.from({ length: count }, (_, i) => {
    const week = Math.floor(next() * 16)
    const open = 600 + (week & 3) * 100
    return parseTarget(fleetTargetDocument(i, next, open, open + 800 + (week >> 2) * 100))
  })
}

async function targetsAtScale() {
  const { parseTarget, routingOrder, targetAvailability } = await freshCallhours('targets')
  const counts = [1, 1000, 100_000]
  const results = []
  for (const count of counts) {
    const started = performance.now()
    let targets = makeTargets(parseTarget, count)
    const parseMs = performance.now() - started
    const random = lcg(2026)
    // One op is one pass over all the targets at one instant; each op moves a minute on.
    const availability = opsPerSecond((op) => {
      const at = AT + (op % 1440) * 60_000
      let accepting = 0
      for (let k = 0; k < targets.length; k++) if (targetAvailability(targets[k], at).accepting) accepting++
      return accepting
    })
    const order = opsPerSecond((op) => routingOrder(targets, AT + (op % 1440) * 60_000, { random }).length)
    results.push({ count, availabilityNs: 1e9 / (availability * count), orderNs: 1e9 / (order * count), parseMs })
    targets = null
  }
  const at = (count) => results.find((r) => r.count === count)
  table(
    `Targets at scale: ${FLEET_ZONES.length} zones, 16 distinct weeks, caps, concurrency, pause (parseTarget)`,
    ['targets', 'targetAvailability ns/target', 'routingOrder ns/target', 'parseTarget, all (ms)'],
    [
      ...results.map((r) => [r.count.toLocaleString('en-US'), ns(r.availabilityNs), ns(r.orderNs), r.parseMs.toFixed(0)]),
      ['100,000 ÷ 1,000', ratio(at(100_000).availabilityNs / at(1000).availabilityNs), ratio(at(100_000).orderNs / at(1000).orderNs), ''],
    ],
  )
}

// ——— 5: the first query in a zone never seen ———
async function firstQueries(zones) {
  const { isOpen, parseBusinessHours } = await freshCallhours('first-query')
  const schedule = parseBusinessHours(WEEKDAY_RECORDS)
  const times = []
  for (const zone of zones) {
    const started = performance.now()
    isOpen(schedule, AT, zone)
    times.push({ zone, ms: performance.now() - started })
  }
  const worst = times.reduce((a, b) => (b.ms > a.ms ? b : a))
  const sorted = times.map((t) => t.ms).sort((a, b) => a - b)
  table(
    `First isOpen in a zone never seen: every zone of Intl.supportedValuesOf('timeZone'), in its order, one fresh package instance`,
    ['zones', 'p50 ms', 'p99 ms', 'max ms'],
    [[String(zones.length), percentile(sorted, 0.5).toFixed(3), percentile(sorted, 0.99).toFixed(3), `${worst.ms.toFixed(3)} (${worst.zone}${worst.zone === zones[0] ? ', the first call of the instance' : ''})`]],
  )
}

// ——— 6: heap per zone and per distinct schedule ———
/** Bytes held after a full collection: the JS heap, and the backing stores of typed arrays (not in it). */
function memory() {
  gc()
  gc()
  const { heapUsed, arrayBuffers } = process.memoryUsage()
  return { heap: heapUsed, buffers: arrayBuffers }
}

/** Bytes each of `count` things, `[heap, typed arrays, total]`, between two `memory()` readings. */
function held(before, after, count) {
  const heap = (after.heap - before.heap) / count
  const buffers = (after.buffers - before.buffers) / count
  return [heap, buffers, heap + buffers].map((bytes) => Math.round(bytes).toLocaleString('en-US'))
}

async function heapPerZone(zones) {
  // One instance, warmed on one zone; the others are then queried every 6 hours through 2026.
  const { isOpen, parseBusinessHours } = await freshCallhours('heap-zones')
  const schedule = parseBusinessHours(WEEKDAY_RECORDS)
  const [warm, ...fresh] = zones
  const year = (zone) => {
    let open = 0
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 6 * 3_600_000) if (isOpen(schedule, t, zone)) open++
    return open
  }
  retained += year(warm)
  const before = memory()
  for (const zone of fresh) retained += year(zone)
  const after = memory()
  return { zones: fresh.length, queries: YEAR_MS / (6 * 3_600_000), bytes: held(before, after, fresh.length) }
}

async function heapPerSchedule() {
  const { isOpen, parseBusinessHours } = await freshCallhours('heap-schedules')
  const military = (minutes) => Math.floor(minutes / 60) * 100 + (minutes % 60)
  // Distinct weeks: Monday opens at one of 600 minutes, Tuesday at one of 17 quarter hours, and
  // Wednesday closes at 17:00 (the 10,000 measured) or 18:00 (the 500 that warm the instance up).
  const weeks = (count, wednesdayClose) =>
    Array.from({ length: count }, (_, k) =>
      WEEKDAY_RECORDS.map((record) =>
        record.day_of_week === 1
          ? { ...record, time_open: military(k % 600) }
          : record.day_of_week === 2
            ? { ...record, time_open: military(Math.floor(k / 600) * 15) }
            : record.day_of_week === 3
              ? { ...record, time_close: wednesdayClose }
              : record,
      ),
    )
  // The instance's first-use state and the code the engine compiles for parsing and querying are
  // not a schedule's, so they are made before the first measurement.
  const warm = weeks(500, 1800).map((records) => parseBusinessHours(records))
  for (const schedule of warm) if (isOpen(schedule, AT, 'UTC')) retained++
  const inputs = weeks(10_000, 1700)
  const before = memory()
  const schedules = inputs.map((records) => parseBusinessHours(records))
  const parsed = memory()
  for (const schedule of schedules) if (isOpen(schedule, AT, 'UTC')) retained++
  const queried = memory()
  const distinct = new Set(schedules.map((s) => JSON.stringify(s.intervals))).size
  retained += warm.length
  return { count: schedules.length, distinct, parsed: held(before, parsed, schedules.length), queried: held(before, queried, schedules.length) }
}

async function heap(zones) {
  if (!gc) {
    console.log('\nHeap per zone and per schedule: n/a (run node with --expose-gc)')
    return
  }
  const perZone = await heapPerZone(zones)
  const perSchedule = await heapPerSchedule()
  table(
    'Memory held (after a full collection, before and after; fresh package instances)',
    ['what', 'heapUsed bytes each', 'typed-array bytes each', 'total bytes each'],
    [
      [`per zone: ${perZone.zones} zones, each queried ${perZone.queries.toLocaleString('en-US')} times (every 6 h through 2026)`, ...perZone.bytes],
      [`per schedule: ${perSchedule.count.toLocaleString('en-US')} parsed (${perSchedule.distinct.toLocaleString('en-US')} distinct weeks), kept alive`, ...perSchedule.parsed],
      ['per schedule: the same, after one isOpen each', ...perSchedule.queried],
    ],
  )
}

export async function run() {
  if (/^\s*(import|export)\b[^;]*\bfrom\s*['"]\.\.?\//m.test(readFileSync(DIST, 'utf8'))) {
    console.log('\n**WARNING: dist/index.js imports other files; the fresh instances below share their state.**')
  }
  const started = performance.now()
  const zones = Intl.supportedValuesOf('timeZone')
  const { disagreements } = await queries()
  await targetsAtScale()
  await firstQueries(zones)
  await heap(zones)
  console.log(`\nengine bench: ${((performance.now() - started) / 1000).toFixed(1)} s`)
  return { disagreements }
}
