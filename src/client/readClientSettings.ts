import { describeReceived } from '../ground/issues'
import { isPlainObject, readOptionFields } from '../ground/readers'

/** What a retry is about to do, for `onRetry` (the CLI prints one line of it). */
export interface RetreaverRetry {
  readonly method: string
  /** The request's URL, `api_key=[REDACTED]`. */
  readonly url: string
  /** Why: `503 from the server`, `no answer within 30000 ms`, `the connection failed`. */
  readonly reason: string
  /** The HTTP status that made it retry, or null for a network error or a timeout. */
  readonly status: number | null
  /** The attempt about to be made (2 for the first retry), and how many there can be. */
  readonly attempt: number
  readonly attempts: number
  /** How long it waits first, in milliseconds. */
  readonly waitMs: number
}

/** Options of `createRetreaverClient`. */
export interface RetreaverClientOptions {
  /** The account's API key: sent as the `api_key` query parameter, never shown. */
  readonly apiKey: string
  /** The company id, sent as `company_id` (needed with several companies; suggested always). */
  readonly companyId?: string | number
  /**
   * Default `https://api.retreaver.com`. `http://` only to a loopback host, unless
   * `allowInsecureHttp`. No user name or password (`https://user:pass@host`), query or fragment.
   */
  readonly baseUrl?: string
  /** Allows `http://` to a host that is not the machine itself (the key then travels in clear). */
  readonly allowInsecureHttp?: boolean
  /** The `fetch` to use (default the global one). */
  readonly fetch?: typeof fetch
  /** Per request, 1–600,000 ms; default 30,000. */
  readonly timeoutMs?: number
  /** Retries of a GET or of a PUT that is harmless to repeat, 0–10; default 3. POST and DELETE never retry. */
  readonly retries?: number
  /** The first backoff, doubled at each retry (with full jitter), 0–60,000 ms; default 500, each wait at most 8 s. */
  readonly retryDelayMs?: number
  /** The most one call may take with its retries and waits, 1–86,400,000 ms; default none (each request has its timeout). */
  readonly deadlineMs?: number
  /** The largest answer read, in bytes after decompression, 1,024–1,073,741,824; default 8,388,608 (8 MiB). */
  readonly maxResponseBytes?: number
  /** Aborts every request of this client, and every wait between them, at once. */
  readonly signal?: AbortSignal
  /** Told before each retry (what failed, the attempt, the wait); its errors are ignored. */
  readonly onRetry?: (retry: RetreaverRetry) => void
}

/**
 * The bounds of the client's numeric options, as `[least, most]`: a value outside them is a
 * `RangeError` when the client is made (a timeout past 2^31 − 1 ms would otherwise fire at once).
 *
 * @example
 * CLIENT_BOUNDS.retries //=> [0, 10]
 * CLIENT_BOUNDS.timeoutMs //=> [1, 600000]
 */
export const CLIENT_BOUNDS = {
  timeoutMs: [1, 600_000],
  retries: [0, 10],
  retryDelayMs: [0, 60_000],
  deadlineMs: [1, 86_400_000],
  maxResponseBytes: [1_024, 1_073_741_824],
} as const

export const DEFAULT_BASE_URL = 'https://api.retreaver.com'
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]'])

/** The client's options, read once. Internal to the package. */
export interface ClientSettings {
  readonly apiKey: string
  readonly companyId: string | undefined
  readonly base: URL
  readonly fetch: typeof fetch
  readonly timeoutMs: number
  readonly retries: number
  readonly retryDelayMs: number
  readonly deadlineMs: number | undefined
  readonly maxResponseBytes: number
  readonly signal: AbortSignal | undefined
  readonly onRetry: ((retry: RetreaverRetry) => void) | undefined
}

/**
 * Reads `createRetreaverClient`'s options, refusing what it cannot use safely. A `baseUrl` is never
 * echoed whole: it may hold a password. Internal to the package.
 *
 * @throws {TypeError} an option of the wrong kind, a key that is not a string, a bad URL
 * @throws {RangeError} a number outside its bounds ({@link CLIENT_BOUNDS})
 */
