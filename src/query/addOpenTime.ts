import type { Hours } from '../calendar/types'
import { toEpochMs, wantsEpochMs, MAX_INSTANT, type Instant, type InstantOptions } from '../ground/instant'
import { describeReceived } from '../ground/issues'
import { workingHours } from '../calendar/sealedCalendar'
import { zoneFor } from '../zone/resolveTimeZone'
import { openSpans } from './openIntervals'
import type { WorkingCalendar } from '../calendar/sealedCalendar'
import type { WorkingWeek } from '../week/sealedSchedule'
import type { ZoneOffsets } from '../zone/zoneOffsets'
import { DAY_MS } from '../ground/timeUnits'

/** The spans are read 31 days at a time, so one answer holds a handful. */
const WINDOW_MS = 31 * DAY_MS
/** Beyond the open time asked for, the search looks this far: two years (732 days). */
export const OPEN_TIME_SEARCH_MS = 732 * DAY_MS
/** At most a century of open time can be asked for. */
const MAX_OPEN_TIME_MS = 100 * 366 * DAY_MS

/**
 * The instant reached after `ms` of open time from `at`: business-time arithmetic, exact across
 * clock changes and exceptions.
 *
 * For `ms ≥ 0`, the earliest `t ≥ at` with `ms` of open time in `[at, t)` — `at` itself for 0,
 * and an answer that lands on a closing instant stays there (09:00–17:00 plus 8 hours from 09:00
 * is 17:00, not the next morning). For `ms < 0`, the latest `t ≤ at` with `|ms|` of open time in
 * `[t, at)`. The search looks `|ms|` plus 732 days from `at`, then gives up.
 *
 * @param schedule - the weekly model, or a `Calendar` (`withExceptions`)
 * @param at - where to start, a `Date` or epoch ms
 * @param ms - open time to add (negative: to go back), whole milliseconds, at most a century
 * @param timeZone - an IANA id, `UTC`, or a Retreaver (Rails) zone name
 * @param options - `{ epochMs: true }` (or `EPOCH_MS`) answers in epoch milliseconds
 * @returns a new `Date` (epoch ms with `epochMs`), or null when there is not that much open time within the search
 * @throws {RangeError} for an invalid instant, `ms` that is not a whole number of milliseconds or
 *   more than a century, or an unknown zone
 *
 * @example
 * // Friday 2026-12-18 16:00 EST plus 2 hours of business time, over the weekend: Monday 10:00 EST
 * addOpenTime(weekdays9to5, Date.UTC(2026, 11, 18, 21), 2 * 3_600_000, 'America/New_York')
 * //=> 2026-12-21T15:00:00.000Z
 *
 * @example
 * // Four hours back from Monday 2026-12-28 11:00 EST: the 24th was short and the 25th closed
 * addOpenTime(christmasCalendar, Date.UTC(2026, 11, 28, 16), -4 * 3_600_000, 'America/New_York')
 * //=> 2026-12-24T16:00:00.000Z
 */
export function addOpenTime(schedule: Hours, at: Instant, ms: number, timeZone: string): Date | null
export function addOpenTime(schedule: Hours, at: Instant, ms: number, timeZone: string, options: InstantOptions & { readonly epochMs: true }): number | null
export function addOpenTime(schedule: Hours, at: Instant, ms: number, timeZone: string, options?: InstantOptions): Date | number | null
export function addOpenTime(schedule: Hours, at: Instant, ms: number, timeZone: string, options?: InstantOptions): Date | number | null {
  const epochMs = wantsEpochMs(options)
  const atMs = toEpochMs(at)
  if (typeof ms !== 'number' || !Number.isSafeInteger(ms) || Math.abs(ms) > MAX_OPEN_TIME_MS) {
    throw new RangeError(`ms must be a whole number of milliseconds within ±${MAX_OPEN_TIME_MS} (a century), received ${describeReceived(ms)}`)
  }
  // The hours and the zone are checked whatever `ms` is.
  const hours = workingHours(schedule)
  const zone = zoneFor(timeZone)
  const found = ms >= 0 ? forward(hours, zone, atMs, ms) : backward(hours, zone, atMs, -ms)
  return found === null ? null : epochMs ? found : new Date(found)
}

// Both walks read the open spans as flat epoch-ms pairs (`openSpans`): no object, no Date.
function forward(hours: WorkingWeek | WorkingCalendar, zone: ZoneOffsets, at: number, ms: number): number | null {
  if (ms === 0) return at
  const limit = Math.min(at + ms + OPEN_TIME_SEARCH_MS, MAX_INSTANT)
  let remaining = ms
  for (let start = at; start < limit; start += WINDOW_MS) {
    const spans = openSpans(hours, zone, start, Math.min(start + WINDOW_MS, limit))
    for (let i = 0; i < spans.length; i += 2) {
      const length = spans[i + 1]! - spans[i]!
      if (length >= remaining) return spans[i]! + remaining
      remaining -= length
    }
  }
  return null
}

function backward(hours: WorkingWeek | WorkingCalendar, zone: ZoneOffsets, at: number, ms: number): number | null {
  const limit = Math.max(at - ms - OPEN_TIME_SEARCH_MS, -MAX_INSTANT)
  let remaining = ms
  for (let end = at; end > limit; end -= WINDOW_MS) {
    const spans = openSpans(hours, zone, Math.max(end - WINDOW_MS, limit), end)
    for (let i = spans.length - 2; i >= 0; i -= 2) {
      const length = spans[i + 1]! - spans[i]!
      if (length >= remaining) return spans[i + 1]! - remaining
      remaining -= length
    }
  }
  return null
}
