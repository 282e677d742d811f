import type { ExceptionEntry } from './entryTypes'
import { BusinessHoursError, collectIssues, describeReceived, errorsOf, reportError, warningsOf, type PathSegment } from '../ground/issues'
import { isPlainObject } from '../ground/readers'
import { lastSealedWorking, requireSchedule, sealedWorkingWeek, workingWeek, type WorkingWeek } from '../week/sealedSchedule'
import type { WeeklySchedule } from '../week/types'
import { civilFromDays, daysFromCivil } from '../zone/civil'
import { dayOfDate, isLeapYear, readExceptions, reportConflicts } from './readExceptions'
import type { Calendar, CalendarException, DayInterval, Hours } from './types'
import { DAY_MS } from '../ground/timeUnits'

const MINUTES_PER_DAY = 1440

/** A day's hours as searches read them (the bitset of its minutes is in `WorkingCalendar.dayBits`). */
export interface DayHours {
  readonly intervals: readonly DayInterval[]
  /** No open minute: the date is closed. */
  readonly closed: boolean
  /** Every minute open. */
  readonly full: boolean
}

/**
 * The compiled form of a calendar, made once by `withExceptions`. Dated entries are resolved by
 * precedence into one hours index per local day, computed on demand for blocks of 512 days (about
 * 17 months) and kept, so any query reads a day in constant time and no query scans over days that
 * have no exception. Absolute entries are merged into sorted, disjoint spans. Internal.
 */
export interface WorkingCalendar {
  readonly isCalendar: true
  readonly week: WorkingWeek
  /** The week's bitset (`week.openMinutes`), one load nearer for `isOpen`. */
  readonly openMinutes: Uint32Array
  /** Distinct day hours; entries below refer to them by index. */
  readonly dayHours: readonly DayHours[]
  /** Single dates, sorted by day. */
  readonly singleDays: Int32Array
  readonly singleHours: Int32Array
  /** Ranges merged into disjoint runs sorted by first day: `[rangeFrom[i], rangeTo[i]]` inclusive. */
  readonly rangeFrom: Int32Array
  readonly rangeTo: Int32Array
  readonly rangeHours: Int32Array
  readonly yearly: readonly { readonly month: number; readonly day: number; readonly hours: number }[]
  /** Whether any day has a dated entry or an absolute span near it (else no block is ever resolved). */
  readonly hasDays: boolean
  /** Every day hours' bitset, 45 words each, flat: hours index `h` starts at word `h × 45`. */
  readonly dayBits: Uint32Array
  /** Absolute spans, sorted and disjoint: `[instantStart[i], instantEnd[i])`, open when `instantOpen[i]`. */
  readonly instantStart: Float64Array
  readonly instantEnd: Float64Array
  readonly instantOpen: Uint8Array
  /**
   * Blocks of 512 days already resolved, null when no day of the block has anything: per day a code,
   * `code & HOURS_MASK` 0 (no dated entry) or 1 + an index into `dayHours`, and `NEAR_INSTANT` set
   * when an absolute span may cover an instant of that local day.
   */
  readonly blocks: Map<number, Int32Array | null>
  lastBlock: number
  lastBlockDays: Int32Array | null
}

/** The part of a day's code that is its hours (1 + index), and the flag of a day near an absolute span. */
export const HOURS_MASK = 0x3fffffff
export const NEAR_INSTANT = 0x40000000
/** Offsets lie within ±26 h: an instant's local day is within this of its UTC day. */
const OFFSET_REACH_MS = 26 * 3_600_000

/** Days are resolved in blocks of 2^9 = 512 (about 17 months): `day >> BLOCK_SHIFT` is a day's block, `day & BLOCK_MASK` its place in it. */
export const BLOCK_SHIFT = 9
const BLOCK_DAYS = 1 << BLOCK_SHIFT
export const BLOCK_MASK = BLOCK_DAYS - 1
/** Resolved blocks kept per calendar (then the oldest is forgotten): 2 KB each, 2 MB at most. */
const MAX_BLOCKS = 1024

const calendars = new WeakMap<object, WorkingCalendar>()
/** Exception lists `validateExceptions` handed out: checked once, trusted after. */
const checkedLists = new WeakSet<object>()

/** Marks a frozen list of exceptions as checked. Internal. */
export function sealExceptions(exceptions: readonly CalendarException[]): readonly CalendarException[] {
  const list = Object.freeze(exceptions.slice())
  checkedLists.add(list)
  return list
}

