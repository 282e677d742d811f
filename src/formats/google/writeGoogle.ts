import { spansWithWrapJoined } from '../weekSpill'
import type { DayInterval } from '../../calendar/types'
import { dayOfDate } from '../../calendar/readExceptions'
import { civilFromDays, daysFromCivil, isLeapYear } from '../../zone/civil'
import { MINUTES_PER_DAY, MINUTES_PER_WEEK, type WeekInterval } from '../../week/types'
import { readFormatOptions } from '../formatResult'
import type { FormatLoss, WriteFormatOptions, WriteFormatResult } from '../types'
import { writableHours } from '../writableHours'
import { GOOGLE_DAYS, googleTimeOf } from './googleTime'
import type { GoogleDate, GoogleHours, GoogleSpecialHourPeriod, GoogleTimePeriod } from './types'

/** Options of `writeGoogle`: `years`, over which yearly entries are written as their dates; `timeZone` is accepted and not written (Business Profile has no zone field: the address decides). */
export type WriteGoogleOptions = WriteFormatOptions

/** At most this many special dates are written; the dates of entries beyond are an `over_limit` loss. */
export const MAX_GOOGLE_SPECIAL_DATES = 10_000

/**
 * Writes a week or a calendar as Business Profile hours: `{ regularHours: { periods } }`, and
 * `specialHours: { specialHourPeriods }` when a calendar is given.
 *
 * A span past midnight is one period closing the next day; a span that ends at midnight closes
 * `{ hours: 24 }` on its own day; spans longer than a day are cut at midnights. Date entries
 * become special periods (`closed: true`, or one period per span); a range is written as its
 * dates; a date open all day is written as two periods, 00:00–12:00 and 12:00–24:00, since a
 * special period must be under 24 hours. Losses: a yearly entry is written over `options.years`
 * (`expanded`; without years it is not written, `not_supported`); absolute (instant) entries and
 * labels have no field (`not_supported`); dates beyond `MAX_GOOGLE_SPECIAL_DATES` (`over_limit`).
 *
 * @param scheduleOrCalendar - a `WeeklySchedule` or a `Calendar` from `withExceptions`
 * @param options - `years` for yearly entries
 * @returns `{ value, losses }`: the two `Location` fields as JSON, and what could not be written
 * @throws {TypeError} when `scheduleOrCalendar` is neither, or for wrong options
 *
 * @example
 * writeGoogle(scheduleFromIntervals([{ start: 1 * 1440 + 540, end: 1 * 1440 + 1020 }, { start: 5 * 1440 + 1320, end: 6 * 1440 + 120 }])).value
 * //=> { regularHours: { periods: [
 * //     { openDay: 'MONDAY', openTime: { hours: 9 }, closeDay: 'MONDAY', closeTime: { hours: 17 } },
 * //     { openDay: 'FRIDAY', openTime: { hours: 22 }, closeDay: 'SATURDAY', closeTime: { hours: 2 } },
 * //   ] } }
 *
 * @example
 * // A yearly entry needs years: here it is written for 2026 and said so
 * const written = writeGoogle(withExceptions(scheduleFromIntervals([]), [{ date: '--12-25', closed: true }]), { years: [2026] })
 * written.value.specialHours
 * //=> { specialHourPeriods: [{ startDate: { year: 2026, month: 12, day: 25 }, closed: true }] }
 * written.losses.map((loss) => loss.code) //=> ['expanded']
 */
