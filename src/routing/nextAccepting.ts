import { toEpochMs, wantsEpochMs, type Instant, type InstantOptions } from '../ground/instant'
import { TARGET_PATH, requireTarget } from './sealedTarget'
import type { Target } from './types'

/**
 * The earliest instant at or after `at` at which the target would take a call, if no new calls
 * arrive: business hours and the resets of time-based caps together.
 *
 * Each blocking Hourly, Daily or Monthly cap resets once, at `capResetsAt(type, at, zone)`, and
 * counts 0 from then on; so the answer is the first open instant of the business hours at or
 * after the latest of those resets (or after `at` when no cap blocks). `at` itself when the
 * target accepts now. Null when nothing but an outside action can change the answer: the target
 * is paused, hard-capped, or at its concurrency cap (which frees only when a call ends); or a
 * blocking cap is 0 (still full after it resets); or the business hours are never open.
 *
 * @param target - a typed target (`parseTarget`)
 * @param at - the instant, a `Date` or epoch ms
 * @param options - `{ epochMs: true }` (or `EPOCH_MS`): instants in the answer as epoch milliseconds, no `Date` built
 * @returns a new `Date`, or null
 * @throws {RangeError} for an invalid instant
 * @throws {BusinessHoursError} for a hand-built target that breaks a target rule (`target.weight`)
 *
 * @example
 * // Daily cap full at Monday 16:30 EST; Mon–Fri 09:00–17:00 New York. The cap resets at
 * // Tuesday 00:00 EST (05:00Z), when the target is closed; it opens Tuesday 09:00 EST.
 * nextAccepting(weekdays9to5DailyCapFull, Date.UTC(2026, 10, 30, 21, 30))
 * //=> 2026-12-01T14:00:00.000Z
 *
 * @example
 * // Edge: a paused target has no answer, whatever its hours
 * nextAccepting(parseTarget({ paused: true }), 0)
 * //=> null
 */
export function nextAccepting(target: Target, at: Instant): Date | null
export function nextAccepting(target: Target, at: Instant, options: InstantOptions & { readonly epochMs: true }): number | null
export function nextAccepting(target: Target, at: Instant, options?: InstantOptions): Date | number | null
export function nextAccepting(target: Target, at: Instant, options?: InstantOptions): Date | number | null {
  const ms = toEpochMs(at)
  const epochMs = wantsEpochMs(options)
  const working = requireTarget(target, TARGET_PATH)
  if (working.target.paused || working.hardCapBlocks || working.atConcurrencyCap || working.zeroCapBlocks) return null
  let from = ms
  for (const kind of working.blockingTimeKinds) {
    const reset = working.capResetAt(kind, ms)
    if (reset === null) return null
    from = Math.max(from, reset)
  }
  // On the hours and zone the target resolved when it was minted, in epoch ms until the answer.
  const found = working.nextInState(from, true)
  return found === null || epochMs ? found : new Date(found)
}
