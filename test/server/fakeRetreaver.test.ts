import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { railsNestedAttributes, type Row } from '../oracles/railsNestedAttributes'
import { startFakeRetreaver, type FakeRetreaver, type FakeTarget, type SeedTarget } from './fakeRetreaver'

let server: FakeRetreaver

const week = (close = 1700): SeedTarget['business_hours'] =>
  [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day_of_week: day, time_open: 900, time_close: close, work_day: day !== 0 && day !== 6, invert: false }))

function url(path: string, extra: Record<string, string> = {}): string {
  return `${server.baseUrl}${path}?${new URLSearchParams({ api_key: 'test-key', ...extra }).toString()}`
}

async function call(method: string, path: string, body?: unknown, extra?: Record<string, string>) {
  const res = await fetch(url(path, extra), {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } }),
  })
  const text = await res.text()
  return { res, status: res.status, json: text === '' ? undefined : (JSON.parse(text) as any) }
}

const snapshot = (): string => JSON.stringify([...server.targets.values()])
const parseLinks = (header: string | null): Record<string, string> =>
  Object.fromEntries([...(header ?? '').matchAll(/<([^>]+)>; rel="(\w+)"/g)].map((m) => [m[2]!, m[1]!]))

beforeEach(async () => {
  server = await startFakeRetreaver()
})
afterEach(async () => {
  await server.close()
})

describe('auth and routing', () => {
  it('answers 401 with a JSON error without the right api_key, and logs the query', async () => {
    server.seed([{ name: 'a' }])
    const none = await fetch(`${server.baseUrl}/targets/1.json`)
    expect(none.status).toBe(401)
    expect(typeof ((await none.json()) as { error: unknown }).error).toBe('string')
    expect((await call('GET', '/targets/1.json', undefined, { api_key: 'nope' })).status).toBe(401)
    expect((await call('GET', '/targets/1.json')).status).toBe(200)
    expect(server.requests.map((r) => r.query.api_key)).toEqual([undefined, 'nope', 'test-key'])
  })

  it('wants company_id when configured with one', async () => {
    await server.close()
    server = await startFakeRetreaver({ apiKey: 'k', companyId: 42, targets: [{ name: 'a' }] })
    const get = (q: string) => fetch(`${server.baseUrl}/targets/1.json?${q}`).then((r) => r.status)
    expect(await get('api_key=k')).toBe(401)
    expect(await get('api_key=k&company_id=41')).toBe(401)
    expect(await get('api_key=test-key&company_id=42')).toBe(401)
    expect(await get('api_key=k&company_id=42')).toBe(200)
  })

  it('answers 404 to unknown paths and methods, 400 to bodies that are not JSON or lack target', async () => {
    server.seed([{ name: 'a' }])
    expect((await call('GET', '/targets/1')).status).toBe(404)
    expect((await call('GET', '/campaigns.json')).status).toBe(404)
    expect((await call('POST', '/targets/1.json', { target: { name: 'x' } })).status).toBe(404)
    const notJson = await fetch(url('/targets/1.json'), { method: 'PUT', body: 'name=x', headers: { 'Content-Type': 'application/json' } })
    expect(notJson.status).toBe(400)
    expect((await call('PUT', '/targets/1.json', { name: 'x' })).status).toBe(400)
    expect((await call('PUT', '/targets/1.json', { target: {} })).status).toBe(400)
    expect(server.requests[3]).toMatchObject({ method: 'PUT', path: '/targets/1.json', body: undefined, rawBody: 'name=x' })
  })
})

