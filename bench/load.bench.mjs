// Load benchmark: what very large or hostile inputs cost — 10^5 and 10^6 records through validation
// and parsing, a 10^4-record diff whose edit names ids the server lacks, and openIntervals over a
// century. Run against the BUILT package from bench/run.mjs (`npm run bench load`).
//
// Unlike the other benches these cases are not timed by bench/measure.mjs: one call takes from
// milliseconds to seconds, so each is called whole, in this process and on the main thread (whose
// stack is the one a routing process has, so a stack overflow shows here as it would there).
import { BusinessHoursError, diffBusinessHours, openIntervals, parseBusinessHours, validateBusinessHours } from '../dist/index.js'

/** Cases faster than this are run three times and the median reported; slower ones once. */
const REPEAT_BELOW_MS = 1_000

/**
 * No case may run longer than this. A synchronous call on the main thread cannot be interrupted,
 * so the guard works ahead of time: a size is skipped when the size before it (or the warm-up)
 * already took so long that even linear growth would pass the limit.
 */
const LIMIT_MS = 60_000

/** Size of the warm-up call made before each family of cases; it also seeds the guard above. */
const WARMUP_SIZE = 1_000

const MB = 1024 * 1024

/** Keeps a case's result reachable between the two heap readings, so the heap it holds is counted. */
let kept = null

/** Valid records cycling the seven days, with distinct ids starting at `firstId`. */
function validRecords(n, firstId = 1) {
  return Array.from({ length: n }, (_, i) => ({
    id: firstId + i,
    day_of_week: i % 7,
    time_open: 900,
    time_close: 1700,
    work_day: true,
    invert: false,
  }))
}

/** Invalid two ways: half `null` entries (not a record at all), half records with `day_of_week: 9`. */
function invalidRecords(n) {
  return Array.from({ length: n }, (_, i) =>
    i % 2 === 0 ? null : { id: i + 1, day_of_week: 9, time_open: 900, time_close: 1700, work_day: true, invert: false },
  )
}

function heapUsed() {
  if (typeof globalThis.gc !== 'function') return Number.NaN
  globalThis.gc()
  return process.memoryUsage().heapUsed
}

/**
 * One call of `fn()`: its time, the heap its result holds (or its error's, when it throws), and
 * what came out. Garbage from building the input is collected before the first reading.
 */
function measureOnce(fn) {
  const before = heapUsed()
  const started = performance.now()
  let threw = false
  try {
    kept = fn()
  } catch (error) {
    threw = true
    kept = error
  }
  const ms = performance.now() - started
  const heldMb = (heapUsed() - before) / MB
  const outcome = { ms, heldMb, threw, value: kept }
  kept = null
  return outcome
}

/** Median of three calls when one call is fast, else the single call; outcome of the first call. */
function measure(fn) {
  const first = measureOnce(fn)
  if (first.ms >= REPEAT_BELOW_MS) return { ...first, runs: 1 }
  const runs = [first, measureOnce(fn), measureOnce(fn)]
  const median = (key) => runs.map((run) => run[key]).sort((a, b) => a - b)[1]
  return { ...first, ms: median('ms'), heldMb: median('heldMb'), runs: 3 }
}

/** `threw RangeError: Maximum call stack size exceeded`, cut to fit a table cell. */
function describeError(error) {
  const name = error?.name ?? typeof error
  const message = String(error?.message ?? error).split('\n')[0]
  return `threw ${name}: ${message.length > 80 ? `${message.slice(0, 77)}…` : message}`
}

/**
 * A family of cases over growing sizes. `makeInput(n)` is built outside the timing; `call(input)` is
 * timed; `describe(outcome)` says what came out and whether it is the expected kind of answer;
 * `goal(outcome, n)`, when given, returns `{ text, met }` for the goal column.
 */
function runFamily({ name, sizes, makeInput, call, describe, goal }) {
  const rows = []
  // Warm up (compile the library's paths), and time it: it is the first step of the guard.
  const warmupInput = makeInput(WARMUP_SIZE)
  let previous = { n: WARMUP_SIZE, ms: measureOnce(() => call(warmupInput)).ms }
  for (const n of sizes) {
    const predictedMs = previous.ms * (n / previous.n)
    if (predictedMs > LIMIT_MS) {
      const note = `skipped: ${previous.n.toLocaleString('en-US')} took ${formatMs(previous.ms)} ms, so this would pass ${LIMIT_MS / 1000} s`
      const goalText = goal ? goal(null, n).text : ''
      rows.push({ name, n, ms: Number.NaN, heldMb: Number.NaN, runs: 0, result: note, goal: goalText ? `${goalText} ✗` : '' })
      continue
    }
    let input = makeInput(n)
    const outcome = measure(() => call(input))
    input = null
    const { result, expected } = describe(outcome)
    let goalCell = ''
    if (goal) {
      const { text, met } = goal(outcome, n)
      if (text) goalCell = `${text} ${expected && met ? '✓' : '✗'}`
    }
    rows.push({ name, n, ms: outcome.ms, heldMb: outcome.heldMb, runs: outcome.runs, result, goal: goalCell })
    previous = { n, ms: outcome.ms }
  }
  return rows
}

