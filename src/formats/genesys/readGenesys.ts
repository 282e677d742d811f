import { collectIssues, reportError, type IssueCollector, type PathSegment } from '../../ground/issues'
import { isPlainObject, readArrayLength, readObjectItem, readOwnFields } from '../../ground/readers'
import { MINUTES_PER_DAY, MINUTES_PER_WEEK, type WeekInterval } from '../../week/types'
import { civilFromDays, daysFromCivil, daysInMonth } from '../../zone/civil'
import { resolveTimeZone } from '../../zone/resolveTimeZone'
import { formatReadResult, readFormatOptions, readJsonInput } from '../formatResult'
import type { FormatLoss, ReadFormatResult } from '../types'
import { emptyDay, labelledEntriesOfDays, markSpan, weekdayOfDay, type DayMask } from '../dated/dayMinutes'
import type { ReadGenesysOptions } from './genesysTypes'
import { readRrule, rruleDays, type Rrule } from './rrule'

/** At most this many schedules are read (in all three lists). */
export const MAX_GENESYS_SCHEDULES = 1000
/** At most this many schedule days are expanded in one read. */
export const MAX_SCHEDULE_DAYS = 20_000

type Kind = 'open' | 'closed' | 'holiday'
const RANK: Record<Kind, number> = { open: 1, closed: 2, holiday: 3 }
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/

interface Local {
  readonly day: number
  readonly minute: number
}

/**
 * Reads a Genesys Cloud schedule group and its schedules into callhours' week and dated entries.
 *
 * Input, parsed or as JSON text: a schedule group (`timeZone`, `openSchedules`, `closedSchedules`,
 * `holidaySchedules`; the SDKs' `time_zone`, `open_schedules`… too) whose lists hold the schedules
 * themselves, or the API's references `{ id, name, selfUri }` resolved against a `schedules` list
 * beside it: `{ scheduleGroup, schedules }` (`schedules` may be the list answer `{ entities }`).
 * Schedules are `{ name, start, end, rrule }`, local date-times without offset.
 *
 * Genesys evaluates Holiday > Closed > Open (closed when nothing matches). A repeating weekly rule
 * (FREQ=WEEKLY, or DAILY, INTERVAL 1, no COUNT, UNTIL, BYMONTH or BYMONTHDAY) is the week: open ones
 * add to it, closed and holiday ones take from it. Every other schedule is expanded day by day in the
 * group's zone — over `options.years` for a rule without an end (without years it is not read: a
 * `not_supported` loss) — and laid over the week in that order; each day that differs from the week
 * becomes a date entry (consecutive equal days one range). An open rule read as dates is an
 * `expanded` loss (the instants are kept, the rule is not). Bounds: 1,000 schedules, 20,000 schedule
 * days, 200,000 RRULE periods per rule, 16 MiB of text. Never throws on data.
 *
 * @param input - the group (and its schedules), parsed or as text
 * @param options - `timeZone` (when the group names none), `years`
 * @returns `{ ok, schedule, calendar, exceptions, timeZone, issues, losses }`
 *
 * @example
 * const read = readGenesys({
 *   name: 'Support', timeZone: 'America/Chicago',
 *   openSchedules: [{ name: 'Weekdays', start: '2026-01-05T08:00:00.000', end: '2026-01-05T17:00:00.000', rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' }],
 *   closedSchedules: [],
 *   holidaySchedules: [{ name: 'New Year', start: '2027-01-01T00:00:00.000', end: '2027-01-02T00:00:00.000' }],
 * })
 * read.schedule.intervals.length //=> 5
 * read.exceptions //=> [{ date: '2027-01-01', closed: true, label: 'New Year' }]
 */
