import { MAX_INSTANT, segmentAt, type ZoneOffsets } from './zoneOffsets'

const HOUR_MS = 3_600_000
const DAY_MS = 86_400_000
/**
 * Segments walked before giving up. A month holds at most two 28-day cache chunks and a handful of
 * transitions, so a real answer is found in a few steps; the bound only guards against a cache
 * that never advances.
 */
const MAX_SEGMENTS = 10_000

/** The local calendar units whose starts `nextLocalBoundary` finds. */
export type LocalUnit = 'hour' | 'day' | 'month'

/**
 * Proleptic Gregorian year, month (1–12) and day of a day count since 1970-01-01, by arithmetic
 * alone (H. Hinnant's civil_from_days), so local dates just outside the `Date` range convert too.
 */
function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468
  const era = Math.floor(z / 146_097)
  const dayOfEra = z - era * 146_097
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365)
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const mp = Math.floor((5 * dayOfYear + 2) / 153)
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day }
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146_097 + dayOfEra - 719_468
}

/** The smallest local reading ≥ `local` (wall-clock ms, "as if UTC") that starts a `unit`. */
function boundaryAtOrAfter(local: number, unit: LocalUnit): number {
  if (unit === 'hour') return Math.ceil(local / HOUR_MS) * HOUR_MS
  if (unit === 'day') return Math.ceil(local / DAY_MS) * DAY_MS
  const days = Math.floor(local / DAY_MS)
  const { year, month, day } = civilFromDays(days)
  if (day === 1 && local === days * DAY_MS) return local
  return daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) * DAY_MS
}

/**
 * The earliest instant after `afterMs` at which a new local hour, day or month begins in a zone.
 *
 * A unit begins where the wall clock reads exactly its start (10:00:00, 00:00:00, the 1st at
 * 00:00:00) — including a fall-back that sets the clock back onto an hour (New York, 2026-11-01
 * 06:00Z: 01:59:59 EDT → 01:00:00 EST is a new hour, not a new day) — or where a forward jump
 * skips over its start: Santiago, 2026-09-06 04:00Z goes 23:59:59 −4 → 01:00:00 −3, so that day
 * begins at 04:00Z, when the clock first reads the 6th. A fall-back that lands mid-hour does not
 * begin an hour (Lord Howe 01:59:59 +11 → 01:30:00 +10:30: the next hour begins at 02:00 +10:30).
 *
 * Within a stretch of constant offset `o`, local = instant + o, so the next local boundary `B`
 * maps straight back to `B − o`; otherwise the walk goes on at the stretch's end. Internal to
 * the package.
 *
 * @param zone - the zone's offsets (from `zoneFor`)
 * @param afterMs - epoch ms; the answer is strictly later
 * @param unit - `'hour'`, `'day'` or `'month'`
 * @returns epoch ms, or null when the answer would lie beyond the `Date` range
 *
 * @example
 * // Kathmandu is +05:45, so local hours start at :15 UTC
 * nextLocalBoundary(zoneFor('Asia/Kathmandu'), Date.UTC(2026, 0, 5, 10, 20), 'hour')
 * //=> Date.UTC(2026, 0, 5, 11, 15)
 *
 * @example
 * // Havana skips midnight on 2026-03-08 (23:59:59 −5 → 01:00:00 −4 at 05:00Z)
 * nextLocalBoundary(zoneFor('America/Havana'), Date.UTC(2026, 2, 8, 1), 'day')
 * //=> Date.UTC(2026, 2, 8, 5)
 */
export function nextLocalBoundary(zone: ZoneOffsets, afterMs: number, unit: LocalUnit): number | null {
  // Offsets and transitions are whole seconds, so every answer is a whole millisecond.
  let t = Math.floor(afterMs) + 1
  let previousOffset: number | undefined
  for (let step = 0; step < MAX_SEGMENTS; step++) {
    if (t > MAX_INSTANT) return null
    const segment = segmentAt(zone, t)
    const { offset } = segment
    if (t === segment.start) {
      // A forward jump at `t` skips the local readings [t + before, t + offset): a unit starting
      // in there begins at `t`, when the clock first shows a reading past it.
      const before = previousOffset ?? segmentAt(zone, t - 1).offset
      if (offset > before && boundaryAtOrAfter(t + before, unit) < t + offset) return t
    }
    const candidate = boundaryAtOrAfter(t + offset, unit) - offset
    if (candidate < segment.end) return candidate <= MAX_INSTANT ? candidate : null
    previousOffset = offset
    t = segment.end
  }
  return null
}
