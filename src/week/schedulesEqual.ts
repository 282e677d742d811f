import { intervalsEqual } from './intervalsEqual'
import { requireSchedule } from './sealedSchedule'
import type { WeeklySchedule } from './types'

/**
 * Tells whether two schedules are open at exactly the same minutes.
 *
 * @throws {BusinessHoursError} when either is a hand-built schedule not in normal form
 *
 * @example
 * schedulesEqual(scheduleFromIntervals([{ start: 540, end: 600 }, { start: 600, end: 1020 }]), { intervals: [{ start: 540, end: 1020 }] })
 * //=> true
 *
 * @example
 * // Never open equals never open
 * schedulesEqual({ intervals: [] }, { intervals: [] })
 * //=> true
 */
export function schedulesEqual(a: WeeklySchedule, b: WeeklySchedule): boolean {
  return intervalsEqual(requireSchedule(a, ['a']).intervals, requireSchedule(b, ['b']).intervals)
}
