import { diffBusinessHours, type BusinessHourAttributes, type DiffBusinessHoursOptions } from '../diff/diffBusinessHours'
import { BusinessHoursError, describeReceived } from '../ground/issues'
import { isPlainObject, readOptionFields } from '../ground/readers'
import { parseBusinessHours } from '../records/parseBusinessHours'
import type { BusinessHourInput, BusinessHourRecord } from '../records/types'
import { validateBusinessHours } from '../records/validateBusinessHours'
import { buildTargetUpdate, type TargetCaps } from '../routing/buildTargetUpdate'
import { schedulesEqual } from '../week/schedulesEqual'
import type { WeeklySchedule } from '../week/types'
import { RetreaverApiError, type RetreaverErrorKind } from './retreaverApiError'

/** A target document as the API gives it (unwrapped from `{ target }`): plain JSON, read by `parseTarget`. */
export type TargetDocument = Readonly<Record<string, unknown>>

/** Options of `createRetreaverClient`. */
export interface RetreaverClientOptions {
  /** The account's API key: sent as the `api_key` query parameter, never shown. */
  readonly apiKey: string
  /** The company id, sent as `company_id` (needed with several companies; suggested always). */
  readonly companyId?: string | number
  /** Default `https://api.retreaver.com`. `http://` only to a loopback host, unless `allowInsecureHttp`. */
  readonly baseUrl?: string
  /** Allows `http://` to a host that is not the machine itself (the key then travels in clear). */
  readonly allowInsecureHttp?: boolean
  /** The `fetch` to use (default the global one). */
  readonly fetch?: typeof fetch
  /** Per request, default 30,000 ms. */
  readonly timeoutMs?: number
  /** Retries of a GET or an idempotent PUT, default 3. POST and DELETE never retry. */
  readonly retries?: number
  /** The first backoff, doubled at each retry (with full jitter), default 500 ms, at most 8 s. */
  readonly retryDelayMs?: number
  /** Aborts every request of this client. */
  readonly signal?: AbortSignal
}

/** What `updateBusinessHours` answers. */
export interface BusinessHoursUpdate {
  /** Whether a PUT was sent (false: the server already held the edited week). */
  readonly changed: boolean
  /** The `business_hours_attributes` sent (empty when none). */
  readonly payload: readonly BusinessHourAttributes[]
  /** The target as the server holds it after the update, read again. */
  readonly target: TargetDocument
}

/** A client of the Retreaver Target API (`createRetreaverClient`). */
export interface RetreaverClient {
  getTarget(id: number): Promise<TargetDocument>
  getTargetByTid(tid: string): Promise<TargetDocument>
  /** Every target, following `Link: rel="next"` to the end; `onPage` sees each page as it comes. */
  listTargets(options?: { readonly onPage?: (targets: readonly TargetDocument[], page: number) => void }): Promise<TargetDocument[]>
  /** `POST /targets.json`; its `business_hours_attributes` are checked first, and refused before any request. */
  createTarget(attributes: Readonly<Record<string, unknown>>): Promise<TargetDocument>
  /** `PUT /targets/{id}.json` with the attributes as given (the raw update). */
  updateTarget(id: number, attributes: Readonly<Record<string, unknown>>): Promise<TargetDocument>
  /** GET, diff, PUT only when needed, GET again and verify (see `createRetreaverClient`). */
  updateBusinessHours(id: number, edited: WeeklySchedule | readonly BusinessHourInput[], options?: DiffBusinessHoursOptions): Promise<BusinessHoursUpdate>
  /** The caps through `buildTargetUpdate`'s `*_cap_attributes`. */
  setCaps(id: number, caps: TargetCaps): Promise<TargetDocument>
  /** `POST /targets/{id}/reset_cap.json`. */
  resetCap(id: number): Promise<void>
  /** `DELETE /targets/{id}.json`. */
  deleteTarget(id: number): Promise<void>
}

const DEFAULT_BASE_URL = 'https://api.retreaver.com'
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]'])
const MAX_BACKOFF_MS = 8_000
/** A `Retry-After` longer than this is not waited for: the error says how long the server asked. */
const MAX_RETRY_AFTER_MS = 60_000
/** At most this many pages are followed (250,000 targets). */
const MAX_PAGES = 10_000
const REDACTED = '[REDACTED]'

interface Settings {
  readonly apiKey: string
  readonly companyId: string | undefined
  readonly base: URL
  readonly fetch: typeof fetch
  readonly timeoutMs: number
  readonly retries: number
  readonly retryDelayMs: number
  readonly signal: AbortSignal | undefined
}

