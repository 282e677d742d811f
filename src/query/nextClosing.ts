import { workingHours } from '../calendar/sealedCalendar'
import type { Hours } from '../calendar/types'
import { zoneFor } from '../zone/resolveTimeZone'
import { toEpochMs, wantsEpochMs, type Instant, type InstantOptions } from '../ground/instant'
import { nextInState } from './nextInState'

/**
 * The earliest instant at or after `at` at which the schedule is closed.
 *
 * `at` itself when closed now. The closing minute is closed: 09:00–17:00 closes at 17:00. Spans
 * that run over midnight or Saturday→Sunday close where they really end.
 *
 * @param schedule - the weekly model, or a `Calendar` (`withExceptions`): its exceptions are honoured
 * @param at - the instant, a `Date` or epoch ms
 * @param timeZone - an IANA id, `UTC`, or a Retreaver (Rails) zone name
 * @param options - `{ epochMs: true }` (or `EPOCH_MS`) answers in epoch milliseconds instead of a `Date`
 * @returns a new `Date` (epoch ms with `epochMs`), or null when the schedule is open 24/7
 * @throws {RangeError} for an invalid instant or an unknown zone
 * @throws {TypeError} for options that are not `{ epochMs }`
 *
 * @example
 * // Mon–Fri 09:00–17:00 in New York, asked Monday 2026-11-30 15:00Z (10:00 EST)
 * nextClosing(weekdays9to5, Date.UTC(2026, 10, 30, 15), 'America/New_York')
 * //=> 2026-11-30T22:00:00.000Z (17:00 EST)
 *
 * @example
 * nextClosing({ intervals: [{ start: 0, end: 10080 }] }, Date.now(), 'UTC')
 * //=> null
 *
 * @example
 * // Epoch milliseconds in and out: no Date is built
 * nextClosing(weekdays9to5, Date.UTC(2026, 10, 30, 15), 'America/New_York', EPOCH_MS)
 * //=> 1796076000000 (2026-11-30T22:00:00.000Z)
 */
export function nextClosing(schedule: Hours, at: Instant, timeZone: string): Date | null
export function nextClosing(schedule: Hours, at: Instant, timeZone: string, options: InstantOptions & { readonly epochMs: true }): number | null
export function nextClosing(schedule: Hours, at: Instant, timeZone: string, options?: InstantOptions): Date | number | null
export function nextClosing(schedule: Hours, at: Instant, timeZone: string, options?: InstantOptions): Date | number | null {
  const epochMs = wantsEpochMs(options)
  const ms = toEpochMs(at)
  const found = nextInState(workingHours(schedule), zoneFor(timeZone), ms, false)
  return found === null ? null : epochMs ? found : new Date(found)
}
