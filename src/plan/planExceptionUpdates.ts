import { requireHours } from '../calendar/sealedCalendar'
import { dayOfDate } from '../calendar/readExceptions'
import type { CalendarException, DayInterval, Hours } from '../calendar/types'
import { toEpochMs, wantsEpochMs, type Instant, type InstantOptions } from '../ground/instant'
import { readOptionFields } from '../ground/readers'
import { describeReceived } from '../ground/issues'
import { localDayInstants, localDayRanges } from '../zone/localDay'
import type { BusinessHourInput } from '../records/types'
import { isoDateOfDay } from '../zone/civil'
import { firstInstantReading } from '../zone/nextLocalBoundary'
import { zoneFor } from '../zone/resolveTimeZone'
import type { ZoneOffsets } from '../zone/zoneOffsets'
import { dateHours, weekdayOf } from '../calendar/dateHours'
import { isSkippedDay, localDayAt, recordsForDays, servedDates } from './weekRecordsAt'
import { DAY_MS, MINUTE_MS } from '../ground/timeUnits'

/** A plan covers at most five years: about 1,830 dates, each looked at once. */
export const MAX_PLAN_RANGE_MS = 5 * 366 * DAY_MS

/**
 * One step of a plan: from some instant in `[notBefore, notAfter]` on, the server must hold
 * `records` (send `diffBusinessHours(serverRecords, records)`).
 */
export interface PlanStep<I extends Date | number = Date> {
  readonly notBefore: I
  readonly notAfter: I
  /** All seven days, ordered by day and time, without ids. */
  readonly records: BusinessHourInput[]
  /** The local dates (`YYYY-MM-DD`) whose hours this step puts in place, in date order. */
  readonly dates: string[]
  /** The labels of the exceptions on those dates, once each, in date order. */
  readonly labels: string[]
}

/** @deprecated The range of the old argument order `(calendar, timeZone, { from, to })`; pass `(calendar, from, to, timeZone)`. Goes in the next minor version. */
export interface PlanRange {
  readonly from: Instant
  readonly to: Instant
}

/** Options of {@link planExceptionUpdates}: `epochMs` answers `notBefore`/`notAfter` in epoch milliseconds. */
export type PlanExceptionUpdatesOptions = InstantOptions

/** A weekday's records must change from `before` (date − 7) to its date's hours somewhere in `[notBefore, notAfter]`. */
interface Change {
  readonly day: number
  readonly notBefore: number
  readonly notAfter: number
}


/** The first minute of the day at which two lists of a day's hours differ, or -1. */
function firstDifference(a: readonly DayInterval[], b: readonly DayInterval[]): number {
  const bits = (spans: readonly DayInterval[]): Uint8Array => {
    const open = new Uint8Array(1440)
    for (const span of spans) open.fill(1, span.start, span.end)
    return open
  }
  const x = bits(a)
  const y = bits(b)
  for (let m = 0; m < 1440; m++) if (x[m] !== y[m]) return m
  return -1
}

/**
 * The steps that keep a Retreaver target in step with its calendar, in order: the weekly records
 * the server must hold, and the window in which each set must be sent.
 *
 * The server stores only weekly hours, so each date whose hours differ from the same weekday a
 * week before needs its weekday's records changed: after that earlier date has ended, and before
 * the first minute at which the two differ (for an emergency closure starting now, its start).
 * Changes whose windows meet are sent together, and a step's records are the week as it must be
 * from its `notBefore` on: a date whose turn has not come (one at or after `to` among them) never
 * changes a record before its own window opens. The first step is the week as it must be at
 * `from`; a step that would change no record is left out. Applying each step, in order, at any instant inside its window makes the server answer
 * as the calendar at every instant in `[from, to)` — except inside a fall-back's repeated hour
 * when an absolute entry covers only one of its two readings (one weekly record cannot tell
 * them apart; docs/exceptions.md).
 *
 * @param calendar - a `Calendar` (`withExceptions`), or a `WeeklySchedule` (one step)
 * @param from - where the plan starts (an instant)
 * @param to - where it ends (after `from`; at most five years later)
 * @param timeZone - the target's zone: an IANA id, `UTC`, or a Retreaver (Rails) zone name
 * @param options - `{ epochMs: true }` (or `EPOCH_MS`): `notBefore` and `notAfter` in epoch milliseconds
 * @returns the steps in time order; the first has `notAfter` = `from`
 * @throws {RangeError} for invalid instants, `to` not after `from`, a range over five years, or an unknown zone
 * @throws {TypeError} for an instant of the wrong kind or unknown options
 *
 * @example
 * // Christmas in New York: short Thursday, closed Friday, then the usual week again
 * planExceptionUpdates(christmasCalendar, Date.UTC(2026, 11, 14), Date.UTC(2027, 0, 4), 'America/New_York').map((step) => [step.notBefore.toISOString(), step.notAfter.toISOString(), step.dates, step.labels])
 * //=> [['2026-12-07T05:00:00.000Z', '2026-12-14T00:00:00.000Z', ['2026-12-13', '2026-12-14', '2026-12-15', '2026-12-16', '2026-12-17', '2026-12-18', '2026-12-19'], []], ['2026-12-19T05:00:00.000Z', '2026-12-24T18:00:00.000Z', ['2026-12-24', '2026-12-25'], ['Christmas Eve', 'Christmas']], ['2026-12-26T05:00:00.000Z', '2026-12-31T18:00:00.000Z', ['2026-12-31', '2027-01-01'], []]]
 *
 * @example
 * // Edge: epoch milliseconds in and out; the old order (calendar, timeZone, { from, to }) still works, deprecated
 * planExceptionUpdates(christmasCalendar, Date.UTC(2026, 11, 14), Date.UTC(2027, 0, 4), 'America/New_York', EPOCH_MS)[1].notAfter
 * //=> 1798135200000
 * planExceptionUpdates(christmasCalendar, 'America/New_York', { from: Date.UTC(2026, 11, 14), to: Date.UTC(2027, 0, 4) }).length
 * //=> 3
 */
