import { collectIssues, describeReceived, report, reportError, throwIfErrors, type PathSegment } from '../ground/issues'
import { isPlainObject, readOwnFields } from '../ground/readers'
import { requireSchedule } from '../week/sealedSchedule'
import { BusinessHoursError } from '../ground/issues'
import { readTargetFields, TARGET_FIELD_NAMES, type TargetValues } from './readTargetFields'
import type { Target } from './types'
import type { WeeklySchedule } from '../week/types'

/** Every target the library made; frozen, so membership proves it was checked. */
const sealed = new WeakSet<object>()

/** Mints a target: frozen (its caps too) and remembered. The one place a `Target` is made. Internal. */
export function sealTarget(values: TargetValues, schedule: WeeklySchedule): Target {
  const target: Target = Object.freeze({ ...values, schedule, caps: Object.freeze(values.caps.map((cap) => (Object.isFrozen(cap) ? cap : Object.freeze({ ...cap })))) })
  sealed.add(target)
  return target
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
export function requireTarget(target: Target, path: readonly PathSegment[]): Target {
  if (typeof target === 'object' && target !== null && sealed.has(target)) return target
  const collector = collectIssues()
  if (!isPlainObject(target)) {
    reportError(collector, [...path], 'not_an_object', `expected a Target (from parseTarget), received ${describeReceived(target)}`, 'a Target', describeReceived(target))
    throwIfErrors(collector, 'target', 'target')
  }
  const fields = readOwnFields(target, TARGET_KEYS, [...path], collector, 'the target')
  let schedule: WeeklySchedule | undefined
  const values =
    fields === undefined
      ? undefined
      : readTargetFields(fields, TARGET_FIELD_NAMES, path, collector, false, () => {
          try {
            schedule = requireSchedule(fields.schedule as WeeklySchedule, [...path, 'schedule'])
          } catch (error) {
            if (!(error instanceof BusinessHoursError)) throw error
            for (const issue of error.issues) report(collector, issue)
          }
        })
  throwIfErrors(collector, 'target', 'target')
  return sealTarget(values!, schedule!)
}

/** `requireTarget` for each target of a list, located `targets[i]`. Internal. */
export function requireTargets(targets: readonly Target[]): readonly Target[] {
  if (!Array.isArray(targets)) {
    throw new TypeError(`targets must be an array of Targets (from parseTarget), received ${describeReceived(targets)}`)
  }
  let copy: Target[] | undefined
  for (let i = 0; i < targets.length; i++) {
    const target = targets[i]!
    const checked = requireTarget(target, ['targets', i])
    if (checked !== target) (copy ??= targets.slice(0, i)).push(checked)
    else copy?.push(checked)
  }
  return copy ?? targets
}
