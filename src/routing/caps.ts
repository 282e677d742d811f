import type { LocalUnit } from '../zone/nextLocalBoundary'
import type { AvailabilityReason, CapType } from './types'

/** Everything the library knows about one kind of cap, in one place. */
export interface CapKind {
  /** `caps[].type` as the API returns it. */
  readonly type: CapType
  /** The key of `buildTargetUpdate`'s `caps` option. */
  readonly key: 'hard' | 'hourly' | 'daily' | 'monthly'
  /** The field of a PUT/POST body that sets it. */
  readonly field: 'hard_cap_attributes' | 'hourly_cap_attributes' | 'daily_cap_attributes' | 'monthly_cap_attributes'
  /** The reason `targetAvailability` gives while it blocks. */
  readonly reason: Extract<AvailabilityReason, `${string}_cap`>
  /** The local period after which it resets by itself; none for Hard (only the API resets it). */
  readonly unit: LocalUnit | undefined
}

/** The cap kinds, in the order their reasons are listed. Internal to the package. */
export const CAP_KINDS: readonly CapKind[] = Object.freeze([
  Object.freeze({ type: 'Hard', key: 'hard', field: 'hard_cap_attributes', reason: 'hard_cap', unit: undefined }),
  Object.freeze({ type: 'Hourly', key: 'hourly', field: 'hourly_cap_attributes', reason: 'hourly_cap', unit: 'hour' }),
  Object.freeze({ type: 'Daily', key: 'daily', field: 'daily_cap_attributes', reason: 'daily_cap', unit: 'day' }),
  Object.freeze({ type: 'Monthly', key: 'monthly', field: 'monthly_cap_attributes', reason: 'monthly_cap', unit: 'month' }),
] as const)

/** The `caps[].type` values, in order. */
export const CAP_TYPES: readonly CapType[] = Object.freeze(CAP_KINDS.map((kind) => kind.type))


/** The kind of a cap type, or undefined for a string that is none. */
export function capKindOf(type: string): CapKind | undefined {
  return CAP_KINDS.find((kind) => kind.type === type)
}
