import { applyBusinessHoursAttributes } from '../diff/applyBusinessHoursAttributes'
import { diffBusinessHours, type BusinessHourAttributes, type DiffBusinessHoursOptions } from '../diff/diffBusinessHours'
import { removedRedundant } from '../diff/redundantBusinessHours'
import { BusinessHoursError, describeReceived } from '../ground/issues'
import { isPlainObject, readOptionFields } from '../ground/readers'
import { parseBusinessHours } from '../records/parseBusinessHours'
import type { BusinessHourInput, BusinessHourRecord } from '../records/types'
import { validateBusinessHours } from '../records/validateBusinessHours'
import { buildTargetUpdate, type TargetCaps } from '../routing/buildTargetUpdate'
import { schedulesEqual } from '../week/schedulesEqual'
import type { WeeklySchedule } from '../week/types'
import { createHttpCore, type Call } from './httpCore'
import { parseLinkHeader } from './linkHeader'
import { readClientSettings, type CreateRetreaverClientOptions } from './readClientSettings'
import { RetreaverApiError, type SentWrite } from './retreaverApiError'

export type { CreateRetreaverClientOptions, RetreaverClientOptions, RetreaverRetry } from './readClientSettings'

/** A target document as the API gives it (unwrapped from `{ target }`): plain JSON, read by `parseTarget`. */
export type TargetDocument = Readonly<Record<string, unknown>>

/** What `updateBusinessHours` answers. */
export interface BusinessHoursUpdate {
  /** Whether a PUT was sent (false: the server already held the edited week in its canonical records). */
  readonly changed: boolean
  /** The `business_hours_attributes` sent (empty when none); after a second round, the last one sent. */
  readonly payload: readonly BusinessHourAttributes[]
  /** The target as the server holds it after the update, read again. */
  readonly target: TargetDocument
  /** How many PUTs were sent: 0, 1, or more when a second writer's copies had to be removed. */
  readonly puts: number
  /**
   * Set when a PUT's answer was lost or an error (a timeout, a 5xx, a 404 for a record another
   * writer had already removed) and the target read afterwards holds what was sent: what the PUT
   * was answered with.
   */
  readonly answerLost: { readonly status: number | null; readonly reason: string } | null
  /** The ids of records the PUTs removed because they changed nothing (duplicates, spans inside others). */
  readonly removedRedundant: readonly number[]
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
  /** GET, diff, GET again, PUT only when needed, GET and verify the records (see `createRetreaverClient`). */
  /** `edited`: a `WeeklySchedule`, or records as JSON (read and checked by the library's rules before anything is sent). */
  updateBusinessHours(id: number, edited: WeeklySchedule | readonly unknown[], options?: DiffBusinessHoursOptions): Promise<BusinessHoursUpdate>
  /** The caps through `buildTargetUpdate`'s `*_cap_attributes`. */
  setCaps(id: number, caps: TargetCaps): Promise<TargetDocument>
  /** `POST /targets/{id}/reset_cap.json`. */
  resetCap(id: number): Promise<void>
  /** `DELETE /targets/{id}.json`. */
  deleteTarget(id: number): Promise<void>
}

/** At most this many pages are followed (250,000 targets at 25 a page). */
const MAX_PAGES = 10_000
/** `updateBusinessHours` sends at most this many PUTs (the second and third only to remove a concurrent writer's copies). */
const MAX_ROUNDS = 3

function requireId(id: unknown, name = 'id'): number {
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1) throw new TypeError(`${name} must be a target id, a positive integer, received ${describeReceived(id)}`)
  return id
}

