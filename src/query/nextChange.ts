import { isWorkingCalendar, workingHours } from '../calendar/sealedCalendar'
import type { Hours } from '../calendar/types'
import { zoneFor } from '../zone/resolveTimeZone'
import { segmentAt } from '../zone/zoneOffsets'
import { toEpochMs, wantsEpochMs, type Instant, type InstantOptions } from '../ground/instant'
import { calendarInstantInState, isCalendarOpenAt } from './calendarSearch'
import { nextInstantInState, SEARCH_LIMIT_MS } from './nextState'
import { isAlwaysOpen, isOpenAtWeekMinute, weekMinuteOf } from './weekLookup'

/**
 * The earliest instant after `at` at which the schedule's state differs from its state at `at`.
 *
 * @param schedule - the weekly model, or a `Calendar` (`withExceptions`): its exceptions are honoured
 * @param at - the instant, a `Date` or epoch ms
 * @param timeZone - an IANA id, `UTC`, or a Retreaver (Rails) zone name
 * @param options - `{ epochMs: true }` (or `EPOCH_MS`) answers in epoch milliseconds instead of a `Date`
 * @returns a new `Date` (epoch ms with `epochMs`), or null when the state never changes (never open, or open 24/7)
 * @throws {RangeError} for an invalid instant or an unknown zone
 * @throws {TypeError} for options that are not `{ epochMs }`
 *
 * @example
 * // Mon–Fri 09:00–17:00 in New York, asked Monday 10:00 EST: it closes next
 * nextChange(weekdays9to5, Date.UTC(2026, 10, 30, 15), 'America/New_York')
 * //=> 2026-11-30T22:00:00.000Z
 *
 * @example
 * nextChange({ intervals: [] }, 0, 'UTC')
 * //=> null
 */
export function nextChange(schedule: Hours, at: Instant, timeZone: string): Date | null
export function nextChange(schedule: Hours, at: Instant, timeZone: string, options: InstantOptions & { readonly epochMs: true }): number | null
export function nextChange(schedule: Hours, at: Instant, timeZone: string, options?: InstantOptions): Date | number | null
export function nextChange(schedule: Hours, at: Instant, timeZone: string, options?: InstantOptions): Date | number | null {
  const epochMs = wantsEpochMs(options)
  const ms = toEpochMs(at)
  const week = workingHours(schedule)
  const zone = zoneFor(timeZone)
  if (isWorkingCalendar(week)) {
    const found = calendarInstantInState(week, zone, ms, !isCalendarOpenAt(week, zone, ms), ms + SEARCH_LIMIT_MS)
    return found === null ? null : epochMs ? found : new Date(found)
  }
  if (week.intervals.length === 0 || isAlwaysOpen(week)) return null
  const local = ms + segmentAt(zone, ms).offset
  const openNow = isOpenAtWeekMinute(week, weekMinuteOf(Math.floor(local / 60_000)))
  const found = nextInstantInState(week, zone, ms, !openNow)
  return found === null ? null : epochMs ? found : new Date(found)
}
