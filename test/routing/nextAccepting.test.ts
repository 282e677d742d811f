/**
 * nextAccepting (issue 6): business hours and cap resets together. Expected instants are worked
 * out by hand from the clock readings in the comments (checked with Intl).
 *
 * Week minutes: Sunday 00:00 = 0, Monday = 1440, … Saturday = 8640.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isOpen } from '../../src/query/isOpen'
import { capResetsAt } from '../../src/routing/capResetsAt'
import { nextAccepting } from '../../src/routing/nextAccepting'
import { targetAvailability } from '../../src/routing/targetAvailability'
import type { Target, TimeCapType } from '../../src/routing/types'
import type { WeeklySchedule } from '../../src/week/types'
import { oracleIsOpen } from '../oracles/wallClock'
import { DAY_MS, MINUTE_MS, cap, hopefulTargetArb, makeTarget, runs, targetArb, zonedInstantArb } from './arbitraries'

const WEEKDAYS_9_TO_5: WeeklySchedule = { intervals: [1, 2, 3, 4, 5].map((d) => ({ start: d * 1440 + 540, end: d * 1440 + 1020 })) }
const NY = 'America/New_York'
const office = (overrides: Partial<Target> = {}) => makeTarget({ timeZone: NY, schedule: WEEKDAYS_9_TO_5, ...overrides })
const iso = (d: Date | null) => (d === null ? null : d.toISOString())

// Monday 2026-11-30: 15:00Z is 10:00 EST, 21:30Z is 16:30 EST.
const MONDAY_10_EST = Date.UTC(2026, 10, 30, 15)
const MONDAY_1630_EST = Date.UTC(2026, 10, 30, 21, 30)

describe('nextAccepting', () => {
  it('is `at` itself when the target accepts now', () => {
    expect(iso(nextAccepting(office(), MONDAY_10_EST))).toBe('2026-11-30T15:00:00.000Z')
  })

  it('is the next opening when only closed', () => {
    // Saturday 2026-11-28 12:00Z; Monday 09:00 EST = 14:00Z.
    expect(iso(nextAccepting(office(), Date.UTC(2026, 10, 28, 12)))).toBe('2026-11-30T14:00:00.000Z')
  })

  it('is null when paused, hard-capped or at the concurrency cap, even if also closed', () => {
    const saturday = Date.UTC(2026, 10, 28, 12)
    for (const target of [
      office({ paused: true }),
      office({ caps: [cap('Hard', 10, 10)] }),
      office({ concurrencyCap: 1, callsInProgress: 1 }),
      office({ paused: true, caps: [cap('Hourly', 1, 1)] }),
    ]) {
      expect(nextAccepting(target, MONDAY_10_EST)).toBeNull()
      expect(nextAccepting(target, saturday)).toBeNull()
    }
  })

  it('is null when the business hours are never open, or a blocking cap is 0', () => {
    expect(nextAccepting(makeTarget({ schedule: { intervals: [] } }), 0)).toBeNull()
    // A cap of 0 is still full after it resets.
    expect(nextAccepting(makeTarget({ caps: [cap('Daily', 0, 0)] }), 0)).toBeNull()
    // …but a cap of 0 that is not there does not matter: cap null
    expect(iso(nextAccepting(makeTarget({ caps: [cap('Daily', null, 0)] }), 0))).toBe('1970-01-01T00:00:00.000Z')
  })

  it('an hourly cap in Kathmandu, open 24/7: the next local hour, at :15 UTC', () => {
    // 10:20Z = 16:05 +05:45 → 17:00 +05:45 = 11:15Z
    const target = makeTarget({ timeZone: 'Asia/Kathmandu', caps: [cap('Hourly', 10, 10)] })
    expect(iso(nextAccepting(target, Date.UTC(2026, 0, 5, 10, 20)))).toBe('2026-01-05T11:15:00.000Z')
  })

  it('a cap that resets while closed: the next opening after the reset', () => {
    // Daily cap full at Monday 16:30 EST: resets Tuesday 00:00 EST (05:00Z), closed then;
    // opens Tuesday 09:00 EST = 14:00Z.
    expect(iso(nextAccepting(office({ caps: [cap('Daily', 5, 5)] }), MONDAY_1630_EST))).toBe('2026-12-01T14:00:00.000Z')
    // Hourly cap full at Monday 16:30 EST: resets 17:00 EST, the closing minute; same answer.
    expect(iso(nextAccepting(office({ caps: [cap('Hourly', 5, 5)] }), MONDAY_1630_EST))).toBe('2026-12-01T14:00:00.000Z')
    // At 10:00 EST, the hourly reset at 11:00 EST (16:00Z) falls in the open hours.
    expect(iso(nextAccepting(office({ caps: [cap('Hourly', 5, 5)] }), MONDAY_10_EST))).toBe('2026-11-30T16:00:00.000Z')
  })

  it('several blocking caps: the latest reset, then the next opening', () => {
    // Hourly resets 11:00 EST, daily at Tuesday 00:00 EST; Tuesday 09:00 EST = 14:00Z.
    const target = office({ caps: [cap('Hourly', 1, 1), cap('Daily', 2, 2)] })
    expect(iso(nextAccepting(target, MONDAY_10_EST))).toBe('2026-12-01T14:00:00.000Z')
  })

  it('a monthly cap: December 2026 starts on a Tuesday, 00:00 EST = 05:00Z; opens 09:00 EST', () => {
    const target = office({ caps: [cap('Monthly', 100, 100)] })
    expect(iso(nextAccepting(target, MONDAY_10_EST))).toBe('2026-12-01T14:00:00.000Z')
    // November 2026 starts on a Sunday (00:00 EDT = 04:00Z); the office opens Monday 2 November
    // 09:00 EST = 14:00Z (after the fall-back).
    expect(iso(nextAccepting(target, Date.UTC(2026, 9, 15, 15)))).toBe('2026-11-02T14:00:00.000Z')
  })

  it('across the New York fall-back: an hourly cap resets at the repeated 01:00', () => {
    // 2026-11-01 05:30Z is 01:30 EDT; open 24/7; at 06:00Z the clock reads 01:00:00 EST.
    const target = makeTarget({ timeZone: NY, caps: [cap('Hourly', 3, 3)] })
    expect(iso(nextAccepting(target, Date.UTC(2026, 10, 1, 5, 30)))).toBe('2026-11-01T06:00:00.000Z')
  })

  it('across a skipped midnight: Havana, 8 March 2026 begins at the jump, 05:00Z', () => {
    // Open Sundays only; 2026-03-08 is a Sunday. 01:00Z is Saturday 20:00 −5: closed and capped.
    const sundays: WeeklySchedule = { intervals: [{ start: 0, end: 1440 }] }
    const target = makeTarget({ timeZone: 'America/Havana', schedule: sundays, caps: [cap('Daily', 1, 1)] })
    expect(iso(nextAccepting(target, Date.UTC(2026, 2, 8, 1)))).toBe('2026-03-08T05:00:00.000Z')
  })
})

/** Whether the target takes a call at `t ≥ at`, if each blocking time-based cap resets once at its capResetsAt. */
function acceptsLater(target: Target, at: number, resets: ReadonlyMap<TimeCapType, number | null>, t: number): boolean {
  if (target.paused) return false
  if (target.concurrencyCap !== null && target.callsInProgress >= target.concurrencyCap) return false
  for (const c of target.caps) {
    if (c.cap === null || c.filled < c.cap) continue
    if (c.type === 'Hard') return false
    const reset = resets.get(c.type)
    // After its reset a cap counts 0, which blocks only a cap of 0.
    if (reset === null || reset === undefined || t < reset || c.cap === 0) return false
  }
  return isOpen(target.schedule, t, target.timeZone)
}

