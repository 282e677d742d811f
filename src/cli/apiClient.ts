/**
 * What the commands that talk to the Retreaver API share (`pull`, `push`, `sync`, `reset-cap`):
 * the client, built from the environment only (never from a flag, so the key is in no shell
 * history and no process list); the target argument; `--yes`; and how an API error ends the
 * command (exit 3 or 4, with the client's message, in which the key is already redacted).
 */
import {
  BusinessHoursError,
  createRetreaverClient,
  describeSchedule,
  formatIssuePath,
  RetreaverApiError,
  type Issue,
  type RetreaverClient,
  type RetreaverErrorKind,
  type RetreaverRetry,
  type SentWrite,
  CLIENT_BOUNDS,
} from '../index'
import { quoted, valueError, type BooleanOptionSpec, type ExitCodeSpec, type StringOptionSpec } from './commandSpecs'
import { shown, type Style } from './format'
import { CliError, type CliIo } from './io'
import { countIssues, countOf, describePayload } from './commands/common'

/**
 * The environment variables the API commands read, and nothing else: the key, the company, the
 * server, and two knobs for slow networks (and fast tests).
 *
 * @example
 * API_ENV.key //=> 'RETREAVER_API_KEY'
 */
export const API_ENV = {
  /** Required: the account's API key, sent as `api_key`; never printed. */
  key: 'RETREAVER_API_KEY',
  /** Optional: the company id, sent as `company_id`. */
  company: 'RETREAVER_COMPANY_ID',
  /** Optional: default `https://api.retreaver.com`; `http://` only to this machine. */
  baseUrl: 'RETREAVER_BASE_URL',
  /** Optional: the time one request may take, in milliseconds, 1–600000 (default 30000). */
  timeoutMs: 'RETREAVER_TIMEOUT_MS',
  /** Optional: how many times a GET or a PUT harmless to repeat is tried again, 0–10 (default 3). */
  retries: 'RETREAVER_RETRIES',
  /** Optional: the most one call (with its retries and waits) may take, in milliseconds, 1–86400000 (default none). */
  deadlineMs: 'RETREAVER_DEADLINE_MS',
  /** Optional: the largest answer read, in bytes, 1024–1073741824 (default 8388608). */
  maxResponseBytes: 'RETREAVER_MAX_RESPONSE_BYTES',
} as const

/**
 * The exit codes of the commands that talk to the API.
 *
 * @example
 * API_EXIT_CODES.map((exit) => exit.code) //=> [0, 1, 2, 3, 4, 70]
 */
export const API_EXIT_CODES: readonly ExitCodeSpec[] = [
  { code: 0, meaning: 'done, or nothing to do' },
  { code: 1, meaning: 'invalid business hours' },
  { code: 2, meaning: `usage or input error, no ${API_ENV.key}` },
  { code: 3, meaning: 'the server refused the request or could not be reached' },
  { code: 4, meaning: 'the server does not hold what was sent' },
  { code: 70, meaning: 'internal error (please report)' },
]

/**
 * The exit codes of the API commands that send no business hours (`pull`, `reset-cap`): neither
 * invalid hours (1) nor a failed verification (4) can end them.
 *
 * @example
 * API_READ_EXIT_CODES.map((exit) => exit.code) //=> [0, 2, 3, 70]
 */
export const API_READ_EXIT_CODES: readonly ExitCodeSpec[] = API_EXIT_CODES.filter((exit) => exit.code !== 1 && exit.code !== 4)

/** A whole number from an environment variable, within the client's bounds; the message never echoes the value. */
function wholeFromEnv(io: CliIo, name: string, bounds: readonly [number, number], what: string): number | undefined {
  const text = io.env[name]
  if (text === undefined || text.trim() === '') return undefined
  const value = /^\s*\d{1,16}\s*$/.test(text) ? Number(text) : Number.NaN
  const [least, most] = bounds
  if (!Number.isSafeInteger(value) || value < least || value > most) throw new CliError(`${name} must be ${what}, a whole number from ${least} to ${most}`, 2)
  return value
}

