/**
 * Helpers and generators for the target tests (issue 6): a seeded PRNG, the local clock reading
 * straight from `Intl` (never from src/zone), a plain `Target` builder, and fast-check generators.
 */
import fc from 'fast-check'
import { weeklyScheduleArb } from '../arbitraries'
import { findTransitions, type Reading } from '../oracles/wallClock'
import type { Cap, CapType, Target } from '../../src/routing/types'
import type { WeeklySchedule } from '../../src/week/types'

export const MINUTE_MS = 60_000
export const HOUR_MS = 3_600_000
export const DAY_MS = 86_400_000

export const DEEP = Number(process.env.CALLHOURS_DEEP) > 0
/** fast-check runs: small by default, many with CALLHOURS_DEEP=1. */
export const runs = (small = 100, deep = 1000) => ({ numRuns: DEEP ? deep : small })

/**
 * mulberry32: a tiny seeded PRNG with uniform output in [0, 1). Good enough for frequency tests;
 * seeded so that every failure replays.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

export { readClock, type Reading } from '../oracles/wallClock'

/** '2026-11-01 01:00:00' — for messages. */
export function showReading(r: Reading): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `${r.year}-${p(r.month)}-${p(r.day)} ${p(r.hour)}:${p(r.minute)}:${p(r.second)}`
}

export type Unit = 'hour' | 'day' | 'month'

/** A number that grows by one with each local hour, day or month of the reading. */
export function unitIndex(r: Reading, unit: Unit): number {
  if (unit === 'month') return r.year * 12 + r.month - 1
  const days = Date.UTC(r.year, r.month - 1, r.day) / DAY_MS
  return unit === 'day' ? days : days * 24 + r.hour
}

/** Whether the reading is exactly the first second of an hour, day or month. */
export function readsUnitStart(r: Reading, unit: Unit): boolean {
  const hourStart = r.minute === 0 && r.second === 0
  if (unit === 'hour') return hourStart
  if (unit === 'day') return hourStart && r.hour === 0
  return hourStart && r.hour === 0 && r.day === 1
}

/** Zones for the properties: DST both hemispheres, +05:45, half-hour DST, midnight-skipping. */
export const TARGET_ZONES = [
  'UTC',
  'America/New_York',
  'Asia/Kathmandu',
  'America/Havana',
  'America/Santiago',
  'Asia/Beirut',
  'Australia/Lord_Howe',
  'Europe/London',
  'America/St_Johns',
  'Pacific/Chatham',
] as const

export const FROM_2000 = Date.UTC(2000, 0, 1)
export const TO_2037 = Date.UTC(2037, 0, 1)
const TRANSITIONS_FROM = Date.UTC(2018, 0, 1)
const TRANSITIONS_TO = Date.UTC(2030, 0, 1)

const transitionCache = new Map<string, number[]>()

/** Offset transitions of a zone 2018–2030, found with Intl (cached). */
export function transitionsOf(zone: string): number[] {
  let found = transitionCache.get(zone)
  if (found === undefined) {
    found = findTransitions(zone, TRANSITIONS_FROM, TRANSITIONS_TO)
    transitionCache.set(zone, found)
  }
  return found
}

export const zoneArb: fc.Arbitrary<string> = fc.constantFrom(...TARGET_ZONES)

/** Any instant 2000–2037 to the ms, or on a whole UTC minute. */
export const instantArb: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: FROM_2000, max: TO_2037 }),
  fc.integer({ min: FROM_2000 / MINUTE_MS, max: TO_2037 / MINUTE_MS }).map((m) => m * MINUTE_MS),
)

/** A zone and an instant in it: anywhere, or within a day of one of its transitions (often exactly on it). */
export const zonedInstantArb: fc.Arbitrary<{ zone: string; at: number }> = zoneArb.chain((zone) => {
  const transitions = transitionsOf(zone)
  const near =
    transitions.length === 0
      ? instantArb
      : fc
          .tuple(
            fc.constantFrom(...transitions),
            fc.oneof(
              fc.constantFrom(0, -1, 1, -MINUTE_MS),
              fc.integer({ min: -26 * 60, max: 26 * 60 }).map((m) => m * MINUTE_MS),
              fc.integer({ min: -26 * HOUR_MS, max: 26 * HOUR_MS }),
            ),
          )
          .map(([t, d]) => t + d)
  return fc.oneof(instantArb, near).map((at) => ({ zone, at }))
})

/** A target with every field given; `overrides` replace fields. */
export function makeTarget(overrides: Partial<Target> = {}): Target {
  return {
    id: null,
    name: null,
    number: null,
    timeZone: 'UTC',
    schedule: { intervals: [{ start: 0, end: 10080 }] },
    paused: false,
    concurrencyCap: null,
    callsInProgress: 0,
    priority: 1,
    weight: 1,
    caps: [],
    ...overrides,
  }
}

/** A cap with no id. */
export function cap(type: CapType, limit: number | null, filled: number): Cap {
  return { id: null, type, cap: limit, filled }
}

/** A cap that blocks or not, about as often; limit 0 now and then. */
function capArb(types: readonly CapType[]): fc.Arbitrary<Cap> {
  return fc
    .record({
      type: fc.constantFrom(...types),
      limit: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 5 })),
      filled: fc.integer({ min: 0, max: 6 }),
    })
    .map(({ type, limit, filled }) => cap(type, limit, filled))
}

export interface TargetArbOptions {
  /** Cap types to draw from (default all). */
  readonly capTypes?: readonly CapType[]
  readonly schedule?: fc.Arbitrary<WeeklySchedule>
}

/** Targets of every kind: paused or not, any schedule, caps, concurrency, priorities −2…3, weights 0…5. */
export function targetArb(options: TargetArbOptions = {}): fc.Arbitrary<Target> {
  const capTypes = options.capTypes ?? ['Hard', 'Hourly', 'Daily', 'Monthly']
  return fc
    .record({
      timeZone: zoneArb,
      schedule: options.schedule ?? weeklyScheduleArb,
      paused: fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
      concurrencyCap: fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 3 }) }),
      callsInProgress: fc.integer({ min: 0, max: 3 }),
      priority: fc.integer({ min: -2, max: 3 }),
      weight: fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 1, max: 5 }) }, { weight: 1, arbitrary: fc.constant(0) }),
      caps: fc.array(capArb(capTypes), { maxLength: 3 }),
    })
    .map((fields) => makeTarget(fields))
}

/** Targets that are always open and never blocked: for routing tests, with given priorities and weights. */
export const routableTargetArb: fc.Arbitrary<Target> = fc
  .record({
    priority: fc.integer({ min: -1, max: 2 }),
    weight: fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 1, max: 9 }) }, { weight: 1, arbitrary: fc.constant(0) }),
  })
  .map(({ priority, weight }) => makeTarget({ priority, weight }))

/** Targets that will accept again (not paused, no concurrency limit, time-based caps of 1–5), for searches. */
export const hopefulTargetArb: fc.Arbitrary<Target> = fc
  .record({
    timeZone: zoneArb,
    schedule: weeklyScheduleArb,
    caps: fc.array(
      fc.record({ type: fc.constantFrom<CapType>('Hourly', 'Daily'), limit: fc.integer({ min: 1, max: 5 }), filled: fc.integer({ min: 0, max: 6 }) }),
      { maxLength: 3 },
    ),
  })
  .map(({ timeZone, schedule, caps }) => makeTarget({ timeZone, schedule, caps: caps.map((c) => cap(c.type, c.limit, c.filled)) }))
