/**
 * The API client against the local fake server (test/server/fakeRetreaver.ts, which follows the API
 * document and shares no code with src/): every endpoint, every fault, the key never shown, and
 * the update loop as a property. Nothing here reaches beyond 127.0.0.1.
 */
import fc from 'fast-check'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createRetreaverClient, parseBusinessHours, RetreaverApiError, schedulesEqual, BusinessHoursError, type RetreaverClient } from '../../src/index'
import { editScheduleArb, serverRecordsArb } from '../diff/arbitraries'
import { startFakeRetreaver, type FakeRetreaver } from '../server/fakeRetreaver'
import { apiErrorOf } from './apiErrorOf'
import type { DayOfWeek } from '../../src/ground/days'

const KEY = 'k3y-Secret/+='
let server: FakeRetreaver
let client: RetreaverClient

const WEEKDAYS = [1, 2, 3, 4, 5].map((day) => ({ day_of_week: day as DayOfWeek, time_open: 900, time_close: 1700, work_day: true, invert: false }))

beforeAll(async () => {
  server = await startFakeRetreaver({ apiKey: KEY, companyId: 42 })
})
afterAll(() => server.close())

beforeEach(() => {
  server.clearFaults()
  server.targets.clear()
  server.requests.length = 0
  server.seed([
    { id: 3, name: 'Sales', tid: 'sales-1', time_zone: 'America/New_York', business_hours: WEEKDAYS.map((record) => ({ ...record })) },
    { id: 4, name: 'Support', business_hours: [] },
  ])
  client = createRetreaverClient({ apiKey: KEY, companyId: 42, baseUrl: server.baseUrl, retryDelayMs: 1, timeoutMs: 500 })
})

/** What a call threw, checked to be a RetreaverApiError that never shows the key. */
const apiError = (run: () => Promise<unknown>) => apiErrorOf(run, [KEY, encodeURIComponent(KEY)])

