import { collectIssues, describeReceived, reportError, type IssueCollector, type PathSegment } from '../../ground/issues'
import { isPlainObject, readArrayLength, readBoolean, readInteger, readObjectItem, readOwnFields } from '../../ground/readers'
import { MINUTES_PER_DAY, type WeekInterval } from '../../week/types'
import { formatReadResult, pushDaySpan, readFormatOptions, readJsonInput } from '../formatResult'
import { readChoice, readZoneField } from '../dayPieces'
import type { ReadFormatOptions, ReadFormatResult } from '../types'

/** Options of {@link readTrackDrive}. */
export interface ReadTrackDriveOptions extends ReadFormatOptions {
  /**
   * What a `time_to` of `"23:59"` means: `'endOfDay'` (the default) reads it as 24:00, the end of
   * the day, as TrackDrive's own forms write a day that runs to midnight; `'asWritten'` closes at 23:59.
   */
  readonly closeAt2359?: 'endOfDay' | 'asWritten'
}

const TIME = /^([01]?\d|2[0-4]):([0-5]\d)$/

/** Minutes of the day of an `HH:MM` field (`24:00` only where `allow2400`), or undefined after a located issue. */
function readClock(value: unknown, parent: readonly PathSegment[], key: string, collector: IssueCollector, allow2400: boolean): number | undefined {
  const path = [...parent, key]
  const expected = allow2400 ? 'a time "HH:MM", 00:00–24:00' : 'a time "HH:MM", 00:00–23:59'
  if (typeof value !== 'string') {
    reportError(collector, path, 'invalid_type', `${key} must be ${expected}, received ${describeReceived(value)}`, expected, describeReceived(value))
    return undefined
  }
  const match = value.length <= 5 ? TIME.exec(value) : null
  const minute = match === null ? undefined : Number(match[1]) * 60 + Number(match[2])
  if (minute === undefined || minute > MINUTES_PER_DAY || (minute === MINUTES_PER_DAY && !allow2400)) {
    reportError(collector, path, 'invalid_minutes', `${key} ${describeReceived(value)} is not ${expected}`, expected, describeReceived(value))
    return undefined
  }
  return minute
}

/**
 * Reads a TrackDrive business range's hours: its `open_times`, each `{ day, time_from, time_to }`
 * with `day` 0–6 (Sunday = 0) and times `"HH:MM"`, as callhours hours.
 *
 * - Several entries may give one day (a lunch break); a day with none is closed.
 * - `time_to` before `time_from` runs into the next day (Saturday into Sunday); `"23:59"` is the end
 *   of the day (`closeAt2359`), `"24:00"` is read too; equal times open nothing.
 * - `work_day: false` makes an entry open nothing; `invert: true` closes `[time_from, time_to)` and
 *   opens the rest of that day (equal times: the whole day), as Retreaver's own records do.
 * - The zone: the range's `time_zone` (a Windows id, IANA id or Retreaver name), else `options.timeZone`.
 *
 * Input: the business range object (`{ open_times, time_zone?, … }`), or its `open_times` list,
 * parsed or as JSON text. TrackDrive publishes no schema for business ranges: these are the choices
 * docs/formats.md states.
 *
 * @param input - the business range or its `open_times`
 * @param options - `timeZone` (the owner's zone when the range names none), `closeAt2359`
 * @returns the contract's read result; never throws on data
 * @throws {TypeError | RangeError} for wrong options only
 *
 * @example
 * const read = readTrackDrive({ open_times: [
 *   { day: 1, time_from: '09:00', time_to: '17:00' },
 *   { day: 5, time_from: '22:00', time_to: '02:00' },
 *   { day: 6, time_from: '00:00', time_to: '23:59' },
 * ] }, { timeZone: 'America/Chicago' })
 * read.schedule.intervals
 * //=> [{ start: 1980, end: 2460 }, { start: 8520, end: 10080 }]
 * read.timeZone //=> 'America/Chicago'
 *
 * @example
 * // Unreadable entries are located issues, never a throw
 * readTrackDrive([{ day: 7, time_from: '9am', time_to: '17:00' }]).issues.map((issue) => issue.path.join('.'))
 * //=> ['0.day', '0.time_from']
 */
