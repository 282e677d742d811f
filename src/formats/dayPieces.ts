// Shared by the call-center and pay-per-call formats (Teams, Ringba, TrackDrive): a week as the open
// minutes of each day, zone fields read as Windows ids, IANA ids or Retreaver names, and zone names
// written as a .NET system expects them. Internal to callhours/formats.

import { reportError, describeReceived, type IssueCollector, type PathSegment } from '../ground/issues'
import { fieldName } from '../ground/readers'
import { resolveTimeZone } from '../zone/resolveTimeZone'
import { ianaToWindowsTimeZone, windowsTimeZoneToIana } from '../zone/windowsTimeZones'
import { MINUTES_PER_DAY, type WeekInterval } from '../week/types'
import type { Calendar, CalendarException, DayInterval, Hours } from '../calendar/types'
import { writableHours } from './writableHours'
import type { WeeklySchedule } from '../week/types'
import type { FormatLoss } from './types'

/**
 * The week's open minutes day by day: `pieces[d]` (Sunday = 0) lists the spans of day `d` in minutes
 * of the day, `0 ≤ start < end ≤ 1440`, sorted; a span past midnight is cut there.
 */
export function dayPiecesOfWeek(intervals: readonly WeekInterval[]): DayInterval[][] {
  const pieces: DayInterval[][] = [[], [], [], [], [], [], []]
  for (const interval of intervals) {
    let start = interval.start
    while (start < interval.end) {
      const day = Math.floor(start / MINUTES_PER_DAY)
      const end = Math.min(interval.end, (day + 1) * MINUTES_PER_DAY)
      const list = pieces[day]!
      const last = list[list.length - 1]
      const from = start - day * MINUTES_PER_DAY
      if (last !== undefined && last.end === from) list[list.length - 1] = { start: last.start, end: end - day * MINUTES_PER_DAY }
      else list.push({ start: from, end: end - day * MINUTES_PER_DAY })
      start = end
    }
  }
  return pieces
}

/** `HH:MM` of a minute of the day 0–1440 (1440 is `24:00`). */
export function clockText(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`
}

/** Day names for messages, Sunday = 0. */
export const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const

/**
 * A zone field as these systems write it — a Windows id (`Eastern Standard Time`), an IANA id or a
 * Retreaver (Rails) name — as an IANA id; `invalid_type` for a value that is not a string and
 * `unknown_time_zone` for a name none of them knows, at `[...parent, key]`.
 */
export function readZoneField(value: unknown, parent: readonly PathSegment[], key: string, collector: IssueCollector): string | undefined {
  const path = [...parent, key]
  const expected = 'a Windows zone id such as "Eastern Standard Time", an IANA id or a Retreaver zone name'
  if (typeof value !== 'string') {
    reportError(collector, path, 'invalid_type', `${fieldName(path)} must be ${expected}, received ${describeReceived(value)}`, expected, describeReceived(value))
    return undefined
  }
  const windows = windowsTimeZoneToIana(value)
  if (windows !== undefined) return windows
  try {
    return resolveTimeZone(value)
  } catch (error) {
    reportError(collector, path, 'unknown_time_zone', `${fieldName(path)}: ${(error as Error).message.replace('an IANA id', 'a Windows zone id such as "Eastern Standard Time", an IANA id')}`, expected, describeReceived(value))
    return undefined
  }
}

/** How a writer names the zone: as Windows (.NET) ids, or as IANA ids. */
export type ZoneStyle = 'windows' | 'iana'

/**
 * The zone name a writer writes: the Windows id of `timeZone` for `'windows'` (a zone that is no
 * Windows id's own is written as its IANA id, with a `zone` loss at `path`), else the IANA id.
 */
export function writtenZoneName(timeZone: string, style: ZoneStyle, path: readonly PathSegment[], losses: FormatLoss[]): string {
  if (style === 'iana') return timeZone
  const windows = ianaToWindowsTimeZone(timeZone)
  if (windows !== undefined) return windows
  losses.push({ code: 'zone', path, message: `${timeZone} is no Windows zone id's own zone (CLDR windowsZones, territory 001): written as the IANA id ${timeZone}` })
  return timeZone
}

/** Reads a string option that must be one of `allowed`: TypeError for the wrong kind, RangeError for another string. */
export function readChoice<T extends string>(value: unknown, allowed: readonly T[], fallback: T, name: string): T {
  if (value === undefined) return fallback
  if (typeof value !== 'string') throw new TypeError(`${name} must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}, received ${describeReceived(value)}`)
  const found = allowed.find((a) => a === value)
  if (found === undefined) throw new RangeError(`${name} must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}, received ${JSON.stringify(value.slice(0, 40))}`)
  return found
}

/** What a writer was given, checked as every writer checks it (`writableHours`): the week and the calendar's exceptions. */
export function hoursToWrite(scheduleOrCalendar: Hours, owner: string): { schedule: WeeklySchedule; exceptions: readonly CalendarException[] } {
  const { schedule, exceptions } = writableHours(scheduleOrCalendar, owner)
  return { schedule, exceptions }
}
