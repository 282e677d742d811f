import { toEpochMs, type Instant } from '../ground/instant'
import { describeReceived } from '../ground/issues'
import { describeCause, readOptionFields } from '../ground/readers'
import { requireTargets } from './sealedTarget'
import { sortByKeys } from './sortByKeys'
import { acceptsAt } from './targetAvailability'
import type { Target } from './types'

/** Options for `routingOrder`. */
export interface RoutingOrderOptions {
  /**
   * Uniform numbers in [0, 1), as `Math.random` gives (the default). Inject a seeded generator for
   * reproducible orders; it is called once per accepting target, in the order the targets are given.
   */
  readonly random?: () => number
}

/** @deprecated Renamed {@link RoutingOrderOptions} (options are named after their function); this alias goes in the next minor version. */
export type RoutingOptions = RoutingOrderOptions

/** A target's chance of being tried first (`routingShares`). */
export interface RoutingShare {
  readonly target: Target
  /** The probability, 0–1; the shares of one call add up to 1. */
  readonly share: number
}

/** Each priority's rank among the distinct priorities given, lowest first (0, 1, …). */
function priorityRanks(priorities: readonly number[]): Uint32Array {
  const distinct = [...new Set(priorities)].sort((a, b) => a - b)
  const rankOf = new Map(distinct.map((priority, i) => [priority, i]))
  return Uint32Array.from(priorities, (priority) => rankOf.get(priority)!)
}

/** The indexes of the targets that accept at `ms`, each checked first (`targets[i]`), and the checked targets. */
function accepting(targets: readonly Target[], ms: number): { checked: Target[]; open: number[] } {
  const checked = requireTargets(targets)
  const open: number[] = []
  for (let i = 0; i < checked.length; i++) if (acceptsAt(checked[i]!, ms)) open.push(i)
  return { checked: checked.map((working) => working.target), open }
}

function drawUniform(random: () => number): number {
  let u: unknown
  try {
    u = random()
  } catch (cause) {
    throw new TypeError(`random() could not be called: ${describeCause(cause)}`)
  }
  if (!(typeof u === 'number' && u >= 0 && u < 1)) throw new RangeError(`random() must return a number in [0, 1), returned ${describeReceived(u)}`)
  return u
}

/**
 * The targets that accept a call at `at`, in the order the call would try them.
 *
 * Ascending `priority` (negative values first). Within a priority, a weighted random order: each
 * pick is among the targets left, with probability `weight` / their total weight; weight-0 targets
 * come after every positive weight of their priority, in a uniformly random order among themselves.
 * The order is drawn by an exponential race (each target draws −ln(1 − u) / weight and the smallest
 * goes first), which gives exactly those successive-pick probabilities with one draw per target.
 * Targets that do not accept (`targetAvailability`) are left out.
 *
 * @param targets - typed targets (`parseTarget`)
 * @param at - the instant, a `Date` or epoch ms
 * @param options - `random`, to make the order reproducible
 * @returns a new array of the accepting targets; empty when none accepts
 * @throws {RangeError} for an invalid instant, or `random()` outside [0, 1)
 * @throws {TypeError} when `targets` is not an array, or `options`/`random` are not what they should be
 * @throws {BusinessHoursError} for a hand-built target that breaks a target rule (`targets[2].weight`)
 *
 * @example
 * // a (priority 1, weight 3), b (priority 1, weight 1), c (priority 2), d paused
 * routingOrder([a, b, c, d], Date.now(), { random: seeded(42) }).map((t) => t.name)
 * //=> ['a', 'b', 'c'] (c always last; a before b 3 times in 4)
 *
 * @example
 * // Edge: no accepting target
 * routingOrder([], Date.now())
 * //=> []
 */
export function routingOrder(targets: readonly Target[], at: Instant, options: RoutingOrderOptions = {}): Target[] {
  const ms = toEpochMs(at)
  const given = readOptionFields(options, ['random'], 'routingOrder').random
  if (given !== undefined && typeof given !== 'function') throw new TypeError(`random must be a function returning numbers in [0, 1), received ${describeReceived(given)}`)
  const random = (given as (() => number) | undefined) ?? Math.random
  const { checked, open } = accepting(targets, ms)
  // One sort key per target in a typed array, and positions sorted by it: no object per target,
  // so a fleet of 100,000 costs a sort, not a garbage collection. The key is the priority's rank
  // among the priorities present (its integer part), then the race within the priority mapped
  // monotonically into [0, 0.5), or, for weight 0 — a second tier after every positive weight,
  // ordered by the uniform draw alone — into [0.5, 1).
  const count = open.length
  const rank = priorityRanks(open.map((i) => checked[i]!.priority))
  const keys = new Float64Array(count)
  for (let n = 0; n < count; n++) {
    const target = checked[open[n]!]!
    const u = drawUniform(random)
    const race = -Math.log1p(-u) / target.weight
    keys[n] = rank[n]! + (target.weight === 0 ? 0.5 + u / 2 : race / (1 + race) / 2)
  }
  const order = sortByKeys(keys)
  // The caller's own objects, in the order drawn.
  const result: Target[] = new Array<Target>(count)
  for (let n = 0; n < count; n++) result[n] = targets[open[order[n]!]!]!
  return result
}

/**
 * Each accepting target's exact probability of being tried first by `routingOrder`.
 *
 * Only the lowest priority among accepting targets can go first: there a target's share is its
 * weight over the group's total weight, or 1 / the group's size when every weight is 0 (and 0
 * for a weight-0 target beside positive weights). Every other accepting target gets 0.
 *
 * @param targets - typed targets (`parseTarget`)
 * @param at - the instant, a `Date` or epoch ms
 * @returns `{ target, share }` for each accepting target, in the order given; shares add up to 1,
 *   and the list is empty when none accepts
 * @throws {RangeError} for an invalid instant
 * @throws {BusinessHoursError} for a hand-built target that breaks a target rule (`targets[2].weight`)
 *
 * @example
 * // a (priority 1, weight 3), b (priority 1, weight 1), c (priority 2)
 * routingShares([a, b, c], Date.now()).map(({ target, share }) => [target.name, share])
 * //=> [['a', 0.75], ['b', 0.25], ['c', 0]]
 *
 * @example
 * // Edge: all weights 0 in the first priority: equally likely
 * routingShares([x0, y0], Date.now()).map(({ share }) => share)
 * //=> [0.5, 0.5]
 */
export function routingShares(targets: readonly Target[], at: Instant): RoutingShare[] {
  const ms = toEpochMs(at)
  const { checked, open } = accepting(targets, ms)
  const { shares } = firstAttemptShares(open.map((i) => checked[i]!))
  return open.map((i, k) => ({ target: targets[i]!, share: shares[k]! }))
}

/**
 * The rule of `routingShares`, on the accepting targets alone: the lowest priority among them is
 * tried first, and there each target's share is its weight over the tier's total weight (1 / the
 * tier's size when every weight is 0); every other target gets 0. Internal to the package.
 *
 * @returns the tier (null when none accepts) and the shares, in the order given
 */
export function firstAttemptShares(accepting: readonly { readonly priority: number; readonly weight: number }[]): { tier: number | null; shares: number[] } {
  if (accepting.length === 0) return { tier: null, shares: [] }
  let first = Infinity
  for (const target of accepting) first = Math.min(first, target.priority)
  let total = 0
  let groupSize = 0
  for (const target of accepting) {
    if (target.priority !== first) continue
    total += target.weight
    groupSize++
  }
  const shares = accepting.map((target) => (target.priority !== first ? 0 : total > 0 ? target.weight / total : 1 / groupSize))
  return { tier: first, shares }
}
