/**
 * coverage, routingTimeline and coverageSummary (issue 13). Named examples in the issue's words,
 * with every instant worked out by hand from the zones' clocks (written next to it); then
 * properties: the library's own single-target answer (`targetAvailability`) at random instants,
 * the shape of the answer, the per-minute oracle (test/oracles/fleetModel.ts) on every minute,
 * `routingShares` at random instants, and the summary's sums.
 *
 * Week minutes: Sunday 00:00 = 0, Monday = 1440, … Saturday = 8640.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  BusinessHoursError,
  coverage,
  coverageSummary,
  parseTarget,
  routingShares,
  routingTimeline,
  scheduleFromIntervals,
  targetAvailability,
  type Coverage,
  type RoutingTimeline,
  type Target,
  type WeekInterval,
} from '../../src/index'
import {
  oracleAcceptingByMinute,
  oracleAcceptsAt,
  oraclePriority,
  oracleShares,
  segmentsOfMinutes,
  oracleGaps,
} from '../oracles/fleetModel'
import { fleetCaseArb, instantInArb, numRuns, type FleetCase } from './arbitraries'

const MIN = 60_000
const HOUR = 3_600_000
const DAY = 86_400_000
const NY = 'America/New_York'
const iso = (ms: number) => new Date(ms).toISOString()
const Z = (text: string) => Date.parse(text)

/** `hh:mm`–`hh:mm` local on the given weekdays (0 = Sunday), a span past midnight running into the next day. */
function hours(days: readonly number[], open: string, close: string): WeekInterval[] {
  const minute = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3))
  const a = minute(open)
  const b = minute(close)
  return days.flatMap((d) => {
    const start = d * 1440 + a
    const end = d * 1440 + (b > a ? b : b + 1440)
    return end <= 10080 ? [{ start, end }] : [{ start, end: 10080 }, { start: 0, end: end - 10080 }]
  })
}

const WEEKDAYS = [1, 2, 3, 4, 5]
const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6]

/** A sealed target with these fields and weekly hours. */
function target(fields: Record<string, unknown>, intervals: readonly WeekInterval[] | 'always'): Target {
  const parsed = parseTarget(fields)
  return intervals === 'always' ? parsed : { ...parsed, schedule: scheduleFromIntervals(intervals) }
}

/**
 * The answer of a call without options, as its documented type. Needed because the first
 * overloads of `coverage` and `routingTimeline` take `options?: … & { epochMs: true }` (optional),
 * so TypeScript picks them, and the `<number>` answer, for calls without options — though those
 * answer in Dates (checked below at run time). Remove once the overloads require `options`.
 */

/** Segments as `[startIso, endIso, ids]` for readable diffs. */
const shown = (c: Coverage<number>) => c.segments.map((s) => [iso(s.start), iso(s.end), [...s.targets]])
const spans = (list: readonly { start: number; end: number }[]) => list.map((s) => [iso(s.start), iso(s.end)])

