/**
 * Brute-force oracle for calendars (weekly hours + date exceptions), written from the issue's
 * rules only and without any of src/. It is slow and literal on purpose.
 *
 * THE RULE, per instant t (epoch ms) in zone Z:
 * 1. an absolute entry `{ start, end, closed | open }` with start ≤ t < end decides (first in input
 *    order wins if several cover t);
 * 2. else read the local wall clock of t in Z (date, minute of day; seconds dropped) and take the
 *    hours of the first single-date entry for that date, else of the first range entry covering it
 *    (from ≤ date ≤ to), else of the first yearly `--MM-DD` entry for its month-day, else the weekly
 *    hours at the local weekday (Sunday = 0) and minute;
 * 3. date hours are minutes [hh·60+mm of time_open, … of time_close) of the local date, blocks
 *    added up; `closed: true` and `hours: []` mean closed all day.
 *
 * Walks: the state can only change where the local minute or date changes, or at an absolute
 * entry's start or end. When the zone's offset is a whole number of minutes (asserted at every
 * visited instant) the local minute changes only at UTC whole minutes, so the walk visits `from`,
 * every UTC whole minute, and every absolute boundary, and evaluates THE RULE once per step.
 */
import { DAY_MINUTES, WEEK_MINUTES, minuteModelOfIntervals, minuteModelOfRecords } from './minuteModel'
import { localWallMs, localWeekMinute } from './wallClock'

const MINUTE_MS = 60_000
const DAY_MS = 86_400_000

/** A weekly interval in minutes since Sunday 00:00 local, half-open. */
export interface WeekInterval {
  readonly start: number
  readonly end: number
}

/** An epoch-ms span, half-open. */
export interface MsSpan {
  start: number
  end: number
}

/** A record as the Retreaver server holds it. */
export interface ServerRecord {
  readonly day_of_week: number
  readonly time_open: number
  readonly time_close: number
  readonly work_day?: boolean
  readonly invert?: boolean
}

// ---------------------------------------------------------------------------------------------
// Entries, parsed literally

type DayHours = Uint8Array // 1440 flags, 1 = open

interface AbsoluteEntry {
  readonly start: number
  readonly end: number
  readonly open: boolean
}

interface DateEntry {
  readonly kind: 'single' | 'range' | 'yearly'
  /** single: the date; range: from; yearly: 'MM-DD'. */
  readonly a: string
  /** range: to; otherwise equal to a. */
  readonly b: string
  readonly hours: DayHours
}

interface Model {
  readonly zone: string
  readonly week: Uint8Array
  readonly absolutes: readonly AbsoluteEntry[]
  readonly dates: readonly DateEntry[]
  /** Sorted distinct absolute starts and ends. */
  readonly boundaries: readonly number[]
  readonly dayCache: Map<string, DayHours | null>
}

const DATE = /^\d{4}-\d{2}-\d{2}$/
const YEARLY = /^--(\d{2}-\d{2})$/

function own(o: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, key) ? (o as Record<string, unknown>)[key] : undefined
}

function has(o: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, key)
}

function mod(n: number, m: number): number {
  return ((n % m) + m) % m
}

function militaryMinute(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 2400 || value % 100 >= 60) {
    throw new Error(`oracle: ${what} is not military time: ${JSON.stringify(value)}`)
  }
  return Math.floor(value / 100) * 60 + (value % 100)
}

function dayHoursOf(entry: object, index: number): DayHours {
  const flags = new Uint8Array(DAY_MINUTES)
  const closed = own(entry, 'closed')
  const hours = own(entry, 'hours')
  if (closed === true && hours === undefined) return flags
  if (closed !== undefined || !Array.isArray(hours)) {
    throw new Error(`oracle: entry ${index} needs exactly one of closed: true / hours: [...]`)
  }
  for (const block of hours as unknown[]) {
    if (typeof block !== 'object' || block === null) throw new Error(`oracle: entry ${index} has a bad hours block`)
    const open = militaryMinute(own(block, 'time_open'), `entry ${index} time_open`)
    const close = militaryMinute(own(block, 'time_close'), `entry ${index} time_close`)
    for (let m = open; m < close; m++) flags[m] = 1
  }
  return flags
}

