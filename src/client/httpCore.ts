import { isPlainObject } from '../ground/readers'
import type { ClientSettings } from './readClientSettings'
import { createRedactor, REDACTED } from './redactSecret'
import { RetreaverApiError, type RetreaverErrorKind, type SentWrite } from './retreaverApiError'

/** One public call of the client: the instant its deadline passes (Infinity for none). */
export interface Call {
  readonly deadline: number
}

/** A 2xx answer, read as JSON. */
export interface Answer {
  readonly status: number
  readonly json: unknown
  readonly link: string | null
}

/** What a failure knows besides its message. */
export interface FailureDetails {
  readonly status?: number | null
  readonly serverMessage?: string | null
  readonly cause?: unknown
  readonly sent?: SentWrite | null
}

/** The client's HTTP core: one request with its retries, and errors without the key. Internal to the package. */
export interface HttpCore {
  startCall(): Call
  send(call: Call, method: string, url: URL, body: unknown, retry: boolean): Promise<Answer>
  /** The URL as it may be shown: `api_key=[REDACTED]`, the key in no other place. */
  shownUrl(url: URL): string
  fail(kind: RetreaverErrorKind, method: string, url: URL, message: string, details?: FailureDetails): RetreaverApiError
  redact(text: string): string
}

/** At most this long is waited between two tries (backoff). */
const MAX_BACKOFF_MS = 8_000
/** A `Retry-After` longer than this is not waited for: the error says how long the server asked. */
const MAX_RETRY_AFTER_MS = 60_000
/** JSON nested deeper than this is refused: no target is, and writing it back would overflow the stack. */
export const MAX_JSON_DEPTH = 64
/** The server's message is shown up to this length (after redaction). */
const SERVER_MESSAGE_LENGTH = 500

type Outcome =
  | { readonly kind: 'answer'; readonly status: number; readonly text: string; readonly contentType: string; readonly retryAfter: number | null; readonly link: string | null }
  | { readonly kind: 'redirect'; readonly status: number; readonly location: string | null }
  | { readonly kind: 'too_large'; readonly status: number }
  | { readonly kind: 'network' | 'timeout' | 'aborted' | 'deadline'; readonly cause: unknown }

/**
 * The HTTP core of `createRetreaverClient`: every request carries the key and company as query
 * parameters, never follows a redirect, reads at most `maxResponseBytes`, has a timeout and the
 * call's deadline, and is retried (GETs, and PUTs the caller says are harmless to repeat) on
 * network errors, timeouts, 429 and 5xx, with capped exponential backoff and jitter, waits that
 * the caller's signal ends at once. Internal to the package.
 */
