import type { DayInterval } from '../../calendar/types'
import { MINUTES_PER_DAY, type WeekInterval } from '../../week/types'
import { isoDate, isoDateOfDay } from '../../zone/civil'
import { readFormatOptions } from '../formatResult'
import type { FormatLoss, WriteFormatResult } from '../types'
import { datedPlan, type YearlyPlan } from '../dated/datedPlan'
import { writerHours } from '../dated/writerHours'
import { CONNECT_DAYS, CONNECT_MAX_OVERRIDES, type ConnectConfig, type ConnectHours, type ConnectOverride, type WriteConnectOptions } from './connectTypes'

/** The years a yearly entry's override is written for when `options.years` is not given. */
const DEFAULT_YEARS = { from: 2000, to: 2099 }

/**
 * Writes a week or a calendar as Amazon Connect hours of operation and overrides:
 * `{ HoursOfOperation: { Name, TimeZone, Config }, HoursOfOperationOverrideList }`.
 *
 * The week is written per day, every span cut at midnight (`EndTime` 0:00 for the end of the day),
 * so it means the same whichever way Connect reads an `EndTime` before a `StartTime`. Date and range
 * entries become temporary hours (`STANDARD`, `Config` on all seven days; none for a closed day), a
 * single date cut out of a range it falls in. A yearly entry becomes yearly recurring overrides
 * (`CLOSED` over the day, or `CLOSED` outside its hours and `OPEN` within them, since Connect puts
 * recurring overrides over temporary hours), effective over `options.years` (default 2000–2099) minus
 * the years a date or range entry decides that day — an `expanded` loss, Connect overrides end.
 * Losses: absolute (`start`/`end`) entries (`not_supported`), overrides past Connect's 50
 * (`over_limit`, the first 50 in date order are written), no zone (`zone`).
 *
 * @param scheduleOrCalendar - a `WeeklySchedule` or a `Calendar`
 * @param options - `timeZone` (written as `TimeZone`), `years`, `name`
 * @returns `{ value, losses }`
 * @throws {TypeError} when `scheduleOrCalendar` is not hours
 *
 * @example
 * const { value } = writeConnect(scheduleFromIntervals([{ start: 1980, end: 2460 }, { start: 8520, end: 8760 }]), { timeZone: 'America/New_York' })
 * value.HoursOfOperation.Config.map((c) => `${c.Day} ${c.StartTime.Hours}:${c.StartTime.Minutes}–${c.EndTime.Hours}:${c.EndTime.Minutes}`)
 * //=> ['MONDAY 9:0–17:0', 'FRIDAY 22:0–0:0', 'SATURDAY 0:0–2:0']
 *
 * @example
 * // A closed date is a STANDARD override with no hours
 * writeConnect(withExceptions(scheduleFromIntervals([]), [{ date: '2026-12-25', closed: true, label: 'Christmas' }]), { timeZone: 'UTC' }).value.HoursOfOperationOverrideList
 * //=> [{ Name: 'Christmas', EffectiveFrom: '2026-12-25', EffectiveTill: '2026-12-25', OverrideType: 'STANDARD', Config: [] }]
 */
export function writeConnect(scheduleOrCalendar: unknown, options?: WriteConnectOptions): WriteFormatResult<ConnectHours> {
  const shared = readFormatOptions(options, ['name'], 'writeConnect')
  const name = shared.own.name ?? 'Business hours'
  if (typeof name !== 'string') throw new TypeError(`writeConnect options.name must be a string, received ${typeof name}`)
  const { week, exceptions } = writerHours(scheduleOrCalendar, 'writeConnect')
  const losses: FormatLoss[] = []
  const plan = datedPlan(exceptions)
  const written: { override: ConnectOverride; index: number; order: number }[] = []
  for (const run of plan.runs) {
    written.push({
      override: { Name: run.label ?? `callhours ${isoDateOfDay(run.from)}`, EffectiveFrom: isoDateOfDay(run.from), EffectiveTill: isoDateOfDay(run.to), OverrideType: 'STANDARD', Config: everyDay(run.hours) },
      index: run.index,
      order: run.from,
    })
  }
  const years = shared.years ?? rangeOf(DEFAULT_YEARS.from, DEFAULT_YEARS.to)
  for (const yearly of plan.yearly) {
    const segments = yearSegments(years, yearly)
    const date = `--${pad(yearly.month)}-${pad(yearly.day)}`
    losses.push({
      code: 'expanded',
      path: ['exceptions', yearly.index],
      message: `yearly ${date} written as yearly overrides effective ${segments.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(', ') || 'in no year'}: Connect overrides end, callhours' yearly entries do not`,
    })
    for (const [first, last] of segments) for (const override of yearlyOverrides(yearly, first, last)) written.push({ override, index: yearly.index, order: Number.MAX_SAFE_INTEGER })
  }
  for (const index of plan.instants) losses.push({ code: 'not_supported', path: ['exceptions', index], message: 'an absolute (start/end) entry has no Connect form: overrides are dates and local times; not written' })
  const list: ConnectOverride[] = []
  for (const [i, item] of written.entries()) {
    if (i < CONNECT_MAX_OVERRIDES) list.push(item.override)
    else losses.push({ code: 'over_limit', path: ['exceptions', item.index], message: `override ${i + 1} ("${item.override.Name}", ${item.override.EffectiveFrom}–${item.override.EffectiveTill}) is past Connect's ${CONNECT_MAX_OVERRIDES} overrides per hours of operation: not written` })
  }
  if (shared.timeZone === undefined) losses.push({ code: 'zone', path: [], message: 'no options.timeZone: TimeZone, which Connect requires, is left out' })
  const hours = shared.timeZone === undefined ? { Name: name, Config: weekConfig(week) } : { Name: name, TimeZone: shared.timeZone, Config: weekConfig(week) }
  return Object.freeze({ value: { HoursOfOperation: hours, HoursOfOperationOverrideList: list }, losses: Object.freeze(losses) })
}

