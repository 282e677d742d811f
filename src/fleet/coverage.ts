import type { Instant } from '../ground/instant'
import type { Target } from '../routing/types'
import { readFleetOptions, readRange, sweepFleet } from './fleetSweep'
import type { Coverage, CoverageOptions, CoverageSegment, Span, TargetId } from './types'

/**
 * When no target takes calls, and who does, over a range: `[from, to)` cut into maximal spans with
 * the same set of targets accepting calls.
 *
 * A target accepts when it is open by its hours (and exceptions), on its own zone's wall clock, and
 * not paused; with `{ caps: true }` also when no cap blocks it — the `filled` counts as of `from`,
 * a full Hard cap (or a full cap of 0) blocking the whole range, a full Hourly, Daily or Monthly cap
 * blocking until its first reset after `from` and then assumed empty. Concurrency is a live count
 * and is not modelled. At any instant the answer is what `targetAvailability` says, concurrency
 * (and, without `caps`, caps) left out.
 *
 * @param targets - typed targets (`parseTarget`), each with an id; a `Calendar` schedule is honoured
 * @param from - the range's start
 * @param to - its end (excluded), after `from`, at most five years later
 * @param options - `caps`, `skipInvalid` (leave out, and list in `skipped`, targets that break a
 *   rule, instead of throwing), `epochMs` (instants as epoch ms)
 * @returns `{ from, to, targets, segments, gaps, skipped }` (`targets`: the ids considered): segments tile the range, each with the ids of
 *   the accepting targets in input order; gaps are the segments no target accepts in
 * @throws {RangeError} for invalid instants, `to` not after `from`, a range over five years, or a
 *   fleet whose answer would exceed 1,000,000 segments
 * @throws {BusinessHoursError} for targets that break a target rule, have no id or share one
 *   (`targets[2].id`), unless `skipInvalid`
 * @throws {TypeError} for options that are not `{ caps, skipInvalid, epochMs }` booleans
 *
 * @example
 * // Mon–Fri 09:00–17:00 in New York (target 1) and in Manila (target 2): Monday 2026-11-30, UTC
 * coverage([newYorkDesk, manilaDesk], Date.UTC(2026, 10, 30), Date.UTC(2026, 11, 1)).segments.map((s) => [s.start.toISOString().slice(11, 16), s.targets])
 * //=> [['00:00', []], ['01:00', [2]], ['09:00', []], ['14:00', [1]], ['22:00', []]]
 */
export function coverage(targets: readonly Target[], from: Instant, to: Instant, options: CoverageOptions & { readonly epochMs: true }): Coverage<number>
export function coverage(targets: readonly Target[], from: Instant, to: Instant, options?: CoverageOptions): Coverage
export function coverage(targets: readonly Target[], from: Instant, to: Instant, options?: CoverageOptions): Coverage<Date | number> {
  const { fromMs, toMs } = readRange(from, to)
  const read = readFleetOptions(options, 'coverage')
  const sweep = sweepFleet(targets, fromMs, toMs, read)
  const instant = read.epochMs ? (ms: number) => ms : (ms: number) => new Date(ms)
  // Each distinct set's ids once, frozen, shared by the segments that have it.
  const ids = sweep.sets.map((members): readonly TargetId[] => Object.freeze(members.map((i) => sweep.fleet[i]!.target.id!)))
  const segments: CoverageSegment<Date | number>[] = []
  const gaps: Span<Date | number>[] = []
  for (let i = 0; i < sweep.setOf.length; i++) {
    const start = instant(sweep.bounds[i]!)
    const end = instant(sweep.bounds[i + 1]!)
    const members = ids[sweep.setOf[i]!]!
    segments.push({ start, end, targets: members })
    if (members.length === 0) gaps.push({ start, end })
  }
  return { from: instant(fromMs), to: instant(toMs), targets: sweep.fleet.map((working) => working.target.id!), segments, gaps, skipped: sweep.skipped }
}
