import type { Instant } from '../ground/instant'
import { firstAttemptShares } from '../routing/routingOrder'
import type { Target } from '../routing/types'
import { readFleetOptions, readRange, sweepFleet } from './fleetSweep'
import type { CoverageOptions, RoutingTimeline, RoutingTimelineOptions, TimelineSegment, TimelineShare } from './types'

/**
 * At most this many `{ id, share }` entries over all distinct sets of a timeline (about 60 bytes
 * each, so some 300 MB): past it, a `RangeError` rather than an out-of-memory death.
 *
 * @example
 * MAX_TIMELINE_SHARES //=> 5000000
 */
export const MAX_TIMELINE_SHARES = 5_000_000

/**
 * Who gets the calls, span by span: the priority tier tried first and each accepting target's share
 * of first attempts, exactly as `routingShares` gives at any instant inside the span (concurrency
 * left out; caps only with `{ caps: true }`, read as `coverage` reads them).
 *
 * @param targets - typed targets (`parseTarget`), each with an id
 * @param from - the range's start
 * @param to - its end (excluded), after `from`, at most five years later
 * @param options - as `coverage`'s: `caps`, `skipInvalid`, `epochMs`
 * @returns `{ from, to, segments, skipped }`: each segment `{ start, end, priority, shares }` with
 *   `shares` `{ id, share }` in input order (0 outside the first tier); `priority: null, shares: []`
 *   where no target accepts; adjacent segments with the same tier and shares are one
 * @throws {RangeError} as `coverage`, and for a timeline of more than 5,000,000 shares over its
 *   distinct sets (each set's shares are held once, shared by the segments that have it)
 * @throws {BusinessHoursError} as `coverage`
 * @throws {TypeError} as `coverage`
 *
 * @example
 * routingTimeline([newYorkDesk, manilaDesk], Date.UTC(2026, 10, 30, 2), Date.UTC(2026, 10, 30, 10)).segments.map((s) => [s.start.toISOString(), s.priority, s.shares])
 * //=> [['2026-11-30T02:00:00.000Z', 1, [{ id: 2, share: 1 }]], ['2026-11-30T09:00:00.000Z', null, []]]
 */
export function routingTimeline(targets: readonly Target[], from: Instant, to: Instant, options: RoutingTimelineOptions & { readonly epochMs: true }): RoutingTimeline<number>
export function routingTimeline(targets: readonly Target[], from: Instant, to: Instant, options?: RoutingTimelineOptions): RoutingTimeline
export function routingTimeline(targets: readonly Target[], from: Instant, to: Instant, options?: RoutingTimelineOptions): RoutingTimeline<Date | number> {
  const { fromMs, toMs } = readRange(from, to)
  const read = readFleetOptions(options, 'routingTimeline')
  const sweep = sweepFleet(targets, fromMs, toMs, read)
  const instant = read.epochMs ? (ms: number) => ms : (ms: number) => new Date(ms)
  // Each distinct set's tier and shares once: the shares name every accepting target, so two
  // neighbouring segments share them exactly when they share the set (and the sweep merged those).
  let shareCount = 0
  for (const members of sweep.sets) shareCount += members.length
  if (shareCount > MAX_TIMELINE_SHARES) {
    throw new RangeError(
      `the timeline would hold ${shareCount} shares over its ${sweep.sets.length} distinct sets of accepting targets, more than ${MAX_TIMELINE_SHARES}: ask for a shorter range or fewer targets`,
    )
  }
  const routes = sweep.sets.map((members) => {
    const { tier, shares } = firstAttemptShares(members.map((i) => sweep.fleet[i]!.target))
    return { priority: tier, shares: Object.freeze(members.map((i, k): TimelineShare => ({ id: sweep.fleet[i]!.target.id!, share: shares[k]! }))) }
  })
  const segments: TimelineSegment<Date | number>[] = []
  for (let i = 0; i < sweep.setOf.length; i++) {
    const route = routes[sweep.setOf[i]!]!
    segments.push({ start: instant(sweep.bounds[i]!), end: instant(sweep.bounds[i + 1]!), priority: route.priority, shares: route.shares })
  }
  return { from: instant(fromMs), to: instant(toMs), segments, skipped: sweep.skipped }
}
