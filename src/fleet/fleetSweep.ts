// The sweep both `coverage` and `routingTimeline` stand on: each target's accepting spans, computed
// once per class of targets that answer alike, then one pass over their edges in time order.

import { toEpochMs, type Instant } from '../ground/instant'
import { BusinessHoursError, collectIssues, describeReceived, errorsOf, report, reportError } from '../ground/issues'
import { UNREADABLE, isPlainObject, readArrayLength, readItem, readOptionFields } from '../ground/readers'
import { requireTarget, type WorkingTarget } from '../routing/sealedTarget'
import type { Target } from '../routing/types'
import { hoursNumbering } from './hoursIdentity'
import type { SkippedTarget } from './types'

/** A range is at most five years: about 1,830 days of every target's spans. */
export const MAX_FLEET_RANGE_MS = 5 * 366 * 86_400_000
/** At most this many segments in one answer. */
export const MAX_SEGMENTS = 1_000_000
/** At most this many ids written out over all distinct sets of accepting targets. */
const MAX_SET_WORK = 50_000_000

/** The options both fleet functions read. */
export interface FleetOptions {
  readonly caps: boolean
  readonly skipInvalid: boolean
  readonly epochMs: boolean
}

export function readFleetOptions(options: unknown, owner: string): FleetOptions {
  const fields = readOptionFields(options, ['caps', 'skipInvalid', 'epochMs'], owner)
  const flag = (name: 'caps' | 'skipInvalid' | 'epochMs'): boolean => {
    const value = fields[name]
    if (value === undefined) return false
    if (typeof value !== 'boolean') throw new TypeError(`${owner} options.${name} must be true or false, received ${describeReceived(value)}`)
    return value
  }
  return { caps: flag('caps'), skipInvalid: flag('skipInvalid'), epochMs: flag('epochMs') }
}

/** The checked range, or a RangeError. */
export function readRange(from: Instant, to: Instant): { fromMs: number; toMs: number } {
  const fromMs = toEpochMs(from, 'from')
  const toMs = toEpochMs(to, 'to')
  if (toMs <= fromMs) throw new RangeError(`to (${new Date(toMs).toISOString()}) must be after from (${new Date(fromMs).toISOString()})`)
  if (toMs - fromMs > MAX_FLEET_RANGE_MS) throw new RangeError('the range is longer than five years (5 × 366 days): ask for a shorter one')
  return { fromMs, toMs }
}

/**
 * Every target of the list checked and named by its id (required, and once each), all problems
 * collected: thrown together, or — with `skipInvalid` — those targets left out and listed.
 */
export function checkFleet(targets: readonly Target[], skipInvalid: boolean): { fleet: WorkingTarget[]; indexOf: number[]; skipped: SkippedTarget[] } {
  const collector = collectIssues()
  const expected = 'an array of Targets (from parseTarget), each with an id'
  const length = readArrayLength(targets, ['targets'], collector, expected)
  if (length === undefined) throw new BusinessHoursError(errorsOf(collector), 'targets', 'targets')
  const fleet: WorkingTarget[] = []
  /** Each fleet member's index in the input. */
  const indexOf: number[] = []
  const skipped: SkippedTarget[] = []
  const seen = new Map<number, number>()
  for (let index = 0; index < length; index++) {
    const own = collectIssues()
    const item = readItem(targets, index, ['targets', index], own, 'the target')
    let working: WorkingTarget | undefined
    if (item !== UNREADABLE) {
      try {
        working = requireTarget(item as Target, ['targets', index])
      } catch (error) {
        if (!(error instanceof BusinessHoursError)) throw error
        for (const issue of error.issues) if (issue.severity === 'error') report(own, issue)
      }
    }
    const id = working?.target.id ?? null
    if (working !== undefined && id === null) {
      reportError(own, ['targets', index, 'id'], 'missing_field', 'the target has no id: a fleet names its targets by id', 'a positive integer id', 'null')
    }
    if (id !== null && seen.has(id)) {
      reportError(own, ['targets', index, 'id'], 'duplicate_id', `id ${id} is also the id of targets[${seen.get(id)}]: a fleet names its targets by id, once each`, 'an id no other target has', String(id))
    } else if (id !== null) seen.set(id, index)
    if (own.errorCount === 0 && working !== undefined) {
      fleet.push(working)
      indexOf.push(index)
      continue
    }
    const issues = errorsOf(own)
    for (const issue of issues) report(collector, issue)
    skipped.push({ index, id: id ?? (isPlainObject(item) ? idOf(item) : null), issues })
  }
  if (collector.errorCount > 0 && !skipInvalid) throw new BusinessHoursError(errorsOf(collector), 'targets', 'fleet')
  return { fleet, indexOf, skipped }
}

