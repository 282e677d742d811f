import { collectIssues, describeReceived, report, reportError, throwIfErrors, type PathSegment } from '../ground/issues'
import { isPlainObject, readArrayLength, readItem, readOwnFields } from '../ground/readers'
import { isWorkingCalendar, requireHours, workingHours, type WorkingCalendar } from '../calendar/sealedCalendar'
import { MINUTE_MS } from '../ground/timeUnits'
import { isCalendarOpenAt } from '../query/calendarSearch'
import { nextInState } from '../query/nextInState'
import { openSpans } from '../query/openIntervals'
import { capResetMs } from './capResetsAt'
import { isOpenAtWeekMinute, weekMinuteOf } from '../query/weekLookup'
import type { WorkingWeek } from '../week/sealedSchedule'
import { zoneFor } from '../zone/resolveTimeZone'
import { offsetAt, type ZoneOffsets } from '../zone/zoneOffsets'
import type { Hours } from '../calendar/types'
import { BusinessHoursError } from '../ground/issues'
import { readTargetFields, TARGET_FIELD_NAMES, type TargetValues } from './readTargetFields'
import { CAP_KINDS, type CapKind } from './caps'
import type { AvailabilityReason, Cap, Target } from './types'

/**
 * What routing reads of a sealed target, worked out once when it is sealed: a target cannot change,
 * so neither can which of its caps block. (Reading the frozen caps on every call cost 4× in
 * `targetAvailability`.)
 */
export interface WorkingTarget {
  readonly target: Target
  /** The reasons of the cap kinds that block, in `CAP_KINDS` order. */
  readonly capReasons: readonly AvailabilityReason[]
  /** The time-based cap kinds that block, in order. */
  readonly blockingTimeKinds: readonly CapKind[]
  readonly hardCapBlocks: boolean
  /** Some blocking time-based cap is 0: it still blocks after it resets. */
  readonly zeroCapBlocks: boolean
  readonly atConcurrencyCap: boolean
  /** Paused, at its concurrency cap or held by a cap: it takes no call, whatever its hours say. */
  readonly blocks: boolean
  /**
   * Whether its hours are open at an instant (epoch ms), on the hours and zone resolved once when
   * the target was minted: routing never looks them up per call. A frozen function: the working
   * forms it closes over fill their caches as they are read, and no caller can reach them.
   */
  readonly openAt: (ms: number) => boolean
  /** The first instant ≥ `ms` its hours are open (`wantOpen`) or closed, or null: `nextInState` on them. Frozen, as `openAt`. */
  readonly nextInState: (ms: number, wantOpen: boolean) => number | null
  /** Its hours' open spans in `[fromMs, toMs)` as flat epoch-ms pairs (`openSpans`). Frozen, as `openAt`. */
  readonly openSpans: (fromMs: number, toMs: number) => number[]
  /** When a cap of this kind counted at `ms` resets in its zone (`capResetMs`). Frozen, as `openAt`. */
  readonly capResetAt: (kind: CapKind, ms: number) => number | null
  /** Its zone's IANA id. */
  readonly zoneId: string
}

/** Where a target argument sits: `target.weight`. */
export const TARGET_PATH: readonly PathSegment[] = Object.freeze(['target'])

/**
 * Where a sealed target keeps its working form: a property under a symbol of this module,
 * non-enumerable, set before the target is frozen. A property, not a `WeakMap` entry: with 100,000
 * targets a map lookup is a cache miss per target, and routing went 2–6× slower per target than
 * with 1,000. A working form counts only when its `target` is the object itself, so a copy of the
 * property on another object, or one inherited from a sealed prototype, proves nothing.
 */
const WORKING = Symbol('callhours.workingTarget')

/**
 * The router's question, on the target itself: a sealed target holds, under these symbols of this
 * module (non-enumerable, set before it is frozen), the function that answers whether it takes a
 * call at an instant, and itself. The function is shared by every target with the same hours and
 * zone (a fleet of 100,000 targets on 16 weeks in 8 zones has at most 128 of them, hot in the
 * cache), or one that always answers false for a target that is paused, at its concurrency cap or
 * held by a cap. So `isAccepting` reads one object per target. A copy of these properties on
 * another object is refused: its self is not itself.
 */
