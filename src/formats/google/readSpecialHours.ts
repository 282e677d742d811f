// Business Profile `specialHours` (`SpecialHours`) into date entries.

import { report, reportError, type IssueCollector, type PathSegment } from '../../ground/issues'
import { isPlainObject, readArrayLength, readBoolean, readObjectItem, readOwnFields } from '../../ground/readers'
import { MINUTE_MS } from '../../ground/timeUnits'
import type { DayInterval } from '../../calendar/types'
import type { ExceptionEntry } from '../../calendar/entryTypes'
import { isoDateOfDay } from '../../zone/civil'
import { instantOfWallClock } from '../../zone/instantOfWallClock'
import { zoneFor } from '../../zone/resolveTimeZone'
import { MINUTES_PER_DAY } from '../../week/types'
import type { FormatLoss } from '../types'
import { readGoogleDate, readGoogleTime } from './googleTime'

interface DateHours {
  readonly day: number
  closed: boolean
  readonly spans: DayInterval[]
  /** The first period that named the date, for a conflict's message. */
  readonly first: number
}

const military = (minute: number): number => Math.floor(minute / 60) * 100 + (minute % 60)

/** An ISO instant on a whole minute, `YYYY-MM-DDThh:mmZ`. */
const isoMinute = (ms: number): string => `${new Date(ms).toISOString().slice(0, 16)}Z`

/**
 * Reads `{ specialHourPeriods: [...] }` into date entries pushed onto `entries`: a period with
 * `closed` (or v4's `isClosed`) closes its `startDate`; periods that open on one date add up to
 * that date's hours. A period that runs past midnight into `endDate` (the next day) keeps its
 * first part on `startDate`; the part after midnight becomes an absolute open entry when the zone
 * is known, else a loss (callhours' date entries stop at their own midnight). A period of 24
 * hours or more is refused (the page: under 24 hours); exactly 24 is read, with a warning.
 */