/** `1 interval`, `7 intervals`, `10,000 issues`. */
function count(n, noun) {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`
}

function formatMs(ms) {
  if (Number.isNaN(ms)) return '—'
  return ms < 10 ? ms.toFixed(2) : ms < 1000 ? ms.toFixed(1) : Math.round(ms).toLocaleString('en-US')
}

function formatMb(mb) {
  return Number.isNaN(mb) ? '—' : (Math.abs(mb) < 0.05 ? 0 : mb).toFixed(1)
}

/** Describes a validation result; `wantOk` is the kind of answer the input must get. */
function validationOutcome(wantOk) {
  return ({ threw, value }) => {
    if (threw) return { result: describeError(value), expected: false }
    const text = value.ok
      ? `ok, ${count(value.schedule.intervals.length, 'interval')}`
      : count(value.issues.length, 'issue')
    return { result: text, expected: value.ok === wantOk }
  }
}

export async function run() {
  const rows = []

  rows.push(...runFamily({
    name: 'validateBusinessHours, valid records',
    sizes: [1e5, 1e6],
    makeInput: (n) => validRecords(n),
    call: (input) => validateBusinessHours(input),
    describe: validationOutcome(true),
  }))

  rows.push(...runFamily({
    name: 'validateBusinessHours, invalid records (null / day_of_week 9)',
    sizes: [1e5, 1e6],
    makeInput: invalidRecords,
    call: (input) => validateBusinessHours(input),
    describe: validationOutcome(false),
    // The goal is stated for 10^6; at 10^5 the same bounds are shown for reference.
    goal: (outcome, n) => ({
      text: n === 1e6 ? '< 5 s, < 100 MB' : '',
      met: outcome !== null && outcome.ms < 5_000 && outcome.heldMb < 100,
    }),
  }))

  rows.push(...runFamily({
    name: 'parseBusinessHours, valid records',
    sizes: [1e5, 1e6],
    makeInput: (n) => validRecords(n),
    call: (input) => parseBusinessHours(input),
    describe: ({ threw, value }) =>
      threw ? { result: describeError(value), expected: false } : { result: count(value.intervals.length, 'interval'), expected: true },
  }))

  // The server's records spread over the week; the edit carries ids the server never had, so every
  // edited record is an issue and diffBusinessHours must throw them all as one BusinessHoursError.
  const diffSize = 1e4
  const unknownIds = runFamily({
    name: 'diffBusinessHours, edit with ids the server lacks',
    sizes: [diffSize],
    makeInput: (n) => ({ server: validRecords(n), edited: validRecords(n, 1e6 + 1) }),
    call: ({ server, edited }) => diffBusinessHours(server, edited),
    describe: ({ threw, value }) =>
      threw && value instanceof BusinessHoursError
        ? { result: `threw BusinessHoursError, ${count(value.issues.length, 'issue')}`, expected: true }
        : { result: threw ? describeError(value) : `returned ${count(value.length, 'item')} instead of throwing`, expected: false },
    goal: (outcome) => ({ text: '< 100 ms', met: outcome !== null && outcome.ms < 100 }),
  })
  rows.push(...unknownIds)

  rows.push(...runFamily({
    name: 'diffBusinessHours, every record edited (time_close 1800)',
    sizes: [diffSize],
    makeInput: (n) => {
      const server = validRecords(n)
      return { server, edited: server.map((record) => ({ ...record, time_close: 1800 })) }
    },
    call: ({ server, edited }) => diffBusinessHours(server, edited),
    describe: ({ threw, value }) =>
      threw ? { result: describeError(value), expected: false } : { result: count(value.length, 'payload item'), expected: true },
  }))

  // A 24/7 schedule over a century: one interval, however many weeks or clock changes it spans.
  const allWeek = parseBusinessHours([])
  const from = Date.UTC(2000, 0, 1)
  const to = Date.UTC(2100, 0, 1)
  for (const zone of ['UTC', 'America/New_York']) {
    openIntervals(allWeek, from, from + 7 * 86_400_000, zone) // warm-up: formatter and zone caches
    const outcome = measure(() => openIntervals(allWeek, from, to, zone))
    const { result, expected } = outcome.threw
      ? { result: describeError(outcome.value), expected: false }
      : { result: count(outcome.value.length, 'interval'), expected: true }
    rows.push({
      name: `openIntervals, 24/7, 2000–2100, ${zone}`,
      n: null,
      ms: outcome.ms,
      heldMb: outcome.heldMb,
      runs: outcome.runs,
      result,
      goal: `< 10 ms ${expected && outcome.ms < 10 ? '✓' : '✗'}`,
    })
  }

  console.log('\n## load (one call per run; median of 3 runs under 1 s, else 1 run; heap held by the result after gc)')
  console.log('| case | records | time (ms) | heap held (MB) | runs | result | goal |')
  console.log('| --- | ---: | ---: | ---: | ---: | --- | --- |')
  for (const row of rows) {
    const n = row.n === null ? '' : row.n.toLocaleString('en-US')
    console.log(`| ${row.name} | ${n} | ${formatMs(row.ms)} | ${formatMb(row.heldMb)} | ${row.runs} | ${row.result} | ${row.goal} |`)
  }
  if (typeof globalThis.gc !== 'function') console.log('\nHeap held: n/a (run node with --expose-gc)')
  return rows
}
