import { firstInstantReading } from './nextLocalBoundary'
import { MAX_INSTANT, type ZoneOffsets } from './zoneOffsets'

const DAY_MS = 86_400_000

/**
 * The instants a local date covers in a zone: from the first instant its clock reads that date
 * (its 00:00, or the end of a spring-forward jump over midnight) to the first that reads the next.
 * Internal to the package.
 */
export function localDayInstants(zone: ZoneOffsets, day: number): { start: number; end: number } | undefined {
  // Offsets lie within ±26 h, so two days before the date's midnight "as if UTC" is still before it.
  const start = firstInstantReading(zone, Math.max(day * DAY_MS - 2 * DAY_MS, -MAX_INSTANT), day * DAY_MS)
  const end = start === null ? null : firstInstantReading(zone, start, (day + 1) * DAY_MS)
  return start === null || end === null ? undefined : { start, end }
}

