// Connect's hours-of-operation overrides, read and laid over the week day by day. Precedence, as
// the admin guide states it ("Dates with competing overrides"): closed recurring overrides, then
// open ones, then temporary hours (`STANDARD`), then the standard week. Internal.

import { reportError, type IssueCollector, type PathSegment } from '../../ground/issues'
import { readArrayLength, readEnum, readInteger, readItem, readObjectItem, readOwnFields, UNREADABLE } from '../../ground/readers'
import { MINUTES_PER_DAY } from '../../week/types'
import { civilFromDays, daysFromCivil, daysInMonth } from '../../zone/civil'
import type { FormatLoss } from '../types'
import { emptyDay, markSpan, weekdayOfDay, type DayMask } from '../dated/dayMinutes'
import { readConnectConfig, type ConnectSpan } from './readConnectConfig'

/** At most this many overrides are read (Connect holds 50 per hours of operation, and 3 linked parents of 50). */
export const MAX_CONNECT_OVERRIDES = 1000
/** At most this many override days are expanded in one read (27 years of daily overrides). */
export const MAX_OVERRIDE_DAYS = 10_000

type Layer = 'STANDARD' | 'OPEN' | 'CLOSED'

/** The overrides, laid out per local day (day counts since 1970-01-01). */
export interface OverrideDays {
  /** Temporary hours: a day listed here has its weekly hours replaced. */
  readonly standard: Map<number, DayMask>
  /** Minutes opened (open overrides; temporary hours spilling past midnight). */
  readonly open: Map<number, DayMask>
  /** Minutes closed (closed overrides). */
  readonly closed: Map<number, DayMask>
  /** The name of the override of highest precedence on each day. */
  readonly labels: Map<number, { readonly name: string; readonly rank: number }>
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const RANK: Record<Layer, number> = { STANDARD: 1, OPEN: 2, CLOSED: 3 }

/**
 * Reads an override list into `into`. Each override is expanded over its effective dates, within
 * `years` when given (the days outside are a located `expanded` loss). Without `years` the
 * effective dates are expanded whole; more than `MAX_OVERRIDE_DAYS` days in all is an `out_of_range` issue.
 */
export function readConnectOverrides(
  list: unknown,
  path: readonly PathSegment[],
  collector: IssueCollector,
  endBeforeStart: 'nextDay' | 'reject',
  years: readonly number[] | undefined,
  into: OverrideDays,
  losses: FormatLoss[],
): void {
  const length = readArrayLength(list, path, collector, 'a list of hours of operation overrides')
  if (length === undefined) return
  if (length > MAX_CONNECT_OVERRIDES) {
    reportError(collector, path, 'out_of_range', `${length} overrides: at most ${MAX_CONNECT_OVERRIDES} are read (Connect holds 50 per hours of operation)`, `at most ${MAX_CONNECT_OVERRIDES} overrides`, String(length))
    return
  }
  const budget = { days: 0 }
  for (let i = 0; i < length; i++) {
    const item = readObjectItem(list, i, [...path, i], collector, `override ${i}`, 'an hours of operation override object')
    if (item !== undefined) readOverride(item, [...path, i], collector, endBeforeStart, years, into, losses, budget)
    if (budget.days > MAX_OVERRIDE_DAYS) return
  }
}

function readOverride(
  item: object,
  at: readonly PathSegment[],
  collector: IssueCollector,
  endBeforeStart: 'nextDay' | 'reject',
  years: readonly number[] | undefined,
  into: OverrideDays,
  losses: FormatLoss[],
  budget: { days: number },
): void {
  const fields = readOwnFields(item, ['Name', 'Config', 'EffectiveFrom', 'EffectiveTill', 'OverrideType', 'RecurrenceConfig'], at, collector, 'the override')
  if (fields === undefined) return
  const before = collector.errorCount
  const name = typeof fields.Name === 'string' ? fields.Name : ''
  const from = readDate(fields.EffectiveFrom, at, 'EffectiveFrom', collector)
  const till = readDate(fields.EffectiveTill, at, 'EffectiveTill', collector)
  const layer: Layer | undefined = fields.OverrideType === undefined ? 'STANDARD' : readEnum<Layer>(fields.OverrideType, at, 'OverrideType', collector, ['STANDARD', 'OPEN', 'CLOSED'], 'invalid_type')
  const spans = fields.Config === undefined ? [] : readConnectConfig(fields.Config, [...at, 'Config'], collector, endBeforeStart, true)
  const pattern = fields.RecurrenceConfig === undefined ? undefined : readRecurrence(fields.RecurrenceConfig, [...at, 'RecurrenceConfig'], collector, spans ?? [])
  if (from !== undefined && till !== undefined && till < from) {
    reportError(collector, [...at, 'EffectiveTill'], 'out_of_order', 'EffectiveTill is before EffectiveFrom', 'a date on or after EffectiveFrom', 'an earlier date')
  }
  if (collector.errorCount > before || from === undefined || till === undefined || layer === undefined || spans === undefined) return
  let first = from
  let last = till
  if (years !== undefined && years.length > 0) {
    first = Math.max(from, daysFromCivil(years[0]!, 1, 1))
    last = Math.min(till, daysFromCivil(years[years.length - 1]!, 12, 31))
    if (first > from || last < till) {
      losses.push({ code: 'expanded', path: at, message: `override "${name}" runs ${isoOf(from)}–${isoOf(till)}: read within years ${years[0]}–${years[years.length - 1]} only` })
    }
  }
  const yearSet = years === undefined ? undefined : new Set(years)
  const days = pattern === undefined ? everyDay(first, last) : occurrences(pattern, from, first, last, spans)
  for (const day of days) {
    if (yearSet !== undefined && !yearSet.has(civilFromDays(day).year)) continue
    if (++budget.days > MAX_OVERRIDE_DAYS) {
      reportError(collector, [...at, 'EffectiveTill'], 'out_of_range', `the overrides cover more than ${MAX_OVERRIDE_DAYS} days: pass options.years to read them over fewer years`, `at most ${MAX_OVERRIDE_DAYS} override days in all`, `${isoOf(from)}–${isoOf(till)}`)
      return
    }
    apply(into, layer, day, spans, name)
  }
}

function* everyDay(first: number, last: number): Generator<number> {
  for (let day = first; day <= last; day++) yield day
}

/**
 * The days a recurring override falls on within `[first, last]`, in order, found month by month (or
 * week by week), never day by day over years. The page is silent on the anchor: the interval counts
 * from EffectiveFrom's week (weeks start on Sunday), month or year; a missing ByMonth is
 * EffectiveFrom's month; with neither ByMonthDay nor ByWeekdayOccurrence, EffectiveFrom's day of the month.
 */
function* occurrences(pattern: Pattern, from: number, first: number, last: number, spans: readonly ConnectSpan[]): Generator<number> {
  const weekdays = spans.length === 0 || spans.some((span) => span.day === undefined) ? [0, 1, 2, 3, 4, 5, 6] : [...new Set(spans.map((span) => span.day!))].sort((a, b) => a - b)
  if (pattern.frequency === 'WEEKLY') {
    const anchor = from - weekdayOfDay(from)
    let week = anchor + Math.max(0, Math.floor((first - anchor) / 7 / pattern.interval)) * 7 * pattern.interval
    for (; week <= last; week += 7 * pattern.interval) {
      for (const weekday of weekdays) if (week + weekday >= first && week + weekday <= last) yield week + weekday
    }
    return
  }
  const start = civilFromDays(from)
  const end = civilFromDays(last)
  const step = pattern.frequency === 'MONTHLY' ? pattern.interval : 12 * pattern.interval
  const month0 = pattern.frequency === 'MONTHLY' ? start.year * 12 + start.month - 1 : start.year * 12 + (pattern.month ?? start.month) - 1
  const firstMonth = civilFromDays(first)
  let index = month0 + Math.max(0, Math.floor((firstMonth.year * 12 + firstMonth.month - 1 - month0) / step)) * step
  for (; index <= end.year * 12 + end.month - 1; index += step) {
    const year = Math.floor(index / 12)
    const month = (index % 12) + 1
    const length = daysInMonth(year, month)
    const candidates: number[] = []
    if (pattern.occurrence !== undefined) {
      const firstOfMonth = daysFromCivil(year, month, 1)
      for (const weekday of weekdays) {
        const firstSuch = firstOfMonth + ((weekday - weekdayOfDay(firstOfMonth) + 7) % 7)
        const day = pattern.occurrence > 0 ? firstSuch + 7 * (pattern.occurrence - 1) : firstSuch + 7 * Math.floor((firstOfMonth + length - 1 - firstSuch) / 7)
        if (day < firstOfMonth + length) candidates.push(day)
      }
    } else {
      const wanted = pattern.monthDay ?? start.day
      // A month day the month does not have is skipped (RecurrencePattern: "the event will be skipped").
      const date = wanted === -1 ? length : wanted
      if (date <= length) candidates.push(daysFromCivil(year, month, date))
    }
    candidates.sort((a, b) => a - b)
    for (const day of candidates) if (day >= first && day <= last) yield day
  }
}

/** Lays one override's spans on `day`: `STANDARD` replaces the day (spill past midnight opens the next), `OPEN` opens, `CLOSED` closes. */
function apply(into: OverrideDays, layer: Layer, day: number, spans: readonly ConnectSpan[], name: string): void {
  const weekday = weekdayOfDay(day)
  const today = spans.filter((span) => span.day === undefined || span.day === weekday)
  // No span at all: the whole day (closed, opened, or — for temporary hours — closed).
  const whole = spans.length === 0
  const target = layer === 'STANDARD' ? into.standard : layer === 'OPEN' ? into.open : into.closed
  if (layer !== 'STANDARD' && !whole && today.length === 0) return
  const mask = maskOf(target, day)
  if (whole && layer !== 'STANDARD') markSpan(mask, 0, MINUTES_PER_DAY, 1)
  for (const span of today) {
    markSpan(mask, span.start, span.end, 1)
    if (span.end > MINUTES_PER_DAY) {
      markSpan(maskOf(layer === 'CLOSED' ? into.closed : into.open, day + 1), 0, span.end - MINUTES_PER_DAY, 1)
      label(into, day + 1, name, RANK[layer])
    }
  }
  label(into, day, name, RANK[layer])
}

function label(into: OverrideDays, day: number, name: string, rank: number): void {
  const known = into.labels.get(day)
  if (known === undefined || known.rank < rank) into.labels.set(day, { name, rank })
}

function maskOf(map: Map<number, DayMask>, day: number): DayMask {
  let mask = map.get(day)
  if (mask === undefined) {
    mask = emptyDay()
    map.set(day, mask)
  }
  return mask
}

interface Pattern {
  readonly frequency: 'WEEKLY' | 'MONTHLY' | 'YEARLY'
  readonly interval: number
  readonly month: number | undefined
  readonly monthDay: number | undefined
  readonly occurrence: number | undefined
}

function readRecurrence(value: unknown, at: readonly PathSegment[], collector: IssueCollector, spans: readonly ConnectSpan[]): Pattern | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    reportError(collector, at, 'not_an_object', 'RecurrenceConfig must be { RecurrencePattern }', '{ RecurrencePattern }', value === null ? 'null' : typeof value)
    return undefined
  }
  const outer = readOwnFields(value, ['RecurrencePattern'], at, collector, 'RecurrenceConfig')
  if (outer === undefined) return undefined
  const path = [...at, 'RecurrencePattern']
  const inner = outer.RecurrencePattern
  if (typeof inner !== 'object' || inner === null || Array.isArray(inner)) {
    reportError(collector, path, inner === undefined ? 'missing_field' : 'not_an_object', 'RecurrencePattern is required: { Frequency, Interval, … }', '{ Frequency, Interval, … }', inner === null ? 'null' : typeof inner)
    return undefined
  }
  const fields = readOwnFields(inner, ['Frequency', 'Interval', 'ByMonth', 'ByMonthDay', 'ByWeekdayOccurrence'], path, collector, 'RecurrencePattern')
  if (fields === undefined) return undefined
  const before = collector.errorCount
  const frequency = readEnum<Pattern['frequency']>(fields.Frequency, path, 'Frequency', collector, ['WEEKLY', 'MONTHLY', 'YEARLY'], 'invalid_type')
  const interval = readInteger(fields.Interval ?? 1, path, 'Interval', collector, { min: 1, max: 6, expected: 'an integer 1–6' })
  const month = readOne(fields.ByMonth, path, 'ByMonth', collector, { min: 1, max: 12, expected: 'a month 1–12' })
  const monthDay = readOne(fields.ByMonthDay, path, 'ByMonthDay', collector, { min: -1, max: 31, expected: 'a day of the month 1–31, or -1 for the last' })
  const occurrence = readOne(fields.ByWeekdayOccurrence, path, 'ByWeekdayOccurrence', collector, { min: -1, max: 5, expected: 'an occurrence 1–5, or -1 for the last' })
  if (monthDay === 0) reportError(collector, [...path, 'ByMonthDay', 0], 'out_of_range', 'ByMonthDay 0 is not a day of the month', 'a day of the month 1–31, or -1 for the last', '0')
  if (occurrence === 0) reportError(collector, [...path, 'ByWeekdayOccurrence', 0], 'out_of_range', 'ByWeekdayOccurrence 0 is not an occurrence', 'an occurrence 1–5, or -1 for the last', '0')
  if (monthDay !== undefined && occurrence !== undefined) {
    reportError(collector, [...path, 'ByWeekdayOccurrence'], 'conflicting_field', 'ByMonthDay and ByWeekdayOccurrence cannot be used together (RecurrencePattern)', 'one of ByMonthDay, ByWeekdayOccurrence', 'both')
  }
  if (occurrence !== undefined && frequency === 'WEEKLY') {
    reportError(collector, [...path, 'ByWeekdayOccurrence'], 'conflicting_field', 'ByWeekdayOccurrence needs MONTHLY or YEARLY frequency', 'MONTHLY or YEARLY', 'WEEKLY')
  }
  if (occurrence !== undefined && spans.every((span) => span.day === undefined)) {
    reportError(collector, [...path, 'ByWeekdayOccurrence'], 'missing_field', 'ByWeekdayOccurrence counts a weekday, named by the Day of the override Config: none is given', 'a Config item with a Day', 'no Day')
  }
  if (collector.errorCount > before || frequency === undefined || interval === undefined) return undefined
  return { frequency, interval, month, monthDay, occurrence }
}

