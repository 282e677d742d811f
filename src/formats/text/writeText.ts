import { spansWithWrapJoined } from '../weekSpill'
import type { CalendarException, DayInterval } from '../../calendar/types'
import { DAY_ABBREVIATIONS } from '../../ground/days'
import { describeReceived } from '../../ground/issues'
import { MINUTES_PER_DAY, MINUTES_PER_WEEK, type WeekInterval } from '../../week/types'
import { readFormatOptions } from '../formatResult'
import type { FormatLoss, WriteFormatOptions, WriteFormatResult } from '../types'
import { writableHours } from '../writableHours'

/** Options of `writeText`: `timeZone` (shown after the week), `clock` (12, the default: "9 am–5 pm"; or 24: "09:00–17:00"). */
export interface WriteTextOptions extends WriteFormatOptions {
  readonly clock?: 12 | 24
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
/** Monday first, as people list a week. */
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0]

/**
 * Writes hours as a person reads them: "Mon–Fri 9 am–5 pm, Sat 10 am–2 pm (America/New_York)".
 * Days with the same hours are grouped (Monday first; days not named are closed; "Daily", "24/7",
 * "Closed" when they say it all); a span past midnight is written on its first day ("Fri 10 pm–2
 * am"), a whole day as "24 hours"; dated entries follow the week, each after `; ` ("2026-12-24 9
 * am–1 pm", "2026-12-24 to 2027-01-01 closed", "every Dec 25 closed", instants as ISO), labels in
 * quotes. `readText` reads all of it back to the same instants. A label holding `"` is written
 * with `'` (an `approximated` loss); nothing else is lost.
 *
 * @param scheduleOrCalendar - a `WeeklySchedule` or a `Calendar` from `withExceptions`
 * @param options - `timeZone` to show, `clock` 12 or 24
 * @returns `{ value, losses }`: the text, and what it could not hold
 * @throws {TypeError | RangeError} for a wrong argument or option
 *
 * @example
 * const week = scheduleFromIntervals([1, 2, 3, 4, 5].map((d) => ({ start: d * 1440 + 540, end: d * 1440 + 1020 })).concat([{ start: 6 * 1440 + 600, end: 6 * 1440 + 840 }]))
 * writeText(week, { timeZone: 'Eastern Time (US & Canada)' }).value
 * //=> 'Mon–Fri 9 am–5 pm, Sat 10 am–2 pm (America/New_York)'
 * writeText(week, { clock: 24 }).value
 * //=> 'Mon–Fri 09:00–17:00, Sat 10:00–14:00'
 *
 * @example
 * // A span past midnight, and dated entries after the week
 * const calendar = withExceptions(scheduleFromIntervals([{ start: 5 * 1440 + 1320, end: 6 * 1440 + 120 }]), [{ date: '--12-25', closed: true, label: 'Christmas' }])
 * writeText(calendar).value
 * //=> 'Fri 10 pm–2 am; every Dec 25 closed "Christmas"'
 */
export function writeText(scheduleOrCalendar: unknown, options?: WriteTextOptions): WriteFormatResult<string> {
  const { timeZone, own } = readFormatOptions(options, ['clock'], 'writeText')
  if (own.clock !== undefined && own.clock !== 12 && own.clock !== 24) {
    throw typeof own.clock === 'number' ? new RangeError(`writeText options.clock must be 12 or 24, received ${own.clock}`) : new TypeError(`writeText options.clock must be 12 or 24, received ${describeReceived(own.clock)}`)
  }
  const clock = own.clock === 24 ? 24 : 12
  const hours = writableHours(scheduleOrCalendar, 'writeText')
  const losses: FormatLoss[] = []
  let text = weekText(hours.schedule.intervals, clock)
  if (timeZone !== undefined) text += ` (${timeZone})`
  hours.exceptions.forEach((exception, index) => {
    text += `; ${datedText(exception, clock)}`
    if (exception.label !== null) {
      if (exception.label.includes('"') || exception.label.includes('”') || exception.label.includes('“')) {
        losses.push({ code: 'approximated', path: ['exceptions', index, 'label'], message: 'the label\'s double quotes were written as single quotes: a label is written inside double quotes' })
      }
      text += ` "${exception.label.replace(/["“”]/g, "'")}"`
    }
  })
  return { value: text, losses }
}

