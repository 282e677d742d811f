/** Running the command in tests: as a child process on the built file, or in-process with fake io. */
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import type { CliIo } from '../../src/cli/io'
import { run } from '../../src/cli/run'
import { ROOT } from './buildOnce'

/** What a run of the command left behind. */
export interface CliResult {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/** A fixture's path relative to the repository root (how a user would type it there). */
export function fixture(name: string): string {
  return join('test', 'cli', 'fixtures', name)
}

/**
 * Runs the built command (`node <cli> ...args`) in the repository root; stdout is a pipe, so not
 * a terminal. Colour-forcing variables of the test runner's environment are dropped.
 */
export function runBuilt(cli: string, args: readonly string[], options: { input?: string; env?: Record<string, string> } = {}): CliResult {
  const env: Record<string, string | undefined> = { ...process.env, ...options.env }
  if (options.env?.FORCE_COLOR === undefined) delete env.FORCE_COLOR
  if (options.env?.NO_COLOR === undefined) delete env.NO_COLOR
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: ROOT,
    input: options.input ?? '',
    env,
    encoding: 'utf8',
    timeout: 30_000,
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** A fake io and what it collected. */
export interface FakeIo {
  readonly io: CliIo
  readonly stdout: () => string
  readonly stderr: () => string
  /** Files written, by path. */
  readonly written: Map<string, string>
}

/** Fake io for in-process runs: files from a map, a fixed now, stdin from a string. */
export function fakeIo(
  options: {
    files?: Record<string, string>
    stdin?: string
    isTTY?: boolean
    stderrIsTTY?: boolean
    env?: Record<string, string>
    now?: Date
  } = {},
): FakeIo {
  let out = ''
  let err = ''
  const written = new Map<string, string>()
  const files = options.files ?? {}
  const io: CliIo = {
    stdout: (text) => {
      out += text
    },
    stderr: (text) => {
      err += text
    },
    readStdin: async () => options.stdin ?? '',
    env: options.env ?? {},
    isTTY: options.isTTY ?? false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    now: () => new Date((options.now ?? new Date('2026-07-15T11:30:00Z')).getTime()),
    readFile: async (path) => {
      const text = files[path]
      if (text === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' })
      return text
    },
    writeFile: async (path, text) => {
      written.set(path, text)
    },
  }
  return { io, stdout: () => out, stderr: () => err, written }
}

/** Runs the command in-process with a fake io. */
export async function runInProcess(args: readonly string[], fake: FakeIo): Promise<number> {
  return run(args, fake.io)
}

/** True when the text holds an ANSI escape sequence. */
export function hasAnsi(text: string): boolean {
  return text.includes('\u001b[')
}
