/**
 * The one judge of every format's round trip (conventions, rule 20): two sets of hours agree when
 * they are open at exactly the same instants. The expected side is the independent calendar oracle
 * (test/oracles/calendarModel.ts) over the original week and entries; the actual side is the
 * library's own `openIntervals` of what the format read back. Both are exact spans, so they agree at
 * every minute (and every millisecond) of [from, to) when they are equal.
 */
import { EPOCH_MS, openIntervals } from '../../src/index'
import type { Hours } from '../../src/calendar/types'
import { oracleOpenSpans, type MsSpan, type WeekInterval } from '../oracles/calendarModel'

/** The first instant where the two disagree, in words, or undefined when they agree over [from, to). */
export function firstDifferentInstant(
  expectedWeek: readonly WeekInterval[],
  expectedEntries: readonly object[],
  actual: Hours,
  zone: string,
  from: number,
  to: number,
): string | undefined {
  const expected = oracleOpenSpans(expectedWeek, expectedEntries, zone, from, to)
  const got: MsSpan[] = openIntervals(actual, from, to, zone, EPOCH_MS).map((span) => ({ start: span.start, end: span.end }))
  const length = Math.max(expected.length, got.length)
  for (let i = 0; i < length; i++) {
    const e = expected[i]
    const g = got[i]
    if (e !== undefined && g !== undefined && e.start === g.start && e.end === g.end) continue
    const show = (span: MsSpan | undefined): string => (span === undefined ? 'nothing' : `${new Date(span.start).toISOString()}–${new Date(span.end).toISOString()}`)
    return `open span ${i}: expected ${show(e)}, got ${show(g)} (${zone})`
  }
  return undefined
}

/** Two years that hold both clock changes in every zone with DST, for round-trip properties. */
export const ROUND_TRIP_FROM = Date.UTC(2026, 0, 1)
export const ROUND_TRIP_TO = Date.UTC(2028, 0, 1)