export function readGenesys(input: unknown, options?: ReadGenesysOptions): ReadFormatResult {
  const shared = readFormatOptions(options, [], 'readGenesys')
  const collector = collectIssues()
  const losses: FormatLoss[] = []
  const value = readJsonInput(input, collector, 'a Genesys Cloud schedule group')
  if (collector.errorCount > 0) return formatReadResult(collector, [], [], shared.timeZone, losses)
  const group = groupOf(value, collector)
  if (group === undefined) return formatReadResult(collector, [], [], shared.timeZone, losses)
  let timeZone = shared.timeZone
  if (group.timeZone !== undefined) {
    const zone = readZone(group.timeZone.value, group.timeZone.path, collector)
    if (zone !== undefined) timeZone = zone
  }
  const openWeek = new Uint8Array(MINUTES_PER_WEEK)
  const closedWeek = new Uint8Array(MINUTES_PER_WEEK)
  const dated = { open: new Map<number, DayMask>(), closed: new Map<number, DayMask>(), labels: new Map<number, { name: string; rank: number }>() }
  const budget = { days: 0 }
  let count = 0
  for (const list of group.lists) {
    const length = readArrayLength(list.value, list.path, collector, 'a list of schedules')
    if (length === undefined) continue
    count += length
    if (count > MAX_GENESYS_SCHEDULES) {
      reportError(collector, list.path, 'out_of_range', `more than ${MAX_GENESYS_SCHEDULES} schedules: at most ${MAX_GENESYS_SCHEDULES} are read`, `at most ${MAX_GENESYS_SCHEDULES} schedules`, String(count))
      break
    }
    for (let i = 0; i < length; i++) {
      const at = [...list.path, i]
      const item = readObjectItem(list.value, i, at, collector, `schedule ${i}`, 'a schedule { name, start, end, rrule } or a reference { id }')
      if (item === undefined) continue
      const schedule = scheduleOf(item, at, group.byId, collector)
      if (schedule === undefined) continue
      readSchedule(schedule.value, schedule.path, list.kind, collector, shared.years, { openWeek, closedWeek, dated, budget }, losses)
      if (budget.days > MAX_SCHEDULE_DAYS) break
    }
  }
  if (collector.errorCount > 0) return formatReadResult(collector, [], [], timeZone, losses)
  const week: WeekInterval[] = []
  for (let m = 0; m < MINUTES_PER_WEEK; m++) {
    if (openWeek[m] !== 1 || closedWeek[m] === 1) continue
    const last = week[week.length - 1]
    if (last !== undefined && last.end === m) week[week.length - 1] = { start: last.start, end: m + 1 }
    else week.push({ start: m, end: m + 1 })
  }
  const weekDays: DayMask[] = []
  for (let day = 0; day < 7; day++) {
    const mask = emptyDay()
    for (let m = 0; m < MINUTES_PER_DAY; m++) mask[m] = openWeek[day * MINUTES_PER_DAY + m] === 1 && closedWeek[day * MINUTES_PER_DAY + m] !== 1 ? 1 : 0
    weekDays.push(mask)
  }
  const resolved = new Map<number, DayMask>()
  for (const day of new Set([...dated.open.keys(), ...dated.closed.keys()])) {
    const base = weekdayOfDay(day) * MINUTES_PER_DAY
    const opened = dated.open.get(day)
    const closed = dated.closed.get(day)
    const mask = emptyDay()
    for (let m = 0; m < MINUTES_PER_DAY; m++) {
      const open = openWeek[base + m] === 1 || opened?.[m] === 1
      mask[m] = open && closedWeek[base + m] !== 1 && closed?.[m] !== 1 ? 1 : 0
    }
    resolved.set(day, mask)
  }
  const labels = new Map<number, string>()
  for (const [day, label] of dated.labels) labels.set(day, label.name)
  return formatReadResult(collector, week, labelledEntriesOfDays(resolved, weekDays, labels), timeZone, losses)
}

interface Layers {
  readonly openWeek: Uint8Array
  readonly closedWeek: Uint8Array
  readonly dated: { readonly open: Map<number, DayMask>; readonly closed: Map<number, DayMask>; readonly labels: Map<number, { name: string; rank: number }> }
  readonly budget: { days: number }
}

