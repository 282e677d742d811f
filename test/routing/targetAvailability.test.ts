/**
 * targetAvailability (issue 6): every reason a target cannot take a call, and when its caps reset.
 * Reset instants are worked out by hand from the clock readings in the comments (checked with Intl).
 *
 * Week minutes: Sunday 00:00 = 0, Monday = 1440, … Saturday = 8640.
 */
import fc from 'fast-check'
import { BusinessHoursError } from '../../src/ground/issues'
import { describe, expect, it } from 'vitest'
import { isOpen } from '../../src/query/isOpen'
import { capResetsAt } from '../../src/routing/capResetsAt'
import { parseTarget } from '../../src/routing/parseTarget'
import { targetAvailability } from '../../src/routing/targetAvailability'
import type { AvailabilityReason, CapType, Target } from '../../src/routing/types'
import type { WeeklySchedule } from '../../src/week/types'
import { oracleIsOpen, oracleNextClosing, oracleNextOpening } from '../oracles/wallClock'
import { EPOCH_MS } from '../../src/ground/instant'
import { toBusinessHours } from '../../src/records/toBusinessHours'
import { cap, makeTarget, runs, targetArb, zonedInstantArb } from './arbitraries'

/** Monday–Friday 09:00–17:00. */
const WEEKDAYS_9_TO_5: WeeklySchedule = { intervals: [1, 2, 3, 4, 5].map((d) => ({ start: d * 1440 + 540, end: d * 1440 + 1020 })) }

const NY = 'America/New_York'
const iso = (d: Date | null | undefined) => (d == null ? d : d.toISOString())
const resets = (target: Target, at: number) =>
  Object.fromEntries(Object.entries(targetAvailability(target, at).capResets).map(([k, v]) => [k, v.toISOString()]))

// Monday 2026-11-30 15:00Z is 10:00 EST.
const MONDAY_10_EST = Date.UTC(2026, 10, 30, 15)
const office = (overrides: Partial<Target> = {}) => makeTarget({ timeZone: NY, schedule: WEEKDAYS_9_TO_5, ...overrides })

