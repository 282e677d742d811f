// Business Profile's times and dates, read once: `TimeOfDay` (`{}` is midnight, `{ hours: 24 }`
// the end of the day; v4's "hh:mm" text too), `Date` ({ year, month, day }) and the day names.

import { describeReceived, reportError, type IssueCollector, type PathSegment } from '../../ground/issues'
import { isPlainObject, readOwnFields } from '../../ground/readers'
import { daysFromCivil, daysInMonth, isoDate } from '../../zone/civil'
import type { GoogleDayOfWeek, GoogleTimeOfDay } from './types'

/** Business Profile's day names, indexed Sunday = 0 like the week model. */
export const GOOGLE_DAYS: readonly GoogleDayOfWeek[] = Object.freeze(['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'])

const TIME_EXPECTED = 'a TimeOfDay { hours, minutes } from 00:00 to 24:00 (fields that are 0 left out)'
const HH_MM = /^(\d{2}):(\d{2})$/

/** The day (Sunday = 0) a Business Profile day name names, or undefined after an issue. */
export function readGoogleDay(value: unknown, path: readonly PathSegment[], collector: IssueCollector): number | undefined {
  const day = typeof value === 'string' ? GOOGLE_DAYS.indexOf(value as GoogleDayOfWeek) : -1
  if (day >= 0) return day
  const expected = `one of ${GOOGLE_DAYS.join(', ')}`
  const code = typeof value === 'string' ? 'out_of_range' : value === undefined ? 'missing_field' : 'invalid_type'
  reportError(collector, path, code, `${String(path[path.length - 1])} must be ${expected}, received ${describeReceived(value)}`, expected, describeReceived(value))
  return undefined
}

function readPart(value: unknown, path: readonly PathSegment[], max: number, collector: IssueCollector): number | undefined {
  if (value === undefined || value === null) return 0
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max) return value
  const name = String(path[path.length - 1])
  const code = typeof value !== 'number' ? 'invalid_type' : Number.isInteger(value) ? 'out_of_range' : 'not_an_integer'
  reportError(collector, path, code, `${name} must be an integer 0–${max}, received ${describeReceived(value)}`, `an integer 0–${max}`, describeReceived(value))
  return undefined
}

/**
 * Minutes of the day (0–1440) of a `TimeOfDay`, or undefined after a located issue. Seconds or
 * nanos other than 0 are `not_whole_minute`: callhours keeps minutes, and rounding would move a
 * closing.
 */
export function readGoogleTime(value: unknown, path: readonly PathSegment[], collector: IssueCollector): number | undefined {
  if (typeof value === 'string') {
    // Business Profile v4 wrote times as "hh:mm" text.
    const match = HH_MM.exec(value)
    const minutes = match === null ? undefined : Number(match[1]) * 60 + Number(match[2])
    if (match !== null && Number(match[2]) < 60 && minutes! <= 1440) return minutes
    reportError(collector, path, 'invalid_minutes', `${String(path[path.length - 1])} must be ${TIME_EXPECTED} or "hh:mm" text from 00:00 to 24:00, received ${describeReceived(value)}`, TIME_EXPECTED, describeReceived(value))
    return undefined
  }
  if (!isPlainObject(value)) {
    const code = value === undefined ? 'missing_field' : 'invalid_type'
    reportError(collector, path, code, `${String(path[path.length - 1])} must be ${TIME_EXPECTED}, received ${describeReceived(value)}`, TIME_EXPECTED, describeReceived(value))
    return undefined
  }
  const fields = readOwnFields(value, ['hours', 'minutes', 'seconds', 'nanos'] as const, path, collector, 'the time')
  if (fields === undefined) return undefined
  const hours = readPart(fields.hours, [...path, 'hours'], 24, collector)
  const minutes = readPart(fields.minutes, [...path, 'minutes'], 59, collector)
  const seconds = readPart(fields.seconds, [...path, 'seconds'], 60, collector)
  const nanos = readPart(fields.nanos, [...path, 'nanos'], 999_999_999, collector)
  if (hours === undefined || minutes === undefined || seconds === undefined || nanos === undefined) return undefined
  if (seconds !== 0 || nanos !== 0) {
    reportError(collector, path, 'not_whole_minute', 'callhours keeps whole minutes: the seconds and nanos of a time must be 0', 'a time on a whole minute', `${seconds} s ${nanos} ns`)
    return undefined
  }
  if (hours === 24 && minutes !== 0) {
    reportError(collector, [...path, 'minutes'], 'out_of_range', `24:${String(minutes).padStart(2, '0')} is past the end of the day: 24 hours only as 24:00`, '24:00 at most', `24:${minutes}`)
    return undefined
  }
  return hours * 60 + minutes
}

/** `TimeOfDay` JSON of a minute of the day, zero fields left out (`{}` is midnight, `{ hours: 24 }` the end of the day). */
export function googleTimeOf(minute: number): GoogleTimeOfDay {
  const hours = Math.floor(minute / 60)
  const minutes = minute % 60
  return { ...(hours === 0 ? {} : { hours }), ...(minutes === 0 ? {} : { minutes }) }
}

const DATE_EXPECTED = 'a Date { year, month, day } (year 1–9999)'

/** Days since 1970 and the ISO text of a `Date` object, or undefined after a located issue. */
export function readGoogleDate(value: unknown, path: readonly PathSegment[], collector: IssueCollector): { day: number; text: string } | undefined {
  if (!isPlainObject(value)) {
    const code = value === undefined ? 'missing_field' : 'invalid_type'
    reportError(collector, path, code, `${String(path[path.length - 1])} must be ${DATE_EXPECTED}, received ${describeReceived(value)}`, DATE_EXPECTED, describeReceived(value))
    return undefined
  }
  const fields = readOwnFields(value, ['year', 'month', 'day'] as const, path, collector, 'the date')
  if (fields === undefined) return undefined
  const { year, month, day } = fields
  const whole = (n: unknown, min: number, max: number): n is number => typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max
  if (whole(year, 1, 9999) && whole(month, 1, 12) && whole(day, 1, daysInMonth(year, month))) {
    return { day: daysFromCivil(year, month, day), text: isoDate(year, month, day) }
  }
  const shown = `${describeReceived(year)}-${describeReceived(month)}-${describeReceived(day)}`
  reportError(collector, path, 'invalid_date', `${String(path[path.length - 1])} must be ${DATE_EXPECTED} that is a day on the calendar, received year ${describeReceived(year)}, month ${describeReceived(month)}, day ${describeReceived(day)}`, DATE_EXPECTED, shown)
  return undefined
}
