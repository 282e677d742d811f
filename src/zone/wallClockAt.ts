import { DAY_ABBREVIATIONS } from '../ground/days'
import { toEpochMs, type Instant } from '../ground/instant'
import { civilFromDays, isoDate } from './civil'
import { zoneFor } from './resolveTimeZone'
import { offsetAt } from './zoneOffsets'
import { DAY_MS, MINUTE_MS } from '../ground/timeUnits'


/** What a zone's wall clock reads at an instant. */
export interface WallClock {
  /** The local date, `YYYY-MM-DD` (proleptic Gregorian; year 0 is 1 BC; years past 9999 or before 0 as `+YYYYYY` / `-YYYYYY`, as `toISOString` writes them). */
  readonly date: string
  /** `Sun` … `Sat`. */
  readonly weekday: (typeof DAY_ABBREVIATIONS)[number]
  /** Whole minutes since local midnight, 0–1439 (seconds dropped). */
  readonly minuteOfDay: number
  /** The zone's offset from UTC in minutes (local = UTC + offset); fractional for old local mean times. */
  readonly offsetMinutes: number
}

/**
 * The date and weekday of a day count since 1970-01-01. Internal to the package.
 *
 * @example
 * dateOfDay(0) //=> { date: '1970-01-01', weekday: 'Thu' }
 */
export function dateOfDay(days: number): { date: string; weekday: (typeof DAY_ABBREVIATIONS)[number] } {
  const { year, month, day } = civilFromDays(days)
  // 1970-01-01 was a Thursday (4).
  return { date: isoDate(year, month, day), weekday: DAY_ABBREVIATIONS[(((days + 4) % 7) + 7) % 7]! }
}

/**
 * What a zone's wall clock reads at an instant: the local date, weekday, minute of the day and the
 * offset — from the library's zone engine (its offsets read from `Intl` once per 96 days and kept),
 * so a caller never reads a second clock through `Intl` that might disagree with the queries.
 *
 * @param instant - a `Date` or epoch ms
 * @param timeZone - an IANA id, `UTC`, or a Retreaver (Rails) zone name
 * @returns `{ date, weekday, minuteOfDay, offsetMinutes }`, frozen
 * @throws {TypeError} for an instant that is neither a Date nor a number, or a zone that is not a string
 * @throws {RangeError} for an invalid instant, or a zone no one knows
 *
 * @example
 * wallClockAt(Date.UTC(2026, 10, 30, 14, 30), 'America/New_York')
 * //=> { date: '2026-11-30', weekday: 'Mon', minuteOfDay: 570, offsetMinutes: -300 }
 *
 * @example
 * // Edge: Chatham sets its clocks forward at 02:45 +12:45 → 03:45 +13:45 on 2026-09-27 local (2026-09-26 14:00Z)
 * wallClockAt(Date.UTC(2026, 8, 26, 13, 59), 'Pacific/Chatham').minuteOfDay //=> 164
 * wallClockAt(Date.UTC(2026, 8, 26, 14, 0), 'Pacific/Chatham').minuteOfDay //=> 225
 *
 * @example
 * // Edge: 1 BC is year 0 (ISO 8601), 2 BC year −1; past 9999, six digits and a sign
 * wallClockAt(new Date('0000-06-15T12:00:00Z'), 'UTC').date //=> '0000-06-15'
 * wallClockAt(new Date('-000001-06-15T12:00:00Z'), 'UTC').date //=> '-000001-06-15'
 * wallClockAt(new Date('+010000-01-01T00:00:00Z'), 'UTC').date //=> '+010000-01-01'
 */
export function wallClockAt(instant: Instant, timeZone: string): WallClock {
  const ms = toEpochMs(instant, 'instant')
  if (typeof timeZone !== 'string') throw new TypeError(`timeZone must be a zone name (a string), received ${timeZone === null ? 'null' : typeof timeZone}`)
  const zone = zoneFor(timeZone)
  const offset = offsetAt(zone, ms)
  const local = ms + offset
  const days = Math.floor(local / DAY_MS)
  const { date, weekday } = dateOfDay(days)
  return Object.freeze({ date, weekday, minuteOfDay: Math.floor((local - days * DAY_MS) / MINUTE_MS), offsetMinutes: offset / MINUTE_MS + 0 })
}
