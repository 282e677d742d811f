import type { WeekInterval } from './types'

/**
 * The one place the weekly normal form is made: sorted by start, overlapping and touching
 * intervals merged, empty ones dropped. Inputs are trusted to lie within `0…10080`.
 * The Saturday→Sunday wrap is not merged: `…–10080` and `0–…` stay two pieces.
 */
export function normalizeIntervals(intervals: readonly WeekInterval[]): WeekInterval[] {
  const sorted = intervals.filter((interval) => interval.start < interval.end)
  sorted.sort((a, b) => a.start - b.start || a.end - b.end)
  const merged: WeekInterval[] = []
  let current: WeekInterval | undefined
  for (const interval of sorted) {
    if (current !== undefined && interval.start <= current.end) {
      if (interval.end > current.end) current = { start: current.start, end: interval.end }
    } else {
      if (current !== undefined) merged.push(current)
      current = { start: interval.start, end: interval.end }
    }
  }
  if (current !== undefined) merged.push(current)
  return merged
}