describe('targetAvailability: one reason at a time', () => {
  it('accepts an open target with room: no reasons, no resets', () => {
    expect(targetAvailability(office(), MONDAY_10_EST)).toEqual({
      accepting: true,
      reasons: [],
      timeZone: NY,
      open: true,
      nextOpening: new Date(MONDAY_10_EST),
      // 17:00 EST
      nextClosing: new Date(Date.UTC(2026, 10, 30, 22)),
      capResets: {},
    })
  })

  it('paused', () => {
    const result = targetAvailability(office({ paused: true }), MONDAY_10_EST)
    expect(result).toMatchObject({ accepting: false, reasons: ['paused'], open: true })
  })

  it('closed: outside business hours on the local clock, with the next opening', () => {
    // Saturday 2026-11-28 12:00Z is 07:00 EST; it opens Monday 09:00 EST = 14:00Z.
    const result = targetAvailability(office(), Date.UTC(2026, 10, 28, 12))
    expect(result).toMatchObject({ accepting: false, reasons: ['closed'], open: false })
    expect(iso(result.nextOpening)).toBe('2026-11-30T14:00:00.000Z')
    expect(iso(result.nextClosing)).toBe('2026-11-28T12:00:00.000Z')
    // Monday 13:59Z is 08:59 EST: closed; 14:00Z is 09:00: open.
    expect(targetAvailability(office(), Date.UTC(2026, 10, 30, 13, 59)).reasons).toEqual(['closed'])
    expect(targetAvailability(office(), Date.UTC(2026, 10, 30, 14)).reasons).toEqual([])
  })

  it('hard_cap: blocks at filled >= cap, and never resets by itself', () => {
    const full = office({ caps: [cap('Hard', 100, 100)] })
    expect(targetAvailability(full, MONDAY_10_EST)).toMatchObject({ accepting: false, reasons: ['hard_cap'], capResets: {} })
    expect(targetAvailability(office({ caps: [cap('Hard', 100, 99)] }), MONDAY_10_EST).accepting).toBe(true)
    expect(targetAvailability(office({ caps: [cap('Hard', 100, 250)] }), MONDAY_10_EST).reasons).toEqual(['hard_cap'])
    // cap: null is no cap, however many calls were counted
    expect(targetAvailability(office({ caps: [cap('Hard', null, 10_000)] }), MONDAY_10_EST).accepting).toBe(true)
  })

  it('hourly_cap in New York at the fall-back: resets when the clock reads 01:00 EST again', () => {
    // 2026-11-01 05:30Z is 01:30 EDT; at 06:00Z, 01:59:59 EDT → 01:00:00 EST, a new hour.
    const target = makeTarget({ timeZone: NY, caps: [cap('Hourly', 10, 10)] })
    expect(targetAvailability(target, Date.UTC(2026, 10, 1, 5, 30))).toMatchObject({ accepting: false, reasons: ['hourly_cap'] })
    expect(resets(target, Date.UTC(2026, 10, 1, 5, 30))).toEqual({ hourly_cap: '2026-11-01T06:00:00.000Z' })
  })

  it('daily_cap in New York on the spring-forward day: the 9th starts at 00:00 EDT', () => {
    // 2026-03-08 06:30Z is 01:30 EST; that day has 23 hours; 9 March 00:00 EDT = 04:00Z.
    const target = makeTarget({ timeZone: NY, caps: [cap('Daily', 50, 50)] })
    expect(targetAvailability(target, Date.UTC(2026, 2, 8, 6, 30)).reasons).toEqual(['daily_cap'])
    expect(resets(target, Date.UTC(2026, 2, 8, 6, 30))).toEqual({ daily_cap: '2026-03-09T04:00:00.000Z' })
  })

  it('monthly_cap in Asia/Kathmandu: February starts 31 January 18:15Z', () => {
    const target = makeTarget({ timeZone: 'Asia/Kathmandu', caps: [cap('Monthly', 1000, 1000)] })
    expect(targetAvailability(target, Date.UTC(2026, 0, 5, 10, 20)).reasons).toEqual(['monthly_cap'])
    expect(resets(target, Date.UTC(2026, 0, 5, 10, 20))).toEqual({ monthly_cap: '2026-01-31T18:15:00.000Z' })
  })

  it('daily_cap where midnight does not exist: Havana begins 8 March 2026 at 01:00 CDT', () => {
    // 2026-03-08 01:00Z is 7 March 20:00 −5; at 05:00Z, 23:59:59 −5 → 01:00:00 −4.
    const target = makeTarget({ timeZone: 'America/Havana', caps: [cap('Daily', 5, 7)] })
    expect(resets(target, Date.UTC(2026, 2, 8, 1))).toEqual({ daily_cap: '2026-03-08T05:00:00.000Z' })
  })

  it('concurrency: blocks at calls_in_progress >= concurrency_cap', () => {
    expect(targetAvailability(office({ concurrencyCap: 2, callsInProgress: 2 }), MONDAY_10_EST).reasons).toEqual(['concurrency'])
    expect(targetAvailability(office({ concurrencyCap: 2, callsInProgress: 1 }), MONDAY_10_EST).reasons).toEqual([])
    expect(targetAvailability(office({ concurrencyCap: null, callsInProgress: 40 }), MONDAY_10_EST).reasons).toEqual([])
    // A concurrency cap of 0 never takes a call.
    expect(targetAvailability(office({ concurrencyCap: 0 }), MONDAY_10_EST).reasons).toEqual(['concurrency'])
  })
})