/**
 * A client of the Retreaver Target API, with `fetch` only (Node ≥ 20 and browsers).
 *
 * Every request carries `api_key` (and `company_id`) as query parameters, asks for JSON, and has a
 * timeout (and the call a deadline, with `deadlineMs`). A redirect is never followed (an error of
 * kind `redirect` naming where it pointed, by origin only); an answer larger than
 * `maxResponseBytes` after decompression, or nested deeper than 64 levels, is refused unread.
 * GETs, and PUTs that are harmless to send twice (every nested record updated by id, none
 * destroyed or created), are retried on network errors, timeouts, 429 (honouring a well-formed
 * `Retry-After`) and 5xx, with capped exponential backoff and jitter, each retry told to
 * `onRetry`; POSTs and DELETEs never are; the caller's `signal` ends any request or wait at once.
 * A body that is not JSON is an error that says so, never read as a target. Errors are
 * `RetreaverApiError`s with the method, the URL with the key redacted, the status and the
 * server's message (redacted, then cut); the key appears in no message, field or `cause`, in any
 * of the encodings a URL gives it.
 *
 * `updateBusinessHours(id, edited)` is the safe loop: GET the target, check both weeks (the
 * library's rules), `diffBusinessHours`; when there is something to send, GET again and refuse
 * (kind `conflict`, nothing sent) if the records changed meanwhile; PUT; GET again and check that
 * the server holds exactly the records the payload makes of the ones it was computed on. When a
 * second writer's copies of the same week are there too, it removes them (at most three PUTs in
 * all); when the server holds another week, a `verification` error carries both. A PUT whose
 * answer is lost or an error is decided by what the server then holds, never resent blind. Any
 * error after a PUT was sent carries `sent` (the request, its status, its payload). The API has no
 * version or precondition to make the GET-then-PUT atomic: see docs/client.md.
 *
 * @param options - `apiKey` (required), `companyId`, `baseUrl`, `fetch`, `timeoutMs`, `retries`,
 *   `retryDelayMs`, `deadlineMs`, `maxResponseBytes`, `signal`, `onRetry`, `allowInsecureHttp`
 * @returns the client
 * @throws {TypeError} for options it cannot use: no key, a bad URL, a URL with a password,
 *   `http://` to another machine
 * @throws {RangeError} for a number outside its bounds (`timeoutMs` 1–600,000, `retries` 0–10, …)
 *
 * @example
 * createRetreaverClient({ apiKey: 'secret', baseUrl: 'http://10.0.0.5:3000' })
 * //=> throws TypeError: baseUrl http://10.0.0.5:3000 is http:// to another machine: the api key would travel in clear. Use https://, or pass allowInsecureHttp: true
 *
 * @example
 * // Edge: a password in the URL is refused, and not repeated
 * createRetreaverClient({ apiKey: 'secret', baseUrl: 'https://me:hunter2@api.retreaver.com' })
 * //=> throws TypeError: baseUrl must not hold a user name or password (user:pass@): the api key is the only credential, and the URL is shown in messages; received one for api.retreaver.com
 */
