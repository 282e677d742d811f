/**
 * Generators for the fleet tests (issue 13): small fleets (1–5 targets, distinct ids) in the
 * calendar zones, with random weekly hours, sometimes exception entries near the range, sometimes
 * paused, priorities 1–3, weights 0–3, sometimes caps and concurrency; and a whole-minute range
 * 1990–2060 (often just before a clock change) up to 4 days long.
 *
 * Each target comes three ways: the plain description the oracle reads (test/oracles/fleetModel.ts),
 * the `parseTarget` document, and the typed `Target` the library is given — either sealed by
 * `parseTarget(document, { exceptions })` (hours written with `toBusinessHours`) or hand-built
 * (a document without hours parsed, then given its `schedule`: a `scheduleFromIntervals` week or a
 * `withExceptions` calendar), about half each.
 */
import fc from 'fast-check'
import { parseTarget, scheduleFromIntervals, toBusinessHours, withExceptions } from '../../src/index'
import type { Hours } from '../../src/calendar/types'
import type { CapType, Target } from '../../src/routing/types'
import type { WeeklySchedule } from '../../src/week/types'
import { CALENDAR_ZONES, FROM_1990, TO_2060, entriesNearArb } from '../calendar/arbitraries'
import { DAY_MS, MINUTE_MS, scheduleArb, transitionsOf } from '../query/arbitraries'
import type { OracleCap, TargetDescription } from '../oracles/fleetModel'

export { MINUTE_MS, DAY_MS }

/** fast-check runs, as the other property tests. */
export const numRuns = Number(process.env.CALLHOURS_DEEP) ? 500 : 40

/** A target document as `parseTarget` reads it. */
export interface TargetDocument {
  readonly id: number
  readonly time_zone: string
  readonly business_hours?: readonly object[]
  readonly paused: boolean
  readonly priority: number
  readonly weight: number
  readonly concurrency_cap: number | null
  readonly calls_in_progress: number
  readonly caps: readonly { type: CapType; cap: number | null; filled: number }[]
}

/** One target three ways. */
export interface FleetMember {
  readonly description: TargetDescription
  readonly document: TargetDocument
  /** The exception entries (also in `description.entries`), given to `parseTarget` as `{ exceptions }`. */
  readonly exceptions: readonly object[]
  readonly target: Target
  /** Whether `target` came sealed from `parseTarget` (else hand-built). */
  readonly sealed: boolean
}

export interface FleetCase {
  readonly from: number
  readonly to: number
  readonly members: readonly FleetMember[]
  readonly fleet: readonly TargetDescription[]
  readonly targets: readonly Target[]
}

export interface FleetArbOptions {
  /** Give some targets caps (default true). */
  readonly caps?: boolean
  /** Give some targets a concurrency cap and calls in progress (default true). */
  readonly concurrency?: boolean
  /** Most targets (default 5). */
  readonly maxTargets?: number
  /** Longest range in days (default 4). */
  readonly maxDays?: number
}

const CAP_TYPES: readonly CapType[] = ['Hard', 'Hourly', 'Daily', 'Monthly']

/** At most one cap per type; full about half the time, 0 now and then, sometimes null. */
const capsArb: fc.Arbitrary<OracleCap[]> = fc
  .subarray([...CAP_TYPES], { maxLength: 3 })
  .chain((types) =>
    fc.tuple(
      ...types.map((type) =>
        fc
          .record({
            cap: fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 4, arbitrary: fc.integer({ min: 0, max: 3 }) }),
            filled: fc.integer({ min: 0, max: 4 }),
          })
          .map(({ cap, filled }) => ({ type, cap, filled })),
      ),
    ),
  )

/**
 * Office-like hours: the same local open–close (15-minute steps, past midnight possible) on a
 * random set of days, so that ranges of a day or two meet several openings and closings.
 */
const dailyScheduleArb: fc.Arbitrary<WeeklySchedule> = fc
  .record({
    days: fc.subarray([0, 1, 2, 3, 4, 5, 6], { minLength: 1 }),
    open: fc.integer({ min: 0, max: 95 }),
    length: fc.integer({ min: 1, max: 95 }),
  })
  .map(({ days, open, length }) => {
    const intervals = days.flatMap((d) => {
      const start = d * 1440 + open * 15
      const end = start + length * 15
      return end <= 10080 ? [{ start, end }] : [{ start, end: 10080 }, { start: 0, end: end - 10080 }]
    })
    return scheduleFromIntervals(intervals)
  })

interface TargetSpec {
  readonly zone: string
  readonly schedule: WeeklySchedule
  readonly entries: object[]
  readonly paused: boolean
  readonly priority: number
  readonly weight: number
  readonly caps: OracleCap[]
  readonly concurrencyCap: number | null
  readonly callsInProgress: number
  readonly sealed: boolean
}

