import { isWorkingCalendar, lastSealedCalendar, workingHours } from '../calendar/sealedCalendar'
import { lastSealedWorking } from '../week/sealedSchedule'
import type { Hours } from '../calendar/types'
import { zoneFor } from '../zone/resolveTimeZone'
import { offsetAt } from '../zone/zoneOffsets'
import { toEpochMs, type Instant } from '../ground/instant'
import { isCalendarOpenAt } from './calendarSearch'
import { isOpenAtWeekMinute, weekMinuteOf } from './weekLookup'

/**
 * Whether the schedule is open at an instant, read on the wall clock of a time zone.
 *
 * Open when the local weekday and minute (seconds dropped) fall in the schedule. Local times that
 * a spring-forward gap skips never occur; a fall-back hour that repeats is judged both times.
 *
 * @param schedule - the weekly model, or a `Calendar` (`withExceptions`): its exceptions are honoured
 * @param at - the instant, a `Date` or epoch ms
 * @param timeZone - an IANA id, `UTC`, or a Retreaver (Rails) zone name
 * @returns true when open
 * @throws {RangeError} for an invalid instant or an unknown zone
 *
 * @example
 * // Mon–Fri 09:00–17:00 in New York; 2026-11-30 14:00Z is Monday 09:00 EST
 * isOpen(weekdays9to5, Date.UTC(2026, 10, 30, 14), 'America/New_York')
 * //=> true
 *
 * @example
 * // The closing minute is closed: Monday 17:00 EST
 * isOpen(weekdays9to5, Date.UTC(2026, 10, 30, 22), 'Eastern Time (US & Canada)')
 * //=> false
 */
export function isOpen(schedule: Hours, at: Instant, timeZone: string): boolean {
  const ms = toEpochMs(at)
  // Sealed weekly hours take the short road, kept small so that engines inline it into callers.
  const week = lastSealedWorking(schedule)
  if (week === undefined) {
    // The calendar asked about last: its day table, then its week's bitset (calendarSearch.ts).
    const calendar = lastSealedCalendar(schedule)
    return calendar === undefined ? isOpenOtherwise(schedule, ms, timeZone) : isCalendarOpenAt(calendar, zoneFor(timeZone), ms)
  }
  const local = ms + offsetAt(zoneFor(timeZone), ms)
  return isOpenAtWeekMinute(week, weekMinuteOf(Math.floor(local / 60_000)))
}

/** Another sealed schedule, a calendar, or a hand-built schedule (checked first). */
function isOpenOtherwise(schedule: Hours, ms: number, timeZone: string): boolean {
  const working = workingHours(schedule)
  const zone = zoneFor(timeZone)
  if (isWorkingCalendar(working)) return isCalendarOpenAt(working, zone, ms)
  return isOpenAtWeekMinute(working, weekMinuteOf(Math.floor((ms + offsetAt(zone, ms)) / 60_000)))
}