export function createRetreaverClient(options: CreateRetreaverClientOptions): RetreaverClient {
  const settings = readClientSettings(options)
  const core = createHttpCore(settings)
  const { fail, send, shownUrl } = core

  const urlOf = (path: string, query: Record<string, string> = {}): URL => {
    const url = new URL(settings.base.pathname.replace(/\/$/, '') + path, settings.base)
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value)
    url.searchParams.set('api_key', settings.apiKey)
    if (settings.companyId !== undefined) url.searchParams.set('company_id', settings.companyId)
    return url
  }

  async function targetAt(call: Call, method: string, url: URL, body: unknown, retry: boolean): Promise<TargetDocument> {
    const { json } = await send(call, method, url, body, retry)
    return unwrapTarget(json, method, url)
  }

  function unwrapTarget(json: unknown, method: string, url: URL): TargetDocument {
    const target = isPlainObject(json) ? (json as { target?: unknown }).target : undefined
    if (!isPlainObject(target)) {
      const received = isPlainObject(json) && 'target' in json ? `{ "target": ${describeReceived(target)} }` : describeReceived(json)
      throw fail('unexpected_body', method, url, `expected { "target": { … } }, received ${received}`)
    }
    return target as TargetDocument
  }

  function serverRecords(target: TargetDocument, method: string, url: URL): BusinessHourRecord[] {
    const records = target.business_hours
    if (!Array.isArray(records)) throw fail('unexpected_body', method, url, `the target has no business_hours list (received ${describeReceived(records)})`)
    return records as BusinessHourRecord[]
  }

  const client: RetreaverClient = {
    getTarget: (id) => targetAt(core.startCall(), 'GET', urlOf(`/targets/${requireId(id)}.json`), undefined, true),
    getTargetByTid: (tid) => {
      if (typeof tid !== 'string' || tid === '') return Promise.reject(new TypeError(`tid must be a non-empty string, received ${describeReceived(tid)}`))
      return targetAt(core.startCall(), 'GET', urlOf(`/targets/tid/${encodeURIComponent(tid)}.json`), undefined, true)
    },
    async listTargets(listOptions) {
      const onPage = readOptionFields(listOptions, ['onPage'], 'listTargets').onPage as ((targets: readonly TargetDocument[], page: number) => void) | undefined
      if (onPage !== undefined && typeof onPage !== 'function') throw new TypeError('listTargets onPage must be a function')
      const call = core.startCall()
      const all: TargetDocument[] = []
      // Pages already read, by URL without the key: a next link back to one of them is a cycle.
      const seen = new Map<string, number>()
      let url: URL | null = urlOf('/targets.json')
      for (let page = 1; url !== null; page++) {
        if (page > MAX_PAGES) throw fail('unexpected_body', 'GET', url, `more than ${MAX_PAGES} pages: stopped following Link`)
        seen.set(shownUrl(url), page)
        const { json, link } = await send(call, 'GET', url, undefined, true)
        if (!Array.isArray(json)) throw fail('unexpected_body', 'GET', url, `expected a list of { "target": { … } }, received ${describeReceived(json)}`)
        const targets: TargetDocument[] = []
        for (let index = 0; index < json.length; index++) {
          const item: unknown = json[index]
          const target = isPlainObject(item) ? (item as { target?: unknown }).target : undefined
          if (!isPlainObject(target)) throw fail('unexpected_body', 'GET', url, `item ${index} of page ${page} is not { "target": { … } }: received ${describeReceived(item)}`)
          targets.push(target as TargetDocument)
          all.push(target as TargetDocument)
        }
        onPage?.(targets, page)
        const next = nextLink(link, url)
        if (next !== null) {
          const before = seen.get(shownUrl(next))
          if (before !== undefined) throw fail('unexpected_body', 'GET', url, `the Link header's next page is page ${before}, already read: stopped (a cycle in the server's pages)`)
        }
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
      return targetAt(core.startCall(), 'POST', urlOf('/targets.json'), { target: attributes }, false)
    },
    updateTarget: (id, attributes) => {
      if (!isPlainObject(attributes)) return Promise.reject(new TypeError(`updateTarget needs the attributes to change, received ${describeReceived(attributes)}`))
      return targetAt(core.startCall(), 'PUT', urlOf(`/targets/${requireId(id)}.json`), { target: attributes }, harmlessTwice(attributes))
    },
    async updateBusinessHours(id, edited, diffOptions) {
      const url = urlOf(`/targets/${requireId(id)}.json`)
      const call = core.startCall()
      let puts = 0
      let lastSent: SentWrite | null = null
      let lastPayload: readonly BusinessHourAttributes[] = []
      let answerLost: BusinessHoursUpdate['answerLost'] = null
      const removedIds: number[] = []
      // Anything that fails once a PUT has gone out says so: the server may hold it.
      const afterWrite = async <T>(step: string, run: () => T | Promise<T>): Promise<T> => {
        if (lastSent === null) return run()
        try {
          return await run()
        } catch (error) {
          throw wrapAfterWrite(error, lastSent, step)
        }
      }
      for (let round = 1; round <= MAX_ROUNDS; round++) {
        const before = await afterWrite('reading the target again', () => targetAt(call, 'GET', url, undefined, true))
        const server = await afterWrite('reading its business_hours', () => serverRecords(before, 'GET', url))
        // Both weeks checked by the library's rules: invalid edited hours throw before any PUT.
        const payload = await afterWrite('diffing what it holds', () => diffBusinessHours(server, edited, diffOptions))
        if (payload.length === 0) return { changed: puts > 0, payload: lastPayload, target: before, puts, answerLost, removedRedundant: removedIds }
        // The records the diff was computed on must still be there when the PUT goes.
        const recheck = await afterWrite('reading the target before the PUT', () => targetAt(call, 'GET', url, undefined, true))
        if (!sameRecords(await afterWrite('reading its business_hours', () => serverRecords(recheck, 'GET', url)), server)) {
          throw fail('conflict', 'PUT', url, 'not sent: the target changed while we looked (its business_hours differ between two reads a moment apart); run it again', { sent: lastSent })
        }
        const expected = applyBusinessHoursAttributes(server, payload)
        const removedNow = removedRedundant(server, payload)
        const body = { target: { business_hours_attributes: payload } }
        let putStatus: number | null = null
        let putFailure: RetreaverApiError | null = null
        try {
          putStatus = (await send(call, 'PUT', url, body, harmlessTwice(body.target))).status
        } catch (error) {
          if (!(error instanceof RetreaverApiError)) throw error
          putFailure = error
          putStatus = error.status
          if (error.kind === 'aborted' || error.kind === 'deadline') {
            // A deadline that passed before the PUT went out changed nothing; otherwise the PUT may
            // have reached the server, and nothing more may be asked of it in this call.
            if (/: not sent: /.test(error.message)) throw error
            throw new RetreaverApiError(`${error.message}; the PUT may have reached the server: read the target (callhours pull) before sending again`, {
              kind: error.kind,
              method: 'PUT',
              url: error.url,
              status: null,
              sent: { method: 'PUT', url: error.url, status: null, payload },
            })
          }
        }
        puts++
        lastPayload = payload
        lastSent = Object.freeze({ method: 'PUT', url: shownUrl(url), status: putStatus, payload })
        const after = await afterWrite('reading the target to verify it', () => targetAt(call, 'GET', url, undefined, true))
        const held = await afterWrite('reading its business_hours', () => serverRecords(after, 'GET', url))
        for (const id of removedNow) removedIds.push(id)
        if (holdsExactly(held, expected, server)) {
          if (putFailure !== null) answerLost = { status: putStatus, reason: putFailure.message }
          return { changed: true, payload, target: after, puts, answerLost, removedRedundant: removedIds }
        }
        if (putFailure !== null && sameRecords(held, server)) {
          throw wrapAfterWrite(putFailure, lastSent, 'the target read afterwards holds what it held before: the PUT did not change it')
        }
        const heldWeek = await afterWrite('reading the week it holds', () => parseBusinessHours(held))
        const wanted = Array.isArray(edited) ? parseBusinessHours(edited) : (edited as WeeklySchedule)
        if (!schedulesEqual(wanted, heldWeek)) {
          const shown = shownUrl(url)
          const other = putFailure === null ? '' : ` (the PUT was answered: ${putFailure.message})`
          throw new RetreaverApiError(
            `PUT ${shown}: sent${other}, but the server now holds another week than was sent (another writer at the same moment, or records it did not store): verify the target (GET ${shown}) before sending again`,
            { kind: 'verification', method: 'PUT', url: shown, status: putStatus, expected: wanted, held: heldWeek, sent: lastSent },
          )
        }
        // The week is right but the records are not exactly the payload's: a second writer sent
        // the same change at the same time. Another round removes the copies.
      }
      const shown = shownUrl(url)
      throw new RetreaverApiError(`PUT ${shown}: the server holds the week, but its records kept changing under ${MAX_ROUNDS} PUTs (other writers): verify the target (GET ${shown})`, {
        kind: 'verification',
        method: 'PUT',
        url: shown,
        status: lastSent?.status ?? null,
        sent: lastSent,
      })
    },
    setCaps: (id, caps) => {
      const update = buildTargetUpdate({ caps })
      return targetAt(core.startCall(), 'PUT', urlOf(`/targets/${requireId(id)}.json`), update, true)
    },
    async resetCap(id) {
      await send(core.startCall(), 'POST', urlOf(`/targets/${requireId(id)}/reset_cap.json`), {}, false)
    },
    async deleteTarget(id) {
      await send(core.startCall(), 'DELETE', urlOf(`/targets/${requireId(id)}.json`), undefined, false)
    },
  }

  function wrapAfterWrite(error: unknown, sent: SentWrite, step: string): Error {
    const status = sent.status === null ? 'no answer came' : `answered ${sent.status}`
    const prefix = `PUT ${sent.url} was sent (${status}); then, ${step}`
    if (error instanceof RetreaverApiError) {
      return new RetreaverApiError(`${prefix}: ${error.message}. What the server holds now is not known: read the target (callhours pull) before sending again`, {
        kind: error.kind,
        method: error.method,
        url: error.url,
        status: error.status,
        serverMessage: error.serverMessage,
        ...(error.expected === undefined ? {} : { expected: error.expected }),
        ...(error.held === undefined ? {} : { held: error.held }),
        sent,
      })
    }
    if (error instanceof BusinessHoursError) {
      const first = error.issues[0]
      return new RetreaverApiError(`${prefix}: the server's business_hours are not valid hours (${first === undefined ? error.message : first.message}): read the target before sending again`, {
        kind: 'unexpected_body',
        method: 'GET',
        url: sent.url,
        status: null,
        sent,
      })
    }
    return error instanceof Error ? error : new Error(String(error))
  }

  function nextLink(header: string | null, current: URL): URL | null {
    if (header === null) return null
    const parsed = parseLinkHeader(header)
    if (!parsed.ok) throw fail('unexpected_body', 'GET', current, `the Link header cannot be read (${parsed.reason}): stopped rather than skip pages`)
    const link = parsed.links.find((candidate) => candidate.rel.includes('next'))
    if (link === undefined) return null
    let next: URL
    try {
      next = new URL(link.target, current)
    } catch {
      throw fail('unexpected_body', 'GET', current, "the Link header's next page is not a URL")
    }
    // The key goes only where it was meant to go.
    if (next.origin !== settings.base.origin || next.username !== '' || next.password !== '') {
      throw fail('unexpected_body', 'GET', current, `the Link header points to another server (${next.origin}): not followed, so the api key stays here`)
    }
    next.searchParams.set('api_key', settings.apiKey)
    if (settings.companyId !== undefined) next.searchParams.set('company_id', settings.companyId)
    return next
  }

  return client
}

