// Places API (New) `OpeningHours` (`regularOpeningHours`) into week spans.

import { reportError, type IssueCollector, type PathSegment } from '../../ground/issues'
import { isPlainObject, readArrayLength, readObjectItem, readOwnFields } from '../../ground/readers'
import { MINUTES_PER_DAY, MINUTES_PER_WEEK, type WeekInterval } from '../../week/types'
import type { FormatLoss } from '../types'
import { pushWeekSpan } from '../formatResult'

const POINT_EXPECTED = 'a Point { day: 0–6 (Sunday = 0), hour: 0–23, minute: 0–59 }'

function readPoint(value: unknown, path: readonly PathSegment[], collector: IssueCollector, losses: FormatLoss[]): number | undefined {
  if (!isPlainObject(value)) {
    reportError(collector, path, value === undefined ? 'missing_field' : 'not_an_object', `${String(path[path.length - 1])} must be ${POINT_EXPECTED}`, POINT_EXPECTED, typeof value)
    return undefined
  }
  const f = readOwnFields(value, ['day', 'hour', 'minute', 'truncated'] as const, path, collector, 'the point')
  if (f === undefined) return undefined
  let ok = true
  // Proto3 JSON leaves zero fields out: a missing day is Sunday, a missing hour or minute 0.
  const part = (v: unknown, key: string, max: number): number => {
    if (v === undefined) return 0
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max) return v
    ok = false
    reportError(collector, [...path, key], typeof v === 'number' ? 'out_of_range' : 'invalid_type', `${key} must be an integer 0–${max}`, `an integer 0–${max}`, String(v))
    return 0
  }
  const day = part(f.day, 'day', 6)
  const hour = part(f.hour, 'hour', 24)
  const minute = part(f.minute, 'minute', 59)
  if (!ok) return undefined
  if (hour === 24 && minute !== 0) {
    reportError(collector, [...path, 'minute'], 'out_of_range', 'hour 24 only at minute 0 (the end of the day)', '24:00 at most', `24:${minute}`)
    return undefined
  }
  if (f.truncated === true) losses.push({ code: 'approximated', path: [...path, 'truncated'], message: 'Places cut this point at the edge of the week it returns: the real opening runs further than what was read' })
  return day * MINUTES_PER_DAY + hour * 60 + minute
}

/**
 * Reads `{ periods: [{ open: { day, hour, minute }, close: {…} }] }` onto `week`. Open 24 hours is
 * one period with an open and no close (the page's always-open shape; any lone period without a
 * close reads so); a period without a close beside others is `missing_field`.
 */
export function readPlacesHours(value: unknown, path: readonly PathSegment[], collector: IssueCollector, week: WeekInterval[], losses: FormatLoss[]): void {
  if (!isPlainObject(value)) {
    reportError(collector, path, 'not_an_object', 'regularOpeningHours must be an OpeningHours object { periods: [...] }', 'an OpeningHours object', typeof value)
    return
  }
  const fields = readOwnFields(value, ['periods'] as const, path, collector, 'the opening hours')
  if (fields === undefined || fields.periods === undefined) return
  const periodsPath = [...path, 'periods']
  const length = readArrayLength(fields.periods, periodsPath, collector, 'a list of Period objects')
  if (length === undefined) return
  for (let i = 0; i < length; i++) {
    const itemPath = [...periodsPath, i]
    const period = readObjectItem(fields.periods, i, itemPath, collector, 'the period', 'a Period { open, close }')
    if (period === undefined) continue
    const f = readOwnFields(period, ['open', 'close'] as const, itemPath, collector, 'the period')
    if (f === undefined) continue
    const start = readPoint(f.open, [...itemPath, 'open'], collector, losses)
    if (f.close === undefined) {
      if (length === 1 && start !== undefined) week.push({ start: 0, end: MINUTES_PER_WEEK })
      else if (start !== undefined) reportError(collector, [...itemPath, 'close'], 'missing_field', 'a period without a close means open 24 hours only when it is the only period', 'a close Point', 'no close')
      continue
    }
    const close = readPoint(f.close, [...itemPath, 'close'], collector, losses)
    if (start === undefined || close === undefined) continue
    let end = close
    if (end === start) {
      reportError(collector, [...itemPath, 'close'], 'close_before_open', 'the period closes when it opens: the close must come after the open', 'a close after the open', 'the same day and time')
      continue
    }
    if (end < start) end += MINUTES_PER_WEEK
    pushWeekSpan(week, start, end)
  }
}
