import { MINUTES_PER_DAY, MINUTES_PER_WEEK, type WeeklySchedule } from '../week/types'

// Private to src/render/: day names and the week cut into days. Not re-exported from the package.

/** Which day a rendered week begins with. */
export type WeekStart = 'sunday' | 'monday'

/** A day of the week, Sunday = 0 … Saturday = 6 (as the API's `day_of_week`). */
export type DayIndex = 0 | 1 | 2 | 3 | 4 | 5 | 6

/** Three-letter English day names, indexed like the API's `day_of_week` (Sunday = 0). */
export const DAY_ABBREVIATIONS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const

/**
 * Day indexes (Sunday = 0) in reading order.
 *
 * @param weekStart - `'monday'` (default) gives Mon…Sun, `'sunday'` gives Sun…Sat
 * @returns seven day indexes
 *
 * @example
 * daysInReadingOrder('sunday') //=> [0, 1, 2, 3, 4, 5, 6]
 */
export function daysInReadingOrder(weekStart: WeekStart = 'monday'): readonly DayIndex[] {
  return weekStart === 'sunday' ? [0, 1, 2, 3, 4, 5, 6] : [1, 2, 3, 4, 5, 6, 0]
}

/** An open span within one day, in minutes since that day's 00:00: `0 ≤ start < end ≤ 1440`. */
export interface DaySpan {
  readonly start: number
  readonly end: number
}

/**
 * The schedule cut at every midnight: for each day (Sunday = 0) its open spans, sorted and disjoint.
 * A span across midnight becomes two, one ending at 1440 and one starting at 0.
 *
 * Overlapping or touching input intervals are merged here as well, so the renderers stay
 * correct even for a schedule that skipped the normal form.
 */
export function splitIntoDays(schedule: WeeklySchedule): readonly (readonly DaySpan[])[] {
  const days: DaySpan[][] = [[], [], [], [], [], [], []]
  const pieces: DaySpan[] = []
  for (const interval of schedule.intervals) {
    const start = Math.max(0, interval.start)
    const end = Math.min(MINUTES_PER_WEEK, interval.end)
    let cursor = start
    while (cursor < end) {
      const dayEnd = (Math.floor(cursor / MINUTES_PER_DAY) + 1) * MINUTES_PER_DAY
      const pieceEnd = Math.min(end, dayEnd)
      pieces.push({ start: cursor, end: pieceEnd })
      cursor = pieceEnd
    }
  }
  pieces.sort((a, b) => a.start - b.start)
  for (const piece of pieces) {
    const day = Math.floor(piece.start / MINUTES_PER_DAY)
    const offset = day * MINUTES_PER_DAY
    const spans = days[day]
    if (spans === undefined) continue
    const span = { start: piece.start - offset, end: piece.end - offset }
    const last = spans[spans.length - 1]
    if (last !== undefined && span.start <= last.end) {
      spans[spans.length - 1] = { start: last.start, end: Math.max(last.end, span.end) }
    } else {
      spans.push(span)
    }
  }
  return days
}

/** True when the spans cover the whole day. */
export function isWholeDay(spans: readonly DaySpan[]): boolean {
  const only = spans[0]
  return spans.length === 1 && only !== undefined && only.start === 0 && only.end === MINUTES_PER_DAY
}

/**
 * Minutes since midnight as 24-hour `HH:MM`; 1440 is `24:00` (end of the day).
 * Fractions of a minute are floored.
 */
export function formatDayMinute(minute: number): string {
  const whole = Math.floor(minute)
  const hours = Math.floor(whole / 60)
  const minutes = whole % 60
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`
}
