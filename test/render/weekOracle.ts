/**
 * Test-only helpers for the render tests: schedules written as day-and-time text, and a plain
 * minute-by-minute picture of the week used as an independent oracle.
 */
import type { WeekInterval, WeeklySchedule } from '../../src/week/types'

export const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const
const WEEK = 10080

/** `'Mon 09:00'` → minutes since Sunday 00:00; `'Sat 24:00'` is 10080. */
export function weekMinute(dayAndTime: string): number {
  const [dayName, time] = dayAndTime.split(' ')
  const day = DAY_NAMES.indexOf(dayName as (typeof DAY_NAMES)[number])
  const [hours, minutes] = (time ?? '').split(':').map(Number)
  if (day < 0 || hours === undefined || minutes === undefined) throw new Error(`bad day and time ${dayAndTime}`)
  return day * 1440 + hours * 60 + minutes
}

/** One open minute per array slot, minute 0 = Sunday 00:00. */
export function openFlags(schedule: WeeklySchedule): boolean[] {
  const flags = new Array<boolean>(WEEK).fill(false)
  for (const { start, end } of schedule.intervals) for (let m = start; m < end; m++) flags[m] = true
  return flags
}

/** The normal form straight from the flags: maximal runs, the Sat→Sun wrap left as two pieces. */
export function scheduleFromFlags(flags: readonly boolean[]): WeeklySchedule {
  const intervals: WeekInterval[] = []
  let start = -1
  for (let m = 0; m <= WEEK; m++) {
    const open = m < WEEK && flags[m] === true
    if (open && start < 0) start = m
    if (!open && start >= 0) {
      intervals.push({ start, end: m })
      start = -1
    }
  }
  return { intervals }
}

/**
 * A schedule from spans written `['Fri 22:00', 'Sat 02:00']`; a span whose end is not after its start
 * wraps past Saturday 24:00. Overlaps are fine: the result is built from the minute flags.
 */
export function week(...spans: readonly (readonly [string, string])[]): WeeklySchedule {
  const flags = new Array<boolean>(WEEK).fill(false)
  for (const [from, to] of spans) {
    const start = weekMinute(from)
    let end = weekMinute(to)
    if (end <= start) end += WEEK
    for (let m = start; m < end; m++) flags[m % WEEK] = true
  }
  return scheduleFromFlags(flags)
}

/** The same daily hours on each of the given days. */
export function daily(days: readonly string[], ...times: readonly (readonly [string, string])[]): WeeklySchedule {
  const spans: [string, string][] = []
  for (const day of days) {
    const index = DAY_NAMES.indexOf(day as (typeof DAY_NAMES)[number])
    for (const [from, to] of times) {
      const endDay = to <= from ? DAY_NAMES[(index + 1) % 7] : day
      spans.push([`${day} ${from}`, `${endDay} ${to}`])
    }
  }
  return week(...spans)
}

export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'] as const
export const ALL_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const