describe('coverage: examples', () => {
  // New York Mon–Fri 07:00–19:00 and Manila (+08, no DST) Mon–Fri 08:00–20:00. In winter (EST,
  // −05) New York is 12:00Z–00:00Z and Manila 00:00Z–12:00Z: together they cover every weekday
  // around the clock, Monday 00:00Z (08:00 Manila) to Saturday 00:00Z (Friday 19:00 New York).
  const newYork = target({ id: 101, time_zone: NY }, hours(WEEKDAYS, '07:00', '19:00'))
  const manila = target({ id: 202, time_zone: 'Asia/Manila' }, hours(WEEKDAYS, '08:00', '20:00'))

  it('New York and Manila cover 24 hours on weekdays, not at weekends', () => {
    // Saturday 2026-01-03 00:00Z to Monday 2026-01-12 00:00Z.
    const c = coverage([newYork, manila], Z('2026-01-03T00:00:00Z'), Z('2026-01-12T00:00:00Z'), { epochMs: true })
    const weekdays = [5, 6, 7, 8, 9].flatMap((d) => {
      const day = `2026-01-${String(d).padStart(2, '0')}`
      const next = `2026-01-${String(d + 1).padStart(2, '0')}`
      return [
        [`${day}T00:00:00.000Z`, `${day}T12:00:00.000Z`, [202]],
        [`${day}T12:00:00.000Z`, `${next}T00:00:00.000Z`, [101]],
      ]
    })
    expect(shown(c)).toEqual([
      // Friday 19:00 New York (Saturday 08:00 Manila) to Monday 08:00 Manila (Sunday 19:00 New York).
      ['2026-01-03T00:00:00.000Z', '2026-01-05T00:00:00.000Z', []],
      ...weekdays,
      ['2026-01-10T00:00:00.000Z', '2026-01-12T00:00:00.000Z', []],
    ])
    expect(spans(c.gaps)).toEqual([
      ['2026-01-03T00:00:00.000Z', '2026-01-05T00:00:00.000Z'],
      ['2026-01-10T00:00:00.000Z', '2026-01-12T00:00:00.000Z'],
    ])
    expect(c.from).toBe(Z('2026-01-03T00:00:00Z'))
    expect(c.to).toBe(Z('2026-01-12T00:00:00Z'))
    expect(c.skipped).toEqual([])
  })

  it('in summer (EDT, −04) the same hours overlap an hour and leave an hour uncovered', () => {
    // Monday 2026-07-06: Manila 08:00–20:00 = 00:00Z–12:00Z; New York 07:00–19:00 EDT = 11:00Z–23:00Z.
    const c = coverage([newYork, manila], Z('2026-07-06T00:00:00Z'), Z('2026-07-07T00:00:00Z'), { epochMs: true })
    expect(shown(c)).toEqual([
      ['2026-07-06T00:00:00.000Z', '2026-07-06T11:00:00.000Z', [202]],
      ['2026-07-06T11:00:00.000Z', '2026-07-06T12:00:00.000Z', [101, 202]],
      ['2026-07-06T12:00:00.000Z', '2026-07-06T23:00:00.000Z', [101]],
      ['2026-07-06T23:00:00.000Z', '2026-07-07T00:00:00.000Z', []],
    ])
  })

  it('answers in Dates by default', () => {
    const c = coverage([newYork, manila], new Date('2026-07-06T00:00:00Z'), new Date('2026-07-07T00:00:00Z'))
    expect(c.from).toBeInstanceOf(Date)
    expect(c.segments[0]!.start).toBeInstanceOf(Date)
    expect(c.gaps.map((g) => [g.start.toISOString(), g.end.toISOString()])).toEqual([['2026-07-06T23:00:00.000Z', '2026-07-07T00:00:00.000Z']])
  })

  it('the three weeks between the US (2026-03-08) and EU (2026-03-29) clock changes open a one-hour gap', () => {
    // New York 00:00–12:00 every day; London 17:00–05:00 every day. In winter New York (EST, −05)
    // is 05:00Z–17:00Z and London (GMT) 17:00Z–05:00Z: they meet exactly, no gap, no overlap.
    // From Sunday 2026-03-08 (02:00 EST → 03:00 EDT at 07:00Z) New York is 04:00Z–16:00Z while London
    // stays 17:00Z–05:00Z: a gap 16:00Z–17:00Z every day and an overlap 04:00Z–05:00Z (from the 9th:
    // on the 8th New York opened at 00:00 EST = 05:00Z). From Sunday 2026-03-29 (01:00 GMT → 02:00 BST
    // at 01:00Z) London is 16:00Z–04:00Z: they meet exactly again.
    const newYorkDesk = target({ id: 1, time_zone: NY }, hours(EVERY_DAY, '00:00', '12:00'))
    const londonDesk = target({ id: 2, time_zone: 'Europe/London' }, hours(EVERY_DAY, '17:00', '05:00'))
    const c = coverage([newYorkDesk, londonDesk], Z('2026-03-01T00:00:00Z'), Z('2026-04-05T00:00:00Z'), { epochMs: true })
    const days = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, i) => `2026-03-${String(first + i).padStart(2, '0')}`)
    expect(spans(c.gaps)).toEqual(days(8, 28).map((d) => [`${d}T16:00:00.000Z`, `${d}T17:00:00.000Z`]))
    expect(spans(c.segments.filter((s) => s.targets.length === 2))).toEqual(days(9, 28).map((d) => [`${d}T04:00:00.000Z`, `${d}T05:00:00.000Z`]))
    // Before the 8th and after the 29th, the segments alternate 1, 2, 1, 2 and meet exactly.
    const winter = coverage([newYorkDesk, londonDesk], Z('2026-03-02T05:00:00Z'), Z('2026-03-04T05:00:00Z'), { epochMs: true })
    expect(shown(winter)).toEqual([
      ['2026-03-02T05:00:00.000Z', '2026-03-02T17:00:00.000Z', [1]],
      ['2026-03-02T17:00:00.000Z', '2026-03-03T05:00:00.000Z', [2]],
      ['2026-03-03T05:00:00.000Z', '2026-03-03T17:00:00.000Z', [1]],
      ['2026-03-03T17:00:00.000Z', '2026-03-04T05:00:00.000Z', [2]],
    ])
    const spring = coverage([newYorkDesk, londonDesk], Z('2026-03-30T04:00:00Z'), Z('2026-03-31T04:00:00Z'), { epochMs: true })
    expect(shown(spring)).toEqual([
      ['2026-03-30T04:00:00.000Z', '2026-03-30T16:00:00.000Z', [1]],
      ['2026-03-30T16:00:00.000Z', '2026-03-31T04:00:00.000Z', [2]],
    ])
    const summary = coverageSummary(c)
    expect(summary.gapMinutes).toBe(21 * 60)
    expect(summary.longestGap).toEqual({ start: Z('2026-03-08T16:00:00Z'), end: Z('2026-03-08T17:00:00Z') })
  })

  it('never lists a paused target', () => {
    const paused = target({ id: 1, paused: true }, 'always')
    const office = target({ id: 2 }, hours(WEEKDAYS, '09:00', '17:00'))
    // Monday 2026-01-05, UTC.
    for (const caps of [false, true]) {
      const c = coverage([paused, office], Z('2026-01-05T00:00:00Z'), Z('2026-01-06T00:00:00Z'), { epochMs: true, caps })
      expect(shown(c)).toEqual([
        ['2026-01-05T00:00:00.000Z', '2026-01-05T09:00:00.000Z', []],
        ['2026-01-05T09:00:00.000Z', '2026-01-05T17:00:00.000Z', [2]],
        ['2026-01-05T17:00:00.000Z', '2026-01-06T00:00:00.000Z', []],
      ])
    }
  })

  it('a full daily cap keeps the target out until its local midnight with caps: true, then it is back', () => {
    // Open 24/7 in New York, daily cap 5 with 5 calls. From Monday 2026-01-05 15:00Z (10:00 EST):
    // the day resets at Tuesday 00:00 EST = 05:00Z.
    const capped = target({ id: 7, time_zone: NY, caps: [{ type: 'Daily', cap: 5, filled: 5 }] }, 'always')
    const from = Z('2026-01-05T15:00:00Z')
    const to = Z('2026-01-06T15:00:00Z')
    const withCaps = coverage([capped], from, to, { epochMs: true, caps: true })
    expect(shown(withCaps)).toEqual([
      ['2026-01-05T15:00:00.000Z', '2026-01-06T05:00:00.000Z', []],
      ['2026-01-06T05:00:00.000Z', '2026-01-06T15:00:00.000Z', [7]],
    ])
    // Without caps, caps are ignored.
    expect(shown(coverage([capped], from, to, { epochMs: true }))).toEqual([['2026-01-05T15:00:00.000Z', '2026-01-06T15:00:00.000Z', [7]]])
    expect(shown(coverage([capped], from, to, { epochMs: true, caps: false }))).toEqual([['2026-01-05T15:00:00.000Z', '2026-01-06T15:00:00.000Z', [7]]])
  })

  it('a full Hard cap, or a full cap of 0, blocks the whole range; caps not full or null do not', () => {
    const from = Z('2026-01-05T15:00:00Z')
    const to = Z('2026-01-08T15:00:00Z')
    const whole = [['2026-01-05T15:00:00.000Z', '2026-01-08T15:00:00.000Z']]
    const hard = target({ id: 1, caps: [{ type: 'Hard', cap: 100, filled: 100 }] }, 'always')
    const zeroHourly = target({ id: 2, time_zone: NY, caps: [{ type: 'Hourly', cap: 0, filled: 0 }] }, 'always')
    expect(spans(coverage([hard, zeroHourly], from, to, { epochMs: true, caps: true }).gaps)).toEqual(whole)
    expect(spans(coverage([hard, zeroHourly], from, to, { epochMs: true }).gaps)).toEqual([])
    const notFull = target({ id: 3, caps: [{ type: 'Hard', cap: 100, filled: 99 }, { type: 'Daily', cap: null, filled: 7 }] }, 'always')
    expect(shown(coverage([notFull], from, to, { epochMs: true, caps: true }))).toEqual([[...whole[0]!, [3]]])
  })

  it('an hourly cap in Asia/Kathmandu (+05:45) resets at :15 UTC; a monthly one at the local 1st', () => {
    // 2026-01-31 10:20Z is 16:05 +05:45: the hour resets at 17:00 local = 11:15Z, the month at
    // 1 February 00:00 +05:45 = 2026-01-31 18:15Z.
    const from = Z('2026-01-31T10:20:00Z')
    const to = Z('2026-01-31T20:00:00Z')
    const hourly = target({ id: 1, time_zone: 'Asia/Kathmandu', caps: [{ type: 'Hourly', cap: 2, filled: 3 }] }, 'always')
    const monthly = target({ id: 2, time_zone: 'Asia/Kathmandu', caps: [{ type: 'Monthly', cap: 10, filled: 10 }] }, 'always')
    expect(shown(coverage([hourly, monthly], from, to, { epochMs: true, caps: true }))).toEqual([
      ['2026-01-31T10:20:00.000Z', '2026-01-31T11:15:00.000Z', []],
      ['2026-01-31T11:15:00.000Z', '2026-01-31T18:15:00.000Z', [1]],
      ['2026-01-31T18:15:00.000Z', '2026-01-31T20:00:00.000Z', [1, 2]],
    ])
  })

  it('ignores concurrency', () => {
    const busy = target({ id: 4, concurrency_cap: 1, calls_in_progress: 3 }, 'always')
    for (const caps of [false, true]) {
      expect(shown(coverage([busy], Z('2026-01-05T00:00:00Z'), Z('2026-01-05T01:00:00Z'), { epochMs: true, caps }))).toEqual([
        ['2026-01-05T00:00:00.000Z', '2026-01-05T01:00:00.000Z', [4]],
      ])
    }
  })

  it('an empty list gives one gap over the whole range (and one empty segment)', () => {
    const c = coverage([], Z('2026-01-05T00:00:00Z'), Z('2026-01-06T00:00:00Z'), { epochMs: true })
    expect(shown(c)).toEqual([['2026-01-05T00:00:00.000Z', '2026-01-06T00:00:00.000Z', []]])
    expect(spans(c.gaps)).toEqual([['2026-01-05T00:00:00.000Z', '2026-01-06T00:00:00.000Z']])
    expect(coverageSummary(c)).toEqual({
      totalMinutes: 1440,
      coveredMinutes: 0,
      gapMinutes: 1440,
      longestGap: { start: Z('2026-01-05T00:00:00Z'), end: Z('2026-01-06T00:00:00Z') },
      singleMinutes: 0,
      targets: [],
    })
  })

  it('throws RangeError when to is not after from, or the range is over 5 × 366 days', () => {
    const from = Z('2026-01-05T00:00:00Z')
    expect(() => coverage([], from, from)).toThrow(RangeError)
    expect(() => coverage([], from, from - 1)).toThrow(RangeError)
    expect(() => routingTimeline([], from, from)).toThrow(RangeError)
    expect(() => coverage([], from, from + 5 * 366 * DAY + 1)).toThrow(RangeError)
    expect(() => routingTimeline([], from, from + 5 * 366 * DAY + MIN)).toThrow(RangeError)
    expect(() => coverage([], new Date(Number.NaN), from)).toThrow(RangeError)
    // Exactly 5 × 366 days is not over.
    expect(coverage([], from, from + 5 * 366 * DAY, { epochMs: true }).gaps).toEqual([{ start: from, end: from + 5 * 366 * DAY }])
  })

  it('needs an id on every target, once each; skipInvalid lists the others in skipped', () => {
    const noId = parseTarget({ time_zone: NY })
    const one = target({ id: 1 }, 'always')
    const alsoOne = target({ id: 1, priority: 2 }, 'always')
    const from = Z('2026-01-05T00:00:00Z')
    const to = from + HOUR
    expect(() => coverage([one, noId], from, to)).toThrow(BusinessHoursError)
    expect(() => coverage([one, alsoOne], from, to)).toThrow(BusinessHoursError)
    const c = coverage([noId, one, alsoOne], from, to, { epochMs: true, skipInvalid: true })
    expect(c.skipped.map((s) => [s.index, s.id])).toEqual([
      [0, null],
      [2, 1],
    ])
    expect(shown(c)).toEqual([[iso(from), iso(to), [1]]])
    // A hand-built target that breaks a rule.
    const badWeight = { ...one, id: 9, weight: -1 }
    expect(() => coverage([badWeight], from, to)).toThrow(BusinessHoursError)
    expect(coverage([badWeight, one], from, to, { skipInvalid: true }).skipped.map((s) => [s.index, s.id, s.issues.length > 0])).toEqual([[0, 9, true]])
  })
})

