// What every writer is given, read once: a sealed week or calendar (a hand-built week is checked),
// split into its week and its dated exceptions. Internal to callhours/formats.

import { requireHours, weeklyScheduleOf } from '../calendar/sealedCalendar'
import type { CalendarException, Hours } from '../calendar/types'
import { describeReceived } from '../ground/issues'
import type { WeeklySchedule } from '../week/types'

/** The week and the exceptions a writer writes; `calendar` says whether a calendar came. */
export interface WritableHours {
  readonly schedule: WeeklySchedule
  readonly exceptions: readonly CalendarException[]
  readonly calendar: boolean
}

/**
 * The hours a writer was given, or a `TypeError` naming the writer: anything that is not a
 * `WeeklySchedule` in normal form or a `Calendar` from `withExceptions` is a wrong argument, not data.
 */
export function writableHours(value: unknown, owner: string): WritableHours {
  if (typeof value !== 'object' || value === null) throw new TypeError(`${owner} takes a WeeklySchedule or a Calendar, received ${describeReceived(value)}`)
  let hours: Hours
  try {
    hours = requireHours(value as Hours)
  } catch (error) {
    throw new TypeError(`${owner} takes a WeeklySchedule or a Calendar: ${error instanceof Error ? error.message : String(error)}`)
  }
  const schedule = weeklyScheduleOf(hours)
  const calendar = schedule !== hours
  return { schedule, exceptions: calendar ? (hours as { exceptions: readonly CalendarException[] }).exceptions : [], calendar }
}