/**
 * A PUT is sent again only when a second application changes nothing more: every nested record is
 * updated by its id — none created (it would be created twice) and none destroyed (the second
 * would answer 404 though the first worked).
 */
function harmlessTwice(attributes: object): boolean {
  const hours = (attributes as { business_hours_attributes?: unknown }).business_hours_attributes
  if (hours === undefined) return true
  return (
    Array.isArray(hours) &&
    hours.every((item) => isPlainObject(item) && typeof (item as { id?: unknown }).id === 'number' && (item as { _destroy?: unknown })._destroy === undefined)
  )
}

const FIELDS = ['day_of_week', 'time_open', 'time_close', 'work_day', 'invert'] as const

function recordKey(record: unknown, withId: boolean): string {
  const fields = record as Record<string, unknown>
  return JSON.stringify([withId ? fields.id : null, ...FIELDS.map((name) => fields[name])])
}

/** The same records: the same ids with the same five fields (timestamps aside), in any order. */
function sameRecords(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false
  const counts = new Map<string, number>()
  for (const record of a) counts.set(recordKey(record, true), (counts.get(recordKey(record, true)) ?? 0) + 1)
  for (const record of b) {
    const key = recordKey(record, true)
    const left = counts.get(key) ?? 0
    if (left === 0) return false
    counts.set(key, left - 1)
  }
  return true
}