/** A list `validateExceptions` handed out, as it is; undefined for anything else. Never throws. Internal. */
export function checkedExceptions(value: unknown): readonly CalendarException[] | undefined {
  return typeof value === 'object' && value !== null && checkedLists.has(value) ? (value as readonly CalendarException[]) : undefined
}

/** The bitsets of every day hours' 1,440 minutes, 45 words each, in one array. */
function flatBits(dayHours: readonly DayHours[]): Uint32Array {
  const bits = new Uint32Array(dayHours.length * 45)
  dayHours.forEach((hours, index) => {
    for (const { start, end } of hours.intervals) for (let m = start; m < end; m++) bits[index * 45 + (m >>> 5)]! |= 1 << (m & 31)
  })
  return bits
}

function dayHoursOf(intervals: readonly DayInterval[]): DayHours {
  const first = intervals[0]
  return { intervals, closed: intervals.length === 0, full: intervals.length === 1 && first!.start === 0 && first!.end === MINUTES_PER_DAY }
}

function compileCalendar(week: WorkingWeek, exceptions: readonly CalendarException[]): WorkingCalendar {
  const dayHours: DayHours[] = []
  // Distinct day hours by their spans written out, so that many entries cost one lookup each.
  const indexByKey = new Map<string, number>()
  const hoursIndex = (hours: readonly DayInterval[]): number => {
    const key = hours.map((span) => `${span.start}-${span.end}`).join(',')
    const known = indexByKey.get(key)
    if (known !== undefined) return known
    dayHours.push(dayHoursOf(hours))
    indexByKey.set(key, dayHours.length - 1)
    return dayHours.length - 1
  }
  const singles: [number, number][] = []
  const ranges: [number, number, number][] = []
  const yearly: { month: number; day: number; hours: number }[] = []
  const instants: [number, number, boolean][] = []
  for (const exception of exceptions) {
    if (exception.kind === 'date') singles.push([dayOfDate(exception.date)!, hoursIndex(exception.hours)])
    else if (exception.kind === 'range') ranges.push([dayOfDate(exception.from)!, dayOfDate(exception.to)!, hoursIndex(exception.hours)])
    else if (exception.kind === 'yearly') yearly.push({ month: exception.month, day: exception.day, hours: hoursIndex(exception.hours) })
    else instants.push([exception.start, exception.end, exception.open])
  }
  singles.sort((a, b) => a[0] - b[0])
  // Overlapping ranges give the same hours (conflicts are refused), so their union is one run.
  ranges.sort((a, b) => a[0] - b[0])
  const runs: [number, number, number][] = []
  for (const range of ranges) {
    const last = runs[runs.length - 1]
    if (last !== undefined && range[0] <= last[1] + 1 && range[2] === last[2]) last[1] = Math.max(last[1], range[1])
    else runs.push([range[0], range[1], range[2]])
  }
  instants.sort((a, b) => a[0] - b[0])
  const spans: [number, number, boolean][] = []
  for (const instant of instants) {
    const last = spans[spans.length - 1]
    if (last !== undefined && instant[0] <= last[1] && instant[2] === last[2]) last[1] = Math.max(last[1], instant[1])
    else spans.push([instant[0], instant[1], instant[2]])
  }
  return {
    isCalendar: true,
    week,
    openMinutes: week.openMinutes,
    dayHours,
    singleDays: Int32Array.from(singles, (single) => single[0]),
    singleHours: Int32Array.from(singles, (single) => single[1]),
    rangeFrom: Int32Array.from(runs, (run) => run[0]),
    rangeTo: Int32Array.from(runs, (run) => run[1]),
    rangeHours: Int32Array.from(runs, (run) => run[2]),
    yearly,
    hasDays: singles.length + runs.length + yearly.length + spans.length > 0,
    dayBits: flatBits(dayHours),
    instantStart: Float64Array.from(spans, (span) => span[0]),
    instantEnd: Float64Array.from(spans, (span) => span[1]),
    instantOpen: Uint8Array.from(spans, (span) => (span[2] ? 1 : 0)),
    blocks: new Map(),
    lastBlock: Number.NaN,
    lastBlockDays: null,
  }
}