function compile(week: readonly WeekInterval[], entries: readonly object[], zone: string): Model {
  for (const { start, end } of week) {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > WEEK_MINUTES) {
      throw new Error(`oracle: weekly interval ${start}–${end} is not whole minutes within the week`)
    }
  }
  const absolutes: AbsoluteEntry[] = []
  const dates: DateEntry[] = []
  entries.forEach((entry, i) => {
    if (has(entry, 'start') || has(entry, 'end')) {
      const s = own(entry, 'start')
      const e = own(entry, 'end')
      const start = typeof s === 'string' ? Date.parse(s) : NaN
      const end = typeof e === 'string' ? Date.parse(e) : NaN
      if (!Number.isFinite(start) || !Number.isFinite(end)) throw new Error(`oracle: entry ${i} has a bad start/end`)
      const closed = own(entry, 'closed') === true
      const open = own(entry, 'open') === true
      if (closed === open) throw new Error(`oracle: entry ${i} needs exactly one of closed: true / open: true`)
      absolutes.push({ start, end, open })
    } else if (has(entry, 'from') || has(entry, 'to')) {
      const from = own(entry, 'from')
      const to = own(entry, 'to')
      if (typeof from !== 'string' || typeof to !== 'string' || !DATE.test(from) || !DATE.test(to)) {
        throw new Error(`oracle: entry ${i} has a bad from/to`)
      }
      dates.push({ kind: 'range', a: from, b: to, hours: dayHoursOf(entry, i) })
    } else {
      const date = own(entry, 'date')
      const yearly = typeof date === 'string' ? YEARLY.exec(date) : null
      if (yearly !== null) dates.push({ kind: 'yearly', a: yearly[1]!, b: yearly[1]!, hours: dayHoursOf(entry, i) })
      else if (typeof date === 'string' && DATE.test(date)) dates.push({ kind: 'single', a: date, b: date, hours: dayHoursOf(entry, i) })
      else throw new Error(`oracle: entry ${i} is none of the known kinds`)
    }
  })
  const boundaries = [...new Set(absolutes.flatMap((a) => [a.start, a.end]))].sort((x, y) => x - y)
  return { zone, week: minuteModelOfIntervals(week), absolutes, dates, boundaries, dayCache: new Map() }
}

/** The hours a date entry gives `dateKey` (single > range > yearly, first in input order), or null. */
function dateHours(model: Model, dateKey: string): DayHours | null {
  const cached = model.dayCache.get(dateKey)
  if (cached !== undefined) return cached
  const monthDay = dateKey.slice(5)
  const found =
    model.dates.find((d) => d.kind === 'single' && d.a === dateKey) ??
    model.dates.find((d) => d.kind === 'range' && d.a <= dateKey && dateKey <= d.b) ??
    model.dates.find((d) => d.kind === 'yearly' && d.a === monthDay)
  const hours = found?.hours ?? null
  model.dayCache.set(dateKey, hours)
  return hours
}

// ---------------------------------------------------------------------------------------------
// Local clock

interface Local {
  readonly dateKey: string
  readonly dayNumber: number // days since 1970-01-01 of the local date
  readonly weekday: number // 0 = Sunday
  readonly minuteOfDay: number
  readonly offset: number
}

function dateKeyOfDayNumber(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10)
}

function local(ms: number, zone: string): Local {
  const wall = localWallMs(ms, zone)
  const dayNumber = Math.floor(wall / DAY_MS)
  return {
    dateKey: dateKeyOfDayNumber(dayNumber),
    dayNumber,
    weekday: mod(dayNumber + 4, 7), // 1970-01-01 was a Thursday
    minuteOfDay: Math.floor(mod(wall, DAY_MS) / MINUTE_MS),
    offset: wall - ms,
  }
}

function localOpen(model: Model, l: Local): boolean {
  const hours = dateHours(model, l.dateKey)
  if (hours !== null) return hours[l.minuteOfDay] === 1
  return model.week[l.weekday * DAY_MINUTES + l.minuteOfDay] === 1
}

function absoluteAt(model: Model, ms: number): AbsoluteEntry | undefined {
  return model.absolutes.find((a) => a.start <= ms && ms < a.end)
}

function openAt(model: Model, ms: number, l: Local): boolean {
  return absoluteAt(model, ms)?.open ?? localOpen(model, l)
}

// ---------------------------------------------------------------------------------------------
// Walks

interface Segment {
  readonly start: number
  readonly end: number
  readonly open: boolean
  readonly dateKey: string
}

