#!/usr/bin/env node
// The browser check: loads test/browser/page.html in headless Chromium, which runs the shared cases
// (test/browser/cases.mjs) on the built ESM bundle dist/index.js, and compares every answer with the
// same cases run here in Node on the same file. test/browserSafety.test.ts checks the source
// statically; this checks that the bundle really loads and answers alike in a browser engine, whose
// Intl and time-zone data are not Node's.
//
//   npx tsup --silent && node test/browser/run.mjs
//
// Exit 0 when every case agrees, 1 otherwise (or when something is missing or times out). With
// CALLHOURS_BROWSER_OPTIONAL=1 a missing Chromium is a skip (exit 0) instead of a failure. $CHROMIUM
// names the browser binary; CALLHOURS_BROWSER_TIMEOUT_MS bounds Chromium (default 60000).
// See docs/browser.md.

import { spawn } from 'node:child_process'
import { accessSync, constants, createReadStream, existsSync, mkdtempSync, readdirSync, realpathSync, rmSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { delimiter, extname, isAbsolute, join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { isDeepStrictEqual } from 'node:util'
import { runCases } from './cases.mjs'

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)))
const REAL_ROOT = realpathSync(ROOT)
const BUNDLE = join(ROOT, 'dist', 'index.js')
const PAGE_PATH = '/test/browser/page.html'
const CHROMIUM_TIMEOUT_MS = Number(process.env.CALLHOURS_BROWSER_TIMEOUT_MS) || 60_000
/** The whole run, server included, never outlives this. */
const HARD_DEADLINE_MS = CHROMIUM_TIMEOUT_MS + 15_000
/** Virtual time Chromium lets the page run before dumping the DOM; module loads finish well inside it. */
const VIRTUAL_TIME_BUDGET_MS = 10_000
/**
 * Chromium's local zone during the check: +12:45/+13:45 with DST in the southern summer, unlike
 * every zone the cases ask about, so an answer that leaked the process zone would disagree with
 * Node's (which runs in whatever zone the machine has).
 */
const PAGE_TIME_ZONE = 'Pacific/Chatham'
const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
}
const MAX_DIFFERENCES_SHOWN = 5

const startedAt = performance.now()
const cleanups = []

function cleanUp() {
  while (cleanups.length > 0) {
    try {
      cleanups.pop()()
    } catch {
      // Best effort: cleaning up must never turn a result into a crash.
    }
  }
}

function fail(lines) {
  for (const line of [].concat(lines)) console.error(line)
  cleanUp()
  process.exit(1)
}

process.on('exit', cleanUp)
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => fail(`browser: interrupted by ${signal}`))
}
setTimeout(() => fail(`browser: FAILED: the check did not finish within ${HARD_DEADLINE_MS / 1000} s`), HARD_DEADLINE_MS).unref()

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK)
    return statSync(path).isFile()
  } catch {
    return false
  }
}

/** $CHROMIUM when set, else the Debian and Ubuntu names in /usr/bin, then on PATH. */
function findChromium() {
  if (process.env.CHROMIUM) return isExecutable(process.env.CHROMIUM) ? process.env.CHROMIUM : null
  const onPath = (process.env.PATH ?? '').split(delimiter).filter(Boolean)
    .flatMap((dir) => [join(dir, 'chromium'), join(dir, 'chromium-browser')])
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', ...onPath].find(isExecutable) ?? null
}

/** Newest .ts file under a folder, for the stale-bundle note. */
function newestSource(dir) {
  let newest = { path: null, mtimeMs: 0 }
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    const candidate = entry.isDirectory() ? newestSource(path) : entry.name.endsWith('.ts') ? { path, mtimeMs: statSync(path).mtimeMs } : newest
    if (candidate.mtimeMs > newest.mtimeMs) newest = candidate
  }
  return newest
}

/** Serves files under the repository root, read-only, on 127.0.0.1 with an ephemeral port. */
async function startServer(requests) {
  const server = createServer((request, response) => {
    const send = (status, text) => {
      requests.push(`${status} ${request.method} ${request.url}`)
      response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' })
      response.end(request.method === 'HEAD' ? undefined : `${text}\n`)
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, 'method not allowed')
    let path
    try {
      path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname)
    } catch {
      return send(400, 'bad path')
    }
    const file = resolve(ROOT, `.${path}`)
    const inside = relative(ROOT, file)
    if (inside === '' || inside.startsWith('..') || isAbsolute(inside) || path.includes('\0')) return send(403, 'outside the repository')
    const contentType = CONTENT_TYPES[extname(file)]
    if (!contentType) return send(403, 'not a page or script')
    let size
    try {
      const stats = statSync(file)
      if (!stats.isFile()) return send(404, 'not found')
      // A symlink inside the repository may point out of it.
      if (relative(REAL_ROOT, realpathSync(file)).startsWith('..')) return send(403, 'outside the repository')
      size = stats.size
    } catch {
      return send(404, 'not found')
    }
    requests.push(`200 ${request.method} ${request.url}`)
    response.writeHead(200, { 'content-type': contentType, 'content-length': size, 'cache-control': 'no-store' })
    if (request.method === 'HEAD') return response.end()
    createReadStream(file).on('error', () => response.destroy()).pipe(response)
  })
  await new Promise((resolveListen, rejectListen) => {
    server.once('error', rejectListen)
    server.listen(0, '127.0.0.1', resolveListen)
  })
  const stop = () => {
    server.close()
    server.closeAllConnections()
  }
  cleanups.push(stop)
  return { port: server.address().port, stop }
}