/**
 * A weekly schedule with exceptions on dates and instants: holidays, special hours, closures.
 *
 * Precedence (docs/exceptions.md): an absolute entry (`start`/`end`) over a date entry over the
 * weekly hours; among date entries a single date over a range over a yearly one. Dates are local
 * dates in the zone each query is asked in. The calendar is sealed: frozen, minted only here.
 *
 * @param schedule - the weekly hours (a `WeeklySchedule`), or a `Calendar` to add exceptions to
 * @param exceptions - what `parseExceptions` gave, or entries to check now (JSON-friendly, see `validateExceptions`)
 * @returns a sealed `Calendar`, which every query takes in place of a `WeeklySchedule`
 * @throws {BusinessHoursError} with located issues (`exceptions[3].date`) for bad entries or
 *   entries of one kind that give one date different hours
 *
 * @example
 * const calendar = withExceptions(weekdays9to5, [
 *   { date: '--12-25', closed: true, label: 'Christmas' },
 *   { date: '2026-12-24', hours: [{ time_open: 900, time_close: 1300 }] },
 * ])
 * isOpen(calendar, Date.UTC(2026, 11, 24, 19), 'America/New_York') // Thursday 14:00 EST
 * //=> false
 * isOpen(weekdays9to5, Date.UTC(2026, 11, 24, 19), 'America/New_York')
 * //=> true
 *
 * @example
 * // Christmas 2026 is a Friday, so the week's first opening after Thursday's short day is Monday
 * nextOpening(calendar, Date.UTC(2026, 11, 24, 18), 'America/New_York')
 * //=> 2026-12-28T14:00:00.000Z
 */
export function withExceptions(schedule: Hours, exceptions: readonly (ExceptionEntry | CalendarException)[]): Calendar {
  const base = calendarOf(schedule)
  const weekly = base === undefined ? requireSchedule(schedule as WeeklySchedule) : base.schedule
  const collector = collectIssues()
  let list: readonly CalendarException[] | undefined
  if (typeof exceptions === 'object' && exceptions !== null && checkedLists.has(exceptions)) list = exceptions as readonly CalendarException[]
  else list = readExceptions(exceptions, [], collector)
  if (list !== undefined && base !== undefined && base.exceptions.length > 0) {
    const combined = [...base.exceptions, ...list]
    reportConflicts(
      combined,
      combined.map((_, index) => index),
      [],
      collector,
    )
    list = combined
  }
  if (list === undefined || collector.errorCount > 0) throw new BusinessHoursError([...errorsOf(collector), ...warningsOf(collector)], 'exceptions', 'exceptions')
  const sealedList = checkedLists.has(list) ? list : sealExceptions(list)
  const calendar: Calendar = Object.freeze({ schedule: weekly, exceptions: sealedList })
  calendars.set(calendar, compileCalendar(workingWeek(weekly), sealedList))
  return calendar
}

/** The calendar a value is, when the library made it. Never throws. */
function calendarOf(value: unknown): Calendar | undefined {
  return typeof value === 'object' && value !== null && calendars.has(value) ? (value as Calendar) : undefined
}

/** Whether a working form is a calendar's (not a bare week's). Internal. */
export function isWorkingCalendar(working: WorkingWeek | WorkingCalendar): working is WorkingCalendar {
  return working.isCalendar
}

// A private object, never a query argument, until a calendar is asked about.
let lastCalendar: object = Object.freeze({})
let lastWorkingCalendar: WorkingCalendar | undefined

/** The working form of the calendar asked about last, when `hours` is it; else undefined. Never throws. Internal. */
export function lastSealedCalendar(hours: unknown): WorkingCalendar | undefined {
  return hours === lastCalendar ? lastWorkingCalendar : undefined
}

/**
 * The working form of what a query was given: a sealed calendar's, a sealed schedule's, or a
 * hand-built schedule's after checking it. Internal to the package.
 *
 * @throws {BusinessHoursError} located at `path` for a hand-built schedule that is not in normal
 *   form, or for a calendar the library did not make
 */
export function workingHours(hours: Hours, path: readonly PathSegment[] = ['schedule']): WorkingWeek | WorkingCalendar {
  // The hours asked about last first, in few steps, so that engines inline it.
  if (hours === lastCalendar) return lastWorkingCalendar!
  return lastSealedWorking(hours) ?? lookUpHours(hours, path)
}