const ACCEPTS = Symbol('callhours.accepts')
const SELF = Symbol('callhours.self')

/** Answers false whatever the instant: a target that takes no call for a reason other than its hours. */
const NEVER_ACCEPTS: (ms: number) => boolean = Object.freeze(() => false)

/** What every target with the same hours and zone answers alike, made once and shared (see `ACCEPTS`). */
interface SharedHours {
  readonly zone: ZoneOffsets
  readonly openAt: (ms: number) => boolean
  readonly nextInState: (ms: number, wantOpen: boolean) => number | null
  readonly openSpans: (fromMs: number, toMs: number) => number[]
}

/** Per hours: the shared functions of the first zone asked for, or of each zone (a map, from the second zone on). */
const sharedByHours = new WeakMap<WorkingWeek | WorkingCalendar, SharedHours | Map<ZoneOffsets, SharedHours>>()

function sharedHours(hours: WorkingWeek | WorkingCalendar, zone: ZoneOffsets): SharedHours {
  const known = sharedByHours.get(hours)
  if (known === undefined) {
    // Most weeks are used in one zone: no map for them (a fleet of weeks of their own mints one per target).
    const shared = makeSharedHours(hours, zone)
    sharedByHours.set(hours, shared)
    return shared
  }
  if (!(known instanceof Map)) {
    if (known.zone === zone) return known
    const byZone = new Map<ZoneOffsets, SharedHours>([[known.zone, known]])
    sharedByHours.set(hours, byZone)
    const shared = makeSharedHours(hours, zone)
    byZone.set(zone, shared)
    return shared
  }
  let shared = known.get(zone)
  if (shared === undefined) known.set(zone, (shared = makeSharedHours(hours, zone)))
  return shared
}

/**
 * The shared functions of one hours and zone. `nextInState` remembers its last answer for each
 * state: the first instant at or after `ms` in a state is also the first at or after any instant
 * between `ms` and it (none between is in that state), so a router asking about many targets on the
 * same hours at nearly the same instant searches once per change, not once per target. Only found
 * instants are remembered (`null` means none within two years of `ms`, which a later instant may change).
 */
function makeSharedHours(hours: WorkingWeek | WorkingCalendar, zone: ZoneOffsets): SharedHours {
  let openFrom = Number.NaN
  let openFound = Number.NaN
  let closedFrom = Number.NaN
  let closedFound = Number.NaN
  const next = (ms: number, wantOpen: boolean): number | null => {
    if (wantOpen) {
      if (ms >= openFrom && ms <= openFound) return openFound
      const found = nextInState(hours, zone, ms, true)
      if (found !== null) {
        openFrom = ms
        openFound = found
      }
      return found
    }
    if (ms >= closedFrom && ms <= closedFound) return closedFound
    const found = nextInState(hours, zone, ms, false)
    if (found !== null) {
      closedFrom = ms
      closedFound = found
    }
    return found
  }
  return Object.freeze({
    zone,
    openAt: openAtOf(hours, zone),
    nextInState: Object.freeze(next),
    openSpans: Object.freeze((fromMs: number, toMs: number) => openSpans(hours, zone, fromMs, toMs)),
  })
}

/**
 * When a cap of each kind counted at an instant resets, per zone, remembering the last answer of
 * each kind: the next local hour, day or month after `ms` is also the next after any instant between
 * `ms` and it, so the targets of one zone asked about at nearly the same instant share one search.
 */
const capResetsByZone = new WeakMap<ZoneOffsets, (kind: CapKind, ms: number) => number | null>()

function capResetAtOf(zone: ZoneOffsets): (kind: CapKind, ms: number) => number | null {
  let capResetAt = capResetsByZone.get(zone)
  if (capResetAt === undefined) {
    // Per unit: [from, found) of the last answer, as hour, day, month.
    const memo = new Float64Array([Number.NaN, Number.NaN, Number.NaN, Number.NaN, Number.NaN, Number.NaN])
    capResetAt = Object.freeze((kind: CapKind, ms: number): number | null => {
      const slot = kind.unit === 'hour' ? 0 : kind.unit === 'day' ? 2 : kind.unit === 'month' ? 4 : -1
      if (slot < 0) return capResetMs(kind, ms, zone)
      if (ms >= memo[slot]! && ms < memo[slot + 1]!) return memo[slot + 1]!
      const found = capResetMs(kind, ms, zone)
      if (found !== null) {
        memo[slot] = ms
        memo[slot + 1] = found
      }
      return found
    })
    capResetsByZone.set(zone, capResetAt)
  }
  return capResetAt
}