function idOf(item: object): number | null {
  try {
    const id = (item as { id?: unknown }).id
    return typeof id === 'number' && Number.isSafeInteger(id) ? id : null
  } catch {
    return null
  }
}

/** When a target starts to accept calls within the range, as far as its caps say (Infinity: never). */
function capsFreeFrom(working: WorkingTarget, fromMs: number): number {
  if (working.hardCapBlocks || working.zeroCapBlocks) return Number.POSITIVE_INFINITY
  let free = fromMs
  const kinds = working.blockingTimeKinds
  for (const kind of kinds) free = Math.max(free, working.capResetAt(kind, fromMs) ?? Number.POSITIVE_INFINITY)
  return free
}

/** The sweep's answer: segments as flat start/end pairs with an index into `sets` each. */
export interface Sweep {
  readonly fleet: readonly WorkingTarget[]
  readonly skipped: readonly SkippedTarget[]
  /** Segment i is `[bounds[i], bounds[i + 1])` with accepting set `setOf[i]`. */
  readonly bounds: number[]
  readonly setOf: number[]
  /** Each distinct set of accepting targets: their indexes in `fleet`, in input order. */
  readonly sets: number[][]
  /** How many classes of targets that accept alike the sweep computed spans for. */
  readonly classCount: number
}

/**
 * Targets that share hours (the same week and the same exceptions, by content), zone and start
 * (paused ones and ones blocked throughout aside) accept alike: their spans are computed once. The edges of every class's spans, sorted, are swept once.
 * The set after an instant is found from the set before it and the classes that toggle then (an
 * exact step, remembered); a step not seen before finds its set by a 53-bit hash of its members
 * (each class XORs in its own random code), confirmed class by class — two sets are one only when
 * they hold the same classes.
 */
