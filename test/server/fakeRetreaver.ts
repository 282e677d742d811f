/**
 * A local HTTP server that behaves as the Retreaver Target API *document* says (the
 * "Retreaver Target API" page: caps attributes, reset_cap, creating a target with business hours,
 * "pass the correct id for each business_hour") — not as the real service may behave. Where the
 * document is silent, the plain Rails / JSON API choice is made and marked `DOC SILENT:`.
 * For the tests of an API client: independent of src/, node:http only.
 */
import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { createGzip } from 'node:zlib'
import type { AddressInfo } from 'node:net'
import { railsNestedAttributes, RecordNotFound, type Row } from '../oracles/railsNestedAttributes'

export type CapType = 'Hard' | 'Hourly' | 'Daily' | 'Monthly'

/** A cap as the API returns it. */
export interface FakeCap { id: number; filled: number; cap: number | null; type: CapType }

/** A business hour as the API returns it (values are stored as sent: no Rails type casting). */
export interface FakeBusinessHour {
  id: number
  target_id: number
  work_day: boolean
  time_open: number
  time_close: number
  day_of_week: number
  invert: boolean
  created_at: string
  updated_at: string
}

/** A target as stored and returned (the fields of the document's example, plus `time_zone`). */
export interface FakeTarget {
  id: number
  number: string | null
  sip_username: string | null
  sip_password: string | null
  cid_number_id: number | null
  obfuscate_cid: boolean
  created_at: string
  updated_at: string
  object_key: string
  tid: string | null
  priority: number
  weight: number
  timeout_seconds: number
  timer_offset: number
  send_digits: string | null
  concurrency_cap: number | null
  calls_in_progress: number
  paused: boolean
  paused_at: string | null
  name: string | null
  time_zone: string
  caps: FakeCap[]
  business_hours: FakeBusinessHour[]
}

/** What `seed` accepts: any subset of a target; missing ids, caps and defaults are filled in. */
export type SeedTarget = Partial<Omit<FakeTarget, 'caps' | 'business_hours'>> & {
  caps?: Array<Partial<FakeCap> & { type: CapType }>
  business_hours?: Array<Partial<FakeBusinessHour>>
}

/** One request as received (faulted ones included). */
export interface LoggedRequest {
  method: string
  /** Without the query string, e.g. `/targets/3.json`. */
  path: string
  /** The query parameters (last value wins), e.g. `{ api_key: 'test-key', page: '2' }`. */
  query: Record<string, string>
  /** The parsed JSON body; undefined when empty or not JSON (see `rawBody`). */
  body: unknown
  rawBody: string
  /** The fault that hit this request, if any. */
  fault?: FaultKind
}

export type FaultKind = 'status' | 'rateLimit' | 'drop' | 'slow' | 'truncated' | 'html' | 'ignoreRecord' | 'redirect' | 'raw' | 'gzipBomb'

export interface FaultMatch {
  /** Case-insensitive, e.g. 'PUT'. */
  method?: string
  /** Exact path (no query) or a RegExp tested on it, e.g. '/targets/3.json'. */
  path?: string | RegExp
}

interface FaultCommon {
  /** How many matching requests it hits (default 1); `Infinity` for a persistent fault. */
  times?: number
  match?: FaultMatch
  /** Only requests that come after one with this method (e.g. the GETs after a PUT). */
  afterMethod?: string
}

/**
 * `apply`: whether the request is still carried out (state changed) behind the faulty answer.
 * Defaults: `slow` true (committed, answered late), the others false (never reached the app).
 * `truncated` always applies (the answer is the real one, cut). `ignoreRecord` hits only a PUT
 * with a non-empty `business_hours_attributes`, and skips item `index` (default 0) of it.
 */
