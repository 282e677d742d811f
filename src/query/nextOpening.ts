import { workingHours } from '../calendar/sealedCalendar'
import type { Hours } from '../calendar/types'
import { zoneFor } from '../zone/resolveTimeZone'
import { toEpochMs, wantsEpochMs, type Instant, type InstantOptions } from '../ground/instant'
import { nextInState } from './nextInState'

/**
 * The earliest instant at or after `at` at which the schedule is open.
 *
 * `at` itself when open now. A block that starts inside a spring-forward gap opens at the first
 * instant after the gap (02:30–04:00 on a night when 02:00 jumps to 03:00 opens at 03:00).
 *
 * @param schedule - the weekly model, or a `Calendar` (`withExceptions`): its exceptions are honoured
 * @param at - the instant, a `Date` or epoch ms
 * @param timeZone - an IANA id, `UTC`, or a Retreaver (Rails) zone name
 * @param options - `{ epochMs: true }` (or `EPOCH_MS`) answers in epoch milliseconds instead of a `Date`
 * @returns a new `Date` (epoch ms with `epochMs`), or null when the schedule is never open
 * @throws {RangeError} for an invalid instant or an unknown zone
 * @throws {TypeError} for options that are not `{ epochMs }`
 *
 * @example
 * // Mon–Fri 09:00–17:00 in New York, asked Saturday 2026-11-28 12:00Z
 * nextOpening(weekdays9to5, Date.UTC(2026, 10, 28, 12), 'America/New_York')
 * //=> 2026-11-30T14:00:00.000Z (Monday 09:00 EST)
 *
 * @example
 * nextOpening({ intervals: [] }, Date.now(), 'UTC')
 * //=> null
 *
 * @example
 * // Epoch milliseconds in and out: no Date is built
 * nextOpening(weekdays9to5, Date.UTC(2026, 10, 28, 12), 'America/New_York', { epochMs: true })
 * //=> 1796047200000 (2026-11-30T14:00:00.000Z)
 */
export function nextOpening(schedule: Hours, at: Instant, timeZone: string): Date | null
export function nextOpening(schedule: Hours, at: Instant, timeZone: string, options: InstantOptions & { readonly epochMs: true }): number | null
export function nextOpening(schedule: Hours, at: Instant, timeZone: string, options?: InstantOptions): Date | number | null
export function nextOpening(schedule: Hours, at: Instant, timeZone: string, options?: InstantOptions): Date | number | null {
  const epochMs = wantsEpochMs(options)
  const ms = toEpochMs(at)
  const found = nextInState(workingHours(schedule), zoneFor(timeZone), ms, true)
  return found === null ? null : epochMs ? found : new Date(found)
}