function readSettings(options: unknown): Settings {
  if (!isPlainObject(options)) throw new TypeError(`createRetreaverClient needs options such as { apiKey }, received ${describeReceived(options)}`)
  const fields = readOptionFields(options, ['apiKey', 'companyId', 'baseUrl', 'allowInsecureHttp', 'fetch', 'timeoutMs', 'retries', 'retryDelayMs', 'signal'], 'createRetreaverClient')
  if (typeof fields.apiKey !== 'string' || fields.apiKey.trim() === '') throw new TypeError('createRetreaverClient needs an apiKey: a non-empty string')
  const companyId = fields.companyId
  if (companyId !== undefined && !(typeof companyId === 'string' || (typeof companyId === 'number' && Number.isSafeInteger(companyId)))) {
    throw new TypeError(`companyId must be a string or an integer, received ${describeReceived(companyId)}`)
  }
  let base: URL
  try {
    base = new URL(typeof fields.baseUrl === 'string' ? fields.baseUrl : DEFAULT_BASE_URL)
  } catch {
    throw new TypeError(`baseUrl must be an absolute http(s) URL such as ${DEFAULT_BASE_URL}, received ${describeReceived(fields.baseUrl)}`)
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') throw new TypeError(`baseUrl must be http(s), received ${base.protocol}`)
  if (base.protocol === 'http:' && !LOOPBACK.has(base.hostname) && fields.allowInsecureHttp !== true) {
    throw new TypeError(`baseUrl ${base.origin} is http:// to another machine: the api key would travel in clear. Use https://, or pass allowInsecureHttp: true`)
  }
  const whole = (value: unknown, name: string, fallback: number, min: number): number => {
    if (value === undefined) return fallback
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) throw new TypeError(`${name} must be a whole number ≥ ${min}, received ${describeReceived(value)}`)
    return value
  }
  const fetchFn = fields.fetch ?? (globalThis as { fetch?: typeof fetch }).fetch
  if (typeof fetchFn !== 'function') throw new TypeError('no fetch: pass options.fetch (Node ≥ 18 and browsers have a global one)')
  const signal = fields.signal
  if (signal !== undefined && !(typeof signal === 'object' && signal !== null && 'aborted' in signal)) throw new TypeError('signal must be an AbortSignal')
  return {
    apiKey: fields.apiKey,
    companyId: companyId === undefined ? undefined : String(companyId),
    base,
    fetch: fetchFn as typeof fetch,
    timeoutMs: whole(fields.timeoutMs, 'timeoutMs', 30_000, 1),
    retries: whole(fields.retries, 'retries', 3, 0),
    retryDelayMs: whole(fields.retryDelayMs, 'retryDelayMs', 500, 0),
    signal: signal as AbortSignal | undefined,
  }
}

function requireId(id: unknown, name = 'id'): number {
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1) throw new TypeError(`${name} must be a target id, a positive integer, received ${describeReceived(id)}`)
  return id
}

/**
 * A client of the Retreaver Target API, with `fetch` only (Node ≥ 20 and browsers).
 *
 * Every request carries `api_key` (and `company_id`) as query parameters, asks for JSON, and has a
 * timeout. GETs, and PUTs whose nested records all carry ids (so that sending twice changes
 * nothing more), are retried on network errors, 429 (honouring `Retry-After`) and 5xx, with capped
 * exponential backoff and jitter; POSTs and DELETEs never are. A body that is not JSON (an HTML
 * error page, a truncated body) is an error that says so, never read as a target. Errors are
 * `RetreaverApiError`s with the method, the URL with the key redacted, the status and the server's
 * message; the key appears in no message, field or `cause`.
 *
 * `updateBusinessHours(id, edited)` is the safe loop: GET the target, check both weeks (the
 * library's rules), `diffBusinessHours`, PUT only when the diff is not empty, GET again and check
 * that the server holds exactly the edited week — else a `RetreaverApiError` of kind
 * `verification` carrying both weeks. Response bodies in the API's reference are often shortened,
 * so nothing relies on a PUT's answer.
 *
 * @param options - `apiKey` (required), `companyId`, `baseUrl`, `fetch`, `timeoutMs`, `retries`,
 *   `retryDelayMs`, `signal`, `allowInsecureHttp`
 * @returns the client
 * @throws {TypeError} for options it cannot use: no key, a bad URL, `http://` to another machine
 *
 * @example
 * createRetreaverClient({ apiKey: 'secret', baseUrl: 'http://10.0.0.5:3000' })
 * //=> throws TypeError: baseUrl http://10.0.0.5:3000 is http:// to another machine: the api key would travel in clear. Use https://, or pass allowInsecureHttp: true
 */