describe('targetAvailability: together', () => {
  it('lists every reason, in a fixed order, and a reset for each blocking time-based cap', () => {
    // Kathmandu, 2026-01-03 (a Saturday) 10:20Z = 16:05 +05:45, closed on weekends.
    const target = makeTarget({
      timeZone: 'Asia/Kathmandu',
      schedule: WEEKDAYS_9_TO_5,
      paused: true,
      concurrencyCap: 1,
      callsInProgress: 3,
      caps: [cap('Monthly', 9, 9), cap('Daily', 3, 3), cap('Hourly', 1, 1), cap('Hard', 5, 5)],
    })
    const at = Date.UTC(2026, 0, 3, 10, 20)
    const expected: AvailabilityReason[] = ['paused', 'closed', 'hard_cap', 'hourly_cap', 'daily_cap', 'monthly_cap', 'concurrency']
    expect(targetAvailability(target, at).reasons).toEqual(expected)
    // Hours start at :15 UTC; 4 January 00:00 +05:45 is 3 January 18:15Z.
    expect(resets(target, at)).toEqual({
      hourly_cap: '2026-01-03T11:15:00.000Z',
      daily_cap: '2026-01-03T18:15:00.000Z',
      monthly_cap: '2026-01-31T18:15:00.000Z',
    })
    // Monday 5 January 09:00 +05:45 = 03:15Z
    expect(iso(targetAvailability(target, at).nextOpening)).toBe('2026-01-05T03:15:00.000Z')
  })

  it('gives resets only for caps that block', () => {
    const target = makeTarget({ caps: [cap('Hourly', 10, 3), cap('Daily', 4, 4), cap('Monthly', null, 99)] })
    expect(resets(target, Date.UTC(2026, 5, 10, 12, 30))).toEqual({ daily_cap: '2026-06-11T00:00:00.000Z' })
  })

  it('blocks a type when any of its entries blocks', () => {
    const target = makeTarget({ caps: [cap('Daily', null, 4), cap('Daily', 4, 4)] })
    expect(targetAvailability(target, 0).reasons).toEqual(['daily_cap'])
  })

  it('works on a parsed target with a Rails zone name', () => {
    const target = parseTarget({ target: { time_zone: 'Eastern Time (US & Canada)', caps: [{ id: 34, type: 'Hourly', cap: 2, filled: 2 }] } })
    const result = targetAvailability(target, new Date('2026-11-01T05:30:00Z'))
    expect(result.timeZone).toBe(NY)
    expect(iso(result.capResets.hourly_cap)).toBe('2026-11-01T06:00:00.000Z')
    // Open 24/7: never closes
    expect(result.nextClosing).toBeNull()
  })

  it('throws RangeError for an invalid instant, and a located error for a hand-made target with an unknown zone', () => {
    expect(() => targetAvailability(office(), new Date(Number.NaN))).toThrow(RangeError)
    expect(() => targetAvailability(makeTarget({ timeZone: 'Mars/Olympus' }), 0)).toThrow(BusinessHoursError)
    expect(() => targetAvailability(makeTarget({ timeZone: 'Mars/Olympus' }), 0)).toThrow(/target\.timeZone: Unknown time zone "Mars\/Olympus"/)
  })
})

const ORDER: readonly AvailabilityReason[] = ['paused', 'closed', 'hard_cap', 'hourly_cap', 'daily_cap', 'monthly_cap', 'concurrency']
const TIME_CAPS: readonly [CapType, AvailabilityReason][] = [
  ['Hourly', 'hourly_cap'],
  ['Daily', 'daily_cap'],
  ['Monthly', 'monthly_cap'],
]

