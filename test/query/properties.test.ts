/**
 * Properties of the time queries against the brute-force oracle (test/oracles/wallClock.ts), for
 * random schedules, random instants 1970–2037 and instants within hours of real offset transitions,
 * over the zones the issue names. `CALLHOURS_DEEP=1` (npm run test:deep) runs many more cases.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isOpen, nextChange, nextClosing, nextOpening, openIntervals } from '../../src/index'
import type { WeeklySchedule } from '../../src/week/types'
import {
  oracleIsOpen,
  oracleNextChange,
  oracleNextClosing,
  oracleNextOpening,
  localWeekMinute as oracleLocalMinute,
  oracleOpenIntervals,
  type OracleAnswer,
} from '../oracles/wallClock'
import {
  DAY_MS,
  HOUR_MS,
  MINUTE_MS,
  QUERY_ZONES,
  caseArb,
  complement as complementOf,
  scheduleArb,
  transitionsOf,
  wideInstantArb,
  zoneArb,
} from './arbitraries'

const DEEP = Number(process.env.CALLHOURS_DEEP) > 0
const runs = (small: number, big: number) => ({ numRuns: DEEP ? big : small })

/** The oracle walks minute by minute; three weeks covers every nonempty schedule's next answer. */
const HORIZON_MS = 21 * DAY_MS

const iso = (t: number) => new Date(t).toISOString()

/** Compares an implementation answer with the oracle's; `undefined` means "not within the horizon". */
function expectSameAnswer(got: Date | null, expected: OracleAnswer, at: number, what: string, horizonMs = HORIZON_MS): void {
  if (expected === undefined) {
    // The oracle gave up: the answer must exist and lie beyond its horizon.
    expect(got, what).toBeInstanceOf(Date)
    expect(got!.getTime(), what).toBeGreaterThanOrEqual(at + horizonMs)
    return
  }
  if (expected === null) {
    expect(got, what).toBeNull()
    return
  }
  expect(got === null ? null : iso(got.getTime()), what).toBe(iso(expected.getTime()))
}

const describeCase = (c: { zone: string; at: number; schedule: WeeklySchedule }) =>
  `${c.zone} at ${iso(c.at)} (${c.at}) schedule ${JSON.stringify(c.schedule.intervals)}`

describe('transitions used by the properties', () => {
  it('are found for every DST zone in the list (sanity check of the generator)', () => {
    for (const zone of QUERY_ZONES) {
      const count = transitionsOf(zone).length
      // Kathmandu changed once (1986); every other zone has observed DST at some point since 1970.
      expect(count, zone).toBeGreaterThanOrEqual(1)
    }
    expect(transitionsOf('America/New_York').length).toBeGreaterThan(100)
  })
})

describe('queries agree with the oracle', () => {
  it('isOpen', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        expect(isOpen(c.schedule, c.at, c.zone), describeCase(c)).toBe(oracleIsOpen(c.schedule, c.at, c.zone))
        expect(isOpen(c.schedule, new Date(c.at), c.zone), describeCase(c)).toBe(oracleIsOpen(c.schedule, c.at, c.zone))
      }),
      runs(400, 20_000),
    )
  })

  it.each([
    ['nextOpening', nextOpening, oracleNextOpening],
    ['nextClosing', nextClosing, oracleNextClosing],
    ['nextChange', nextChange, oracleNextChange],
  ] as const)('%s', (_name, query, oracle) => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const expected = oracle(c.schedule, c.at, c.zone, HORIZON_MS)
        expectSameAnswer(query(c.schedule, c.at, c.zone), expected, c.at, describeCase(c))
      }),
      runs(100, 3_000),
    )
  })

  it('openIntervals over up to two days', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 0, max: 2 * DAY_MS }), (c, length) => {
        const from = c.at - Math.floor(length / 2)
        const to = from + length
        const got = openIntervals(c.schedule, from, to, c.zone).map((s) => [iso(s.start.getTime()), iso(s.end.getTime())])
        const expected = oracleOpenIntervals(c.schedule, from, to, c.zone).map((s) => [
          iso(s.start.getTime()),
          iso(s.end.getTime()),
        ])
        expect(got, `${describeCase(c)} from ${iso(from)} to ${iso(to)}`).toEqual(expected)
      }),
      runs(40, 1_500),
    )
  })
})

describe('outside 1970–2037: 1850–2200, negative epoch ms and local mean time', () => {
  it('isOpen, nextOpening and nextClosing agree with the oracle', () => {
    fc.assert(
      fc.property(zoneArb, wideInstantArb, scheduleArb, (zone, at, schedule) => {
        const c = { zone, at, schedule }
        expect(isOpen(schedule, at, zone), describeCase(c)).toBe(oracleIsOpen(schedule, at, zone))
        expectSameAnswer(nextOpening(schedule, at, zone), oracleNextOpening(schedule, at, zone, HORIZON_MS), at, describeCase(c))
        expectSameAnswer(nextClosing(schedule, at, zone), oracleNextClosing(schedule, at, zone, HORIZON_MS), at, describeCase(c))
      }),
      runs(60, 2_000),
    )
  })
})