function readSchedule(item: object, at: readonly PathSegment[], kind: Kind, collector: IssueCollector, years: readonly number[] | undefined, layers: Layers, losses: FormatLoss[]): void {
  const fields = readOwnFields(item, ['name', 'start', 'end', 'rrule'], at, collector, 'the schedule')
  if (fields === undefined) return
  const before = collector.errorCount
  const name = typeof fields.name === 'string' ? fields.name : ''
  const start = readLocal(fields.start, at, 'start', collector)
  const end = readLocal(fields.end, at, 'end', collector)
  let rule: Rrule | undefined
  if (fields.rrule !== undefined && fields.rrule !== null && fields.rrule !== '') {
    if (typeof fields.rrule !== 'string') reportError(collector, [...at, 'rrule'], 'invalid_type', 'rrule must be an iCal RRULE string', 'an RRULE such as FREQ=WEEKLY;BYDAY=MO', typeof fields.rrule)
    else rule = readRrule(fields.rrule, [...at, 'rrule'], collector)
  }
  if (start === undefined || end === undefined || collector.errorCount > before) return
  const length = (end.day - start.day) * MINUTES_PER_DAY + end.minute - start.minute
  if (length <= 0) {
    reportError(collector, [...at, 'end'], 'out_of_order', 'end is not after start', 'a local date-time after start', 'an earlier or equal one')
    return
  }
  if (rule !== undefined && isWeekly(rule) && length <= MINUTES_PER_WEEK) {
    const weekdays = rule.byDay.length === 0 ? (rule.freq === 'DAILY' ? [0, 1, 2, 3, 4, 5, 6] : [weekdayOfDay(start.day)]) : rule.byDay.map((d) => d.weekday)
    const target = kind === 'open' ? layers.openWeek : layers.closedWeek
    for (const weekday of weekdays) {
      const from = weekday * MINUTES_PER_DAY + start.minute
      for (let m = 0; m < length; m++) target[(from + m) % MINUTES_PER_WEEK] = 1
    }
    if (years !== undefined && start.day > daysFromCivil(years[0]!, 1, 1)) {
      losses.push({ code: 'approximated', path: [...at, 'start'], message: `weekly schedule "${name}" starts on ${isoOf(start.day)}: read as the week, also before that date` })
    }
    return
  }
  const first = years === undefined ? -Infinity : daysFromCivil(years[0]!, 1, 1)
  const last = years === undefined ? Infinity : daysFromCivil(years[years.length - 1]!, 12, 31)
  let starts: number[]
  if (rule === undefined) starts = [start.day]
  else {
    const endless = rule.count === undefined && rule.until === undefined
    if (endless && years === undefined) {
      losses.push({ code: 'not_supported', path: [...at, 'rrule'], message: `schedule "${name}" repeats without end and is not weekly: pass options.years to read it as dates; not read` })
      return
    }
    const days = rruleDays(rule, start.day, start.minute, Math.min(last, daysFromCivil(9999, 12, 31)))
    if (days === undefined) {
      reportError(collector, [...at, 'rrule'], 'out_of_range', 'the rrule has too many periods before its last occurrence in the years read', 'a rule whose occurrences are found within 200,000 periods', 'more')
      return
    }
    starts = days
    if (kind === 'open') losses.push({ code: 'expanded', path: [...at, 'rrule'], message: `open schedule "${name}" (${fieldText(fields.rrule)}) is read as its dates${years === undefined ? '' : ` in ${years[0]}–${years[years.length - 1]}`}: callhours' week has no such rule` })
    if (endless || (rule.until !== undefined && rule.until.day > last)) {
      if (kind !== 'open') losses.push({ code: 'expanded', path: [...at, 'rrule'], message: `schedule "${name}" repeats past the years read: read in ${years![0]}–${years![years!.length - 1]} only` })
    }
  }
  const target = kind === 'open' ? layers.dated.open : layers.dated.closed
  for (const day of starts) {
    const from = day * MINUTES_PER_DAY + start.minute
    const to = from + length
    for (let d = Math.floor(from / MINUTES_PER_DAY); d * MINUTES_PER_DAY < to; d++) {
      if (d < first - 1 || d > last + 1) continue
      if (++layers.budget.days > MAX_SCHEDULE_DAYS) {
        reportError(collector, [...at, 'end'], 'out_of_range', `the schedules cover more than ${MAX_SCHEDULE_DAYS} days: pass options.years to read them over fewer years`, `at most ${MAX_SCHEDULE_DAYS} schedule days`, 'more')
        return
      }
      let mask = target.get(d)
      if (mask === undefined) {
        mask = emptyDay()
        target.set(d, mask)
      }
      markSpan(mask, from - d * MINUTES_PER_DAY, to - d * MINUTES_PER_DAY, 1)
      const label = layers.dated.labels.get(d)
      if (label === undefined || label.rank < RANK[kind]) layers.dated.labels.set(d, { name, rank: RANK[kind] })
    }
  }
}

