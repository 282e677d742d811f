// A week and dated entries → schema.org `OpeningHoursSpecification` JSON-LD.

import { requireHours } from '../../calendar/sealedCalendar'
import { dateHours } from '../../calendar/dateHours'
import type { Calendar, CalendarException, DayInterval, Hours } from '../../calendar/types'
import { daysFromCivil, isLeapYear, isoDateOfDay } from '../../zone/civil'
import { offsetAt } from '../../zone/zoneOffsets'
import { zoneFor } from '../../zone/resolveTimeZone'
import { DAY_MS } from '../../ground/timeUnits'
import { describeReceived } from '../../ground/issues'
import { readFormatOptions } from '../formatResult'
import type { FormatLoss, WriteFormatOptions, WriteFormatResult } from '../types'
import { weekWithSpill } from '../weekSpill'
import { SCHEMA_DAYS } from './schemaOrgNames'

/** The most local dates instant entries and yearly dates are written as. */
const MAX_WRITTEN_DAYS = 3660

/** One `OpeningHoursSpecification` as written. */
export interface SchemaOrgSpecification {
  readonly '@type': 'OpeningHoursSpecification'
  readonly dayOfWeek?: readonly string[]
  readonly opens: string
  readonly closes: string
  readonly validFrom?: string
  readonly validThrough?: string
}

/** What `writeSchemaOrg` writes: a `LocalBusiness` node with the hours, or (shape `list`) the specifications alone. */
export type SchemaOrgValue =
  | {
      readonly '@context': 'https://schema.org'
      readonly '@type': 'LocalBusiness'
      readonly openingHoursSpecification: readonly SchemaOrgSpecification[]
      readonly specialOpeningHoursSpecification?: readonly SchemaOrgSpecification[]
    }
  | readonly SchemaOrgSpecification[]

/** Options of `writeSchemaOrg`. */
export interface WriteSchemaOrgOptions extends WriteFormatOptions {
  /** How a span to midnight closes: `'23:59'` (the default: what Google's structured-data guide documents) or `'24:00'`. */
  readonly endOfDay?: '23:59' | '24:00'
  /** `dayOfWeek` as `'url'` (the default, `https://schema.org/Monday`) or `'name'` (`Monday`). */
  readonly dayNames?: 'url' | 'name'
  /** `'localBusiness'` (the default): a LocalBusiness node; `'list'`: the specifications alone, special ones after. */
  readonly shape?: 'localBusiness' | 'list'
}

const pad = (value: number): string => String(value).padStart(2, '0')
const clock = (minute: number): string => `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`

/**
 * Writes a week, or a calendar, as schema.org opening hours (JSON-LD).
 *
 * Regular hours: one `OpeningHoursSpecification` per span, weekdays with that span together in
 * `dayOfWeek`; a span past midnight is one specification that closes before it opens (`22:00` →
 * `02:00`); a span to midnight closes at `23:59` (option `endOfDay`), so a whole day is `00:00`–
 * `23:59`; closed days are left out. Dated entries are special hours with `validFrom`/`validThrough`
 * (a closed date `00:00`–`00:00`): a single date inside a range splits the range, so no two special
 * specifications cover one date. schema.org has no yearly rule and no instant: a yearly entry is
 * written as its dates over `options.years` (an `expanded` loss; without years it is not written),
 * an instant entry as the hours of the local dates it touches in `options.timeZone` (`approximated`).
 *
 * @param scheduleOrCalendar - a `WeeklySchedule` or a `Calendar` from `withExceptions`
 * @param options - `timeZone`, `years`, `endOfDay`, `dayNames`, `shape`
 * @returns `{ value, losses }`, `value` the JSON-LD value (plain data: `JSON.stringify` it)
 * @throws {TypeError | RangeError} for what is not hours, or wrong options
 *
 * @example
 * writeSchemaOrg(parseBusinessHours([{ day_of_week: 6, time_open: 0, time_close: 2400, invert: false, work_day: true }]), { shape: 'list', dayNames: 'name' }).value
 * //=> [{ '@type': 'OpeningHoursSpecification', dayOfWeek: ['Saturday'], opens: '00:00', closes: '23:59' }]
 *
 * @example
 * // Edge: a yearly closure needs years to be written (schema.org has no recurrence)
 * writeSchemaOrg(withExceptions(parseBusinessHours([]), [{ date: '--12-25', closed: true }]), { years: [2026] }).value.specialOpeningHoursSpecification
 * //=> [{ '@type': 'OpeningHoursSpecification', validFrom: '2026-12-25', validThrough: '2026-12-25', opens: '00:00', closes: '00:00' }]
 */
