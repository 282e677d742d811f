// Teams' time values as PowerShell and the Teams admin API show them: a TimeRange bound is a .NET
// TimeSpan ("09:00", "1.00:00" for the end of the day, or ConvertTo-Json's { Ticks, Days, Hours, … }),
// a DateTimeRange bound a local date-time with no offset ("2026-12-24T09:00:00", or the cmdlet's own
// input forms "24/12/2026 09:00" and "24/12/2026"). Internal to callhours/formats.

import { describeReceived, reportError, type IssueCollector, type PathSegment } from '../../ground/issues'
import { isPlainObject, readOwnFields } from '../../ground/readers'
import { civilFromDays, daysFromCivil, daysInMonth, isoDate } from '../../zone/civil'
import { MINUTES_PER_DAY } from '../../week/types'

const TIME_SPAN = /^(?:(\d{1,2})\.)?(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?$/
const TICKS_PER_MINUTE = 600_000_000
const TIME_SPAN_EXPECTED = 'a time of day "HH:MM" (TimeSpan), 00:00–1.00:00'

/** Minutes of the day of a TimeRange bound (0–1440), or undefined after a located issue. */
export function readTimeSpan(value: unknown, parent: readonly PathSegment[], key: string, collector: IssueCollector): number | undefined {
  const path = [...parent, key]
  let minutes: number | undefined
  let whole = true
  if (typeof value === 'string' && value.length <= 40) {
    const match = TIME_SPAN.exec(value.trim())
    if (match !== null && Number(match[3]) < 60 && (match[4] === undefined || Number(match[4]) < 60) && (match[1] === undefined || Number(match[2]) < 24)) {
      minutes = Number(match[1] ?? 0) * MINUTES_PER_DAY + Number(match[2]) * 60 + Number(match[3])
      whole = Number(match[4] ?? 0) === 0 && Number(match[5] ?? 0) === 0
    }
  } else if (isPlainObject(value)) {
    // ConvertTo-Json of a TimeSpan: Ticks is exact; Days/Hours/Minutes/Seconds when Ticks is absent.
    const fields = readOwnFields(value, ['Ticks', 'Days', 'Hours', 'Minutes', 'Seconds', 'Milliseconds'], path, collector, key)
    if (fields === undefined) return undefined
    if (typeof fields.Ticks === 'number' && Number.isSafeInteger(fields.Ticks)) {
      minutes = Math.floor(fields.Ticks / TICKS_PER_MINUTE)
      whole = fields.Ticks % TICKS_PER_MINUTE === 0
    } else if ([fields.Days, fields.Hours, fields.Minutes].every((part) => part === undefined || (typeof part === 'number' && Number.isSafeInteger(part) && part >= 0))) {
      minutes = Number(fields.Days ?? 0) * MINUTES_PER_DAY + Number(fields.Hours ?? 0) * 60 + Number(fields.Minutes ?? 0)
      whole = (fields.Seconds ?? 0) === 0 && (fields.Milliseconds ?? 0) === 0
    }
  }
  if (minutes === undefined || minutes < 0 || minutes > MINUTES_PER_DAY) {
    reportError(collector, path, value === undefined || value === null ? 'missing_field' : 'invalid_minutes', `${key} must be ${TIME_SPAN_EXPECTED}, received ${describeReceived(value)}`, TIME_SPAN_EXPECTED, describeReceived(value))
    return undefined
  }
  if (!whole) {
    reportError(collector, path, 'not_whole_minute', `${key} ${describeReceived(value)} is not on a whole minute`, 'a time on a whole minute', describeReceived(value))
    return undefined
  }
  return minutes
}

/** A TimeRange bound as New-CsOnlineTimeRange takes it: "09:00", and "1.00:00" for the end of the day. */
export function timeSpanText(minute: number): string {
  if (minute === MINUTES_PER_DAY) return '1.00:00'
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`
}

const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?$/
const CMDLET_FORM = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2}))?$/
const DATE_TIME_EXPECTED = 'a local date-time "YYYY-MM-DDTHH:MM:SS" (no offset), or "d/m/yyyy H:mm" as New-CsOnlineDateTimeRange takes it'

/**
 * Local minutes since 1970-01-01 00:00 of a DateTimeRange bound, or undefined after a located issue:
 * `invalid_date` for text that is no local date-time (an offset or `Z` included: Teams' ranges are
 * wall-clock times in the auto attendant's zone), `not_whole_minute` for seconds.
 */
export function readLocalDateTime(value: unknown, parent: readonly PathSegment[], key: string, collector: IssueCollector): number | undefined {
  const path = [...parent, key]
  let parts: { year: number; month: number; day: number; hour: number; minute: number; second: number; fraction: number } | undefined
  if (typeof value === 'string' && value.length <= 40) {
    const iso = ISO_LOCAL.exec(value.trim())
    const cmdlet = iso === null ? CMDLET_FORM.exec(value.trim()) : null
    if (iso !== null) {
      parts = { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]), hour: Number(iso[4] ?? 0), minute: Number(iso[5] ?? 0), second: Number(iso[6] ?? 0), fraction: Number(iso[7] ?? 0) }
    } else if (cmdlet !== null) {
      parts = { year: Number(cmdlet[3]), month: Number(cmdlet[2]), day: Number(cmdlet[1]), hour: Number(cmdlet[4] ?? 0), minute: Number(cmdlet[5] ?? 0), second: 0, fraction: 0 }
    }
  }
  const real = parts !== undefined && parts.month >= 1 && parts.month <= 12 && parts.day >= 1 && parts.day <= daysInMonth(parts.year, parts.month) && parts.hour <= 23 && parts.minute <= 59 && parts.second <= 59
  if (parts === undefined || !real) {
    const hint = typeof value === 'string' && /\/Date\(/.test(value) ? ' (Windows PowerShell 5.1 writes dates as /Date(…)/, which loses the local time: export with PowerShell 7)' : ''
    reportError(collector, path, value === undefined || value === null ? 'missing_field' : 'invalid_date', `${key} must be ${DATE_TIME_EXPECTED}, received ${describeReceived(value)}${hint}`, DATE_TIME_EXPECTED, describeReceived(value))
    return undefined
  }
  if (parts.second !== 0 || parts.fraction !== 0) {
    reportError(collector, path, 'not_whole_minute', `${key} ${describeReceived(value)} is not on a whole minute`, 'a time on a whole minute', describeReceived(value))
    return undefined
  }
  return daysFromCivil(parts.year, parts.month, parts.day) * MINUTES_PER_DAY + parts.hour * 60 + parts.minute
}

/** A DateTimeRange bound from local minutes: "2026-12-24T09:00:00". */
export function localDateTimeText(localMinute: number): string {
  const days = Math.floor(localMinute / MINUTES_PER_DAY)
  const minute = localMinute - days * MINUTES_PER_DAY
  const { year, month, day } = civilFromDays(days)
  return `${isoDate(year, month, day)}T${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00`
}

/** `YYYY-MM-DD` of a day number (days since 1970-01-01). */
export function dateText(days: number): string {
  const { year, month, day } = civilFromDays(days)
  return isoDate(year, month, day)
}
