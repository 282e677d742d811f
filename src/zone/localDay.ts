import { MAX_INSTANT, segmentAt, type ZoneOffsets } from './zoneOffsets'
import { DAY_MS } from '../ground/timeUnits'

/** Stretches walked at most: a day meets a handful of transitions and range ends. */
const MAX_STRETCHES = 64

/**
 * The instants whose wall clock reads a local date, as sorted, disjoint spans: one span on most
 * days; on a spring-forward day that skips midnight it starts at the jump (Santiago, 2026-09-06
 * starts at 04:00Z), and where a fall-back sets the clock back across midnight the date's last
 * minutes come again after the next date has begun (St. John's, 1990-10-28 00:01 NDT → 1990-10-27
 * 23:01 NST): then two spans. Internal to the package.
 */
export function localDayRanges(zone: ZoneOffsets, day: number): { start: number; end: number }[] {
  const first = day * DAY_MS
  const next = first + DAY_MS
  const ranges: { start: number; end: number }[] = []
  // Offsets lie within ±26 h, so readings of the date lie within two days of its midnight "as if UTC".
  let t = Math.max(first - 2 * DAY_MS, -MAX_INSTANT)
  const stop = Math.min(next + 2 * DAY_MS, MAX_INSTANT + 1)
  for (let step = 0; step < MAX_STRETCHES && t < stop; step++) {
    const segment = segmentAt(zone, t)
    const end = Math.min(segment.end, stop)
    const start = Math.max(t, first - segment.offset)
    const until = Math.min(end, next - segment.offset)
    if (start < until) {
      const last = ranges[ranges.length - 1]
      if (last !== undefined && last.end === start) last.end = until
      else ranges.push({ start, end: until })
    }
    t = end
  }
  return ranges
}

/**
 * The instants a local date covers, from the first whose clock reads it to the last (see
 * `localDayRanges`), or undefined outside the range of instants. Internal to the package.
 */
export function localDayInstants(zone: ZoneOffsets, day: number): { start: number; end: number } | undefined {
  const ranges = localDayRanges(zone, day)
  return ranges.length === 0 ? undefined : { start: ranges[0]!.start, end: ranges[ranges.length - 1]!.end }
}
