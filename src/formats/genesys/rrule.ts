// A small iCalendar RRULE reader and expander (RFC 5545 §3.3.10) for the subset Genesys Cloud
// schedules use: FREQ DAILY/WEEKLY/MONTHLY/YEARLY, INTERVAL, BYDAY (with ordinals in MONTHLY and
// YEARLY-with-BYMONTH rules), BYMONTH, BYMONTHDAY, COUNT, UNTIL, WKST. Anything else is a located
// issue, never a guess. Occurrences are local dates (day counts since 1970-01-01). Internal.

import { reportError, type IssueCollector, type PathSegment } from '../../ground/issues'
import { civilFromDays, daysFromCivil, daysInMonth } from '../../zone/civil'
import { weekdayOfDay } from '../dated/dayMinutes'

export interface Rrule {
  readonly freq: 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY'
  readonly interval: number
  /** Weekdays (0 = Sunday) with an ordinal (`n` 1–53 or −1…−53; 0 for every such weekday). */
  readonly byDay: readonly { readonly weekday: number; readonly n: number }[]
  readonly byMonth: readonly number[]
  readonly byMonthDay: readonly number[]
  readonly count: number | undefined
  /** The last local date an occurrence may start on, and the last minute of that day (inclusive). */
  readonly until: { readonly day: number; readonly minute: number } | undefined
  /** The week start (0 = Sunday; RFC 5545's default is Monday). */
  readonly weekStart: number
}

/** At most this many candidate periods are walked for one rule (a COUNT rule is walked from its start). */
export const MAX_RRULE_PERIODS = 200_000

const DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA']
const SUPPORTED = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTH', 'BYMONTHDAY', 'COUNT', 'UNTIL', 'WKST'])

/** Reads an RRULE (`FREQ=WEEKLY;BYDAY=MO,TU`, an optional `RRULE:` prefix); undefined after located issues at `path`. */
export function readRrule(text: string, path: readonly PathSegment[], collector: IssueCollector): Rrule | undefined {
  const before = collector.errorCount
  const body = text.startsWith('RRULE:') ? text.slice(6) : text
  if (body.length > 1000) {
    reportError(collector, path, 'out_of_range', `the rrule is ${body.length} characters: at most 1000 are read`, 'an RRULE of at most 1000 characters', String(body.length))
    return undefined
  }
  const parts = new Map<string, string>()
  for (const part of body.split(';')) {
    if (part === '') continue
    const eq = part.indexOf('=')
    const key = (eq < 0 ? part : part.slice(0, eq)).toUpperCase()
    const value = eq < 0 ? '' : part.slice(eq + 1).toUpperCase()
    if (!SUPPORTED.has(key)) {
      reportError(collector, [...path, key], 'unknown_field', `rrule part ${JSON.stringify(key.slice(0, 20))} is not supported: callhours reads ${[...SUPPORTED].join(', ')}`, [...SUPPORTED].join(', '), key.slice(0, 20))
      continue
    }
    if (parts.has(key)) reportError(collector, [...path, key], 'conflicting_field', `rrule part ${key} is given twice`, 'each part once', key)
    parts.set(key, value)
  }
  const freqText = parts.get('FREQ')
  let freq: Rrule['freq'] | undefined
  if (freqText === undefined) reportError(collector, [...path, 'FREQ'], 'missing_field', 'FREQ is required', 'FREQ=DAILY, WEEKLY, MONTHLY or YEARLY', 'undefined')
  else if (freqText === 'DAILY' || freqText === 'WEEKLY' || freqText === 'MONTHLY' || freqText === 'YEARLY') freq = freqText
  else reportError(collector, [...path, 'FREQ'], 'unknown_field', `FREQ=${freqText.slice(0, 20)} is not supported`, 'DAILY, WEEKLY, MONTHLY or YEARLY', freqText.slice(0, 20))
  const interval = integerPart(parts.get('INTERVAL') ?? '1', 1, 1000, [...path, 'INTERVAL'], collector)
  const count = parts.has('COUNT') ? integerPart(parts.get('COUNT')!, 1, 100_000, [...path, 'COUNT'], collector) : undefined
  const byMonth = listPart(parts.get('BYMONTH'), 1, 12, false, [...path, 'BYMONTH'], collector)
  const byMonthDay = listPart(parts.get('BYMONTHDAY'), -31, 31, true, [...path, 'BYMONTHDAY'], collector)
  const byDay: { weekday: number; n: number }[] = []
  for (const item of parts.get('BYDAY')?.split(',') ?? []) {
    const match = /^([+-]?\d{1,2})?(SU|MO|TU|WE|TH|FR|SA)$/.exec(item)
    const n = match?.[1] === undefined ? 0 : Number(match[1])
    if (match === null || n === 0 && match[1] !== undefined || Math.abs(n) > 53) {
      reportError(collector, [...path, 'BYDAY'], 'invalid_type', `BYDAY item ${JSON.stringify(item.slice(0, 20))} is not a weekday such as MO, 2TU or -1FR`, 'weekdays such as MO, 2TU, -1FR', item.slice(0, 20))
      continue
    }
    byDay.push({ weekday: DAYS.indexOf(match[2]!), n })
  }
  const weekStartText = parts.get('WKST') ?? 'MO'
  const weekStart = DAYS.indexOf(weekStartText)
  if (weekStart < 0) reportError(collector, [...path, 'WKST'], 'invalid_type', `WKST ${JSON.stringify(weekStartText.slice(0, 20))} is not a weekday`, 'SU … SA', weekStartText.slice(0, 20))
  let until: Rrule['until']
  const untilText = parts.get('UNTIL')
  if (untilText !== undefined) {
    const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/.exec(untilText)
    const year = Number(match?.[1])
    const month = Number(match?.[2])
    const day = Number(match?.[3])
    if (match === null || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || Number(match[4] ?? 0) > 23 || Number(match[5] ?? 0) > 59) {
      reportError(collector, [...path, 'UNTIL'], 'invalid_date', `UNTIL ${JSON.stringify(untilText.slice(0, 30))} is not a date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSS)`, 'YYYYMMDD or YYYYMMDDTHHMMSS', untilText.slice(0, 30))
    } else until = { day: daysFromCivil(year, month, day), minute: match[4] === undefined ? 1439 : Number(match[4]) * 60 + Number(match[5]) }
  }
  if (count !== undefined && until !== undefined) reportError(collector, [...path, 'UNTIL'], 'conflicting_field', 'COUNT and UNTIL cannot both be given (RFC 5545)', 'one of COUNT, UNTIL', 'both')
  if (freq !== undefined && byDay.some((d) => d.n !== 0) && (freq === 'DAILY' || freq === 'WEEKLY' || (freq === 'YEARLY' && byMonth.length === 0))) {
    reportError(collector, [...path, 'BYDAY'], 'unknown_field', `a BYDAY ordinal (2TU, -1FR) is supported in MONTHLY rules and YEARLY rules with BYMONTH, not in ${freq}${freq === 'YEARLY' ? ' without BYMONTH' : ''}`, 'MONTHLY, or YEARLY with BYMONTH', freq)
  }
  if (freq === 'WEEKLY' && byMonthDay.length > 0) reportError(collector, [...path, 'BYMONTHDAY'], 'conflicting_field', 'BYMONTHDAY cannot be used in a WEEKLY rule (RFC 5545)', 'no BYMONTHDAY', 'BYMONTHDAY')
  if (collector.errorCount > before || freq === undefined || interval === undefined) return undefined
  return { freq, interval, byDay, byMonth, byMonthDay, count, until, weekStart: weekStart < 0 ? 1 : weekStart }
}

