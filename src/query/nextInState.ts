import { isWorkingCalendar, type WorkingCalendar } from '../calendar/sealedCalendar'
import type { WorkingWeek } from '../week/sealedSchedule'
import type { ZoneOffsets } from '../zone/zoneOffsets'
import { calendarInstantInState } from './calendarSearch'
import { nextInstantInState, SEARCH_LIMIT_MS } from './nextState'

/**
 * The earliest instant at or after `ms` (epoch ms) at which resolved hours are open (`wantOpen`) or
 * closed, or null when there is none within two years: what `nextOpening` and `nextClosing` answer,
 * on hours and a zone already resolved, in epoch ms. Internal: routing calls it on a target's
 * working form, and no `Date` is made.
 */
export function nextInState(hours: WorkingWeek | WorkingCalendar, zone: ZoneOffsets, ms: number, wantOpen: boolean): number | null {
  if (isWorkingCalendar(hours)) return calendarInstantInState(hours, zone, ms, wantOpen, ms + SEARCH_LIMIT_MS)
  if (wantOpen ? hours.intervals.length === 0 : hours.alwaysOpen) return null
  return nextInstantInState(hours, zone, ms, wantOpen)
}
