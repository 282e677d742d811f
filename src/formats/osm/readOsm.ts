// OpenStreetMap `opening_hours` → a week and dated entries.

import { collectIssues, reportError } from '../../ground/issues'
import { describeReceived } from '../../ground/issues'
import type { ExceptionEntry, ExceptionHours } from '../../calendar/entryTypes'
import type { DayInterval } from '../../calendar/types'
import { civilFromDays, daysFromCivil, isoDateOfDay } from '../../zone/civil'
import type { WeekInterval } from '../../week/types'
import { formatReadResult, readFormatOptions } from '../formatResult'
import type { FormatLoss, ReadFormatOptions, ReadFormatResult } from '../types'
import { daySpansOf, evaluateOsmDay, genericDay, osmDay } from './evaluateOsm'
import { MAX_OSM_TEXT, parseOsm } from './parseOsm'
import { ruleWraps, type OsmRule } from './osmRules'
import { readHolidayDays } from './publicHolidays'

/** The most years a reader checks OSM's positional precedence over (the years given and the years the value names). */
const MAX_CHECKED_YEARS = 200

/** Options of `readOsm`: the shared ones, and the public holidays `PH` stands for. */
export interface ReadOsmOptions extends ReadFormatOptions {
  /**
   * The dates `PH` matches: `YYYY-MM-DD` strings, or date entries as `holidayExceptions` from
   * `callhours/holidays` gives them (`{ date, label }`; ranges `{ from, to }` count every date).
   * Without it `PH` matches no date, and a rule that names it says so as a loss.
   */
  readonly publicHolidays?: readonly (string | ExceptionEntry)[]
}

interface DatedHours {
  readonly hours: readonly DayInterval[]
  readonly label: string | undefined
}

const military = (minute: number): number => Math.floor(minute / 60) * 100 + (minute % 60)
const sameHours = (a: readonly DayInterval[], b: readonly DayInterval[]): boolean => a.length === b.length && a.every((span, i) => span.start === b[i]!.start && span.end === b[i]!.end)

/** A rule callhours carries as dated entries directly: dates only, `;`, not past midnight, open or off. */
function isDirect(rule: OsmRule): boolean {
  if (rule.additional || rule.state === 'unknown' || rule.weekdays !== undefined || ruleWraps(rule) || (rule.state === 'off' && rule.timed)) return false
  return (rule.dates !== undefined) !== rule.holiday
}

function hoursOfRule(rule: OsmRule): DayInterval[] {
  if (rule.state !== 'open') return []
  const minutes = new Uint8Array(1440)
  for (const span of rule.spans) minutes.fill(1, span.start, Math.min(span.end, 1440))
  return daySpansOf(minutes)
}

/**
 * Reads an OpenStreetMap `opening_hours` value into callhours' week and dated entries.
 *
 * Read: weekdays and ranges (`Mo-Fr`, `Sa,Su`), several spans a day, spans past midnight
 * (`Fr 22:00-02:00`, `22:00-26:00`), `off`/`closed`/`open`, `24/7`, explicit dates and ranges
 * (`2026 Dec 24`, `2026 Dec 24-2027 Jan 02`, `2026`), yearly dates, ranges and months (`Dec 25`,
 * `Dec 24-26`, `Dec`), `PH` when `publicHolidays` are given, `,` additional rules, and comments as
 * labels of dated entries. OSM decides by position (a later `;` rule replaces a whole day, a previous
 * day's spill past midnight included) where callhours decides by kind (a date over a range over a
 * yearly date over the week): where they disagree, the dates concerned are written as single-date
 * entries over `years` and the years the value names, with an `expanded` loss. Sunrise, `week`,
 * `SH`, nth weekdays, open ends, `unknown` and fallback `||` rules are losses (`not_supported`),
 * never silently dropped; text that is not `opening_hours` is an `unreadable` issue at `['rule', i]`.
 * Never throws on data; at most 100,000 characters and 1,000 rules.
 *
 * @param text - the value of the `opening_hours` tag
 * @param options - `timeZone` (OSM names none), `years`, `publicHolidays`
 * @returns the common reader result (`ReadFormatResult`)
 * @throws {TypeError | RangeError} only for wrong options
 *
 * @example
 * const read = readOsm('Mo-Fr 09:00-17:00; Dec 25 off "Christmas"')
 * describeSchedule(read.calendar)
 * //=> 'Mon–Fri 09:00–17:00, Sat–Sun closed; exceptions: every --12-25 closed (Christmas)'
 *
 * @example
 * // Edge: Friday's span past midnight; a rule callhours has no model for is a loss
 * const late = readOsm('Fr 22:00-02:00; Mo sunrise-sunset')
 * late.schedule.intervals //=> [{ start: 8520, end: 8760 }]
 * late.losses.map((loss) => loss.path) //=> [['rule', 1]]
 */
