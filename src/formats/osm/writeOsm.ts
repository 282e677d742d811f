// A week and dated entries → an OpenStreetMap `opening_hours` value.

import { requireHours } from '../../calendar/sealedCalendar'
import { dateHours } from '../../calendar/dateHours'
import type { Calendar, CalendarException, DayInterval, Hours } from '../../calendar/types'
import { civilFromDays, daysFromCivil } from '../../zone/civil'
import { offsetAt } from '../../zone/zoneOffsets'
import { zoneFor } from '../../zone/resolveTimeZone'
import type { WeeklySchedule } from '../../week/types'
import { DAY_MS } from '../../ground/timeUnits'
import { readFormatOptions } from '../formatResult'
import type { FormatLoss, WriteFormatOptions, WriteFormatResult } from '../types'
import { OSM_MONTHS, OSM_WEEKDAYS } from './osmRules'
import { weekWithSpill } from '../weekSpill'

/** The most local dates instant entries are written as (ten years of days). */
const MAX_INSTANT_DAYS = 3660

/** Options of `writeOsm`: the shared ones. `timeZone` is the zone instant entries are written in (OSM names no zone); `years` is not needed (OSM has yearly dates and ranges). */
export type WriteOsmOptions = WriteFormatOptions

const pad = (value: number): string => String(value).padStart(2, '0')
const clock = (minute: number): string => `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`
const spansText = (spans: readonly { start: number; end: number }[]): string => spans.map((span) => `${clock(span.start)}-${clock(span.end > 1440 ? span.end - 1440 : span.end)}`).join(',')
const dayText = (day: number): string => {
  const civil = civilFromDays(day)
  return `${civil.year} ${OSM_MONTHS[civil.month - 1]} ${pad(civil.day)}`
}

/** `Mo-Fr`, `Mo,We,Fr`, `Sa,Su`: weekdays Monday first, runs of three or more as ranges. */
function weekdaysText(days: readonly number[]): string {
  const order = [1, 2, 3, 4, 5, 6, 0].filter((day) => days.includes(day))
  const parts: string[] = []
  for (let i = 0; i < order.length; ) {
    let j = i
    while (j + 1 < order.length && (order[j]! % 7) + 1 === (order[j + 1]! === 0 ? 7 : order[j + 1]!)) j++
    if (j - i >= 2) parts.push(`${OSM_WEEKDAYS[order[i]!]}-${OSM_WEEKDAYS[order[j]!]}`)
    else for (let k = i; k <= j; k++) parts.push(OSM_WEEKDAYS[order[k]!]!)
    i = j + 1
  }
  return parts.join(',')
}

/**
 * The week's rules: each weekday's own spans, a span that runs past midnight written on the day it
 * starts (`Fr 22:00-02:00`), weekdays with the same spans in one rule. OSM lets a later `;` rule
 * replace a day a spill runs into, so the rule a spill runs into comes first; where the spills go
 * round the week and no order serves, the rules are joined with `, ` (which adds, never replaces).
 */
function weekRules(schedule: WeeklySchedule): { rules: string[]; joiner: string } {
  if (schedule.intervals.length === 1 && schedule.intervals[0]!.start === 0 && schedule.intervals[0]!.end === 10080) return { rules: ['24/7'], joiner: '; ' }
  const { days: own, wraps: wrapsInto } = weekWithSpill(schedule)
  const groups = new Map<string, number[]>()
  for (const day of [1, 2, 3, 4, 5, 6, 0]) {
    if (own[day]!.length === 0) continue
    const key = spansText(own[day]!)
    groups.set(key, [...(groups.get(key) ?? []), day])
  }
  const keys = [...groups.keys()]
  const keyOf = (day: number): string | undefined => keys.find((key) => groups.get(key)!.includes(day))
  // Rule a must come before rule b when a day of b spills into a day of a.
  const before = new Map<string, Set<string>>(keys.map((key) => [key, new Set<string>()]))
  for (let day = 0; day < 7; day++) {
    const target = keyOf((day + 1) % 7)
    const source = keyOf(day)
    if (wrapsInto[day] === true && target !== undefined && source !== undefined && target !== source) before.get(source)!.add(target)
  }
  const ordered: string[] = []
  const placed = new Set<string>()
  for (let round = 0; round < keys.length; round++) {
    const ready = keys.find((key) => !placed.has(key) && [...before.get(key)!].every((need) => placed.has(need)))
    if (ready === undefined) break
    ordered.push(ready)
    placed.add(ready)
  }
  const cyclic = ordered.length < keys.length
  const rules = (cyclic ? keys : ordered).map((key) => `${weekdaysText(groups.get(key)!)} ${key}`)
  return { rules, joiner: cyclic ? ', ' : '; ' }
}

