import { toEpochMs, wantsEpochMs, type Instant, type InstantOptions } from '../ground/instant'
import { nextLocalBoundary } from '../zone/nextLocalBoundary'
import { zoneFor } from '../zone/resolveTimeZone'
import type { ZoneOffsets } from '../zone/zoneOffsets'
import { capKindOf, CAP_TYPES, type CapKind } from './caps'
import type { CapType } from './types'

/** Epoch ms at which a cap of this kind counted at `ms` resets, or null (Hard, or beyond the Date range). Internal. */
export function capResetMs(kind: CapKind, ms: number, zone: ZoneOffsets): number | null {
  return kind.unit === undefined ? null : nextLocalBoundary(zone, ms, kind.unit)
}

/**
 * The instant a cap resets by itself: the next start of a local hour (Hourly), day (Daily) or
 * month (Monthly) strictly after `at`, read on the wall clock of the target's zone.
 *
 * Local means the zone's clock, so in Asia/Kathmandu (+05:45) hours start at :15 UTC. Across
 * clock changes the period starts when the clock first shows it: a fall-back that sets the clock
 * back onto an hour starts a new hour (New York, 2026-11-01 06:00Z reads 01:00 EST again), and a
 * day whose midnight is skipped starts at the jump (Havana, 2026-03-08 05:00Z, when 23:59:59 −5
 * becomes 01:00 −4). A Hard cap never resets by itself (only `POST /targets/:id/reset_cap.json`).
 *
 * @param type - `'Hard'`, `'Hourly'`, `'Daily'` or `'Monthly'`
 * @param at - the instant, a `Date` or epoch ms; the answer is strictly later
 * @param options - `{ epochMs: true }` (or `EPOCH_MS`): instants in the answer as epoch milliseconds, no `Date` built
 * @param timeZone - an IANA id, `UTC`, or a Retreaver (Rails) zone name
 * @returns a new `Date`; null for Hard, or when the reset would lie past the `Date` range
 * @throws {RangeError} for an invalid instant, an unknown zone or an unknown cap type
 *
 * @example
 * // 10:20Z is 16:05 in Kathmandu; the next local hour, 17:00, is 11:15Z
 * capResetsAt('Hourly', Date.UTC(2026, 0, 5, 10, 20), 'Asia/Kathmandu')
 * //=> 2026-01-05T11:15:00.000Z
 * capResetsAt('Monthly', Date.UTC(2026, 0, 5, 10, 20), 'Asia/Kathmandu')
 * //=> 2026-01-31T18:15:00.000Z (1 February 00:00 +05:45)
 *
 * @example
 * // Edge: exactly at a local midnight, the reset is the next one; Hard never resets
 * capResetsAt('Daily', Date.UTC(2026, 10, 2, 5), 'America/New_York')
 * //=> 2026-11-03T05:00:00.000Z
 * capResetsAt('Hard', Date.now(), 'UTC')
 * //=> null
 */
export function capResetsAt(type: CapType, at: Instant, timeZone: string): Date | null
export function capResetsAt(type: CapType, at: Instant, timeZone: string, options: InstantOptions & { readonly epochMs: true }): number | null
export function capResetsAt(type: CapType, at: Instant, timeZone: string, options?: InstantOptions): Date | number | null
export function capResetsAt(type: CapType, at: Instant, timeZone: string, options?: InstantOptions): Date | number | null {
  const ms = toEpochMs(at)
  const epochMs = wantsEpochMs(options)
  const zone = zoneFor(timeZone)
  const kind = typeof type === 'string' ? capKindOf(type) : undefined
  if (kind === undefined) {
    throw new RangeError(`type must be one of ${CAP_TYPES.map((t) => JSON.stringify(t)).join(', ')}, received ${typeof type === 'string' ? JSON.stringify(type.slice(0, 40)) : typeof type}`)
  }
  const reset = capResetMs(kind, ms, zone)
  return reset === null ? null : epochMs ? reset : new Date(reset)
}
