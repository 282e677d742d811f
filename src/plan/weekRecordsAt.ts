import type { Hours } from '../calendar/types'
import { toEpochMs, type Instant } from '../ground/instant'
import { canonicalDayRecords } from '../records/toBusinessHours'
import type { BusinessHourInput } from '../records/types'
import { zoneFor } from '../zone/resolveTimeZone'
import { offsetAt, type ZoneOffsets } from '../zone/zoneOffsets'
import { localDayRanges } from '../zone/localDay'
import { requireHours } from '../calendar/sealedCalendar'
import { dateHours, weekdayOf } from '../calendar/dateHours'
import { DAY_MS } from '../ground/timeUnits'


/** The local day (days since 1970-01-01) that an instant reads in a zone. Internal. */
export function localDayAt(zone: ZoneOffsets, ms: number): number {
  return Math.floor((ms + offsetAt(zone, ms)) / DAY_MS)
}

/** The records of one date's hours, for its weekday, and the date each weekday stands for. Internal. */
export function recordsForDays(hours: Hours, zone: ZoneOffsets, days: readonly number[]): BusinessHourInput[] {
  const records: BusinessHourInput[] = []
  const byWeekday = [...days].sort((a, b) => weekdayOf(a) - weekdayOf(b))
  for (const day of byWeekday) for (const record of canonicalDayRecords(weekdayOf(day), dateHours(hours, zone, day))) records.push(record)
  return records
}

/** Whether no instant's clock reads local day `day` (Samoa skipped 2011-12-30). Internal. */
export function isSkippedDay(zone: ZoneOffsets, day: number): boolean {
  return localDayRanges(zone, day).length === 0
}

/**
 * The seven dates that stand for their weekdays at local day `today`: today, then the next six — a
 * date the clock skips stands for nothing, so its weekday's next date is the one a week later. Internal.
 */
export function currentOrNextDates(zone: ZoneOffsets, today: number): number[] {
  return [0, 1, 2, 3, 4, 5, 6].map((ahead) => (isSkippedDay(zone, today + ahead) ? today + ahead + 7 : today + ahead))
}

/**
 * The seven dates the weekday records must serve from instant `ms` on, in date order: for each
 * weekday, the earliest of its dates whose clock has a reading still to come. That is today and the
 * next six (a skipped date's weekday takes the date a week later), except where a fall-back set the
 * clock back across midnight: St. John's read 1990-10-28 00:00 NDT, then Saturday 1990-10-27 23:01 NST
 * again, so for that minute Saturday's record must still be the 27th's, not the 3rd's. Internal.
 */
export function servedDates(zone: ZoneOffsets, ms: number): number[] {
  const today = localDayAt(zone, ms)
  const dates = currentOrNextDates(zone, today)
  const yesterday = localDayRanges(zone, today - 1)
  if (yesterday.length > 0 && yesterday[yesterday.length - 1]!.end > ms) {
    const weekday = weekdayOf(today - 1)
    for (let i = 0; i < dates.length; i++) if (weekdayOf(dates[i]!) === weekday) dates[i] = today - 1
  }
  return dates.sort((a, b) => a - b)
}

/**
 * The weekly records the Retreaver server must hold at an instant so that it answers as the
 * calendar does: for each weekday, the hours of its current or next date — today's date for
 * today's weekday, the coming dates for the others — after every exception. A date the clock will
 * read again (a fall-back across midnight, St. John's 1990-10-28) is still current.
 *
 * The server stores only weekly hours, so a holiday is made by changing its weekday's records
 * before it and back after. Fed to `diffBusinessHours(serverRecords, weekRecordsAt(…))`, this
 * gives the PUT body; doing that (GET, diff, PUT) at any instant keeps the server right until the
 * plan's next step (`planExceptionUpdates`). Records carry no ids, as `toBusinessHours` writes them.
 *
 * @param calendar - a `Calendar` (`withExceptions`), or a `WeeklySchedule` (then the week as it is)
 * @param at - the instant, a `Date` or epoch ms
 * @param timeZone - the target's zone: an IANA id, `UTC`, or a Retreaver (Rails) zone name
 * @returns the records of all seven days, ordered by day and time
 * @throws {RangeError} for an invalid instant or an unknown zone
 * @throws {BusinessHoursError} for a hand-built schedule that is not in normal form
 *
 * @example
 * // Wednesday 2026-12-23 in New York: Thursday is the short Christmas Eve, Friday is Christmas
 * weekRecordsAt(christmasCalendar, Date.UTC(2026, 11, 23, 15), 'America/New_York').filter((r) => r.day_of_week >= 4 && r.day_of_week <= 5)
 * //=> [{ day_of_week: 4, time_open: 900, time_close: 1300, work_day: true, invert: false }, { day_of_week: 5, time_open: 0, time_close: 2400, work_day: false, invert: false }]
 */
export function weekRecordsAt(calendar: Hours, at: Instant, timeZone: string): BusinessHourInput[] {
  const ms = toEpochMs(at)
  const hours = requireHours(calendar, ['calendar'])
  const zone = zoneFor(timeZone)
  return recordsForDays(hours, zone, servedDates(zone, ms))
}
