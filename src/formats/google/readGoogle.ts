import { describeReceived, reportError, collectIssues } from '../../ground/issues'
import { isPlainObject, readArrayLength, readOwnFields } from '../../ground/readers'
import type { ExceptionEntry } from '../../calendar/entryTypes'
import type { WeekInterval } from '../../week/types'
import { resolveTimeZone } from '../../zone/resolveTimeZone'
import { formatReadResult, readFormatOptions, readJsonInput } from '../formatResult'
import type { FormatLoss, ReadFormatOptions, ReadFormatResult } from '../types'
import { readBusinessHours } from './readBusinessHours'
import { readPlacesHours } from './readPlacesHours'
import { readSpecialHours } from './readSpecialHours'

/** Options of `readGoogle`: the shared `timeZone` (Business Profile holds none) and `years`. */
export type ReadGoogleOptions = ReadFormatOptions

const EXPECTED = 'a Business Profile Location (or its regularHours or specialHours), or a Places Place (or its regularOpeningHours)'
const KEYS = ['regularHours', 'specialHours', 'regularOpeningHours', 'periods', 'specialHourPeriods', 'timeZone', 'moreHours', 'openInfo', 'currentOpeningHours'] as const

/**
 * Reads Google's hours: a Business Profile `Location` or just its `regularHours` (`{ periods:
 * [{ openDay, openTime, closeDay, closeTime }] }`) or `specialHours` (`{ specialHourPeriods }`),
 * or a Places API (New) `Place` or just its `regularOpeningHours` (`{ periods: [{ open: { day,
 * hour, minute }, close }] }`, `day` 0 = Sunday) — parsed JSON or JSON text; which shape came is
 * told by its fields. Never throws on data: `ok: false` with located issues when it cannot be read.
 *
 * Special hours become date entries (`{ date, closed: true }` or `{ date, hours }`); the part of a
 * special period past midnight becomes an absolute open entry when a zone is known (a Place's
 * `timeZone.id`, else `options.timeZone`), else a loss. Business Profile holds no zone: the result
 * has `options.timeZone` when given.
 *
 * @param input - the Google value, or its JSON text
 * @param options - `timeZone` (the zone the hours are in), `years`
 * @returns the week, the dated entries, the calendar, issues and losses
 * @throws {TypeError | RangeError} only for wrong options
 *
 * @example
 * const read = readGoogle({ regularHours: { periods: [
 *   { openDay: 'MONDAY', openTime: { hours: 9 }, closeDay: 'MONDAY', closeTime: { hours: 17, minutes: 30 } },
 *   { openDay: 'FRIDAY', openTime: { hours: 22 }, closeDay: 'SATURDAY', closeTime: {} },
 * ] } })
 * describeSchedule(read.schedule)
 * //=> 'Mon 09:00–17:30, Fri 22:00–24:00, Tue–Thu, Sat–Sun closed'
 *
 * @example
 * // Places: open 24 hours is one period with no close
 * readGoogle('{"periods":[{"open":{"day":0,"hour":0,"minute":0}}]}').schedule.intervals
 * //=> [{ start: 0, end: 10080 }]
 *
 * @example
 * // Special hours: Christmas closed, Christmas Eve 09:00–13:00
 * readGoogle({ specialHours: { specialHourPeriods: [
 *   { startDate: { year: 2026, month: 12, day: 25 }, closed: true },
 *   { startDate: { year: 2026, month: 12, day: 24 }, openTime: { hours: 9 }, closeTime: { hours: 13 } },
 * ] } }).exceptions
 * //=> [{ date: '2026-12-25', closed: true }, { date: '2026-12-24', hours: [{ time_open: 900, time_close: 1300 }] }]
 *
 * @example
 * // A day name that is not Google's is a located issue
 * readGoogle({ periods: [{ openDay: 'MON', openTime: {}, closeDay: 'MONDAY', closeTime: { hours: 24 } }] }).issues[0].path
 * //=> ['periods', 0, 'openDay']
 */
