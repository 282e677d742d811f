/**
 * `npm run fake-server`: the local server started from the command line, seeded from a file, prints
 * the variables to set — and the command line then pulls from it, as docs/client.md shows.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildSync } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fakeIo, runInProcess } from '../cli/harness'

const ROOT = join(__dirname, '..', '..')
let scratch: string
let bundle: string

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'callhours-fake-server-'))
  bundle = join(scratch, 'server.mjs')
  buildSync({ entryPoints: [join(ROOT, 'test/server/main.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: bundle, logLevel: 'warning' })
})
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** Starts the server, resolves with what it printed once it says how to stop it. */
function start(args: readonly string[]): Promise<{ lines: string[]; stop: () => void }> {
  const child = spawn(process.execPath, [bundle, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
  return new Promise((resolve, reject) => {
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8')
      if (out.includes('Ctrl-C stops it.')) resolve({ lines: out.trim().split('\n'), stop: () => child.kill('SIGTERM') })
    })
    child.on('exit', (code) => reject(new Error(`fake-server exited with ${code}: ${out}`)))
  })
}

describe('npm run fake-server', () => {
  it('seeded from examples/fleet.json, prints its base URL and key, and serves pull --all', async () => {
    const server = await start(['examples/fleet.json', '--port', '0', '--key', 'docs-key'])
    try {
      expect(server.lines[0]).toMatch(/^fake Retreaver API on http:\/\/127\.0\.0\.1:\d+ with 5 targets/)
      const env = Object.fromEntries(server.lines.filter((line) => line.startsWith('export ')).map((line) => line.slice(7).split('=') as [string, string]))
      expect(env.RETREAVER_API_KEY).toBe('docs-key')
      const fake = fakeIo({ env })
      expect(await runInProcess(['pull', '--all'], fake)).toBe(0)
      expect((JSON.parse(fake.stdout()) as unknown[]).length).toBe(5)
    } finally {
      server.stop()
    }
  })
})
