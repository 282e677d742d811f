import { collectIssues, describeReceived, report, reportError, throwIfErrors, type PathSegment } from '../ground/issues'
import { isPlainObject, readArrayLength, readItem, readOwnFields } from '../ground/readers'
import { isWorkingCalendar, requireHours, workingHours, type WorkingCalendar } from '../calendar/sealedCalendar'
import { MINUTE_MS } from '../ground/timeUnits'
import { isCalendarOpenAt } from '../query/calendarSearch'
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
  /**
   * Whether its hours are open at an instant (epoch ms), on the hours and zone resolved once when
   * the target was minted: routing never looks them up per call. A frozen function: the working
   * forms it closes over fill their caches as they are read, and no caller can reach them.
   */
  readonly openAt: (ms: number) => boolean
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
  const working: WorkingTarget = Object.freeze({
    target,
    capReasons: Object.freeze(blocking.map((kind) => kind.reason)),
    blockingTimeKinds,
    hardCapBlocks: blocking.some((kind) => kind.unit === undefined),
    zeroCapBlocks: caps.some((cap) => cap.cap === 0 && capBlocks(cap) && blockingTimeKinds.some((kind) => kind.type === cap.type)),
    atConcurrencyCap: values.concurrencyCap !== null && values.callsInProgress >= values.concurrencyCap,
    openAt: openAtOf(workingHours(schedule), zoneFor(values.timeZone)),
  })
  Object.defineProperty(target, WORKING, { value: working })
  return Object.freeze(target)
}

/** `isOpen` on resolved hours and zone, as a frozen function (see `WorkingTarget.openAt`). */
function openAtOf(hours: WorkingWeek | WorkingCalendar, zone: ZoneOffsets): (ms: number) => boolean {
  const openAt = isWorkingCalendar(hours)
    ? (ms: number): boolean => isCalendarOpenAt(hours, zone, ms)
    : (ms: number): boolean => isOpenAtWeekMinute(hours, weekMinuteOf(Math.floor((ms + offsetAt(zone, ms)) / MINUTE_MS)))
  return Object.freeze(openAt)
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
