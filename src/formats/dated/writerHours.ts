// What a writer was given, read once: the week in normal form and, for a calendar, its checked
// exceptions, by the one rule of every writer (../writableHours.ts). Internal.

import type { CalendarException } from '../../calendar/types'
import type { WeekInterval } from '../../week/types'
import { writableHours } from '../writableHours'

/** The week and the exceptions of a writer's argument (see `writableHours` for what is refused, and how). */
export function writerHours(value: unknown, owner: string): { readonly week: readonly WeekInterval[]; readonly exceptions: readonly CalendarException[] } {
  const { schedule, exceptions } = writableHours(value, owner)
  return { week: schedule.intervals, exceptions }
}
