import { civilFromDays, daysFromCivil } from './civil'
import { MAX_INSTANT, segmentAt, type ZoneOffsets } from './zoneOffsets'
import { DAY_MS, HOUR_MS } from '../ground/timeUnits'

/**
 * Segments walked before giving up. A month holds at most one end of a 96-day range of the offset
 * table and a handful of transitions, so a real answer is found in a few steps; the bound only
 * guards against a table that never advances.
 */
const MAX_SEGMENTS = 10_000

/** The local calendar units whose starts `nextLocalBoundary` finds. */
export type LocalUnit = 'hour' | 'day' | 'month'

/** The smallest local reading ≥ `local` (wall-clock ms, "as if UTC") that starts an hour. */
function hourAtOrAfter(local: number): number {
  return Math.ceil(local / HOUR_MS) * HOUR_MS
}

/** The first local reading of the day or month after the one that holds `local`. */
function nextDayOrMonthStart(local: number, unit: 'day' | 'month'): number {
  const days = Math.floor(local / DAY_MS)
  if (unit === 'day') return (days + 1) * DAY_MS
  const { year, month } = civilFromDays(days)
  return daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) * DAY_MS
}

/**
 * The earliest instant after `afterMs` at which a new local hour, day or month begins in a zone.
 *
 * An **hour** begins where the wall clock reads exactly hh:00:00 — also when a fall-back sets the
 * clock back onto an hour (New York, 2026-11-01 06:00Z: 01:59:59 EDT → 01:00:00 EST starts a new
 * hour of 60 minutes) — or where a forward jump skips over hh:00:00 (Lord Howe, 2026-10-03
 * 15:30Z: 01:59:59 +10:30 → 02:30:00 +11 starts the hour at the jump). A fall-back that lands
 * mid-hour starts nothing (Lord Howe, 2026-04-04 15:00Z: 01:59:59 +11 → 01:30 +10:30; the next
 * hour starts at 02:00 +10:30).
 *
 * A **day** or **month** is a date on the calendar: it begins at the first instant the clock shows
 * a later date (or month) than at `afterMs`. That is its 00:00:00 where that exists; where a
 * forward jump skips midnight it is the jump (Santiago, 2026-09-06 04:00Z: 23:59:59 −4 →
 * 01:00:00 −3 on the 6th); and a fall-back that shows the same date's 00:00 again starts no new day
 * (Havana, 2026-11-01 05:00Z: 00:59:59 CDT → 00:00:00 CST is still 1 November).
 *
 * Within a stretch of constant offset `o`, local = instant + o, so a local reading maps straight
 * back to an instant; past the stretch's end, the walk goes on from there. Internal to the package.
 *
 * @param zone - the zone's offsets (from `zoneFor`)
 * @param afterMs - epoch ms; the answer is strictly later
 * @param unit - `'hour'`, `'day'` or `'month'`
 * @returns epoch ms, or null when the answer would lie beyond the `Date` range
 *
 * @example
 * // Kathmandu is +05:45, so local hours start at :15 UTC
 * nextLocalBoundary(zoneFor('Asia/Kathmandu'), Date.UTC(2026, 0, 5, 10, 20), 'hour')
 * //=> 1767611700000 (Date.UTC(2026, 0, 5, 11, 15))
 *
 * @example
 * // Havana skips midnight on 2026-03-08 (23:59:59 −5 → 01:00:00 −4 at 05:00Z)
 * nextLocalBoundary(zoneFor('America/Havana'), Date.UTC(2026, 2, 8, 1), 'day')
 * //=> 1772946000000 (Date.UTC(2026, 2, 8, 5))
 */
export function nextLocalBoundary(zone: ZoneOffsets, afterMs: number, unit: LocalUnit): number | null {
  // Offsets and transitions are whole seconds, so every answer is a whole millisecond.
  const first = Math.floor(afterMs) + 1
  if (unit === 'hour') return nextHourStart(zone, first)
  const local = afterMs + segmentAt(zone, afterMs).offset
  return firstInstantReading(zone, first, nextDayOrMonthStart(local, unit))
}

/** The earliest instant ≥ `from` at which the clock reads hh:00:00 or jumps over it. */
function nextHourStart(zone: ZoneOffsets, from: number): number | null {
  let t = from
  let previousOffset: number | undefined
  for (let step = 0; step < MAX_SEGMENTS && t <= MAX_INSTANT; step++) {
    const segment = segmentAt(zone, t)
    const { offset } = segment
    if (t === segment.start) {
      // A forward jump at `t` skips the readings [t + before, t + offset): an hour starting in
      // there begins at `t`, when the clock first shows a reading past it.
      const before = previousOffset ?? segmentAt(zone, t - 1).offset
      if (offset > before && hourAtOrAfter(t + before) < t + offset) return t
    }
    const candidate = hourAtOrAfter(t + offset) - offset
    if (candidate < segment.end) return candidate <= MAX_INSTANT ? candidate : null
    previousOffset = offset
    t = segment.end
  }
  return null
}

/**
 * The earliest instant ≥ `from` at which the clock reads `reading` (wall-clock ms, "as if UTC") or
 * later: where a forward jump skips `reading`, the jump. Internal to the package.
 */
export function firstInstantReading(zone: ZoneOffsets, from: number, reading: number): number | null {
  let t = from
  for (let step = 0; step < MAX_SEGMENTS && t <= MAX_INSTANT; step++) {
    const segment = segmentAt(zone, t)
    // Already past it: a forward jump at the start of this stretch skipped over `reading`.
    if (t + segment.offset >= reading) return t
    const candidate = reading - segment.offset
    if (candidate < segment.end) return candidate <= MAX_INSTANT ? candidate : null
    t = segment.end
  }
  return null
}
