/**
 * The client tried as a hostile network and a careless operator would (issue 18): one named test
 * per defect, against the local fake server (test/server/fakeRetreaver.ts) with the fault each
 * needs. Nothing here reaches beyond 127.0.0.1.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createRetreaverClient, parseBusinessHours, RetreaverApiError, schedulesEqual, type RetreaverClient, type RetreaverRetry } from '../../src/index'
import { retryAfterMs } from '../../src/client/httpCore'
import { createRedactor } from '../../src/client/redactSecret'
import type { DayOfWeek } from '../../src/ground/days'
import { editScheduleArb, serverRecordsArb } from '../diff/arbitraries'
import { dayFlags, firstDifference, minuteModelOfRecords } from '../oracles/minuteModel'
import { startFakeRetreaver, type FakeRetreaver } from '../server/fakeRetreaver'
import { apiErrorOf } from './apiErrorOf'

/** A key with every character URLSearchParams writes differently from encodeURIComponent. */
const KEY = "Key with space!'()~*-0123456789"
const QUERY_FORM = new URLSearchParams({ k: KEY }).toString().slice(2)
const lowerHex = (text: string): string => text.replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase())
const ALL_FORMS = [KEY, encodeURIComponent(KEY), QUERY_FORM, lowerHex(QUERY_FORM), lowerHex(encodeURIComponent(KEY))]

let server: FakeRetreaver
/** A second server standing for "somewhere else": it must never see a request. */
let elsewhere: FakeRetreaver

const WEEKDAYS = [1, 2, 3, 4, 5].map((day) => ({ day_of_week: day as DayOfWeek, time_open: 900, time_close: 1700, work_day: true, invert: false }))

beforeAll(async () => {
  server = await startFakeRetreaver({ apiKey: KEY })
  elsewhere = await startFakeRetreaver({ apiKey: KEY })
})
afterAll(async () => {
  await server.close()
  await elsewhere.close()
})

beforeEach(() => {
  server.clearFaults()
  server.targets.clear()
  server.requests.length = 0
  elsewhere.requests.length = 0
  server.seed([{ id: 3, name: 'Sales', time_zone: 'America/New_York', business_hours: WEEKDAYS.map((record) => ({ ...record })) }])
})

function clientWith(extra: Partial<Parameters<typeof createRetreaverClient>[0]> = {}): RetreaverClient {
  return createRetreaverClient({ apiKey: KEY, baseUrl: server.baseUrl, retryDelayMs: 1, timeoutMs: 2000, ...extra })
}

/** What a call threw: a RetreaverApiError in which no form of the key appears anywhere. */
const apiError = (run: () => Promise<unknown>) => apiErrorOf(run, ALL_FORMS)

const puts = (): number => server.requests.filter((request) => request.method === 'PUT').length

describe('1. redirects are never followed', () => {
  it.each([301, 302, 307, 308] as const)('a %i to another server is an error naming its origin only; the other server sees nothing', async (status) => {
    server.fault({ kind: 'redirect', status, location: `${elsewhere.baseUrl}/targets/3.json?token=abc&api_key=${QUERY_FORM}` })
    const error = await apiError(() => clientWith().getTarget(3))
    expect(error.kind).toBe('redirect')
    expect(error.status).toBe(status)
    expect(error.message).toContain(`redirect to ${elsewhere.baseUrl}:`)
    expect(error.message).not.toContain('token=abc')
    expect(elsewhere.requests).toHaveLength(0)
    expect(server.requests).toHaveLength(1) // not retried
  })

  it('a 307 on a PUT does not carry the body onwards', async () => {
    server.fault({ kind: 'redirect', status: 307, location: `${elsewhere.baseUrl}/targets/3.json`, match: { method: 'PUT' } })
    const error = await apiError(() => clientWith().updateTarget(3, { name: 'x' }))
    expect(error.kind).toBe('redirect')
    expect(elsewhere.requests).toHaveLength(0)
  })

  it('a 303 after a PUT is not turned into a GET reported as success', async () => {
    server.fault({ kind: 'redirect', status: 303, location: '/targets/3.json', match: { method: 'PUT' } })
    const error = await apiError(() => clientWith().updateTarget(3, { name: 'x' }))
    expect([error.kind, error.status]).toEqual(['redirect', 303])
    expect(server.requests.map((request) => request.method)).toEqual(['PUT'])
  })
})