describe('endpoints', () => {
  it('getTarget and getTargetByTid unwrap { target }, sending api_key and company_id', async () => {
    expect((await client.getTarget(3)).name).toBe('Sales')
    expect((await client.getTargetByTid('sales-1')).id).toBe(3)
    expect(server.requests.map((request) => [request.method, request.path, request.query.api_key, request.query.company_id])).toEqual([
      ['GET', '/targets/3.json', KEY, '42'],
      ['GET', '/targets/tid/sales-1.json', KEY, '42'],
    ])
  })

  it('listTargets follows Link to the last page, and onPage sees each page', async () => {
    server.seed(Array.from({ length: 58 }, (_, i) => ({ id: 100 + i, name: `t${i}` })))
    const pages: number[] = []
    const all = await client.listTargets({ onPage: (targets, page) => pages.push(page * 1000 + targets.length) })
    expect(all).toHaveLength(60)
    expect(all.map((target) => target.id)).toEqual([3, 4, ...Array.from({ length: 58 }, (_, i) => 100 + i)])
    expect(pages).toEqual([1025, 2025, 3010])
  })

  it('a 404 is an http error with the status and the server’s message', async () => {
    const error = await apiError(() => client.getTarget(999))
    expect([error.kind, error.status, error.method]).toEqual(['http', 404, 'GET'])
    expect(error.serverMessage).not.toBeNull()
    expect(error.url).toContain('api_key=[REDACTED]')
    expect(error.message).toContain('/targets/999.json')
  })

  it('a wrong key is a 401, said so, key not shown', async () => {
    const wrong = createRetreaverClient({ apiKey: 'not-the-key', companyId: 42, baseUrl: server.baseUrl, retryDelayMs: 1 })
    let caught: unknown
    try {
      await wrong.getTarget(3)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(RetreaverApiError)
    expect((caught as RetreaverApiError).status).toBe(401)
    expect((caught as RetreaverApiError).message).toContain('check RETREAVER_API_KEY')
    expect((caught as RetreaverApiError).message).not.toContain('not-the-key')
  })

  it('createTarget checks the hours first and sends nothing when they are invalid', async () => {
    await expect(client.createTarget({ name: 'Bad', business_hours_attributes: [{ day_of_week: 7 }] })).rejects.toBeInstanceOf(BusinessHoursError)
    expect(server.requests).toHaveLength(0)
    const created = await client.createTarget({ name: 'New', business_hours_attributes: WEEKDAYS })
    expect(created.name).toBe('New')
    expect(server.requests.map((request) => request.method)).toEqual(['POST'])
  })

  it('updateTarget changes only what it is given; setCaps goes through *_cap_attributes; resetCap posts once; deleteTarget', async () => {
    await client.updateTarget(3, { name: 'Sales East' })
    expect(server.targets.get(3)!.name).toBe('Sales East')
    expect(server.targets.get(3)!.business_hours).toHaveLength(5)
    await client.setCaps(3, { hard: 100, daily: 20 })
    const caps = server.targets.get(3)!.caps
    expect(caps.find((cap) => cap.type === 'Hard')!.cap).toBe(100)
    expect(caps.find((cap) => cap.type === 'Daily')!.cap).toBe(20)
    expect(server.requests.at(-1)!.body).toEqual({ target: { hard_cap_attributes: { cap: 100 }, daily_cap_attributes: { cap: 20 } } })
    await client.resetCap(3)
    expect(server.requests.filter((request) => request.path === '/targets/3/reset_cap.json')).toHaveLength(1)
    await client.deleteTarget(4)
    expect(server.targets.has(4)).toBe(false)
  })
})

describe('updateBusinessHours: GET, diff, PUT only when needed, GET again and verify', () => {
  it('sends one PUT that keeps ids, and the server then holds the edited week', async () => {
    const edited = [...WEEKDAYS.slice(0, 4), { day_of_week: 5 as DayOfWeek, time_open: 900, time_close: 1300, work_day: true, invert: false }]
    const result = await client.updateBusinessHours(3, edited)
    expect(result.changed).toBe(true)
    expect(result.payload).toHaveLength(1)
    // The second GET re-reads the target just before the PUT: the records must not have changed.
    expect(server.requests.map((request) => request.method)).toEqual(['GET', 'GET', 'PUT', 'GET'])
    const held = parseBusinessHours(server.targets.get(3)!.business_hours)
    expect(schedulesEqual(held, parseBusinessHours(edited))).toBe(true)
    // A second call finds nothing to send.
    server.requests.length = 0
    expect((await client.updateBusinessHours(3, edited)).changed).toBe(false)
    expect(server.requests.map((request) => request.method)).toEqual(['GET'])
  })

  it('a server that silently ignores one record is caught: a verification error carrying both weeks', async () => {
    server.fault({ kind: 'ignoreRecord' })
    const edited = WEEKDAYS.map((record) => ({ ...record, time_close: 1800 }))
    const error = await apiError(() => client.updateBusinessHours(3, edited))
    expect(error.kind).toBe('verification')
    expect(schedulesEqual(error.expected!, parseBusinessHours(edited))).toBe(true)
    expect(schedulesEqual(error.held!, parseBusinessHours(edited))).toBe(false)
    expect(server.requests.filter((request) => request.method === 'PUT')).toHaveLength(1)
  })

  it('invalid edited hours are refused before any PUT', async () => {
    await expect(client.updateBusinessHours(3, [{ day_of_week: 1, time_open: 1700, time_close: 900, work_day: true, invert: false }])).rejects.toBeInstanceOf(BusinessHoursError)
    expect(server.requests.map((request) => request.method)).toEqual(['GET'])
  })

  it('for random server records and random edited weeks: exactly the edited week, ids kept, at most one PUT, then nothing to send', async () => {
    await fc.assert(
      fc.asyncProperty(serverRecordsArb, editScheduleArb, async (records, edited) => {
        server.targets.clear()
        server.requests.length = 0
        server.seed([{ id: 9, business_hours: records.map((record) => ({ ...record })) }])
        const before = server.targets.get(9)!.business_hours.map((record) => record.id)
        const result = await client.updateBusinessHours(9, edited)
        const after = server.targets.get(9)!.business_hours
        expect(schedulesEqual(parseBusinessHours(after), edited)).toBe(true)
        expect(server.requests.filter((request) => request.method === 'PUT').length).toBe(result.changed ? 1 : 0)
        // Every record not destroyed kept its id; records were added only as the payload created them.
        const destroyed = new Set(result.payload.filter((item) => '_destroy' in item).map((item) => item.id))
        const afterIds = new Set(after.map((record) => record.id))
        expect(before.filter((id) => !destroyed.has(id)).every((id) => afterIds.has(id))).toBe(true)
        expect(after.length).toBe(before.length - destroyed.size + result.payload.filter((item) => item.id === undefined).length)
        server.requests.length = 0
        expect((await client.updateBusinessHours(9, edited)).changed).toBe(false)
        expect(server.requests.filter((request) => request.method === 'PUT')).toHaveLength(0)
      }),
      { numRuns: Number(process.env.CALLHOURS_DEEP) ? 300 : 40 },
    )
  })
})

describe('faults', () => {
  it('a GET retries 500 and 503, then answers', async () => {
    server.fault({ kind: 'status', status: 500, times: 2, match: { method: 'GET' } })
    expect((await client.getTarget(3)).id).toBe(3)
    expect(server.requests).toHaveLength(3)
  })

  it('a GET that keeps failing ends in an http error naming the status and the attempts', async () => {
    server.fault({ kind: 'status', status: 503, times: Infinity })
    const error = await apiError(() => client.getTarget(3))
    expect([error.kind, error.status]).toEqual(['http', 503])
    expect(server.requests).toHaveLength(4) // 1 + 3 retries
  })

  it('429 honours Retry-After, then answers', async () => {
    server.fault({ kind: 'rateLimit', retryAfter: 1 })
    const started = Date.now()
    expect((await client.getTarget(3)).id).toBe(3)
    expect(Date.now() - started).toBeGreaterThanOrEqual(950)
    expect(server.requests).toHaveLength(2)
  })

  it('a dropped connection is retried for a GET; a POST never retries', async () => {
    server.fault({ kind: 'drop', match: { method: 'GET' } })
    expect((await client.getTarget(3)).id).toBe(3)
    server.requests.length = 0
    server.fault({ kind: 'drop', match: { method: 'POST' } })
    const error = await apiError(() => client.resetCap(3))
    expect(error.kind).toBe('network')
    expect(server.requests).toHaveLength(1)
  })

  it('a slow answer past the timeout is a timeout', async () => {
    const impatient = createRetreaverClient({ apiKey: KEY, companyId: 42, baseUrl: server.baseUrl, timeoutMs: 50, retries: 0 })
    server.fault({ kind: 'slow', delayMs: 300 })
    const error = await apiError(() => impatient.getTarget(3))
    expect(error.kind).toBe('timeout')
    expect(error.message).toContain('no answer within 50 ms')
  })

  it('a truncated JSON body is not read as a target', async () => {
    const once = createRetreaverClient({ apiKey: KEY, companyId: 42, baseUrl: server.baseUrl, retries: 0 })
    server.fault({ kind: 'truncated' })
    const error = await apiError(() => once.getTarget(3))
    expect(error.kind).toBe('not_json')
    expect(error.message).toContain('not read as a target')
  })

  it('an HTML error page says so', async () => {
    const once = createRetreaverClient({ apiKey: KEY, companyId: 42, baseUrl: server.baseUrl, retries: 0 })
    server.fault({ kind: 'html' })
    const error = await apiError(() => once.getTarget(3))
    expect([error.kind, error.status]).toEqual(['http', 502])
    expect(error.message).toContain('an HTML page')
  })

  it('a PUT with records without ids is not retried (sending twice would add them twice)', async () => {
    server.fault({ kind: 'drop', match: { method: 'PUT' } })
    const error = await apiError(() => client.updateTarget(4, { business_hours_attributes: [{ day_of_week: 1, time_open: 900, time_close: 1700 }] }))
    expect(error.kind).toBe('network')
    expect(server.requests.filter((request) => request.method === 'PUT')).toHaveLength(1)
  })
})

describe('options', () => {
  it('refuses http:// to another machine, a missing key, and a bad URL', () => {
    expect(() => createRetreaverClient({ apiKey: KEY, baseUrl: 'http://example.com' })).toThrow(/travel in clear/)
    expect(() => createRetreaverClient({ apiKey: KEY, baseUrl: 'http://example.com', allowInsecureHttp: true })).not.toThrow()
    expect(() => createRetreaverClient({ apiKey: '' })).toThrow(TypeError)
    expect(() => createRetreaverClient({ apiKey: KEY, baseUrl: 'not a url' })).toThrow(TypeError)
  })

  it('a Link to another server is not followed (the key stays here)', async () => {
    const rogue: typeof fetch = async () =>
      new Response(JSON.stringify([{ target: { id: 1 } }]), { status: 200, headers: { 'content-type': 'application/json', link: '<https://evil.example/targets.json?page=2>; rel="next"' } })
    const local = createRetreaverClient({ apiKey: KEY, baseUrl: 'https://api.retreaver.com', fetch: rogue })
    const error = await apiError(() => local.listTargets())
    expect(error.message).toContain('points to another server')
  })
})
