import { collectIssues, describeReceived, reportError, type IssueCollector, type PathSegment } from '../../ground/issues'
import { isPlainObject, readArrayLength, readBoolean, readObjectItem, readOwnFields, UNREADABLE, readItem } from '../../ground/readers'
import { normalizeIntervals } from '../../week/normalizeIntervals'
import { MINUTES_PER_DAY, MINUTES_PER_WEEK, type WeekInterval } from '../../week/types'
import { formatReadResult, readFormatOptions, readJsonInput } from '../formatResult'
import { dayPiecesOfWeek, readZoneField } from '../dayPieces'
import type { ReadFormatOptions, ReadFormatResult } from '../types'
import { entriesOfClosures, type Closure } from './closures'
import { readLocalDateTime, readTimeSpan } from './teamsTime'

/** Options of {@link readTeams}: the shared ones (`timeZone` when the input has no `TimeZoneId`). */
export type ReadTeamsOptions = ReadFormatOptions

/** The day lists of a weekly recurrent schedule, Sunday = 0. */
export const TEAMS_DAY_KEYS = ['SundayHours', 'MondayHours', 'TuesdayHours', 'WednesdayHours', 'ThursdayHours', 'FridayHours', 'SaturdayHours'] as const

/** The longest label callhours keeps (a schedule's Name beyond it is not used as a label). */
const MAX_LABEL = 200

/**
 * Reads Microsoft Teams auto attendant schedules — as `Get-CsOnlineSchedule | ConvertTo-Json` (or the
 * auto attendant's `Schedules`) shows them — as callhours hours.
 *
 * - The one `WeeklyRecurrence` schedule is the business hours: `MondayHours` … `SundayHours`, each a
 *   list of `{ Start, End }` TimeSpans (`"09:00"`, `"1.00:00"` for the end of the day, or
 *   ConvertTo-Json's `{ Ticks, … }`); `ComplementEnabled` (or `Complement`) opens the rest of the week
 *   instead. Without one the auto attendant is always in its business-hours flow: open all week.
 * - Each `Fixed` schedule is a holiday: its `FixedSchedule.DateTimeRanges` `{ Start, End }` (local
 *   date-times; no `End` is the next midnight) are closed. A whole day becomes `{ date, closed }` or
 *   `{ from, to, closed }`, part of a day `{ date, hours }` (the weekly hours less the closure),
 *   labelled with the schedule's `Name`.
 * - The zone: `TimeZoneId` (a Windows id such as `Pacific Standard Time`, or IANA) when the input
 *   carries it, else `options.timeZone`. Teams schedules themselves carry no zone.
 *
 * Input: a list of schedules, one schedule, or an object with `Schedules` (and `TimeZoneId`), parsed
 * or as JSON text. `Type` is read when it is a string (`WeeklyRecurrence`, `Fixed`); otherwise (as
 * ConvertTo-Json writes an enum, a number) the filled part says which schedule it is.
 *
 * @param input - Teams schedules
 * @param options - `timeZone`
 * @returns the contract's read result; never throws on data
 * @throws {TypeError | RangeError} for wrong options only
 *
 * @example
 * const read = readTeams({ TimeZoneId: 'Pacific Standard Time', Schedules: [
 *   { Name: 'Business hours', Type: 'WeeklyRecurrence', WeeklyRecurrentSchedule: { MondayHours: [{ Start: '09:00', End: '12:00' }, { Start: '13:00', End: '17:00' }] } },
 *   { Name: 'Christmas', Type: 'Fixed', FixedSchedule: { DateTimeRanges: [{ Start: '2026-12-24T12:00:00', End: '2026-12-27T00:00:00' }] } },
 * ] })
 * read.schedule.intervals //=> [{ start: 1980, end: 2160 }, { start: 2220, end: 2460 }]
 * read.timeZone //=> 'America/Los_Angeles'
 * read.exceptions //=> [{ from: '2026-12-25', to: '2026-12-26', closed: true, label: 'Christmas' }]
 *
 * @example
 * // Thursday 2026-12-24 is closed from noon: Teams has no Thursday hours, so nothing changes that day
 * readTeams([{ Type: 'Fixed', FixedSchedule: { DateTimeRanges: [{ Start: '24/12/2026 12:00', End: '24/12/2026 15:00' }] } }]).exceptions
 * //=> [{ date: '2026-12-24', hours: [{ time_open: 0, time_close: 1200 }, { time_open: 1500, time_close: 2400 }] }]
 */