/**
 * Writes a week, or a calendar, as an OpenStreetMap `opening_hours` value.
 *
 * The week comes first (`Mo-Fr 09:00-17:00; Sa 10:00-14:00`, `24/7`, `off` when closed all week),
 * spans past midnight written on the day they start (`Fr 22:00-02:00`) and ordered so that no later
 * rule replaces the day they run into (or joined with `, `). Then the dated entries, lowest
 * callhours precedence first so that OSM's "a later rule wins" gives callhours' answer: yearly
 * dates (`Dec 25 off`), ranges (`2026 Dec 24-2027 Jan 01 off`), single dates (`2026 Dec 24
 * 09:00-13:00`), labels as comments. OSM has no instants and no zone: an instant entry is written
 * as the local hours of each date it touches in `options.timeZone` (an `approximated` loss: a
 * fall-back's repeated hour cannot be told apart), or not at all without a zone (a `zone` loss).
 *
 * @param scheduleOrCalendar - a `WeeklySchedule` or a `Calendar` from `withExceptions`
 * @param options - `timeZone` for instant entries
 * @returns `{ value, losses }`, `value` the `opening_hours` text
 * @throws {TypeError} when given neither a schedule nor a calendar
 *
 * @example
 * // Friday 22:00 to Saturday 02:00 (week minutes since Sunday 00:00)
 * writeOsm(scheduleFromIntervals([{ start: 8520, end: 8760 }])).value //=> 'Fr 22:00-02:00'
 *
 * @example
 * // Edge: dated entries follow the week, yearly first, so a single date wins as in callhours
 * const holidays = withExceptions(scheduleFromIntervals([]), [{ date: '--12-25', closed: true, label: 'Christmas' }, { date: '2026-12-25', hours: [{ time_open: 900, time_close: 1200 }] }])
 * writeOsm(holidays).value //=> 'off; Dec 25 off "Christmas"; 2026 Dec 25 09:00-12:00'
 */