describe('derived facts, checked with the oracle at sample points', () => {
  it('nextOpening(t) is open, and nothing in [t, nextOpening(t)) is', () => {
    fc.assert(
      fc.property(caseArb, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 20 }), (c, fractions) => {
        const opening = nextOpening(c.schedule, c.at, c.zone)
        const label = describeCase(c)
        if (opening === null) {
          expect(c.schedule.intervals, label).toEqual([])
          return
        }
        const t = opening.getTime()
        expect(t, label).toBeGreaterThanOrEqual(c.at)
        expect(oracleIsOpen(c.schedule, t, c.zone), `${label}: open at ${iso(t)}`).toBe(true)
        expect(isOpen(c.schedule, t, c.zone), label).toBe(true)
        if (t > c.at) {
          const samples = [c.at, t - 1, ...fractions.map((f) => c.at + Math.floor(f * (t - c.at)))]
          for (const s of samples) {
            if (s >= t) continue
            expect(oracleIsOpen(c.schedule, s, c.zone), `${label}: closed at ${iso(s)}`).toBe(false)
            expect(isOpen(c.schedule, s, c.zone), `${label}: closed at ${iso(s)}`).toBe(false)
          }
        }
      }),
      runs(60, 3_000),
    )
  })

  it('nextClosing(t) is closed, and everything in [t, nextClosing(t)) is open', () => {
    fc.assert(
      fc.property(caseArb, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 20 }), (c, fractions) => {
        const closing = nextClosing(c.schedule, c.at, c.zone)
        const label = describeCase(c)
        if (closing === null) {
          expect(c.schedule.intervals, label).toEqual([{ start: 0, end: 10080 }])
          return
        }
        const t = closing.getTime()
        expect(t, label).toBeGreaterThanOrEqual(c.at)
        expect(oracleIsOpen(c.schedule, t, c.zone), `${label}: closed at ${iso(t)}`).toBe(false)
        for (const s of [c.at, t - 1, ...fractions.map((f) => c.at + Math.floor(f * (t - c.at)))]) {
          if (s < c.at || s >= t) continue
          expect(oracleIsOpen(c.schedule, s, c.zone), `${label}: open at ${iso(s)}`).toBe(true)
        }
      }),
      runs(60, 3_000),
    )
  })

  it('nextChange(t) is where the state flips (not 1 ms before), and equals nextClosing or nextOpening', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const change = nextChange(c.schedule, c.at, c.zone)
        const label = describeCase(c)
        const openNow = oracleIsOpen(c.schedule, c.at, c.zone)
        if (change === null) {
          const neverOrAlways =
            c.schedule.intervals.length === 0 ||
            (c.schedule.intervals.length === 1 && c.schedule.intervals[0]!.start === 0 && c.schedule.intervals[0]!.end === 10080)
          expect(neverOrAlways, label).toBe(true)
          return
        }
        const t = change.getTime()
        expect(t, label).toBeGreaterThan(c.at)
        expect(oracleIsOpen(c.schedule, t, c.zone), label).toBe(!openNow)
        expect(oracleIsOpen(c.schedule, t - 1, c.zone), label).toBe(openNow)
        // Consistent with the other two queries.
        const other = openNow ? nextClosing(c.schedule, c.at, c.zone) : nextOpening(c.schedule, c.at, c.zone)
        expect(other?.getTime(), label).toBe(t)
      }),
      runs(60, 3_000),
    )
  })

  it('openIntervals agrees with isOpen at random points, and its spans are sorted, disjoint and maximal', () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.oneof(fc.integer({ min: 1, max: 10 * DAY_MS }), fc.integer({ min: 1, max: 400 * DAY_MS })),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), { minLength: 1, maxLength: 40 }),
        (c, length, fractions) => {
          const from = c.at
          const to = c.at + length
          const spans = openIntervals(c.schedule, from, to, c.zone).map((s) => ({ start: s.start.getTime(), end: s.end.getTime() }))
          const label = `${describeCase(c)} from ${iso(from)} to ${iso(to)} spans ${JSON.stringify(spans.map((s) => [iso(s.start), iso(s.end)]))}`
          let previousEnd = -Infinity
          for (const s of spans) {
            expect(s.start, label).toBeGreaterThanOrEqual(from)
            expect(s.end, label).toBeLessThanOrEqual(to)
            expect(s.start, label).toBeLessThan(s.end)
            // Disjoint and not touching: two touching spans would be one maximal span.
            expect(s.start, label).toBeGreaterThan(previousEnd)
            previousEnd = s.end
            // Maximal: closed just before the start (unless clipped by `from`) and at the end (unless by `to`).
            expect(oracleIsOpen(c.schedule, s.start, c.zone), label).toBe(true)
            expect(oracleIsOpen(c.schedule, s.end - 1, c.zone), label).toBe(true)
            if (s.start > from) expect(oracleIsOpen(c.schedule, s.start - 1, c.zone), label).toBe(false)
            if (s.end < to) expect(oracleIsOpen(c.schedule, s.end, c.zone), label).toBe(false)
          }
          for (const f of fractions) {
            const p = from + Math.floor(f * length)
            const inSpan = spans.some((s) => s.start <= p && p < s.end)
            expect(inSpan, `${label} at ${iso(p)}`).toBe(isOpen(c.schedule, p, c.zone))
            expect(inSpan, `${label} at ${iso(p)}`).toBe(oracleIsOpen(c.schedule, p, c.zone))
          }
        },
      ),
      runs(60, 3_000),
    )
  })

  it('nextOpening, nextClosing and nextChange of a boundary step through openIntervals', () => {
    // Walking change to change from `at` for a day reproduces openIntervals over that day.
    fc.assert(
      fc.property(caseArb, (c) => {
        const from = c.at
        const to = c.at + DAY_MS
        const walked: { start: number; end: number }[] = []
        let t = from
        let steps = 0
        while (t < to && steps++ < 3000) {
          const open = nextOpening(c.schedule, t, c.zone)
          if (open === null || open.getTime() >= to) break
          const close = nextClosing(c.schedule, open, c.zone)
          const end = close === null ? to : Math.min(close.getTime(), to)
          walked.push({ start: open.getTime(), end })
          t = end
        }
        const spans = openIntervals(c.schedule, from, to, c.zone).map((s) => ({ start: s.start.getTime(), end: s.end.getTime() }))
        expect(walked, describeCase(c)).toEqual(spans)
      }),
      runs(60, 3_000),
    )
  })
})