export function writeSchemaOrg(scheduleOrCalendar: Hours, options?: WriteSchemaOrgOptions): WriteFormatResult<SchemaOrgValue> {
  const { timeZone, years, own } = readFormatOptions(options, ['endOfDay', 'dayNames', 'shape'], 'writeSchemaOrg')
  const choice = <T extends string>(key: 'endOfDay' | 'dayNames' | 'shape', allowed: readonly T[]): T => {
    const value = own[key]
    if (value === undefined) return allowed[0]!
    if (!allowed.includes(value as T)) throw new RangeError(`writeSchemaOrg options.${key} must be ${allowed.map((a) => `'${a}'`).join(' or ')}, received ${describeReceived(value)}`)
    return value as T
  }
  const endOfDay = choice('endOfDay', ['23:59', '24:00'] as const)
  const dayNames = choice('dayNames', ['url', 'name'] as const)
  const shape = choice('shape', ['localBusiness', 'list'] as const)
  if (typeof scheduleOrCalendar !== 'object' || scheduleOrCalendar === null) throw new TypeError(`writeSchemaOrg takes a WeeklySchedule or a Calendar, received ${scheduleOrCalendar === null ? 'null' : typeof scheduleOrCalendar}`)
  const hours = requireHours(scheduleOrCalendar)
  const exceptions: readonly CalendarException[] = (hours as Partial<Calendar>).exceptions ?? []
  const schedule = 'schedule' in hours ? hours.schedule : hours
  const losses: FormatLoss[] = []
  const closesText = (end: number, path: readonly (string | number)[]): string => {
    // Under the 23:59 convention a real 23:59 close reads back as midnight: one minute more, said.
    if (end === 1439 && endOfDay === '23:59') losses.push({ code: 'approximated', path, message: 'closes 23:59 reads as the end of the day where 23:59 means midnight: one minute more open (endOfDay: \'24:00\' writes it exactly)' })
    return end === 1440 ? endOfDay : clock(end % 1440)
  }
  const dayName = (day: number): string => (dayNames === 'url' ? `https://schema.org/${SCHEMA_DAYS[day]}` : SCHEMA_DAYS[day]!)

  const regular: SchemaOrgSpecification[] = []
  const { days } = weekWithSpill(schedule)
  const bySpan = new Map<string, { start: number; end: number; days: number[] }>()
  for (const day of [1, 2, 3, 4, 5, 6, 0]) {
    for (const span of days[day]!) {
      const key = `${span.start}-${span.end}`
      const group = bySpan.get(key) ?? { start: span.start, end: span.end, days: [] }
      group.days.push(day)
      bySpan.set(key, group)
    }
  }
  for (const group of bySpan.values()) regular.push({ '@type': 'OpeningHoursSpecification', dayOfWeek: group.days.map(dayName), opens: clock(group.start), closes: closesText(group.end, ['schedule']) })

  // The special dates: single dates and instants' dates first, then ranges around them, then yearly dates nothing else covers.
  const singles = new Map<number, { hours: readonly DayInterval[] }>()
  const ranges: { from: number; to: number; hours: readonly DayInterval[] }[] = []
  const dayOfIso = (iso: string): number => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
    return daysFromCivil(y, m, d)
  }
  for (const entry of exceptions) if (entry.kind === 'date') singles.set(dayOfIso(entry.date), { hours: entry.hours })
  const instants = exceptions.flatMap((entry, index) => (entry.kind === 'instant' ? [{ entry, index }] : []))
  if (instants.length > 0 && timeZone === undefined) {
    for (const { index } of instants) losses.push({ code: 'zone', path: ['exceptions', index], message: 'an instant entry needs options.timeZone to be written as local dates (schema.org names no zone): not written' })
  } else if (instants.length > 0) {
    const zone = zoneFor(timeZone!)
    let written = 0
    for (const { entry, index } of instants) {
      if (entry.kind !== 'instant') continue
      const first = Math.floor((entry.start + offsetAt(zone, entry.start)) / DAY_MS)
      const last = Math.floor((entry.end - 1 + offsetAt(zone, entry.end - 1)) / DAY_MS)
      if (written + last - first + 1 > MAX_WRITTEN_DAYS) {
        losses.push({ code: 'over_limit', path: ['exceptions', index], message: `an instant entry over ${last - first + 1} local dates: at most ${MAX_WRITTEN_DAYS} dates are written, this one is not` })
        continue
      }
      written += last - first + 1
      for (let day = first; day <= last; day++) singles.set(day, { hours: dateHours(hours, zone, day) })
      losses.push({ code: 'approximated', path: ['exceptions', index], message: `an instant entry is written as the hours of the local dates it touches in ${timeZone} (${isoDateOfDay(first)}${first === last ? '' : ` … ${isoDateOfDay(last)}`}): exact, except that a fall-back's repeated hour cannot be told apart` })
    }
  }
  for (const entry of exceptions) {
    if (entry.kind !== 'range') continue
    let start = dayOfIso(entry.from)
    const end = dayOfIso(entry.to)
    for (const day of [...singles.keys()].filter((day) => day >= start && day <= end).sort((a, b) => a - b)) {
      if (day > start) ranges.push({ from: start, to: day - 1, hours: entry.hours })
      start = day + 1
    }
    if (start <= end) ranges.push({ from: start, to: end, hours: entry.hours })
  }
  const covered = (day: number): boolean => singles.has(day) || ranges.some((range) => day >= range.from && day <= range.to)
  exceptions.forEach((entry, index) => {
    if (entry.kind !== 'yearly') return
    if (years === undefined) {
      losses.push({ code: 'not_supported', path: ['exceptions', index], message: `the yearly entry ${entry.date} needs options.years to be written as dates (schema.org has no yearly rule): not written` })
      return
    }
    const dates: string[] = []
    for (const year of years) {
      if (entry.month === 2 && entry.day === 29 && !isLeapYear(year)) continue
      const day = daysFromCivil(year, entry.month, entry.day)
      if (!covered(day)) singles.set(day, { hours: entry.hours })
      dates.push(String(year))
    }
    losses.push({ code: 'expanded', path: ['exceptions', index], message: `the yearly entry ${entry.date} is written as its dates in ${dates.join(', ')} (schema.org has no yearly rule)` })
  })

  const special: { from: number; spec: SchemaOrgSpecification }[] = []
  const pushSpecial = (from: number, to: number, spans: readonly DayInterval[]): void => {
    const dates = { validFrom: isoDateOfDay(from), validThrough: isoDateOfDay(to) }
    if (spans.length === 0) special.push({ from, spec: { '@type': 'OpeningHoursSpecification', ...dates, opens: '00:00', closes: '00:00' } })
    for (const span of spans) special.push({ from, spec: { '@type': 'OpeningHoursSpecification', ...dates, opens: clock(span.start), closes: closesText(span.end, ['exceptions']) } })
  }
  for (const [day, single] of singles) pushSpecial(day, day, single.hours)
  for (const range of ranges) pushSpecial(range.from, range.to, range.hours)
  const specials = special.sort((a, b) => a.from - b.from).map((item) => item.spec)
  if (shape === 'list') return { value: [...regular, ...specials], losses }
  return {
    value: {
      '@context': 'https://schema.org',
      '@type': 'LocalBusiness',
      openingHoursSpecification: regular,
      ...(specials.length > 0 ? { specialOpeningHoursSpecification: specials } : {}),
    },
    losses,
  }
}