export function sweepFleet(targets: readonly Target[], fromMs: number, toMs: number, options: FleetOptions): Sweep {
  const { fleet, indexOf, skipped } = checkFleet(targets, options.skipInvalid)
  // Classes of targets that accept alike: by hours (weeks and exceptions, by content), zone and start.
  const classKey = new Map<string, number>()
  const classOf = new Int32Array(fleet.length).fill(-1)
  const classSpans: number[][] = []
  const hoursNumber = hoursNumbering()
  fleet.forEach((working, index) => {
    const { target } = working
    if (target.paused) return
    const start = options.caps ? capsFreeFrom(working, fromMs) : fromMs
    if (start >= toMs) return
    const key = `${hoursNumber(target.schedule)}|${target.timeZone}|${start}`
    let c = classKey.get(key)
    if (c === undefined) {
      c = classSpans.length
      classKey.set(key, c)
      let flat: number[]
      try {
        // On the hours and zone the target resolved when it was minted: flat epoch-ms pairs.
        flat = working.openSpans(start, toMs)
      } catch (error) {
        // The span limit is the one target's: say which, as every other fleet error does.
        if (error instanceof RangeError) throw new RangeError(`targets[${indexOf[index]}] (id ${target.id}): ${error.message}`)
        throw error
      }
      classSpans.push(flat)
    }
    classOf[index] = c
  })

  // Edges: time, and the class it toggles. A class's own spans are disjoint and not touching.
  let edgeCount = 0
  for (const flat of classSpans) edgeCount += flat.length
  const times = new Float64Array(edgeCount)
  const classes = new Int32Array(edgeCount)
  let e = 0
  classSpans.forEach((flat, c) => {
    for (const time of flat) {
      times[e] = time
      classes[e++] = c
    }
  })
  const order = new Uint32Array(edgeCount)
  for (let i = 0; i < edgeCount; i++) order[i] = i
  // Ties by edge index: edges were laid out class by class, so an instant's classes come in increasing order.
  order.sort((a, b) => times[a]! - times[b]! || a - b)

  // Each class's code: two random halves of a 53-bit number, fixed per call (a seeded generator, so
  // runs repeat). The key only finds candidates: codes are XORed, so the key is linear and some
  // sets of classes always share one (any 54 classes hold such a set, and with these codes any 33).
  // A set is the same as a candidate only when it holds the same classes, checked class by class.
  let seed = 0x2545f491
  const nextRandom = (): number => {
    seed ^= seed << 13
    seed ^= seed >>> 17
    seed ^= seed << 5
    return seed >>> 0
  }
  const classCount = classSpans.length
  const codeHigh = new Uint32Array(classCount).map(() => nextRandom() & 0x1fffff)
  const codeLow = new Uint32Array(classCount).map(() => nextRandom())
  const active = new Uint8Array(classCount)
  let activeCount = 0
  let high = 0
  let low = 0
  // Key → the sets with that key (nearly always one), each set's classes kept to confirm a match.
  const setsByKey = new Map<number, number | number[]>()
  const setClasses: Int32Array[] = []
  const sets: number[][] = []
  let setWork = 0
  const holdsActive = (s: number): boolean => {
    const classesOfSet = setClasses[s]!
    if (classesOfSet.length !== activeCount) return false
    for (let i = 0; i < classesOfSet.length; i++) if (active[classesOfSet[i]!] !== 1) return false
    return true
  }
  const currentSet = (): number => {
    const key = high * 0x100000000 + low
    const found = setsByKey.get(key)
    if (typeof found === 'number') {
      if (holdsActive(found)) return found
    } else if (found !== undefined) {
      for (const s of found) if (holdsActive(s)) return s
    }
    const members: number[] = []
    for (let i = 0; i < fleet.length; i++) if (classOf[i]! >= 0 && active[classOf[i]!] === 1) members.push(i)
    setWork += fleet.length + activeCount
    if (setWork > MAX_SET_WORK) throw new RangeError('the fleet changes its set of accepting targets too often in this range to list them: ask for a shorter range or fewer targets')
    const classesOfSet = new Int32Array(activeCount)
    let k = 0
    for (let c = 0; c < classCount; c++) if (active[c] === 1) classesOfSet[k++] = c
    const s = sets.length
    sets.push(members)
    setClasses.push(classesOfSet)
    if (found === undefined) setsByKey.set(key, s)
    else if (typeof found === 'number') setsByKey.set(key, [found, s])
    else found.push(s)
    return s
  }

  // A set and the classes that toggle at an instant decide the next set exactly, so each such step
  // is remembered, by the set and its classes compared in full: a week that repeats the last one's
  // steps finds its sets without a key or a set comparison. Only a step not seen before goes to
  // the key and confirms.
  const steps = new Map<number, { readonly toggled: Int32Array; readonly set: number }[]>()
  const singleSteps = new Map<number, number>()
  const toggled: number[] = []
  let current = currentSet()
  const bounds: number[] = [fromMs]
  const setOf: number[] = [current]
  for (let k = 0; k < edgeCount; ) {
    const time = times[order[k]!]!
    // Every edge at this instant first, then the set from it on.
    toggled.length = 0
    for (; k < edgeCount && times[order[k]!] === time; k++) {
      const c = classes[order[k]!]!
      toggled.push(c)
      if (active[c] === 1) {
        active[c] = 0
        activeCount--
      } else {
        active[c] = 1
        activeCount++
      }
      high ^= codeHigh[c]!
      low = (low ^ codeLow[c]!) >>> 0
    }
    if (time >= toMs) break
    let s: number | undefined
    if (toggled.length === 1) {
      // One class toggling (the common step): the pair as one exact number, set × classes + class.
      const step = current * classCount + toggled[0]!
      s = singleSteps.get(step)
      if (s === undefined) singleSteps.set(step, (s = currentSet()))
    } else {
      // Several classes: found by the set and the first class, then the whole list compared.
      const step = current * classCount + toggled[0]!
      const known = steps.get(step)
      if (known !== undefined) {
        for (const entry of known) {
          if (entry.toggled.length !== toggled.length) continue
          let same = true
          for (let i = 1; same && i < toggled.length; i++) same = entry.toggled[i] === toggled[i]
          if (same) {
            s = entry.set
            break
          }
        }
      }
      if (s === undefined) {
        const entry = { toggled: Int32Array.from(toggled), set: (s = currentSet()) }
        if (known === undefined) steps.set(step, [entry])
        else known.push(entry)
      }
    }
    current = s
    if (s === setOf[setOf.length - 1]) continue
    if (time === bounds[bounds.length - 1]) {
      setOf[setOf.length - 1] = s
      if (setOf.length > 1 && setOf[setOf.length - 2] === s) {
        setOf.pop()
        bounds.pop()
      }
      continue
    }
    if (setOf.length === MAX_SEGMENTS) throw new RangeError(`the range holds more than ${MAX_SEGMENTS} segments: ask for a shorter range`)
    bounds.push(time)
    setOf.push(s)
  }
  bounds.push(toMs)
  return { fleet, skipped, bounds, setOf, sets, classCount }
}

