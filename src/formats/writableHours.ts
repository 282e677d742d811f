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
 * The hours a writer was given: its week and, for a calendar, its exceptions. One rule for every
 * writer of callhours/formats: a value that is not an object is a `TypeError` naming the writer (a
 * wrong argument); an object that is not a sealed schedule or calendar is checked as every query
 * checks hours — a hand-built schedule in normal form is accepted, anything else is the library's
 * `BusinessHoursError` with located issues (`schedule.intervals[0].end`), as `isOpen` would throw.
 */
export function writableHours(value: unknown, owner: string): WritableHours {
  if (typeof value !== 'object' || value === null) throw new TypeError(`${owner} takes a WeeklySchedule or a Calendar, received ${describeReceived(value)}`)
  const hours = requireHours(value as Hours)
  const schedule = weeklyScheduleOf(hours)
  const calendar = schedule !== hours
  return { schedule, exceptions: calendar ? (hours as { exceptions: readonly CalendarException[] }).exceptions : [], calendar }
}
