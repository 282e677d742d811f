import { daySpans } from '../week/daySpans'
import { MINUTES_PER_DAY, type WeekInterval, type WeeklySchedule } from '../week/types'
import type { DayOfWeek } from '../ground/days'
import { requireSchedule } from '../week/sealedSchedule'
import type { BusinessHourInput } from './types'

/** Minutes of the day (0–1440) as military time (0–2400). */
function minutesToMilitary(minutes: number): number {
  return Math.floor(minutes / 60) * 100 + (minutes % 60)
}

/**
 * The canonical records of one day's open spans (minutes of the day, sorted, disjoint, not touching):
 * fewest records, one inverted record where the day is open at both ends, a closed day as
 * `work_day: false` with 0–2400.
 */
export function canonicalDayRecords(day: DayOfWeek, spans: readonly WeekInterval[]): BusinessHourInput[] {
  const record = (open: number, close: number, invert: boolean, work_day = true): BusinessHourInput => ({
    day_of_week: day,
    time_open: minutesToMilitary(open),
    time_close: minutesToMilitary(close),
    work_day,
    invert,
  })
  if (spans.length === 0) return [record(0, MINUTES_PER_DAY, false, false)]
  const first = spans[0]!
  const last = spans[spans.length - 1]!
  if (spans.length >= 2 && first.start === 0 && last.end === MINUTES_PER_DAY) {
    // Open at both ends of the day: one inverted record opens [0, first.end) and [last.start, 24:00).
    return [record(first.end, last.start, true), ...spans.slice(1, -1).map((s) => record(s.start, s.end, false))]
  }
  return spans.map((span) => record(span.start, span.end, false))
}

/**
 * Writes a weekly schedule as the API's records: every day 0–6 present, fewest records per day.
 *
 * A day open at both midnight ends becomes one inverted record (plus plain records for any
 * spans between); a closed day is `{ work_day: false, time_open: 0, time_close: 2400 }`; a full day
 * is `0–2400`. Records carry no `id`: use `diffBusinessHours` to update a target.
 *
 * @param schedule - the weekly model (a hand-built one is checked first)
 * @returns the records, ordered by day and time
 * @throws {BusinessHoursError} for a hand-built schedule that is not in normal form
 *
 * @example
 * toBusinessHours({ intervals: [{ start: 1980, end: 2460 }] }).filter((r) => r.work_day)
 * //=> [{ day_of_week: 1, time_open: 900, time_close: 1700, work_day: true, invert: false }]
 *
 * @example
 * // Open all day except 12:00–13:00 on Sunday: one inverted record
 * toBusinessHours({ intervals: [{ start: 0, end: 720 }, { start: 780, end: 1440 }] })[0]
 * //=> { day_of_week: 0, time_open: 1200, time_close: 1300, work_day: true, invert: true }
 */
export function toBusinessHours(schedule: WeeklySchedule): BusinessHourInput[] {
  const week = requireSchedule(schedule)
  const records: BusinessHourInput[] = []
  for (let day = 0; day < 7; day++) {
    for (const record of canonicalDayRecords(day as DayOfWeek, daySpans(week, day as DayOfWeek))) records.push(record)
  }
  return records
}
