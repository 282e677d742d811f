import type { Issue } from '../ground/issues'
import type { Hours } from '../calendar/types'

/** The kinds of cap the API keeps on a target (`caps[].type`). */
export type CapType = 'Hard' | 'Hourly' | 'Daily' | 'Monthly'

/** The cap kinds that reset by themselves with the local clock. `Hard` resets only through the API. */
export type TimeCapType = Exclude<CapType, 'Hard'>

/**
 * One cap of a target, as the API returns it in `target.caps`.
 *
 * It blocks when `cap` is a number and `filled >= cap`; `cap: null` is no cap. A cap of 0 blocks
 * even after it resets.
 */
export interface Cap {
  /** The API's id of the cap, or null when not given. */
  readonly id: number | null
  readonly type: CapType
  /** The most calls allowed in the cap's period, or null for no cap. */
  readonly cap: number | null
  /** Calls counted in the current period. */
  readonly filled: number
}

/**
 * A target, typed and checked (`parseTarget`): what routing needs to know about it.
 *
 * Field names are the library's (camelCase); `parseTarget` reads them from the API's snake_case.
 */
export interface Target {
  /** The API's id, or null when not given. */
  readonly id: number | null
  readonly name: string | null
  /** The phone number or SIP address calls go to, or null when not given. */
  readonly number: string | null
  /** The IANA id of the target's zone (a Rails name such as "Eastern Time (US & Canada)" is resolved). */
  readonly timeZone: string
  /**
   * When the target takes calls, as local wall-clock minutes of the week — a `Calendar` when it
   * was read with exceptions (`parseTarget(doc, { exceptions })`).
   */
  readonly schedule: Hours
  readonly paused: boolean
  /** At most this many calls at once, or null for no limit. */
  readonly concurrencyCap: number | null
  readonly callsInProgress: number
  /** Lower is tried first; negative values are allowed. */
  readonly priority: number
  /** Share of calls within a priority, relative to the others; 0 is tried only after every positive weight. */
  readonly weight: number
  readonly caps: readonly Cap[]
}

/** Why a target does not take a call now. */
export type AvailabilityReason =
  | 'paused'
  | 'closed'
  | 'hard_cap'
  | 'hourly_cap'
  | 'daily_cap'
  | 'monthly_cap'
  | 'concurrency'

/** The reasons that a time-based cap gives. */
export type TimeCapReason = 'hourly_cap' | 'daily_cap' | 'monthly_cap'

/** For each blocking time-based cap, the instant it resets. Keys of caps that do not block are absent. */
export type CapResets<I extends Date | number = Date> = { readonly [reason in TimeCapReason]?: I }

/** What `targetAvailability` finds at one instant. */
export interface TargetAvailability<I extends Date | number = Date> {
  /** True exactly when `reasons` is empty. */
  readonly accepting: boolean
  /** Every reason that applies, in the order of `AvailabilityReason`. */
  readonly reasons: readonly AvailabilityReason[]
  /** The target's zone (IANA id). */
  readonly timeZone: string
  /** Whether the business hours are open now. */
  readonly open: boolean
  /** As `nextOpening`: `at` itself when open now; null when never open. */
  readonly nextOpening: I | null
  /** As `nextClosing`: `at` itself when closed now; null when open 24/7. */
  readonly nextClosing: I | null
  readonly capResets: CapResets<I>
}

/** The outcome of `validateTarget`: the typed target, or every error found. Warnings either way. */
export type TargetValidationResult =
  | { readonly ok: true; readonly target: Target; readonly warnings: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[]; readonly warnings: readonly Issue[] }
