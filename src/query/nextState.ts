import { MAX_INSTANT, offsetAt, stretchEndAfterOffsetAt, type ZoneOffsets } from '../zone/zoneOffsets'
import type { WorkingWeek } from '../week/sealedSchedule'
import { minutesUntilClosed, minutesUntilOpen, weekMinuteOf } from './weekLookup'
import { MINUTE_MS } from '../ground/timeUnits'

/** No answer within two years means none: a weekly schedule recurs long before that. */
export const SEARCH_LIMIT_MS = 2 * 366 * 86_400_000

/**
 * The earliest instant `t ≥ from` at which the schedule is open (`wantOpen`) or closed, or null.
 *
 * Walks forward one stretch of constant offset at a time. Within a stretch, local time is the
 * instant plus the offset, so the wanted local minute maps straight back to an instant; if that
 * instant is past the stretch, the walk goes on from the stretch's end, where the clock may have
 * jumped (a spring-forward gap: the first instant after it) or gone back (a fall-back overlap: the
 * repeated hour is judged again). Internal.
 */
export function nextInstantInState(
  week: WorkingWeek,
  zone: ZoneOffsets,
  from: number,
  wantOpen: boolean,
): number | null {
  const limit = Math.min(from + SEARCH_LIMIT_MS, MAX_INSTANT)
  let t = from
  while (t <= limit) {
    // The stretch of constant offset that holds `t`, read without building a segment object.
    const offset = offsetAt(zone, t)
    const end = stretchEndAfterOffsetAt(zone)
    const localMinute = Math.floor((t + offset) / MINUTE_MS)
    const weekMinute = weekMinuteOf(localMinute)
    const ahead = wantOpen ? minutesUntilOpen(week, weekMinute) : minutesUntilClosed(week, weekMinute)
    if (ahead === 0) return t
    const candidate = (localMinute + ahead) * MINUTE_MS - offset
    if (candidate < end) return candidate <= MAX_INSTANT ? candidate : null
    t = end
  }
  return null
}