/** Whether a cap stops calls now: it has a limit and the period's count has reached it. */
function capBlocks(cap: Cap): boolean {
  return cap.cap !== null && cap.filled >= cap.cap
}

/** Mints a target: frozen (its caps too) and remembered. The one place a `Target` is made. Internal. */
export function sealTarget(values: TargetValues, schedule: Hours): Target {
  // Written out field by field: an object made by spreading gets a map of its own in V8, and 1,000
  // targets with 1,000 maps made every property read in routing megamorphic (2–4× slower).
  const caps = Object.freeze(values.caps.map((cap) => Object.freeze({ id: cap.id, type: cap.type, cap: cap.cap, filled: cap.filled })))
  const target: Target = {
    id: values.id,
    name: values.name,
    number: values.number,
    timeZone: values.timeZone,
    schedule,
    paused: values.paused,
    concurrencyCap: values.concurrencyCap,
    callsInProgress: values.callsInProgress,
    priority: values.priority,
    weight: values.weight,
    caps,
  }
  const blocking = CAP_KINDS.filter((kind) => caps.some((cap) => cap.type === kind.type && capBlocks(cap)))
  const blockingTimeKinds = Object.freeze(blocking.filter((kind) => kind.unit !== undefined))
  const hours = workingHours(schedule)
  const zone = zoneFor(values.timeZone)
  const shared = sharedHours(hours, zone)
  const atConcurrencyCap = values.concurrencyCap !== null && values.callsInProgress >= values.concurrencyCap
  const working: WorkingTarget = Object.freeze({
    target,
    capReasons: Object.freeze(blocking.map((kind) => kind.reason)),
    blockingTimeKinds,
    hardCapBlocks: blocking.some((kind) => kind.unit === undefined),
    zeroCapBlocks: caps.some((cap) => cap.cap === 0 && capBlocks(cap) && blockingTimeKinds.some((kind) => kind.type === cap.type)),
    atConcurrencyCap,
    blocks: values.paused || atConcurrencyCap || blocking.length > 0,
    openAt: shared.openAt,
    nextInState: shared.nextInState,
    openSpans: shared.openSpans,
    capResetAt: capResetAtOf(zone),
    zoneId: zone.id,
  })
  Object.defineProperty(target, WORKING, { value: working })
  Object.defineProperty(target, ACCEPTS, { value: working.blocks ? NEVER_ACCEPTS : working.openAt })
  Object.defineProperty(target, SELF, { value: target })
  return Object.freeze(target)
}

/** Weeks with at most this many intervals are read from their boundaries, not their bitset (see `openAtOf`). */
const COMPACT_INTERVALS = 16

/**
 * `isOpen` on resolved hours and zone, as a frozen function (see `WorkingTarget.openAt`). A week of
 * a few intervals (nearly every target's) is read from its boundaries in a small typed array the
 * function holds — 2 bytes a boundary, on the heap beside the function — rather than from the
 * week's 1.26 KB bitset: with 100,000 targets on weeks of their own, the bitsets do not fit in the
 * cache and each answer was a miss into one (bench/routing.bench.mjs).
 */
function openAtOf(hours: WorkingWeek | WorkingCalendar, zone: ZoneOffsets): (ms: number) => boolean {
  if (isWorkingCalendar(hours)) return Object.freeze((ms: number): boolean => isCalendarOpenAt(hours, zone, ms))
  const { intervals } = hours
  if (intervals.length > COMPACT_INTERVALS) {
    return Object.freeze((ms: number): boolean => isOpenAtWeekMinute(hours, weekMinuteOf(Math.floor((ms + offsetAt(zone, ms)) / MINUTE_MS))))
  }
  const bounds = new Int16Array(intervals.length * 2)
  intervals.forEach((interval, i) => {
    bounds[2 * i] = interval.start
    bounds[2 * i + 1] = interval.end
  })
  return Object.freeze((ms: number): boolean => {
    const minute = weekMinuteOf(Math.floor((ms + offsetAt(zone, ms)) / MINUTE_MS))
    // Sorted, disjoint, half-open: the first interval ending after the minute holds it, or none does.
    for (let i = 1; i < bounds.length; i += 2) if (minute < bounds[i]!) return minute >= bounds[i - 1]!
    return false
  })
}

