import { firstInstantReading } from './nextLocalBoundary'
import { offsetAt, type ZoneOffsets } from './zoneOffsets'
import { HOUR_MS } from '../ground/timeUnits'


/**
 * The instant a wall-clock reading (ms "as if UTC") names in a zone, read as RFC 5545 §3.3.5 says:
 * a reading the clock shows twice (a fall-back's repeated hour) is its first showing — New York
 * 2026-11-01 01:30 is 01:30 EDT (05:30Z); a reading a forward jump skips is read with the offset
 * before the jump — New York 2026-03-08 02:30 is 02:30 EST, that is 03:30 EDT (07:30Z). Internal.
 */
export function instantOfWallClock(zone: ZoneOffsets, wallMs: number): number {
  // Offsets lie within ±26 h: the first showing is found from a day and a few hours before.
  const first = firstInstantReading(zone, wallMs - 27 * HOUR_MS, wallMs)
  if (first === null) return wallMs - offsetAt(zone, wallMs)
  if (first + offsetAt(zone, first) === wallMs) return first
  // A jump skipped the reading and `first` is the jump: the offset before it applies.
  return wallMs - offsetAt(zone, first - 1)
}