export function writeGoogle(scheduleOrCalendar: unknown, options?: WriteGoogleOptions): WriteFormatResult<GoogleHours> {
  const { years } = readFormatOptions(options, [], 'writeGoogle')
  const hours = writableHours(scheduleOrCalendar, 'writeGoogle')
  const losses: FormatLoss[] = []
  const periods = regularPeriods(hours.schedule.intervals)
  if (!hours.calendar) return { value: { regularHours: { periods } }, losses }
  // One hours per date, by callhours' precedence: a single date over a range over a yearly entry.
  const byDay = new Map<number, readonly DayInterval[]>()
  const rank = new Map<number, number>()
  let budget = MAX_GOOGLE_SPECIAL_DATES
  const put = (day: number, dayHours: readonly DayInterval[], level: number): boolean => {
    const known = rank.get(day)
    if (known !== undefined && known > level) return true
    if (known === undefined) {
      if (budget === 0) return false
      budget--
    }
    byDay.set(day, dayHours)
    rank.set(day, level)
    return true
  }
  const order = hours.exceptions.map((exception, index) => ({ exception, index }))
  const level = { yearly: 0, range: 1, date: 2, instant: 3 } as const
  order.sort((a, b) => level[a.exception.kind] - level[b.exception.kind] || a.index - b.index)
  for (const { exception, index } of order) {
    const path = ['exceptions', index]
    if (exception.label !== null) losses.push({ code: 'not_supported', path: [...path, 'label'], message: `the label ${JSON.stringify(exception.label)} was not written: special hours have no name` })
    let written = true
    if (exception.kind === 'instant') {
      losses.push({ code: 'not_supported', path, message: `the ${exception.open ? 'open' : 'closed'} span ${new Date(exception.start).toISOString()}–${new Date(exception.end).toISOString()} was not written: Business Profile has no hours by instant` })
      continue
    } else if (exception.kind === 'date') {
      const day = dayOfDate(exception.date)!
      written = put(day, exception.hours, 2)
    } else if (exception.kind === 'range') {
      const from = dayOfDate(exception.from)!
      const to = dayOfDate(exception.to)!
      for (let day = from; day <= to && written; day++) written = put(day, exception.hours, 1)
    } else {
      if (years === undefined) {
        losses.push({ code: 'not_supported', path, message: `every ${exception.date} was not written: Business Profile has no yearly special hours; give options.years to write its dates` })
        continue
      }
      for (const year of years) {
        if (exception.month === 2 && exception.day === 29 && !isLeapYear(year)) continue
        if (!(written = put(daysFromCivil(year, exception.month, exception.day), exception.hours, 0))) break
      }
      if (written) losses.push({ code: 'expanded', path, message: `every ${exception.date} was written as its dates in ${years[0]}–${years[years.length - 1]} only` })
    }
    if (!written) losses.push({ code: 'over_limit', path, message: `dates of this entry past the first ${MAX_GOOGLE_SPECIAL_DATES} special dates were not written` })
  }
  const specialHourPeriods: GoogleSpecialHourPeriod[] = []
  for (const day of [...byDay.keys()].sort((a, b) => a - b)) {
    const startDate = googleDateOf(day)
    const dayHours = byDay.get(day)!
    if (dayHours.length === 0) specialHourPeriods.push({ startDate, closed: true })
    for (const span of dayHours) {
      // Under 24 hours each: a whole day is written as its two halves.
      const pieces = span.start === 0 && span.end === MINUTES_PER_DAY ? [{ start: 0, end: 720 }, { start: 720, end: MINUTES_PER_DAY }] : [span]
      for (const piece of pieces) specialHourPeriods.push({ startDate, openTime: googleTimeOf(piece.start), endDate: startDate, closeTime: googleTimeOf(piece.end) })
    }
  }
  return { value: { regularHours: { periods }, specialHours: { specialHourPeriods } }, losses }
}

function googleDateOf(day: number): GoogleDate {
  const { year, month, day: dayOfMonth } = civilFromDays(day)
  return { year, month, day: dayOfMonth }
}

/** The week's spans as periods: the Saturday→Sunday wrap joined, spans over a day cut at midnights. */
function regularPeriods(intervals: readonly WeekInterval[]): GoogleTimePeriod[] {
  const spans = spansWithWrapJoined(intervals)
  const periods: GoogleTimePeriod[] = []
  for (const span of spans) {
    if (span.end - span.start <= MINUTES_PER_DAY && !(span.start === 0 && span.end === MINUTES_PER_WEEK)) {
      periods.push(periodOf(span.start, span.end))
      continue
    }
    for (let start = span.start; start < span.end; ) {
      const end = Math.min(span.end, (Math.floor(start / MINUTES_PER_DAY) + 1) * MINUTES_PER_DAY)
      periods.push(periodOf(start, end))
      start = end
    }
  }
  return periods
}

function periodOf(start: number, end: number): GoogleTimePeriod {
  const day = (minute: number) => GOOGLE_DAYS[Math.floor(minute / MINUTES_PER_DAY) % 7]!
  const endsAtMidnight = end % MINUTES_PER_DAY === 0
  return {
    openDay: day(start),
    openTime: googleTimeOf(start % MINUTES_PER_DAY),
    closeDay: day(endsAtMidnight ? end - 1 : end),
    closeTime: googleTimeOf(endsAtMidnight ? MINUTES_PER_DAY : end % MINUTES_PER_DAY),
  }
}

