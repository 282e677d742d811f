import { collectIssues, reportError, type PathSegment } from '../../ground/issues'
import { isPlainObject, readOwnFields } from '../../ground/readers'
import { MINUTES_PER_DAY, type WeekInterval } from '../../week/types'
import { resolveTimeZone } from '../../zone/resolveTimeZone'
import { formatReadResult, pushWeekSpan, readFormatOptions, readJsonInput } from '../formatResult'
import type { FormatLoss, ReadFormatResult } from '../types'
import { labelledEntriesOfDays, weekMasks, weekdayOfDay, type DayMask } from '../dated/dayMinutes'
import type { ReadConnectOptions } from './connectTypes'
import { readConnectConfig } from './readConnectConfig'
import { readConnectOverrides, type OverrideDays } from './readConnectOverrides'

/**
 * Reads Amazon Connect hours of operation, with their overrides, into callhours' week and dated entries.
 *
 * Input, parsed or as JSON text: the `DescribeHoursOfOperation` answer (`{ HoursOfOperation }`) or the
 * bare `HoursOfOperation`; the `ListHoursOfOperationOverrides` answer (`{ HoursOfOperationOverrideList }`),
 * a bare list of overrides, or one override (`{ HoursOfOperationOverride }` or bare); or both answers
 * in one object `{ HoursOfOperation, HoursOfOperationOverrideList }` (what `writeConnect` writes).
 * Overrides alone are read over an empty (closed) week.
 *
 * `Config` spans are per day; `EndTime` 0:00 is the end of the day, and an `EndTime` before the
 * `StartTime` runs past midnight (`options.endBeforeStart`, default `'nextDay'`; the API reference is
 * silent). Overrides are laid over the week day by day in Connect's precedence — closed overrides,
 * then open ones, then temporary hours (`STANDARD`, which replace the day), then the week — and each
 * day that differs from the week becomes a date entry (consecutive equal days one range entry), named
 * after the override that decided it. Recurring overrides are expanded over their effective dates
 * (within `options.years` when given: days outside are an `expanded` loss). Bounds: 1,000 overrides,
 * 10,000 override days, 16 MiB of text. Never throws on data.
 *
 * @param input - Connect's JSON, parsed or as text
 * @param options - `timeZone` (when `TimeZone` is absent), `years`, `endBeforeStart`
 * @returns `{ ok, schedule, calendar, exceptions, timeZone, issues, losses }`
 *
 * @example
 * const read = readConnect({
 *   HoursOfOperation: {
 *     Name: 'Support', TimeZone: 'America/New_York',
 *     Config: [
 *       { Day: 'MONDAY', StartTime: { Hours: 9, Minutes: 0 }, EndTime: { Hours: 17, Minutes: 0 } },
 *       { Day: 'FRIDAY', StartTime: { Hours: 22, Minutes: 0 }, EndTime: { Hours: 2, Minutes: 0 } },
 *     ],
 *   },
 *   HoursOfOperationOverrideList: [
 *     { Name: 'Christmas', EffectiveFrom: '2026-12-25', EffectiveTill: '2026-12-25', OverrideType: 'STANDARD', Config: [] },
 *   ],
 * })
 * read.schedule.intervals //=> [{ start: 1980, end: 2460 }, { start: 8520, end: 8760 }]
 * read.exceptions //=> [{ date: '2026-12-25', closed: true, label: 'Christmas' }]
 *
 * @example
 * // 0:00–0:00 is the whole day; an EndTime before the StartTime can be refused instead
 * readConnect({ Config: [{ Day: 'SUNDAY', StartTime: { Hours: 0, Minutes: 0 }, EndTime: { Hours: 0, Minutes: 0 } }] }).schedule.intervals
 * //=> [{ start: 0, end: 1440 }]
 * readConnect({ Config: [{ Day: 'SUNDAY', StartTime: { Hours: 22, Minutes: 0 }, EndTime: { Hours: 2, Minutes: 0 } }] }, { endBeforeStart: 'reject' }).issues[0].code
 * //=> 'close_before_open'
 */