function timeText(minute: number, clock: 12 | 24): string {
  if (clock === 24) return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`
  if (minute === 0 || minute === MINUTES_PER_DAY) return 'midnight'
  if (minute === 720) return 'noon'
  const hour = Math.floor(minute / 60)
  const minutes = minute % 60
  return `${hour % 12 === 0 ? 12 : hour % 12}${minutes === 0 ? '' : `:${String(minutes).padStart(2, '0')}`} ${hour < 12 ? 'am' : 'pm'}`
}

/** One span of a day: open and close minutes of that day (close up to 1440, or past the open's next midnight as a smaller minute). */
function spanText(open: number, close: number, clock: 12 | 24): string {
  if (open === 0 && close === MINUTES_PER_DAY) return '24 hours'
  return `${timeText(open, clock)}–${timeText(close, clock)}`
}

/** Each day's spans as text (Sunday = 0), every span written on the day it starts. */
function dayTexts(intervals: readonly WeekInterval[], clock: 12 | 24): string[][] {
  const spans = spansWithWrapJoined(intervals)
  const days: string[][] = [[], [], [], [], [], [], []]
  const put = (start: number, end: number) => {
    const dayStart = Math.floor(start / MINUTES_PER_DAY) * MINUTES_PER_DAY
    const close = end - dayStart
    days[(dayStart / MINUTES_PER_DAY) % 7]!.push(spanText(start - dayStart, close > MINUTES_PER_DAY ? close - MINUTES_PER_DAY : close, clock))
  }
  for (const span of spans) {
    let start = span.start
    // Longer than a day, or not starting at midnight and longer than a day: cut at midnights.
    if (span.end - start > MINUTES_PER_DAY || (start % MINUTES_PER_DAY === 0 && span.end - start >= MINUTES_PER_DAY)) {
      if (start % MINUTES_PER_DAY !== 0) {
        const midnight = (Math.floor(start / MINUTES_PER_DAY) + 1) * MINUTES_PER_DAY
        put(start, midnight)
        start = midnight
      }
      while (span.end - start >= MINUTES_PER_DAY) {
        put(start, start + MINUTES_PER_DAY)
        start += MINUTES_PER_DAY
      }
      if (span.end > start) put(start, span.end)
    } else put(start, span.end)
  }
  return days
}

function weekText(intervals: readonly WeekInterval[], clock: 12 | 24): string {
  if (intervals.length === 0) return 'Closed'
  if (intervals.length === 1 && intervals[0]!.start === 0 && intervals[0]!.end === MINUTES_PER_WEEK) return '24/7'
  const texts = dayTexts(intervals, clock).map((spans) => spans.join(', '))
  const groups = new Map<string, number[]>()
  for (const day of WEEK_ORDER) {
    if (texts[day] === '') continue
    const days = groups.get(texts[day]!) ?? []
    days.push(day)
    groups.set(texts[day]!, days)
  }
  const parts: string[] = []
  for (const [hoursText, days] of groups) {
    if (days.length === 7) {
      parts.push(`Daily ${hoursText}`)
      continue
    }
    // Runs of days next to each other in the Monday-first week.
    const runs: number[][] = []
    for (const day of days) {
      const run = runs[runs.length - 1]
      const position = WEEK_ORDER.indexOf(day)
      if (run !== undefined && WEEK_ORDER.indexOf(run[run.length - 1]!) === position - 1) run.push(day)
      else runs.push([day])
    }
    const names = runs.map((run) => (run.length === 1 ? DAY_ABBREVIATIONS[run[0]!] : `${DAY_ABBREVIATIONS[run[0]!]}–${DAY_ABBREVIATIONS[run[run.length - 1]!]}`))
    parts.push(`${names.join(', ')} ${hoursText}`)
  }
  return parts.join(', ')
}

function dayHoursText(hours: readonly DayInterval[], clock: 12 | 24): string {
  return hours.length === 0 ? 'closed' : hours.map((span) => spanText(span.start, span.end, clock)).join(', ')
}

const isoMinute = (ms: number): string => `${new Date(ms).toISOString().slice(0, 16)}Z`

function datedText(exception: CalendarException, clock: 12 | 24): string {
  switch (exception.kind) {
    case 'date':
      return `${exception.date} ${dayHoursText(exception.hours, clock)}`
    case 'range':
      return `${exception.from} to ${exception.to} ${dayHoursText(exception.hours, clock)}`
    case 'yearly':
      return `every ${MONTHS[exception.month - 1]} ${exception.day} ${dayHoursText(exception.hours, clock)}`
    case 'instant':
      return `${isoMinute(exception.start)} to ${isoMinute(exception.end)} ${exception.open ? 'open' : 'closed'}`
  }
}
