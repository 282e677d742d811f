// Shared timing for bench/*.bench.mjs: warm up, size a batch to ~100 ms, time five batches and
// take the median. Timings are printed, never asserted.

const ROUNDS = 5
const ROUND_MS = 100
const WARMUP_MS = 150

/** Keeps results alive so the engine cannot drop benchmarked calls as dead code. */
export let sink = 0

/**
 * Median operations per second of `fn(i)` (i counts calls, to vary inputs cheaply).
 * @param {(i: number) => unknown} fn
 */
export function opsPerSecond(fn) {
  // A loop compiled for each benchmark, as benchmark.js does: one shared loop would see every
  // benchmarked function at one call site, go megamorphic, and add its own cost to the fastest.
  const loop = new Function(
    'fn',
    'n',
    'first',
    'let hits = 0; for (let k = 0; k < n; k++) if (fn(first + k)) hits++; return hits',
  )
  // Start each case from a collected heap, so garbage left by the case before is not billed to it.
  if (typeof globalThis.gc === 'function') globalThis.gc()
  let i = 0
  const batch = (n) => {
    const started = performance.now()
    sink += loop(fn, n, i)
    i += n
    return performance.now() - started
  }
  let n = 1
  const warmupEnd = performance.now() + WARMUP_MS
  while (performance.now() < warmupEnd) batch(n)
  while (batch(n) < ROUND_MS / 4) n *= 2
  n = Math.max(1, Math.round((n * ROUND_MS) / Math.max(batch(n), 0.001)))
  const rates = []
  for (let r = 0; r < ROUNDS; r++) rates.push((n / batch(n)) * 1000)
  rates.sort((a, b) => a - b)
  return rates[Math.floor(ROUNDS / 2)]
}

/** `12,345,678` */
export function formatRate(rate) {
  return Math.round(rate).toLocaleString('en-US')
}

/** Prints a table of rows `{ name, ops, baseline? }` with ratios against the baseline. */
export function printTable(title, rows) {
  console.log(`\n## ${title}`)
  console.log('| case | ops/s | ratio |')
  console.log('| --- | ---: | ---: |')
  for (const row of rows) {
    const ratio = row.baseline ? `${(row.ops / row.baseline).toFixed(1)}×` : ''
    console.log(`| ${row.name} | ${formatRate(row.ops)} | ${ratio} |`)
  }
}
