// Issues 13 and 20 benchmark: coverage and routingTimeline of fleets of 100, 1,000 and 10,000
// targets over 365 days, in mixed zones, with 5 distinct weekly schedules plus holidays on half of
// them, with and without caps; then 50,000 targets over 366 days with one shared holiday list and
// without holidays (issue 20, item 8), routingTimeline of 10,000 targets over 3 days (item 7), and
// the CLI's `coverage` on 50,000 targets over 366 days, and `coverage --json`/`routes --json` on
// 10,000 over 365 days, each in a child process with a 1 GB heap: time and peak heap (items 5, 6).
// One call per case (the median of three, after one warm-up call), and the heap the answer holds.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { coverage, parseTarget, routingTimeline, coverageSummary, scheduleFromIntervals, validateExceptions } from '../dist/index.js'
import { FLEET_ZONES, fleetTargetDocument, lcg } from './fixtures.mjs'

const FROM = Date.UTC(2026, 0, 1)
const TO = FROM + 365 * 86_400_000
/** Five distinct weekly schedules: [open, close] on weekdays. */
const HOURS = [[800, 1600], [900, 1700], [1000, 1800], [1200, 2000], [0, 2400]]
const HOLIDAYS = ['--01-01', '--07-04', '--12-25', '2026-11-26', '2026-05-25', '2026-09-07'].map((date) => ({ date, closed: true }))
const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url))

/** Target documents; `holidays(i)` says whether target i keeps the holidays. */
function documents(size) {
  const next = lcg(size)
  const docs = []
  for (let i = 0; i < size; i++) {
    const [open, close] = HOURS[i % HOURS.length]
    docs.push(fleetTargetDocument(i, next, open, close))
  }
  return docs
}

function fleet(size, holidays = (i) => i % 2 === 0) {
  // Every target with holidays is parsed with them: a calendar object per target, as a fleet read from a file is.
  return documents(size).map((doc, i) => parseTarget(doc, holidays(i) ? { exceptions: HOLIDAYS } : undefined))
}

/**
 * Classes of targets that accept alike, counted here by the rule issue 20 asks for (the same week,
 * exceptions and zone, by content), and as before it (by calendar object and zone), paused targets aside.
 */