export function readTrackDrive(input: unknown, options?: ReadTrackDriveOptions): ReadFormatResult {
  const shared = readFormatOptions(options, ['closeAt2359'], 'readTrackDrive')
  const closeAt2359 = readChoice(shared.own.closeAt2359, ['endOfDay', 'asWritten'] as const, 'endOfDay', 'readTrackDrive options.closeAt2359')
  const collector = collectIssues()
  const value = readJsonInput(input, collector, 'a TrackDrive business range')
  const week: WeekInterval[] = []
  let timeZone = shared.timeZone
  if (collector.errorCount === 0) {
    let list: unknown = value
    let listPath: PathSegment[] = []
    let readable = true
    if (isPlainObject(value)) {
      const fields = readOwnFields(value, ['open_times', 'time_zone'], [], collector, 'the business range')
      if (fields !== undefined) {
        if (fields.time_zone !== undefined && fields.time_zone !== null) timeZone = readZoneField(fields.time_zone, [], 'time_zone', collector) ?? timeZone
        if (fields.open_times === undefined) {
          reportError(collector, ['open_times'], 'missing_field', 'a business range must have open_times: a list of { day, time_from, time_to }', 'a list of { day, time_from, time_to }', 'nothing')
          readable = false
        }
        list = fields.open_times
        listPath = ['open_times']
      } else readable = false
    }
    if (readable) readOpenTimes(list, listPath, collector, closeAt2359, week)
  }
  return formatReadResult(collector, week, [], timeZone, [])
}

function readOpenTimes(list: unknown, listPath: PathSegment[], collector: IssueCollector, closeAt2359: 'endOfDay' | 'asWritten', week: WeekInterval[]): void {
  const length = readArrayLength(list, listPath, collector, 'a list of open times { day, time_from, time_to }')
  if (length === undefined) return
  for (let index = 0; index < length && collector.errors.length < 1000; index++) {
    const at = [...listPath, index]
    const item = readObjectItem(list, index, at, collector, 'an open time', 'an open time { day, time_from, time_to }')
    if (item === undefined) continue
    const fields = readOwnFields(item, ['day', 'time_from', 'time_to', 'work_day', 'invert'], at, collector, 'an open time')
    if (fields === undefined) continue
    const day = readInteger(fields.day, at, 'day', collector, { min: 0, max: 6, expected: 'a day 0–6 (Sunday = 0)' })
    const from = readClock(fields.time_from, at, 'time_from', collector, false)
    let to = readClock(fields.time_to, at, 'time_to', collector, true)
    const workDay = fields.work_day === undefined || fields.work_day === null ? true : readBoolean(fields.work_day, at, 'work_day', collector)
    const invert = fields.invert === undefined || fields.invert === null ? false : readBoolean(fields.invert, at, 'invert', collector)
    if (day === undefined || from === undefined || to === undefined || workDay === undefined || invert === undefined || !workDay) continue
    if (to === 23 * 60 + 59 && closeAt2359 === 'endOfDay') to = MINUTES_PER_DAY
    const base = day * MINUTES_PER_DAY
    if (!invert) {
      if (from !== to) pushDaySpan(week, day, from, to)
    } else if (from === to) week.push({ start: base, end: base + MINUTES_PER_DAY })
    else {
      // Closed [from, to) of the day (to before from: closed outside [to, from)), open the rest.
      const closedStart = Math.min(from, to)
      const closedEnd = Math.max(from, to)
      if (from < to) {
        if (closedStart > 0) week.push({ start: base, end: base + closedStart })
        if (closedEnd < MINUTES_PER_DAY) week.push({ start: base + closedEnd, end: base + MINUTES_PER_DAY })
      } else week.push({ start: base + closedStart, end: base + closedEnd })
    }
  }
}
