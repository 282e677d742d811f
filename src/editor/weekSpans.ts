// The edits of the week editor, on the weekly model itself: a cell, a selection, a pasted day are
// spans of week minutes set open or closed. Working on exact minutes (not on cells) keeps whatever
// the grid cannot show — a server block from 09:10 at a 30-minute step — exactly as it was until an
// edit touches it.

import { intersectFlat, subtractFlat, unionFlat } from '../fleet/intervalAlgebra'
import { scheduleFromIntervals } from '../week/scheduleFromIntervals'
import { MINUTES_PER_DAY, type WeekInterval } from '../week/types'

/** How much of a span is open: all of it, none of it, or some. */
export type SpanState = 'open' | 'closed' | 'partly'

/** A span of one day in minutes since its midnight, `0 ≤ start < end ≤ 1440`. */
export interface DayMinutes {
  readonly start: number
  readonly end: number
}

function flatOf(intervals: readonly WeekInterval[]): number[] {
  const flat: number[] = []
  for (const interval of intervals) flat.push(interval.start, interval.end)
  return flat
}

function intervalsOf(flat: readonly number[]): WeekInterval[] {
  const intervals: WeekInterval[] = []
  for (let i = 0; i + 1 < flat.length; i += 2) intervals.push({ start: flat[i]!, end: flat[i + 1]! })
  // The one normal form (convention 6): sorted, disjoint, touching spans merged.
  return [...scheduleFromIntervals(intervals).intervals]
}

/**
 * How much of `[start, end)` the week is open.
 *
 * @param intervals - the week in normal form
 * @param start - week minute, inclusive
 * @param end - week minute, exclusive
 * @returns `'open'`, `'closed'` or `'partly'`
 *
 * @example
 * const week = [{ start: 1980, end: 2460 }] // Monday 09:00–17:00
 * spanState(week, 1980, 2010) //=> 'open'
 * spanState(week, 2460, 2490) //=> 'closed'
 * // Edge: a cell the open time only partly covers
 * spanState(week, 1965, 1995) //=> 'partly'
 */
export function spanState(intervals: readonly WeekInterval[], start: number, end: number): SpanState {
  let covered = 0
  for (const interval of intervals) {
    if (interval.start >= end) break
    covered += Math.max(0, Math.min(end, interval.end) - Math.max(start, interval.start))
  }
  return covered === 0 ? 'closed' : covered >= end - start ? 'open' : 'partly'
}

/**
 * The week with `[start, end)` set open or closed, in normal form.
 *
 * @param intervals - the week in normal form
 * @param start - week minute, inclusive
 * @param end - week minute, exclusive
 * @param open - open the span, or close it
 * @returns a new list; the input is not changed
 *
 * @example
 * setSpan([{ start: 1980, end: 2460 }], 2460, 2520, true) //=> [{ start: 1980, end: 2520 }]
 * setSpan([{ start: 1980, end: 2460 }], 2160, 2220, false) //=> [{ start: 1980, end: 2160 }, { start: 2220, end: 2460 }]
 */
export function setSpan(intervals: readonly WeekInterval[], start: number, end: number, open: boolean): WeekInterval[] {
  const flat = flatOf(intervals)
  return intervalsOf(open ? unionFlat([flat, [start, end]]) : subtractFlat(flat, [start, end]))
}

/**
 * A day's open spans, in minutes of that day.
 *
 * @param intervals - the week in normal form
 * @param day - Sunday = 0 … Saturday = 6
 * @returns the spans, in order
 *
 * @example
 * dayMinutes([{ start: 1980, end: 2460 }, { start: 2880, end: 3000 }], 1) //=> [{ start: 540, end: 1020 }]
 * // Edge: a day open to midnight ends at 1440
 * dayMinutes([{ start: 0, end: 10080 }], 6) //=> [{ start: 0, end: 1440 }]
 */
export function dayMinutes(intervals: readonly WeekInterval[], day: number): DayMinutes[] {
  const base = day * MINUTES_PER_DAY
  const flat = intersectFlat(flatOf(intervals), [base, base + MINUTES_PER_DAY])
  const spans: DayMinutes[] = []
  for (let i = 0; i + 1 < flat.length; i += 2) spans.push({ start: flat[i]! - base, end: flat[i + 1]! - base })
  return spans
}

/**
 * The week with one day's hours replaced.
 *
 * @param intervals - the week in normal form
 * @param day - Sunday = 0 … Saturday = 6
 * @param hours - the day's open spans in minutes of the day (as `dayMinutes` gives them)
 * @returns a new list in normal form
 *
 * @example
 * // Tuesday gets Monday's 09:00–17:00
 * const week = [{ start: 1980, end: 2460 }]
 * withDayMinutes(week, 2, dayMinutes(week, 1)) //=> [{ start: 1980, end: 2460 }, { start: 3420, end: 3900 }]
 * // Edge: no spans closes the day
 * withDayMinutes(week, 1, []) //=> []
 */
export function withDayMinutes(intervals: readonly WeekInterval[], day: number, hours: readonly DayMinutes[]): WeekInterval[] {
  const base = day * MINUTES_PER_DAY
  const added: number[] = []
  for (const span of hours) added.push(base + span.start, base + span.end)
  return intervalsOf(unionFlat([subtractFlat(flatOf(intervals), [base, base + MINUTES_PER_DAY]), added]))
}