describe('targetAvailability properties', () => {
  it('reasons are empty exactly when accepting, in order, each once, and each one holds', () => {
    fc.assert(
      fc.property(targetArb(), zonedInstantArb, (target, { at }) => {
        const result = targetAvailability(target, at)
        expect(result.accepting).toBe(result.reasons.length === 0)
        expect([...result.reasons].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b))).toEqual(result.reasons)
        expect(new Set(result.reasons).size).toBe(result.reasons.length)
        // Each reason, from its definition (business hours against the Intl oracle).
        const blocks = (type: CapType) => target.caps.some((c) => c.type === type && c.cap !== null && c.filled >= c.cap)
        const expected = new Set<AvailabilityReason>()
        if (target.paused) expected.add('paused')
        if (!oracleIsOpen(target.schedule as WeeklySchedule, at, target.timeZone)) expected.add('closed')
        if (blocks('Hard')) expected.add('hard_cap')
        for (const [type, reason] of TIME_CAPS) if (blocks(type)) expected.add(reason)
        if (target.concurrencyCap !== null && target.callsInProgress >= target.concurrencyCap) expected.add('concurrency')
        expect(new Set(result.reasons)).toEqual(expected)
        expect(result.open).toBe(!expected.has('closed'))
        expect(result.open).toBe(isOpen(target.schedule, at, target.timeZone))
      }),
      runs(),
    )
  })

  it('capResets has exactly the blocking time-based caps, each at capResetsAt', () => {
    fc.assert(
      fc.property(targetArb(), zonedInstantArb, (target, { at }) => {
        const { reasons, capResets } = targetAvailability(target, at)
        const expected: Record<string, string | undefined> = {}
        for (const [type, reason] of TIME_CAPS) {
          if (reasons.includes(reason)) expected[reason] = capResetsAt(type, at, target.timeZone)!.toISOString()
        }
        expect(Object.fromEntries(Object.entries(capResets).map(([k, v]) => [k, v.toISOString()]))).toEqual(expected)
        for (const reset of Object.values(capResets)) expect(reset.getTime()).toBeGreaterThan(at)
      }),
      runs(),
    )
  })

  // Targets on the same hours and zone share their searches, and a search remembers its last answer
  // (src/routing/sealedTarget.ts): asked in any order — forward, back, repeated, across changes —
  // every target still answers as the independent oracle does.
  it('nextOpening, nextClosing and capResets hold for fleets sharing hours, asked at instants in any order', () => {
    const YEAR = 366 * 86_400_000
    const fleetArb = fc.record({
      weeks: fc.array(targetArb().map((target) => target.schedule as WeeklySchedule), { minLength: 1, maxLength: 3 }),
      zones: fc.uniqueArray(fc.constantFrom('America/New_York', 'Europe/London', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'UTC'), { minLength: 1, maxLength: 2 }),
      picks: fc.array(fc.record({ week: fc.nat(), zone: fc.nat(), hourly: fc.boolean(), daily: fc.boolean() }), { minLength: 2, maxLength: 8 }),
      start: fc.integer({ min: Date.UTC(2026, 0, 1) / 60_000, max: Date.UTC(2027, 0, 1) / 60_000 }).map((m) => m * 60_000),
      steps: fc.array(fc.integer({ min: -3 * 86_400_000, max: 3 * 86_400_000 }), { minLength: 1, maxLength: 12 }),
    })
    fc.assert(
      fc.property(fleetArb, ({ weeks, zones, picks, start, steps }) => {
        // Sealed once, as a router does: targets on the same week and zone share their working answers.
        const fleet = picks.map((pick, i) =>
          parseTarget({
            id: i + 1,
            time_zone: zones[pick.zone % zones.length]!,
            caps: [
              { type: 'Hourly', cap: 5, filled: pick.hourly ? 5 : 1 },
              { type: 'Daily', cap: 50, filled: pick.daily ? 50 : 1 },
            ],
            business_hours: toBusinessHours(weeks[pick.week % weeks.length]!),
          }),
        )
        let at = start
        for (const step of steps) {
          at += step
          for (const target of fleet) {
            const answer = targetAvailability(target, at, EPOCH_MS)
            const schedule = target.schedule as WeeklySchedule
            const opening = oracleNextOpening(schedule, at, target.timeZone, 2 * YEAR)
            const closing = oracleNextClosing(schedule, at, target.timeZone, 2 * YEAR)
            if (opening !== undefined) expect(answer.nextOpening).toBe(opening === null ? null : opening.getTime())
            if (closing !== undefined) expect(answer.nextClosing).toBe(closing === null ? null : closing.getTime())
            for (const [type, reason] of TIME_CAPS) {
              if (answer.reasons.includes(reason)) expect(answer.capResets[reason as 'hourly_cap']).toBe(capResetsAt(type, at, target.timeZone, EPOCH_MS))
            }
          }
        }
      }),
      { numRuns: Number(process.env.CALLHOURS_DEEP) ? 400 : 40 },
    )
  })
})