/** A rule that is the week: repeating every day or week without end, on whole weekdays only. */
function isWeekly(rule: Rrule): boolean {
  return (rule.freq === 'WEEKLY' || rule.freq === 'DAILY') && rule.interval === 1 && rule.count === undefined && rule.until === undefined && rule.byMonth.length === 0 && rule.byMonthDay.length === 0 && rule.byDay.every((d) => d.n === 0)
}

interface Located {
  readonly value: unknown
  readonly path: readonly PathSegment[]
}

interface Group {
  readonly timeZone?: Located
  readonly lists: readonly (Located & { readonly kind: Kind })[]
  readonly byId: Map<string, Located> | undefined
}

const GROUP_KEYS = ['timeZone', 'time_zone', 'openSchedules', 'open_schedules', 'closedSchedules', 'closed_schedules', 'holidaySchedules', 'holiday_schedules', 'scheduleGroup', 'schedule_group', 'schedules'] as const

function groupOf(value: unknown, collector: IssueCollector): Group | undefined {
  if (!isPlainObject(value)) {
    reportError(collector, [], 'not_an_object', 'expected a Genesys Cloud schedule group { timeZone, openSchedules, closedSchedules, holidaySchedules } or { scheduleGroup, schedules }', 'a schedule group object', value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value)
    return undefined
  }
  const top = readOwnFields(value, GROUP_KEYS, [], collector, 'the input')
  if (top === undefined) return undefined
  let fields = top
  let base: PathSegment[] = []
  const inner = top.scheduleGroup ?? top.schedule_group
  if (inner !== undefined) {
    base = [top.scheduleGroup !== undefined ? 'scheduleGroup' : 'schedule_group']
    if (!isPlainObject(inner)) {
      reportError(collector, base, 'not_an_object', 'the schedule group must be an object', 'a schedule group object', typeof inner)
      return undefined
    }
    const read = readOwnFields(inner, GROUP_KEYS, base, collector, 'the schedule group')
    if (read === undefined) return undefined
    fields = read
  }
  const pick = (camel: (typeof GROUP_KEYS)[number], snake: (typeof GROUP_KEYS)[number]): Located | undefined =>
    fields[camel] !== undefined ? { value: fields[camel], path: [...base, camel] } : fields[snake] !== undefined ? { value: fields[snake], path: [...base, snake] } : undefined
  const lists: (Located & { kind: Kind })[] = []
  for (const [camel, snake, kind] of [['holidaySchedules', 'holiday_schedules', 'holiday'], ['closedSchedules', 'closed_schedules', 'closed'], ['openSchedules', 'open_schedules', 'open']] as const) {
    const list = pick(camel, snake)
    if (list !== undefined) lists.push({ ...list, kind })
  }
  if (lists.length === 0) {
    reportError(collector, [...base, 'openSchedules'], 'missing_field', 'a schedule group needs openSchedules (and may have closedSchedules, holidaySchedules)', 'openSchedules', 'undefined')
    return undefined
  }
  let byId: Map<string, Located> | undefined
  if (top.schedules !== undefined) {
    let list: unknown = top.schedules
    let path: PathSegment[] = ['schedules']
    if (isPlainObject(list)) {
      const answer = readOwnFields(list, ['entities'], path, collector, 'schedules')
      list = answer?.entities
      path = ['schedules', 'entities']
    }
    const length = readArrayLength(list, path, collector, 'a list of schedules { id, name, start, end, rrule }')
    if (length === undefined) return undefined
    if (length > MAX_GENESYS_SCHEDULES) {
      reportError(collector, path, 'out_of_range', `${length} schedules: at most ${MAX_GENESYS_SCHEDULES} are read`, `at most ${MAX_GENESYS_SCHEDULES} schedules`, String(length))
      return undefined
    }
    byId = new Map()
    for (let i = 0; i < length; i++) {
      const item = readObjectItem(list, i, [...path, i], collector, `schedule ${i}`, 'a schedule { id, name, start, end, rrule }')
      const id = item === undefined ? undefined : readOwnFields(item, ['id'], [...path, i], collector, 'the schedule')?.id
      if (item !== undefined && typeof id === 'string') byId.set(id, { value: item, path: [...path, i] })
    }
  }
  const timeZone = pick('timeZone', 'time_zone')
  return timeZone === undefined ? { lists, byId } : { timeZone, lists, byId }
}

