import type { Hours } from '../calendar/types'
import { requireDate } from '../calendar/readExceptions'
import { wantsEpochMs, type InstantOptions, type Span } from '../ground/instant'
import { zoneFor } from '../zone/resolveTimeZone'
import { localDayRanges } from '../zone/localDay'
import { MAX_INSTANT } from '../zone/zoneOffsets'
import { openIntervals } from './openIntervals'
import { DAY_MS } from '../ground/timeUnits'


/**
 * The open spans of one local date, as instants: what the day really gives after every exception
 * (absolute ones included) and the zone's clock changes.
 *
 * The date covers the instants whose wall clock reads it: on a spring-forward day it is an hour
 * short, on a fall-back day an hour long (the repeated hour is judged both times), where the
 * jump skips midnight (America/Santiago) it starts at 01:00, and where a fall-back sets the clock
 * back across midnight its last minutes come twice, the second time after the next date began.
 * Spans are clipped to the date. A date the clock skips (Pacific/Apia went from 2011-12-29 to
 * 2011-12-31) has no instants, so no hours: `[]`.
 *
 * @param schedule - the weekly model, or a `Calendar` (`withExceptions`)
 * @param date - the local date, `YYYY-MM-DD`
 * @param timeZone - an IANA id, `UTC`, or a Retreaver (Rails) zone name
 * @param options - `{ epochMs: true }` (or `EPOCH_MS`) gives spans in epoch milliseconds
 * @returns the spans in time order; empty for a closed date
 * @throws {RangeError} for a date that is not `YYYY-MM-DD` on the calendar, or an unknown zone
 *
 * @example
 * // Christmas Eve 2026 with short hours, in New York
 * hoursOn(christmasCalendar, '2026-12-24', 'America/New_York')
 * //=> [{ start: 2026-12-24T14:00:00.000Z, end: 2026-12-24T18:00:00.000Z }]
 *
 * @example
 * // 01:00–04:00 on the day New York springs forward is two hours long
 * hoursOn(oneToFourEveryDay, '2026-03-08', 'America/New_York')
 * //=> [{ start: 2026-03-08T06:00:00.000Z, end: 2026-03-08T08:00:00.000Z }]
 *
 * @example
 * // Samoa skipped Friday 2011-12-30: no instant reads it
 * hoursOn(oneToFourEveryDay, '2011-12-30', 'Pacific/Apia')
 * //=> []
 */
export function hoursOn(schedule: Hours, date: string, timeZone: string): Span[]
export function hoursOn(schedule: Hours, date: string, timeZone: string, options: InstantOptions & { readonly epochMs: true }): Span<number>[]
export function hoursOn(schedule: Hours, date: string, timeZone: string, options?: InstantOptions): Span<Date | number>[]
export function hoursOn(schedule: Hours, date: string, timeZone: string, options?: InstantOptions): Span<Date | number>[] {
  const epochMs = wantsEpochMs(options)
  const day = requireDate(date, 'date')
  const zone = zoneFor(timeZone)
  const ranges = localDayRanges(zone, day)
  if (ranges.length === 0) {
    // No instant reads the date: the clock skipped it (Samoa, 2011-12-30), or it lies beyond the instants.
    if (Math.abs(day * DAY_MS) > MAX_INSTANT - 2 * DAY_MS) throw new RangeError(`date ${date} lies outside the range of instants (±8.64e15 ms)`)
    return []
  }
  const spans: Span<Date | number>[] = []
  for (const range of ranges) for (const span of openIntervals(schedule, range.start, range.end, timeZone, epochMs ? { epochMs: true } : undefined)) spans.push(span)
  return spans
}
