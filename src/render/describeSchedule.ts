import { requireHours } from '../calendar/sealedCalendar'
import { dayOfDate, requireDate } from '../calendar/readExceptions'
import type { CalendarException, DayInterval, Hours } from '../calendar/types'
import { MINUTES_PER_DAY } from '../week/types'
import { zoneFor } from '../zone/resolveTimeZone'
import { offsetAt, type ZoneOffsets } from '../zone/zoneOffsets'
import { readDescribeOptions } from './readRenderOptions'
import {
  DAY_ABBREVIATIONS,
  daysInReadingOrder,
  formatDayMinute,
  isWholeDay,
  splitIntoDays,
  type DayIndex,
  type DaySpan,
} from './weekDays'
import { DAY_MS } from '../ground/timeUnits'

/** Options of {@link describeSchedule}. */
export interface DescribeScheduleOptions {
  /** The day the sentence starts with and day ranges run from: `'monday'` (default) or `'sunday'`. */
  readonly weekStart?: 'sunday' | 'monday'
  /** For a calendar: list only exceptions on or after this date (`YYYY-MM-DD`). */
  readonly from?: string
  /** For a calendar: list only exceptions on or before this date (`YYYY-MM-DD`). */
  readonly to?: string
  /**
   * For a calendar: show absolute entries (`start`/`end` instants) on this zone's clock, with its
   * UTC offset (`2026-12-02 14:00 to 16:30 (UTC−5)`); default UTC (`19:00Z to 21:30Z`).
   */
  readonly timeZone?: string
}

/** A span as it is read: `end` may lie in the next day when `nextDay` is set. */
interface SpokenSpan {
  readonly start: number
  readonly end: number
  readonly nextDay: boolean
}

/**
 * Describes a weekly schedule in one line a person can read aloud, exact to the minute.
 *
 * Rules (also in docs/render.md):
 * - Each day reads as its spans joined by ` & ` (`09:00–12:00 & 13:00–17:00`), `open 24 hours`,
 *   or `closed`. Times are 24-hour `HH:MM`; a span that ends at midnight ends at `24:00`.
 * - Over midnight: a day's last span that starts after 00:00 and runs to 24:00 takes over the next
 *   day's span starting at 00:00 and reads `22:00–02:00 (next day)`, unless that next-day span
 *   runs to 24:00 (the next day is open 24 hours); the next day then no longer mentions it, and
 *   reads `closed` if nothing else is left. Saturday continues into Sunday the same way.
 * - Days that read the same are grouped, in reading order: runs of two or more consecutive days
 *   as `Mon–Fri`, other days separated by commas (`Mon, Wed`). Groups are joined by `, ` and
 *   ordered by their first day, except that the closed days always come last. Runs do not wrap
 *   around the end of the week.
 * - All seven days alike: `Every day 09:00–17:00`; always open: `Open 24/7`; never open:
 *   `Closed all week`.
 *
 * Different schedules always give different text.
 *
 * A calendar reads as its week, then `; exceptions: ` and its exceptions in input order (entries
 * that read alike once), each as
 * its date (`2026-12-24`, `2026-12-24 to 2027-01-01`, `every --12-25`, or the UTC instants
 * `2026-12-01 14:35Z to 16:10Z`), its hours and its label in parentheses; `from`/`to` keep those
 * that touch the dates between (yearly ones always touch).
 *
 * @param schedule - the week in normal form, or a `Calendar`
 * @param options - `weekStart` sets the reading order (default Monday first); `from`, `to` pick a calendar's exceptions
 * @returns the description, without a trailing full stop
 *
 * @example
 * // Mon–Fri 9–17, Sat 10–14
 * describeSchedule({ intervals: [
 *   { start: 1980, end: 2460 }, { start: 3420, end: 3900 }, { start: 4860, end: 5340 },
 *   { start: 6300, end: 6780 }, { start: 7740, end: 8220 }, { start: 9240, end: 9480 },
 * ] })
 * //=> 'Mon–Fri 09:00–17:00, Sat 10:00–14:00, Sun closed'
 *
 * @example
 * // Edge: Friday 22:00 to Saturday 02:00 is read as one span on Friday
 * describeSchedule({ intervals: [{ start: 8520, end: 8760 }] })
 * //=> 'Fri 22:00–02:00 (next day), Mon–Thu, Sat–Sun closed'
 *
 * @example
 * describeSchedule(christmasCalendar, { from: '2026-12-01', to: '2026-12-31' })
 * //=> 'Mon–Fri 09:00–17:00, Sat–Sun closed; exceptions: every --12-25 closed (Christmas), 2026-12-24 09:00–13:00 (Christmas Eve)'
 *
 * @example
 * // Edge: an absolute closure on the target's clock (default UTC); across a clock change each end has its offset
 * const moves = withExceptions(weekdays9to5, [{ start: '2026-12-02T19:00:00Z', end: '2026-12-02T21:30:00Z', closed: true, label: 'Office move' },
 *   { start: '2026-03-08T06:00:00Z', end: '2026-03-08T09:00:00Z', closed: true }])
 * describeSchedule(moves, { timeZone: 'America/New_York' })
 * //=> 'Mon–Fri 09:00–17:00, Sat–Sun closed; exceptions: 2026-12-02 14:00 to 16:30 (UTC−5) closed (Office move), 2026-03-08 01:00 (UTC−5) to 05:00 (UTC−4) closed'
 * describeSchedule(moves).split('; ')[1]
 * //=> 'exceptions: 2026-12-02 19:00Z to 21:30Z closed (Office move), 2026-03-08 06:00Z to 09:00Z closed'
 *
 * @example
 * // Edge: the empty week and the full week
 * describeSchedule({ intervals: [] }) //=> 'Closed all week'
 * describeSchedule({ intervals: [{ start: 0, end: 10080 }] }) //=> 'Open 24/7'
 */
