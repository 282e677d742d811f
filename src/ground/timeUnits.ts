/**
 * Time units in milliseconds, defined once for the whole library.
 *
 * @example
 * DAY_MS / HOUR_MS //=> 24
 */
export const MINUTE_MS = 60_000
export const HOUR_MS = 3_600_000
export const DAY_MS = 86_400_000