export function readTeams(input: unknown, options?: ReadTeamsOptions): ReadFormatResult {
  const shared = readFormatOptions(options, [], 'readTeams')
  const collector = collectIssues()
  const value = readJsonInput(input, collector, 'Teams schedules')
  let timeZone = shared.timeZone
  const week: WeekInterval[] = []
  const closures: Closure[] = []
  let weeklyAt: PathSegment[] | undefined
  let complement = false
  if (collector.errorCount === 0) {
    let list: unknown = value
    let listPath: PathSegment[] = []
    let single = false
    if (isPlainObject(value)) {
      const top = readOwnFields(value, ['Schedules', 'TimeZoneId'], [], collector, 'the Teams schedules')
      if (top !== undefined && top.TimeZoneId !== undefined && top.TimeZoneId !== null && top.TimeZoneId !== '') timeZone = readZoneField(top.TimeZoneId, [], 'TimeZoneId', collector) ?? timeZone
      if (top !== undefined && top.Schedules !== undefined) {
        list = top.Schedules
        listPath = ['Schedules']
      } else single = true
    }
    const count = single ? 1 : readArrayLength(list, listPath, collector, 'a list of Teams schedules')
    for (let index = 0; count !== undefined && index < count && collector.errors.length < 1000; index++) {
      const at = single ? [] : [...listPath, index]
      const schedule = single ? (value as object) : readObjectItem(list, index, at, collector, 'a schedule', 'a Teams schedule { Name, Type, WeeklyRecurrentSchedule | FixedSchedule }')
      if (schedule === undefined) continue
      const read = readSchedule(schedule, at, collector, week, closures)
      if (read === undefined) continue
      if (read.kind === 'weekly') {
        if (weeklyAt !== undefined) {
          reportError(collector, at, 'conflicting_field', `a second weekly recurrent schedule: the business hours are one schedule (the first is at ${weeklyAt.join('.') || 'the input'}); pass the one the auto attendant's after-hours call flow uses`, 'one WeeklyRecurrence schedule', 'two')
          continue
        }
        weeklyAt = at
        complement = read.complement
      }
    }
  }
  let hours: WeekInterval[] = normalizeIntervals(week)
  if (weeklyAt === undefined) hours = [{ start: 0, end: MINUTES_PER_WEEK }]
  else if (complement) hours = complementOf(hours)
  const entries = collector.errorCount === 0 ? entriesOfClosures(closures, dayPiecesOfWeek(hours)) : []
  return formatReadResult(collector, hours, entries, timeZone, [])
}

function complementOf(intervals: readonly WeekInterval[]): WeekInterval[] {
  const out: WeekInterval[] = []
  let cursor = 0
  for (const interval of intervals) {
    if (interval.start > cursor) out.push({ start: cursor, end: interval.start })
    cursor = Math.max(cursor, interval.end)
  }
  if (cursor < MINUTES_PER_WEEK) out.push({ start: cursor, end: MINUTES_PER_WEEK })
  return out
}

const SCHEDULE_KEYS = ['Name', 'Type', 'WeeklyRecurrentSchedule', 'FixedSchedule'] as const