describe('2–3. redaction: every encoding, any api_key= value, redacted before it is cut', () => {
  it('the key as URLSearchParams writes it (a+b, %21 %27 %28 %29 %7E, lower-case hex) never shows', async () => {
    const echo = `bad request: /targets/3.json?api_key=${QUERY_FORM}; also ${lowerHex(QUERY_FORM)} and ${lowerHex(encodeURIComponent(KEY))}`
    server.fault({ kind: 'raw', status: 400, body: JSON.stringify({ error: echo }) })
    const error = await apiError(() => clientWith().getTarget(3))
    expect(error.serverMessage).toContain('api_key=[REDACTED]')
    expect(error.serverMessage).toContain('also [REDACTED] and [REDACTED]')
  })

  it('any api_key= value in a quoted URL is redacted, even one that is not our key', () => {
    expect(createRedactor(KEY)('see https://x.example/a?b=1&API_KEY=other-token#f')).toBe('see https://x.example/a?b=1&API_KEY=[REDACTED]#f')
  })

  it('a key straddling the 500-character cut shows no head', async () => {
    const message = `${'x'.repeat(495)}${KEY} trailing`
    server.fault({ kind: 'raw', status: 422, body: JSON.stringify({ error: message }) })
    const error = await apiError(() => clientWith().getTarget(3))
    expect(error.serverMessage!.startsWith(`${'x'.repeat(495)}[RED`)).toBe(true)
    expect(error.message).not.toContain(KEY.slice(0, 5))
  })
})

