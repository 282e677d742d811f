import type { BusinessHourAttributes } from '../diff/diffBusinessHours'
import { CallhoursError } from '../ground/callhoursError'
import type { WeeklySchedule } from '../week/types'

/**
 * A write that was sent before the error: its method and path, the status it was answered with
 * (null when no answer came), and the `business_hours_attributes` it carried when it had some.
 * An error that carries one happened after the server may have changed: what it holds must be
 * read before anything is sent again.
 */
export interface SentWrite {
  readonly method: string
  readonly url: string
  readonly status: number | null
  readonly payload?: readonly BusinessHourAttributes[]
}

/** What went wrong talking to the API. */
export type RetreaverErrorKind =
  /** The server answered with an error status (4xx, 5xx). */
  | 'http'
  /** The request could not be sent or the connection dropped. */
  | 'network'
  /** No answer within `timeoutMs`. */
  | 'timeout'
  /** The caller's `signal` aborted it. */
  | 'aborted'
  /** A body that is not JSON (an HTML error page, a truncated body): never read as a target. */
  | 'not_json'
  /** JSON, but not what the endpoint answers (no `{ target }` where one was expected). */
  | 'unexpected_body'
  /** After an update, the server holds something else than was sent. */
  | 'verification'
  /** The server answered with a redirect (3xx): never followed, so the key and the body stay here. */
  | 'redirect'
  /** The answer was larger than `maxResponseBytes` (counted after decompression): not retried. */
  | 'too_large'
  /** The call's `deadlineMs` passed (with its retries and waits). */
  | 'deadline'
  /** The target changed between the read the diff was computed on and the write: nothing was sent. */
  | 'conflict'

const API_ERROR_BRAND = Symbol.for('callhours.RetreaverApiError')

/**
 * The one error the API client throws for the API: the HTTP method, the URL with the api key
 * redacted, the status when there was one, and the server's message when it sent one. The key
 * never appears in its message, its fields, or its `cause` chain. A `CallhoursError`.
 */
export class RetreaverApiError extends CallhoursError {
  /** `instanceof` answers by a brand, so the ESM and CommonJS copies of the class agree. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as { [API_ERROR_BRAND]?: unknown })[API_ERROR_BRAND] === true
  }

  readonly kind: RetreaverErrorKind
  readonly method: string
  /** The request's URL, `api_key=[REDACTED]`. */
  readonly url: string
  /** The HTTP status, or null when no answer came. */
  readonly status: number | null
  /** The server's `error`/`message` text, when its body had one (redacted too). */
  readonly serverMessage: string | null
  /** With `kind: 'verification'`: the week that was sent, and the week the server holds. */
  readonly expected?: WeeklySchedule
  readonly held?: WeeklySchedule
  /** A write sent before this error (the server may hold it): null when nothing was sent. */
  readonly sent: SentWrite | null

  constructor(
    message: string,
    details: {
      kind: RetreaverErrorKind
      method: string
      url: string
      status?: number | null
      serverMessage?: string | null
      cause?: unknown
      expected?: WeeklySchedule
      held?: WeeklySchedule
      sent?: SentWrite | null
    },
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause })
    this.name = 'RetreaverApiError'
    this.kind = details.kind
    this.method = details.method
    this.url = details.url
    this.status = details.status ?? null
    this.serverMessage = details.serverMessage ?? null
    if (details.expected !== undefined) this.expected = details.expected
    if (details.held !== undefined) this.held = details.held
    this.sent = details.sent ?? null
    Object.defineProperty(this, API_ERROR_BRAND, { value: true })
  }
}
