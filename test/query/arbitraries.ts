/**
 * Generators for the time-query properties (issue 3). Shared ones live in test/arbitraries.ts.
 * Instants near real offset transitions come from the oracle's Intl bisection, never from src/zone.
 */
import fc from 'fast-check'
import { weeklyScheduleArb } from '../arbitraries'
import type { WeekInterval, WeeklySchedule } from '../../src/week/types'
import { findTransitions, localWeekMinute } from '../oracles/wallClock'

/** The zones the issue names, plus the ones it asks the properties to cover. */
export const QUERY_ZONES = [
  'America/New_York',
  'Europe/London',
  'America/Sao_Paulo',
  'America/St_Johns',
  'Africa/Casablanca',
  'America/Santiago',
  'America/Havana',
  'Asia/Beirut',
  'Australia/Lord_Howe',
  'Antarctica/Troll',
  'Europe/Dublin',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'Pacific/Apia',
] as const

export const MINUTE_MS = 60_000
export const HOUR_MS = 3_600_000
export const DAY_MS = 86_400_000

export const FROM_1970 = Date.UTC(1970, 0, 1)
export const TO_2037 = Date.UTC(2037, 11, 31)

export const zoneArb: fc.Arbitrary<string> = fc.constantFrom(...QUERY_ZONES)

/** Any instant 1970–2037: to the ms, or on a whole UTC minute (where most boundaries are). */
export const instantArb: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: FROM_1970, max: TO_2037 }),
  fc.integer({ min: FROM_1970 / MINUTE_MS, max: TO_2037 / MINUTE_MS }).map((m) => m * MINUTE_MS),
)

/** Instants well outside 1970–2037 (LMT offsets with seconds, negative epoch ms, far-future rules). */
export const wideInstantArb: fc.Arbitrary<number> = fc.integer({ min: Date.UTC(1850, 0, 1), max: Date.UTC(2200, 0, 1) })

const transitionCache = new Map<string, number[]>()

/** Offset transitions of `zone` between 1970 and 2037 (Intl bisection, cached per zone). */
export function transitionsOf(zone: string): number[] {
  let found = transitionCache.get(zone)
  if (found === undefined) {
    // Sampling daily: Morocco's Ramadan breaks and all DST seasons are far longer than a day.
    found = findTransitions(zone, FROM_1970, TO_2037, DAY_MS)
    transitionCache.set(zone, found)
  }
  return found
}

/**
 * An instant within `hours` of a real transition of `zone` (often exactly on it or a ms either
 * side), with that transition as `anchor`. Zones without transitions fall back to any instant.
 */
export function nearTransitionArb(zone: string, hours = 6): fc.Arbitrary<{ at: number; anchor: number }> {
  const transitions = transitionsOf(zone)
  if (transitions.length === 0) return instantArb.map((at) => ({ at, anchor: at }))
  const delta = fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom(0, -1, 1, -MINUTE_MS, MINUTE_MS) },
    { weight: 2, arbitrary: fc.integer({ min: -hours * 60, max: hours * 60 }).map((m) => m * MINUTE_MS) },
    { weight: 2, arbitrary: fc.integer({ min: -hours * HOUR_MS, max: hours * HOUR_MS }) },
  )
  return fc
    .tuple(fc.nat({ max: transitions.length - 1 }), delta)
    .map(([i, d]) => ({ at: transitions[i]! + d, anchor: transitions[i]! }))
}

/**
 * A zone and an instant in it: half anywhere in 1970–2037, half within hours of one of its
 * transitions. `anchor` is the instant schedules are built around: the transition, or `at`.
 */
export const zonedInstantArb: fc.Arbitrary<{ zone: string; at: number; anchor: number }> = zoneArb.chain((zone) =>
  fc
    .oneof(
      instantArb.map((at) => ({ at, anchor: at })),
      nearTransitionArb(zone),
    )
    .map(({ at, anchor }) => ({ zone, at, anchor })),
)

/** The gaps of a schedule: its complement in the week, still in normal form. */
export function complement(schedule: WeeklySchedule): WeeklySchedule {
  const gaps: WeekInterval[] = []
  let cursor = 0
  for (const iv of schedule.intervals) {
    if (iv.start > cursor) gaps.push({ start: cursor, end: iv.start })
    cursor = iv.end
  }
  if (cursor < 10080) gaps.push({ start: cursor, end: 10080 })
  return { intervals: gaps }
}

/** Normal form from a set of boundary minutes 0–10080: pairs (b0,b1), (b2,b3)… are open. */
function fromBoundaries(points: number[]): WeeklySchedule {
  const sorted = [...new Set(points)].sort((a, b) => a - b)
  const intervals: WeekInterval[] = []
  for (let i = 0; i + 1 < sorted.length; i += 2) intervals.push({ start: sorted[i]!, end: sorted[i + 1]! })
  return { intervals }
}

/** Random schedules, and their complements (which carry spans across the week boundary). */
export const scheduleArb: fc.Arbitrary<WeeklySchedule> = fc
  .tuple(weeklyScheduleArb, fc.boolean())
  .map(([s, flip]) => (flip ? complement(s) : s))

/**
 * A schedule whose boundaries sit within three hours (local minutes) of the local minutes just
 * before and at `anchor`, so the answers land near it and exercise the transition it may be.
 * Built by `map` from offsets, possibly complemented.
 */
export function scheduleNearArb(zone: string, anchor: number): fc.Arbitrary<WeeklySchedule> {
  const justBefore = localWeekMinute(anchor - 1, zone)
  const at = localWeekMinute(anchor, zone)
  const boundary = fc.tuple(fc.constantFrom(justBefore, at), fc.integer({ min: -180, max: 180 })).map(([base, d]) => base + d)
  return fc
    .tuple(fc.uniqueArray(boundary, { minLength: 1, maxLength: 8 }), fc.boolean())
    .map(([points, flip]) => {
      const s = fromBoundaries(points.map((p) => ((p % 10080) + 10080) % 10080))
      return flip ? complement(s) : s
    })
}

/** A zone, an instant and a schedule: either random, or with boundaries close to the anchor's local minutes. */
export const caseArb: fc.Arbitrary<{ zone: string; at: number; schedule: WeeklySchedule }> = zonedInstantArb.chain(
  ({ zone, at, anchor }) =>
    fc.oneof(scheduleArb, scheduleNearArb(zone, anchor)).map((schedule) => ({ zone, at, schedule })),
)
