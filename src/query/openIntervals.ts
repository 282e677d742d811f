import type { WeeklySchedule } from '../week/types'
import { zoneFor } from '../zone/resolveTimeZone'
import { toEpochMs, type Instant } from './instant'
import { nextInstantInState } from './nextState'
import { isAlwaysOpen } from './weekLookup'

/** An open span between two instants, half-open: open at `start`, closed at `end`. */
export interface OpenInterval {
  readonly start: Date
  readonly end: Date
}

/** At most this many spans in one answer: about 190 years of a schedule that opens daily. */
const MAX_SPANS = 100_000

/**
 * The open spans of the schedule between two instants, each as long as it really is.
 *
 * Spans are maximal — merged across midnight, across the week boundary and across clock changes —
 * then clipped to `[from, to)`.
 *
 * @param schedule - the weekly model
 * @param from - the window's start
 * @param to - the window's end (excluded)
 * @param timeZone - an IANA id, `UTC`, or a Retreaver (Rails) zone name
 * @returns the spans in time order; empty when `from === to`
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
 */
export function openIntervals(schedule: WeeklySchedule, from: Instant, to: Instant, timeZone: string): OpenInterval[] {
  const fromMs = toEpochMs(from, 'from')
  const toMs = toEpochMs(to, 'to')
  if (toMs < fromMs) {
    throw new RangeError(`to (${new Date(toMs).toISOString()}) is before from (${new Date(fromMs).toISOString()})`)
  }
  const zone = zoneFor(timeZone)
  const spans: OpenInterval[] = []
  if (schedule.intervals.length === 0 || fromMs === toMs) return spans
  if (isAlwaysOpen(schedule)) return [{ start: new Date(fromMs), end: new Date(toMs) }]
  let t = fromMs
  while (t < toMs) {
    const start = nextInstantInState(schedule, zone, t, true)
    if (start === null || start >= toMs) break
    const end = Math.min(nextInstantInState(schedule, zone, start, false) ?? toMs, toMs)
    if (spans.length === MAX_SPANS) {
      throw new RangeError(`the window holds more than ${MAX_SPANS} open spans: ask for a shorter window`)
    }
    spans.push({ start: new Date(start), end: new Date(end) })
    t = end
  }
  return spans
}
