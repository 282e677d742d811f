// What a writer was given, read once: the week in normal form and, for a calendar, its checked
// exceptions. A value that is neither is the caller's mistake: a TypeError. Internal.

import { isWorkingCalendar, requireHours, workingHours } from '../../calendar/sealedCalendar'
import type { Calendar, CalendarException, Hours } from '../../calendar/types'
import { describeCause } from '../../ground/readers'
import type { WeekInterval } from '../../week/types'
import { weeklyScheduleOf } from '../../calendar/sealedCalendar'

/** The week and the exceptions of a writer's argument; a `TypeError` naming `owner` when it is not hours. */
export function writerHours(value: unknown, owner: string): { readonly week: readonly WeekInterval[]; readonly exceptions: readonly CalendarException[] } {
  let hours: Hours
  try {
    hours = requireHours(value as Hours)
  } catch (cause) {
    throw new TypeError(`${owner} takes a WeeklySchedule or a Calendar (from scheduleFromIntervals, parseTarget or withExceptions): ${describeCause(cause)}`)
  }
  const week = weeklyScheduleOf(hours).intervals
  const exceptions = isWorkingCalendar(workingHours(hours)) ? (hours as Calendar).exceptions : []
  return { week, exceptions }
}
