import type { WorkingWeek } from '../week/sealedSchedule'
import { MINUTES_PER_DAY, MINUTES_PER_WEEK, type WeekInterval } from '../week/types'

/** 1970-01-01 was a Thursday: local minute 0 is minute 4 × 1440 of the week. */
const EPOCH_WEEK_MINUTE = 4 * MINUTES_PER_DAY

/** The minute of the week (Sunday 00:00 = 0) of a local minute count since 1970-01-01 00:00. */
export function weekMinuteOf(localMinute: number): number {
  const m = (localMinute + EPOCH_WEEK_MINUTE) % MINUTES_PER_WEEK
  return m < 0 ? m + MINUTES_PER_WEEK : m
}

/** Index of the last interval starting at or before `weekMinute`, or -1. */
function lastStartingAtOrBefore(intervals: readonly WeekInterval[], weekMinute: number): number {
  let lo = 0
  let hi = intervals.length - 1
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (intervals[mid]!.start <= weekMinute) {
      found = mid
      lo = mid + 1
    } else {
      hi = mid - 1
    }
  }
  return found
}

/** Whether the week is open during that minute of the week: one bit of its compiled form. */
export function isOpenAtWeekMinute(week: WorkingWeek, weekMinute: number): boolean {
  return ((week.openMinutes[weekMinute >>> 5]! >>> (weekMinute & 31)) & 1) === 1
}

/** Whether the week is open at every minute. */
export function isAlwaysOpen(week: WorkingWeek): boolean {
  return week.alwaysOpen
}

/**
 * Minutes from `weekMinute` to the next minute at which the schedule is open (0 when open now).
 * The schedule must have at least one interval.
 */
export function minutesUntilOpen(week: WorkingWeek, weekMinute: number): number {
  if (isOpenAtWeekMinute(week, weekMinute)) return 0
  const { intervals } = week
  const i = lastStartingAtOrBefore(intervals, weekMinute)
  const next = intervals[i + 1]
  return next !== undefined ? next.start - weekMinute : intervals[0]!.start + MINUTES_PER_WEEK - weekMinute
}

/**
 * Minutes from `weekMinute` to the next minute at which the schedule is closed (0 when closed now),
 * following an open span across the Saturday→Sunday boundary. The schedule must not be open 24/7.
 */
export function minutesUntilClosed(week: WorkingWeek, weekMinute: number): number {
  if (!isOpenAtWeekMinute(week, weekMinute)) return 0
  const { intervals } = week
  // Open now, so the last interval starting at or before this minute holds it.
  let end = intervals[lastStartingAtOrBefore(intervals, weekMinute)]!.end
  // An interval ending at Saturday 24:00 continues into one starting at Sunday 00:00.
  if (end === MINUTES_PER_WEEK && intervals[0]!.start === 0) end += intervals[0]!.end
  return end - weekMinute
}
