// The queries' walk over a calendar: absolute spans first, then local days with entries, then the
// weekly hours, one stretch of constant offset at a time.

import { BLOCK_MASK, BLOCK_SHIFT, blockDays, firstLocalMinuteInState, HOURS_MASK, instantSpanAtOrAfter, NEAR_INSTANT, type WorkingCalendar } from '../calendar/sealedCalendar'
import { MAX_INSTANT, offsetAt, stretchEndAfterOffsetAt, type ZoneOffsets } from '../zone/zoneOffsets'
import { isOpenAtWeekMinute, minutesUntilClosed, minutesUntilOpen, weekMinuteOf } from './weekLookup'
import { MINUTE_MS } from '../ground/timeUnits'

const MINUTES_PER_DAY = 1440

/**
 * Whether a calendar is open at an instant. Internal. The day table is read the way the week's
 * bitset is: the local day's code from the block of 512 days the last call used (a typed-array
 * read), and, for the many days without an entry, one bit of the week. Kept small, so that engines
 * inline it into `isOpen` and routing.
 */
export function isCalendarOpenAt(calendar: WorkingCalendar, zone: ZoneOffsets, ms: number): boolean {
  const localMinute = Math.floor((ms + offsetAt(zone, ms)) / MINUTE_MS)
  const day = Math.floor(localMinute / MINUTES_PER_DAY)
  const block = day >> BLOCK_SHIFT
  const days = block === calendar.lastBlock ? calendar.lastBlockDays : calendar.hasDays ? blockDays(calendar, block) : null
  const code = days === null ? 0 : days[day & BLOCK_MASK]!
  if (code === 0) {
    const weekMinute = weekMinuteOf(localMinute)
    return ((calendar.openMinutes[weekMinute >>> 5]! >>> (weekMinute & 31)) & 1) === 1
  }
  return isDatedOpenAt(calendar, code, localMinute - day * MINUTES_PER_DAY, localMinute, ms)
}

/** `isCalendarOpenAt` on a day with a code: an absolute span near it, the day's own hours, or the week's. */
function isDatedOpenAt(calendar: WorkingCalendar, code: number, minute: number, localMinute: number, ms: number): boolean {
  // Only days near an absolute span look for one: most days of most calendars have none.
  if ((code & NEAR_INSTANT) !== 0) {
    const i = instantSpanAtOrAfter(calendar, ms)
    if (i < calendar.instantStart.length && calendar.instantStart[i]! <= ms) return calendar.instantOpen[i] === 1
  }
  const index = code & HOURS_MASK
  if (index === 0) return isOpenAtWeekMinute(calendar.week, weekMinuteOf(localMinute))
  return ((calendar.dayBits[(index - 1) * 45 + (minute >>> 5)]! >>> (minute & 31)) & 1) === 1
}

/**
 * The earliest instant in `[from, limit)` at which the calendar is open (`wantOpen`) or closed, or
 * null. Within a stretch of constant offset and outside absolute spans, local minute M begins at
 * instant M × 60,000 − offset, so the local answer maps straight back; an absolute span answers
 * for itself. Internal.
 */
export function calendarInstantInState(calendar: WorkingCalendar, zone: ZoneOffsets, from: number, wantOpen: boolean, limit: number): number | null {
  const { week, instantStart, instantEnd, instantOpen } = calendar
  const never = wantOpen ? week.intervals.length === 0 : week.alwaysOpen
  const weekAhead = never
    ? () => Number.POSITIVE_INFINITY
    : wantOpen
      ? (localMinute: number) => minutesUntilOpen(week, weekMinuteOf(localMinute))
      : (localMinute: number) => minutesUntilClosed(week, weekMinuteOf(localMinute))
  const end = Math.min(limit, MAX_INSTANT + 1)
  let t = from
  let span = instantSpanAtOrAfter(calendar, t)
  while (t < end) {
    while (span < instantStart.length && instantEnd[span]! <= t) span++
    let stop = end
    if (span < instantStart.length) {
      if (instantStart[span]! <= t) {
        if ((instantOpen[span] === 1) === wantOpen) return t
        t = instantEnd[span]!
        continue
      }
      stop = Math.min(stop, instantStart[span]!)
    }
    const offset = offsetAt(zone, t)
    stop = Math.min(stop, stretchEndAfterOffsetAt(zone))
    const first = Math.floor((t + offset) / MINUTE_MS)
    const last = Math.ceil((stop + offset) / MINUTE_MS)
    const found = firstLocalMinuteInState(calendar, first, last, wantOpen, weekAhead)
    if (found < last) {
      const candidate = found === first ? t : found * MINUTE_MS - offset
      if (candidate < stop) return candidate
    }
    t = stop
  }
  return null
}