/**
 * The dates occurrences start on, from `startDay` (DTSTART's date; an occurrence on it counts only
 * when it matches the rule) up to `lastDay`, in order; `startMinute` is DTSTART's minute of the day
 * (UNTIL compares with it). Walks at most `MAX_RRULE_PERIODS` periods; returns `undefined` past that.
 */
export function rruleDays(rule: Rrule, startDay: number, startMinute: number, lastDay: number): number[] | undefined {
  const days: number[] = []
  let produced = 0
  const start = civilFromDays(startDay)
  const end = rule.until === undefined ? lastDay : Math.min(lastDay, rule.until.minute >= startMinute ? rule.until.day : rule.until.day - 1)
  for (let period = 0; period < MAX_RRULE_PERIODS; period++) {
    const offset = period * rule.interval
    if (periodFirstDay(rule, start, startDay, offset) > end) return days
    const candidates = periodDays(rule, start, startDay, offset)
    if (candidates === undefined) return days
    for (const day of candidates) {
      if (day < startDay) continue
      if (day > end) return days
      if (rule.count !== undefined && produced >= rule.count) return days
      produced++
      days.push(day)
    }
    if (rule.count !== undefined && produced >= rule.count) return days
  }
  return undefined
}

/** The first day of the period `offset` intervals after DTSTART's (its day, week, month or year). */
function periodFirstDay(rule: Rrule, start: { year: number; month: number }, startDay: number, offset: number): number {
  if (rule.freq === 'DAILY') return startDay + offset
  if (rule.freq === 'WEEKLY') return startDay - ((weekdayOfDay(startDay) - rule.weekStart + 7) % 7) + 7 * offset
  if (rule.freq === 'MONTHLY') {
    const index = start.year * 12 + start.month - 1 + offset
    return daysFromCivil(Math.floor(index / 12), (index % 12) + 1, 1)
  }
  return daysFromCivil(start.year + offset, 1, 1)
}