describe('reading', () => {
  it('pages 60 targets by 25, by id, with Link next/last carrying the query as given', async () => {
    server.seed(Array.from({ length: 60 }, (_, i) => ({ id: 60 - i, name: `t${60 - i}` })))
    const pages: any[][] = []
    let next: string | undefined = `${server.baseUrl}/targets.json?api_key=test-key&extra=1`
    const links: Record<string, string>[] = []
    while (next !== undefined) {
      const res = await fetch(next)
      expect(res.status).toBe(200)
      pages.push((await res.json()) as any[])
      const link = parseLinks(res.headers.get('link'))
      links.push(link)
      next = link.next
    }
    expect(pages.map((p) => p.length)).toEqual([25, 25, 10])
    expect(pages.flat().map((item) => item.target.id)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1))
    expect(links[0]).toEqual({
      next: `${server.baseUrl}/targets.json?api_key=test-key&extra=1&page=2`,
      last: `${server.baseUrl}/targets.json?api_key=test-key&extra=1&page=3`,
    })
    expect(links[1]!.next).toBe(`${server.baseUrl}/targets.json?api_key=test-key&extra=1&page=3`)
    expect(links[2]!.next).toBeUndefined()
    expect(links[2]!.last).toBeUndefined()
    expect(links[2]!.prev).toContain('page=2')
    expect(server.requests.every((r) => r.query.api_key === 'test-key')).toBe(true)
  })

  it('gets by id and by tid, 404 otherwise, with the documented fields', async () => {
    const [t] = server.seed([{ name: 'Sales', tid: 'abc/1', time_zone: 'Eastern Time (US & Canada)', business_hours: week() }])
    const byId = await call('GET', `/targets/${t!.id}.json`)
    expect(byId.status).toBe(200)
    expect(Object.keys(byId.json.target)).toEqual(expect.arrayContaining([
      'id', 'name', 'number', 'tid', 'time_zone', 'paused', 'priority', 'weight', 'concurrency_cap', 'calls_in_progress', 'caps', 'business_hours',
    ]))
    expect(byId.json.target.caps.map((c: any) => c.type)).toEqual(['Daily', 'Hard', 'Hourly', 'Monthly'])
    expect(Object.keys(byId.json.target.business_hours[0])).toEqual(expect.arrayContaining(['id', 'target_id', 'day_of_week', 'time_open', 'time_close', 'work_day', 'invert']))
    expect((await call('GET', `/targets/tid/${encodeURIComponent('abc/1')}.json`)).json.target.id).toBe(t!.id)
    for (const path of ['/targets/999.json', '/targets/tid/zzz.json']) {
      const missing = await call('GET', path)
      expect(missing.status).toBe(404)
      expect(missing.json).toEqual({ error: 'Not Found' })
    }
  })
})