function classCounts(targets) {
  const byContent = new Set()
  const byObject = new Set()
  const ids = new Map()
  for (const target of targets) {
    if (target.paused) continue
    const hours = target.schedule
    const week = 'exceptions' in hours ? hours.schedule : hours
    const exceptions = 'exceptions' in hours ? JSON.stringify(hours.exceptions) : ''
    byContent.add(`${JSON.stringify(week.intervals)}|${exceptions}|${target.timeZone}`)
    if (!ids.has(hours)) ids.set(hours, ids.size)
    byObject.add(`${ids.get(hours)}|${target.timeZone}`)
  }
  return { byContent: byContent.size, byObject: byObject.size }
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

/**
 * Runs the CLI in a child process with a 1 GB heap, its stdout read from a pipe as it comes (and
 * counted, not kept): the exit code, the time, and the peak heap the garbage collector saw (the
 * largest "used before collection" that --trace-gc prints, on stdout, among the command's output).
 */
function cliRun(args) {
  return new Promise((resolve) => {
    const started = performance.now()
    const child = spawn(process.execPath, ['--max-old-space-size=1024', '--trace-gc', CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    let peak = 0
    let bytes = 0
    let rest = ''
    let stderr = ''
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk) => {
      bytes += chunk.length
      const lines = (rest + chunk).split('\n')
      rest = lines.pop()
      for (const line of lines) {
        // "[pid:0x…]   123 ms: Mark-Compact 512.3 (530.1) -> 300.2 (320.0) MB, …": used before the collection.
        const match = /^\[\d+:0x[0-9a-f]+\].*?(?:Scavenge|Mark-Compact|Mark-sweep)[^\d]*([\d.]+) \(/.exec(line)
        if (match) peak = Math.max(peak, Number(match[1]))
      }
    })
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (chunk) => {
      if (stderr.length < 10_000) stderr += chunk
    })
    child.on('close', (code) => {
      const error = stderr.split('\n').filter((line) => line.startsWith('callhours') || line.includes('FATAL')).join(' ')
      resolve({ code, ms: performance.now() - started, peakMb: peak, outMb: bytes / 1e6, error })
    })
  })
}

export async function run() {
  console.log(`\n## coverage and routingTimeline over 365 days (${FLEET_ZONES.length} zones, ${HOURS.length} weekly schedules, holidays on half the targets)`)
  console.log('| targets | classes (by content / by calendar object) | coverage (ms) | ns per target-day | segments | gaps | with caps (ms) | routingTimeline (ms) | coverageSummary (ms) | answer held (MB) |')
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
  for (const size of [100, 1_000, 10_000]) {
    const targets = fleet(size)
    const classes = classCounts(targets)
    const plain = median3(() => coverage(targets, FROM, TO, { epochMs: true }))
    const capped = median3(() => coverage(targets, FROM, TO, { caps: true, epochMs: true }))
    const timeline = median3(() => routingTimeline(targets, FROM, TO, { epochMs: true }))
    const summary = median3(() => coverageSummary(plain.result))
    const held = heldMb(() => coverage(targets, FROM, TO, { epochMs: true }))
    const perTargetDay = (plain.ms * 1e6) / (size * 365)
    console.log(
      `| ${size.toLocaleString('en-US')} | ${classes.byContent} / ${classes.byObject} | ${plain.ms.toFixed(1)} | ${perTargetDay.toFixed(0)} | ${plain.result.segments.length.toLocaleString('en-US')} | ${plain.result.gaps.length} | ${capped.ms.toFixed(1)} | ${timeline.ms.toFixed(1)} | ${summary.ms.toFixed(1)} | ${held.toFixed(1)} |`,
    )
  }

  console.log('\n## 50,000 targets over 366 days: one shared holiday list (a calendar object per target) ÷ no holidays')
  console.log('| case | classes (by content / by calendar object) | coverage (ms) | distinct sets | answer held (MB) |')
  console.log('| --- | ---: | ---: | ---: | ---: |')
  const YEAR_TO = FROM + 366 * 86_400_000
  const rows = {}
  const checked = validateExceptions(HOLIDAYS).exceptions
  // Each fleet made when its turn comes, so that one fleet at a time is alive (150,000 targets at once would slow the later rows).
  const cases = [
    ['no holidays', () => documents(50_000).map((doc) => parseTarget(doc))],
    ['shared holidays, validated once (as the CLI reads them)', () => documents(50_000).map((doc) => parseTarget(doc, { exceptions: checked }))],
    ['shared holidays, raw list given to each parseTarget', () => fleet(50_000, () => true)],
  ]
  for (const [name, make] of cases) {
    let targets = make()
    const classes = classCounts(targets)
    const timed = median3(() => coverage(targets, FROM, YEAR_TO, { epochMs: true }))
    const sets = new Set(timed.result.segments.map((segment) => segment.targets)).size
    const held = heldMb(() => coverage(targets, FROM, YEAR_TO, { epochMs: true }))
    rows[name] = timed.ms
    console.log(`| ${name} | ${classes.byContent} / ${classes.byObject} | ${timed.ms.toFixed(0)} | ${sets} | ${held.toFixed(1)} |`)
    targets = undefined
    globalThis.gc?.()
  }
  for (const name of Object.keys(rows).slice(1)) console.log(`ratio ${name} ÷ no holidays: ${(rows[name] / rows['no holidays']).toFixed(2)}× (goal ≤ 2×)`)

  console.log('\n## 10,000 targets with 2,000 distinct weeks over 365 days: thousands of classes, where confirming a set by its classes costs most')
  {
    const next = lcg(7)
    const targets = documents(10_000).map((doc, i) => {
      const open = 420 + ((i % 2000) % 300)
      const close = open + 300 + Math.floor((i % 2000) / 300) * 30
      next()
      return { ...parseTarget(doc), schedule: scheduleFromIntervals([1, 2, 3, 4, 5].map((d) => ({ start: d * 1440 + open, end: d * 1440 + close }))) }
    })
    const classes = classCounts(targets)
    const timed = median3(() => coverage(targets, FROM, TO, { epochMs: true }))
    const sets = new Set(timed.result.segments.map((segment) => segment.targets)).size
    console.log(`${classes.byContent} classes: coverage ${timed.ms.toFixed(0)} ms, ${timed.result.segments.length.toLocaleString('en-US')} segments, ${sets.toLocaleString('en-US')} distinct sets`)
  }

  console.log('\n## routingTimeline of 10,000 targets over 3 days')
  const three = fleet(10_000)
  const timeline = median3(() => routingTimeline(three, FROM, FROM + 3 * 86_400_000, { epochMs: true }))
  const timelineHeld = heldMb(() => routingTimeline(three, FROM, FROM + 3 * 86_400_000, { epochMs: true }))
  console.log(`${timeline.ms.toFixed(0)} ms, ${timeline.result.segments.length} segments, answer held ${timelineHeld.toFixed(1)} MB`)

  console.log('\n## The CLI in a child process with --max-old-space-size=1024 (stdout read from a pipe and counted): time, peak heap at a collection')
  console.log('| command | exit | time (s) | peak heap (MB) | output (MB) |')
  console.log('| --- | ---: | ---: | ---: | ---: |')
  const dir = mkdtempSync(join(tmpdir(), 'callhours-bench-'))
  try {
    const big = join(dir, 'fleet-50000.json')
    writeFileSync(big, JSON.stringify(documents(50_000)))
    const mid = join(dir, 'fleet-10000.json')
    writeFileSync(mid, JSON.stringify(documents(10_000)))
    const holidays = join(dir, 'holidays.json')
    writeFileSync(holidays, JSON.stringify(HOLIDAYS))
    const cases = [
      ['coverage 50,000 targets, 366 days, shared holidays', ['coverage', big, '--from', '2026-01-01T00:00Z', '--days', '366', '--exceptions', holidays, '--no-color']],
      ['coverage 50,000 targets, 366 days, --svg', ['coverage', big, '--from', '2026-01-01T00:00Z', '--days', '366', '--svg', join(dir, 'heat.svg'), '--no-color']],
      ['coverage --json 10,000 targets, 365 days', ['coverage', mid, '--from', '2026-01-01T00:00Z', '--days', '365', '--json']],
      ['routes --json 10,000 targets, 365 days', ['routes', mid, '--from', '2026-01-01T00:00Z', '--days', '365', '--json']],
    ]
    for (const [name, args] of cases) {
      const result = await cliRun(args)
      console.log(`| ${name} | ${result.code}${result.error ? ` (${result.error.slice(0, 80)})` : ''} | ${(result.ms / 1000).toFixed(1)} | ${result.peakMb.toFixed(0)} | ${result.outMb.toFixed(1)} |`)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