function checkedLocal(model: Model, ms: number): Local {
  const l = local(ms, model.zone)
  if (l.offset % MINUTE_MS !== 0) {
    throw new Error(`oracle: ${model.zone} offset at ${new Date(ms).toISOString()} is not whole minutes (${l.offset} ms)`)
  }
  return l
}

/** Segments [t, next) of constant state covering [from, to), in increasing order. */
function* forward(model: Model, from: number, to: number): Generator<Segment> {
  let t = from
  while (t < to) {
    let end = Math.floor(t / MINUTE_MS) * MINUTE_MS + MINUTE_MS
    const b = model.boundaries.find((x) => x > t)
    if (b !== undefined && b < end) end = b
    if (to < end) end = to
    const l = checkedLocal(model, t)
    yield { start: t, end, open: openAt(model, t, l), dateKey: l.dateKey }
    t = end
  }
}

/** Segments [prev, e) of constant state covering [from, to), in decreasing order. */
function* backward(model: Model, from: number, to: number): Generator<Segment> {
  let e = to
  while (e > from) {
    let start = Math.ceil(e / MINUTE_MS) * MINUTE_MS - MINUTE_MS
    for (const x of model.boundaries) if (x < e && x > start) start = x
    if (start < from) start = from
    const l = checkedLocal(model, start)
    yield { start, end: e, open: openAt(model, start, l), dateKey: l.dateKey }
    e = start
  }
}

function mergeSpans(segments: Iterable<{ start: number; end: number }>): MsSpan[] {
  const spans: MsSpan[] = []
  for (const { start, end } of segments) {
    const last = spans[spans.length - 1]
    if (last !== undefined && last.end === start) last.end = end
    else spans.push({ start, end })
  }
  return spans
}

// ---------------------------------------------------------------------------------------------
// Exported queries

/** THE RULE at one instant. */
export function oracleCalendarIsOpen(week: readonly WeekInterval[], entries: readonly object[], zone: string, ms: number): boolean {
  const model = compile(week, entries, zone)
  return openAt(model, ms, local(ms, zone))
}

/** `from`, every UTC whole minute in (from, to), and every absolute start/end in (from, to); sorted. */
export function oracleStepsBetween(week: readonly WeekInterval[], entries: readonly object[], zone: string, from: number, to: number): number[] {
  const model = compile(week, entries, zone)
  return Array.from(forward(model, from, to), (s) => s.start)
}

/** Milliseconds open in [from, to). */
export function oracleOpenDuration(week: readonly WeekInterval[], entries: readonly object[], zone: string, from: number, to: number): number {
  let total = 0
  for (const s of forward(compile(week, entries, zone), from, to)) if (s.open) total += s.end - s.start
  return total
}

/** Maximal open spans clipped to [from, to). */
export function oracleOpenSpans(week: readonly WeekInterval[], entries: readonly object[], zone: string, from: number, to: number): MsSpan[] {
  const open = [...forward(compile(week, entries, zone), from, to)].filter((s) => s.open)
  return mergeSpans(open)
}

/** Earliest t in [from, from + horizonMs) whose state is `wantOpen`, or null. */
export function oracleNextInState(
  week: readonly WeekInterval[],
  entries: readonly object[],
  zone: string,
  from: number,
  wantOpen: boolean,
  horizonMs: number,
): number | null {
  for (const s of forward(compile(week, entries, zone), from, from + horizonMs)) if (s.open === wantOpen) return s.start
  return null
}

/**
 * Open spans (epoch ms) among the instants whose local date is `date` ('YYYY-MM-DD'): walks from
 * UTC midnight of the date − 1 day to + 2 days (wide enough for offsets of −24 h … +24 h), keeps
 * the instants of that local date, merges adjacent open ones.
 */
export function oracleHoursOn(week: readonly WeekInterval[], entries: readonly object[], zone: string, date: string): MsSpan[] {
  if (!DATE.test(date)) throw new Error(`oracle: bad date ${date}`)
  const midnightUtc = Date.parse(`${date}T00:00:00Z`)
  const segments = forward(compile(week, entries, zone), midnightUtc - DAY_MS, midnightUtc + 2 * DAY_MS)
  return mergeSpans([...segments].filter((s) => s.open && s.dateKey === date))
}

/**
 * ms ≥ 0: earliest t ≥ at with ms of open time in [at, t), requiring t ≤ at + horizonMs;
 * ms < 0: latest t ≤ at with |ms| of open time in [t, at), requiring t ≥ at − horizonMs.
 * Otherwise null. ms = 0 gives at.
 */