describe('writing', () => {
  it('POST creates a target with new ids for it, its four caps and its hours (200, as documented)', async () => {
    server.seed([{ business_hours: week() }])
    const created = await call('POST', '/targets.json', {
      target: { number: '+18668987878', client_tid: '2', name: null, hard_cap_attributes: { cap: 100 },
        business_hours_attributes: [{ day_of_week: 1, time_open: 900, time_close: 1700 }, { day_of_week: 2 }] },
    })
    expect(created.status).toBe(200)
    const target = created.json.target as FakeTarget
    expect(target.id).toBe(2)
    expect(target.tid).toBe('2')
    expect(target.caps.find((c) => c.type === 'Hard')).toMatchObject({ cap: 100, filled: 0 })
    expect(new Set(target.caps.map((c) => c.id)).size).toBe(4)
    expect(target.business_hours).toMatchObject([
      { id: 8, target_id: 2, day_of_week: 1, time_open: 900, time_close: 1700, work_day: true, invert: false },
      { id: 9, target_id: 2, day_of_week: 2, time_open: 0, time_close: 2400, work_day: true, invert: false },
    ])
    expect(server.targets.get(2)).toEqual(target)
  })

  it('PUT changes only the attributes passed', async () => {
    const [t] = server.seed([{ name: 'old', number: '+1555', priority: 3, business_hours: week() }])
    const before = structuredClone(t!)
    const put = await call('PUT', `/targets/${t!.id}.json`, { target: { name: 'new' } })
    expect(put.status).toBe(200)
    expect(put.json.target).toEqual({ ...before, name: 'new', updated_at: put.json.target.updated_at })
    expect(server.targets.get(t!.id)!.name).toBe('new')
  })

  it('applies business_hours_attributes as Rails would (update, create, destroy)', async () => {
    const [t] = server.seed([{ business_hours: week() }])
    const rows = t!.business_hours
    const items = [
      { id: rows[1]!.id, time_close: 1200 },
      { id: rows[2]!.id, _destroy: true },
      { day_of_week: 3, time_open: 1300, time_close: 1700 },
      { day_of_week: 4, _destroy: '1' },
    ]
    const expected = railsNestedAttributes(rows as unknown as Row[], items, 8)
    const put = await call('PUT', `/targets/${t!.id}.json`, { target: { business_hours_attributes: items } })
    expect(put.status).toBe(200)
    const strip = (list: any[]) => list.map(({ created_at, updated_at, ...rest }) => rest)
    expect(strip(put.json.target.business_hours)).toEqual(strip(expected as any[]))
    expect(strip((await call('GET', `/targets/${t!.id}.json`)).json.target.business_hours)).toEqual(strip(expected as any[]))
  })

  it('refuses a record id the target does not own: 404, nothing changed', async () => {
    const [a, b] = server.seed([{ name: 'a', business_hours: week() }, { name: 'b', business_hours: week() }])
    const before = snapshot()
    const put = await call('PUT', `/targets/${a!.id}.json`, {
      target: { name: 'changed', daily_cap_attributes: { cap: 5 },
        business_hours_attributes: [{ id: a!.business_hours[0]!.id, time_open: 1000 }, { day_of_week: 1 }, { id: b!.business_hours[0]!.id, time_open: 1000 }] },
    })
    expect(put.status).toBe(404)
    expect(put.json.error).toContain(`ID=${b!.business_hours[0]!.id}`)
    expect(snapshot()).toBe(before)
    const created = await call('POST', '/targets.json', { target: { business_hours_attributes: [{ id: 1, day_of_week: 0 }] } })
    expect(created.status).toBe(404)
    expect(server.targets.size).toBe(2)
  })

  it('sets caps through *_cap_attributes, keeping their ids and fill; a wrong cap id is a 404', async () => {
    const [t] = server.seed([{ caps: [{ type: 'Daily', cap: 10, filled: 4 }] }])
    const ids = t!.caps.map((c) => c.id)
    const put = await call('PUT', `/targets/${t!.id}.json`, { target: { daily_cap_attributes: { cap: 50 }, hard_cap_attributes: { cap: 100 } } })
    expect(put.status).toBe(200)
    const caps = Object.fromEntries((put.json.target as FakeTarget).caps.map((c) => [c.type, c]))
    expect(caps.Daily).toMatchObject({ cap: 50, filled: 4 })
    expect(caps.Hard).toMatchObject({ cap: 100, filled: 0 })
    expect(caps.Hourly!.cap).toBeNull()
    expect((put.json.target as FakeTarget).caps.map((c) => c.id)).toEqual(ids)
    const before = snapshot()
    expect((await call('PUT', `/targets/${t!.id}.json`, { target: { monthly_cap_attributes: { id: 9999, cap: 1 } } })).status).toBe(404)
    expect(snapshot()).toBe(before)
  })

  it('reset_cap zeroes the Hard cap fill; DELETE removes the target', async () => {
    const [t] = server.seed([{ caps: [{ type: 'Hard', cap: 5, filled: 5 }, { type: 'Daily', cap: 3, filled: 2 }] }])
    const reset = await call('POST', `/targets/${t!.id}/reset_cap.json`)
    expect(reset.status).toBe(200)
    const caps = server.targets.get(t!.id)!.caps
    expect(caps.find((c) => c.type === 'Hard')).toMatchObject({ cap: 5, filled: 0 })
    expect(caps.find((c) => c.type === 'Daily')).toMatchObject({ cap: 3, filled: 2 })
    expect((await call('POST', '/targets/999/reset_cap.json')).status).toBe(404)
    expect((await call('DELETE', `/targets/${t!.id}.json`)).status).toBe(200)
    expect(server.targets.has(t!.id)).toBe(false)
    expect((await call('GET', `/targets/${t!.id}.json`)).status).toBe(404)
    expect((await call('DELETE', `/targets/${t!.id}.json`)).status).toBe(404)
  })
})