function lookUpHours(hours: Hours, path: readonly PathSegment[]): WorkingWeek | WorkingCalendar {
  const week = sealedWorkingWeek(hours)
  if (week !== undefined) return week
  const known = typeof hours === 'object' && hours !== null ? calendars.get(hours) : undefined
  if (known !== undefined) {
    lastCalendar = hours
    lastWorkingCalendar = known
    return known
  }
  refuseHandBuiltCalendar(hours, path)
  return workingWeek(hours as WeeklySchedule, path)
}

/**
 * The hours a function was given, sealed: a calendar the library made or a schedule (a hand-built
 * one checked and sealed). Internal to the package.
 */
export function requireHours(hours: Hours, path: readonly PathSegment[] = ['schedule']): Hours {
  if (calendarOf(hours) !== undefined) return hours
  refuseHandBuiltCalendar(hours, path)
  return requireSchedule(hours as WeeklySchedule, path)
}

function refuseHandBuiltCalendar(hours: unknown, path: readonly PathSegment[]): void {
  let looksLikeCalendar = false
  try {
    looksLikeCalendar = isPlainObject(hours) && Object.hasOwn(hours, 'exceptions')
  } catch {
    // A revoked proxy: the schedule check reports it.
  }
  if (!looksLikeCalendar) return
  const collector = collectIssues()
  reportError(
    collector,
    [...path, 'exceptions'],
    'invalid_type',
    'expected a Calendar made by withExceptions (calendars are sealed: build them with withExceptions(schedule, exceptions)), received an object with exceptions the library did not make',
    'a Calendar from withExceptions',
    describeReceived(hours),
  )
  throw new BusinessHoursError(errorsOf(collector), 'schedule', 'schedule')
}

/** The weekly schedule under hours (the calendar's, or the schedule itself). Internal. */
export function weeklyScheduleOf(hours: Hours): WeeklySchedule {
  const calendar = calendarOf(hours)
  return calendar === undefined ? (hours as WeeklySchedule) : calendar.schedule
}

// ——— Dated entries, in local days and local minutes ———

function resolveBlock(calendar: WorkingCalendar, block: number): Int32Array | null {
  const first = block * BLOCK_DAYS
  const last = first + BLOCK_DAYS - 1
  const days = new Int32Array(BLOCK_DAYS)
  let any = false
  // Lowest precedence first, so that higher ones overwrite: yearly, then ranges, then single dates.
  if (calendar.yearly.length > 0) {
    const firstYear = civilFromDays(first).year
    const lastYear = civilFromDays(last).year
    for (let year = firstYear; year <= lastYear; year++) {
      for (const entry of calendar.yearly) {
        if (entry.month === 2 && entry.day === 29 && !isLeapYear(year)) continue
        const day = daysFromCivil(year, entry.month, entry.day)
        if (day >= first && day <= last) {
          days[day - first] = entry.hours + 1
          any = true
        }
      }
    }
  }
  const { rangeFrom, rangeTo, rangeHours } = calendar
  for (let i = firstAtOrAfter(rangeTo, first); i < rangeFrom.length && rangeFrom[i]! <= last; i++) {
    const to = Math.min(rangeTo[i]!, last)
    for (let day = Math.max(rangeFrom[i]!, first); day <= to; day++) days[day - first] = rangeHours[i]! + 1
    any = true
  }
  const { singleDays, singleHours } = calendar
  for (let i = firstAtOrAfter(singleDays, first); i < singleDays.length && singleDays[i]! <= last; i++) {
    days[singleDays[i]! - first] = singleHours[i]! + 1
    any = true
  }
  const { instantStart, instantEnd } = calendar
  for (let i = firstAtOrAfter(instantEnd, first * DAY_MS - OFFSET_REACH_MS); i < instantStart.length && instantStart[i]! - OFFSET_REACH_MS < (last + 1) * DAY_MS; i++) {
    const from = Math.max(Math.floor((instantStart[i]! - OFFSET_REACH_MS) / DAY_MS), first)
    const to = Math.min(Math.floor((instantEnd[i]! - 1 + OFFSET_REACH_MS) / DAY_MS), last)
    for (let day = from; day <= to; day++) days[day - first]! |= NEAR_INSTANT
    any = true
  }
  const resolved = any ? days : null
  if (calendar.blocks.size >= MAX_BLOCKS) calendar.blocks.delete(calendar.blocks.keys().next().value!)
  calendar.blocks.set(block, resolved)
  return resolved
}

