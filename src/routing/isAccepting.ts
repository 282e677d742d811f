import { toEpochMs, wantsEpochMs, type Instant, type InstantOptions } from '../ground/instant'
import { acceptsOf } from './sealedTarget'
import type { Target } from './types'

/** Options of {@link isAccepting}: the instant options every instant-taking function reads (the answer is a boolean either way). */
export type IsAcceptingOptions = InstantOptions

/**
 * Whether a target takes a call at an instant — exactly `targetAvailability(target, at).accepting`
 * (not paused, open in its zone after its exceptions, no cap full, concurrency below its cap), with
 * no object and no `Date` built: the one question a router asks per target per call.
 *
 * @param target - a target from `parseTarget`
 * @param at - the instant (`Date` or epoch milliseconds)
 * @param options - read like every function's (`epochMs` changes nothing here: the answer is a boolean)
 * @returns true when the target takes the call
 * @throws {RangeError} for an invalid instant; {@link BusinessHoursError} for a hand-built target
 *
 * @example
 * isAccepting(weekdays9to5DailyCapFull, Date.UTC(2026, 10, 30, 15)) // Monday 10:00 in New York, Daily cap full
 * //=> false
 * isAccepting(newYorkDesk, Date.UTC(2026, 10, 30, 15)) //=> true
 *
 * @example
 * // Edge: a Saturday, and a paused target
 * isAccepting(newYorkDesk, Date.UTC(2026, 10, 28, 15)) //=> false
 * isAccepting(d, Date.UTC(2026, 10, 30, 15)) //=> false
 */
export function isAccepting(target: Target, at: Instant, options?: IsAcceptingOptions): boolean {
  const ms = toEpochMs(at)
  if (options !== undefined) wantsEpochMs(options)
  return acceptsOf(target)(ms)
}