/**
 * Whether a target takes a call at an instant (epoch ms), as a function: for a target the library
 * sealed, the one it holds (one object read); for anything else, the answer of the target checked
 * as `requireTarget` checks it. Internal: `isAccepting`'s road.
 *
 * @throws {BusinessHoursError} for a hand-built target that breaks a target rule
 */
export function acceptsOf(target: Target): (ms: number) => boolean {
  try {
    const own = target as unknown as { readonly [SELF]?: unknown; readonly [ACCEPTS]?: (ms: number) => boolean }
    if (own[SELF] === target) return own[ACCEPTS]!
  } catch {
    // A proxy whose traps throw: checked (and reported) as a hand-built target below.
  }
  const working = requireTarget(target, TARGET_PATH)
  return working.blocks ? NEVER_ACCEPTS : working.openAt
}

/** The working form of a target the library sealed, or undefined for anything else. Never throws. */
function workingOf(target: unknown): WorkingTarget | undefined {
  if (typeof target !== 'object' || target === null) return undefined
  try {
    const working = (target as { [WORKING]?: WorkingTarget })[WORKING]
    return working !== undefined && working.target === target ? working : undefined
  } catch {
    return undefined // a proxy whose traps throw: checked (and reported) as a hand-built target
  }
}

const TARGET_KEYS = [...Object.values(TARGET_FIELD_NAMES), 'schedule']

/**
 * The target a function was given, ready to use: one from `parseTarget` as it is (free), a
 * hand-built one checked by the same rules as `validateTarget` — weight and priority integers
 * (weight ≥ 0), `paused` a boolean, `caps` an array of caps, a known zone, a schedule — and copied
 * into a sealed one. Internal to the package.
 *
 * @param path - where the target sits in the caller's arguments (`['targets', 3]`)
 * @throws {BusinessHoursError} with located issues (`targets[3].weight`)
 */
export function requireTarget(target: Target, path: readonly PathSegment[]): WorkingTarget {
  // The hot path stays small, so that engines inline it into every call.
  return workingOf(target) ?? checkHandBuilt(target, path)
}

function checkHandBuilt(target: Target, path: readonly PathSegment[]): WorkingTarget {
  const collector = collectIssues()
  if (!isPlainObject(target)) {
    reportError(collector, [...path], 'not_an_object', `expected a Target (from parseTarget), received ${describeReceived(target)}`, 'a Target', describeReceived(target))
    throwIfErrors(collector, 'target', 'target')
  }
  const fields = readOwnFields(target, TARGET_KEYS, [...path], collector, 'the target')
  let schedule: Hours | undefined
  const values =
    fields === undefined
      ? undefined
      : readTargetFields(fields, TARGET_FIELD_NAMES, path, collector, false, () => {
          try {
            schedule = requireHours(fields.schedule as Hours, [...path, 'schedule'])
          } catch (error) {
            if (!(error instanceof BusinessHoursError)) throw error
            for (const issue of error.issues) report(collector, issue)
          }
        })
  throwIfErrors(collector, 'target', 'target')
  return workingOf(sealTarget(values!, schedule!))!
}

/** `requireTarget` for each target of a list, located `targets[i]`, in order. Internal. */
export function requireTargets(targets: readonly Target[]): WorkingTarget[] {
  const collector = collectIssues()
  const expected = 'an array of Targets (from parseTarget)'
  const length = readArrayLength(targets, ['targets'], collector, expected)
  if (length === undefined) throw new TypeError(`targets must be ${expected}: ${collector.errors[0]!.message}`)
  const checked: WorkingTarget[] = []
  for (let i = 0; i < length; i++) {
    const target = readItem(targets, i, ['targets', i], collector, 'the target')
    throwIfErrors(collector, 'target', 'target')
    checked.push(requireTarget(target as Target, ['targets', i]))
  }
  return checked
}
