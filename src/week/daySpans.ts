import type { DayOfWeek } from '../ground/days'
import { MINUTES_PER_DAY, type WeekInterval, type WeeklySchedule } from './types'

/**
 * The open spans of one day, as minutes of that day (`0 ≤ start < end ≤ 1440`), from a schedule in
 * normal form: sorted and disjoint, a span over midnight cut at 24:00. Internal to the package.
 */
export function daySpans(schedule: WeeklySchedule, day: DayOfWeek): WeekInterval[] {
  const dayStart = day * MINUTES_PER_DAY
  const dayEnd = dayStart + MINUTES_PER_DAY
  const spans: WeekInterval[] = []
  for (const interval of schedule.intervals) {
    if (interval.end <= dayStart || interval.start >= dayEnd) continue
    spans.push({ start: Math.max(interval.start, dayStart) - dayStart, end: Math.min(interval.end, dayEnd) - dayStart })
  }
  return spans
}

/** The open spans of every day, Sunday = 0, as `daySpans` gives them. */
export function weekDaySpans(schedule: WeeklySchedule): WeekInterval[][] {
  return ([0, 1, 2, 3, 4, 5, 6] as const).map((day) => daySpans(schedule, day))
}