/** A list of at most one integer (the page: "It does not accept multiple values in the same list"). */
function readOne(value: unknown, parent: readonly PathSegment[], key: string, collector: IssueCollector, rule: { min: number; max: number; expected: string }): number | undefined {
  if (value === undefined) return undefined
  const at = [...parent, key]
  const length = readArrayLength(value, at, collector, `a list of one value: ${rule.expected}`)
  if (length === undefined || length === 0) return undefined
  if (length > 1) {
    reportError(collector, at, 'out_of_range', `${key} lists ${length} values: Connect accepts one`, 'one value', String(length))
    return undefined
  }
  const item = readItem(value, 0, [...at, 0], collector, `${key}[0]`)
  return item === UNREADABLE ? undefined : readInteger(item, at, 0, collector, rule)
}

function readDate(value: unknown, parent: readonly PathSegment[], key: string, collector: IssueCollector): number | undefined {
  const at = [...parent, key]
  if (value === undefined) {
    reportError(collector, at, 'missing_field', `${key} is required: a date YYYY-MM-DD`, 'a date YYYY-MM-DD', 'undefined')
    return undefined
  }
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null
  const year = Number(match?.[1])
  const month = Number(match?.[2])
  const day = Number(match?.[3])
  if (match === null || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    const shown = typeof value === 'string' ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value) : typeof value
    reportError(collector, at, typeof value === 'string' ? 'invalid_date' : 'invalid_type', `${key} must be a date YYYY-MM-DD, received ${shown}`, 'a date YYYY-MM-DD', shown)
    return undefined
  }
  return daysFromCivil(year, month, day)
}

function isoOf(day: number): string {
  const { year, month, day: d } = civilFromDays(day)
  return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}
