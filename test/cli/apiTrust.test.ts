/**
 * The API commands tried as a careless operator and a hostile network would (issue 18): files
 * replaced whole or not at all, the base URL's password and the key never printed, every outcome
 * after a write told as exit 4, retries told, `sync --at`, `reset-cap --json`. Against the local
 * fake server (test/server/fakeRetreaver.ts), in-process; the atomic write also through the built
 * command.
 */
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { shown, guardTerminal } from '../../src/cli/format'
import { writeFileAtomic, type AtomicWriteFs } from '../../src/cli/writeFileAtomic'
import { startFakeRetreaver, type FakeRetreaver } from '../server/fakeRetreaver'
import { buildOnce } from './buildOnce'
import { fakeIo, runBuilt, runInProcess } from './harness'

const KEY = 'sk-test-7f3a9c21d-long-enough'
const week = [1, 2, 3, 4, 5].map((day) => ({ id: 100 + day, day_of_week: day, time_open: 900, time_close: 1700, work_day: true, invert: false }))

let server: FakeRetreaver
let scratch: string

beforeEach(async () => {
  server = await startFakeRetreaver({ apiKey: KEY, targets: [{ id: 42, name: 'NY sales', time_zone: 'America/New_York', business_hours: week.map((r) => ({ ...r })) }] })
  scratch = mkdtempSync(join(tmpdir(), 'callhours-trust-'))
})
afterEach(async () => {
  await server.close()
  rmSync(scratch, { recursive: true, force: true })
})

function env(extra: Record<string, string> = {}): Record<string, string> {
  return { RETREAVER_API_KEY: KEY, RETREAVER_BASE_URL: server.baseUrl, RETREAVER_TIMEOUT_MS: '3000', RETREAVER_RETRIES: '0', ...extra }
}

async function callhours(args: readonly string[], options: { files?: Record<string, string>; env?: Record<string, string>; now?: string } = {}) {
  const fake = fakeIo({ files: options.files ?? {}, env: options.env ?? env(), now: new Date(options.now ?? '2026-12-21T15:00:00Z') })
  const code = await runInProcess(args, fake)
  return { code, stdout: fake.stdout(), stderr: fake.stderr(), fake }
}

describe('6. files are replaced whole or not at all', () => {
  it('a write that fails half-way (a full disk) leaves the old file whole and no temporary file', async () => {
    const path = join(scratch, 'target.json')
    writeFileSync(path, '{"good": "copy"}\n')
    const failing: AtomicWriteFs = {
      writeFile: async (temporary, text) => {
        writeFileSync(temporary, text.slice(0, text.length / 2))
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
      },
      rename: async () => {
        throw new Error('not reached')
      },
      unlink: async (temporary) => rmSync(temporary),
      stat: async (p) => statSync(p),
    }
    await expect(writeFileAtomic(path, '{"new": "copy, much longer than the old one"}\n', failing)).rejects.toMatchObject({ code: 'ENOSPC' })
    expect(readFileSync(path, 'utf8')).toBe('{"good": "copy"}\n')
    expect(readdirSync(scratch)).toEqual(['target.json'])
  })

  it('a complete write replaces the file, keeps its permissions, and leaves nothing beside it', async () => {
    const path = join(scratch, 'target.json')
    writeFileSync(path, 'old')
    chmodSync(path, 0o600)
    await writeFileAtomic(path, 'new')
    expect(readFileSync(path, 'utf8')).toBe('new')
    expect(statSync(path).mode & 0o777).toBe(0o600)
    expect(readdirSync(scratch)).toEqual(['target.json'])
  })

  it('the built command writes --svg through it: a file in the way that cannot be replaced stays as it was', async () => {
    const cli = await buildOnce()
    const svg = join(scratch, 'week.svg')
    const ok = runBuilt(cli, ['preview', '--svg', svg])
    expect(ok.code).toBe(0)
    expect(readFileSync(svg, 'utf8')).toMatch(/^<svg/)
    // A directory where the file should go: the rename fails, the directory is untouched, no temporary file is left.
    const blocked = join(scratch, 'blocked.svg')
    const { mkdirSync } = await import('node:fs')
    mkdirSync(blocked)
    writeFileSync(join(blocked, 'inside'), 'keep')
    const failed = runBuilt(cli, ['preview', '--svg', blocked])
    expect(failed.code).toBe(2)
    expect(readFileSync(join(blocked, 'inside'), 'utf8')).toBe('keep')
    expect(readdirSync(scratch).sort()).toEqual(['blocked.svg', 'week.svg'])
  })
})

