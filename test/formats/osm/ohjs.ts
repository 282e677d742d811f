/**
 * opening_hours.js (the OSM community's evaluator, a devDependency) as a second judge of OSM text.
 * It knows only the process's local zone, so the test files that import this run with TZ=UTC, and
 * the answers are compared with callhours' in UTC: wall clock and instant are then one.
 */
import openingHoursModule from 'opening_hours'

type OpeningHoursClass = new (value: string, nominatim: null, options: { mode: number }) => {
  getOpenIntervals(from: Date, to: Date): [Date, Date, boolean, string | undefined][]
}
const OpeningHours = ((openingHoursModule as unknown as { default?: unknown }).default ?? openingHoursModule) as OpeningHoursClass

/**
 * The open spans opening_hours.js gives for `value` in [from, to), as epoch ms, touching spans
 * joined. `unknownAsOpen`: count its "unknown" (a commented rule without open/off) as open, as readOsm reads it.
 */
export function ohOpenSpans(value: string, from: number, to: number, unknownAsOpen = false): { start: number; end: number }[] {
  if (new Date(2026, 6, 1).getTimezoneOffset() !== 0) throw new Error('opening_hours.js comparisons need TZ=UTC')
  const oh = new OpeningHours(value, null, { mode: 2 })
  const spans: { start: number; end: number }[] = []
  for (const [start, end, unknown] of oh.getOpenIntervals(new Date(from), new Date(to))) {
    if (unknown && !unknownAsOpen) continue
    const last = spans[spans.length - 1]
    if (last !== undefined && last.end === start.getTime()) last.end = end.getTime()
    else spans.push({ start: start.getTime(), end: end.getTime() })
  }
  return spans
}