/**
 * Whether the server holds exactly the records the payload makes: the kept and updated ones by id
 * and fields, the created ones by fields (their ids are the server's to choose, but must be new),
 * and nothing else.
 */
function holdsExactly(held: readonly unknown[], expected: readonly BusinessHourRecord[], before: readonly unknown[]): boolean {
  if (held.length !== expected.length) return false
  const heldById = new Map<unknown, unknown>()
  for (const record of held) heldById.set((record as { id?: unknown }).id, record)
  if (heldById.size !== held.length) return false
  const oldIds = new Set<unknown>()
  for (const record of before) oldIds.add((record as { id?: unknown }).id)
  // Records the server had must be there by id with the payload's fields; the ones the payload
  // created (their ids guessed by the library) are matched by fields among the new ids.
  const created = new Map<string, number>()
  for (const record of expected) {
    if (oldIds.has(record.id)) {
      const mine = heldById.get(record.id)
      if (mine === undefined || recordKey(mine, false) !== recordKey(record, false)) return false
    } else created.set(recordKey(record, false), (created.get(recordKey(record, false)) ?? 0) + 1)
  }
  for (const record of held) {
    if (oldIds.has((record as { id?: unknown }).id)) continue
    const key = recordKey(record, false)
    const left = created.get(key) ?? 0
    if (left === 0) return false
    created.set(key, left - 1)
  }
  return true
}