/** Runs Chromium to completion or kills it (its whole process group) at the timeout. */
async function dumpDom(chromium, url) {
  const profile = mkdtempSync(join(tmpdir(), 'callhours-chromium-'))
  cleanups.push(() => rmSync(profile, { recursive: true, force: true }))
  const args = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-proxy-server',
    `--user-data-dir=${profile}`,
    // Without a budget --dump-dom can fire before the module scripts have run (it did, 2 runs in 3).
    `--virtual-time-budget=${VIRTUAL_TIME_BUDGET_MS}`,
    // The page's console (a blocked import says why there) goes to stderr, for the diagnostics.
    '--enable-logging=stderr',
    '--v=0',
    '--dump-dom',
    url,
  ]
  // detached: Chromium gets its own process group, so a timeout can end it and every helper
  // process it started, and nothing else.
  const child = spawn(chromium, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, TZ: PAGE_TIME_ZONE },
  })
  let ended = false
  const killGroup = () => {
    if (ended) return // the group is gone; its id may belong to someone else by now
    try {
      process.kill(-child.pid, 'SIGKILL')
    } catch {
      // Already gone.
    }
  }
  cleanups.push(killGroup)
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk) => { stdout += chunk })
  child.stderr.setEncoding('utf8').on('data', (chunk) => { stderr = (stderr + chunk).slice(-20_000) })
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    killGroup()
  }, CHROMIUM_TIMEOUT_MS)
  const outcome = await new Promise((resolveRun) => {
    child.once('error', (error) => resolveRun({ code: null, signal: null, spawnError: error }))
    child.once('exit', (code, signal) => {
      // Helpers left behind would hold the pipes open; end them with their parent.
      killGroup()
      child.once('close', () => {
        ended = true
        resolveRun({ code, signal })
      })
    })
  })
  clearTimeout(timer)
  return { ...outcome, timedOut, stdout, stderr }
}

/** Where two JSON values first differ, as a path and the two values there. */
function firstDifference(browser, node, path = '') {
  if (isDeepStrictEqual(browser, node)) return null
  if (typeof browser === 'string' && typeof node === 'string') {
    let index = 0
    while (browser[index] === node[index]) index++
    const from = Math.max(0, index - 30)
    return { path: `${path}[char ${index}]`, browser: browser.slice(from, index + 30), node: node.slice(from, index + 30) }
  }
  if (browser && node && typeof browser === 'object' && typeof node === 'object' && Array.isArray(browser) === Array.isArray(node)) {
    const keys = Array.isArray(browser)
      ? Array.from({ length: Math.max(browser.length, node.length) }, (_, i) => i)
      : [...new Set([...Object.keys(browser), ...Object.keys(node)])]
    for (const key of keys) {
      const inner = firstDifference(browser[key], node[key], Array.isArray(browser) ? `${path}[${key}]` : `${path}.${key}`)
      if (inner) return inner
    }
  }
  return { path: path || '(whole answer)', browser, node }
}

const shown = (value) => {
  const text = value === undefined ? '(missing)' : JSON.stringify(value)
  return text.length > 300 ? `${text.slice(0, 300)}…` : text
}

// --- main -------------------------------------------------------------------------------------

if (!existsSync(BUNDLE)) {
  fail([
    `browser: FAILED: ${relative(process.cwd(), BUNDLE) || BUNDLE} does not exist; the check tests the built bundle.`,
    '  Build it first: npx tsup --silent && node test/browser/run.mjs',
  ])
}

const chromium = findChromium()
if (!chromium) {
  const looked = process.env.CHROMIUM ? `$CHROMIUM=${process.env.CHROMIUM} is not an executable file` : 'no /usr/bin/chromium, /usr/bin/chromium-browser or chromium on PATH'
  if (process.env.CALLHOURS_BROWSER_OPTIONAL === '1') {
    console.log('browser check skipped: chromium not installed')
    process.exit(0)
  }
  fail([
    `browser: FAILED: chromium not installed (${looked}).`,
    '  Install it (Debian: apt-get install -y chromium), point $CHROMIUM at it, or set CALLHOURS_BROWSER_OPTIONAL=1 to skip.',
  ])
}