/** `2 s`, `300 ms`: a wait as the retry line says it. */
function waitText(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${Math.round(ms / 1000)} s`
}

/**
 * The API client, from the environment: `RETREAVER_API_KEY` (required), `RETREAVER_COMPANY_ID`,
 * `RETREAVER_BASE_URL`, `RETREAVER_TIMEOUT_MS`, `RETREAVER_RETRIES`. Messages name the variable,
 * never its value.
 *
 * @param io - where the environment comes from
 * @param command - the command, for the message
 * @returns the library's client
 * @throws {CliError} exit 2 when the key is missing or a variable cannot be used
 *
 * @example
 * clientFromEnv({ ...io, env: {} }, 'pull')
 * // throws CliError: pull needs an API key: set RETREAVER_API_KEY (it is read only from the environment)
 *
 * @example
 * // Edge: http:// to another machine would send the key in clear
 * clientFromEnv({ ...io, env: { RETREAVER_API_KEY: 'k', RETREAVER_BASE_URL: 'http://10.0.0.5' } }, 'pull')
 * // throws CliError: RETREAVER_BASE_URL must be an https:// URL such as https://api.retreaver.com (http:// only to this machine: 127.0.0.1, localhost, [::1])
 */
export function clientFromEnv(io: CliIo, command: string, options: { readonly quiet?: boolean } = {}): RetreaverClient {
  // Trimmed like every other variable: a key read from a file often ends in a newline.
  const apiKey = io.env[API_ENV.key]?.trim()
  if (apiKey === undefined || apiKey === '') {
    throw new CliError(`${command} needs an API key: set ${API_ENV.key} (it is read only from the environment)`, 2)
  }
  const companyId = io.env[API_ENV.company]
  const baseUrl = io.env[API_ENV.baseUrl]
  const timeoutMs = wholeFromEnv(io, API_ENV.timeoutMs, CLIENT_BOUNDS.timeoutMs, 'the milliseconds a request may take')
  const retries = wholeFromEnv(io, API_ENV.retries, CLIENT_BOUNDS.retries, 'how many times a request is tried again')
  const deadlineMs = wholeFromEnv(io, API_ENV.deadlineMs, CLIENT_BOUNDS.deadlineMs, 'the milliseconds a call may take with its retries')
  const maxResponseBytes = wholeFromEnv(io, API_ENV.maxResponseBytes, CLIENT_BOUNDS.maxResponseBytes, 'the largest answer read, in bytes')
  try {
    return createRetreaverClient({
      apiKey,
      ...(companyId === undefined || companyId.trim() === '' ? {} : { companyId: companyId.trim() }),
      ...(baseUrl === undefined || baseUrl.trim() === '' ? {} : { baseUrl: baseUrl.trim() }),
      ...(timeoutMs === undefined ? {} : { timeoutMs }),
      ...(retries === undefined ? {} : { retries }),
      ...(deadlineMs === undefined ? {} : { deadlineMs }),
      ...(maxResponseBytes === undefined ? {} : { maxResponseBytes }),
      // One line a retry, so a run that waits says why (cron mails stderr).
      ...(options.quiet === true
        ? {}
        : { onRetry: (retry: RetreaverRetry) => io.stderr(`${retry.reason}; trying again in ${waitText(retry.waitMs)} (attempt ${retry.attempt} of ${retry.attempts})\n`) }),
    })
  } catch (error) {
    // The client's own messages may quote the URL; a variable's value is not printed.
    if (error instanceof TypeError && /^baseUrl/.test(error.message)) {
      const reason = /user name or password/.test(error.message)
        ? 'must not hold a user name or password (user:pass@): the key is read from RETREAVER_API_KEY alone'
        : /query or #fragment/.test(error.message)
          ? 'must be a server and an optional path, without ?query or #fragment'
          : 'must be an https:// URL such as https://api.retreaver.com (http:// only to this machine: 127.0.0.1, localhost, [::1])'
      throw new CliError(`${API_ENV.baseUrl} ${reason}`, 2)
    }
    throw error
  }
}

/**
 * The exit code for an API error: 4 when the server answered but holds something else than was
 * sent (`verification`), else 3 (refused, unreachable, timed out, not JSON, not a target).
 *
 * @example
 * apiExitCode('http') //=> 3
 *
 * @example
 * apiExitCode('verification') //=> 4
 */
export function apiExitCode(kind: RetreaverErrorKind, sent: SentWrite | null = null): 3 | 4 {
  return kind === 'verification' || sent !== null ? 4 : 3
}

/**
 * Runs a request; a `RetreaverApiError` becomes a `CliError` with the client's message (method,
 * URL with `api_key=[REDACTED]`, status, the server's message) and exit 3, or 4 for a failed
 * verification (then with the week sent and the week held).
 *
 * @param request - the call to the client
 * @returns what the request answered
 * @throws {CliError} exit 3 or 4 for an API error; anything else as it came
 *
 * @example
 * await callApi(async () => 7) //=> 7
 *
 * @example
 * // Edge: a refused request
 * await callApi(() => Promise.reject(new RetreaverApiError('GET https://api.retreaver.com/targets/7.json?api_key=[REDACTED]: the server answered 404: Not Found', { kind: 'http', method: 'GET', url: '', status: 404 })))
 * // throws CliError: GET https://api.retreaver.com/targets/7.json?api_key=[REDACTED]: the server answered 404: Not Found
 */
export async function callApi<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request()
  } catch (error) {
    if (!(error instanceof RetreaverApiError)) throw error
    const lines = [shown(error.message, 1500)]
    if (error.kind === 'verification' && error.expected !== undefined && error.held !== undefined) {
      lines.push(`  sent: ${describeSchedule(error.expected)}`, `  held: ${describeSchedule(error.held)}`)
    }
    if (error.sent !== null && error.kind !== 'verification') {
      const answer = error.sent.status === null ? 'no answer came' : `answered ${error.sent.status}`
      const what = error.sent.payload === undefined ? '' : ` — ${describePayload(error.sent.payload)}`
      lines.push(`  sent: ${error.sent.method} (${answer})${what}`)
    }
    throw new CliError(lines.join('\n'), apiExitCode(error.kind, error.sent))
  }
}

/**
 * A target as the command line names it: its id, or `tid:` and its tid.
 *
 * @example
 * const ref: TargetRef = { kind: 'tid', tid: 'sales-ny' }
 */
export type TargetRef = { readonly kind: 'id'; readonly id: number } | { readonly kind: 'tid'; readonly tid: string }

/**
 * Reads a target id: a positive whole number.
 *
 * @param text - as typed
 * @param what - how the message names it (`the target`, `--target`)
 * @returns the id
 * @throws {CliError} exit 2 for anything else
 *
 * @example
 * parseTargetId('7', 'the target') //=> 7
 *
 * @example
 * // Edge: not a whole number
 * parseTargetId('7.5', '--target')
 * // throws CliError: --target must be a target id, a positive whole number such as 7; got "7.5"
 */
export function parseTargetId(text: string, what: string): number {
  const id = /^\d{1,16}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN
  if (!Number.isSafeInteger(id) || id < 1) throw valueError(`${what} must be a target id, a positive whole number such as 7; got ${quoted(text)}`)
  return id
}

/**
 * Reads `ID` or `tid:TID`.
 *
 * @example
 * parseTargetRef('7') //=> { kind: 'id', id: 7 }
 *
 * @example
 * parseTargetRef('tid:sales-ny') //=> { kind: 'tid', tid: 'sales-ny' }
 *
 * @example
 * // Edge: an empty tid
 * parseTargetRef('tid:')
 * // throws CliError: the target must be an id (7) or tid:TID (tid:sales-ny); got "tid:"
 */
export function parseTargetRef(text: string): TargetRef {
  if (text.startsWith('tid:')) {
    const tid = text.slice(4)
    if (tid.trim() === '') throw valueError(`the target must be an id (7) or tid:TID (tid:sales-ny); got ${quoted(text)}`)
    return { kind: 'tid', tid }
  }
  if (!/^\s*\d+\s*$/.test(text)) throw valueError(`the target must be an id (7) or tid:TID (tid:sales-ny); got ${quoted(text)}`)
  return { kind: 'id', id: parseTargetId(text, 'the target') }
}

/**
 * `--yes`: really send; without it the command only shows what it would send.
 *
 * @example
 * YES_OPTION.long //=> 'yes'
 */
export const YES_OPTION: BooleanOptionSpec = {
  long: 'yes',
  short: 'y',
  type: 'boolean',
  help: ['send it; without --yes nothing is changed on the server, only shown'],
  listed: 'usage',
}

/**
 * `--quiet`: no line on stderr for each retry (errors and results are still printed).
 *
 * @example
 * QUIET_OPTION.long //=> 'quiet'
 */
export const QUIET_OPTION: BooleanOptionSpec = {
  long: 'quiet',
  short: 'q',
  type: 'boolean',
  help: ['no line on stderr when a request is tried again (by default each retry says why and how long it waits)'],
}

/**
 * `--target <id>`: the target to change.
 *
 * @example
 * TARGET_OPTION.parse('7', '--target') //=> 7
 */
export const TARGET_OPTION: StringOptionSpec<number> = {
  long: 'target',
  type: 'string',
  valueName: '<id>',
  example: '7',
  help: ['the id of the target to change (required)'],
  listed: 'usage',
  required: true,
  parse: (text, flag) => parseTargetId(text, flag),
}


/**
 * Invalid business hours found while diffing (the library's `BusinessHoursError`, its issues rooted
 * at `server` and `edited`) as the command's exit 1, each issue named by where it is.
 *
 * @param error - what `diffBusinessHours` or `updateBusinessHours` threw
 * @param names - how to name the server's and the edited side (`target 7`, the file), and the
 *   edited side's list of hours (`business_hours`, or `business_hours_attributes` for a request body)
 * @param style - colours
 * @returns the error to throw
 *
 * @example
 * const error = new BusinessHoursError([{ code: 'out_of_range', path: ['edited', 0, 'day_of_week'], severity: 'error', message: 'day_of_week must be an integer 0–6 (Sunday = 0), received 9' }], 'edited', 'business hours')
 * diffFailure(error, { server: 'target 7', edited: 'hours.json' }, createStyle(false)).message
 * //=> 'cannot diff: 1 error in the business hours:\n  error    hours.json: business_hours[0].day_of_week: day_of_week must be an integer 0–6 (Sunday = 0), received 9'
 */
export function diffFailure(
  error: BusinessHoursError,
  names: { readonly server: string; readonly edited: string; readonly editedKey?: string },
  style: Style,
): CliError {
  const where = (issue: Issue): string => {
    const [root, ...rest] = issue.path
    if (root === 'server') return `${names.server}: ${shown(formatIssuePath(rest, 'business_hours'))}`
    if (root === 'edited') return `${shown(names.edited)}: ${shown(formatIssuePath(rest, names.editedKey ?? 'business_hours'))}`
    return shown(formatIssuePath(issue.path))
  }
  const lines = error.issues.map((issue) => {
    const label = issue.severity === 'error' ? style.red('error  ') : style.yellow('warning')
    return `  ${label}  ${style.bold(where(issue))}: ${shown(issue.message, 400)}`
  })
  return new CliError([`cannot diff: ${countOf(countIssues(error.issues, 'error'), 'error')} in the business hours:`, ...lines].join('\n'), 1)
}
