/** The brand every error of the library carries, whichever bundle or realm made it. */
const FAMILY_BRAND = Symbol.for('callhours.CallhoursError')

/**
 * Whether a value is an error of this library — a `BusinessHoursError` or a `RetreaverApiError` —
 * by a brand that every copy of the classes shares, so it answers the same across bundles
 * (`callhours` and `callhours/holidays` each carry the classes), module formats (ESM and CJS) and
 * realms (an iframe, a `vm` context): `instanceof` alone cannot.
 *
 * @param value - anything caught
 * @returns true for an error the library threw
 *
 * @example
 * let caught
 * try { parseBusinessHours([{ day_of_week: 9 }]) } catch (error) { caught = error }
 * isCallhoursError(caught) //=> true
 *
 * @example
 * // Edge: the built-in errors for wrong arguments are not the library's own kind
 * isCallhoursError(new TypeError('x')) //=> false
 * isCallhoursError({ name: 'BusinessHoursError' }) //=> false
 */
export function isCallhoursError(value: unknown): value is CallhoursError {
  return typeof value === 'object' && value !== null && (value as { [FAMILY_BRAND]?: unknown })[FAMILY_BRAND] === true
}

/**
 * The base of every error the library throws for data and for the API: `BusinessHoursError`
 * (input it cannot use, with located issues) and `RetreaverApiError` (the API refused, failed or
 * answered something else). Wrong arguments and options are the built-in `TypeError` (a wrong
 * kind) and `RangeError` (a wrong value). `error instanceof CallhoursError` is
 * {@link isCallhoursError}: it answers by a shared brand, across bundles and realms.
 *
 * @example
 * let caught
 * try { parseBusinessHours([{ day_of_week: 9 }]) } catch (error) { caught = error }
 * caught instanceof CallhoursError //=> true
 * caught instanceof BusinessHoursError //=> true
 */
export class CallhoursError extends Error {
  static override [Symbol.hasInstance](value: unknown): boolean {
    // Subclasses keep their own check (a brand of their own); the base answers by the family's.
    if (this === CallhoursError) return isCallhoursError(value)
    return Function.prototype[Symbol.hasInstance].call(this, value)
  }

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'CallhoursError'
    Object.defineProperty(this, FAMILY_BRAND, { value: true })
  }
}
