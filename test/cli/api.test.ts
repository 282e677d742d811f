/**
 * `callhours pull / push / sync / reset-cap` end to end, in-process, against the local fake
 * Retreaver server (test/server/fakeRetreaver.ts, on 127.0.0.1): the key and the server come from
 * the environment, as they do for a user; every request is read back from the server's log.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseBusinessHours, schedulesEqual } from '../../src/index'
import { startFakeRetreaver, type FakeRetreaver, type SeedTarget } from '../server/fakeRetreaver'
import { fakeIo, runInProcess, type FakeIo } from './harness'

const KEY = 'sk-test-7f3a9c21d'
const ROOT = join(__dirname, '..', '..')
const christmas = readFileSync(join(ROOT, 'examples/christmas.json'), 'utf8')

/** Mon–Fri 09:00–17:00 in New York, weekends closed: the records of examples/ny-sales.json. */
const weekRecords = [0, 1, 2, 3, 4, 5, 6].map((day) => ({
  id: 101 + day,
  day_of_week: day,
  time_open: day === 0 || day === 6 ? 0 : 900,
  time_close: day === 0 || day === 6 ? 2400 : 1700,
  work_day: day !== 0 && day !== 6,
  invert: false,
}))

const nySales: SeedTarget = {
  id: 42,
  name: 'NY sales',
  tid: 'sales-ny',
  time_zone: 'Eastern Time (US & Canada)',
  caps: [{ type: 'Hard', cap: 100, filled: 37 }],
  business_hours: weekRecords,
}

/** The week wanted: Thursday 09:00–13:00, the rest as it is (ids kept, as after a pull). */
const editedRecords = weekRecords.map((record) => (record.day_of_week === 4 ? { ...record, time_close: 1300 } : record))

let server: FakeRetreaver

beforeEach(async () => {
  server = await startFakeRetreaver({ apiKey: KEY, targets: [nySales] })
})

afterEach(async () => {
  await server.close()
})

/** The environment of a run: the key, the fake server, short timeouts and no retries unless asked. */
function env(extra: Record<string, string> = {}): Record<string, string> {
  return { RETREAVER_API_KEY: KEY, RETREAVER_BASE_URL: server.baseUrl, RETREAVER_TIMEOUT_MS: '3000', RETREAVER_RETRIES: '0', ...extra }
}

interface Run {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
  readonly fake: FakeIo
}

async function callhours(
  args: readonly string[],
  options: { files?: Record<string, string>; env?: Record<string, string>; now?: string } = {},
): Promise<Run> {
  const fake = fakeIo({ files: options.files ?? {}, env: options.env ?? env(), now: new Date(options.now ?? '2026-07-15T15:30:00Z') })
  const code = await runInProcess(args, fake)
  return { code, stdout: fake.stdout(), stderr: fake.stderr(), fake }
}

/** The requests the server received, as `METHOD /path`. */
function requestLines(): string[] {
  return server.requests.map((request) => `${request.method} ${request.path}`)
}

/** The week the server holds for a target, in the library's model. */
function heldWeek(id: number) {
  return parseBusinessHours(server.targets.get(id)!.business_hours)
}

/** The server's record of a weekday, as [time_open, time_close, work_day]. */
function heldDay(id: number, day: number): [number, number, boolean][] {
  return server.targets
    .get(id)!
    .business_hours.filter((record) => record.day_of_week === day)
    .map((record) => [record.time_open, record.time_close, record.work_day])
}