export function writeOsm(scheduleOrCalendar: Hours, options?: WriteOsmOptions): WriteFormatResult<string> {
  const { timeZone } = readFormatOptions(options, [], 'writeOsm')
  if (typeof scheduleOrCalendar !== 'object' || scheduleOrCalendar === null) throw new TypeError(`writeOsm takes a WeeklySchedule or a Calendar, received ${scheduleOrCalendar === null ? 'null' : typeof scheduleOrCalendar}`)
  const hours = requireHours(scheduleOrCalendar)
  const exceptions: readonly CalendarException[] = (hours as Partial<Calendar>).exceptions ?? []
  const schedule = 'schedule' in hours ? hours.schedule : hours
  const losses: FormatLoss[] = []
  const week = weekRules(schedule)
  const dated: string[] = []
  const comment = (label: string | null, index: number): string => {
    if (label === null || label === '') return ''
    if (label.includes('"')) losses.push({ code: 'approximated', path: ['exceptions', index, 'label'], message: `label "${label}": an OSM comment cannot hold '"': written with "'" instead` })
    return ` "${label.replaceAll('"', "'")}"`
  }
  // `open` before a comment: OSM reads a commented rule with no state as unknown.
  const hoursText = (spans: readonly DayInterval[], label: string | null = null): string => (spans.length === 0 ? 'off' : `${spansText(spans)}${label === null || label === '' ? '' : ' open'}`)
  const byKind = (kind: CalendarException['kind']): { entry: CalendarException; index: number }[] =>
    exceptions.flatMap((entry, index) => (entry.kind === kind ? [{ entry, index }] : []))
  for (const { entry, index } of byKind('yearly')) {
    if (entry.kind !== 'yearly') continue
    dated.push(`${OSM_MONTHS[entry.month - 1]} ${pad(entry.day)} ${hoursText(entry.hours, entry.label)}${comment(entry.label, index)}`)
  }
  for (const { entry, index } of byKind('range')) {
    if (entry.kind !== 'range') continue
    const [fy, fm, fd] = entry.from.split('-').map(Number) as [number, number, number]
    const [ty, tm, td] = entry.to.split('-').map(Number) as [number, number, number]
    dated.push(`${dayText(daysFromCivil(fy, fm, fd))}-${dayText(daysFromCivil(ty, tm, td))} ${hoursText(entry.hours, entry.label)}${comment(entry.label, index)}`)
  }
  for (const { entry, index } of byKind('date')) {
    if (entry.kind !== 'date') continue
    const [y, m, d] = entry.date.split('-').map(Number) as [number, number, number]
    dated.push(`${dayText(daysFromCivil(y, m, d))} ${hoursText(entry.hours, entry.label)}${comment(entry.label, index)}`)
  }
  const instants = byKind('instant')
  if (instants.length > 0) {
    if (timeZone === undefined) {
      for (const { index } of instants) losses.push({ code: 'zone', path: ['exceptions', index], message: 'an instant entry needs options.timeZone to be written as local dates (OSM names no zone): not written' })
    } else {
      const zone = zoneFor(timeZone)
      const days = new Set<number>()
      const labels = new Map<number, string | null>()
      for (const { entry, index } of instants) {
        if (entry.kind !== 'instant') continue
        const first = Math.floor((entry.start + offsetAt(zone, entry.start)) / DAY_MS)
        const last = Math.floor((entry.end - 1 + offsetAt(zone, entry.end - 1)) / DAY_MS)
        if (days.size + (last - first + 1) > MAX_INSTANT_DAYS) {
          losses.push({ code: 'over_limit', path: ['exceptions', index], message: `an instant entry over ${last - first + 1} local dates: at most ${MAX_INSTANT_DAYS} dates are written for instants, this one is not written` })
          continue
        }
        for (let day = first; day <= last; day++) {
          days.add(day)
          if (!labels.has(day)) labels.set(day, entry.label)
        }
        losses.push({ code: 'approximated', path: ['exceptions', index], message: `an instant entry is written as the hours of the local dates it touches in ${timeZone} (${first === last ? dayText(first) : `${dayText(first)} … ${dayText(last)}`}): exact, except that a fall-back's repeated hour cannot be told apart` })
      }
      for (const day of [...days].sort((a, b) => a - b)) dated.push(`${dayText(day)} ${hoursText(dateHours(hours, zone, day), labels.get(day) ?? null)}${comment(labels.get(day) ?? null, -1)}`)
    }
  }
  // `24/7` before dated rules reads as "always, whatever follows" to people (opening_hours.js warns): `open` says the same.
  const weekRules_ = dated.length > 0 && week.rules[0] === '24/7' ? ['open'] : week.rules
  const weekPart = weekRules_.length === 0 ? (dated.length === 0 ? ['off'] : []) : weekRules_
  const value = weekPart.length === 0 ? dated.join('; ') : dated.length === 0 ? weekPart.join(week.joiner) : `${weekPart.join(week.joiner)}; ${dated.join('; ')}`
  return { value: weekPart.length === 0 && dated.length > 0 ? `off; ${value}` : value, losses }
}
