import type { DayInterval } from '../../calendar/types'
import { MINUTES_PER_DAY, MINUTES_PER_WEEK, type WeekInterval } from '../../week/types'
import { civilFromDays, daysFromCivil, isLeapYear, isoDateOfDay } from '../../zone/civil'
import { readFormatOptions } from '../formatResult'
import type { FormatLoss, WriteFormatResult } from '../types'
import { datedPlan } from '../dated/datedPlan'
import { writerHours } from '../dated/writerHours'
import type { GenesysSchedule, GenesysScheduleGroup, WriteGenesysOptions } from './genesysTypes'

/** 2000-01-02, a Sunday: the week the weekly schedules are anchored in. */
const ANCHOR_SUNDAY = daysFromCivil(2000, 1, 2)
const DAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA']

/**
 * Writes a week or a calendar as a Genesys Cloud schedule group with its schedules embedded:
 * `{ name, timeZone, openSchedules, closedSchedules, holidaySchedules }` (the Platform API's field names).
 *
 * The week becomes weekly open schedules (one per start time and length, `BYDAY` listing its days,
 * anchored in the week of 2000-01-02). A closed date or range becomes one holiday schedule; a date or
 * range with hours becomes open schedules for its hours and closed ones for the rest of each day
 * (`FREQ=DAILY;COUNT=n` over a range), so Holiday > Closed > Open gives exactly its hours; a single
 * date is cut out of a range it falls in. A yearly entry becomes `FREQ=YEARLY;BYMONTH;BYMONTHDAY`
 * schedules from 2000 (or the first of `options.years`, if earlier), split by `UNTIL` around the years
 * a date or range entry decides that day. Losses: absolute (`start`/`end`) entries (`not_supported`)
 * and no zone (`zone`).
 *
 * @param scheduleOrCalendar - a `WeeklySchedule` or a `Calendar`
 * @param options - `timeZone` (written as `timeZone`), `years`, `name`
 * @returns `{ value, losses }`
 * @throws {TypeError} when `scheduleOrCalendar` is not hours
 *
 * @example
 * const { value } = writeGenesys(scheduleFromIntervals([1, 2, 3, 4, 5].map((d) => ({ start: d * 1440 + 540, end: d * 1440 + 1020 }))), { timeZone: 'America/Chicago' })
 * value.openSchedules
 * //=> [{ name: 'Open 09:00–17:00', start: '2000-01-03T09:00:00.000', end: '2000-01-03T17:00:00.000', rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' }]
 */
export function writeGenesys(scheduleOrCalendar: unknown, options?: WriteGenesysOptions): WriteFormatResult<GenesysScheduleGroup> {
  const shared = readFormatOptions(options, ['name'], 'writeGenesys')
  const name = shared.own.name ?? 'Business hours'
  if (typeof name !== 'string') throw new TypeError(`writeGenesys options.name must be a string, received ${typeof name}`)
  const { week, exceptions } = writerHours(scheduleOrCalendar, 'writeGenesys')
  const losses: FormatLoss[] = []
  const open: GenesysSchedule[] = weekSchedules(week)
  const closed: GenesysSchedule[] = []
  const holiday: GenesysSchedule[] = []
  const plan = datedPlan(exceptions)
  for (const run of plan.runs) {
    const days = run.to - run.from + 1
    const label = run.label ?? (days === 1 ? isoDateOfDay(run.from) : `${isoDateOfDay(run.from)}–${isoDateOfDay(run.to)}`)
    if (run.hours.length === 0) {
      holiday.push({ name: label, start: local(run.from, 0), end: local(run.to + 1, 0) })
      continue
    }
    const rrule = days === 1 ? undefined : `FREQ=DAILY;COUNT=${days}`
    for (const span of run.hours) open.push(spanSchedule(label, run.from, span, rrule))
    for (const span of outside(run.hours)) closed.push(spanSchedule(`${label} (closed)`, run.from, span, rrule))
  }
  const firstYear = Math.min(2000, shared.years?.[0] ?? 2000)
  for (const yearly of plan.yearly) {
    const label = yearly.label ?? `--${pad(yearly.month)}-${pad(yearly.day)}`
    // The years written: from firstYear on, without the spans a date or range entry decides.
    let from = firstYear
    const segments: [number, number | undefined][] = []
    for (const [a, b] of yearly.excludedYears) {
      if (b < from) continue
      if (a > from) segments.push([from, a - 1])
      from = Math.max(from, b + 1)
    }
    segments.push([from, undefined])
    for (const [a, b] of segments) {
      let year = a
      while (yearly.month === 2 && yearly.day === 29 && !isLeapYear(year)) year++
      if (b !== undefined && year > b) continue
      const day = daysFromCivil(year, yearly.month, yearly.day)
      const rrule = `FREQ=YEARLY;BYMONTH=${yearly.month};BYMONTHDAY=${yearly.day}${b === undefined ? '' : `;UNTIL=${b}1231`}`
      if (yearly.hours.length === 0) holiday.push({ name: label, start: local(day, 0), end: local(day + 1, 0), rrule })
      else {
        for (const span of yearly.hours) open.push(spanSchedule(label, day, span, rrule))
        for (const span of outside(yearly.hours)) closed.push(spanSchedule(`${label} (closed)`, day, span, rrule))
      }
    }
  }
  for (const index of plan.instants) losses.push({ code: 'not_supported', path: ['exceptions', index], message: 'an absolute (start/end) entry has no Genesys form: schedules are local date-times; not written' })
  if (shared.timeZone === undefined) losses.push({ code: 'zone', path: [], message: 'no options.timeZone: timeZone, which a schedule group needs, is left out' })
  const group = shared.timeZone === undefined ? { name } : { name, timeZone: shared.timeZone }
  return Object.freeze({ value: { ...group, openSchedules: open, closedSchedules: closed, holidaySchedules: holiday }, losses: Object.freeze(losses) })
}