export function readOsm(text: unknown, options?: ReadOsmOptions): ReadFormatResult {
  const { timeZone, years, own } = readFormatOptions(options, ['publicHolidays'], 'readOsm')
  const holidays = readHolidayDays(own.publicHolidays)
  const collector = collectIssues()
  const losses: FormatLoss[] = []
  if (typeof text !== 'string') {
    reportError(collector, [], 'invalid_type', `an opening_hours value is text, received ${describeReceived(text)}`, 'text', describeReceived(text))
    return formatReadResult(collector, [], [], timeZone, losses)
  }
  if (text.length > MAX_OSM_TEXT) {
    reportError(collector, [], 'out_of_range', `the opening_hours value is ${text.length} characters: at most ${MAX_OSM_TEXT} are read`, `at most ${MAX_OSM_TEXT} characters`, String(text.length))
    return formatReadResult(collector, [], [], timeZone, losses)
  }
  if (text.trim() === '') {
    reportError(collector, [], 'unreadable', 'the opening_hours value is empty', 'an opening_hours value ("Mo-Fr 09:00-17:00")', 'empty text')
    return formatReadResult(collector, [], [], timeZone, losses)
  }
  const parsed = parseOsm(text, collector)
  for (const loss of parsed.losses) losses.push(loss)
  const rules = parsed.rules
  for (const rule of rules) {
    if (rule.state === 'unknown') losses.push({ code: 'not_supported', path: ['rule', rule.index], message: `rule "${rule.text}" says unknown: read as closed` })
    if (rule.holiday && holidays === undefined) losses.push({ code: 'not_supported', path: ['rule', rule.index], message: `rule "${rule.text}" names PH, and no publicHolidays were given: PH matches no date` })
    // The specification (and opening_hours.js) reads `Mo 10:00-12:00 "by appointment"` as unknown; people mean open with a note.
    if (rule.comment !== undefined && !rule.stated) losses.push({ code: 'approximated', path: ['rule', rule.index], message: `rule "${rule.text}" has a comment and no open/off, which OSM reads as unknown: read as open` })
    if (rule.comment !== undefined && (rule.dates === undefined && !rule.holiday)) losses.push({ code: 'not_supported', path: ['rule', rule.index, 'comment'], message: `the comment "${rule.comment}" of a weekly rule is not carried (only dated entries have labels)` })
  }
  const holidayDays = holidays?.days ?? new Set<number>()

  // The week: the rules as they fall on a date that no date selector names.
  const week: WeekInterval[] = []
  const minutes = new Uint8Array(1440)
  for (let weekday = 0; weekday < 7; weekday++) {
    evaluateOsmDay(rules, genericDay(weekday), genericDay((weekday + 6) % 7), minutes)
    for (const span of daySpansOf(minutes)) week.push({ start: weekday * 1440 + span.start, end: weekday * 1440 + span.end })
  }
  const weekHours = (weekday: number): DayInterval[] => {
    const spans: DayInterval[] = []
    for (const interval of week) if (interval.start >= weekday * 1440 && interval.end <= (weekday + 1) * 1440) spans.push({ start: interval.start - weekday * 1440, end: interval.end - weekday * 1440 })
    return spans
  }

  // Dated rules callhours carries by kind, later rules of one kind replacing earlier ones, as OSM would.
  const yearly = new Map<number, DatedHours>()
  const single = new Map<number, DatedHours>()
  let ranges: { from: number; to: number; dated: DatedHours }[] = []
  for (const rule of rules) {
    if (!isDirect(rule)) continue
    const dated: DatedHours = { hours: hoursOfRule(rule), label: rule.comment }
    if (rule.holiday) {
      for (const day of holidayDays) single.set(day, { hours: dated.hours, label: rule.comment ?? holidays?.labels.get(day) })
      continue
    }
    for (const item of rule.dates!) {
      if (item.kind === 'yearly') {
        for (let key = item.from, steps = 0; steps < 400; steps++) {
          const month = Math.floor(key / 100)
          const day = key % 100
          if (day <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!) yearly.set(key, dated)
          if (key === item.to) break
          key = day >= 31 ? (month === 12 ? 101 : (month + 1) * 100 + 1) : key + 1
        }
      } else if (item.fromDay === item.toDay) single.set(item.fromDay, dated)
      else {
        const kept: typeof ranges = []
        for (const range of ranges) {
          if (range.to < item.fromDay || range.from > item.toDay) kept.push(range)
          else {
            if (range.from < item.fromDay) kept.push({ from: range.from, to: item.fromDay - 1, dated: range.dated })
            if (range.to > item.toDay) kept.push({ from: item.toDay + 1, to: range.to, dated: range.dated })
          }
        }
        kept.push({ from: item.fromDay, to: item.toDay, dated })
        ranges = kept
      }
    }
  }
  const candidateHours = (day: number): readonly DayInterval[] => {
    const dated = single.get(day) ?? ranges.find((range) => day >= range.from && day <= range.to)?.dated
    if (dated !== undefined) return dated.hours
    const civil = civilFromDays(day)
    return yearly.get(civil.month * 100 + civil.day)?.hours ?? weekHours(weekdayOfDay(day))
  }

  // Where OSM's order and callhours' kinds disagree, the day is written as OSM has it.
  const dated = rules.some((rule) => rule.dates !== undefined || rule.holiday)
  if (dated) {
    const checked = new Set<number>(years ?? [])
    const addYear = (day: number): void => {
      if (checked.size < MAX_CHECKED_YEARS) checked.add(civilFromDays(day).year)
    }
    for (const rule of rules) {
      for (const item of rule.dates ?? []) {
        if (item.kind !== 'explicit') continue
        const lastYear = civilFromDays(item.toDay + 1).year
        for (let year = civilFromDays(item.fromDay).year; year <= lastYear && checked.size < MAX_CHECKED_YEARS; year++) checked.add(year)
      }
    }
    for (const day of holidayDays) addYear(day)
    if (checked.size >= MAX_CHECKED_YEARS) losses.push({ code: 'over_limit', path: [], message: `the value names more than ${MAX_CHECKED_YEARS} years: OSM's order is checked over the first ${MAX_CHECKED_YEARS}` })
    const causes = new Map<number, number[]>()
    for (const year of [...checked].sort((a, b) => a - b)) {
      const first = daysFromCivil(year, 1, 1)
      const last = daysFromCivil(year, 12, 31)
      for (let day = first; day <= last; day++) {
        const truth = new Uint8Array(1440)
        const cause = evaluateOsmDay(rules, osmDay(day, weekdayOfDay(day), holidayDays), osmDay(day - 1, weekdayOfDay(day - 1), holidayDays), truth)
        const hours = daySpansOf(truth)
        if (sameHours(hours, candidateHours(day))) continue
        single.set(day, { hours, label: undefined })
        const list = causes.get(cause) ?? []
        list.push(day)
        causes.set(cause, list)
      }
    }
    for (const [cause, days] of causes) {
      const rule = rules.find((candidate) => candidate.index === cause)
      const which = rule === undefined ? 'the order of the rules' : `rule "${rule.text}"`
      const span = days.length === 1 ? isoDateOfDay(days[0]!) : `${isoDateOfDay(days[0]!)} … ${isoDateOfDay(days[days.length - 1]!)}`
      losses.push({ code: 'expanded', path: ['rule', Math.max(cause, 0)], message: `${which} decides ${days.length} date${days.length === 1 ? '' : 's'} by its position, which callhours decides by kind: written as single-date entries (${span}), within the years checked (${[...checked].sort((a, b) => a - b).join(', ')})` })
    }
    if (years === undefined) {
      const positional = rules.find((rule, i) => rule.dates?.some((item) => item.kind === 'yearly') === true && (!isDirect(rule) || rules.slice(i + 1).some((later) => later.dates?.every((item) => item.kind === 'explicit') !== true)))
      if (positional !== undefined) losses.push({ code: 'not_supported', path: ['rule', positional.index], message: `rule "${positional.text}" is a yearly rule that a later rule may override by position: pass options.years to carry it exactly over those years` })
    }
  }

  const exceptions: ExceptionEntry[] = []
  const entryOf = (dated: DatedHours): { closed: true } | { hours: ExceptionHours[] } =>
    dated.hours.length === 0 ? { closed: true } : { hours: dated.hours.map((span) => ({ time_open: military(span.start), time_close: military(span.end) })) }
  const labelOf = (dated: DatedHours, path: readonly (string | number)[]): { label?: string } => {
    if (dated.label === undefined) return {}
    if (dated.label.length > 200) losses.push({ code: 'approximated', path, message: `a comment of ${dated.label.length} characters is cut to the 200 a label holds` })
    return { label: dated.label.slice(0, 200) }
  }
  for (const [key, value] of [...yearly].sort((a, b) => a[0] - b[0])) exceptions.push({ date: `--${String(Math.floor(key / 100)).padStart(2, '0')}-${String(key % 100).padStart(2, '0')}`, ...entryOf(value), ...labelOf(value, []) })
  for (const range of ranges.sort((a, b) => a.from - b.from)) exceptions.push({ from: isoDateOfDay(range.from), to: isoDateOfDay(range.to), ...entryOf(range.dated), ...labelOf(range.dated, []) })
  for (const [day, value] of [...single].sort((a, b) => a[0] - b[0])) exceptions.push({ date: isoDateOfDay(day), ...entryOf(value), ...labelOf(value, []) })
  return formatReadResult(collector, week, exceptions, timeZone, losses)
}

function weekdayOfDay(day: number): number {
  return (((day + 4) % 7) + 7) % 7
}