describe('4–5. credentials: never printed, trimmed, and no text can turn the terminal', () => {
  it('a base URL with user:pass@ is exit 2 naming the variable, never its value', async () => {
    const run = await callhours(['pull', '42'], { env: env({ RETREAVER_BASE_URL: 'https://admin:hunter2@api.retreaver.com' }) })
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('callhours: RETREAVER_BASE_URL must not hold a user name or password (user:pass@): the key is read from RETREAVER_API_KEY alone\n')
    expect(server.requests).toHaveLength(0)
  })

  it('the key is trimmed like every other variable', async () => {
    const run = await callhours(['pull', '42'], { env: env({ RETREAVER_API_KEY: `  ${KEY}\n` }) })
    expect(run.code).toBe(0)
    expect(server.requests[0]!.query.api_key).toBe(KEY)
  })

  it('bidi controls are escaped by the terminal guard and by shown', () => {
    for (const control of ['\u202e', '\u202a', '\u2066', '\u2069', '\u200f', '\u061c', '\u2028']) {
      expect(shown(`name${control}txt`)).not.toContain(control)
      expect(guardTerminal(`name${control}txt\n`)).not.toContain(control)
    }
    expect(guardTerminal('a\u202eb\n')).toBe('a\\u202eb\n')
  })
})

describe('9. after a write, every failure is exit 4 and says the write was sent', () => {
  it('a verification GET that fails: exit 4, "was sent", the payload in words', async () => {
    // Every GET after the PUT fails: the PUT went out and was answered 200.
    server.fault({ kind: 'status', status: 500, times: Infinity, match: { method: 'GET' }, afterMethod: 'PUT' })
    const edited = week.map((r) => ({ ...r, time_close: 1800 }))
    const run = await callhours(['push', 'edited.json', '--target', '42', '--yes'], { files: { 'edited.json': JSON.stringify(edited) } })
    expect(server.requests.map((request) => request.method)).toContain('PUT')
    expect(run.code).toBe(4)
    expect(run.stderr).toContain('was sent (answered 200); then, reading the target to verify it')
    expect(run.stderr).toContain('  sent: PUT (answered 200) — 5 changes (5 updates)\n')
    expect(run.stderr).toContain('read the target (callhours pull) before sending again')
    expect(run.stderr).not.toContain(KEY)
  })
})

describe('7. redundant records are removed, and said so', () => {
  it('push --yes on a server holding the week twice converges and says which records changed nothing', async () => {
    server.targets.get(42)!.business_hours.push(...week.map((r, i) => ({ ...server.targets.get(42)!.business_hours[i]!, id: 200 + i })))
    const run = await callhours(['push', 'edited.json', '--target', '42', '--yes'], { files: { 'edited.json': JSON.stringify(week) } })
    expect(run.code).toBe(0)
    expect(run.stderr).toContain('note: 5 removed records changed nothing (duplicates or spans inside others): ids 200, 201, 202, 203, 204; the target converges to one record per span')
    expect(server.targets.get(42)!.business_hours.map((r) => r.id)).toEqual([101, 102, 103, 104, 105])
  })
})

describe('sync --at and reset-cap --json', () => {
  const christmas = JSON.stringify([{ date: '2026-12-25', closed: true, label: 'Christmas Day' }])

  it('sync --at is a dry run at another instant', async () => {
    const run = await callhours(['sync', '42', '--exceptions', 'x.json', '--at', '2026-12-22T15:00Z'], { files: { 'x.json': christmas } })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Fri 2026-12-25  09:00–17:00  →  closed')
    expect(run.stdout).toContain('this was a dry run at 2026-12-22T15:00Z')
    expect(server.requests.map((request) => request.method)).toEqual(['GET'])
  })

  it('sync --at with --yes is refused before any request', async () => {
    const run = await callhours(['sync', '42', '--exceptions', 'x.json', '--at', '2026-12-22T15:00Z', '--yes'], { files: { 'x.json': christmas } })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('--at is for a dry run and cannot be given with --yes')
    expect(server.requests).toHaveLength(0)
  })

  it('reset-cap --json, with and without --yes', async () => {
    const dry = await callhours(['reset-cap', '42', '--json'])
    expect(JSON.parse(dry.stdout)).toEqual({ target: 42, request: 'POST /targets/42/reset_cap.json', sent: false })
    expect(server.requests).toHaveLength(0)
    const real = await callhours(['reset-cap', '42', '--json', '--yes'])
    expect(JSON.parse(real.stdout)).toEqual({ target: 42, request: 'POST /targets/42/reset_cap.json', sent: true })
    expect(server.requests.map((request) => request.method)).toEqual(['POST'])
  })
})
