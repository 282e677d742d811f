import { BusinessHoursError, collectIssues, describeReceived, errorsOf, reportError, type PathSegment } from '../ground/issues'
import { isPlainObject, readArrayLength, readItem, readOwnFields, UNREADABLE } from '../ground/readers'
import { MINUTES_PER_WEEK, type WeekInterval, type WeeklySchedule } from './types'

/**
 * The compiled form queries read, made once per distinct week: the same (frozen) intervals in an
 * array no caller can reach, so not frozen itself (V8 in Node 20 reads the elements of a frozen
 * array about half as fast), and a bitset of the week's 10,080 minutes, so `isOpen` is one load
 * and a shift (1,260 bytes per distinct week). Next searches bisect the intervals (a week has a
 * handful).
 */
export interface WorkingWeek {
  readonly intervals: readonly WeekInterval[]
  /** Bit `m` (word `m >>> 5`, bit `m & 31`) is set when the week is open during minute `m`. */
  readonly openMinutes: Uint32Array
  readonly alwaysOpen: boolean
  /** False: a calendar's working form says true (src/calendar), so one load tells them apart. */
  readonly isCalendar: false
}

/** The bitset of a week's open minutes, from intervals in normal form. */
function minuteBits(intervals: readonly WeekInterval[]): Uint32Array {
  const bits = new Uint32Array(MINUTES_PER_WEEK >>> 5)
  for (const { start, end } of intervals) {
    for (let m = start; m < end; ) {
      if ((m & 31) === 0 && m + 32 <= end) {
        bits[m >>> 5] = 0xffffffff
        m += 32
      } else {
        bits[m >>> 5]! |= 1 << (m & 31)
        m++
      }
    }
  }
  return bits
}

function compile(intervals: readonly WeekInterval[]): WorkingWeek {
  const first = intervals[0]
  return {
    intervals,
    openMinutes: minuteBits(intervals),
    alwaysOpen: intervals.length === 1 && first !== undefined && first.start === 0 && first.end === MINUTES_PER_WEEK,
    isCalendar: false,
  }
}

/** Every schedule the library made, with its working form. Frozen, so membership proves normal form for good. */
const sealed = new WeakMap<object, WorkingWeek>()
/** Where a schedule argument sits when the caller does not say: `schedule.intervals[2]`. */
const SCHEDULE_PATH: readonly PathSegment[] = Object.freeze(['schedule'])

/** The schedule asked about last: a loop over one schedule skips even the map lookup. */
let lastSealed: WeeklySchedule | undefined
let lastWorking: WorkingWeek | undefined

/**
 * Sealed schedules by a hash of their intervals, so that the same week is minted once and shared:
 * a fleet of targets has few distinct weeks, and minting (freezing every interval, registering it)
 * is most of what parsing seven records costs. At most `MAX_INTERNED` weeks are kept (then the
 * oldest is forgotten); a hash that collides only means a week is minted again.
 */
const interned = new Map<number, WeeklySchedule>()
const MAX_INTERNED = 10_000

function hashIntervals(intervals: readonly WeekInterval[]): number {
  let hash = intervals.length
  for (const interval of intervals) {
    hash = (Math.imul(hash, 0x01000193) ^ interval.start) | 0
    hash = (Math.imul(hash, 0x01000193) ^ interval.end) | 0
  }
  return hash
}

function sameIntervals(a: readonly WeekInterval[], b: readonly WeekInterval[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i]!.start !== b[i]!.start || a[i]!.end !== b[i]!.end) return false
  return true
}

/**
 * Mints a schedule from intervals already in normal form: frozen all the way down and remembered,
 * so no caller can change what another caller sees and queries need not check it again. The same
 * week gives the same sealed schedule (safe to share: it cannot change). The one place a
 * `WeeklySchedule` is made. Internal to the package.
 */
export function sealSchedule(intervals: readonly WeekInterval[]): WeeklySchedule {
  const hash = hashIntervals(intervals)
  const known = interned.get(hash)
  if (known !== undefined && sameIntervals(sealed.get(known)!.intervals, intervals)) return known
  const frozen = intervals.map((interval) => Object.freeze({ start: interval.start, end: interval.end }))
  const schedule: WeeklySchedule = Object.freeze({ intervals: Object.freeze(frozen.slice()) })
  // The working form holds the same frozen intervals (frozen objects read as fast as others), in an array of its own.
  sealed.set(schedule, compile(frozen))
  if (interned.size >= MAX_INTERNED) interned.delete(interned.keys().next().value!)
  interned.set(hash, schedule)
  return schedule
}

/** Open every minute of the week; frozen, so safe to share. Internal. */
export const OPEN_ALL_WEEK: WeeklySchedule = sealSchedule([{ start: 0, end: MINUTES_PER_WEEK }])

