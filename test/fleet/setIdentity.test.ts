/**
 * Set identity (issue 20, item 1): two segments have the same accepting set only when they hold
 * the same targets. The sweep finds a set seen before by a linear 53-bit key (an XOR of per-class
 * codes); these tests build fleets whose sets share that key — with the very codes the sweep uses
 * (test/oracles/linearKeys.ts, written without src/) — and check the answers against
 * `routingShares` and the per-minute oracle.
 *
 * Each target is its own class: its hours hold a minute on Sunday that no other target's hold
 * (Sunday 00:i–00:i+1, outside every range asked about), so target i is class i.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { coverage, parseTarget, routingShares, routingTimeline, scheduleFromIntervals, type Target } from '../../src/index'
import { oracleAcceptingByMinute, segmentsOfMinutes, type TargetDescription } from '../oracles/fleetModel'
import { keyOf, oldSchemeCodes, symmetricDifference, zeroKeyBasis } from '../oracles/linearKeys'
import { numRuns } from './arbitraries'

const MONDAY = 1440
const iso = (ms: number) => new Date(ms).toISOString()

/** Target `index` (id index + 1): its Sunday marker minute, and these weekly spans. */
function member(index: number, zone: string, spans: readonly { start: number; end: number }[]): { target: Target; description: TargetDescription } {
  const weekly = [{ start: index, end: index + 1 }, ...spans]
  const target = { ...parseTarget({ id: index + 1, time_zone: zone }), schedule: scheduleFromIntervals(weekly) }
  return { target, description: { id: index + 1, weekly, entries: [], zone, paused: false, priority: 1, weight: 1 } }
}

describe('set identity: sets whose keys collide', () => {
  const codes = oldSchemeCodes(33)
  const kernel = zeroKeyBasis(codes)

  it('33 classes have sets whose codes XOR to the empty set\'s key (the premise of the tests below)', () => {
    expect(kernel.length).toBeGreaterThan(0)
    for (const set of kernel) {
      expect(set.length).toBeGreaterThan(0)
      expect(keyOf(codes, set)).toBe(0n)
    }
  })

  it('targets whose key is the empty set\'s are not reported as a gap (Monday 09:00–17:00 UTC)', () => {
    const open = new Set(kernel[0]!)
    // Monday 2026-11-30, UTC: the kernel's targets open 09:00–17:00, the others not at all that day.
    const fleet = Array.from({ length: 33 }, (_, i) => member(i, 'UTC', open.has(i) ? [{ start: MONDAY + 540, end: MONDAY + 1020 }] : []))
    const targets = fleet.map((m) => m.target)
    const from = Date.UTC(2026, 10, 30)
    const answer = coverage(targets, from, from + 86_400_000, { epochMs: true })
    const ids = [...open].map((i) => i + 1)
    expect(answer.segments.map((s) => [iso(s.start), iso(s.end), [...s.targets]])).toEqual([
      ['2026-11-30T00:00:00.000Z', '2026-11-30T09:00:00.000Z', []],
      ['2026-11-30T09:00:00.000Z', '2026-11-30T17:00:00.000Z', ids],
      ['2026-11-30T17:00:00.000Z', '2026-12-01T00:00:00.000Z', []],
    ])
    expect(answer.gaps.map((g) => [iso(g.start), iso(g.end)])).toEqual([
      ['2026-11-30T00:00:00.000Z', '2026-11-30T09:00:00.000Z'],
      ['2026-11-30T17:00:00.000Z', '2026-12-01T00:00:00.000Z'],
    ])
    // routingShares at noon names the same targets.
    const noon = routingShares(targets, Date.UTC(2026, 10, 30, 12))
    expect(noon.map((share) => share.target.id)).toEqual(ids)
  })

  it('two different non-empty sets with one key are two segments, in coverage and routingTimeline', () => {
    // Split a zero-key set in two halves A and B: A's key equals B's. A opens 09:00–13:00, B 13:00–17:00.
    const zero = kernel[0]!
    const a = new Set(zero.slice(0, Math.ceil(zero.length / 2)))
    const b = zero.filter((c) => !a.has(c))
    expect(keyOf(codes, a)).toBe(keyOf(codes, b))
    const fleet = Array.from({ length: 33 }, (_, i) =>
      member(i, 'UTC', a.has(i) ? [{ start: MONDAY + 540, end: MONDAY + 780 }] : b.includes(i) ? [{ start: MONDAY + 780, end: MONDAY + 1020 }] : []),
    )
    const from = Date.UTC(2026, 10, 30, 8)
    const answer = coverage(fleet.map((m) => m.target), from, from + 10 * 3_600_000, { epochMs: true })
    expect(answer.segments.map((s) => [iso(s.start), [...s.targets]])).toEqual([
      ['2026-11-30T08:00:00.000Z', []],
      ['2026-11-30T09:00:00.000Z', [...a].map((i) => i + 1)],
      ['2026-11-30T13:00:00.000Z', b.map((i) => i + 1)],
      ['2026-11-30T17:00:00.000Z', []],
    ])
    const timeline = routingTimeline(fleet.map((m) => m.target), from, from + 10 * 3_600_000, { epochMs: true })
    expect(timeline.segments.map((s) => s.shares.map((share) => share.id))).toEqual([[], [...a].map((i) => i + 1), b.map((i) => i + 1), []])
  })
})

