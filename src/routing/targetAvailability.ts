import { toEpochMs, wantsEpochMs, type Instant, type InstantOptions } from '../ground/instant'
import { TARGET_PATH, requireTarget, type WorkingTarget } from './sealedTarget'
import type { AvailabilityReason, Target, TargetAvailability, TimeCapReason } from './types'

/**
 * Every reason the target does not take a call at `ms`, in `AvailabilityReason` order; `open` is
 * whether its business hours are open then. Cheap (no search): routing calls it per target. Internal.
 */
export function reasonsAt(working: WorkingTarget, ms: number): { reasons: AvailabilityReason[]; open: boolean } {
  const open = working.openAt(ms)
  // Most targets asked about take the call: an empty literal then, with no backing store to grow.
  if (open && !working.blocks) return { reasons: [], open }
  const reasons: AvailabilityReason[] = []
  if (working.target.paused) reasons.push('paused')
  if (!open) reasons.push('closed')
  for (const reason of working.capReasons) reasons.push(reason)
  if (working.atConcurrencyCap) reasons.push('concurrency')
  return { reasons, open }
}

/** Whether the target takes a call at `ms`: `reasonsAt` without building the reasons. Internal. */
export function acceptsAt(working: WorkingTarget, ms: number): boolean {
  return !working.blocks && working.openAt(ms)
}

/**
 * Whether a target can take a call at an instant, every reason it cannot, and until when.
 *
 * The reasons, in this order: `paused`; `closed` (outside business hours in the target's zone);
 * `hard_cap`, `hourly_cap`, `daily_cap`, `monthly_cap` (a cap blocks when `cap` is a number and
 * `filled >= cap`); `concurrency` (`calls_in_progress >= concurrency_cap`). The counts are taken
 * as they stand at `at`. `capResets` has one key per blocking time-based cap — `hourly_cap`,
 * `daily_cap`, `monthly_cap` — with the instant it resets (`capResetsAt`); a Hard cap has none.
 *
 * @param target - a typed target (`parseTarget`)
 * @param at - the instant, a `Date` or epoch ms
 * @param options - `{ epochMs: true }` (or `EPOCH_MS`): instants in the answer as epoch milliseconds, no `Date` built
 * @returns `{ accepting, reasons, timeZone, open, nextOpening, nextClosing, capResets }`;
 *   `nextOpening`/`nextClosing` are those of the business hours alone, as `nextOpening` and
 *   `nextClosing` answer them (`at` itself when already open/closed)
 * @throws {RangeError} for an invalid instant
 * @throws {BusinessHoursError} for a hand-built target that breaks a target rule (`target.weight`)
 *
 * @example
 * // Open 24/7 in Kathmandu, hourly cap 10 with 10 calls: blocked until the next local hour
 * targetAvailability(parseTarget({ time_zone: 'Asia/Kathmandu',
 *   caps: [{ type: 'Hourly', cap: 10, filled: 10 }] }), Date.UTC(2026, 0, 5, 10, 20))
 * //=> { accepting: false, reasons: ['hourly_cap'], timeZone: 'Asia/Kathmandu', open: true,
 * //     nextOpening: 2026-01-05T10:20:00.000Z, nextClosing: null,
 * //     capResets: { hourly_cap: 2026-01-05T11:15:00.000Z } }
 *
 * @example
 * // Edge: every reason is listed, not just the first
 * targetAvailability(parseTarget({ paused: true, business_hours: [{ day_of_week: 1, work_day: false }],
 *   concurrency_cap: 0, caps: [{ type: 'Hard', cap: 0, filled: 0 }] }), 0)
 * //=> { accepting: false, reasons: ['paused', 'closed', 'hard_cap', 'concurrency'], timeZone: 'UTC',
 * //     open: false, nextOpening: null, nextClosing: 1970-01-01T00:00:00.000Z, capResets: {} }
 */
export function targetAvailability(target: Target, at: Instant): TargetAvailability
export function targetAvailability(target: Target, at: Instant, options: InstantOptions & { readonly epochMs: true }): TargetAvailability<number>
export function targetAvailability(target: Target, at: Instant, options?: InstantOptions): TargetAvailability<Date | number>
export function targetAvailability(target: Target, at: Instant, options?: InstantOptions): TargetAvailability<Date | number> {
  const ms = toEpochMs(at)
  const epochMs = wantsEpochMs(options)
  const working = requireTarget(target, TARGET_PATH)
  const { reasons, open } = reasonsAt(working, ms)
  // The hours and zone the target resolved when it was minted: no lookup by schedule or zone name.
  // Open now answers nextOpening (`at` itself) and closed now answers nextClosing, so one search is
  // left; instants stay epoch ms until the answer, which makes a `Date` only when asked for them.
  const nextOpeningMs = open ? ms : working.nextInState(ms, true)
  const nextClosingMs = open ? working.nextInState(ms, false) : ms
  const capResets: { -readonly [reason in TimeCapReason]?: Date | number } = {}
  for (const kind of working.blockingTimeKinds) {
    const reset = working.capResetAt(kind, ms)
    if (reset !== null) capResets[kind.reason as TimeCapReason] = epochMs ? reset : new Date(reset)
  }
  return {
    accepting: reasons.length === 0,
    reasons,
    timeZone: working.zoneId,
    open,
    nextOpening: nextOpeningMs === null || epochMs ? nextOpeningMs : new Date(nextOpeningMs),
    nextClosing: nextClosingMs === null || epochMs ? nextClosingMs : new Date(nextClosingMs),
    capResets,
  }
}