export function oracleAddOpenTime(
  week: readonly WeekInterval[],
  entries: readonly object[],
  zone: string,
  at: number,
  ms: number,
  horizonMs: number,
): number | null {
  if (ms === 0) return at
  const model = compile(week, entries, zone)
  let remaining = Math.abs(ms)
  if (ms > 0) {
    for (const s of forward(model, at, at + horizonMs)) {
      if (!s.open) continue
      if (s.end - s.start >= remaining) return s.start + remaining
      remaining -= s.end - s.start
    }
  } else {
    for (const s of backward(model, at - horizonMs, at)) {
      if (!s.open) continue
      if (s.end - s.start >= remaining) return s.end - remaining
      remaining -= s.end - s.start
    }
  }
  return null
}

// ---------------------------------------------------------------------------------------------
// The Retreaver server model

const recordFlags = new WeakMap<readonly object[], Uint8Array>()

/** What a server holding these weekly records answers at ms: local weekday/minute in zone. */
export function serverOpenAt(records: readonly object[], zone: string, ms: number): boolean {
  let flags = recordFlags.get(records)
  if (flags === undefined) {
    flags = minuteModelOfRecords(records)
    recordFlags.set(records, flags)
  }
  return flags[localWeekMinute(ms, zone)] === 1
}

function military(minute: number): number {
  return Math.floor(minute / 60) * 100 + (minute % 60)
}

/**
 * The 7 days of records the server must hold at instant `at`: weekday w gets the effective hours
 * (date entries, else weekly hours of w; absolute entries ignored) of the local date of its
 * current (today) or next occurrence. Sorted by day, then time_open.
 */
/** Whether no instant's local date in `zone` is `dayNumber`, sampled hourly from 26 h before to 50 h after its midnight "as if UTC". */
function neverRead(dayNumber: number, zone: string): boolean {
  for (let t = dayNumber * DAY_MS - 26 * 3_600_000; t <= dayNumber * DAY_MS + 50 * 3_600_000; t += 3_600_000) {
    if (local(t, zone).dayNumber === dayNumber) return false
  }
  return true
}

export function oracleWeekRecordsAt(week: readonly WeekInterval[], entries: readonly object[], zone: string, at: number): ServerRecord[] {
  const model = compile(week, entries, zone)
  const today = local(at, zone)
  const records: ServerRecord[] = []
  // Where a fall-back sets the clock back across midnight (St. John's, 1990-10-28 00:01 NDT →
  // 10-27 23:01 NST), yesterday's date is read again: it is still current. Sampled every minute of the
  // next three hours (no clock goes back further).
  let yesterdayAgain = false
  for (let k = 1; k <= 180 && !yesterdayAgain; k++) if (local(at + k * MINUTE_MS, zone).dayNumber === today.dayNumber - 1) yesterdayAgain = true
  for (let w = 0; w < 7; w++) {
    if (yesterdayAgain && w === mod(today.weekday - 1, 7)) {
      pushDayRecords(records, w, dateHours(model, dateKeyOfDayNumber(today.dayNumber - 1)) ?? model.week.subarray(w * DAY_MINUTES, (w + 1) * DAY_MINUTES))
      continue
    }
    // A date no clock reading shows (Samoa skipped 2011-12-30) is served by no record: its weekday
    // stands for the same weekday a week later. Found by hourly samples of the day and around it.
    let dayNumber = today.dayNumber + mod(w - today.weekday, 7)
    if (neverRead(dayNumber, zone)) dayNumber += 7
    const dateKey = dateKeyOfDayNumber(dayNumber)
    pushDayRecords(records, w, dateHours(model, dateKey) ?? model.week.subarray(w * DAY_MINUTES, (w + 1) * DAY_MINUTES))
  }
  return records
}

function pushDayRecords(records: ServerRecord[], w: number, hours: ArrayLike<number>): void {
  {
    let blockStart: number | undefined
    let any = false
    for (let m = 0; m <= DAY_MINUTES; m++) {
      const open = m < DAY_MINUTES && hours[m] === 1
      if (open && blockStart === undefined) blockStart = m
      if (!open && blockStart !== undefined) {
        records.push({ day_of_week: w, time_open: military(blockStart), time_close: military(m) })
        blockStart = undefined
        any = true
      }
    }
    if (!any) records.push({ day_of_week: w, time_open: 0, time_close: 2400, work_day: false })
  }
}