/** The schedule an item is: itself when it has `start`, else the one its `id` names in `schedules`. */
function scheduleOf(item: object, at: readonly PathSegment[], byId: Map<string, Located> | undefined, collector: IssueCollector): (Located & { value: object }) | undefined {
  const fields = readOwnFields(item, ['id', 'start'], at, collector, 'the schedule')
  if (fields === undefined) return undefined
  if (fields.start !== undefined) return { value: item, path: at }
  if (typeof fields.id !== 'string') {
    reportError(collector, [...at, 'start'], 'missing_field', 'a schedule needs start and end, or an id found in the schedules beside the group', '{ name, start, end, rrule } or { id }', 'neither')
    return undefined
  }
  const found = byId?.get(fields.id)
  if (found === undefined) {
    const shown = JSON.stringify(fields.id.length > 60 ? `${fields.id.slice(0, 60)}…` : fields.id)
    reportError(collector, [...at, 'id'], 'unknown_id', `schedule ${shown} is not in the schedules given beside the group${byId === undefined ? ' (none were given: pass { scheduleGroup, schedules })' : ''}`, 'the id of a schedule in schedules', shown)
    return undefined
  }
  return found as Located & { value: object }
}

function readLocal(value: unknown, parent: readonly PathSegment[], key: string, collector: IssueCollector): Local | undefined {
  const at = [...parent, key]
  if (value === undefined) {
    reportError(collector, at, 'missing_field', `${key} is required: a local date-time such as 2026-01-05T09:00:00.000`, 'YYYY-MM-DDTHH:mm:ss.SSS', 'undefined')
    return undefined
  }
  const match = typeof value === 'string' ? LOCAL.exec(value) : null
  const shown = typeof value === 'string' ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value) : typeof value
  const year = Number(match?.[1])
  const month = Number(match?.[2])
  const day = Number(match?.[3])
  if (match === null || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || Number(match[4]) > 23 || Number(match[5]) > 59) {
    reportError(collector, at, typeof value === 'string' ? 'invalid_date' : 'invalid_type', `${key} must be a local date-time without offset such as 2026-01-05T09:00:00.000, received ${shown}`, 'YYYY-MM-DDTHH:mm:ss.SSS', shown)
    return undefined
  }
  if (Number(match[6] ?? 0) !== 0 || Number(match[7] ?? 0) !== 0) {
    reportError(collector, at, 'not_whole_minute', `${key} ${shown} is not on a whole minute: callhours' hours have minute precision`, 'a whole minute', shown)
    return undefined
  }
  return { day: daysFromCivil(year, month, day), minute: Number(match[4]) * 60 + Number(match[5]) }
}

function readZone(value: unknown, path: readonly PathSegment[], collector: IssueCollector): string | undefined {
  if (typeof value !== 'string') {
    reportError(collector, path, 'invalid_type', 'timeZone must be a zone name (a string)', 'an IANA zone name', typeof value)
    return undefined
  }
  try {
    return resolveTimeZone(value)
  } catch {
    const shown = JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value)
    reportError(collector, path, 'unknown_time_zone', `timeZone ${shown} is not a zone callhours knows`, 'an IANA zone name', shown)
    return undefined
  }
}

function isoOf(day: number): string {
  const { year, month, day: d } = civilFromDays(day)
  return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

function fieldText(value: unknown): string {
  const text = String(value)
  return text.length > 60 ? `${text.slice(0, 60)}…` : text
}