export function createRetreaverClient(options: RetreaverClientOptions): RetreaverClient {
  const settings = readSettings(options)
  const redactText = (text: string): string => {
    let out = text
    for (const form of new Set([settings.apiKey, encodeURIComponent(settings.apiKey)])) out = out.split(form).join(REDACTED)
    return out
  }
  const urlOf = (path: string, query: Record<string, string> = {}): URL => {
    const url = new URL(settings.base.pathname.replace(/\/$/, '') + path, settings.base)
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value)
    url.searchParams.set('api_key', settings.apiKey)
    if (settings.companyId !== undefined) url.searchParams.set('company_id', settings.companyId)
    return url
  }
  const shownUrl = (url: URL): string => {
    const copy = new URL(url.href)
    if (copy.searchParams.has('api_key')) copy.searchParams.set('api_key', REDACTED)
    return redactText(copy.href.replace(encodeURIComponent(REDACTED), REDACTED))
  }
  const fail = (kind: RetreaverErrorKind, method: string, url: URL, message: string, extra: { status?: number; serverMessage?: string | null; cause?: unknown } = {}): RetreaverApiError => {
    const shown = shownUrl(url)
    return new RetreaverApiError(redactText(`${method} ${shown}: ${message}`), {
      kind,
      method,
      url: shown,
      status: extra.status ?? null,
      serverMessage: extra.serverMessage === undefined || extra.serverMessage === null ? null : redactText(extra.serverMessage),
      // What fetch threw may quote the URL, key and all: only its name and a redacted message go on.
      cause: extra.cause === undefined ? undefined : sanitizedCause(extra.cause, redactText),
    })
  }

  async function send(method: string, url: URL, body: unknown, retry: boolean): Promise<{ status: number; json: unknown; link: string | null }> {
    for (let attempt = 0; ; attempt++) {
      const last = !retry || attempt >= settings.retries
      const outcome = await once(method, url, body)
      if (outcome.kind === 'answer') {
        const { status, text, contentType, retryAfter, link } = outcome
        if ((status === 429 || status >= 500) && !last) {
          const wait = status === 429 && retryAfter !== null ? retryAfter : backoff(attempt)
          if (wait <= MAX_RETRY_AFTER_MS) {
            await sleep(wait)
            continue
          }
        }
        const json = readJson(text)
        if (status < 200 || status > 299) {
          const serverMessage = messageIn(json)
          const detail = serverMessage ?? (json === NOT_JSON ? describeNonJson(text, contentType) : `status ${status}`)
          const advice = status === 401 ? ' (check RETREAVER_API_KEY / apiKey and the company id)' : status === 429 && retryAfter !== null ? ` (the server asked to wait ${Math.ceil(retryAfter / 1000)} s)` : ''
          throw fail('http', method, url, `the server answered ${status}: ${detail}${advice}`, { status, serverMessage })
        }
        if (json === NOT_JSON) throw fail('not_json', method, url, `the server answered ${status} with a body that is not JSON (${describeNonJson(text, contentType)}): it is not read as a target`, { status })
        return { status, json, link }
      }
      if (outcome.kind === 'aborted') throw fail('aborted', method, url, 'aborted by the caller', { cause: outcome.cause })
      if (last) {
        const what = outcome.kind === 'timeout' ? `no answer within ${settings.timeoutMs} ms` : 'the request failed before an answer came (network error or dropped connection)'
        throw fail(outcome.kind, method, url, retry && settings.retries > 0 ? `${what}, ${attempt + 1} attempts` : what, { cause: outcome.cause })
      }
      await sleep(backoff(attempt))
    }
  }

  function backoff(attempt: number): number {
    return Math.random() * Math.min(MAX_BACKOFF_MS, settings.retryDelayMs * 2 ** attempt)
  }

  async function once(
    method: string,
    url: URL,
    body: unknown,
  ): Promise<
    | { kind: 'answer'; status: number; text: string; contentType: string; retryAfter: number | null; link: string | null }
    | { kind: 'network' | 'timeout' | 'aborted'; cause: unknown }
  > {
    const controller = new AbortController()
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      controller.abort()
    }, settings.timeoutMs)
    const onAbort = (): void => controller.abort()
    settings.signal?.addEventListener('abort', onAbort)
    try {
      if (settings.signal?.aborted === true) return { kind: 'aborted', cause: undefined }
      const headers: Record<string, string> = { Accept: 'application/json' }
      if (body !== undefined) headers['Content-Type'] = 'application/json'
      const response = await settings.fetch(url.href, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: controller.signal })
      const text = await response.text()
      const { headers: answer } = response
      return { kind: 'answer', status: response.status, text, contentType: answer.get('content-type') ?? '', retryAfter: retryAfterMs(answer.get('retry-after')), link: answer.get('link') }
    } catch (cause) {
      if (settings.signal?.aborted === true) return { kind: 'aborted', cause }
      return { kind: timedOut ? 'timeout' : 'network', cause }
    } finally {
      clearTimeout(timer)
      settings.signal?.removeEventListener('abort', onAbort)
    }
  }

  async function targetAt(method: string, url: URL, body: unknown, retry: boolean): Promise<TargetDocument> {
    const { json } = await send(method, url, body, retry)
    const target = isPlainObject(json) ? (json as { target?: unknown }).target : undefined
    if (!isPlainObject(target)) throw fail('unexpected_body', method, url, `expected { "target": { … } }, received ${describeReceived(json)}`)
    return target as TargetDocument
  }

  const client: RetreaverClient = {
    getTarget: (id) => targetAt('GET', urlOf(`/targets/${requireId(id)}.json`), undefined, true),
    getTargetByTid: (tid) => {
      if (typeof tid !== 'string' || tid === '') return Promise.reject(new TypeError(`tid must be a non-empty string, received ${describeReceived(tid)}`))
      return targetAt('GET', urlOf(`/targets/tid/${encodeURIComponent(tid)}.json`), undefined, true)
    },
    async listTargets(listOptions) {
      const onPage = readOptionFields(listOptions, ['onPage'], 'listTargets').onPage as ((targets: readonly TargetDocument[], page: number) => void) | undefined
      if (onPage !== undefined && typeof onPage !== 'function') throw new TypeError('listTargets onPage must be a function')
      const all: TargetDocument[] = []
      let url: URL | null = urlOf('/targets.json')
      for (let page = 1; url !== null; page++) {
        if (page > MAX_PAGES) throw fail('unexpected_body', 'GET', url, `more than ${MAX_PAGES} pages: stopped following Link`)
        const { json, next } = await listPage(url)
        const targets = json.map((item, index) => {
          const target = isPlainObject(item) ? (item as { target?: unknown }).target : undefined
          if (!isPlainObject(target)) throw fail('unexpected_body', 'GET', url!, `item ${index} of page ${page} is not { "target": { … } }: received ${describeReceived(item)}`)
          return target as TargetDocument
        })
        all.push(...targets)
        onPage?.(targets, page)
        url = next
      }
      return all
    },
    async createTarget(attributes) {
      if (!isPlainObject(attributes)) throw new TypeError(`createTarget needs the target's attributes, received ${describeReceived(attributes)}`)
      const hours = (attributes as { business_hours_attributes?: unknown }).business_hours_attributes
      if (hours !== undefined) {
        const checked = validateBusinessHours(hours, { pathPrefix: ['target', 'business_hours_attributes'] })
        if (!checked.ok) throw new BusinessHoursError([...checked.issues, ...checked.warnings], 'target', 'target')
      }
      return targetAt('POST', urlOf('/targets.json'), { target: attributes }, false)
    },
    updateTarget: (id, attributes) => {
      if (!isPlainObject(attributes)) return Promise.reject(new TypeError(`updateTarget needs the attributes to change, received ${describeReceived(attributes)}`))
      return targetAt('PUT', urlOf(`/targets/${requireId(id)}.json`), { target: attributes }, idempotent(attributes))
    },
    async updateBusinessHours(id, edited, diffOptions) {
      const url = urlOf(`/targets/${requireId(id)}.json`)
      const before = await targetAt('GET', url, undefined, true)
      const server = serverRecords(before, 'GET', url)
      // Both weeks checked by the library's rules: invalid edited hours throw before any PUT.
      const payload = diffBusinessHours(server, edited, diffOptions)
      if (payload.length === 0) return { changed: false, payload, target: before }
      const body = { target: { business_hours_attributes: payload } }
      await send('PUT', url, body, idempotent(body.target))
      const after = await targetAt('GET', url, undefined, true)
      const expected = Array.isArray(edited) ? parseBusinessHours(edited) : (edited as WeeklySchedule)
      const held = parseBusinessHours(serverRecords(after, 'GET', url))
      if (!schedulesEqual(expected, held)) {
        const shown = shownUrl(url)
        throw new RetreaverApiError(`PUT ${shown}: the server answered, but now holds another week than was sent: verify the target (GET ${shown}) before sending again`, {
          kind: 'verification',
          method: 'PUT',
          url: shown,
          status: null,
          expected,
          held,
        })
      }
      return { changed: true, payload, target: after }
    },
    setCaps: (id, caps) => {
      const update = buildTargetUpdate({ caps })
      return targetAt('PUT', urlOf(`/targets/${requireId(id)}.json`), update, true)
    },
    async resetCap(id) {
      await send('POST', urlOf(`/targets/${requireId(id)}/reset_cap.json`), {}, false)
    },
    async deleteTarget(id) {
      await send('DELETE', urlOf(`/targets/${requireId(id)}.json`), undefined, false)
    },
  }

  async function listPage(url: URL): Promise<{ json: unknown[]; next: URL | null }> {
    const { json, link } = await send('GET', url, undefined, true)
    if (!Array.isArray(json)) throw fail('unexpected_body', 'GET', url, `expected a list of { "target": { … } }, received ${describeReceived(json)}`)
    return { json, next: nextLink(link, url) }
  }

  function nextLink(header: string | null, current: URL): URL | null {
    if (header === null) return null
    for (const part of header.split(',')) {
      const match = /<([^>]*)>\s*;(.*)/.exec(part.trim())
      if (match === null || !/rel="?next"?/.test(match[2]!)) continue
      let next: URL
      try {
        next = new URL(match[1]!, current)
      } catch {
        throw fail('unexpected_body', 'GET', current, 'the Link header\'s next page is not a URL')
      }
      // The key goes only where it was meant to go.
      if (next.origin !== settings.base.origin) throw fail('unexpected_body', 'GET', current, `the Link header points to another server (${next.origin}): not followed, so the api key stays here`)
      next.searchParams.set('api_key', settings.apiKey)
      if (settings.companyId !== undefined) next.searchParams.set('company_id', settings.companyId)
      return next
    }
    return null
  }

  function serverRecords(target: TargetDocument, method: string, url: URL): BusinessHourRecord[] {
    const records = target.business_hours
    if (!Array.isArray(records)) throw fail('unexpected_body', method, url, `the target has no business_hours list (received ${describeReceived(records)})`)
    return records as BusinessHourRecord[]
  }

  return client
}