describe('4. a base URL with user:pass@ is refused, and never printed', () => {
  it('refused when the client is made; the message has neither user nor password', () => {
    let caught: unknown
    try {
      createRetreaverClient({ apiKey: KEY, baseUrl: 'https://admin:hunter2@api.retreaver.com' })
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(TypeError)
    expect(String((caught as Error).message)).not.toMatch(/admin|hunter2/)
    expect(() => createRetreaverClient({ apiKey: KEY, baseUrl: 'https://api.retreaver.com/?api_key=x' })).toThrow(/without \?query/)
    expect(() => createRetreaverClient({ apiKey: KEY, baseUrl: 'not a url with hunter2' })).toThrow(/does not parse$/)
  })
})

describe('5. a short key is not revealed by where [REDACTED] stands', () => {
  it('a text holding a short key is withheld whole', async () => {
    const short = await startFakeRetreaver({ apiKey: 'in' })
    try {
      short.fault({ kind: 'raw', status: 400, body: JSON.stringify({ error: 'invalid parameter' }) })
      const error = await apiError(() => createRetreaverClient({ apiKey: 'in', baseUrl: short.baseUrl, retries: 0 }).getTarget(1))
      expect(error.serverMessage).toBe('[withheld: this text contains the api key]')
      expect(error.message).not.toContain('valid')
    } finally {
      await short.close()
    }
  })
})

describe('8. a PUT is retried only when a second application is harmless; a lost answer is decided by what the server holds', () => {
  /** Monday in two records on the server; the edit makes it one, so the payload destroys one. */
  const splitMonday = (): void => {
    server.targets.clear()
    server.seed([{ id: 3, business_hours: [{ day_of_week: 1, time_open: 900, time_close: 1200 }, { day_of_week: 1, time_open: 1300, time_close: 1700 }, ...WEEKDAYS.slice(1)] }])
  }

  it('a PUT that destroys a record, committed with its answer lost: not retried, and the update reports success from the re-read', async () => {
    splitMonday()
    server.fault({ kind: 'drop', apply: true, match: { method: 'PUT' } })
    const edited = WEEKDAYS
    const result = await clientWith().updateBusinessHours(3, edited)
    expect(puts()).toBe(1)
    expect(result.changed).toBe(true)
    expect(result.answerLost).not.toBeNull()
    expect(schedulesEqual(parseBusinessHours(server.targets.get(3)!.business_hours), parseBusinessHours(edited))).toBe(true)
  })

  it('the same lost answer without the write applied: said as sent, nothing changed, not resent', async () => {
    splitMonday()
    server.fault({ kind: 'drop', apply: false, match: { method: 'PUT' } })
    const error = await apiError(() => clientWith().updateBusinessHours(3, WEEKDAYS))
    expect(puts()).toBe(1)
    expect(error.sent).not.toBeNull()
    expect(error.message).toContain('holds what it held before')
  })

  it('a PUT that only updates records by id is retried after a lost answer', async () => {
    server.fault({ kind: 'drop', apply: false, match: { method: 'PUT' } })
    const records = server.targets.get(3)!.business_hours.map(({ id, day_of_week, time_open, work_day, invert }) => ({ id, day_of_week: day_of_week as DayOfWeek, time_open, time_close: 1800, work_day, invert }))
    const result = await clientWith().updateBusinessHours(3, records)
    expect(puts()).toBe(2)
    expect(result.answerLost).toBeNull()
  })
})

describe('9. anything failing after a PUT says the write was sent', () => {
  it('a verification GET that fails carries sent (status and payload)', async () => {
    const client = clientWith({ retries: 0 })
    let gets = 0
    const spy = createRetreaverClient({
      apiKey: KEY,
      baseUrl: server.baseUrl,
      retries: 0,
      fetch: (async (url: string, init: RequestInit) => {
        if ((init.method ?? 'GET') === 'GET' && ++gets === 3) return new Response('{"error":"boom"}', { status: 500, headers: { 'content-type': 'application/json' } })
        return fetch(url, init)
      }) as typeof fetch,
    })
    void client
    const error = await apiError(() => spy.updateBusinessHours(3, WEEKDAYS.map((record) => ({ ...record, time_close: 1800 }))))
    expect(error.sent).toMatchObject({ method: 'PUT', status: 200 })
    expect(error.sent!.payload!.length).toBeGreaterThan(0)
    expect(error.message).toMatch(/was sent \(answered 200\); then, reading the target to verify it/)
  })

  it('a server week the library rejects after the PUT is an error after the write, not "cannot diff"', async () => {
    let gets = 0
    const spy = createRetreaverClient({
      apiKey: KEY,
      baseUrl: server.baseUrl,
      retries: 0,
      fetch: (async (url: string, init: RequestInit) => {
        if ((init.method ?? 'GET') === 'GET' && ++gets === 3) {
          return new Response(JSON.stringify({ target: { id: 3, business_hours: [{ id: 1, day_of_week: 9, time_open: 900, time_close: 1700 }] } }), { status: 200 })
        }
        return fetch(url, init)
      }) as typeof fetch,
    })
    const error = await apiError(() => spy.updateBusinessHours(3, WEEKDAYS.map((record) => ({ ...record, time_close: 1800 }))))
    expect(error.sent).not.toBeNull()
    expect(error.kind).toBe('unexpected_body')
  })
})

describe('10. bounded timeouts, retries and a total deadline', () => {
  it('out-of-range numbers are refused', () => {
    expect(() => clientWith({ timeoutMs: 2_147_483_648 })).toThrow(RangeError)
    expect(() => clientWith({ retries: 11 })).toThrow(RangeError)
    expect(() => clientWith({ deadlineMs: 0 })).toThrow(RangeError)
    expect(() => clientWith({ maxResponseBytes: 10 })).toThrow(RangeError)
    expect(() => clientWith({ timeoutMs: '5' as unknown as number })).toThrow(TypeError)
  })

  it('the deadline ends a call that keeps retrying', async () => {
    server.fault({ kind: 'status', status: 503, times: Infinity })
    const started = Date.now()
    const error = await apiError(() => clientWith({ retries: 10, retryDelayMs: 200, deadlineMs: 300 }).getTarget(3))
    expect(error.kind).toBe('deadline')
    expect(Date.now() - started).toBeLessThan(2000)
  })
})

describe('11. Link is read per RFC 8288', () => {
  it('a next URL with a comma is followed', async () => {
    server.seed(Array.from({ length: 30 }, (_, i) => ({ id: 100 + i })))
    server.fault({
      kind: 'raw',
      match: { method: 'GET', path: '/targets.json' },
      body: JSON.stringify([{ target: { id: 3 } }]),
      headers: { Link: `<${server.baseUrl}/targets.json?page=2&tags=a,b>; rel="next", <${server.baseUrl}/targets.json?page=2>; rel="last"` },
    })
    const all = await clientWith().listTargets()
    expect(server.requests.map((request) => request.query.tags ?? null)).toEqual([null, 'a,b'])
    expect(all.length).toBe(1 + 6) // page 2 of 25 a page: targets 124–129 … as the server has them
  })

  it('a page that links to itself is an error after the first repeat', async () => {
    server.fault({ kind: 'raw', times: Infinity, match: { path: '/targets.json' }, body: '[]', headers: { Link: `<${server.baseUrl}/targets.json>; rel="next"` } })
    const error = await apiError(() => clientWith().listTargets())
    expect(error.message).toContain('already read')
    expect(server.requests).toHaveLength(1)
  })

  it('an unreadable Link header is an error, not the last page', async () => {
    server.fault({ kind: 'raw', match: { path: '/targets.json' }, body: '[]', headers: { Link: 'next=/targets.json?page=2' } })
    const error = await apiError(() => clientWith().listTargets())
    expect(error.message).toContain('the Link header cannot be read')
  })
})

describe('12. answers are read up to a size', () => {
  it('a gzip body that expands past maxResponseBytes is "too large", counted decoded, not retried', async () => {
    server.fault({ kind: 'gzipBomb', bytes: 64 * 1024 * 1024 })
    const error = await apiError(() => clientWith({ maxResponseBytes: 1024 * 1024 }).getTarget(3))
    expect(error.kind).toBe('too_large')
    expect(server.requests).toHaveLength(1)
  })
})

describe('13. the signal ends waits at once; a malformed Retry-After is absent', () => {
  it('abort during the backoff', async () => {
    server.fault({ kind: 'status', status: 503, times: Infinity })
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 50)
    const started = Date.now()
    const error = await apiError(() => clientWith({ retries: 5, retryDelayMs: 20_000, signal: controller.signal }).getTarget(3))
    expect(error.kind).toBe('aborted')
    expect(Date.now() - started).toBeLessThan(1500)
  })

  it('Retry-After: seconds or an HTTP date; anything else is absent, never 0', () => {
    expect(retryAfterMs('120')).toBe(120_000)
    for (const garbage of ['', ' ', 'soon', '1e3', '-5', '0.5', 'Tomorrow']) expect(retryAfterMs(garbage)).toBeNull()
    expect(retryAfterMs(new Date(Date.now() + 5000).toUTCString())).toBeGreaterThan(3000)
  })
})