function targetSpecArb(anchorMs: number, options: FleetArbOptions): fc.Arbitrary<TargetSpec> {
  return fc.record({
    zone: fc.constantFrom(...CALENDAR_ZONES),
    schedule: fc.oneof(scheduleArb, dailyScheduleArb),
    entries: fc.oneof({ weight: 2, arbitrary: fc.constant<object[]>([]) }, { weight: 1, arbitrary: entriesNearArb(anchorMs, 3) }),
    paused: fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    priority: fc.integer({ min: 1, max: 3 }),
    weight: fc.integer({ min: 0, max: 3 }),
    caps: options.caps === false ? fc.constant<OracleCap[]>([]) : fc.oneof(fc.constant<OracleCap[]>([]), capsArb),
    concurrencyCap: options.concurrency === false ? fc.constant(null) : fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 2 })),
    callsInProgress: options.concurrency === false ? fc.constant(0) : fc.integer({ min: 0, max: 3 }),
    sealed: fc.boolean(),
  })
}

/** Builds the three forms of one target. */
export function buildMember(id: number, spec: TargetSpec): FleetMember {
  const schedule = scheduleFromIntervals(spec.schedule.intervals)
  const caps = spec.caps.map(({ type, cap, filled }) => ({ type, cap, filled }))
  const base = {
    id,
    time_zone: spec.zone,
    paused: spec.paused,
    priority: spec.priority,
    weight: spec.weight,
    concurrency_cap: spec.concurrencyCap,
    calls_in_progress: spec.callsInProgress,
    caps,
  }
  const document: TargetDocument = { ...base, business_hours: toBusinessHours(schedule) }
  const exceptions = spec.entries
  let target: Target
  if (spec.sealed) {
    target = parseTarget(document, exceptions.length > 0 ? { exceptions: exceptions as never } : undefined)
  } else {
    const hours: Hours = exceptions.length > 0 ? withExceptions(schedule, exceptions as never) : schedule
    target = { ...parseTarget(base), schedule: hours }
  }
  const description: TargetDescription = {
    id,
    weekly: schedule.intervals.map(({ start, end }) => ({ start, end })),
    entries: exceptions,
    zone: spec.zone,
    paused: spec.paused,
    priority: spec.priority,
    weight: spec.weight,
    caps,
  }
  return { description, document, exceptions, target, sealed: spec.sealed }
}

/** The latest `from` so that a range of `maxDays` still ends before 2060. */
const latestFrom = (maxDays: number) => TO_2060 - maxDays * DAY_MS

/** Clock changes 1990–2037 of the calendar zones (Intl bisection, cached by test/query/arbitraries). */
let transitions: number[] | undefined
function allTransitions(): number[] {
  transitions ??= CALENDAR_ZONES.flatMap((zone) => transitionsOf(zone)).filter((t) => t >= FROM_1990 + 2 * DAY_MS)
  return transitions
}

/** A whole-minute range: anywhere 1990–2060, or starting up to 2 days before a clock change. */
export function rangeArb(maxDays = 4): fc.Arbitrary<{ from: number; to: number }> {
  const anywhere = fc.integer({ min: FROM_1990 / MINUTE_MS, max: latestFrom(maxDays) / MINUTE_MS }).map((m) => m * MINUTE_MS)
  const nearChange = fc
    .tuple(fc.constantFrom(...allTransitions()), fc.integer({ min: 0, max: 2 * 1440 }))
    .map(([t, before]) => Math.floor(t / MINUTE_MS) * MINUTE_MS - before * MINUTE_MS)
  const length = fc.oneof(
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 180 }) },
    { weight: 3, arbitrary: fc.noBias(fc.integer({ min: 1, max: maxDays * 1440 })) },
  )
  return fc.tuple(fc.oneof(anywhere, nearChange), length).map(([from, minutes]) => ({ from, to: from + minutes * MINUTE_MS }))
}

/** A range and a fleet of 1–`maxTargets` targets with distinct ids, entries clustered in the range. */
export function fleetCaseArb(options: FleetArbOptions = {}): fc.Arbitrary<FleetCase> {
  const maxTargets = options.maxTargets ?? 5
  return rangeArb(options.maxDays ?? 4).chain(({ from, to }) =>
    fc
      .tuple(
        fc.uniqueArray(fc.integer({ min: 1, max: 999_999 }), { minLength: 1, maxLength: maxTargets }),
        fc.integer({ min: from, max: to }),
      )
      .chain(([ids, anchor]) => fc.tuple(...ids.map((id) => targetSpecArb(anchor, options).map((spec) => buildMember(id, spec)))))
      .map((members) => ({
        from,
        to,
        members,
        fleet: members.map((m) => m.description),
        targets: members.map((m) => m.target),
      })),
  )
}

/** An instant inside [from, to), to the millisecond or on a whole minute. */
export function instantInArb(from: number, to: number): fc.Arbitrary<number> {
  return fc.oneof(
    fc.integer({ min: from, max: to - 1 }),
    fc.integer({ min: 0, max: (to - from) / MINUTE_MS - 1 }).map((m) => from + m * MINUTE_MS),
  )
}