/** The sorted candidate days of the period `offset` intervals after DTSTART's; undefined once past year 9999. */
function periodDays(rule: Rrule, start: { year: number; month: number; day: number }, startDay: number, offset: number): number[] | undefined {
  const weekdays = rule.byDay.filter((d) => d.n === 0).map((d) => d.weekday)
  const inMonths = (day: number): boolean => rule.byMonth.length === 0 || rule.byMonth.includes(civilFromDays(day).month)
  const onMonthDay = (day: number): boolean => {
    if (rule.byMonthDay.length === 0) return true
    const { year, month, day: d } = civilFromDays(day)
    const length = daysInMonth(year, month)
    return rule.byMonthDay.some((wanted) => (wanted > 0 ? wanted : length + 1 + wanted) === d)
  }
  if (rule.freq === 'DAILY') {
    const day = startDay + offset
    if (civilFromDays(day).year > 9999) return undefined
    const keep = inMonths(day) && onMonthDay(day) && (weekdays.length === 0 || weekdays.includes(weekdayOfDay(day)))
    return keep ? [day] : []
  }
  if (rule.freq === 'WEEKLY') {
    const weekFirst = startDay - ((weekdayOfDay(startDay) - rule.weekStart + 7) % 7) + 7 * offset
    if (civilFromDays(weekFirst).year > 9999) return undefined
    const wanted = weekdays.length === 0 ? [weekdayOfDay(startDay)] : weekdays
    const days: number[] = []
    for (let i = 0; i < 7; i++) if (wanted.includes(weekdayOfDay(weekFirst + i)) && inMonths(weekFirst + i)) days.push(weekFirst + i)
    return days
  }
  const months: [number, number][] = []
  if (rule.freq === 'MONTHLY') {
    const index = start.year * 12 + start.month - 1 + offset
    const year = Math.floor(index / 12)
    if (year > 9999) return undefined
    if (rule.byMonth.length === 0 || rule.byMonth.includes((index % 12) + 1)) months.push([year, (index % 12) + 1])
  } else {
    const year = start.year + offset
    if (year > 9999) return undefined
    for (const month of rule.byMonth.length === 0 ? [start.month] : [...rule.byMonth].sort((a, b) => a - b)) months.push([year, month])
  }
  const days = new Set<number>()
  for (const [year, month] of months) {
    const first = daysFromCivil(year, month, 1)
    const length = daysInMonth(year, month)
    let candidates: number[] = []
    if (rule.byDay.length > 0) {
      for (const { weekday, n } of rule.byDay) {
        const firstSuch = first + ((weekday - weekdayOfDay(first) + 7) % 7)
        const all: number[] = []
        for (let day = firstSuch; day < first + length; day += 7) all.push(day)
        if (n === 0) for (const day of all) candidates.push(day)
        else {
          const pick = n > 0 ? all[n - 1] : all[all.length + n]
          if (pick !== undefined) candidates.push(pick)
        }
      }
      if (rule.byMonthDay.length > 0) candidates = candidates.filter(onMonthDay)
    } else if (rule.byMonthDay.length > 0) {
      for (const wanted of rule.byMonthDay) {
        const date = wanted > 0 ? wanted : length + 1 + wanted
        // A month day the month does not have (31 in April, 29 February in 2026) is no occurrence (RFC 5545).
        if (date >= 1 && date <= length) candidates.push(first + date - 1)
      }
    } else if (start.day <= length) candidates.push(first + start.day - 1)
    for (const day of candidates) days.add(day)
  }
  return [...days].sort((a, b) => a - b)
}

function integerPart(text: string, min: number, max: number, path: readonly PathSegment[], collector: IssueCollector): number | undefined {
  const value = /^\d{1,7}$/.test(text) ? Number(text) : Number.NaN
  if (Number.isInteger(value) && value >= min && value <= max) return value
  reportError(collector, path, 'out_of_range', `${String(path[path.length - 1])}=${text.slice(0, 20)} must be an integer ${min}–${max}`, `an integer ${min}–${max}`, text.slice(0, 20))
  return undefined
}

function listPart(text: string | undefined, min: number, max: number, signed: boolean, path: readonly PathSegment[], collector: IssueCollector): number[] {
  if (text === undefined) return []
  const values: number[] = []
  for (const item of text.split(',').slice(0, 100)) {
    const value = (signed ? /^[+-]?\d{1,2}$/ : /^\d{1,2}$/).test(item) ? Number(item) : Number.NaN
    if (Number.isInteger(value) && value >= min && value <= max && value !== 0) values.push(value)
    else reportError(collector, path, 'out_of_range', `${String(path[path.length - 1])} item ${JSON.stringify(item.slice(0, 20))} must be an integer ${min}–${max}${signed ? ' other than 0' : ''}`, `integers ${min}–${max}`, item.slice(0, 20))
  }
  return values
}