describe('routingTimeline and coverageSummary: examples', () => {
  // Monday 2026-01-05, UTC. a: priority 1, weight 3, 09:00–17:00; b: priority 1, weight 1,
  // 09:00–13:00; c: priority 2, 08:00–18:00.
  const a = target({ id: 1, priority: 1, weight: 3 }, hours([1], '09:00', '17:00'))
  const b = target({ id: 2, priority: 1, weight: 1 }, hours([1], '09:00', '13:00'))
  const c = target({ id: 3, priority: 2, weight: 1 }, hours([1], '08:00', '18:00'))
  const from = Z('2026-01-05T07:00:00Z')
  const to = Z('2026-01-05T19:00:00Z')

  it('tiers and shares, with a gap at each end', () => {
    const timeline = routingTimeline([a, b, c], from, to, { epochMs: true })
    expect(timeline.from).toBe(from)
    expect(timeline.to).toBe(to)
    expect(timeline.skipped).toEqual([])
    expect(timeline.segments.map((s) => [iso(s.start), iso(s.end), s.priority, s.shares])).toEqual([
      ['2026-01-05T07:00:00.000Z', '2026-01-05T08:00:00.000Z', null, []],
      ['2026-01-05T08:00:00.000Z', '2026-01-05T09:00:00.000Z', 2, [{ id: 3, share: 1 }]],
      ['2026-01-05T09:00:00.000Z', '2026-01-05T13:00:00.000Z', 1, [{ id: 1, share: 0.75 }, { id: 2, share: 0.25 }, { id: 3, share: 0 }]],
      ['2026-01-05T13:00:00.000Z', '2026-01-05T17:00:00.000Z', 1, [{ id: 1, share: 1 }, { id: 3, share: 0 }]],
      ['2026-01-05T17:00:00.000Z', '2026-01-05T18:00:00.000Z', 2, [{ id: 3, share: 1 }]],
      ['2026-01-05T18:00:00.000Z', '2026-01-05T19:00:00.000Z', null, []],
    ])
    const dates = routingTimeline([a, b, c], new Date(from), new Date(to))
    expect(dates.segments[1]!.start).toBeInstanceOf(Date)
    expect(dates.segments[1]!.start.getTime()).toBe(Z('2026-01-05T08:00:00Z'))
  })

  it('weight 0: equal shares when the whole tier is 0, none beside a positive weight', () => {
    const zeroA = target({ id: 11, weight: 0 }, 'always')
    const zeroB = target({ id: 12, weight: 0 }, 'always')
    const one = target({ id: 13, weight: 2 }, hours([1], '12:00', '13:00'))
    const timeline = routingTimeline([zeroA, zeroB, one], Z('2026-01-05T11:00:00Z'), Z('2026-01-05T13:00:00Z'), { epochMs: true })
    expect(timeline.segments.map((s) => [iso(s.start), s.priority, s.shares])).toEqual([
      ['2026-01-05T11:00:00.000Z', 1, [{ id: 11, share: 0.5 }, { id: 12, share: 0.5 }]],
      ['2026-01-05T12:00:00.000Z', 1, [{ id: 11, share: 0 }, { id: 12, share: 0 }, { id: 13, share: 1 }]],
    ])
  })

  it('coverageSummary: a hand-worked case', () => {
    // Covered 08:00–18:00 (600 of 720 minutes); gaps 07–08 and 18–19 (60 each: the first is the
    // longest); c alone 08–09 and 17–18 (120 single minutes).
    const summary = coverageSummary(coverage([a, b, c], from, to, { epochMs: true }))
    expect(summary).toEqual({
      totalMinutes: 720,
      coveredMinutes: 600,
      gapMinutes: 120,
      longestGap: { start: Z('2026-01-05T07:00:00Z'), end: Z('2026-01-05T08:00:00Z') },
      singleMinutes: 120,
      targets: [
        { id: 1, openMinutes: 480, soleMinutes: 0 },
        { id: 2, openMinutes: 240, soleMinutes: 0 },
        { id: 3, openMinutes: 600, soleMinutes: 120 },
      ],
    })
    // In Dates, the longest gap comes in Dates; a longer later gap wins.
    const dated = coverageSummary(coverage([a, b, c], from, Z('2026-01-05T21:00:00Z')))
    expect(dated.longestGap?.start).toBeInstanceOf(Date)
    expect([dated.longestGap?.start.toISOString(), dated.longestGap?.end.toISOString()]).toEqual(['2026-01-05T18:00:00.000Z', '2026-01-05T21:00:00.000Z'])
    // No gap at all: null.
    expect(coverageSummary(coverage([c], Z('2026-01-05T08:00:00Z'), Z('2026-01-05T18:00:00Z'))).longestGap).toBeNull()
  })
})