describe('long ranges', () => {
  it('openIntervals over 12 years of London office hours: one 8-hour span per weekday, each starting 09:00 local', () => {
    // Europe/London changes clocks at 01:00 UTC on Sundays, never during Mon–Fri 09:00–17:00, so every
    // weekday's span is exactly 8 h long whatever the season. 12 years also outlasts any per-zone cache.
    const office: WeeklySchedule = { intervals: [1, 2, 3, 4, 5].map((d) => ({ start: d * 1440 + 540, end: d * 1440 + 1020 })) }
    const from = Date.UTC(2020, 0, 1) // Wednesday 1 January 2020, 00:00 GMT
    const to = Date.UTC(2032, 0, 1)
    const spans = openIntervals(office, from, to, 'Europe/London')
    let weekdays = 0
    for (let day = from; day < to; day += DAY_MS) {
      const dow = new Date(day).getUTCDay()
      if (dow >= 1 && dow <= 5) weekdays++
    }
    expect(spans.length).toBe(weekdays)
    for (const s of spans) {
      expect(s.end.getTime() - s.start.getTime(), iso(s.start.getTime())).toBe(8 * HOUR_MS)
      expect(oracleLocalMinute(s.start.getTime(), 'Europe/London') % 1440, iso(s.start.getTime())).toBe(540)
    }
  })
})

describe('around every transition of the listed zones, near the transition minute', () => {
  // A block from one hour before to one hour after the transition's old local reading, and its
  // complement: both must open/close where the oracle says, for instants 3 h before to 3 h after.
  it('isOpen/nextOpening/nextClosing match the oracle for all transitions 2020–2030', () => {
    let checked = 0
    for (const zone of QUERY_ZONES) {
      for (const T of transitionsOf(zone)) {
        if (T < Date.UTC(2020, 0, 1) || T > Date.UTC(2030, 0, 1)) continue
        const before = oracleLocalMinute(T - 1, zone)
        const s: WeeklySchedule = fromBlock(before - 60, before + 60)
        for (const schedule of [s, complementOf(s)]) {
          for (const d of [-3 * HOUR_MS, -HOUR_MS, -1, 0, 1, 30 * MINUTE_MS, HOUR_MS + 1]) {
            const at = T + d
            const label = `${zone} T=${iso(T)} at ${iso(at)} ${JSON.stringify(schedule.intervals)}`
            expect(isOpen(schedule, at, zone), label).toBe(oracleIsOpen(schedule, at, zone))
            // A six-hour horizon keeps the oracle cheap (the block is within an hour or two of every
            // instant tried); answers past it are only checked to be past it.
            const horizon = 6 * HOUR_MS
            expectSameAnswer(nextOpening(schedule, at, zone), oracleNextOpening(schedule, at, zone, horizon), at, label, horizon)
            expectSameAnswer(nextClosing(schedule, at, zone), oracleNextClosing(schedule, at, zone, horizon), at, label, horizon)
            checked++
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(500)
  })
})

/** A block of week minutes [a, b), wrapped around the week, in normal form. */
function fromBlock(a: number, b: number): WeeklySchedule {
  const start = ((a % 10080) + 10080) % 10080
  const end = start + (b - a)
  if (end <= 10080) return { intervals: [{ start, end }] }
  return { intervals: [{ start: 0, end: end - 10080 }, { start, end: 10080 }] }
}