export function describeSchedule(schedule: Hours, options: DescribeScheduleOptions = {}): string {
  const { weekStart, from, to, timeZone } = readDescribeOptions(options)
  const hours = requireHours(schedule)
  const week = describeWeek(hours, weekStart)
  const zone = timeZone === undefined ? undefined : zoneFor(timeZone)
  const exceptions = 'exceptions' in hours ? describeExceptions(hours.exceptions, readDay(from, 'from'), readDay(to, 'to'), zone) : ''
  return exceptions === '' ? week : `${week}; exceptions: ${exceptions}`
}

/** `2026-12-02 19:00Z to 21:30Z`: an absolute entry in UTC. */
function spanInUtc(startMs: number, endMs: number): string {
  const start = new Date(startMs).toISOString()
  const end = new Date(endMs).toISOString()
  return `${start.slice(0, 10)} ${start.slice(11, 16)}Z to ${end.slice(0, 10) === start.slice(0, 10) ? '' : `${end.slice(0, 10)} `}${end.slice(11, 16)}Z`
}

/**
 * `2026-12-02 14:00 to 16:30 (UTC−5)`: an absolute entry on a zone's clock, with its offset; each
 * end gets its own offset when a clock change falls between them.
 */
function spanOnClock(startMs: number, endMs: number, zone: ZoneOffsets): string {
  const startOffset = offsetAt(zone, startMs)
  const endOffset = offsetAt(zone, endMs)
  const start = new Date(startMs + startOffset).toISOString()
  const end = new Date(endMs + endOffset).toISOString()
  const endDate = end.slice(0, 10) === start.slice(0, 10) ? '' : `${end.slice(0, 10)} `
  if (startOffset === endOffset) return `${start.slice(0, 10)} ${start.slice(11, 16)} to ${endDate}${end.slice(11, 16)} (${utcOffset(startOffset)})`
  return `${start.slice(0, 10)} ${start.slice(11, 16)} (${utcOffset(startOffset)}) to ${endDate}${end.slice(11, 16)} (${utcOffset(endOffset)})`
}

/** `UTC−5`, `UTC+5:45`, `UTC`: an offset as people write it. */
function utcOffset(offsetMs: number): string {
  if (offsetMs === 0) return 'UTC'
  const minutes = Math.round(Math.abs(offsetMs) / 60_000)
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  return `UTC${offsetMs < 0 ? '−' : '+'}${hours}${rest === 0 ? '' : `:${String(rest).padStart(2, '0')}`}`
}

function readDay(date: string | undefined, name: string): number | undefined {
  return date === undefined ? undefined : requireDate(date, name)
}


