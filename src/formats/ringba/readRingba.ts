import { collectIssues, reportError, type IssueCollector, type PathSegment } from '../../ground/issues'
import { isPlainObject, readArrayLength, readBoolean, readInteger, readObjectItem, readOwnFields, readOwnKeys } from '../../ground/readers'
import { MINUTES_PER_DAY, type WeekInterval } from '../../week/types'
import { formatReadResult, pushDaySpan, readFormatOptions, readJsonInput } from '../formatResult'
import { readChoice, readZoneField } from '../dayPieces'
import type { FormatLoss, ReadFormatOptions, ReadFormatResult } from '../types'

/** Options of {@link readRingba}. */
export interface ReadRingbaOptions extends ReadFormatOptions {
  /** Which day the first of the seven hours settings is: `'sunday'` (the default, .NET's `DayOfWeek` order) or `'monday'`. Ringba does not document it. */
  readonly firstDay?: 'sunday' | 'monday'
  /** What a close of 23:59 means: `'endOfDay'` (the default) reads it as midnight, as time pickers that stop at 11:59 PM write it; `'asWritten'` closes at 23:59. */
  readonly closeAt2359?: 'endOfDay' | 'asWritten'
}

/** The fields of Ringba's schedule, as the API spells them (camelCase) and as its generated SDKs do (snake_case). */
const SCHEDULE_KEYS = ['hoursOfOperation', 'hours_of_operation', 'timeZoneId', 'time_zone_id', 'schedule'] as const
const SETTING_KEYS = ['openTime', 'open_time', 'closeTime', 'close_time', 'inverted', 'isClosed', 'is_closed'] as const

/**
 * Reads Ringba hours of operation — a target's (or target group's) `hoursOfOperation`, seven
 * `OpenSetting { openTime { hour, minute }, closeTime, inverted, isClosed }` with no day field, and
 * its `timeZoneId` — as callhours hours.
 *
 * - The day is the setting's position: the first is Sunday (`firstDay`; Ringba does not say).
 * - `closeTime` before `openTime` runs into the next day; equal times open 24 hours from `openTime`;
 *   a close of 23:59 is midnight (`closeAt2359`); `{ hour: 24, minute: 0 }` is read as midnight too.
 * - `inverted` closes `[openTime, closeTime)` and opens the rest of that day (equal times: the whole
 *   day); `isClosed` closes the day whatever its times.
 * - `timeZoneId` may be a Windows id (`Eastern Standard Time`, CLDR's mapping), an IANA id or a
 *   Retreaver name; without one, `options.timeZone`.
 * - The hour-by-day cap matrices (`callCapMatrix`, `callConcurrencyMatrix`, any other `…Matrix`) are
 *   losses at their field: callhours holds hours, not caps by hour.
 *
 * Input: the schedule object (`ScheduleAndCapacity`), a target holding it under `schedule`, or the
 * bare list of seven settings; camelCase (the API's JSON) or snake_case (the SDKs') field names;
 * parsed or as JSON text.
 *
 * @param input - Ringba hours of operation
 * @param options - `timeZone`, `firstDay`, `closeAt2359`
 * @returns the contract's read result; never throws on data
 * @throws {TypeError | RangeError} for wrong options only
 *
 * @example
 * const nineToFive = { openTime: { hour: 9, minute: 0 }, closeTime: { hour: 17, minute: 0 }, inverted: false, isClosed: false }
 * const closed = { openTime: { hour: 0, minute: 0 }, closeTime: { hour: 0, minute: 0 }, inverted: false, isClosed: true }
 * const read = readRingba({ timeZoneId: 'Eastern Standard Time', hoursOfOperation: [closed, nineToFive, nineToFive, nineToFive, nineToFive, nineToFive, closed] })
 * read.schedule.intervals.length //=> 5
 * read.timeZone //=> 'America/New_York'
 *
 * @example
 * // The cap matrix is not hours: a loss, located
 * readRingba({ hoursOfOperation: [nineToFive, nineToFive, nineToFive, nineToFive, nineToFive, nineToFive, nineToFive], callCapMatrix: [[1, 2]] }).losses[0].path
 * //=> ['callCapMatrix']
 */
export function readRingba(input: unknown, options?: ReadRingbaOptions): ReadFormatResult {
  const shared = readFormatOptions(options, ['firstDay', 'closeAt2359'], 'readRingba')
  const firstDay = readChoice(shared.own.firstDay, ['sunday', 'monday'] as const, 'sunday', 'readRingba options.firstDay')
  const closeAt2359 = readChoice(shared.own.closeAt2359, ['endOfDay', 'asWritten'] as const, 'endOfDay', 'readRingba options.closeAt2359')
  const collector = collectIssues()
  const losses: FormatLoss[] = []
  const week: WeekInterval[] = []
  let timeZone = shared.timeZone
  const value = readJsonInput(input, collector, 'Ringba hours of operation')
  if (collector.errorCount === 0) {
    let list: unknown = value
    let listPath: PathSegment[] = []
    let readable = true
    if (isPlainObject(value)) {
      let holder: object = value
      let holderPath: PathSegment[] = []
      const top = readOwnFields(value, SCHEDULE_KEYS, [], collector, 'the Ringba schedule')
      if (top !== undefined && top.hoursOfOperation === undefined && top.hours_of_operation === undefined && isPlainObject(top.schedule)) {
        holder = top.schedule
        holderPath = ['schedule']
      }
      const fields = holder === value ? top : readOwnFields(holder, SCHEDULE_KEYS, holderPath, collector, 'the Ringba schedule')
      if (fields !== undefined) {
        const zoneKey = fields.timeZoneId !== undefined ? 'timeZoneId' : 'time_zone_id'
        const zone = fields[zoneKey]
        if (zone !== undefined && zone !== null && zone !== '') timeZone = readZoneField(zone, holderPath, zoneKey, collector) ?? timeZone
        const hoursKey = fields.hoursOfOperation !== undefined ? 'hoursOfOperation' : 'hours_of_operation'
        list = fields[hoursKey]
        listPath = [...holderPath, hoursKey]
        if (list === undefined) readable = false
        if (list === undefined) reportError(collector, listPath, 'missing_field', 'Ringba hours need hoursOfOperation: seven settings { openTime, closeTime, inverted, isClosed }, one per day', 'seven settings, one per day', 'nothing')
        reportMatrices(holder, holderPath, collector, losses)
      } else readable = false
    }
    if (readable) readSettings(list, listPath, collector, firstDay, closeAt2359, week)
  }
  return formatReadResult(collector, week, [], timeZone, losses)
}

