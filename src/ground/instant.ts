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
