import { isWorkingCalendar, workingHours, type WorkingCalendar } from '../calendar/sealedCalendar'
import type { WorkingWeek } from '../week/sealedSchedule'
import type { Hours } from '../calendar/types'
import { MINUTES_PER_WEEK } from '../week/types'
import { zoneFor } from '../zone/resolveTimeZone'
import { segmentAt, type ZoneOffsets } from '../zone/zoneOffsets'
import { toEpochMs, wantsEpochMs, type Instant, type InstantOptions, type Span } from '../ground/instant'
import { calendarInstantInState } from './calendarSearch'
import { isAlwaysOpen, weekMinuteOf } from './weekLookup'
import { MINUTE_MS } from '../ground/timeUnits'

/** @deprecated Renamed {@link Span}, the library's one span type; this alias goes in the next minor version. */
export type OpenInterval<I extends Date | number = Date> = Span<I>

/** At most this many spans in one answer: about 190 years of a schedule that opens daily. */
const MAX_SPANS = 100_000

/**
 * The open spans of the schedule between two instants, each as long as it really is.
 *
 * Spans are maximal — merged across midnight, across the week boundary and across clock changes —
 * then clipped to `[from, to)`.
 *
 * @param schedule - the weekly model, or a `Calendar` (`withExceptions`): its exceptions are honoured
 * @param from - the window's start
 * @param to - the window's end (excluded)
 * @param timeZone - an IANA id, `UTC`, or a Retreaver (Rails) zone name
 * @param options - `{ epochMs: true }` (or `EPOCH_MS`) gives spans in epoch milliseconds instead of `Date`s
 * @returns the spans in time order; empty when `from === to`. The work is proportional to the
 *   spans returned and the clock changes crossed, never to the weeks in the window: a schedule
 *   open 24/7 answers one span at once.
 * @throws {RangeError} for an invalid instant, `to` before `from`, an unknown zone, or a window
 *   that holds more than 100,000 spans
 *
 * @example
 * // Sat 22:00–Sun 02:00 UTC is one span, though it crosses the week boundary
 * openIntervals(lateWeekend, Date.UTC(2026, 10, 28), Date.UTC(2026, 10, 30), 'UTC')
 * //=> [{ start: 2026-11-28T22:00:00.000Z, end: 2026-11-29T02:00:00.000Z }]
 *
 * @example
 * openIntervals({ intervals: [{ start: 0, end: 10080 }] }, 0, 60_000, 'UTC')
 * //=> [{ start: 1970-01-01T00:00:00.000Z, end: 1970-01-01T00:01:00.000Z }]
 *
 * @example
 * // Epoch milliseconds in and out: no Date is built
 * openIntervals(lateWeekend, Date.UTC(2026, 10, 28), Date.UTC(2026, 10, 30), 'UTC', EPOCH_MS)
 * //=> [{ start: 1795903200000, end: 1795917600000 }]
 */
export function openIntervals(schedule: Hours, from: Instant, to: Instant, timeZone: string): Span[]
export function openIntervals(
  schedule: Hours,
  from: Instant,
  to: Instant,
  timeZone: string,
  options: InstantOptions & { readonly epochMs: true },
): Span<number>[]
export function openIntervals(schedule: Hours, from: Instant, to: Instant, timeZone: string, options?: InstantOptions): Span<Date | number>[]
export function openIntervals(schedule: Hours, from: Instant, to: Instant, timeZone: string, options?: InstantOptions): Span<Date | number>[] {
  const fromMs = toEpochMs(from, 'from')
  const toMs = toEpochMs(to, 'to')
  const epochMs = wantsEpochMs(options)
  const week = workingHours(schedule)
  if (toMs < fromMs) {
    throw new RangeError(`to (${new Date(toMs).toISOString()}) is before from (${new Date(fromMs).toISOString()})`)
  }
  const flat = openSpans(week, zoneFor(timeZone), fromMs, toMs)
  const spans: Span<Date | number>[] = new Array<Span<Date | number>>(flat.length / 2)
  for (let i = 0; i < flat.length; i += 2) spans[i / 2] = epochMs ? { start: flat[i]!, end: flat[i + 1]! } : { start: new Date(flat[i]!), end: new Date(flat[i + 1]!) }
  return spans
}

/**
 * The open spans of resolved hours in `[fromMs, toMs)`, maximal and in order, as flat epoch-ms pairs
 * `[start0, end0, start1, end1, …]`: what `openIntervals` answers, with no object and no `Date`
 * made. Internal: the fleet sweep calls it on each target's working form.
 *
 * @throws {RangeError} when the window holds more than 100,000 spans
 */
export function openSpans(week: WorkingWeek | WorkingCalendar, zone: ZoneOffsets, fromMs: number, toMs: number): number[] {
  if (isWorkingCalendar(week)) return calendarSpans(week, zone, fromMs, toMs)
  // Open at every minute of the week is open at every instant, whatever the zone's clock does:
  // one span, without walking the window.
  if (isAlwaysOpen(week)) return toMs > fromMs ? [fromMs, toMs] : []
  const { intervals } = week
  const spans: number[] = []
  // The span being built; a piece that starts where it ends extends it, which merges across
  // midnight, the week boundary and clock changes alike.
  let spanStart = Number.NaN
  let spanEnd = Number.NaN
  let t = fromMs
  while (t < toMs && intervals.length > 0) {
    // Within one stretch of constant offset, local minute M begins at instant M × 60,000 − offset.
    const segment = segmentAt(zone, t)
    const stop = Math.min(segment.end, toMs)
    const offset = segment.offset
    const firstMinute = Math.floor((t + offset) / MINUTE_MS)
    const lastMinute = (stop + offset) / MINUTE_MS
    for (let weekBase = firstMinute - weekMinuteOf(firstMinute); weekBase < lastMinute; weekBase += MINUTES_PER_WEEK) {
      for (const interval of intervals) {
        const opens = (weekBase + interval.start) * MINUTE_MS - offset
        if (opens >= stop) break // intervals are sorted: the rest of this week is later still
        const start = Math.max(opens, t)
        const end = Math.min((weekBase + interval.end) * MINUTE_MS - offset, stop)
        if (start >= end) continue
        if (start === spanEnd) {
          spanEnd = end
          continue
        }
        if (!Number.isNaN(spanEnd)) pushSpan(spans, spanStart, spanEnd)
        spanStart = start
        spanEnd = end
      }
    }
    t = stop
  }
  if (!Number.isNaN(spanEnd)) pushSpan(spans, spanStart, spanEnd)
  return spans
}

function pushSpan(spans: number[], start: number, end: number): void {
  if (spans.length === 2 * MAX_SPANS) {
    throw new RangeError(`the window holds more than ${MAX_SPANS} open spans: ask for a shorter window`)
  }
  spans.push(start, end)
}

/**
 * A calendar's open spans: each found by searching for the next opening and then the next closing,
 * which crosses days without entries in one step and absolute spans by their ends.
 */
function calendarSpans(calendar: WorkingCalendar, zone: ZoneOffsets, fromMs: number, toMs: number): number[] {
  const spans: number[] = []
  let t = fromMs
  while (t < toMs) {
    const start = calendarInstantInState(calendar, zone, t, true, toMs)
    if (start === null) break
    const end = calendarInstantInState(calendar, zone, start, false, toMs) ?? toMs
    pushSpan(spans, start, end)
    t = end
  }
  return spans
}