const newest = existsSync(join(ROOT, 'src')) ? newestSource(join(ROOT, 'src')) : { path: null }
if (newest.path && newest.mtimeMs > statSync(BUNDLE).mtimeMs) {
  console.log(`browser: note: ${relative(ROOT, newest.path)} is newer than dist/index.js; the check tests the bundle as built (npx tsup --silent rebuilds it)`)
}

let nodeCases
try {
  nodeCases = runCases(await import(pathToFileURL(BUNDLE).href))
} catch (error) {
  fail([`browser: FAILED: the cases threw in Node, before any browser ran: ${error?.stack ?? error}`])
}
if (nodeCases.length === 0) fail('browser: FAILED: no cases to compare')

const requests = []
const server = await startServer(requests)
const url = `http://127.0.0.1:${server.port}${PAGE_PATH}`
const run = await dumpDom(chromium, url)
server.stop()

const diagnostics = () => [
  `  chromium: ${chromium} (exit code ${run.code}, signal ${run.signal})`,
  `  requests served: ${requests.length === 0 ? 'none' : ''}`,
  ...requests.map((line) => `    ${line}`),
  '  chromium stderr (last lines, D-Bus noise left out):',
  ...run.stderr.split('\n').filter((line) => line.trim() !== '' && !/d-?bus|unexpected operator/i.test(line)).slice(-15).map((line) => `    ${line}`),
]

if (run.spawnError) fail([`browser: FAILED: could not start ${chromium}: ${run.spawnError.message}`])
if (run.timedOut) fail([`browser: FAILED: chromium did not finish within ${CHROMIUM_TIMEOUT_MS / 1000} s and was killed`, ...diagnostics()])

const pre = /<pre\b([^>]*\bid="result"[^>]*)>([\s\S]*?)<\/pre>/.exec(run.stdout)
if (!pre) fail(['browser: FAILED: no <pre id="result"> in the DOM Chromium dumped', `  stdout began: ${shown(run.stdout.slice(0, 300))}`, ...diagnostics()])
const state = /\bdata-state="([^"]*)"/.exec(pre[1])?.[1]
if (state === 'pending') {
  fail([`browser: FAILED: the page had not finished when Chromium dumped the DOM (virtual time budget ${VIRTUAL_TIME_BUDGET_MS} ms)`, ...diagnostics()])
}
let page
try {
  page = JSON.parse(pre[2])
} catch (error) {
  fail([`browser: FAILED: the page's result is not JSON (${error.message}): ${shown(pre[2].slice(0, 300))}`, ...diagnostics()])
}
if (state !== 'done' || page.error) {
  fail([`browser: FAILED: the page reported an error: ${page.error ?? `state ${state}`}`, ...(page.stack ? [`  ${page.stack.split('\n').join('\n  ')}`] : []), ...diagnostics()])
}
if (!requests.some((line) => line.startsWith('200 GET /dist/index.js'))) {
  fail(['browser: FAILED: the page answered without loading /dist/index.js from the check server', ...diagnostics()])
}

const seconds = ((performance.now() - startedAt) / 1000).toFixed(1)
console.log(`browser: ${page.environment?.userAgent?.match(/HeadlessChrome\/\S+|Chrome\/\S+/)?.[0] ?? 'Chromium'} (local zone ${page.environment?.localTimeZone}) vs Node ${process.version} (local zone ${Intl.DateTimeFormat().resolvedOptions().timeZone}), ${seconds} s`)

const browserCases = page.cases
const differences = []
for (let i = 0; i < Math.max(browserCases.length, nodeCases.length); i++) {
  const [browserName, browserAnswer] = browserCases[i] ?? []
  const [nodeName, nodeAnswer] = nodeCases[i] ?? []
  if (browserName !== nodeName) {
    differences.push([`case ${i + 1}: browser ran ${shown(browserName)}, Node ran ${shown(nodeName)}`])
    break // the lists are out of step; later pairs would only repeat this
  }
  const difference = firstDifference(browserAnswer, nodeAnswer)
  if (difference) {
    differences.push([
      `case ${i + 1}: ${nodeName}`,
      `    at ${difference.path}`,
      `    browser: ${shown(difference.browser)}`,
      `    node:    ${shown(difference.node)}`,
    ])
  }
}

if (differences.length > 0) {
  fail([
    `browser: FAILED: ${differences.length} of ${nodeCases.length} cases differ between Chromium and Node${differences.length > MAX_DIFFERENCES_SHOWN ? ` (first ${MAX_DIFFERENCES_SHOWN} shown)` : ''}`,
    ...differences.slice(0, MAX_DIFFERENCES_SHOWN).flat().map((line) => `  ${line}`),
  ])
}

console.log(`browser: ${nodeCases.length} cases agree with Node`)
cleanUp()
process.exit(0)