export function createHttpCore(settings: ClientSettings): HttpCore {
  const redact = createRedactor(settings.apiKey)

  const shownUrl = (url: URL): string => {
    const copy = new URL(url.href)
    copy.username = ''
    copy.password = ''
    if (copy.searchParams.has('api_key')) copy.searchParams.set('api_key', REDACTED)
    return redact(copy.href.replace(encodeURIComponent(REDACTED), REDACTED))
  }

  const fail = (kind: RetreaverErrorKind, method: string, url: URL, message: string, details: FailureDetails = {}): RetreaverApiError => {
    const shown = shownUrl(url)
    return new RetreaverApiError(redact(`${method} ${shown}: ${message}`), {
      kind,
      method,
      url: shown,
      status: details.status ?? null,
      serverMessage: details.serverMessage ?? null,
      // What fetch threw may quote the URL, key and all: only its name and a redacted message go on.
      cause: details.cause === undefined ? undefined : sanitizedCause(details.cause, redact),
      sent: details.sent ?? null,
    })
  }

  const startCall = (): Call => ({ deadline: settings.deadlineMs === undefined ? Infinity : Date.now() + settings.deadlineMs })

  const deadlineError = (method: string, url: URL, what: string): RetreaverApiError =>
    fail('deadline', method, url, `${what}: the call's deadline of ${settings.deadlineMs} ms (deadlineMs) has passed`)

  async function send(call: Call, method: string, url: URL, body: unknown, retry: boolean): Promise<Answer> {
    const attempts = retry ? settings.retries + 1 : 1
    for (let attempt = 1; ; attempt++) {
      const last = attempt >= attempts
      const outcome = await once(call, method, url, body)
      switch (outcome.kind) {
        case 'aborted':
          throw fail('aborted', method, url, 'aborted by the caller', { cause: outcome.cause })
        case 'deadline':
          throw deadlineError(method, url, attempt === 1 ? 'not sent' : `after ${attempt - 1} attempts`)
        case 'redirect': {
          const where = locationOrigin(outcome.location, url)
          throw fail(
            'redirect',
            method,
            url,
            `the server answered ${outcome.status} with a redirect${where}: not followed, so the api key and the request stay here (check RETREAVER_BASE_URL / baseUrl)`,
            { status: outcome.status },
          )
        }
        case 'too_large':
          throw fail('too_large', method, url, `the answer (status ${outcome.status}) is larger than ${settings.maxResponseBytes} bytes (maxResponseBytes): not read, not tried again`, {
            status: outcome.status,
          })
        case 'answer': {
          const { status, text, contentType, retryAfter, link } = outcome
          if ((status === 429 || status >= 500) && !last) {
            const wait = status === 429 && retryAfter !== null ? retryAfter : backoff(attempt)
            if (wait <= MAX_RETRY_AFTER_MS) {
              await pause(call, method, url, wait, { reason: `${status} from the server`, status, attempt: attempt + 1, attempts })
              continue
            }
          }
          const json = readJson(text)
          if (json === TOO_DEEP) throw fail('unexpected_body', method, url, `the answer (status ${status}) is JSON nested deeper than ${MAX_JSON_DEPTH} levels: not read`, { status })
          if (status < 200 || status > 299) {
            const rawMessage = messageIn(json)
            const serverMessage = rawMessage === null ? null : cut(redact(rawMessage), SERVER_MESSAGE_LENGTH)
            const detail = serverMessage ?? (json === NOT_JSON ? describeNonJson(text, contentType) : `status ${status}`)
            const advice =
              status === 401
                ? ' (check RETREAVER_API_KEY / apiKey and the company id)'
                : status === 429 && retryAfter !== null
                  ? ` (the server asked to wait ${Math.ceil(retryAfter / 1000)} s)`
                  : ''
            throw fail('http', method, url, `the server answered ${status}: ${detail}${advice}`, { status, serverMessage })
          }
          if (json === NOT_JSON) {
            throw fail('not_json', method, url, `the server answered ${status} with a body that is not JSON (${describeNonJson(text, contentType)}): it is not read as a target`, { status })
          }
          return { status, json, link }
        }
        default: {
          const what = outcome.kind === 'timeout' ? `no answer within ${settings.timeoutMs} ms` : 'the request failed before an answer came (network error or dropped connection)'
          if (last) throw fail(outcome.kind, method, url, attempts > 1 ? `${what}, ${attempt} attempts` : what, { cause: outcome.cause })
          const reason = outcome.kind === 'timeout' ? `no answer within ${settings.timeoutMs} ms` : 'the connection failed'
          await pause(call, method, url, backoff(attempt), { reason, status: null, attempt: attempt + 1, attempts })
        }
      }
    }
  }

  /** Waits before the next try: tells `onRetry`, ends at once on abort, never past the deadline. */
  async function pause(call: Call, method: string, url: URL, waitMs: number, what: { reason: string; status: number | null; attempt: number; attempts: number }): Promise<void> {
    if (Date.now() + waitMs >= call.deadline) throw deadlineError(method, url, `${what.reason}; waiting ${Math.ceil(waitMs / 1000)} s to try again would pass it`)
    if (settings.onRetry !== undefined) {
      try {
        settings.onRetry(Object.freeze({ method, url: shownUrl(url), reason: what.reason, status: what.status, attempt: what.attempt, attempts: what.attempts, waitMs: Math.round(waitMs) }))
      } catch {
        // A listener's failure does not change what the client does.
      }
    }
    if (!(await sleep(waitMs, settings.signal))) throw fail('aborted', method, url, `aborted by the caller while waiting to try again (${what.reason})`)
  }

  function backoff(attempt: number): number {
    return Math.random() * Math.min(MAX_BACKOFF_MS, settings.retryDelayMs * 2 ** (attempt - 1))
  }

  async function once(call: Call, method: string, url: URL, body: unknown): Promise<Outcome> {
    const remaining = call.deadline - Date.now()
    if (remaining <= 0) return { kind: 'deadline', cause: undefined }
    const limit = Math.min(settings.timeoutMs, remaining)
    const controller = new AbortController()
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      controller.abort()
    }, limit)
    const onAbort = (): void => controller.abort()
    settings.signal?.addEventListener('abort', onAbort)
    try {
      if (settings.signal?.aborted === true) return { kind: 'aborted', cause: undefined }
      const headers: Record<string, string> = { Accept: 'application/json' }
      if (body !== undefined) headers['Content-Type'] = 'application/json'
      const response = await settings.fetch(url.href, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: controller.signal,
        // Never followed: a redirect would take the key (and a PUT's body) to wherever it points,
        // and a 303 would turn a PUT into a GET that answers 200.
        redirect: 'manual',
      })
      const { headers: answer } = response
      if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status <= 399)) {
        await response.body?.cancel().catch(() => undefined)
        return { kind: 'redirect', status: response.status, location: answer.get('location') }
      }
      const read = await readLimited(response, settings.maxResponseBytes)
      if (read === undefined) return { kind: 'too_large', status: response.status }
      return { kind: 'answer', status: response.status, text: read, contentType: answer.get('content-type') ?? '', retryAfter: retryAfterMs(answer.get('retry-after')), link: answer.get('link') }
    } catch (cause) {
      if (settings.signal?.aborted === true) return { kind: 'aborted', cause }
      if (timedOut) return { kind: limit < settings.timeoutMs ? 'deadline' : 'timeout', cause }
      return { kind: 'network', cause }
    } finally {
      clearTimeout(timer)
      settings.signal?.removeEventListener('abort', onAbort)
    }
  }

  return { startCall, send, shownUrl, fail, redact }
}