/** The week's spans per day, each cut at midnight (a full day is 0:00–0:00). */
function weekConfig(week: readonly WeekInterval[]): ConnectConfig[] {
  const config: ConnectConfig[] = []
  for (const { start, end } of week) {
    for (let dayStart = Math.floor(start / MINUTES_PER_DAY) * MINUTES_PER_DAY; dayStart < end; dayStart += MINUTES_PER_DAY) {
      const from = Math.max(start, dayStart) - dayStart
      const to = Math.min(end, dayStart + MINUTES_PER_DAY) - dayStart
      config.push(span(CONNECT_DAYS[(dayStart / MINUTES_PER_DAY) % 7]!, from, to))
    }
  }
  return config
}

function span(day: ConnectConfig['Day'], from: number, to: number): ConnectConfig {
  return { Day: day, StartTime: { Hours: Math.floor(from / 60), Minutes: from % 60 }, EndTime: to === MINUTES_PER_DAY ? { Hours: 0, Minutes: 0 } : { Hours: Math.floor(to / 60), Minutes: to % 60 } }
}

/** A day's spans on every day of the week (an override's dates may fall on any). */
function everyDay(hours: readonly DayInterval[]): ConnectConfig[] {
  const config: ConnectConfig[] = []
  for (const day of CONNECT_DAYS) for (const { start, end } of hours) config.push(span(day, start, end))
  return config
}

/** The yearly overrides of one month-day over `[first, last]`: closed outside its hours, open within. */
function yearlyOverrides(yearly: YearlyPlan, first: number, last: number): ConnectOverride[] {
  const date = `${pad(yearly.month)}-${pad(yearly.day)}`
  const base = {
    EffectiveFrom: isoDate(first, 1, 1),
    EffectiveTill: isoDate(last, 12, 31),
    RecurrenceConfig: { RecurrencePattern: { Frequency: 'YEARLY' as const, Interval: 1, ByMonth: [yearly.month], ByMonthDay: [yearly.day] } },
  }
  const name = yearly.label ?? `callhours --${date}`
  const outside: DayInterval[] = []
  let at = 0
  for (const { start, end } of yearly.hours) {
    if (start > at) outside.push({ start: at, end: start })
    at = end
  }
  if (at < MINUTES_PER_DAY) outside.push({ start: at, end: MINUTES_PER_DAY })
  const overrides: ConnectOverride[] = []
  if (outside.length > 0) overrides.push({ Name: name, ...base, OverrideType: 'CLOSED', Config: everyDay(outside) })
  if (yearly.hours.length > 0) overrides.push({ Name: yearly.hours.length > 0 && outside.length > 0 ? `${name} (open)` : name, ...base, OverrideType: 'OPEN', Config: everyDay(yearly.hours) })
  return overrides
}

/** The contiguous year spans of `years` without the years a date or range entry decides. */
function yearSegments(years: readonly number[], yearly: YearlyPlan): [number, number][] {
  const kept = years.filter((year) => !yearly.excludedYears.some(([a, b]) => year >= a && year <= b))
  const segments: [number, number][] = []
  for (const year of kept) {
    const last = segments[segments.length - 1]
    if (last !== undefined && last[1] === year - 1) last[1] = year
    else segments.push([year, year])
  }
  return segments
}

function rangeOf(from: number, to: number): number[] {
  const years: number[] = []
  for (let year = from; year <= to; year++) years.push(year)
  return years
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}


