/** An instant as a `Date` (from any realm) or epoch milliseconds. */
export type Instant = Date | number

/** The `Date` range: ±100,000,000 days from 1970, in ms. */
export const MAX_INSTANT = 8.64e15

const getTime = Date.prototype.getTime

/**
 * Epoch milliseconds of an instant, read as `new Date(instant)` reads it: a number's fraction of a
 * millisecond is dropped toward zero (so `-0.5` is the instant `0`, as `new Date(-0.5)` is), and a
 * `Date` from any realm (an iframe, `vm`) is accepted, as date-fns's `toDate` does. Internal.
 * @throws {RangeError} for an Invalid Date, NaN, a non-finite number or one outside the Date range
 * @throws {TypeError} for anything that is neither a number nor a Date
 */
export function toEpochMs(instant: Instant, name = 'at'): number {
  // The hot path stays small, so that engines inline it into every query.
  if (typeof instant === 'number' && instant >= -MAX_INSTANT && instant <= MAX_INSTANT) return Math.trunc(instant) + 0
  return epochMsOfAny(instant, name)
}

function epochMsOfAny(instant: Instant, name: string): number {
  // A Date of any realm holds its time in an internal slot that Date.prototype.getTime reads; so
  // no getter, prototype or `instanceof` of the caller's is ever consulted.
  const ms = typeof instant === 'number' ? instant : typeof instant === 'object' && instant !== null ? dateTime(instant) : undefined
  if (ms === undefined) throw new TypeError(`${name} must be a Date or epoch milliseconds, received ${describeKind(instant)}`)
  // One range test also rejects NaN and ±Infinity.
  if (!(ms >= -MAX_INSTANT && ms <= MAX_INSTANT)) {
    const shown = typeof instant === 'number' ? String(instant) : 'an Invalid Date'
    throw new RangeError(`${name} must be a valid Date or finite epoch milliseconds within the Date range, received ${shown}`)
  }
  // `+ 0` turns -0 into 0.
  return Math.trunc(ms) + 0
}

/** The time of a real `Date` (of any realm), or undefined for anything else, a proxy of a Date included. */
function dateTime(value: object): number | undefined {
  try {
    return getTime.call(value)
  } catch {
    return undefined
  }
}

function describeKind(value: unknown): string {
  if (value === null) return 'null'
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}

/**
 * How a function answers with instants: as `Date`s (the default), or, with `epochMs: true`, as
 * epoch milliseconds — no `Date` is built, for callers that work in numbers end to end (routers,
 * timelines) and would otherwise pay one allocation per answer.
 */
/**
 * A half-open span of absolute time, `[start, end)`: open (or whatever it stands for) at `start`,
 * no longer at `end` — `Date`s, or epoch milliseconds when asked with `{ epochMs: true }`. The one
 * span type of the library: `openIntervals`, `hoursOn`, the interval algebra and fleets answer it.
 *
 * @example
 * const span: Span<number> = { start: Date.UTC(2026, 10, 30, 14), end: Date.UTC(2026, 10, 30, 22) }
 */
export interface Span<I extends Date | number = Date> {
  readonly start: I
  readonly end: I
}

export interface InstantOptions {
  readonly epochMs?: boolean
}

/**
 * Whether `options` asks for epoch milliseconds. Read once, own property only; the last options
 * object is remembered, so a caller that passes one constant pays one comparison. Internal.
 * @throws {TypeError} when options are not an object, cannot be read, or `epochMs` is not a boolean
 */
export function wantsEpochMs(options: unknown): boolean {
  if (options === undefined) return false
  if (options === lastOptions) return lastAnswer
  return readEpochMs(options)
}

let lastOptions: unknown
let lastAnswer = false

function readEpochMs(options: unknown): boolean {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(`options must be an object such as { epochMs: true }, received ${options === null ? 'null' : typeof options}`)
  }
  let value: unknown
  let frozen: boolean
  let unknown: string | undefined
  try {
    value = Object.hasOwn(options, 'epochMs') ? (options as InstantOptions).epochMs : undefined
    frozen = Object.isFrozen(options)
    // An unknown key is a typo, refused like every other option (a frozen object is read once).
    for (const key in options) {
      if (key !== 'epochMs' && Object.hasOwn(options, key)) {
        unknown = key
        break
      }
    }
  } catch {
    throw new TypeError('options could not be read: expected an object such as { epochMs: true }')
  }
  if (unknown !== undefined) throw new TypeError(`no option ${JSON.stringify(unknown.length > 40 ? `${unknown.slice(0, 40)}…` : unknown)}: the options are epochMs`)
  if (value !== undefined && typeof value !== 'boolean') throw new TypeError(`options.epochMs must be true or false, received ${typeof value}`)
  // Only a frozen object is remembered: its answer cannot change behind our back.
  if (frozen) {
    lastOptions = options
    lastAnswer = value === true
  }
  return value === true
}

/**
 * `{ epochMs: true }`, frozen: pass it to answer in epoch milliseconds at the cost of one
 * comparison per call. Typed `{ readonly epochMs: true }`, so TypeScript picks the overload that
 * answers numbers (`nextOpening(…, EPOCH_MS)` is `number | null`).
 *
 * @example
 * nextOpening(weekdays9to5, Date.UTC(2026, 10, 28, 12), 'America/New_York', EPOCH_MS)
 * //=> 1796047200000 (2026-11-30T14:00:00.000Z)
 */
export const EPOCH_MS: { readonly epochMs: true } = Object.freeze({ epochMs: true as const })