/** Index of the first element ≥ `value` in a sorted array. */
function firstAtOrAfter(sorted: Int32Array | Float64Array, value: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid]! < value) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The codes of a block of 512 days (see `blocks`), null when nothing touches it; remembered as the last block. Internal. */
export function blockDays(calendar: WorkingCalendar, block: number): Int32Array | null {
  if (block === calendar.lastBlock) return calendar.lastBlockDays
  const days = calendar.blocks.has(block) ? calendar.blocks.get(block)! : resolveBlock(calendar, block)
  calendar.lastBlock = block
  calendar.lastBlockDays = days
  return days
}

/** The day hours that replace local day `day` (days since 1970-01-01), or undefined for the weekly hours. Internal. */
export function dayOverride(calendar: WorkingCalendar, day: number): DayHours | undefined {
  const index = dayCode(calendar, day) & HOURS_MASK
  return index === 0 ? undefined : calendar.dayHours[index - 1]
}

/** Local day `day`'s code (see `blocks`): 0 when nothing touches it. Internal. */
export function dayCode(calendar: WorkingCalendar, day: number): number {
  if (!calendar.hasDays) return 0
  const block = day >> BLOCK_SHIFT
  const days = block === calendar.lastBlock ? calendar.lastBlockDays : blockDays(calendar, block)
  return days === null ? 0 : days[day & (BLOCK_DAYS - 1)]!
}

/**
 * The first day in `[from, to]` that has an entry, or undefined; whole blocks without one are
 * skipped. Days are signed (1969-12-31 is -1), so "none" is no number.
 */
function firstOverriddenDay(calendar: WorkingCalendar, from: number, to: number): number | undefined {
  if (!calendar.hasDays) return undefined
  for (let day = from; day <= to; ) {
    const block = day >> BLOCK_SHIFT
    const days = blockDays(calendar, block)
    const blockEnd = Math.min((block + 1) * BLOCK_DAYS - 1, to)
    if (days !== null) {
      for (; day <= blockEnd; day++) if ((days[day & (BLOCK_DAYS - 1)]! & HOURS_MASK) !== 0) return day
    }
    day = blockEnd + 1
  }
  return undefined
}

/** The first minute ≥ `minute` of a day in the wanted state, or -1 when none is before the day's end. */
function firstInDay(hours: DayHours, minute: number, wantOpen: boolean): number {
  for (const interval of hours.intervals) {
    if (interval.end <= minute) continue
    if (wantOpen) return Math.max(interval.start, minute)
    if (interval.start > minute) return minute
    return interval.end < MINUTES_PER_DAY ? interval.end : -1
  }
  return wantOpen ? -1 : minute
}

/**
 * The first local minute ≥ `from` and < `limit` in the wanted state by the calendar's dated hours
 * (absolute entries aside), or `limit` when there is none. `weekAhead(weekMinute)` is the weekly
 * hours' own answer (minutes ahead, `Infinity` for never). Work: the days with an entry crossed,
 * plus one weekly answer per stretch between them. Internal.
 */
export function firstLocalMinuteInState(
  calendar: WorkingCalendar,
  from: number,
  limit: number,
  wantOpen: boolean,
  weekAhead: (localMinute: number) => number,
): number {
  let minute = from
  while (minute < limit) {
    const day = Math.floor(minute / MINUTES_PER_DAY)
    const hours = dayOverride(calendar, day)
    if (hours !== undefined) {
      const found = hours.closed || hours.full ? (hours.full === wantOpen ? minute - day * MINUTES_PER_DAY : -1) : firstInDay(hours, minute - day * MINUTES_PER_DAY, wantOpen)
      if (found >= 0) return Math.min(day * MINUTES_PER_DAY + found, limit)
      minute = (day + 1) * MINUTES_PER_DAY
      continue
    }
    const ahead = weekAhead(minute)
    if (ahead === 0) return minute
    const candidate = Math.min(minute + ahead, limit)
    const next = firstOverriddenDay(calendar, day + 1, Math.floor(candidate / MINUTES_PER_DAY))
    if (next === undefined) return candidate
    minute = next * MINUTES_PER_DAY
  }
  return limit
}

/** Index of the absolute span holding `ms` or the first after it; `instantStart.length` when none. Internal. */
export function instantSpanAtOrAfter(calendar: WorkingCalendar, ms: number): number {
  return firstAfter(calendar.instantEnd, ms)
}

/** Index of the first element > `value` in a sorted array. */
function firstAfter(sorted: Float64Array, value: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid]! <= value) lo = mid + 1
    else hi = mid
  }
  return lo
}
