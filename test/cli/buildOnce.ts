/**
 * Builds the command once for all CLI test files and hands back a private copy of dist/cli.js.
 *
 * Vitest runs test files in parallel workers, so a lock directory (mkdir is atomic) makes sure
 * only one of them runs tsup; the others wait and reuse the result. The build runs only when
 * dist/cli.js is missing or older than anything under src/, package.json or tsup.config.ts.
 *
 * Tests run a copy of the built file, not dist/cli.js itself: tsup's `clean` empties dist/ on
 * every build, and a build started elsewhere (another test file, a person at a terminal) would
 * otherwise pull the file from under a running test. dist/cli.js imports only node: built-ins and
 * its own chunks (the holiday sources, loaded on demand: issue 19), so the copy of it and of the
 * chunks beside it is the same program.
 */
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
/** The built command, as package.json's `bin` names it. */
export const DIST_CLI = join(ROOT, 'dist', 'cli.js')

const CACHE = join(ROOT, 'node_modules', '.cache', 'callhours-cli-test')
const LOCK = join(CACHE, 'build.lock')
const SNAPSHOT = join(CACHE, 'cli.js')
const LOCK_STALE_MS = 5 * 60_000
const WAIT_LIMIT_MS = 4 * 60_000

function mtime(path: string): number {
  try {
    return statSync(path).mtimeMs
  } catch {
    return -1
  }
}

function newestSource(dir: string): number {
  let newest = -1
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : mtime(path))
  }
  return newest
}

function isFresh(): boolean {
  const built = mtime(DIST_CLI)
  const sources = Math.max(
    newestSource(join(ROOT, 'src')),
    mtime(join(ROOT, 'package.json')),
    mtime(join(ROOT, 'tsup.config.ts')),
  )
  return built >= 0 && built >= sources
}

function build(): void {
  const started = Date.now()
  try {
    execFileSync('npx', ['tsup'], { cwd: ROOT, stdio: 'pipe', encoding: 'utf8' })
  } catch (error) {
    // The library's declaration build can fail on someone else's half-written file while the
    // command itself built fine; only a missing or old dist/cli.js is this suite's failure.
    if (mtime(DIST_CLI) < started - 1000) {
      const output = error instanceof Error && 'stderr' in error ? String(error.stderr) : String(error)
      throw new Error(`npx tsup did not build dist/cli.js:\n${output}`)
    }
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms))

let snapshot: Promise<string> | undefined

/**
 * Builds dist/cli.js if it is missing or stale (once across parallel test files), then returns the
 * path of a private copy to run with `node`.
 *
 * @example
 * beforeAll(async () => { cli = await buildOnce() }, 240_000)
 */
export function buildOnce(): Promise<string> {
  snapshot ??= buildLocked()
  return snapshot
}

async function buildLocked(): Promise<string> {
  mkdirSync(CACHE, { recursive: true })
  const deadline = Date.now() + WAIT_LIMIT_MS
  for (;;) {
    try {
      mkdirSync(LOCK)
      break
    } catch {
      if (Date.now() - mtime(LOCK) > LOCK_STALE_MS) rmSync(LOCK, { recursive: true, force: true })
      if (Date.now() > deadline) throw new Error(`waited too long for ${LOCK}; remove it if no build is running`)
      await sleep(200)
    }
  }
  try {
    if (!isFresh()) build()
    if (!existsSync(DIST_CLI)) throw new Error('dist/cli.js is missing after the build')
    // The command and the chunks it imports (./chunk-*.js, ./holidayExceptions-*.js, …).
    for (const file of readdirSync(dirname(DIST_CLI))) if (file.endsWith('.js') && file !== 'index.js' && file !== 'holidays.js') copyFileSync(join(dirname(DIST_CLI), file), join(CACHE, file))
    return SNAPSHOT
  } finally {
    rmSync(LOCK, { recursive: true, force: true })
  }
}