export function planExceptionUpdates(calendar: Hours, from: Instant, to: Instant, timeZone: string): PlanStep[]
export function planExceptionUpdates(calendar: Hours, from: Instant, to: Instant, timeZone: string, options: PlanExceptionUpdatesOptions & { readonly epochMs: true }): PlanStep<number>[]
export function planExceptionUpdates(calendar: Hours, from: Instant, to: Instant, timeZone: string, options?: PlanExceptionUpdatesOptions): PlanStep<Date | number>[]
/** @deprecated The old argument order: pass `(calendar, from, to, timeZone)`. Goes in the next minor version. */
export function planExceptionUpdates(calendar: Hours, timeZone: string, range: PlanRange): PlanStep[]
export function planExceptionUpdates(calendar: Hours, ...rest: unknown[]): PlanStep<Date | number>[] {
  let fromMs: number
  let toMs: number
  let timeZone: string
  let epochMs = false
  if (typeof rest[0] === 'string' && typeof rest[1] === 'object' && rest[1] !== null && !(rest[1] instanceof Date)) {
    // The old order, (calendar, timeZone, { from, to }): read as before.
    const fields = readOptionFields(rest[1], ['from', 'to'], 'planExceptionUpdates')
    fromMs = toEpochMs(fields.from as Instant, 'from')
    toMs = toEpochMs(fields.to as Instant, 'to')
    timeZone = rest[0]
  } else {
    fromMs = toEpochMs(rest[0] as Instant, 'from')
    toMs = toEpochMs(rest[1] as Instant, 'to')
    if (typeof rest[2] !== 'string') throw new TypeError(`planExceptionUpdates needs a time zone after from and to, received ${describeReceived(rest[2])}`)
    timeZone = rest[2]
    epochMs = wantsEpochMs(rest[3])
  }
  if (toMs <= fromMs) throw new RangeError(`to (${new Date(toMs).toISOString()}) must be after from (${new Date(fromMs).toISOString()})`)
  if (toMs - fromMs > MAX_PLAN_RANGE_MS) throw new RangeError('the range is longer than five years: plan a shorter one')
  const hours = requireHours(calendar, ['calendar'])
  const zone = zoneFor(timeZone)
  const firstDay = localDayAt(zone, fromMs)
  // The last date read before `to`: usually the date at `to` − 1 ms, or the next one where a
  // fall-back across midnight read it first (St. John's read 10-28 00:00 NDT before 10-27 again).
  let lastDay = localDayAt(zone, toMs - 1)
  const nextRanges = localDayRanges(zone, lastDay + 1)
  if (nextRanges.length > 0 && nextRanges[0]!.start < toMs) lastDay += 1
  const known = new Map<number, DayInterval[]>()
  const hoursOf = (day: number): DayInterval[] => {
    let spans = known.get(day)
    if (spans === undefined) known.set(day, (spans = dateHours(hours, zone, day)))
    return spans
  }
  const labelsOf = labelIndex(calendarExceptions(calendar), zone)

  // The date a weekday's records served before `day`: a week back, or two when the clock skipped that one.
  const previous = (day: number): number => (isSkippedDay(zone, day - 7) ? day - 14 : day - 7)

  // The week as it must be at `from`: for each weekday, its date still to be read. It can be sent
  // once the previous date of each changed weekday has ended.
  const startDates = servedDates(zone, fromMs)
  let startNotBefore = dayEnd(zone, firstDay - 7)
  for (const day of startDates) if (firstDifference(hoursOf(day), hoursOf(previous(day))) >= 0) startNotBefore = Math.max(startNotBefore, dayEnd(zone, previous(day)))
  const steps: PlanStep<number>[] = [step(Math.min(startNotBefore, fromMs), fromMs, recordsForDays(hours, zone, startDates), startDates, labelsOf)]
  const servedFirst = new Map<number, number>()
  for (const day of startDates) servedFirst.set(weekdayOf(day), day)

  const changes: Change[] = []
  for (let day = firstDay + 6; day <= lastDay; day++) {
    // Dates up to the first step's own are put in place by it.
    if (day <= servedFirst.get(weekdayOf(day))!) continue
    // A date the clock skips is served by no record: its weekday's next date is compared with the one before.
    const ranges = localDayRanges(zone, day)
    if (ranges.length === 0) continue
    const differs = firstDifference(hoursOf(day), hoursOf(previous(day)))
    if (differs < 0) continue
    const end = ranges[ranges.length - 1]!.end
    const first = firstInstantReading(zone, ranges[0]!.start, (day * 1440 + differs) * MINUTE_MS) ?? end
    changes.push({ day, notBefore: dayEnd(zone, previous(day)), notAfter: Math.min(first, end) })
  }
  // Greedy: the change due first opens a step, and every change that may already be sent by then joins it.
  changes.sort((a, b) => a.notAfter - b.notAfter || a.day - b.day)
  const done = new Uint8Array(changes.length)
  let earliestOpen = 0
  let held = steps[0]!.records
  for (let i = 0; i < changes.length; i++) {
    if (done[i] === 1) continue
    const due = changes[i]!.notAfter
    let notBefore = -Infinity
    for (let j = Math.max(i, earliestOpen); j < changes.length; j++) {
      if (done[j] === 0 && changes[j]!.notBefore <= due) {
        notBefore = Math.max(notBefore, changes[j]!.notBefore)
        done[j] = 1
      }
    }
    while (earliestOpen < changes.length && done[earliestOpen] === 1) earliestOpen++
    // The records are the week as it must be from `notBefore` on — not at `due`: a weekday whose
    // date turns between the two (a Monday holiday after `to`, London 2026-12-28) keeps its earlier
    // date until a later step, whose own window starts after that earlier date has ended.
    const dates = servedDates(zone, notBefore)
    const records = recordsForDays(hours, zone, dates)
    // A step that changes no record (its dates' differences are never read) is left out.
    if (sameRecords(records, held)) continue
    const changed = dates.filter((day) => !sameRecords(recordsForDays(hours, zone, [day]), weekdayRecords(held, weekdayOf(day))))
    steps.push(step(notBefore, due, records, changed, labelsOf))
    held = records
  }
  return epochMs ? steps : steps.map((one) => ({ ...one, notBefore: new Date(one.notBefore), notAfter: new Date(one.notAfter) }))
}