export type FaultSpec = FaultCommon &
  (
    | { kind: 'status'; status?: number; body?: 'json' | 'empty'; apply?: boolean }
    | { kind: 'rateLimit'; retryAfter?: number; apply?: boolean }
    | { kind: 'drop'; apply?: boolean }
    | { kind: 'slow'; delayMs?: number; apply?: boolean }
    | { kind: 'truncated' }
    | { kind: 'html'; status?: number; apply?: boolean }
    | { kind: 'ignoreRecord'; index?: number }
    /** A 3xx with a Location (as a proxy or a moved API would answer). */
    | { kind: 'redirect'; status?: 301 | 302 | 303 | 307 | 308; location: string; apply?: boolean }
    /** An answer written by the test: any status, headers and body (a hostile or broken server). */
    | { kind: 'raw'; status?: number; headers?: Record<string, string>; body: string; apply?: boolean }
    /** A gzip body of `bytes` zero bytes (compressed to about a thousandth), declared as JSON. */
    | { kind: 'gzipBomb'; bytes: number }
  )

export interface FaultHandle {
  readonly kind: FaultKind
  /** Requests it hit so far. */
  readonly hits: number
  readonly remaining: number
  cancel(): void
}

export interface FakeRetreaverOptions {
  /** Default 'test-key'. */
  apiKey?: string
  /** When set, every request must also carry `company_id` equal to it. */
  companyId?: string | number
  /** Default 25. */
  perPage?: number
  /** Loaded as by `seed`. */
  targets?: SeedTarget[]
  /** The port on 127.0.0.1 (default 0: any free one). */
  port?: number
}

export interface FakeRetreaver {
  /** `http://127.0.0.1:PORT` */
  readonly baseUrl: string
  readonly requests: LoggedRequest[]
  /** The stored state, id → target as the API returns it; tests may read and change it. */
  readonly targets: Map<number, FakeTarget>
  seed(targets: readonly SeedTarget[]): FakeTarget[]
  fault(spec: FaultSpec): FaultHandle
  clearFaults(): void
  close(): Promise<void>
}

interface Reply { status: number; body?: unknown; headers?: Record<string, string> }
interface ActiveFault { spec: FaultSpec; remaining: number; hits: number }

const CAP_TYPES: readonly CapType[] = ['Hard', 'Hourly', 'Daily', 'Monthly'] // creation (id) order, as in the example
const CAP_FIELDS: Record<CapType, string> = {
  Hard: 'hard_cap_attributes', Hourly: 'hourly_cap_attributes', Daily: 'daily_cap_attributes', Monthly: 'monthly_cap_attributes',
}
// The request fields of the document's POST example (`client_tid` is stored and returned as `tid`),
// plus `time_zone` and `paused`. DOC SILENT: anything else is dropped silently, as Rails strong
// parameters do by default (`tid`, `id`, `caps`, `business_hours`, `calls_in_progress`, …).
const PERMITTED = [
  'number', 'sip_username', 'sip_password', 'cid_number_id', 'obfuscate_cid', 'client_tid', 'priority', 'weight',
  'timeout_seconds', 'timer_offset', 'send_digits', 'concurrency_cap', 'name', 'time_zone', 'paused',
] as const

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T
const now = (): string => new Date().toISOString()
const bad = (error: string): Reply => ({ status: 400, body: { error } })
const notFound = (error = 'Not Found'): Reply => ({ status: 404, body: { error } })

function hour(row: Partial<FakeBusinessHour>, id: number, targetId: number, stamp: string): FakeBusinessHour {
  // Column defaults: those the document's example shows (as in the oracle).
  return {
    id, target_id: targetId, work_day: row.work_day ?? true, time_open: row.time_open ?? 0, time_close: row.time_close ?? 2400,
    day_of_week: (row.day_of_week ?? null) as number, invert: row.invert ?? false, created_at: row.created_at ?? stamp, updated_at: row.updated_at ?? stamp,
  }
}

