import { MINUTE_MS } from '../ground/timeUnits'
import { zoneFor } from './resolveTimeZone'
import { offsetAt, stretchEndAfterOffsetAt } from './zoneOffsets'

/** A change of a zone's UTC offset: a clock change (daylight saving time or a change of rule). */
export interface OffsetChange {
  /** The instant of the change, epoch ms. */
  readonly atMs: number
  /** The offset before, in minutes (local = UTC + offset). */
  readonly beforeMinutes: number
  /** The offset from `atMs` on, in minutes. */
  readonly afterMinutes: number
}

/** At most this many stretches are walked: a stretch ends at a change or where a loaded range ends (every 32 days or so). */
const MAX_STRETCHES = 64

/**
 * The zone's first offset change after `afterMs` and no later than `afterMs + horizonMs`, from the
 * library's zone engine (the same offsets the queries use). Internal to the package: the week
 * editor notes a clock change in the coming week with it.
 *
 * @param timeZone - an IANA id, `UTC`, or a Retreaver (Rails) zone name
 * @param afterMs - epoch ms; a change exactly at `afterMs` is not "after"
 * @param horizonMs - how far to look, at most about five years (64 stretches)
 * @returns the change, or `null` when the offset stays the same until the horizon
 * @throws {RangeError} for a zone no one knows
 *
 * @example
 * // New York springs forward on 2026-03-08 at 07:00Z (02:00 EST → 03:00 EDT)
 * nextOffsetChange('America/New_York', Date.UTC(2026, 2, 5), 7 * 86_400_000)
 * //=> { atMs: 1772953200000, beforeMinutes: -300, afterMinutes: -240 }
 *
 * @example
 * // Edge: no change within the horizon, and a zone that never changes
 * nextOffsetChange('America/New_York', Date.UTC(2026, 5, 1), 7 * 86_400_000) //=> null
 * nextOffsetChange('UTC', 0, 365 * 86_400_000) //=> null
 */
export function nextOffsetChange(timeZone: string, afterMs: number, horizonMs: number): OffsetChange | null {
  const zone = zoneFor(timeZone)
  const until = afterMs + horizonMs
  const before = offsetAt(zone, afterMs)
  for (let i = 0; i < MAX_STRETCHES; i++) {
    const end = stretchEndAfterOffsetAt(zone)
    if (!Number.isFinite(end) || end > until) return null
    const after = offsetAt(zone, end)
    if (after !== before) return Object.freeze({ atMs: end, beforeMinutes: before / MINUTE_MS + 0, afterMinutes: after / MINUTE_MS + 0 })
  }
  return null
}
