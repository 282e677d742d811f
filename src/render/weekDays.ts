import { DAY_ABBREVIATIONS, type DayOfWeek } from '../ground/days'
import { weekDaySpans } from '../week/daySpans'
import { requireHours, weeklyScheduleOf } from '../calendar/sealedCalendar'
import { dateHours, weekdayOf } from '../calendar/dateHours'
import { requireDate } from '../calendar/readExceptions'
import type { Hours } from '../calendar/types'
import { civilFromDays } from '../zone/civil'
import { zoneFor } from '../zone/resolveTimeZone'
import { MINUTES_PER_DAY, type WeekInterval } from '../week/types'

// Private to src/render/: day names and the week cut into days. Not re-exported from the package.

/** Which day a rendered week begins with. */
export type WeekStart = 'sunday' | 'monday'

/** A day of the week, Sunday = 0 … Saturday = 6 (as the API's `day_of_week`). */
export type DayIndex = DayOfWeek

export { DAY_ABBREVIATIONS }

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
export type DaySpan = WeekInterval

/**
 * The schedule cut at every midnight: for each day (Sunday = 0) its open spans, sorted and disjoint.
 * A span across midnight becomes two, one ending at 1440 and one starting at 0.
 */
export function splitIntoDays(schedule: Hours): readonly (readonly DaySpan[])[] {
  return weekDaySpans(weeklyScheduleOf(requireHours(schedule)))
}

/** One row of a rendered week: a weekday, or a dated day of a calendar. */
export interface WeekRow {
  readonly day: DayIndex
  /** `Mon`, or `Thu 12-24` for a dated row. */
  readonly label: string
  /** The day of the month of a dated row (`24`), else undefined. */
  readonly dayOfMonth: number | undefined
  readonly spans: readonly DaySpan[]
}

/**
 * The rows to draw, in reading order: the weekly hours (a calendar's week without its exceptions),
 * or, with `weekOf`, the seven dates of the week holding that date with every exception applied,
 * absolute ones read on the clock of `timeZone` (default UTC).
 *
 * @throws {RangeError} for a `weekOf` that is not a `YYYY-MM-DD` date, or an unknown zone
 */
export function weekRows(schedule: Hours, weekStart: WeekStart, weekOf: string | undefined, timeZone: string | undefined): WeekRow[] {
  const order = daysInReadingOrder(weekStart)
  if (weekOf === undefined) {
    const days = splitIntoDays(schedule)
    return order.map((day) => ({ day, label: DAY_ABBREVIATIONS[day], dayOfMonth: undefined, spans: days[day] ?? [] }))
  }
  const given = requireDate(weekOf, 'weekOf')
  const hours = requireHours(schedule)
  const zone = zoneFor(timeZone ?? 'UTC')
  const first = given - ((weekdayOf(given) - order[0]! + 7) % 7)
  return order.map((day, position) => {
    const date = first + position
    const { month, day: dayOfMonth } = civilFromDays(date)
    const label = `${DAY_ABBREVIATIONS[day]} ${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`
    return { day, label, dayOfMonth, spans: dateHours(hours, zone, date) }
  })
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
