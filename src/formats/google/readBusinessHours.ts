// Business Profile `regularHours` (`BusinessHours`) into week spans.

import { reportError, type IssueCollector, type PathSegment } from '../../ground/issues'
import { isPlainObject, readArrayLength, readObjectItem, readOwnFields } from '../../ground/readers'
import { MINUTES_PER_DAY, MINUTES_PER_WEEK, type WeekInterval } from '../../week/types'
import { pushWeekSpan } from '../formatResult'
import { readGoogleDay, readGoogleTime } from './googleTime'

/**
 * Reads `{ periods: [{ openDay, openTime, closeDay, closeTime }] }` onto `week`. A period closes
 * later that day or on a later day (up to a week on); `openDay`/`closeDay` the same day and the
 * same time is refused (`close_before_open`) — the page says the close comes after the open, and
 * "the whole week" and "nothing" are equally likely readings. No periods is closed all week.
 */
export function readBusinessHours(value: unknown, path: readonly PathSegment[], collector: IssueCollector, week: WeekInterval[]): void {
  if (!isPlainObject(value)) {
    reportError(collector, path, 'not_an_object', 'regularHours must be a BusinessHours object { periods: [...] }', 'a BusinessHours object', typeof value)
    return
  }
  const fields = readOwnFields(value, ['periods'] as const, path, collector, 'regularHours')
  if (fields === undefined || fields.periods === undefined) return
  const periodsPath = [...path, 'periods']
  const length = readArrayLength(fields.periods, periodsPath, collector, 'a list of TimePeriod objects')
  if (length === undefined) return
  for (let i = 0; i < length; i++) {
    const itemPath = [...periodsPath, i]
    const period = readObjectItem(fields.periods, i, itemPath, collector, 'the period', 'a TimePeriod { openDay, openTime, closeDay, closeTime }')
    if (period === undefined) continue
    const f = readOwnFields(period, ['openDay', 'openTime', 'closeDay', 'closeTime'] as const, itemPath, collector, 'the period')
    if (f === undefined) continue
    const openDay = readGoogleDay(f.openDay, [...itemPath, 'openDay'], collector)
    const openTime = readGoogleTime(f.openTime, [...itemPath, 'openTime'], collector)
    const closeDay = readGoogleDay(f.closeDay, [...itemPath, 'closeDay'], collector)
    const closeTime = readGoogleTime(f.closeTime, [...itemPath, 'closeTime'], collector)
    if (openDay === undefined || openTime === undefined || closeDay === undefined || closeTime === undefined) continue
    const start = openDay * MINUTES_PER_DAY + openTime
    let end = closeDay * MINUTES_PER_DAY + closeTime
    if (end === start) {
      reportError(collector, [...itemPath, 'closeTime'], 'close_before_open', 'the period closes when it opens: the close must come after the open (later that day, or on a later day)', 'a close after the open', 'the same day and time')
      continue
    }
    if (end < start) end += MINUTES_PER_WEEK
    pushWeekSpan(week, start, end)
  }
}
