import type { Issue } from '../ground/issues'

import type { InstantOptions, Span } from '../ground/instant'

export type { Span }

/** Options of `coverage` and `routingTimeline`. */
export interface CoverageOptions extends InstantOptions {
  /**
   * Take caps into account (default false): the `filled` counts are read as of `from`; a full Hard
   * cap (or a full cap of 0) blocks the whole range, a full Hourly/Daily/Monthly cap blocks until its
   * first reset after `from`, after which it is assumed empty.
   */
  readonly caps?: boolean
  /** Leave out targets that break a target rule, listing them in `skipped` (default false: throw). */
  readonly skipInvalid?: boolean
}

/** Options of `routingTimeline`: the same as `coverage`'s. */
export type RoutingTimelineOptions = CoverageOptions

/** The id a target is named by in a fleet's answers: the API's id. */
export type TargetId = number

/** A span with the same set of targets accepting calls throughout. */
export interface CoverageSegment<I extends Date | number = Date> {
  readonly start: I
  readonly end: I
  /** The ids of the targets accepting calls, in input order; empty in a gap. */
  readonly targets: readonly TargetId[]
}

/** A target left out by `skipInvalid`, with its index in the input and its issues. */
export interface SkippedTarget {
  readonly index: number
  readonly id: number | null
  readonly issues: readonly Issue[]
}

/** What `coverage` answers. */
export interface Coverage<I extends Date | number = Date> {
  readonly from: I
  readonly to: I
  /** The ids of the targets considered, in input order (those `skipped` left out). */
  readonly targets: readonly TargetId[]
  /** `[from, to)` cut into maximal spans with the same set of accepting targets. */
  readonly segments: readonly CoverageSegment<I>[]
  /** The spans where no target accepts calls. */
  readonly gaps: readonly Span<I>[]
  /** The targets left out (only with `skipInvalid`). */
  readonly skipped: readonly SkippedTarget[]
}

/** One target's share of first attempts in a span. */
export interface TimelineShare {
  readonly id: TargetId
  readonly share: number
}

/** A span with the same priority tier tried first and the same shares. */
export interface TimelineSegment<I extends Date | number = Date> {
  readonly start: I
  readonly end: I
  /** The priority tried first, or null in a gap. */
  readonly priority: number | null
  /** Each accepting target's share of first attempts (0 outside the first tier), in input order; empty in a gap. */
  readonly shares: readonly TimelineShare[]
}

/** What `routingTimeline` answers. */
export interface RoutingTimeline<I extends Date | number = Date> {
  readonly from: I
  readonly to: I
  readonly segments: readonly TimelineSegment<I>[]
  readonly skipped: readonly SkippedTarget[]
}

/** One target's figures in `coverageSummary`. */
export interface TargetCoverage {
  readonly id: TargetId
  /** Minutes the target accepts calls in the range. */
  readonly openMinutes: number
  /** Minutes it is the only target accepting (a single point of failure). */
  readonly soleMinutes: number
}

/** What `coverageSummary` answers: minutes, possibly fractional at the range's edges. */
export interface CoverageSummary<I extends Date | number = Date> {
  readonly totalMinutes: number
  /** Minutes at least one target accepts. */
  readonly coveredMinutes: number
  readonly gapMinutes: number
  /** The longest gap (the first of equals), or null when there is none. */
  readonly longestGap: Span<I> | null
  /** Minutes covered by exactly one target. */
  readonly singleMinutes: number
  readonly targets: readonly TargetCoverage[]
}