export function readSpecialHours(
  value: unknown,
  path: readonly PathSegment[],
  collector: IssueCollector,
  zone: string | undefined,
  entries: ExceptionEntry[],
  losses: FormatLoss[],
): void {
  if (!isPlainObject(value)) {
    reportError(collector, path, 'not_an_object', 'specialHours must be a SpecialHours object { specialHourPeriods: [...] }', 'a SpecialHours object', typeof value)
    return
  }
  const fields = readOwnFields(value, ['specialHourPeriods'] as const, path, collector, 'specialHours')
  if (fields === undefined || fields.specialHourPeriods === undefined) return
  const listPath = [...path, 'specialHourPeriods']
  const length = readArrayLength(fields.specialHourPeriods, listPath, collector, 'a list of SpecialHourPeriod objects')
  if (length === undefined) return
  const dates = new Map<number, DateHours>()
  const spills: { start: number; end: number; path: PathSegment[]; date: string }[] = []
  for (let i = 0; i < length; i++) {
    const itemPath = [...listPath, i]
    const period = readObjectItem(fields.specialHourPeriods, i, itemPath, collector, 'the period', 'a SpecialHourPeriod { startDate, openTime, closeTime } or { startDate, closed: true }')
    if (period === undefined) continue
    const f = readOwnFields(period, ['startDate', 'endDate', 'openTime', 'closeTime', 'closed', 'isClosed'] as const, itemPath, collector, 'the period')
    if (f === undefined) continue
    const start = readGoogleDate(f.startDate, [...itemPath, 'startDate'], collector)
    const closedValue = f.closed ?? f.isClosed
    const closedKey = f.closed !== undefined ? 'closed' : 'isClosed'
    const closed = closedValue === undefined ? false : readBoolean(closedValue, itemPath, closedKey, collector)
    if (f.closed !== undefined && f.isClosed !== undefined && f.closed !== f.isClosed) {
      reportError(collector, [...itemPath, 'isClosed'], 'conflicting_field', 'closed and isClosed disagree', 'one of closed or isClosed', `closed ${String(f.closed)}, isClosed ${String(f.isClosed)}`)
      continue
    }
    if (start === undefined || closed === undefined) continue
    const known = dates.get(start.day)
    const date: DateHours = known ?? { day: start.day, closed: false, spans: [], first: i }
    if (closed) {
      // The page: with `closed`, endDate, openTime and closeTime are ignored.
      if (date.spans.length > 0) conflict(collector, itemPath, start.text, date.first)
      else date.closed = true
      dates.set(start.day, date)
      continue
    }
    const open = readGoogleTime(f.openTime, [...itemPath, 'openTime'], collector)
    const close = readGoogleTime(f.closeTime, [...itemPath, 'closeTime'], collector)
    const end = f.endDate === undefined ? start : readGoogleDate(f.endDate, [...itemPath, 'endDate'], collector)
    if (open === undefined || close === undefined || end === undefined) continue
    const days = end.day - start.day
    const length = days * MINUTES_PER_DAY + close - open
    if (days < 0 || days > 1) {
      reportError(collector, [...itemPath, 'endDate'], 'out_of_range', 'a special period ends on its startDate or the day after', 'startDate or the day after', end.text)
      continue
    }
    if (length <= 0) {
      reportError(collector, [...itemPath, 'closeTime'], 'close_before_open', 'the period closes before it opens: a period past midnight names the next day as endDate', 'a close after the open', `${close} min ≤ ${open} min`)
      continue
    }
    if (length > MINUTES_PER_DAY) {
      reportError(collector, [...itemPath, 'closeTime'], 'out_of_range', `a special period must be under 24 hours, this one is ${Math.floor(length / 60)} h ${length % 60} min`, 'under 24 hours', `${length} minutes`)
      continue
    }
    if (length === MINUTES_PER_DAY) {
      report(collector, { code: 'out_of_range', path: [...itemPath, 'closeTime'], severity: 'warning', message: 'a special period must be under 24 hours: this one is exactly 24 and is read as written', expected: 'under 24 hours', received: '24 hours' })
    }
    if (date.closed) {
      conflict(collector, itemPath, start.text, date.first)
      continue
    }
    dates.set(start.day, date)
    const cut = days === 0 ? close : MINUTES_PER_DAY
    date.spans.push({ start: open, end: cut })
    if (days === 1 && close > 0) spills.push({ start: end.day * MINUTES_PER_DAY, end: end.day * MINUTES_PER_DAY + close, path: [...itemPath, 'closeTime'], date: end.text })
  }
  for (const date of dates.values()) {
    const text = isoDateOfDay(date.day)
    if (date.closed) entries.push({ date: text, closed: true })
    else entries.push({ date: text, hours: mergeSpans(date.spans).map((span) => ({ time_open: military(span.start), time_close: military(span.end) })) })
  }
  for (const spill of spills) {
    if (zone === undefined) {
      losses.push({ code: 'not_supported', path: spill.path, message: `the hours after midnight into ${spill.date} were not read: a date's hours stop at its midnight, and without a time zone (options.timeZone) they cannot be kept as instants` })
      continue
    }
    const offsets = zoneFor(zone)
    const from = instantOfWallClock(offsets, spill.start * MINUTE_MS)
    const to = instantOfWallClock(offsets, spill.end * MINUTE_MS)
    if (to > from) entries.push({ start: isoMinute(from), end: isoMinute(to), open: true })
  }
}

function conflict(collector: IssueCollector, path: readonly PathSegment[], date: string, first: number): void {
  reportError(collector, path, 'conflicting_field', `${date} is both closed and open: specialHourPeriods[${first}] names it too`, 'a date either closed or with hours', 'both')
}

function mergeSpans(spans: readonly DayInterval[]): DayInterval[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start)
  const merged: DayInterval[] = []
  for (const span of sorted) {
    const last = merged[merged.length - 1]
    if (last !== undefined && span.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, span.end) }
    else merged.push({ start: span.start, end: span.end })
  }
  return merged
}