describe('14. no internal error from big or deep answers', () => {
  it('a list page of 130,000 items is read', async () => {
    const body = `[${Array.from({ length: 130_000 }, (_, i) => `{"target":{"id":${i + 1}}}`).join(',')}]`
    server.fault({ kind: 'raw', match: { path: '/targets.json' }, body })
    const all = await clientWith().listTargets()
    expect(all).toHaveLength(130_000)
  })

  it('a field nested 10,000 levels deep is refused as an unexpected body', async () => {
    const deep = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`
    server.fault({ kind: 'raw', body: `{"target":{"id":3,"business_hours":[],"extra":${deep}}}` })
    const error = await apiError(() => clientWith().getTarget(3))
    expect(error.kind).toBe('unexpected_body')
    expect(error.message).toContain('nested deeper than 64 levels')
  })

  it('no spread of an array into push, Math.max/min or a call anywhere in src/', () => {
    const offenders: string[] = []
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name)
        if (statSync(path).isDirectory()) walk(path)
        else if (name.endsWith('.ts')) {
          readFileSync(path, 'utf8')
            .split('\n')
            .forEach((line, index) => {
              if (/\.(push|unshift)\(\s*\.\.\.|Math\.(max|min)\(\s*\.\.\.|\.apply\(/.test(line)) offenders.push(`${path}:${index + 1}: ${line.trim()}`)
            })
        }
      }
    }
    walk(join(__dirname, '..', '..', 'src'))
    expect(offenders).toEqual([])
  })
})

describe('15. a body that is not a target says what it is', () => {
  it('{ "target": [] }', async () => {
    server.fault({ kind: 'raw', body: '{"target":[]}' })
    const error = await apiError(() => clientWith().getTarget(3))
    expect(error.message).toContain('received { "target": an array of 0 }')
  })
})

describe('16. retries are told', () => {
  it('onRetry hears each retry with its reason, attempt and wait', async () => {
    server.fault({ kind: 'status', status: 503, times: 2 })
    const heard: RetreaverRetry[] = []
    await clientWith({ onRetry: (retry) => heard.push(retry) }).getTarget(3)
    expect(heard.map((retry) => [retry.reason, retry.attempt, retry.attempts])).toEqual([
      ['503 from the server', 2, 4],
      ['503 from the server', 3, 4],
    ])
    expect(heard[0]!.url).toContain('api_key=[REDACTED]')
  })
})

describe('7. the server ends with exactly the payload’s records', () => {
  it('records changed between the diff and the PUT: refused as a conflict, nothing sent', async () => {
    let gets = 0
    const racing = createRetreaverClient({
      apiKey: KEY,
      baseUrl: server.baseUrl,
      fetch: (async (url: string, init: RequestInit) => {
        if ((init.method ?? 'GET') === 'GET' && ++gets === 2) server.targets.get(3)!.business_hours[0]!.time_close = 1600
        return fetch(url, init)
      }) as typeof fetch,
    })
    const error = await apiError(() => racing.updateBusinessHours(3, WEEKDAYS.map((record) => ({ ...record, time_close: 1800 }))))
    expect(error.kind).toBe('conflict')
    expect(error.message).toContain('changed while we looked')
    expect(puts()).toBe(0)
  })

  it('a server holding the week twice converges to one copy', async () => {
    server.targets.clear()
    server.seed([{ id: 3, business_hours: [...WEEKDAYS, ...WEEKDAYS].map((record) => ({ ...record })) }])
    const result = await clientWith().updateBusinessHours(3, WEEKDAYS)
    expect(result.changed).toBe(true)
    expect(server.targets.get(3)!.business_hours).toHaveLength(5)
    expect((await clientWith().updateBusinessHours(3, WEEKDAYS)).changed).toBe(false)
  })

  it('a copy the server holds beside the payload is caught by comparing records (not only the week) and removed by a second PUT', async () => {
    let puts = 0
    const sneaky = createRetreaverClient({
      apiKey: KEY,
      baseUrl: server.baseUrl,
      fetch: (async (url: string, init: RequestInit) => {
        const answer = await fetch(url, init)
        if (init.method === 'PUT' && ++puts === 1) {
          // A writer that adds a record opening nothing more, and keeps doing so: the week is right, the records never are.
          const hours = server.targets.get(3)!.business_hours
          for (let copy = 0; copy < 1; copy++) hours.push({ ...hours[0]!, id: 900 + puts })
        }
        return answer
      }) as typeof fetch,
    })
    const result = await sneaky.updateBusinessHours(3, WEEKDAYS.map((record) => ({ ...record, time_close: 1800 })))
    // The copy is removed by a second PUT.
    expect(result.puts).toBe(2)
    expect(server.targets.get(3)!.business_hours).toHaveLength(5)
  })
})

/** Whether a day holds a record that changes nothing, by the test's minute model (see test/diff). */
function redundantDay(records: readonly { id: number; day_of_week: number }[]): number | undefined {
  const whole = minuteModelOfRecords(records)
  for (let day = 0; day < 7; day++) {
    const dayRecords = records.filter((record) => record.day_of_week === day)
    if (dayRecords.length < 2) continue
    for (const record of dayRecords) {
      if (firstDifference(dayFlags(whole, day), dayFlags(minuteModelOfRecords(records.filter((r) => r !== record)), day)) === undefined) return day
    }
  }
  return undefined
}

describe('7. two clients racing with the same edit (two cron runs of one job)', () => {
  it('the server ends with exactly the edited week and no copies; each client converged or refused; then nothing to send', async () => {
    await fc.assert(
      fc.asyncProperty(serverRecordsArb, editScheduleArb, fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 40, maxLength: 40 }), async (records, edited, delays) => {
        server.targets.clear()
        server.clearFaults()
        server.seed([{ id: 9, business_hours: records.map((record) => ({ ...record })) }])
        let turn = 0
        const jittery = (async (url: string, init: RequestInit) => {
          await new Promise((resolve) => setTimeout(resolve, delays[turn++ % delays.length]))
          return fetch(url, init)
        }) as typeof fetch
        const a = clientWith({ fetch: jittery })
        const b = clientWith({ fetch: jittery })
        const outcomes = await Promise.allSettled([a.updateBusinessHours(9, edited), b.updateBusinessHours(9, edited)])
        for (const outcome of outcomes) {
          if (outcome.status === 'rejected') {
            expect(outcome.reason).toBeInstanceOf(RetreaverApiError)
            expect(['conflict']).toContain((outcome.reason as RetreaverApiError).kind)
          }
        }
        expect(outcomes.some((outcome) => outcome.status === 'fulfilled')).toBe(true)
        const after = server.targets.get(9)!.business_hours
        expect(schedulesEqual(parseBusinessHours(after), edited)).toBe(true)
        expect(redundantDay(after)).toBeUndefined()
        expect((await clientWith().updateBusinessHours(9, edited)).changed).toBe(false)
      }),
      { numRuns: Number(process.env.CALLHOURS_DEEP) ? 200 : 25 },
    )
  })
})