function weekdayRecords(records: readonly BusinessHourInput[], weekday: number): BusinessHourInput[] {
  return records.filter((record) => record.day_of_week === weekday)
}

function sameRecords(a: readonly BusinessHourInput[], b: readonly BusinessHourInput[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!
    const y = b[i]!
    if (x.day_of_week !== y.day_of_week || x.time_open !== y.time_open || x.time_close !== y.time_close || x.work_day !== y.work_day || x.invert !== y.invert) return false
  }
  return true
}

function step(notBefore: number, notAfter: number, records: BusinessHourInput[], days: readonly number[], labelsOf: (day: number) => string[]): PlanStep<number> {
  const labels: string[] = []
  for (const day of days) for (const label of labelsOf(day)) if (!labels.includes(label)) labels.push(label)
  return { notBefore, notAfter, records, dates: days.map(isoDateOfDay), labels }
}

/** The instant a local date's last reading ends (for a date the clock skips, the day before's). */
function dayEnd(zone: ZoneOffsets, day: number): number {
  const ranges = localDayRanges(zone, day)
  return ranges.length > 0 ? ranges[ranges.length - 1]!.end : dayEnd(zone, day - 1)
}

function calendarExceptions(calendar: Hours): readonly CalendarException[] {
  return 'exceptions' in calendar ? calendar.exceptions : []
}

/** For a local date, the labels of the entries that give it its hours: the dated entry that wins, and absolute ones over it. */
function labelIndex(exceptions: readonly CalendarException[], zone: ZoneOffsets): (day: number) => string[] {
  const singles = new Map<number, string | null>()
  const yearly = new Map<string, string | null>()
  const ranges: { from: number; to: number; label: string | null }[] = []
  const instants: { start: number; end: number; label: string | null }[] = []
  for (const exception of exceptions) {
    if (exception.kind === 'date') singles.set(dayOfDate(exception.date)!, exception.label)
    else if (exception.kind === 'yearly') yearly.set(exception.date.slice(2), exception.label)
    else if (exception.kind === 'range') ranges.push({ from: dayOfDate(exception.from)!, to: dayOfDate(exception.to)!, label: exception.label })
    else instants.push({ start: exception.start, end: exception.end, label: exception.label })
  }
  return (day) => {
    const labels: string[] = []
    const range = ranges.find((candidate) => candidate.from <= day && day <= candidate.to)
    const dated = singles.has(day) ? singles.get(day) : range !== undefined ? range.label : yearly.get(isoDateOfDay(day).slice(5))
    if (typeof dated === 'string') labels.push(dated)
    if (instants.length > 0) {
      const span = localDayInstants(zone, day)
      if (span !== undefined) for (const instant of instants) if (instant.label !== null && instant.start < span.end && instant.end > span.start) labels.push(instant.label)
    }
    return labels
  }
}