/** ` to https://elsewhere.example` — the origin only, never a path or query (they may carry a token). */
function locationOrigin(location: string | null, from: URL): string {
  if (location === null) return ' (no Location)'
  try {
    return ` to ${new URL(location, from).origin}`
  } catch {
    return ' to a Location that is not a URL'
  }
}

/**
 * The body as text, read in chunks and counted after decompression (what `fetch` hands out), so
 * a small compressed body that expands past the limit is cut off early; undefined when too large.
 */
async function readLimited(response: Response, limit: number): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length'))
  if (response.headers.get('content-encoding') === null && Number.isFinite(declared) && declared > limit) {
    await response.body?.cancel().catch(() => undefined)
    return undefined
  }
  if (response.body === null) return ''
  const reader = response.body.getReader()
  const decoder = new TextDecoder()
  const parts: string[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > limit) {
      await reader.cancel().catch(() => undefined)
      return undefined
    }
    parts.push(decoder.decode(value, { stream: true }))
  }
  parts.push(decoder.decode())
  return parts.join('')
}

/** Resolves true after `ms`, or false at once when the signal aborts. */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<boolean> {
  if (signal?.aborted === true) return Promise.resolve(false)
  return new Promise((resolve) => {
    const done = (slept: boolean): void => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
      resolve(slept)
    }
    const onAbort = (): void => done(false)
    const timer = setTimeout(() => done(true), ms)
    signal?.addEventListener('abort', onAbort)
  })
}

const NOT_JSON: unique symbol = Symbol('not JSON')
const TOO_DEEP: unique symbol = Symbol('too deep')

function readJson(text: string): unknown {
  if (text.trim() === '') return null
  let value: unknown
  try {
    value = JSON.parse(text) as unknown
  } catch {
    return NOT_JSON
  }
  return depthWithin(value, MAX_JSON_DEPTH) ? value : TOO_DEEP
}

/** Whether no value is nested deeper than `max` (an explicit stack: no recursion to overflow). */
function depthWithin(root: unknown, max: number): boolean {
  const stack: Array<{ value: unknown; depth: number }> = [{ value: root, depth: 0 }]
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!
    if (typeof value !== 'object' || value === null) continue
    if (depth >= max) return false
    const children = Array.isArray(value) ? value : Object.values(value)
    for (const child of children) if (typeof child === 'object' && child !== null) stack.push({ value: child, depth: depth + 1 })
  }
  return true
}

/** The server's `error` / `message` / `errors`, whole (redact it, then cut it). */
function messageIn(json: unknown): string | null {
  if (!isPlainObject(json)) return null
  const { error, message, errors } = json as { error?: unknown; message?: unknown; errors?: unknown }
  for (const value of [error, message]) if (typeof value === 'string' && value !== '') return value
  if (errors !== undefined) {
    try {
      return JSON.stringify(errors)
    } catch {
      return null
    }
  }
  return null
}

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text
}

function describeNonJson(text: string, contentType: string): string {
  const kind = /html/i.test(contentType) || /^\s*</.test(text) ? 'an HTML page' : text.trim() === '' ? 'an empty body' : 'text that does not parse as JSON (truncated?)'
  return `${kind}${contentType === '' ? '' : `, ${cut(contentType.split(';')[0]!, 80)}`}, ${text.length} characters`
}

/**
 * `Retry-After` in milliseconds: whole seconds, or an HTTP date (IMF-fixdate). Anything else —
 * empty, negative, `1e3`, a word — is treated as absent, never as "now".
 */
export function retryAfterMs(header: string | null): number | null {
  if (header === null) return null
  const text = header.trim()
  if (/^\d{1,9}$/.test(text)) return Number(text) * 1000
  if (!/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(text)) return null
  const date = Date.parse(text)
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now())
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
  // Redact first, then cut: a key cut in two would show its head.
  const error = new Error(cut(redact(message), 300))
  error.name = redact(name).slice(0, 60)
  return error
}