export function readClientSettings(options: unknown): ClientSettings {
  if (!isPlainObject(options)) throw new TypeError(`createRetreaverClient needs options such as { apiKey }, received ${describeReceived(options)}`)
  const fields = readOptionFields(
    options,
    ['apiKey', 'companyId', 'baseUrl', 'allowInsecureHttp', 'fetch', 'timeoutMs', 'retries', 'retryDelayMs', 'deadlineMs', 'maxResponseBytes', 'signal', 'onRetry'],
    'createRetreaverClient',
  )
  if (typeof fields.apiKey !== 'string' || fields.apiKey.trim() === '') throw new TypeError('createRetreaverClient needs an apiKey: a non-empty string')
  const companyId = fields.companyId
  if (companyId !== undefined && !(typeof companyId === 'string' || (typeof companyId === 'number' && Number.isSafeInteger(companyId)))) {
    throw new TypeError(`companyId must be a string or an integer, received ${describeReceived(companyId)}`)
  }
  const base = readBaseUrl(fields.baseUrl, fields.allowInsecureHttp === true)
  const bounded = (name: keyof typeof CLIENT_BOUNDS, fallback: number | undefined): number | undefined => {
    const value = fields[name]
    if (value === undefined) return fallback
    const [least, most] = CLIENT_BOUNDS[name]
    if (typeof value !== 'number') throw new TypeError(`${name} must be a whole number, received ${describeReceived(value)}`)
    if (!Number.isSafeInteger(value) || value < least || value > most) {
      throw new RangeError(`${name} must be a whole number from ${least.toLocaleString('en-US')} to ${most.toLocaleString('en-US')}, received ${describeReceived(value)}`)
    }
    return value
  }
  const fetchFn = fields.fetch ?? (globalThis as { fetch?: typeof fetch }).fetch
  if (typeof fetchFn !== 'function') throw new TypeError('no fetch: pass options.fetch (Node ≥ 18 and browsers have a global one)')
  const signal = fields.signal
  if (signal !== undefined && !(typeof signal === 'object' && signal !== null && 'aborted' in signal && 'addEventListener' in signal)) {
    throw new TypeError(`signal must be an AbortSignal, received ${describeReceived(signal)}`)
  }
  const onRetry = fields.onRetry
  if (onRetry !== undefined && typeof onRetry !== 'function') throw new TypeError(`onRetry must be a function, received ${describeReceived(onRetry)}`)
  return {
    apiKey: fields.apiKey,
    companyId: companyId === undefined ? undefined : String(companyId),
    base,
    fetch: fetchFn as typeof fetch,
    timeoutMs: bounded('timeoutMs', 30_000)!,
    retries: bounded('retries', 3)!,
    retryDelayMs: bounded('retryDelayMs', 500)!,
    deadlineMs: bounded('deadlineMs', undefined),
    maxResponseBytes: bounded('maxResponseBytes', 8_388_608)!,
    signal: signal as AbortSignal | undefined,
    onRetry: onRetry as ((retry: RetreaverRetry) => void) | undefined,
  }
}

function readBaseUrl(given: unknown, allowInsecureHttp: boolean): URL {
  if (given !== undefined && typeof given !== 'string') throw new TypeError(`baseUrl must be a string such as ${DEFAULT_BASE_URL}, received ${describeReceived(given)}`)
  let base: URL
  try {
    base = new URL(given ?? DEFAULT_BASE_URL)
  } catch {
    // The text is not shown: a mistyped URL may still hold a password.
    throw new TypeError(`baseUrl must be an absolute http(s) URL such as ${DEFAULT_BASE_URL}; the one given does not parse`)
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') throw new TypeError(`baseUrl must be http(s), received ${base.protocol}`)
  if (base.username !== '' || base.password !== '') {
    throw new TypeError(`baseUrl must not hold a user name or password (user:pass@): the api key is the only credential, and the URL is shown in messages; received one for ${base.host}`)
  }
  if (base.search !== '' || base.hash !== '') throw new TypeError(`baseUrl must be a server and an optional path, without ?query or #fragment, such as ${DEFAULT_BASE_URL}`)
  if (base.protocol === 'http:' && !LOOPBACK.has(base.hostname) && !allowInsecureHttp) {
    throw new TypeError(`baseUrl ${base.origin} is http:// to another machine: the api key would travel in clear. Use https://, or pass allowInsecureHttp: true`)
  }
  return base
}