/** The exceptions that touch `[from, to]` (days), each read as date, hours and label. */
function describeExceptions(exceptions: readonly CalendarException[], from: number | undefined, to: number | undefined, zone: ZoneOffsets | undefined): string {
  const low = from ?? -Infinity
  const high = to ?? Infinity
  const parts: string[] = []
  const listed = new Set<string>()
  for (const exception of exceptions) {
    let when: string
    let what: string
    if (exception.kind === 'instant') {
      if (Math.floor((exception.end - 1) / DAY_MS) < low || Math.floor(exception.start / DAY_MS) > high) continue
      when = zone === undefined ? spanInUtc(exception.start, exception.end) : spanOnClock(exception.start, exception.end, zone)
      what = exception.open ? 'open' : 'closed'
    } else {
      if (exception.kind === 'date' && (dayOfDate(exception.date)! < low || dayOfDate(exception.date)! > high)) continue
      if (exception.kind === 'range' && (dayOfDate(exception.to)! < low || dayOfDate(exception.from)! > high)) continue
      when = exception.kind === 'range' ? `${exception.from} to ${exception.to}` : exception.kind === 'yearly' ? `every ${exception.date}` : exception.date
      what = dayHoursPhrase(exception.hours)
    }
    // Entries that read alike (a holiday given twice) are listed once.
    const part = `${when} ${what}${exception.label === null ? '' : ` (${exception.label})`}`
    if (!listed.has(part)) parts.push(part)
    listed.add(part)
  }
  return parts.join(', ')
}

function dayHoursPhrase(hours: readonly DayInterval[]): string {
  if (hours.length === 0) return CLOSED
  return hours.map((span) => `${formatDayMinute(span.start)}–${formatDayMinute(span.end)}`).join(' & ')
}

function describeWeek(schedule: Hours, weekStart: 'sunday' | 'monday'): string {
  const days = splitIntoDays(schedule)
  if (days.every((spans) => spans.length === 0)) return 'Closed all week'
  if (days.every(isWholeDay)) return 'Open 24/7'

  const spoken: SpokenSpan[][] = days.map((spans) => spans.map((span) => ({ ...span, nextDay: false })))
  for (let day = 0; day < 7; day++) {
    const own = days[day] ?? []
    const last = own[own.length - 1]
    if (last === undefined || last.end !== MINUTES_PER_DAY || last.start === 0) continue
    const nextDay = (day + 1) % 7
    const first: DaySpan | undefined = days[nextDay]?.[0]
    if (first === undefined || first.start !== 0 || first.end === MINUTES_PER_DAY) continue
    // The absorbing span is never the next day's first span (that one starts at 0), so the
    // hand-overs of neighbouring days cannot interfere with each other.
    const mine = spoken[day]
    const theirs = spoken[nextDay]
    if (mine === undefined || theirs === undefined) continue
    mine[mine.length - 1] = { start: last.start, end: first.end, nextDay: true }
    theirs.shift()
  }

  const order = daysInReadingOrder(weekStart)
  const groups = new Map<string, number[]>()
  order.forEach((day, position) => {
    const phrase = dayPhrase(spoken[day] ?? [])
    const positions = groups.get(phrase)
    if (positions === undefined) groups.set(phrase, [position])
    else positions.push(position)
  })
  const [onlyGroup] = groups.keys()
  if (groups.size === 1 && onlyGroup !== undefined) return `Every day ${onlyGroup}`
  const parts: string[] = []
  for (const [phrase, positions] of groups) {
    if (phrase !== CLOSED) parts.push(`${dayList(positions, order)} ${phrase}`)
  }
  const closedPositions = groups.get(CLOSED)
  if (closedPositions !== undefined) parts.push(`${dayList(closedPositions, order)} ${CLOSED}`)
  return parts.join(', ')
}

const CLOSED = 'closed'

function dayPhrase(spans: readonly SpokenSpan[]): string {
  if (spans.length === 0) return CLOSED
  if (spans.length === 1 && spans[0]?.start === 0 && spans[0].end === MINUTES_PER_DAY && !spans[0].nextDay) {
    return 'open 24 hours'
  }
  return spans
    .map(
      (span) =>
        `${formatDayMinute(span.start)}–${formatDayMinute(span.end)}${span.nextDay ? ' (next day)' : ''}`,
    )
    .join(' & ')
}

/** Positions in reading order (ascending) → `Mon–Wed, Fri, Sun`. */
function dayList(positions: readonly number[], order: readonly DayIndex[]): string {
  const name = (position: number): string => DAY_ABBREVIATIONS[order[position] ?? 0]
  const runs: string[] = []
  let runStart = positions[0] ?? 0
  let previous = runStart
  for (const position of [...positions.slice(1), Number.NaN]) {
    if (position === previous + 1) {
      previous = position
      continue
    }
    runs.push(runStart === previous ? name(runStart) : `${name(runStart)}–${name(previous)}`)
    runStart = position
    previous = position
  }
  return runs.join(', ')
}