function readSchedule(schedule: object, at: PathSegment[], collector: IssueCollector, week: WeekInterval[], closures: Closure[]): { kind: 'weekly'; complement: boolean } | { kind: 'fixed' } | undefined {
  const fields = readOwnFields(schedule, SCHEDULE_KEYS, at, collector, 'a schedule')
  if (fields === undefined) return undefined
  const label = typeof fields.Name === 'string' && fields.Name.trim() !== '' && fields.Name.length <= MAX_LABEL ? fields.Name : undefined
  const hasWeekly = fields.WeeklyRecurrentSchedule !== undefined && fields.WeeklyRecurrentSchedule !== null
  const hasFixed = fields.FixedSchedule !== undefined && fields.FixedSchedule !== null
  let kind: 'weekly' | 'fixed' | undefined
  if (typeof fields.Type === 'string') {
    if (fields.Type === 'WeeklyRecurrence') kind = 'weekly'
    else if (fields.Type === 'Fixed') kind = 'fixed'
    else {
      reportError(collector, [...at, 'Type'], 'out_of_range', `Type ${describeReceived(fields.Type)} is not a schedule type: expected "WeeklyRecurrence" or "Fixed"`, '"WeeklyRecurrence" or "Fixed"', describeReceived(fields.Type))
      return undefined
    }
  } else if (hasWeekly && hasFixed) {
    reportError(collector, at, 'conflicting_field', 'a schedule is weekly recurrent or fixed, not both', 'WeeklyRecurrentSchedule or FixedSchedule', 'both')
    return undefined
  } else if (hasWeekly) kind = 'weekly'
  else if (hasFixed) kind = 'fixed'
  else {
    reportError(collector, at, 'missing_field', 'a Teams schedule needs WeeklyRecurrentSchedule or FixedSchedule (or a Type)', 'WeeklyRecurrentSchedule or FixedSchedule', 'neither')
    return undefined
  }
  if (kind === 'weekly') {
    const part = fields.WeeklyRecurrentSchedule
    const partPath = [...at, 'WeeklyRecurrentSchedule']
    if (!isPlainObject(part)) {
      reportError(collector, partPath, part === undefined || part === null ? 'missing_field' : 'not_an_object', 'a weekly recurrent schedule needs WeeklyRecurrentSchedule { MondayHours, …, ComplementEnabled }', 'an object', describeReceived(part))
      return undefined
    }
    const days = readOwnFields(part, [...TEAMS_DAY_KEYS, 'ComplementEnabled', 'Complement'], partPath, collector, 'WeeklyRecurrentSchedule')
    if (days === undefined) return undefined
    for (let day = 0; day < 7; day++) readDayHours(days[TEAMS_DAY_KEYS[day]!], [...partPath, TEAMS_DAY_KEYS[day]!], day, collector, week)
    const complementKey = days.ComplementEnabled !== undefined && days.ComplementEnabled !== null ? 'ComplementEnabled' : 'Complement'
    const flag = days[complementKey]
    const complement = flag === undefined || flag === null ? false : readBoolean(flag, partPath, complementKey, collector)
    return { kind: 'weekly', complement: complement ?? false }
  }
  const part = fields.FixedSchedule
  const partPath = [...at, 'FixedSchedule']
  if (part === undefined || part === null) return { kind: 'fixed' }
  if (!isPlainObject(part)) {
    reportError(collector, partPath, 'not_an_object', 'FixedSchedule must be { DateTimeRanges }', 'an object', describeReceived(part))
    return undefined
  }
  const ranges = readOwnFields(part, ['DateTimeRanges'], partPath, collector, 'FixedSchedule')
  if (ranges === undefined || ranges.DateTimeRanges === undefined || ranges.DateTimeRanges === null) return { kind: 'fixed' }
  const listPath = [...partPath, 'DateTimeRanges']
  const length = readArrayLength(ranges.DateTimeRanges, listPath, collector, 'a list of date-time ranges { Start, End }')
  for (let index = 0; length !== undefined && index < length && collector.errors.length < 1000; index++) {
    const rangeAt = [...listPath, index]
    const range = readObjectItem(ranges.DateTimeRanges, index, rangeAt, collector, 'a date-time range', 'a date-time range { Start, End }')
    if (range === undefined) continue
    const bounds = readOwnFields(range, ['Start', 'End'], rangeAt, collector, 'a date-time range')
    if (bounds === undefined) continue
    const start = readLocalDateTime(bounds.Start, rangeAt, 'Start', collector)
    // No End: the next midnight after the start, as New-CsOnlineDateTimeRange documents.
    const end = bounds.End === undefined || bounds.End === null ? (start === undefined ? undefined : (Math.floor(start / MINUTES_PER_DAY) + 1) * MINUTES_PER_DAY) : readLocalDateTime(bounds.End, rangeAt, 'End', collector)
    if (start === undefined || end === undefined) continue
    if (end <= start) {
      reportError(collector, [...rangeAt, 'End'], 'out_of_order', 'End must be after Start', 'a bound after Start', describeReceived(bounds.End))
      continue
    }
    closures.push(label === undefined ? { start, end } : { start, end, label })
  }
  return { kind: 'fixed' }
}

function readDayHours(list: unknown, path: PathSegment[], day: number, collector: IssueCollector, week: WeekInterval[]): void {
  if (list === undefined || list === null) return
  const length = readArrayLength(list, path, collector, 'a list of time ranges { Start, End }')
  for (let index = 0; length !== undefined && index < length && collector.errors.length < 1000; index++) {
    const at = [...path, index]
    const item = readItem(list, index, at, collector, 'a time range')
    if (item === UNREADABLE) continue
    if (!isPlainObject(item)) {
      reportError(collector, at, 'not_an_object', `expected a time range { Start, End }, received ${describeReceived(item)}`, 'a time range { Start, End }', describeReceived(item))
      continue
    }
    const bounds = readOwnFields(item, ['Start', 'End'], at, collector, 'a time range')
    if (bounds === undefined) continue
    const start = readTimeSpan(bounds.Start, at, 'Start', collector)
    const end = readTimeSpan(bounds.End, at, 'End', collector)
    if (start === undefined || end === undefined) continue
    if (end <= start) {
      reportError(collector, [...at, 'End'], 'close_before_open', `End must be after Start (Teams ranges stay within one day: split a span past midnight, ending the first part at "1.00:00")`, 'a time after Start', describeReceived(bounds.End))
      continue
    }
    week.push({ start: day * MINUTES_PER_DAY + start, end: day * MINUTES_PER_DAY + end })
  }
}