describe('pull', () => {
  it('prints a target by id as the server holds it, { "target": … }, with the key from the environment', async () => {
    const run = await callhours(['pull', '42'])
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual({ target: JSON.parse(JSON.stringify(server.targets.get(42))) })
    expect(run.stdout).toMatch(/^\{\n {2}"target": \{\n/)
    expect(requestLines()).toEqual(['GET /targets/42.json'])
    expect(server.requests[0]!.query.api_key).toBe(KEY)
    expect(run.stderr).toBe('')
  })

  it('finds a target by tid, and the pulled file reads as a valid target', async () => {
    const run = await callhours(['pull', 'tid:sales-ny'])
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout).target.id).toBe(42)
    expect(requestLines()).toEqual(['GET /targets/tid/sales-ny.json'])
    const check = await callhours(['check', 'target.json', '--json'], { files: { 'target.json': run.stdout } })
    expect(check.code).toBe(0)
    expect(JSON.parse(check.stdout)).toMatchObject({ ok: true, target: { id: 42, name: 'NY sales', timeZone: 'America/New_York' } })
  })

  it('--all follows every page and prints the list coverage reads', async () => {
    await server.close()
    server = await startFakeRetreaver({
      apiKey: KEY,
      perPage: 2,
      targets: [nySales, ...[1, 2, 3, 4].map((n) => ({ id: n, name: `desk ${n}`, time_zone: 'UTC', business_hours: weekRecords.map(({ id: _id, ...rest }) => rest) }))],
    })
    const run = await callhours(['pull', '--all', '-o', 'fleet.json'])
    expect(run.code).toBe(0)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe('Wrote 5 targets (GET /targets.json, 3 pages) to fleet.json\n')
    const list = JSON.parse(run.fake.written.get('fleet.json')!) as { target: { id: number } }[]
    expect(list.map((item) => item.target.id)).toEqual([1, 2, 3, 4, 42])
    expect(server.requests.map((request) => request.query.page ?? '1')).toEqual(['1', '2', '3'])
    const coverage = await callhours(['coverage', 'fleet.json', '--from', '2026-07-13T00:00Z', '--days', '1', '--json'], {
      files: { 'fleet.json': run.fake.written.get('fleet.json')! },
    })
    expect(coverage.code).toBe(0)
    expect(JSON.parse(coverage.stdout).skipped).toEqual([])
  })

  it('-o writes the file and says so on stderr; a missing target is the server refusing (exit 3)', async () => {
    const run = await callhours(['pull', '42', '-o', 'target.json'])
    expect(run.code).toBe(0)
    expect(JSON.parse(run.fake.written.get('target.json')!).target.name).toBe('NY sales')
    expect(run.stderr).toBe('Wrote target 42 (GET /targets/42.json) to target.json\n')
    const missing = await callhours(['pull', '999'])
    expect(missing.code).toBe(3)
    expect(missing.stderr).toContain('the server answered 404: Not Found')
    expect(missing.fake.written.size).toBe(0)
  })

  it('needs a target or --all, not both (exit 2, no request)', async () => {
    expect((await callhours(['pull'])).code).toBe(2)
    const both = await callhours(['pull', '42', '--all'])
    expect(both.code).toBe(2)
    expect(both.stderr).toContain('pull: give a target or --all, not both')
    const bad = await callhours(['pull', 'sales'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('the target must be an id (7) or tid:TID')
    expect(server.requests).toEqual([])
  })
})

describe('push', () => {
  const files = { 'edited.json': JSON.stringify(editedRecords) }

  it('without --yes shows the body and how to send it, and sends no PUT', async () => {
    const run = await callhours(['push', 'edited.json', '--target', '42'], { files })
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual({
      target: { business_hours_attributes: [{ id: 105, day_of_week: 4, time_open: 900, time_close: 1300, work_day: true, invert: false }] },
    })
    expect(run.stderr).toBe(
      'PUT /targets/42.json — 1 change (1 update)\nnot sent: nothing was changed. To send it: callhours push edited.json --target 42 --yes\n',
    )
    expect(requestLines()).toEqual(['GET /targets/42.json'])
    expect(heldDay(42, 4)).toEqual([[900, 1700, true]])
  })

  it('with --yes sends exactly one PUT, and the server then holds the edited week; again, it is in step', async () => {
    const run = await callhours(['push', 'edited.json', '--target', '42', '--yes'], { files })
    expect(run.code).toBe(0)
    expect(run.stderr).toContain('sent and verified: target 42 now holds the business hours of edited.json')
    expect(requestLines().filter((line) => line.startsWith('PUT'))).toEqual(['PUT /targets/42.json'])
    expect(schedulesEqual(heldWeek(42), parseBusinessHours(editedRecords))).toBe(true)
    expect(heldDay(42, 4)).toEqual([[900, 1300, true]])

    const again = await callhours(['push', 'edited.json', '--target', '42', '--yes', '--json'], { files })
    expect(again.code).toBe(0)
    expect(JSON.parse(again.stdout)).toEqual({ target: 42, inStep: true, sent: false, business_hours_attributes: [], redundant: [] })
    expect(requestLines().filter((line) => line.startsWith('PUT'))).toHaveLength(1)
  })

  it('reads a target document too, and --json reports what it would send', async () => {
    const document = JSON.stringify({ target: { id: 42, time_zone: 'Eastern Time (US & Canada)', business_hours: editedRecords } })
    const run = await callhours(['push', 'doc.json', '--target', '42', '--json'], { files: { 'doc.json': document } })
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    expect(JSON.parse(run.stdout)).toMatchObject({ target: 42, inStep: false, sent: false, business_hours_attributes: [{ id: 105, time_close: 1300 }] })
  })

  it('refuses an invalid file with exit 1, before any request', async () => {
    const invalid = JSON.stringify([{ day_of_week: 9, time_open: 900, time_close: 1700 }])
    const run = await callhours(['push', 'bad.json', '--target', '42', '--yes'], { files: { 'bad.json': invalid } })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('bad.json: invalid target (1 error)')
    expect(run.stderr).toContain('business_hours[0].day_of_week')
    expect(server.requests).toEqual([])
  })

  it('refuses an id the server does not have with exit 1, naming the file and the record', async () => {
    const unknown = JSON.stringify([{ id: 999, day_of_week: 1, time_open: 900, time_close: 1700 }])
    const run = await callhours(['push', 'ids.json', '--target', '42', '--yes'], { files: { 'ids.json': unknown } })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain("ids.json: business_hours[0].id: id 999 is not one of the server's records")
    expect(requestLines()).toEqual(['GET /targets/42.json'])
  })

  it('needs --target (exit 2, no request)', async () => {
    const run = await callhours(['push', 'edited.json'], { files })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('push needs the target to change: --target <id>')
    expect(server.requests).toEqual([])
  })

  it('exits 4 when the server answers but does not hold what was sent', async () => {
    server.fault({ kind: 'ignoreRecord', match: { method: 'PUT' } })
    const run = await callhours(['push', 'edited.json', '--target', '42', '--yes'], { files })
    expect(run.code).toBe(4)
    expect(run.stderr).toContain('now holds another week than was sent')
    expect(run.stderr).toMatch(/\n {2}sent: .*Thu 09:00–13:00/)
    expect(run.stderr).toMatch(/\n {2}held: .*09:00–17:00/)
    expect(requestLines()).toEqual(['GET /targets/42.json', 'GET /targets/42.json', 'PUT /targets/42.json', 'GET /targets/42.json'])
    expect(run.stdout + run.stderr).not.toContain(KEY)
  })
})

describe('errors from the server', () => {
  const files = { 'edited.json': JSON.stringify(editedRecords) }

  it('500 after the retries: exit 3, naming the status, never the key', async () => {
    server.fault({ kind: 'status', status: 500, times: Infinity })
    const run = await callhours(['push', 'edited.json', '--target', '42', '--yes'], { files, env: env({ RETREAVER_RETRIES: '1' }) })
    expect(run.code).toBe(3)
    // One line for the retry (attempt 2 of 2), then the error.
    expect(run.stderr).toMatch(/^500 from the server; trying again in \d+ ms \(attempt 2 of 2\)\ncallhours: GET http:\/\/127\.0\.0\.1:\d+\/targets\/42\.json\?api_key=\[REDACTED\]: the server answered 500: Internal Server Error\n$/)
    expect(requestLines()).toEqual(['GET /targets/42.json', 'GET /targets/42.json'])
    expect(run.stdout + run.stderr).not.toContain(KEY)
  })

  it('--quiet: no retry lines, the error alone', async () => {
    server.fault({ kind: 'status', status: 503, times: Infinity })
    const run = await callhours(['pull', '42', '--quiet'], { env: env({ RETREAVER_RETRIES: '2' }) })
    expect(run.code).toBe(3)
    expect(run.stderr).toMatch(/^callhours: GET .*the server answered 503: Service Unavailable\n$/)
    expect(requestLines()).toHaveLength(3)
  })

  it('an HTML page: exit 3, saying it is not JSON', async () => {
    server.fault({ kind: 'html', status: 502 })
    const run = await callhours(['pull', '42'])
    expect(run.code).toBe(3)
    expect(run.stderr).toContain('the server answered 502: an HTML page, text/html')
    expect(run.stdout).toBe('')
    expect(run.stdout + run.stderr).not.toContain(KEY)
  })

  it('a page that is not JSON with status 200 is never read as a target: exit 3', async () => {
    server.fault({ kind: 'truncated' })
    const run = await callhours(['pull', '42'])
    expect(run.code).toBe(3)
    expect(run.stderr).toContain('with a body that is not JSON')
    expect(run.stdout).toBe('')
  })

  it('a dropped connection: exit 3, saying so', async () => {
    server.fault({ kind: 'drop', times: Infinity })
    const run = await callhours(['sync', '42', '--exceptions', 'christmas.json', '--yes'], { files: { 'christmas.json': christmas } })
    expect(run.code).toBe(3)
    expect(run.stderr).toContain('the request failed before an answer came (network error or dropped connection)')
    expect(run.stdout + run.stderr).not.toContain(KEY)
  })

  it('no answer in time: exit 3, naming the timeout', async () => {
    server.fault({ kind: 'slow', delayMs: 1500 })
    const run = await callhours(['pull', '42'], { env: env({ RETREAVER_TIMEOUT_MS: '200' }) })
    expect(run.code).toBe(3)
    expect(run.stderr).toContain('no answer within 200 ms')
  })

  it('a key the server refuses: 401, exit 3, and neither key is printed', async () => {
    const wrong = 'sk-wrong-0b5e77'
    const run = await callhours(['pull', '42'], { env: env({ RETREAVER_API_KEY: wrong }) })
    expect(run.code).toBe(3)
    expect(run.stderr).toContain('the server answered 401: Unauthorized: missing or invalid api_key')
    expect(run.stderr).toContain('RETREAVER_API_KEY')
    expect(run.stdout + run.stderr).not.toContain(wrong)
    expect(run.stdout + run.stderr).not.toContain(KEY)
  })

  it('no RETREAVER_API_KEY: exit 2, naming the variable, before any request', async () => {
    for (const args of [['pull', '42'], ['push', 'edited.json', '--target', '42'], ['sync', '42', '--holidays', 'US'], ['reset-cap', '42', '--yes']]) {
      const run = await callhours(args, { files, env: { RETREAVER_BASE_URL: server.baseUrl } })
      expect(run.code, args.join(' ')).toBe(2)
      expect(run.stderr).toBe(`callhours: ${args[0]} needs an API key: set RETREAVER_API_KEY (it is read only from the environment)\n`)
    }
    expect(server.requests).toEqual([])
  })

  it('refuses http:// to another machine, and bad numbers, without printing the values', async () => {
    const remote = await callhours(['pull', '42'], { env: env({ RETREAVER_BASE_URL: 'http://192.0.2.1:8080' }) })
    expect(remote.code).toBe(2)
    expect(remote.stderr).toContain('RETREAVER_BASE_URL must be an https:// URL')
    expect(remote.stderr).not.toContain('192.0.2.1')
    const retries = await callhours(['pull', '42'], { env: env({ RETREAVER_RETRIES: 'many' }) })
    expect(retries.code).toBe(2)
    expect(retries.stderr).toBe('callhours: RETREAVER_RETRIES must be how many times a request is tried again, a whole number from 0 to 10\n')
    expect(server.requests).toEqual([])
  })
})

describe('sync', () => {
  const files = { 'christmas.json': christmas }
  /** Monday 2026-12-21, 10:00 in New York. */
  const beforeChristmas = '2026-12-21T15:00:00Z'

  it('without --yes shows the Christmas week it would put, and sends nothing', async () => {
    const run = await callhours(['sync', '42', '--exceptions', 'christmas.json'], { files, now: beforeChristmas })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Target 42 "NY sales" · America/New_York')
    expect(run.stdout).toContain('  Thu 2026-12-24  09:00–17:00  →  09:00–13:00\n')
    expect(run.stdout).toContain('  Fri 2026-12-25  09:00–17:00  →  closed\n')
    expect(run.stdout).toContain('not sent: nothing was changed. To send it: callhours sync 42 --exceptions christmas.json --yes')
    expect(requestLines()).toEqual(['GET /targets/42.json'])
  })

  it('with --yes before Christmas puts the Christmas-week records; a second run is in step and sends no PUT', async () => {
    const run = await callhours(['sync', '42', '--exceptions', 'christmas.json', '--yes'], { files, now: beforeChristmas })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('PUT /targets/42.json — 2 changes (2 updates)')
    expect(run.stdout).toContain('sent and verified: target 42 now holds these hours')
    expect(heldDay(42, 4)).toEqual([[900, 1300, true]])
    expect(heldDay(42, 5)).toEqual([[0, 2400, false]])
    expect(heldDay(42, 3)).toEqual([[900, 1700, true]])
    expect(requestLines().filter((line) => line.startsWith('PUT'))).toEqual(['PUT /targets/42.json'])
    // The next change: Thursday 2026-12-31 closed for New Year (Friday 2027-01-01 is closed as Christmas was).
    expect(run.stdout).toMatch(/\nNext change: New Year \(2026-12-31\)\n {2}run sync again from Fri 2026-12-25 00:00 EST {2}\(2026-12-25T05:00Z\)\n {16}and by Thu 2026-12-31 09:00 EST {2}\(2026-12-31T14:00Z\)\n$/)

    const again = await callhours(['sync', '42', '--exceptions', 'christmas.json', '--yes'], { files, now: '2026-12-22T15:00:00Z' })
    expect(again.code).toBe(0)
    expect(again.stdout).toContain('in step: at Tue 2026-12-22 10:00 EST the server holds the hours of 2026-12-22 to 2026-12-28 (Christmas Eve, Christmas); nothing to send')
    expect(again.stderr).toBe('')
    expect(requestLines().filter((line) => line.startsWith('PUT'))).toHaveLength(1)
  })

  it('--hours gives the usual week back after the holidays; --json reports the run', async () => {
    await callhours(['sync', '42', '--exceptions', 'christmas.json', '--yes'], { files, now: beforeChristmas })
    const usual = JSON.stringify({ target: { business_hours: weekRecords } })
    const run = await callhours(['sync', '42', '--exceptions', 'christmas.json', '--hours', 'usual.json', '--yes', '--json'], {
      files: { ...files, 'usual.json': usual },
      now: '2027-01-04T15:00:00Z',
    })
    expect(run.code).toBe(0)
    const report = JSON.parse(run.stdout)
    expect(report).toMatchObject({ target: 42, timeZone: 'America/New_York', at: '2027-01-04T15:00:00.000Z', hoursFrom: 'usual.json', inStep: false, sent: true, next: null })
    expect(report.business_hours_attributes).toHaveLength(2)
    expect(report.records).toHaveLength(7)
    expect(schedulesEqual(heldWeek(42), parseBusinessHours(weekRecords))).toBe(true)
  })

  it('reading the usual week from the server warns when it sends a change', async () => {
    const run = await callhours(['sync', '42', '--exceptions', 'christmas.json'], { files, now: beforeChristmas })
    expect(run.stderr).toContain('note: the usual week was read from the server')
    expect(run.stderr).toContain('--hours')
  })

  it('needs exceptions (exit 2), and an exceptions file that is not an array is refused before any request', async () => {
    const none = await callhours(['sync', '42'], { files })
    expect(none.code).toBe(2)
    expect(none.stderr).toContain('sync needs the exceptions to keep the target in step with')
    const notArray = await callhours(['sync', '42', '--exceptions', 'x.json'], { files: { 'x.json': '{}' } })
    expect(notArray.code).toBe(2)
    expect(notArray.stderr).toContain('x.json: expected a JSON array of exceptions')
    expect(server.requests).toEqual([])
  })

  it('invalid exceptions are invalid hours (exit 1), listed with their path', async () => {
    const run = await callhours(['sync', '42', '--exceptions', 'x.json'], { files: { 'x.json': '[{"date":"2026-02-30","closed":true}]' } })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('exceptions[0]')
    expect(requestLines()).toEqual(['GET /targets/42.json'])
  })

  it('says when no change is planned in the next 60 days', async () => {
    const run = await callhours(['sync', '42', '--exceptions', 'x.json'], { files: { 'x.json': '[]' }, now: '2026-03-02T15:00:00Z' })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('in step: at Mon 2026-03-02 10:00 EST the server holds the hours of 2026-03-02 to 2026-03-08; nothing to send')
    expect(run.stdout).toContain('Next change: none planned in the next 60 days')
  })
})

describe('reset-cap', () => {
  it('without --yes says what it would do and sends nothing', async () => {
    const run = await callhours(['reset-cap', '42'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('POST /targets/42/reset_cap.json')
    expect(run.stdout).toContain('To send it: callhours reset-cap 42 --yes')
    expect(server.requests).toEqual([])
    expect(server.targets.get(42)!.caps.find((cap) => cap.type === 'Hard')!.filled).toBe(37)
  })

  it('with --yes posts once, and the Hard cap count is 0', async () => {
    const run = await callhours(['reset-cap', '42', '--yes'])
    expect(run.code).toBe(0)
    expect(run.stdout).toBe("reset: target 42's Hard cap count is 0 again (POST /targets/42/reset_cap.json)\n")
    expect(requestLines()).toEqual(['POST /targets/42/reset_cap.json'])
    expect(server.targets.get(42)!.caps.find((cap) => cap.type === 'Hard')!.filled).toBe(0)
  })

  it('is never retried: a 500 is exit 3 after one POST', async () => {
    server.fault({ kind: 'status', status: 500, times: Infinity })
    const run = await callhours(['reset-cap', '42', '--yes'], { env: env({ RETREAVER_RETRIES: '3' }) })
    expect(run.code).toBe(3)
    expect(run.stderr).toContain('the server answered 500')
    expect(requestLines()).toEqual(['POST /targets/42/reset_cap.json'])
  })
})