/** Every `…Matrix` / `…_matrix` field holding something is a loss at its name. */
function reportMatrices(holder: object, path: PathSegment[], collector: IssueCollector, losses: FormatLoss[]): void {
  const keys = readOwnKeys(holder, path, collector, 'the Ringba schedule')
  if (keys === undefined) return
  for (const key of keys.slice(0, 1000)) {
    if (!/matrix$/i.test(key)) continue
    const fields = readOwnFields(holder, [key], path, collector, 'the Ringba schedule')
    const matrix = fields?.[key]
    if (matrix === null || matrix === undefined || (Array.isArray(matrix) && matrix.length === 0)) continue
    losses.push({ code: 'not_supported', path: [...path, key], message: `${key} (caps by hour and day) is not carried: callhours reads hours of operation, not caps by hour` })
  }
}

function readTime(value: unknown, at: PathSegment[], key: string, collector: IssueCollector, isClose: boolean): number | undefined {
  const path = [...at, key]
  if (!isPlainObject(value)) {
    reportError(collector, path, value === undefined ? 'missing_field' : 'not_an_object', `${key} must be a time { hour, minute }`, 'a time { hour, minute }', value === undefined ? 'nothing' : typeof value)
    return undefined
  }
  const fields = readOwnFields(value, ['hour', 'minute'], path, collector, key)
  if (fields === undefined) return undefined
  const hour = readInteger(fields.hour ?? 0, path, 'hour', collector, { min: 0, max: isClose ? 24 : 23, expected: isClose ? 'an hour 0–24' : 'an hour 0–23' })
  const minute = readInteger(fields.minute ?? 0, path, 'minute', collector, { min: 0, max: 59, expected: 'a minute 0–59' })
  if (hour === undefined || minute === undefined) return undefined
  if (hour === 24 && minute !== 0) {
    reportError(collector, [...path, 'minute'], 'out_of_range', `${key} 24:${String(minute).padStart(2, '0')} is past midnight: 24 only as 24:00`, 'hour 24 only with minute 0', String(minute))
    return undefined
  }
  return hour * 60 + minute
}

function readSettings(list: unknown, listPath: PathSegment[], collector: IssueCollector, firstDay: 'sunday' | 'monday', closeAt2359: 'endOfDay' | 'asWritten', week: WeekInterval[]): void {
  const length = readArrayLength(list, listPath, collector, 'seven hours settings, one per day')
  if (length === undefined) return
  if (length !== 7) {
    reportError(collector, listPath, 'out_of_range', `Ringba hours of operation have one setting per day, in day order: expected 7, received ${length}`, '7 settings', String(length))
    return
  }
  for (let index = 0; index < 7; index++) {
    const at = [...listPath, index]
    const item = readObjectItem(list, index, at, collector, 'an hours setting', 'an hours setting { openTime, closeTime, inverted, isClosed }')
    if (item === undefined) continue
    const fields = readOwnFields(item, SETTING_KEYS, at, collector, 'an hours setting')
    if (fields === undefined) continue
    const closedKey = fields.isClosed !== undefined ? 'isClosed' : 'is_closed'
    const isClosed = fields[closedKey] === undefined || fields[closedKey] === null ? false : readBoolean(fields[closedKey], at, closedKey, collector)
    const inverted = fields.inverted === undefined || fields.inverted === null ? false : readBoolean(fields.inverted, at, 'inverted', collector)
    if (isClosed === undefined || inverted === undefined || isClosed) continue
    const openKey = fields.openTime !== undefined ? 'openTime' : 'open_time'
    const closeKey = fields.closeTime !== undefined ? 'closeTime' : 'close_time'
    const open = readTime(fields[openKey], at, openKey, collector, false)
    let close = readTime(fields[closeKey], at, closeKey, collector, true)
    if (open === undefined || close === undefined) continue
    if (close === 23 * 60 + 59 && closeAt2359 === 'endOfDay') close = MINUTES_PER_DAY
    if (close === MINUTES_PER_DAY && open === 0 && !inverted) close = 0
    const day = firstDay === 'sunday' ? index : (index + 1) % 7
    const base = day * MINUTES_PER_DAY
    if (!inverted) pushDaySpan(week, day, open, close, true)
    else if (open === close % MINUTES_PER_DAY) week.push({ start: base, end: base + MINUTES_PER_DAY })
    else if (open < close) {
      if (open > 0) week.push({ start: base, end: base + open })
      if (close < MINUTES_PER_DAY) week.push({ start: base + close, end: base + MINUTES_PER_DAY })
    } else week.push({ start: base + close, end: base + open })
  }
}