export function readGoogle(input: unknown, options?: ReadGoogleOptions): ReadFormatResult {
  const shared = readFormatOptions(options, [], 'readGoogle')
  const collector = collectIssues()
  const week: WeekInterval[] = []
  const entries: ExceptionEntry[] = []
  const losses: FormatLoss[] = []
  let zone = shared.timeZone
  const value = readJsonInput(input, collector, 'Google hours')
  if (collector.errorCount > 0) return formatReadResult(collector, week, entries, zone, losses, ['specialHours'])
  if (!isPlainObject(value)) {
    reportError(collector, [], 'not_an_object', `expected ${EXPECTED}, received ${describeReceived(value)}`, EXPECTED, describeReceived(value))
    return formatReadResult(collector, week, entries, zone, losses)
  }
  const f = readOwnFields(value, KEYS, [], collector, 'the Google value')
  if (f === undefined) return formatReadResult(collector, week, entries, zone, losses)
  if (f.regularHours !== undefined || f.specialHours !== undefined) {
    // A Location (or what writeGoogle writes).
    if (f.regularHours !== undefined) readBusinessHours(f.regularHours, ['regularHours'], collector, week)
    if (f.specialHours !== undefined) readSpecialHours(f.specialHours, ['specialHours'], collector, zone, entries, losses)
    locationLosses(f.moreHours, f.openInfo, losses)
  } else if (f.regularOpeningHours !== undefined) {
    // A Place: its zone comes with it.
    zone = placeZone(f.timeZone, collector) ?? zone
    readPlacesHours(f.regularOpeningHours, ['regularOpeningHours'], collector, week, losses)
    currentHoursLoss(f.currentOpeningHours, losses)
  } else if (f.periods !== undefined) {
    if (placesShaped(f.periods)) readPlacesHours(value, [], collector, week, losses)
    else readBusinessHours(value, [], collector, week)
  } else if (f.specialHourPeriods !== undefined) {
    readSpecialHours(value, [], collector, zone, entries, losses)
  } else {
    reportError(collector, [], 'missing_field', `expected ${EXPECTED}: none of regularHours, specialHours, regularOpeningHours, periods or specialHourPeriods is there`, EXPECTED, 'an object without hours')
  }
  return formatReadResult(collector, week, entries, zone, losses, ['specialHours'])
}

/** Whether a `periods` list is Places' (`open`/`close` points) rather than Business Profile's (`openDay`…). */
function placesShaped(periods: unknown): boolean {
  try {
    const first: unknown = Array.isArray(periods) && periods.length > 0 ? periods[0] : undefined
    return isPlainObject(first) && Object.hasOwn(first, 'open') && !Object.hasOwn(first, 'openDay')
  } catch {
    return false // the reader reports what cannot be read
  }
}

function placeZone(value: unknown, collector: ReturnType<typeof collectIssues>): string | undefined {
  if (!isPlainObject(value)) return undefined
  const f = readOwnFields(value, ['id'] as const, ['timeZone'], collector, 'timeZone')
  if (f === undefined || typeof f.id !== 'string') return undefined
  try {
    return resolveTimeZone(f.id)
  } catch {
    reportError(collector, ['timeZone', 'id'], 'unknown_time_zone', `the Place's time zone ${describeReceived(f.id)} is not a zone this engine knows`, 'an IANA zone', describeReceived(f.id))
    return undefined
  }
}

function locationLosses(moreHours: unknown, openInfo: unknown, losses: FormatLoss[]): void {
  const silent = collectIssues()
  const count = moreHours === undefined ? 0 : (readArrayLength(moreHours, ['moreHours'], silent, 'a list') ?? 0)
  if (count > 0) losses.push({ code: 'not_supported', path: ['moreHours'], message: `${count} more-hours lists (delivery, takeout, access…) are not the location's own hours and were not read` })
  if (isPlainObject(openInfo)) {
    const f = readOwnFields(openInfo, ['status'] as const, ['openInfo'], silent)
    const status = f?.status
    if (typeof status === 'string' && status !== 'OPEN' && status !== 'OPEN_FOR_BUSINESS_UNSPECIFIED') {
      losses.push({ code: 'not_supported', path: ['openInfo', 'status'], message: `the location is ${status}: the hours were read as they stand, the status is not carried` })
    }
  }
}

function currentHoursLoss(current: unknown, losses: FormatLoss[]): void {
  if (!isPlainObject(current)) return
  const silent = collectIssues()
  const f = readOwnFields(current, ['specialDays'] as const, ['currentOpeningHours'], silent)
  const count = f?.specialDays === undefined ? 0 : (readArrayLength(f.specialDays, ['currentOpeningHours', 'specialDays'], silent, 'a list') ?? 0)
  if (count > 0) losses.push({ code: 'not_supported', path: ['currentOpeningHours', 'specialDays'], message: `${count} special days of the coming week (currentOpeningHours) were not read: only the regular hours are` })
}
