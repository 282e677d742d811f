// One list of Connect day spans (`Config`), read: each item's day and its minutes, located issues
// for what is not a span. Shared by the weekly hours and the overrides. Internal.

import { reportError, type IssueCollector, type PathSegment } from '../../ground/issues'
import { readArrayLength, readEnum, readInteger, readObjectItem, readOwnFields } from '../../ground/readers'
import { MINUTES_PER_DAY } from '../../week/types'
import { CONNECT_DAYS, type ConnectDay } from './connectTypes'

/** One span: `day` 0–6 (undefined: every day, for an override item without `Day`), minutes `start` and `end` (`end` may pass 1,440: past midnight). */
export interface ConnectSpan {
  readonly day: number | undefined
  readonly start: number
  readonly end: number
}

const HOURS_RULE = { min: 0, max: 23, expected: 'an integer hour 0–23' }
const MINUTES_RULE = { min: 0, max: 59, expected: 'an integer minute 0–59' }

/**
 * Reads a `Config` list. `EndTime` 0:00 is the end of the day; an `EndTime` before its `StartTime`
 * runs into the next day (`end` > 1,440) unless `endBeforeStart` is `'reject'`; equal times other
 * than 0:00–0:00 are an empty span (`close_before_open`). `overrideItem`: `Day` and both times may
 * be left out (every day; the whole day), as `HoursOfOperationOverrideConfig` allows.
 */
export function readConnectConfig(
  list: unknown,
  path: readonly PathSegment[],
  collector: IssueCollector,
  endBeforeStart: 'nextDay' | 'reject',
  overrideItem: boolean,
): ConnectSpan[] | undefined {
  const length = readArrayLength(list, path, collector, 'a list of { Day, StartTime, EndTime }')
  if (length === undefined) return undefined
  const spans: ConnectSpan[] = []
  const before = collector.errorCount
  for (let i = 0; i < length; i++) {
    const at = [...path, i]
    const item = readObjectItem(list, i, at, collector, `Config[${i}]`, 'a { Day, StartTime, EndTime } object')
    if (item === undefined) continue
    const fields = readOwnFields(item, ['Day', 'StartTime', 'EndTime'], at, collector, `Config[${i}]`)
    if (fields === undefined) continue
    let day: number | undefined
    if (fields.Day === undefined && overrideItem) day = undefined
    else if (fields.Day === undefined) {
      reportError(collector, [...at, 'Day'], 'missing_field', 'Day is required: one of SUNDAY … SATURDAY', 'SUNDAY … SATURDAY', 'undefined')
      continue
    } else {
      const name = readEnum<ConnectDay>(fields.Day, at, 'Day', collector, CONNECT_DAYS, 'invalid_type')
      if (name === undefined) continue
      day = CONNECT_DAYS.indexOf(name)
    }
    if (overrideItem && fields.StartTime === undefined && fields.EndTime === undefined) {
      spans.push({ day, start: 0, end: MINUTES_PER_DAY })
      continue
    }
    const start = readSlice(fields.StartTime, at, 'StartTime', collector)
    const end = readSlice(fields.EndTime, at, 'EndTime', collector)
    if (start === undefined || end === undefined) continue
    if (end === 0) spans.push({ day, start, end: MINUTES_PER_DAY })
    else if (end > start) spans.push({ day, start, end })
    else if (end === start) {
      reportError(collector, [...at, 'EndTime'], 'close_before_open', `EndTime equals StartTime (${clock(start)}): an empty span (0:00–0:00 is the whole day)`, 'an EndTime after the StartTime, or 0:00 for the end of the day', clock(end))
    } else if (endBeforeStart === 'reject') {
      reportError(collector, [...at, 'EndTime'], 'close_before_open', `EndTime ${clock(end)} is before StartTime ${clock(start)} (endBeforeStart: 'reject')`, 'an EndTime after the StartTime, or 0:00 for the end of the day', clock(end))
    } else spans.push({ day, start, end: end + MINUTES_PER_DAY })
  }
  return collector.errorCount > before ? undefined : spans
}

function readSlice(value: unknown, parent: readonly PathSegment[], key: string, collector: IssueCollector): number | undefined {
  const at = [...parent, key]
  if (value === undefined) {
    reportError(collector, at, 'missing_field', `${key} is required: { Hours, Minutes }`, '{ Hours, Minutes }', 'undefined')
    return undefined
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    reportError(collector, at, 'not_an_object', `${key} must be { Hours, Minutes }`, '{ Hours, Minutes }', value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value)
    return undefined
  }
  const fields = readOwnFields(value, ['Hours', 'Minutes'], at, collector, key)
  if (fields === undefined) return undefined
  const hours = readInteger(fields.Hours, at, 'Hours', collector, HOURS_RULE)
  const minutes = readInteger(fields.Minutes ?? 0, at, 'Minutes', collector, MINUTES_RULE)
  return hours === undefined || minutes === undefined ? undefined : hours * 60 + minutes
}

function clock(minute: number): string {
  return `${Math.floor(minute / 60)}:${String(minute % 60).padStart(2, '0')}`
}