/** Starts the server on 127.0.0.1, port 0. */
export async function startFakeRetreaver(options: FakeRetreaverOptions = {}): Promise<FakeRetreaver> {
  const apiKey = options.apiKey ?? 'test-key'
  const companyId = options.companyId === undefined ? undefined : String(options.companyId)
  const perPage = options.perPage ?? 25
  const targets = new Map<number, FakeTarget>()
  const requests: LoggedRequest[] = []
  const faults: ActiveFault[] = []
  const timers = new Set<NodeJS.Timeout>()
  // Separate counters, as separate tables have separate sequences (the example: caps 33–36, hours 43–49).
  const next = { target: 1, cap: 1, hour: 1 }
  let baseUrl = ''

  const sortedCaps = (caps: FakeCap[]): FakeCap[] => caps.sort((a, b) => a.type.localeCompare(b.type)) // the example's order

  function seedOne(input: SeedTarget): FakeTarget {
    const stamp = now()
    const id = input.id ?? next.target
    next.target = Math.max(next.target, id + 1)
    const caps = CAP_TYPES.map((type): FakeCap => {
      const given = input.caps?.find((c) => c.type === type)
      const capId = given?.id ?? next.cap
      next.cap = Math.max(next.cap, capId + 1)
      return { id: capId, filled: given?.filled ?? 0, cap: given?.cap ?? null, type }
    })
    const hours = (input.business_hours ?? []).map((row) => {
      const hourId = row.id ?? next.hour
      next.hour = Math.max(next.hour, hourId + 1)
      return hour(row, hourId, id, stamp)
    })
    const target: FakeTarget = {
      id, number: null, sip_username: null, sip_password: null, cid_number_id: null, obfuscate_cid: false,
      created_at: stamp, updated_at: stamp, object_key: createHash('sha256').update(`target-${id}`).digest('hex'),
      tid: null, priority: 1, weight: 1, timeout_seconds: 30, timer_offset: 0, send_digits: null, concurrency_cap: null,
      calls_in_progress: 0, paused: false, paused_at: null, name: null, time_zone: 'UTC',
      ...(input as Partial<FakeTarget>), caps: sortedCaps(caps), business_hours: hours,
    }
    targets.set(id, target)
    return target
  }

  function takeFault(method: string, path: string, kinds: (kind: FaultKind) => boolean): FaultSpec | undefined {
    const found = faults.find(({ spec, remaining }) =>
      remaining > 0 && kinds(spec.kind) &&
      (spec.afterMethod === undefined || requests.some((request) => request.method === spec.afterMethod?.toUpperCase())) &&
      (spec.match?.method === undefined || spec.match.method.toUpperCase() === method) &&
      (spec.match?.path === undefined || (typeof spec.match.path === 'string' ? spec.match.path === path : spec.match.path.test(path))))
    if (found === undefined) return undefined
    found.remaining -= 1
    found.hits += 1
    return found.spec
  }

  /** Plans the nested-attribute changes without touching the target; throws RecordNotFound / a 400 Reply. */
  function planNested(target: FakeTarget | undefined, attrs: Record<string, unknown>, skip: number | undefined) {
    let hours: FakeBusinessHour[] | undefined
    const raw = attrs.business_hours_attributes
    if (raw !== undefined) {
      // Rails accepts an array, or a hash keyed by index ({ "0": {...}, "1": {...} }).
      const items = Array.isArray(raw) ? raw : isObject(raw) ? Object.keys(raw).sort((a, b) => Number(a) - Number(b)).map((k) => raw[k]) : null
      // DOC SILENT: a malformed shape → 400 (Rails would raise an ArgumentError, a 500).
      if (items === null || !items.every(isObject)) throw bad('business_hours_attributes must be an array of objects')
      const used = skip === undefined ? items : items.filter((_, i) => i !== Math.min(skip, items.length - 1))
      const targetId = target?.id ?? 0
      try {
        const rows = railsNestedAttributes((target?.business_hours ?? []) as unknown as Row[], used, next.hour)
        const stamp = now()
        hours = rows.map((row) => {
          const old = target?.business_hours.find((h) => h.id === row.id)
          const fresh = hour(row as unknown as Partial<FakeBusinessHour>, row.id, targetId, stamp)
          if (old === undefined) return { ...fresh, created_at: stamp, updated_at: stamp }
          return JSON.stringify({ ...fresh, updated_at: '' }) === JSON.stringify({ ...old, updated_at: '' }) ? old : { ...fresh, updated_at: stamp }
        })
      } catch (error) {
        if (error instanceof RecordNotFound) throw notFound(`${error.message} for Target with ID=${target?.id ?? ''}`)
        throw error
      }
    }
    const caps = new Map<CapType, unknown>()
    for (const type of CAP_TYPES) {
      const given = attrs[CAP_FIELDS[type]]
      if (given === undefined) continue
      if (!isObject(given)) throw bad(`${CAP_FIELDS[type]} must be an object`)
      const existing = target?.caps.find((c) => c.type === type)
      // DOC SILENT: an `id` that is not this target's cap of that type → 404, as Rails' one-to-one
      // nested attributes (RecordNotFound). Without an id, the existing cap is updated in place
      // (the document's "change target 3's hard cap to 100"), keeping its id and `filled`.
      if (given.id !== undefined && given.id !== null && String(given.id) !== String(existing?.id)) {
        throw notFound(`Couldn't find Cap with ID=${String(given.id)} for Target with ID=${target?.id ?? ''}`)
      }
      if ('cap' in given) caps.set(type, given.cap)
    }
    return { hours, caps }
  }

  function assign(target: FakeTarget, attrs: Record<string, unknown>, plan: ReturnType<typeof planNested>, stamp: string): void {
    const t = target as unknown as Record<string, unknown>
    for (const key of PERMITTED) {
      if (!(key in attrs)) continue
      const field = key === 'client_tid' ? 'tid' : key
      if (key === 'paused' && attrs.paused !== t.paused) t.paused_at = attrs.paused === true ? stamp : null // DOC SILENT
      t[field] = attrs[key]
    }
    for (const [type, value] of plan.caps) {
      const cap = target.caps.find((c) => c.type === type)
      if (cap !== undefined) cap.cap = value as number | null
    }
    if (plan.hours !== undefined) {
      target.business_hours = plan.hours.map((h) => ({ ...h, target_id: target.id }))
      for (const h of target.business_hours) next.hour = Math.max(next.hour, h.id + 1)
    }
  }

  function readTarget(raw: unknown): Record<string, unknown> {
    // DOC SILENT: Rails' `params.require(:target)`: missing, empty or not an object → 400.
    const attrs = isObject(raw) ? raw.target : undefined
    if (isObject(attrs) && Object.keys(attrs).length > 0) return attrs
    throw bad('param is missing or the value is empty: target')
  }

  function route(method: string, path: string, url: URL, body: unknown, skip: () => number | undefined): Reply {
    let m: RegExpMatchArray | null
    if (path === '/targets.json' && method === 'GET') {
      // DOC SILENT: pagination. `?page=N` (not a positive integer → 1), `perPage` a page, by id;
      // `Link` as the api-pagination gem writes it: first/prev from page 2, next/last before the last page.
      const all = [...targets.values()].sort((a, b) => a.id - b.id)
      const pageParam = Number(url.searchParams.get('page'))
      const page = Number.isInteger(pageParam) && pageParam >= 1 ? pageParam : 1
      const last = Math.max(1, Math.ceil(all.length / perPage))
      const link = (n: number, rel: string): string => {
        const params = new URLSearchParams(url.searchParams)
        params.set('page', String(n))
        return `<${baseUrl}${path}?${params.toString()}>; rel="${rel}"`
      }
      const links = [
        ...(page > 1 ? [link(1, 'first'), link(page - 1, 'prev')] : []),
        ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
      ]
      const items = all.slice((page - 1) * perPage, page * perPage).map((target) => ({ target }))
      return { status: 200, body: items, headers: links.length > 0 ? { Link: links.join(', ') } : {} }
    }
    if (path === '/targets.json' && method === 'POST') {
      const attrs = readTarget(body)
      const plan = planNested(undefined, attrs, undefined) // an `id` in it → 404, as Rails (nothing created)
      const target = seedOne({})
      assign(target, attrs, plan, target.created_at)
      return { status: 200, body: { target } } // the document: "<< HTTP/1.1 200 OK"
    }
    if ((m = path.match(/^\/targets\/tid\/([^/]+)\.json$/)) && method === 'GET') {
      // DOC SILENT: not in the document (asked for by the client); the lowest id wins if several share a tid.
      const tid = decodeURIComponent(m[1]!)
      const target = [...targets.values()].sort((a, b) => a.id - b.id).find((t) => t.tid === tid)
      return target === undefined ? notFound() : { status: 200, body: { target } }
    }
    if ((m = path.match(/^\/targets\/(\d+)\/reset_cap\.json$/)) && method === 'POST') {
      // The document: "Reset a hard cap … Returns HTTP 200 OK": the Hard cap's `filled` → 0 (the
      // others reset with their period). DOC SILENT: the body, here the target.
      const target = targets.get(Number(m[1]))
      if (target === undefined) return notFound()
      for (const cap of target.caps) if (cap.type === 'Hard') cap.filled = 0
      return { status: 200, body: { target } }
    }
    if ((m = path.match(/^\/targets\/(\d+)\.json$/))) {
      const target = targets.get(Number(m[1]))
      if (method === 'GET') return target === undefined ? notFound() : { status: 200, body: { target } }
      if (method === 'DELETE') {
        // DOC SILENT: 200 with the deleted target (a Rails scaffold answers 204: accept any 2xx).
        if (target === undefined) return notFound()
        targets.delete(target.id)
        return { status: 200, body: { target } }
      }
      if (method === 'PUT' || method === 'PATCH') { // DOC SILENT: PATCH too, as Rails routes it
        if (target === undefined) return notFound()
        const attrs = readTarget(body)
        const hours = attrs.business_hours_attributes
        const hasHours = Array.isArray(hours) ? hours.length > 0 : isObject(hours) && Object.keys(hours).length > 0
        // Everything is checked before anything changes (an unowned record id → 404, nothing saved).
        const plan = planNested(target, attrs, hasHours ? skip() : undefined)
        const before = JSON.stringify(target)
        const stamp = now()
        assign(target, attrs, plan, stamp)
        if (JSON.stringify(target) !== before) target.updated_at = stamp
        return { status: 200, body: { target } } // DOC SILENT: the full target (Rails' respond_with would send 204)
      }
    }
    return notFound() // unknown path or method (Rails: no route matches → 404)
  }

  /** The server's answer to a request, with no network fault: route check, body, auth, then the action. */
  function answer(method: string, url: URL, rawBody: string, body: unknown, skip: () => number | undefined): Reply {
    const path = url.pathname
    // Paths end in .json; an unknown route is a 404 before any auth check (Rails routes first).
    if (!/^\/targets(\/\d+|\/tid\/[^/]+|\/\d+\/reset_cap)?\.json$/.test(path)) return notFound()
    // DOC SILENT: a body that is not JSON → 400, before auth (Rails parses it on the first `params` read).
    if (rawBody.trim() !== '' && body === undefined) return bad('the request body is not valid JSON')
    if (url.searchParams.get('api_key') !== apiKey) return { status: 401, body: { error: 'Unauthorized: missing or invalid api_key' } }
    if (companyId !== undefined && url.searchParams.get('company_id') !== companyId) {
      return { status: 401, body: { error: 'Unauthorized: missing or invalid company_id' } }
    }
    try {
      return route(method, path, url, body, skip)
    } catch (thrown) {
      if (isObject(thrown) && typeof thrown.status === 'number') return thrown as unknown as Reply
      throw thrown
    }
  }

  function send(res: ServerResponse, reply: Reply, cut = false): void {
    if (res.destroyed || res.socket === null || res.socket.destroyed) return
    let data = reply.body === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(reply.body))
    if (cut) data = data.subarray(0, Math.floor(data.length / 2))
    res.writeHead(reply.status, {
      ...(reply.body === undefined ? {} : { 'Content-Type': 'application/json; charset=utf-8' }),
      ...reply.headers,
      'Content-Length': String(data.length),
    })
    res.end(data)
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const rawBody = Buffer.concat(chunks).toString('utf8')
    const method = (req.method ?? 'GET').toUpperCase()
    const url = new URL(req.url ?? '/', baseUrl)
    let body: unknown
    try { body = rawBody.trim() === '' ? undefined : JSON.parse(rawBody) } catch { body = undefined }
    const entry: LoggedRequest = { method, path: url.pathname, query: Object.fromEntries(url.searchParams), body, rawBody }
    requests.push(entry)
    const skip = (): number | undefined => {
      const spec = takeFault(method, url.pathname, (kind) => kind === 'ignoreRecord')
      if (spec === undefined || spec.kind !== 'ignoreRecord') return undefined
      entry.fault = 'ignoreRecord'
      return spec.index ?? 0
    }
    const run = (): Reply => answer(method, url, rawBody, body, skip)
    const spec = takeFault(method, url.pathname, (kind) => kind !== 'ignoreRecord')
    if (spec === undefined) return send(res, run())
    entry.fault = spec.kind
    const apply = ('apply' in spec ? spec.apply : undefined) ?? spec.kind === 'slow'
    switch (spec.kind) {
      case 'status': {
        if (apply) run()
        const status = spec.status ?? 500
        return send(res, { status, ...(spec.body === 'empty' ? {} : { body: { error: status === 503 ? 'Service Unavailable' : 'Internal Server Error' } }) })
      }
      case 'rateLimit':
        if (apply) run()
        return send(res, { status: 429, body: { error: 'Too Many Requests' }, headers: { 'Retry-After': String(spec.retryAfter ?? 1) } })
      case 'drop':
        if (apply) run()
        req.socket.destroy()
        return
      case 'slow': {
        const early = apply ? run() : undefined
        const timer = setTimeout(() => { timers.delete(timer); send(res, early ?? run()) }, spec.delayMs ?? 1000)
        timers.add(timer)
        return
      }
      case 'truncated':
        return send(res, run(), true)
      case 'html': {
        if (apply) run()
        const status = spec.status ?? 502
        const title = `${status} ${status === 502 ? 'Bad Gateway' : status === 503 ? 'Service Temporarily Unavailable' : 'Error'}`
        const page = `<!DOCTYPE html>\n<html><head><title>${title}</title></head><body><h1>${title}</h1><hr><center>nginx</center></body></html>\n`
        if (res.socket?.destroyed) return
        res.writeHead(status, { 'Content-Type': 'text/html', 'Content-Length': String(Buffer.byteLength(page)) })
        res.end(page)
        return
      }
      case 'redirect': {
        if (apply) run()
        if (res.socket?.destroyed) return
        res.writeHead(spec.status ?? 302, { Location: spec.location, 'Content-Length': '0' })
        res.end()
        return
      }
      case 'raw': {
        if (apply) run()
        if (res.socket?.destroyed) return
        const data = Buffer.from(spec.body)
        res.writeHead(spec.status ?? 200, { 'Content-Type': 'application/json; charset=utf-8', ...spec.headers, 'Content-Length': String(data.length) })
        res.end(data)
        return
      }
      case 'gzipBomb': {
        if (res.socket?.destroyed) return
        res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Encoding': 'gzip' })
        const gzip = createGzip()
        gzip.pipe(res)
        const chunk = Buffer.alloc(1 << 20)
        let left = spec.bytes
        const pump = (): void => {
          while (left > 0) {
            const size = Math.min(left, chunk.length)
            left -= size
            if (!gzip.write(chunk.subarray(0, size))) return void gzip.once('drain', pump)
          }
          gzip.end()
        }
        res.on('close', () => gzip.destroy())
        pump()
        return
      }
      default:
        return send(res, run())
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent && !res.destroyed) send(res, { status: 500, body: { error: `fake server bug: ${String(error)}` } })
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  if (options.targets !== undefined) for (const t of options.targets) seedOne(clone(t))

  return {
    baseUrl,
    requests,
    targets,
    seed: (list) => list.map((t) => seedOne(clone(t))),
    fault(spec) {
      const active: ActiveFault = { spec, remaining: spec.times ?? 1, hits: 0 }
      faults.push(active)
      return {
        kind: spec.kind,
        get hits() { return active.hits },
        get remaining() { return active.remaining },
        cancel() { active.remaining = 0 },
      }
    },
    clearFaults() { faults.length = 0 },
    close: () => new Promise<void>((resolve, reject) => {
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
      server.closeAllConnections()
      server.close((error) => (error === undefined ? resolve() : reject(error)))
    }),
  }
}