/**
 * The schedule a function was given, sealed: a sealed one as it is (free), a hand-built one
 * checked — every time, since it can change between calls — and copied into a sealed one.
 * Internal to the package.
 *
 * @param path - where the schedule sits in the caller's arguments, for the issues (`['schedule']`)
 * @throws {BusinessHoursError} with located issues (`schedule.intervals[2].start`) when it is not a
 *   `WeeklySchedule` in normal form
 */
export function requireSchedule(schedule: WeeklySchedule, path: readonly PathSegment[] = SCHEDULE_PATH): WeeklySchedule {
  if (typeof schedule === 'object' && schedule !== null && sealed.has(schedule)) return schedule
  return checkHandBuilt(schedule, path)
}

/** Like `requireSchedule`, but answers the working form queries read. Internal to the package. */
export function workingWeek(schedule: WeeklySchedule, path: readonly PathSegment[] = SCHEDULE_PATH): WorkingWeek {
  // The hot path stays small, so that engines inline it into every query.
  if (schedule === lastSealed && lastWorking !== undefined) return lastWorking
  return lookUpWorkingWeek(schedule, path)
}

/** The working form of the sealed schedule asked about last, when `schedule` is it; else undefined. Internal. */
export function lastSealedWorking(schedule: unknown): WorkingWeek | undefined {
  return schedule === lastSealed ? lastWorking : undefined
}

/** The working form of a schedule the library sealed, or undefined for anything else. Never throws. Internal. */
export function sealedWorkingWeek(schedule: unknown): WorkingWeek | undefined {
  if (schedule === lastSealed && lastWorking !== undefined) return lastWorking
  return lookUpSealed(schedule)
}

function lookUpSealed(schedule: unknown): WorkingWeek | undefined {
  const known = typeof schedule === 'object' && schedule !== null ? sealed.get(schedule) : undefined
  if (known !== undefined) {
    lastSealed = schedule as WeeklySchedule
    lastWorking = known
  }
  return known
}

function lookUpWorkingWeek(schedule: WeeklySchedule, path: readonly PathSegment[]): WorkingWeek {
  const known = typeof schedule === 'object' && schedule !== null ? sealed.get(schedule) : undefined
  if (known !== undefined) {
    lastSealed = schedule
    lastWorking = known
    return known
  }
  return sealed.get(checkHandBuilt(schedule, path))!
}

function checkHandBuilt(schedule: unknown, path: readonly PathSegment[]): WeeklySchedule {
  const collector = collectIssues()
  const intervals: WeekInterval[] = []
  const expectedSchedule = 'a WeeklySchedule { intervals: [...] } (from parseBusinessHours or scheduleFromIntervals)'
  const fields = isPlainObject(schedule) ? readOwnFields(schedule, ['intervals'], path, collector, 'the schedule') : undefined
  if (!isPlainObject(schedule)) {
    reportError(collector, [...path, 'intervals'], 'invalid_type', `expected ${expectedSchedule}, received ${describeReceived(schedule)}`, expectedSchedule, describeReceived(schedule))
  } else if (fields !== undefined) {
    const list = fields.intervals
    const length = readArrayLength(list, [...path, 'intervals'], collector, expectedSchedule)
    let previousEnd = -1
    for (let index = 0; length !== undefined && index < length; index++) {
      const at = [...path, 'intervals', index]
      const entry = readItem(list, index, at, collector, 'the interval')
      if (entry === UNREADABLE) continue
      const span = isPlainObject(entry) ? readOwnFields(entry, ['start', 'end'], at, collector, 'the interval') : undefined
      if (isPlainObject(entry) && span === undefined) continue
      const { start, end } = (span ?? {}) as { start?: unknown; end?: unknown }
      if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) > MINUTES_PER_WEEK || (start as number) >= (end as number)) {
        const shown = span === undefined ? describeReceived(entry) : `{ start: ${describeReceived(start)}, end: ${describeReceived(end)} }`
        reportError(collector, at, 'invalid_type', `expected { start, end }, whole minutes with 0 ≤ start < end ≤ 10080, received ${shown}`, 'whole minutes with 0 ≤ start < end ≤ 10080', shown)
        continue
      }
      if ((start as number) <= previousEnd) {
        reportError(
          collector,
          [...at, 'start'],
          'not_normal_form',
          `intervals must be sorted, disjoint and not touching (normal form), but start ${String(start)} is not after the previous end ${previousEnd}: build schedules with scheduleFromIntervals`,
          `a start after ${previousEnd}`,
          String(start),
        )
      }
      previousEnd = end as number
      intervals.push({ start: start as number, end: end as number })
    }
  }
  if (collector.errorCount > 0) throw new BusinessHoursError(errorsOf(collector), 'schedule', 'schedule')
  return sealSchedule(intervals)
}