describe('set identity: property against the per-minute oracle', () => {
  // Zones with changes at :00, :30 and :45, so the crafted phases also meet clock changes.
  const ZONES = ['UTC', 'America/New_York', 'Pacific/Chatham', 'Australia/Lord_Howe', 'Asia/Kathmandu']

  /**
   * 33–40 targets in one zone. Two sets A and B = A xor K (K a random non-empty zero-key set, so
   * key(A) = key(B)) open one after the other on a local Monday; every target may also have random
   * Monday hours of its own (which may break the collision, as real fleets would).
   */
  const caseArb = fc
    .record({
      count: fc.integer({ min: 33, max: 40 }),
      zone: fc.constantFrom(...ZONES),
      week: fc.integer({ min: 0, max: 60 * 52 }),
      pick: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
      a: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
      phase: fc.integer({ min: 1, max: 20 }).map((q) => q * 15),
      noise: fc.array(fc.option(fc.tuple(fc.integer({ min: 0, max: 95 }), fc.integer({ min: 1, max: 16 })), { freq: 4 }), { minLength: 40, maxLength: 40 }),
    })
    .map(({ count, zone, week, pick, a, phase, noise }) => {
      const codes = oldSchemeCodes(count)
      const basis = zeroKeyBasis(codes)
      let k = symmetricDifference(basis.filter((_set, i) => pick[i % pick.length]))
      if (k.length === 0) k = basis[0]!
      const setA = new Set(Array.from({ length: count }, (_, i) => i).filter((i) => a[i]))
      const setB = new Set(symmetricDifference([[...setA], k]))
      const start = MONDAY + 480
      const fleet = Array.from({ length: count }, (_, i) => {
        const spans: { start: number; end: number }[] = []
        if (setA.has(i)) spans.push({ start, end: start + phase })
        if (setB.has(i)) spans.push({ start: start + phase, end: start + 2 * phase })
        const extra = noise[i]
        if (extra) spans.push({ start: MONDAY + extra[0] * 15, end: MONDAY + extra[0] * 15 + extra[1] * 15 })
        spans.sort((x, y) => x.start - y.start)
        const merged: { start: number; end: number }[] = []
        for (const span of spans) {
          const last = merged[merged.length - 1]
          if (last !== undefined && span.start <= last.end) last.end = Math.max(last.end, span.end)
          else merged.push({ ...span })
        }
        return member(i, zone, merged)
      })
      // A Monday 1990–2050 (1990-01-01 was a Monday), read from Sunday 12:00Z to Tuesday 12:00Z.
      const from = Date.UTC(1990, 0, 1) + week * 7 * 86_400_000 - 12 * 3_600_000
      return { fleet, from, to: from + 2 * 86_400_000 }
    })

  it('coverage agrees with the oracle on every minute, crafted collisions included', () => {
    fc.assert(
      fc.property(caseArb, ({ fleet, from, to }) => {
        const answer = coverage(fleet.map((m) => m.target), from, to, { epochMs: true })
        const expected = segmentsOfMinutes(oracleAcceptingByMinute(fleet.map((m) => m.description), from, to), from)
        expect(answer.segments.map((s) => [s.start, s.end, [...s.targets]])).toEqual(expected.map((s) => [s.start, s.end, [...s.targets]]))
      }),
      { numRuns: numRuns > 100 ? 200 : 6 },
    )
  })
})

