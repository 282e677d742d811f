/** An instant as a `Date` or epoch milliseconds. */
export type Instant = Date | number

/**
 * Epoch milliseconds of an instant. Internal.
 * @throws {RangeError} for an Invalid Date, NaN or a non-finite number
 */
export function toEpochMs(instant: Instant, name = 'at'): number {
  const ms = typeof instant === 'number' ? instant : instant instanceof Date ? instant.getTime() : Number.NaN
  // One range test also rejects NaN and ±Infinity.
  if (!(ms >= -8.64e15 && ms <= 8.64e15)) {
    const shown = instant instanceof Date ? 'an Invalid Date' : typeof instant === 'number' ? String(instant) : `a ${typeof instant}`
    throw new RangeError(`${name} must be a valid Date or finite epoch milliseconds within the Date range, received ${shown}`)
  }
  return ms
}
