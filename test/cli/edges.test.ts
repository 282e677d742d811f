/**
 * Issue 10, one named test per defect found trying the command as a new user would: the CLI must
 * read targets exactly as the library does, refuse what is not a target, bound large input, and be
 * safe on any terminal. Built command as a child process, except where a terminal must be faked.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatIssuePath, validateTarget } from '../../src/index'
import { buildOnce, ROOT } from './buildOnce'
import { fakeIo, fixture, runBuilt, runInProcess } from './harness'

let cli: string
let scratch: string
beforeAll(async () => {
  cli = await buildOnce()
  scratch = mkdtempSync(join(tmpdir(), 'callhours-edges-'))
}, 240_000)
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

const stdin = (json: unknown) => ({ input: typeof json === 'string' ? json : JSON.stringify(json) })
const MONDAY_9_TO_5 = [{ day_of_week: 1, time_open: 900, time_close: 1700 }]

describe('the CLI reads targets as the library does', () => {
  it('a target with only business_hours_attributes reads as its hours, for check and status alike', () => {
    const body = { target: { id: 4, business_hours_attributes: MONDAY_9_TO_5 } }
    const check = runBuilt(cli, ['check', '-'], stdin(body))
    expect(check.code).toBe(0)
    expect(check.stdout).toContain('Mon 09:00–17:00, Tue–Sun closed')
    // Monday 2026-07-13 10:00 UTC: open, as parseTarget(body, { hoursFrom: 'either' }) says
    const status = runBuilt(cli, ['status', '-', '--at', '2026-07-13T10:00Z'], stdin(body))
    expect(status.code).toBe(0)
    expect(status.stdout).toContain('OPEN at')
  })

  it('time_zone "" is an unknown zone (exit 1), as validateTarget says, not quietly UTC', () => {
    const { code, stdout } = runBuilt(cli, ['check', '-'], stdin({ target: { id: 4, time_zone: '', business_hours: MONDAY_9_TO_5 } }))
    expect(code).toBe(1)
    expect(stdout).toMatch(/error {4}target\.time_zone: Unknown time zone ""/)
  })

  it('a cap of an unknown type makes check say invalid, as parseTarget does', () => {
    const { code, stdout } = runBuilt(cli, ['check', '-'], stdin({ target: { id: 4, caps: [{ type: 'Weekly' }] } }))
    expect(code).toBe(1)
    expect(stdout).toContain('✗ invalid')
    expect(stdout).toMatch(/error {4}target\.caps\[0\]\.type: type the string "Weekly" is not allowed/)
  })

  it('--tz goes through the library: an unknown one is a usage error naming it', () => {
    const { code, stderr } = runBuilt(cli, ['status', '--tz', 'Mars/Olympus'])
    expect(code).toBe(2)
    expect(stderr).toContain('callhours: --tz: Unknown time zone "Mars/Olympus"')
  })
})

describe('what is not a target is refused (exit 2), never read as open 24/7', () => {
  const notTargets: [string, unknown, RegExp][] = [
    ['an error body', { error: 'Not Found' }, /holds no target: .*"error".*looks like an error response from the API/],
    ['a null target', { target: null }, /holds no target: .*received null/],
    ['records wrapped as a target', { target: [{ day_of_week: 1 }] }, /holds no target: .*received an array of 1/],
    ['a list of targets', [{ target: { id: 1 } }, { target: { id: 2 } }], /holds a list of 2 items, 2 of them targets: give one target/],
  ]
  for (const [what, json, message] of notTargets) {
    it(`${what}: check, status and diff all refuse it`, () => {
      for (const args of [['check', '-'], ['status', '-'], ['diff', '-', fixture('edited.json')]]) {
        const { code, stdout, stderr } = runBuilt(cli, args, stdin(json))
        expect(code, args.join(' ')).toBe(2)
        expect(stdout, args.join(' ')).toBe('')
        expect(stderr, args.join(' ')).toMatch(message)
      }
    })
  }

  it('diff refuses a server document without a business_hours array, saying why', () => {
    const { code, stdout, stderr } = runBuilt(cli, ['diff', '-', fixture('edited.json')], stdin({ target: { id: 7 } }))
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain('has no business_hours array: the server side of diff must be the target as GET /targets/:id.json returns it')
  })

  it('diff accepts an empty business_hours array: a server without records', () => {
    const { code, stdout } = runBuilt(cli, ['diff', '-', fixture('edited.json'), '--json'], stdin({ target: { id: 7, business_hours: [] } }))
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toHaveLength(7)
  })
})

describe('large input is bounded', () => {
  it('check on 2 million null records finishes with the first 1,000 issues and a count of the rest', () => {
    const file = join(scratch, 'nulls.json')
    writeFileSync(file, `{"target":{"id":1,"business_hours":[${new Array(2_000_000).fill('null').join(',')}]}}`)
    const { code, stdout, stderr } = runBuilt(cli, ['check', file])
    expect(stderr).toBe('')
    expect(code).toBe(1)
    expect(stdout).toContain('✗ invalid: 2000000 records, 2000000 errors, no warnings')
    expect(stdout.split('\n').filter((line) => line.startsWith('  error')).length).toBe(1001)
    expect(stdout).toContain('1999000 more errors were found and not listed')
  }, 60_000)
})

describe('output errors and defects', () => {
  it.runIf(existsSync('/dev/full'))('writing to a full disk is one line and exit 2, not a stack trace and exit 1', () => {
    const result = spawnSync(process.execPath, [cli, 'preview'], { cwd: ROOT, stdio: ['ignore', openSync('/dev/full', 'w'), 'pipe'], encoding: 'utf8' })
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/^callhours: cannot write to stdout: ENOSPC\n$/)
  })

  it('stdin that is a directory is refused as a directory, not read as empty JSON', () => {
    const result = spawnSync(process.execPath, [cli, 'check', '-'], { cwd: ROOT, stdio: [openSync(ROOT, 'r'), 'pipe', 'pipe'], encoding: 'utf8' })
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('<stdin>: cannot read: it is a directory')
  })
})

describe('terminal safety', () => {
  const hostile = '\u001b]0;pwned\u0007\u001b[31m\u009b2J\u007f'

  it('a target name with escape sequences is printed escaped, never raw', () => {
    for (const args of [['check', '-'], ['status', '-', '--at', '2026-07-13T10:00Z'], ['preview', '-', '--from', '2026-07-13T00:00Z']]) {
      const { code, stdout } = runBuilt(cli, args, stdin({ target: { id: 4, name: hostile, business_hours: MONDAY_9_TO_5 } }))
      expect(code, args[0]).toBe(0)
      expect(stdout, args[0]).toContain('\\u001b]0;pwned\\u0007\\u001b[31m\\u009b2J\\u007f')
      expect(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/.test(stdout), args[0]).toBe(false)
    }
  })

  it('a file name with control characters is escaped in messages, and a long one cut', () => {
    const { code, stderr } = runBuilt(cli, ['check', `missing-${'\u001b[2J'}${'x'.repeat(5000)}.json`])
    expect(code).toBe(2)
    expect(stderr).toContain('missing-\\u001b[2J')
    expect(stderr).not.toContain('\u001b')
    expect(stderr.length).toBeLessThan(600)
  })

  it('colour is decided per stream: stdout on a terminal, stderr piped, gets colour only on stdout', async () => {
    const fake = fakeIo({ isTTY: true, stderrIsTTY: false, files: { 'w.json': JSON.stringify({ target: { id: 4, business_hours: [{ day_of_week: 1 }] } }) } })
    expect(await runInProcess(['status', 'w.json', '--at', '2026-07-13T10:00Z'], fake)).toBe(0)
    expect(fake.stdout()).toContain('\u001b[')
    expect(fake.stderr()).toContain('note:')
    expect(fake.stderr()).not.toContain('\u001b[')
    const other = fakeIo({ isTTY: false, stderrIsTTY: true })
    expect(await runInProcess(['check', 'nothing.json'], other)).toBe(2)
    expect(other.stderr()).toContain('\u001b[31mcallhours:\u001b[39m')
  })
})

describe('check --json is validateTarget (property)', () => {
  const recordArb = fc.record(
    {
      id: fc.integer({ min: -2, max: 60 }),
      day_of_week: fc.integer({ min: -1, max: 7 }),
      time_open: fc.oneof(fc.integer({ min: 0, max: 2400 }), fc.constant('9am')),
      time_close: fc.integer({ min: 0, max: 2460 }),
      work_day: fc.boolean(),
      invert: fc.boolean(),
    },
    { requiredKeys: ['day_of_week'] },
  )
  const targetArb = fc.record(
    {
      id: fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.constant(1.5)),
      name: fc.oneof(fc.string(), fc.constant(null)),
      time_zone: fc.constantFrom('UTC', 'Eastern Time (US & Canada)', 'Asia/Kathmandu', 'Mars/Olympus', ''),
      priority: fc.integer({ min: -3, max: 3 }),
      weight: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constant(-1)),
      paused: fc.oneof(fc.boolean(), fc.constant('false')),
      caps: fc.array(fc.record({ type: fc.constantFrom('Hard', 'Hourly', 'Daily', 'Monthly', 'Weekly'), cap: fc.oneof(fc.integer({ min: 0, max: 9 }), fc.constant(null)), filled: fc.integer({ min: 0, max: 9 }) }), { maxLength: 3 }),
      business_hours: fc.array(recordArb, { maxLength: 9 }),
    },
    { requiredKeys: ['id'] },
  )

  it('prints exactly validateTarget’s answer, issues in the same order, and exits 0 or 1 by it', async () => {
    await fc.assert(
      fc.asyncProperty(targetArb, fc.boolean(), async (target, wrapped) => {
        const document = wrapped ? { target } : target
        const fake = fakeIo({ files: { 't.json': JSON.stringify(document) } })
        const code = await runInProcess(['check', 't.json', '--json'], fake)
        const expected = validateTarget(document, { hoursFrom: 'either' })
        expect(JSON.parse(fake.stdout())).toEqual(JSON.parse(JSON.stringify(expected)))
        expect(code).toBe(expected.ok ? 0 : 1)
      }),
      { numRuns: 150 },
    )
  })

  it('and the text lists the same issues by the same paths', async () => {
    await fc.assert(
      fc.asyncProperty(targetArb, async (target) => {
        const fake = fakeIo({ files: { 't.json': JSON.stringify({ target }) } })
        await runInProcess(['check', 't.json'], fake)
        const expected = validateTarget({ target }, { hoursFrom: 'either' })
        const issues = expected.ok ? expected.warnings : [...expected.issues, ...expected.warnings]
        for (const issue of issues) expect(fake.stdout()).toContain(`${formatIssuePath(issue.path)}: `)
      }),
      { numRuns: 80 },
    )
  })
})