// ---------------------------------------------------------------------------------------------
// Properties

type Segment = { start: number; end: number; targets: readonly number[] }

function segmentAt<S extends { start: number; end: number }>(segments: readonly S[], t: number): S {
  const found = segments.find((s) => s.start <= t && t < s.end)
  if (found === undefined) throw new Error(`no segment contains ${iso(t)}`)
  return found
}

const CAP_REASONS = new Set(['hard_cap', 'hourly_cap', 'daily_cap', 'monthly_cap'])

/**
 * Until when the target's caps keep it out, from the library's single-target answers: its
 * `targetAvailability` at `from` (a Hard cap blocks for good; a cap of 0 too; a time cap until its
 * `capResets` instant); `from` when no cap blocks.
 */
function blockedUntil(t: Target, from: number): number {
  const at = targetAvailability(t, from, { epochMs: true })
  if (at.reasons.includes('hard_cap')) return Infinity
  const zeroFull = t.caps.some((c) => c.type !== 'Hard' && c.cap === 0)
  if (zeroFull) return Infinity
  return Math.max(from, ...Object.values(at.capResets))
}

const caseWithInstants = (options: Parameters<typeof fleetCaseArb>[0]) =>
  fleetCaseArb(options).chain((c) => fc.tuple(fc.constant(c), fc.array(instantInArb(c.from, c.to), { minLength: 1, maxLength: 6 }), fc.boolean()))