/** How far the properties step minute by minute. */
const SPAN_MS = 9 * DAY_MS

describe('nextAccepting properties', () => {
  it('accepts at the answer and at no whole minute before it (Hourly and Daily caps)', () => {
    fc.assert(
      fc.property(fc.oneof(targetArb({ capTypes: ['Hard', 'Hourly', 'Daily'] }), hopefulTargetArb), zonedInstantArb, (target, { at }) => {
        const found = nextAccepting(target, at)
        const resets = new Map<TimeCapType, number | null>(
          (['Hourly', 'Daily'] as const).map((type) => [type, capResetsAt(type, at, target.timeZone)?.getTime() ?? null]),
        )
        const end = found === null ? at + SPAN_MS : Math.min(found.getTime(), at + SPAN_MS)
        expect(acceptsLater(target, at, resets, at) && found?.getTime() !== at).toBe(false)
        for (let t = Math.floor(at / MINUTE_MS) * MINUTE_MS + MINUTE_MS; t < end; t += MINUTE_MS) {
          if (acceptsLater(target, at, resets, t)) throw new Error(`accepts at ${new Date(t).toISOString()}, before ${found === null ? 'never' : found.toISOString()}`)
        }
        if (found === null) return
        const f = found.getTime()
        expect(f).toBeGreaterThanOrEqual(at)
        expect(acceptsLater(target, at, resets, f)).toBe(true)
        // Open on the local clock as Intl reads it, too.
        expect(oracleIsOpen(target.schedule as WeeklySchedule, f, target.timeZone)).toBe(true)
        // And targetAvailability agrees once the caps are counted afresh.
        const reset = { ...target, caps: target.caps.map((c) => (c.type !== 'Hard' && c.cap !== null && c.filled >= c.cap ? { ...c, filled: 0 } : c)) }
        expect(targetAvailability(reset, f).accepting).toBe(true)
        if (f === at) expect(targetAvailability(target, at).accepting).toBe(true)
      }),
      runs(),
    )
  })

  it('is null exactly when paused, hard-capped, at concurrency, a blocking cap is 0, or never open', () => {
    fc.assert(
      fc.property(targetArb(), zonedInstantArb, (target, { at }) => {
        const blocking = target.caps.filter((c) => c.cap !== null && c.filled >= c.cap)
        const hopeless =
          target.paused ||
          blocking.some((c) => c.type === 'Hard' || c.cap === 0) ||
          (target.concurrencyCap !== null && target.callsInProgress >= target.concurrencyCap) ||
          (target.schedule as WeeklySchedule).intervals.length === 0
        expect(nextAccepting(target, at) === null).toBe(hopeless)
      }),
      runs(),
    )
  })
})
