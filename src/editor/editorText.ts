// The words of the week editor: what a cell is called, what the live region says. Display only.

import { DAY_NAMES } from '../ground/days'
import type { DayMinutes } from './weekSpans'

/** How clock times are written: `h23` (`09:00`, `24:00`) or `h12` (`9:00 AM`). */
export type HourCycle = 'h12' | 'h23'

const pad = (value: number): string => String(value).padStart(2, '0')

/**
 * A minute of the day as a clock time.
 *
 * @param minute - 0–1440
 * @param hourCycle - `'h23'` (default) or `'h12'`
 * @returns `09:30`, or `9:30 AM`
 *
 * @example
 * clockTime(570) //=> '09:30'
 * clockTime(570, 'h12') //=> '9:30 AM'
 * // Edge: the end of the day is 24:00, or midnight (12:00 AM) on a 12-hour clock
 * clockTime(1440) //=> '24:00'
 * clockTime(1440, 'h12') //=> '12:00 AM'
 * clockTime(720, 'h12') //=> '12:00 PM'
 */
export function clockTime(minute: number, hourCycle: HourCycle = 'h23'): string {
  const hours = Math.floor(minute / 60)
  const minutes = pad(minute % 60)
  if (hourCycle === 'h23') return `${pad(hours)}:${minutes}`
  const h = hours % 12 === 0 ? 12 : hours % 12
  return `${h}:${minutes} ${hours % 24 < 12 ? 'AM' : 'PM'}`
}

/**
 * The accessible name of a grid cell: day, time range, state.
 *
 * @param day - Sunday = 0 … Saturday = 6
 * @param start - the cell's first minute of the day
 * @param end - the minute after its last
 * @param state - `'open'`, `'closed'` or `'partly'` (partly open)
 * @param hourCycle - how times are written
 * @returns the name
 *
 * @example
 * cellName(1, 540, 570, 'open') //=> 'Monday 09:00 to 09:30, open'
 * cellName(0, 1380, 1440, 'partly', 'h12') //=> 'Sunday 11:00 PM to 12:00 AM, partly open'
 */
export function cellName(day: number, start: number, end: number, state: 'open' | 'closed' | 'partly', hourCycle: HourCycle = 'h23'): string {
  const words = state === 'partly' ? 'partly open' : state
  return `${DAY_NAMES[day]} ${clockTime(start, hourCycle)} to ${clockTime(end, hourCycle)}, ${words}`
}

/**
 * A day's hours in words, as the live region announces them after an edit.
 *
 * @param day - Sunday = 0 … Saturday = 6
 * @param hours - the day's open spans (`dayMinutes`)
 * @param hourCycle - how times are written
 * @returns the sentence
 *
 * @example
 * dayInWords(1, [{ start: 540, end: 1020 }]) //=> 'Monday 09:00–17:00 open'
 * dayInWords(2, [{ start: 540, end: 720 }, { start: 780, end: 1020 }]) //=> 'Tuesday 09:00–12:00, 13:00–17:00 open'
 * // Edge: nothing open, and all day
 * dayInWords(0, []) //=> 'Sunday closed'
 * dayInWords(6, [{ start: 0, end: 1440 }]) //=> 'Saturday open 24 hours'
 */
export function dayInWords(day: number, hours: readonly DayMinutes[], hourCycle: HourCycle = 'h23'): string {
  const name = DAY_NAMES[day]
  if (hours.length === 0) return `${name} closed`
  if (hours.length === 1 && hours[0]!.start === 0 && hours[0]!.end === 1440) return `${name} open 24 hours`
  return `${name} ${hours.map((span) => `${clockTime(span.start, hourCycle)}–${clockTime(span.end, hourCycle)}`).join(', ')} open`
}