/** A PUT is sent again only when sending it twice changes nothing more: no nested record without an id. */
function idempotent(attributes: object): boolean {
  const hours = (attributes as { business_hours_attributes?: unknown }).business_hours_attributes
  if (hours === undefined) return true
  return Array.isArray(hours) && hours.every((item) => isPlainObject(item) && typeof (item as { id?: unknown }).id === 'number')
}

const NOT_JSON: unique symbol = Symbol('not JSON')

function readJson(text: string): unknown {
  if (text.trim() === '') return null
  try {
    return JSON.parse(text) as unknown
  } catch {
    return NOT_JSON
  }
}

function messageIn(json: unknown): string | null {
  if (!isPlainObject(json)) return null
  const { error, message, errors } = json as { error?: unknown; message?: unknown; errors?: unknown }
  for (const value of [error, message]) if (typeof value === 'string' && value !== '') return value.slice(0, 500)
  if (errors !== undefined) {
    try {
      return JSON.stringify(errors).slice(0, 500)
    } catch {
      return null
    }
  }
  return null
}

function describeNonJson(text: string, contentType: string): string {
  const kind = /html/i.test(contentType) || /^\s*</.test(text) ? 'an HTML page' : text.trim() === '' ? 'an empty body' : 'text that does not parse as JSON (truncated?)'
  return `${kind}${contentType === '' ? '' : `, ${contentType.split(';')[0]}`}, ${text.length} characters`
}

function retryAfterMs(header: string | null): number | null {
  if (header === null) return null
  const seconds = Number(header)
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000
  const date = Date.parse(header)
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now())
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

function sanitizedCause(cause: unknown, redact: (text: string) => string): Error {
  let name = 'Error'
  let message = ''
  try {
    if (cause instanceof Error) {
      name = String(cause.name)
      message = String(cause.message)
      const inner = (cause as { cause?: unknown }).cause
      if (inner instanceof Error) message += ` (${String(inner.name)}: ${String(inner.message)})`
    } else message = String(cause)
  } catch {
    message = 'an error that cannot be read'
  }
  const error = new Error(redact(message).slice(0, 300))
  error.name = name
  return error
}