describe('faults', () => {
  beforeEach(() => {
    server.seed([{ name: 'a', business_hours: week() }])
  })

  it('status: 503 JSON once, then 500 empty twice on a matching path only; still logged', async () => {
    server.fault({ kind: 'status', status: 503 })
    const first = await call('GET', '/targets/1.json')
    expect(first).toMatchObject({ status: 503, json: { error: 'Service Unavailable' } })
    expect((await call('GET', '/targets/1.json')).status).toBe(200)
    const handle = server.fault({ kind: 'status', body: 'empty', times: 2, match: { method: 'get', path: '/targets/1.json' } })
    expect((await call('GET', '/targets.json')).status).toBe(200)
    const seen: unknown[] = []
    for (let i = 0; i < 3; i++) seen.push(await call('GET', '/targets/1.json').then((r) => [r.status, r.json]))
    expect(seen).toEqual([[500, undefined], [500, undefined], [200, expect.anything()]])
    expect(handle.hits).toBe(2)
    expect(server.requests.filter((r) => r.fault === 'status')).toHaveLength(3)
  })

  it('rateLimit: 429 with a fractional Retry-After; a persistent fault until cancelled', async () => {
    const handle = server.fault({ kind: 'rateLimit', retryAfter: 0.2, times: Infinity })
    for (let i = 0; i < 3; i++) {
      const r = await call('GET', '/targets/1.json')
      expect(r.status).toBe(429)
      expect(r.res.headers.get('retry-after')).toBe('0.2')
    }
    handle.cancel()
    expect((await call('GET', '/targets/1.json')).status).toBe(200)
  })

  it('drop: the connection closes without an answer; nothing is applied by default', async () => {
    server.fault({ kind: 'drop' })
    await expect(call('PUT', '/targets/1.json', { target: { name: 'b' } })).rejects.toThrow()
    expect(server.targets.get(1)!.name).toBe('a')
    server.fault({ kind: 'drop', apply: true })
    await expect(call('PUT', '/targets/1.json', { target: { name: 'b' } })).rejects.toThrow()
    expect(server.targets.get(1)!.name).toBe('b')
    expect(server.requests.map((r) => r.fault)).toEqual(['drop', 'drop'])
  })

  it('slow: answers after delayMs (past a client timeout), the change already committed', async () => {
    server.fault({ kind: 'slow', delayMs: 300 })
    const started = Date.now()
    await expect(fetch(url('/targets/1.json'), { method: 'PUT', body: JSON.stringify({ target: { name: 'late' } }), signal: AbortSignal.timeout(50) })).rejects.toThrow()
    expect(Date.now() - started).toBeLessThan(250)
    expect(server.targets.get(1)!.name).toBe('late')
    server.fault({ kind: 'slow', delayMs: 100 })
    const t0 = Date.now()
    expect((await call('GET', '/targets/1.json')).status).toBe(200)
    expect(Date.now() - t0).toBeGreaterThanOrEqual(90)
  })

  it('truncated: a JSON body cut in the middle, with a matching Content-Length', async () => {
    server.fault({ kind: 'truncated' })
    const res = await fetch(url('/targets/1.json'))
    const text = await res.text()
    expect(res.status).toBe(200)
    expect(Number(res.headers.get('content-length'))).toBe(Buffer.byteLength(text))
    expect(text.startsWith('{"target":')).toBe(true)
    expect(() => JSON.parse(text)).toThrow()
  })

  it('html: a 502 HTML page', async () => {
    server.fault({ kind: 'html' })
    const res = await fetch(url('/targets/1.json'))
    expect(res.status).toBe(502)
    expect(res.headers.get('content-type')).toBe('text/html')
    expect(await res.text()).toContain('<html>')
  })

  it('ignoreRecord: the next PUT with hours skips one item silently and answers 200', async () => {
    server.fault({ kind: 'ignoreRecord', index: 1 })
    expect((await call('PUT', '/targets/1.json', { target: { name: 'no hours' } })).status).toBe(200) // not consumed
    const rows = server.targets.get(1)!.business_hours
    const put = await call('PUT', '/targets/1.json', {
      target: { business_hours_attributes: [{ id: rows[1]!.id, time_close: 1200 }, { id: rows[2]!.id, time_close: 1300 }] },
    })
    expect(put.status).toBe(200)
    const held = (await call('GET', '/targets/1.json')).json.target.business_hours
    expect(held[1].time_close).toBe(1200)
    expect(held[2].time_close).toBe(1700)
    expect(server.requests.map((r) => r.fault)).toEqual([undefined, 'ignoreRecord', undefined])
  })
})
