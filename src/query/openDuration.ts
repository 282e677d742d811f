import type { Hours } from '../calendar/types'
import { toEpochMs, type Instant } from '../ground/instant'
import { workingHours } from '../calendar/sealedCalendar'
import { zoneFor } from '../zone/resolveTimeZone'
import { openSpans } from './openIntervals'

/** Spans are summed a window of this length at a time, so no answer holds more than a few. */
const WINDOW_MS = 366 * 86_400_000
/** At most this long a range: two centuries, a few milliseconds of work per year. */
export const MAX_DURATION_RANGE_MS = 200 * 366 * 86_400_000

/**
 * Milliseconds open in `[from, to)`: business time, exact across clock changes and exceptions.
 *
 * A spring-forward night is an hour short and a fall-back night an hour long, as the clock on the
 * wall makes them; an edge inside an open span counts to the millisecond.
 *
 * @param schedule - the weekly model, or a `Calendar` (`withExceptions`)
 * @param from - the range's start
 * @param to - the range's end (excluded)
 * @param timeZone - an IANA id, `UTC`, or a Retreaver (Rails) zone name
 * @returns milliseconds; 0 when `from === to`
 * @throws {RangeError} for an invalid instant, `to` before `from`, a range over 200 years, or an unknown zone
 *
 * @example
 * // Mon–Fri 09:00–17:00 in New York, over the week of Christmas 2026 (closed on the 25th, 09:00–13:00 on the 24th)
 * openDuration(christmasCalendar, Date.UTC(2026, 11, 20), Date.UTC(2026, 11, 27), 'America/New_York') / 3_600_000
 * //=> 28
 *
 * @example
 * // From 16:30 to 09:30 the next morning: 30 minutes, then 30 minutes
 * openDuration(weekdays9to5, Date.UTC(2026, 10, 30, 21, 30), Date.UTC(2026, 11, 1, 14, 30), 'America/New_York') / 60_000
 * //=> 60
 */
export function openDuration(schedule: Hours, from: Instant, to: Instant, timeZone: string): number {
  const fromMs = toEpochMs(from, 'from')
  const toMs = toEpochMs(to, 'to')
  if (toMs < fromMs) throw new RangeError(`to (${new Date(toMs).toISOString()}) is before from (${new Date(fromMs).toISOString()})`)
  if (toMs - fromMs > MAX_DURATION_RANGE_MS) throw new RangeError('the range is longer than 200 years: ask for a shorter one')
  // The hours and the zone are checked whatever the range holds.
  const hours = workingHours(schedule)
  const zone = zoneFor(timeZone)
  let total = 0
  for (let start = fromMs; start < toMs; start += WINDOW_MS) {
    // Flat epoch-ms pairs: no span object and no Date for an answer that is one number.
    const spans = openSpans(hours, zone, start, Math.min(start + WINDOW_MS, toMs))
    for (let i = 0; i < spans.length; i += 2) total += spans[i + 1]! - spans[i]!
  }
  return total
}