/** The week as weekly open schedules: spans with one start time and length share a schedule, their days in `BYDAY`. */
function weekSchedules(week: readonly WeekInterval[]): GenesysSchedule[] {
  if (week.length === 0) return []
  if (week.length === 1 && week[0]!.start === 0 && week[0]!.end === MINUTES_PER_WEEK) {
    return [{ name: 'Open all week', start: local(ANCHOR_SUNDAY, 0), end: local(ANCHOR_SUNDAY + 1, 0), rrule: 'FREQ=DAILY' }]
  }
  const spans = week.map((interval) => ({ start: interval.start, end: interval.end }))
  // The Saturday→Sunday wrap is two pieces in normal form; Genesys holds it as one occurrence.
  const first = spans[0]!
  const last = spans[spans.length - 1]!
  if (spans.length > 1 && first.start === 0 && last.end === MINUTES_PER_WEEK) {
    spans.pop()
    spans[0] = { start: last.start, end: MINUTES_PER_WEEK + first.end }
  }
  const groups = new Map<string, { minute: number; length: number; days: number[] }>()
  for (const span of spans) {
    const day = Math.floor(span.start / MINUTES_PER_DAY)
    const minute = span.start - day * MINUTES_PER_DAY
    const key = `${minute}/${span.end - span.start}`
    const group = groups.get(key)
    if (group === undefined) groups.set(key, { minute, length: span.end - span.start, days: [day] })
    else group.days.push(day)
  }
  const schedules: GenesysSchedule[] = []
  for (const { minute, length, days } of groups.values()) {
    const startDay = ANCHOR_SUNDAY + days[0]!
    const end = minute + length
    schedules.push({
      name: `Open ${clock(minute)}–${clock(end % MINUTES_PER_DAY === 0 && end > 0 ? MINUTES_PER_DAY : end % MINUTES_PER_DAY)}`,
      start: local(startDay, minute),
      end: local(startDay + Math.floor(end / MINUTES_PER_DAY), end % MINUTES_PER_DAY),
      rrule: `FREQ=WEEKLY;BYDAY=${days.map((d) => DAY_CODES[d]).join(',')}`,
    })
  }
  return schedules
}

function spanSchedule(name: string, day: number, span: DayInterval, rrule: string | undefined): GenesysSchedule {
  const schedule = { name, start: local(day, span.start), end: local(day + Math.floor(span.end / MINUTES_PER_DAY), span.end % MINUTES_PER_DAY) }
  return rrule === undefined ? schedule : { ...schedule, rrule }
}

/** The minutes of a day outside its spans. */
function outside(hours: readonly DayInterval[]): DayInterval[] {
  const gaps: DayInterval[] = []
  let at = 0
  for (const { start, end } of hours) {
    if (start > at) gaps.push({ start: at, end: start })
    at = end
  }
  if (at < MINUTES_PER_DAY) gaps.push({ start: at, end: MINUTES_PER_DAY })
  return gaps
}

/** `YYYY-MM-DDTHH:mm:00.000` of a day and a minute of it. */
function local(day: number, minute: number): string {
  const { year, month, day: d } = civilFromDays(day)
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(d)}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}:00.000`
}

function clock(minute: number): string {
  return `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}