describe('coverage properties', () => {
  it('(a) at random instants the segment lists exactly the targets targetAvailability lets through', () => {
    fc.assert(
      fc.property(caseWithInstants({}), ([c, instants, caps]) => {
        const result = coverage(c.targets, c.from, c.to, { epochMs: true, caps })
        const until = c.targets.map((t) => blockedUntil(t, c.from))
        for (const t of instants) {
          const expected = c.targets
            .filter((target, i) => {
              const reasons = targetAvailability(target, t).reasons.filter((r) => r !== 'concurrency' && !CAP_REASONS.has(r))
              return reasons.length === 0 && (!caps || t >= until[i]!)
            })
            .map((target) => target.id)
          expect(segmentAt(result.segments, t).targets, `at ${iso(t)}, caps ${caps}`).toEqual(expected)
          // Before any reset the counts stand as at `from`: then it is targetAvailability itself.
          if (caps && t === c.from) {
            const direct = c.targets.filter((target) => targetAvailability(target, t).reasons.every((r) => r === 'concurrency')).map((target) => target.id)
            expect(segmentAt(result.segments, t).targets).toEqual(direct)
          }
        }
      }),
      { numRuns },
    )
  })

  it('(b) segments tile [from, to), adjacent ones differ, ids in input order; gaps are the empty segments', () => {
    fc.assert(
      fc.property(fleetCaseArb(), fc.boolean(), (c, caps) => {
        const result = coverage(c.targets, c.from, c.to, { epochMs: true, caps })
        expect(result.from).toBe(c.from)
        expect(result.to).toBe(c.to)
        const segments = result.segments
        expect(segments.length).toBeGreaterThan(0)
        expect(segments[0]!.start).toBe(c.from)
        expect(segments[segments.length - 1]!.end).toBe(c.to)
        const order = new Map(c.targets.map((t, i) => [t.id!, i]))
        segments.forEach((s, i) => {
          expect(s.start).toBeLessThan(s.end)
          if (i > 0) {
            expect(s.start).toBe(segments[i - 1]!.end)
            expect(s.targets).not.toEqual(segments[i - 1]!.targets)
          }
          const positions = s.targets.map((id) => order.get(id))
          for (const p of positions) expect(p).toBeDefined()
          expect(positions).toEqual([...positions].sort((x, y) => x! - y!))
          expect(new Set(s.targets).size).toBe(s.targets.length)
        })
        expect(result.gaps).toEqual(segments.filter((s) => s.targets.length === 0).map(({ start, end }) => ({ start, end })))
        // Dates by default: the same answer.
        const dated = coverage(c.targets, new Date(c.from), new Date(c.to), { caps })
        expect(dated.segments.map((s) => ({ start: s.start.getTime(), end: s.end.getTime(), targets: s.targets }))).toEqual(segments)
      }),
      { numRuns },
    )
  })

  it('(c) the per-minute oracle agrees on every minute (coverage and routingTimeline)', () => {
    fc.assert(
      fc.property(fleetCaseArb(), fc.boolean(), fc.nat(), (c: FleetCase, caps, pick) => {
        const minutes = oracleAcceptingByMinute(c.fleet, c.from, c.to, { caps })
        const expected = segmentsOfMinutes(minutes, c.from)
        const result = coverage(c.targets, c.from, c.to, { epochMs: true, caps })
        expect(result.segments.map((s) => ({ start: s.start, end: s.end, targets: [...s.targets] }))).toEqual(expected)
        expect(result.gaps).toEqual(oracleGaps(expected))
        // The oracle's hours, spot-checked at one minute with oracleCalendarIsOpen itself.
        const i = pick % minutes.length
        const t = c.from + i * MIN
        expect(c.fleet.filter((d) => oracleAcceptsAt(d, c.from, c.to, t, { caps })).map((d) => d.id)).toEqual(minutes[i])
        // Every accepting set's tier and shares.
        const timeline = routingTimeline(c.targets, c.from, c.to, { epochMs: true, caps })
        expect(timeline.segments.map(({ start, end }) => ({ start, end }))).toEqual(expected.map(({ start, end }) => ({ start, end })))
        timeline.segments.forEach((s, k) => {
          const ids = expected[k]!.targets
          expect(s.priority).toBe(oraclePriority(c.fleet, ids))
          const shares = oracleShares(c.fleet, ids)
          expect(s.shares.map((x) => x.id)).toEqual(shares.map((x) => x.id))
          s.shares.forEach((x, j) => expect(x.share).toBeCloseTo(shares[j]!.share, 12))
        })
      }),
      { numRuns },
    )
  })

  it('(d) routingTimeline shares equal routingShares of the accepting targets at random instants', () => {
    fc.assert(
      fc.property(caseWithInstants({ caps: false, concurrency: false }), ([c, instants]) => {
        const cov = coverage(c.targets, c.from, c.to, { epochMs: true })
        const timeline = routingTimeline(c.targets, c.from, c.to, { epochMs: true })
        expect(timeline.segments[0]!.start).toBe(c.from)
        expect(timeline.segments[timeline.segments.length - 1]!.end).toBe(c.to)
        timeline.segments.forEach((s, i) => {
          if (i > 0) {
            expect(s.start).toBe(timeline.segments[i - 1]!.end)
            expect([s.priority, s.shares]).not.toEqual([timeline.segments[i - 1]!.priority, timeline.segments[i - 1]!.shares])
          }
        })
        for (const t of instants) {
          const ids = segmentAt(cov.segments, t).targets
          const accepting = c.targets.filter((target) => ids.includes(target.id!))
          const shares = routingShares(accepting, t).map(({ target, share }) => ({ id: target.id, share }))
          const segment = segmentAt(timeline.segments, t)
          expect(segment.shares, `at ${iso(t)}`).toEqual(shares)
          // routingShares on the whole fleet: the same (no caps, no concurrency here).
          expect(routingShares(c.targets, t).map(({ target, share }) => ({ id: target.id, share }))).toEqual(shares)
          expect(segment.priority).toBe(accepting.length === 0 ? null : Math.min(...accepting.map((x) => x.priority)))
        }
      }),
      { numRuns },
    )
  })

  it('(e) coverageSummary adds up: covered + gap = total, and the sums over segments', () => {
    fc.assert(
      fc.property(fleetCaseArb(), fc.boolean(), (c, caps) => {
        const result = coverage(c.targets, c.from, c.to, { epochMs: true, caps })
        const s = coverageSummary(result)
        const minutesOf = (x: Segment) => (x.end - x.start) / MIN
        const sum = (list: readonly Segment[]) => list.reduce((total, x) => total + minutesOf(x), 0)
        expect(s.totalMinutes).toBe((c.to - c.from) / MIN)
        expect(s.coveredMinutes + s.gapMinutes).toBe(s.totalMinutes)
        expect(s.gapMinutes).toBe(sum(result.segments.filter((x) => x.targets.length === 0)))
        expect(s.coveredMinutes).toBe(sum(result.segments.filter((x) => x.targets.length > 0)))
        expect(s.singleMinutes).toBe(sum(result.segments.filter((x) => x.targets.length === 1)))
        expect(s.targets).toEqual(
          c.targets.map((t) => ({
            id: t.id,
            openMinutes: sum(result.segments.filter((x) => x.targets.includes(t.id!))),
            soleMinutes: sum(result.segments.filter((x) => x.targets.length === 1 && x.targets[0] === t.id)),
          })),
        )
        const singles = s.targets.reduce((total, t) => total + t.soleMinutes, 0)
        expect(singles).toBe(s.singleMinutes)
        if (result.gaps.length === 0) expect(s.longestGap).toBeNull()
        else {
          const longest = Math.max(...result.gaps.map((g) => g.end - g.start))
          expect(s.longestGap).toEqual(result.gaps.find((g) => g.end - g.start === longest))
        }
      }),
      { numRuns },
    )
  })
})