export function readConnect(input: unknown, options?: ReadConnectOptions): ReadFormatResult {
  const shared = readFormatOptions(options, ['endBeforeStart'], 'readConnect')
  const endBeforeStart = shared.own.endBeforeStart ?? 'nextDay'
  if (endBeforeStart !== 'nextDay' && endBeforeStart !== 'reject') throw new RangeError(`readConnect options.endBeforeStart must be 'nextDay' or 'reject', received ${String(endBeforeStart)}`)
  const collector = collectIssues()
  const losses: FormatLoss[] = []
  const value = readJsonInput(input, collector, 'Connect hours of operation')
  if (collector.errorCount > 0) return formatReadResult(collector, [], [], shared.timeZone, losses)
  const parts = partsOf(value, collector)
  if (parts === undefined) return formatReadResult(collector, [], [], shared.timeZone, losses)
  const week: WeekInterval[] = []
  let timeZone = shared.timeZone
  if (parts.hours !== undefined) {
    const fields = readOwnFields(parts.hours.value, ['Config', 'TimeZone'], parts.hours.path, collector, 'HoursOfOperation')
    if (fields !== undefined) {
      if (fields.Config === undefined) reportError(collector, [...parts.hours.path, 'Config'], 'missing_field', 'Config is required: a list of { Day, StartTime, EndTime }', 'a list of { Day, StartTime, EndTime }', 'undefined')
      else {
        const spans = readConnectConfig(fields.Config, [...parts.hours.path, 'Config'], collector, endBeforeStart, false)
        for (const span of spans ?? []) pushWeekSpan(week, span.day! * MINUTES_PER_DAY + span.start, span.day! * MINUTES_PER_DAY + span.end)
      }
      if (fields.TimeZone !== undefined) {
        const zone = readZone(fields.TimeZone, [...parts.hours.path, 'TimeZone'], collector)
        if (zone !== undefined) timeZone = zone
      }
    }
  }
  const days: OverrideDays = { standard: new Map(), open: new Map(), closed: new Map(), labels: new Map() }
  if (parts.overrides !== undefined) readConnectOverrides(parts.overrides.value, parts.overrides.path, collector, endBeforeStart, shared.years, days, losses)
  if (collector.errorCount > 0) return formatReadResult(collector, [], [], timeZone, losses)
  const entries = labelledEntriesOfDays(...resolveDays(week, days))
  return formatReadResult(collector, week, entries, timeZone, losses)
}

/** Each override day's hours: ((temporary hours, else the week's) ∪ opened) ∖ closed. */
function resolveDays(week: readonly WeekInterval[], days: OverrideDays): [Map<number, DayMask>, DayMask[], Map<number, string>] {
  const masks = weekMasks(week)
  const resolved = new Map<number, DayMask>()
  const touched = new Set<number>([...days.standard.keys(), ...days.open.keys(), ...days.closed.keys()])
  for (const day of touched) {
    const base = days.standard.get(day) ?? masks[weekdayOfDay(day)]!
    const mask = Uint8Array.from(base)
    const opened = days.open.get(day)
    const closed = days.closed.get(day)
    if (opened !== undefined) for (let m = 0; m < MINUTES_PER_DAY; m++) if (opened[m] === 1) mask[m] = 1
    if (closed !== undefined) for (let m = 0; m < MINUTES_PER_DAY; m++) if (closed[m] === 1) mask[m] = 0
    resolved.set(day, mask)
  }
  const labels = new Map<number, string>()
  for (const [day, label] of days.labels) labels.set(day, label.name)
  return [resolved, masks, labels]
}

interface Part {
  readonly value: unknown
  readonly path: readonly PathSegment[]
}

/** Which of Connect's shapes the input is: the weekly hours and the override list, each with its path. */
function partsOf(value: unknown, collector: ReturnType<typeof collectIssues>): { hours?: Part & { value: object }; overrides?: Part } | undefined {
  let isArray = false
  try {
    isArray = Array.isArray(value)
  } catch {
    isArray = false
  }
  if (isArray) return { overrides: { value, path: [] } }
  if (!isPlainObject(value)) {
    reportError(collector, [], 'not_an_object', 'expected Connect hours of operation: { HoursOfOperation }, { HoursOfOperationOverrideList }, both, or a bare HoursOfOperation', 'a Connect hours of operation object', value === null ? 'null' : typeof value)
    return undefined
  }
  const fields = readOwnFields(value, ['HoursOfOperation', 'HoursOfOperationOverrideList', 'HoursOfOperationOverride', 'EffectiveFrom'], [], collector, 'the input')
  if (fields === undefined) return undefined
  const parts: { hours?: Part & { value: object }; overrides?: Part } = {}
  if (fields.HoursOfOperation !== undefined) {
    if (!isPlainObject(fields.HoursOfOperation)) {
      reportError(collector, ['HoursOfOperation'], 'not_an_object', 'HoursOfOperation must be an object { Config, TimeZone, … }', 'an object', typeof fields.HoursOfOperation)
      return undefined
    }
    parts.hours = { value: fields.HoursOfOperation, path: ['HoursOfOperation'] }
  }
  if (fields.HoursOfOperationOverrideList !== undefined) parts.overrides = { value: fields.HoursOfOperationOverrideList, path: ['HoursOfOperationOverrideList'] }
  if (fields.HoursOfOperationOverride !== undefined) parts.overrides = { value: [fields.HoursOfOperationOverride], path: ['HoursOfOperationOverride'] }
  if (parts.hours === undefined && parts.overrides === undefined) {
    if (fields.EffectiveFrom !== undefined) parts.overrides = { value: [value], path: [] }
    else parts.hours = { value, path: [] }
  }
  return parts
}

function readZone(value: unknown, path: readonly PathSegment[], collector: ReturnType<typeof collectIssues>): string | undefined {
  if (typeof value !== 'string') {
    reportError(collector, path, 'invalid_type', 'TimeZone must be a zone name (a string)', 'an IANA zone name', typeof value)
    return undefined
  }
  try {
    return resolveTimeZone(value)
  } catch {
    const shown = JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value)
    reportError(collector, path, 'unknown_time_zone', `TimeZone ${shown} is not a zone callhours knows`, 'an IANA zone name', shown)
    return undefined
  }
}
