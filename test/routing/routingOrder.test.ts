/**
 * routingOrder and routingShares (issue 6): which accepting targets a call tries, in what order,
 * and each one's chance of going first. Frequencies are checked over many draws of a seeded PRNG,
 * within 5 standard deviations of the exact shares.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { routingOrder, routingShares } from '../../src/routing/routingOrder'
import { targetAvailability } from '../../src/routing/targetAvailability'
import type { Target } from '../../src/routing/types'
import { cap, makeTarget, routableTargetArb, runs, seededRandom, targetArb, zonedInstantArb } from './arbitraries'

const named = (name: string, overrides: Partial<Target> = {}) => makeTarget({ name, ...overrides })
const names = (targets: readonly Target[]) => targets.map((t) => t.name)

const a = named('a', { priority: 1, weight: 3 })
const b = named('b', { priority: 1, weight: 1 })
const c = named('c', { priority: 0, weight: 1 })
const d = named('d', { priority: -1, paused: true })
const e = named('e', { priority: -1, schedule: { intervals: [] } })
const f = named('f', { priority: 2, weight: 5, caps: [cap('Hourly', 1, 1)] })

/** How often each target goes first over `draws` seeded draws. */
function firstPicks(targets: readonly Target[], at: number, seed: number, draws: number): Map<Target, number> {
  const random = seededRandom(seed)
  const counts = new Map<Target, number>()
  for (let i = 0; i < draws; i++) {
    const first = routingOrder(targets, at, { random })[0]
    if (first !== undefined) counts.set(first, (counts.get(first) ?? 0) + 1)
  }
  return counts
}

/** |observed − expected| within 5 standard deviations of a binomial proportion (and exact at 0 and 1). */
function expectWithinBound(count: number, draws: number, share: number, label: string): void {
  if (share === 0 || share === 1) {
    expect(count, label).toBe(share * draws)
    return
  }
  const sigma = Math.sqrt((share * (1 - share)) / draws)
  expect(Math.abs(count / draws - share), `${label}: ${count}/${draws} vs ${share}`).toBeLessThanOrEqual(5 * sigma)
}

describe('routingOrder', () => {
  it('leaves out targets that do not accept, and tries lower priorities first', () => {
    const order = routingOrder([a, b, c, d, e, f], 0, { random: seededRandom(1) })
    expect(names(order)[0]).toBe('c')
    expect(new Set(names(order))).toEqual(new Set(['a', 'b', 'c']))
  })

  it('is reproducible with an injected generator, and consumes one number per accepting target', () => {
    const first = routingOrder([a, b, c, d], 0, { random: seededRandom(42) })
    expect(routingOrder([a, b, c, d], 0, { random: seededRandom(42) })).toEqual(first)
    let calls = 0
    routingOrder([a, b, c, d, e, f], 0, { random: () => (calls++, 0.5) })
    expect(calls).toBe(3)
  })

  it('within a priority, puts weight-0 targets after every positive weight', () => {
    const z = named('z', { priority: 1, weight: 0 })
    for (let seed = 0; seed < 50; seed++) {
      expect(names(routingOrder([z, a, b], 0, { random: seededRandom(seed) }))[2]).toBe('z')
    }
  })

  it('orders all-zero weights uniformly: each goes first about half the time', () => {
    const x = named('x', { weight: 0 })
    const y = named('y', { weight: 0 })
    const counts = firstPicks([x, y], 0, 7, 4000)
    expectWithinBound(counts.get(x) ?? 0, 4000, 0.5, 'x')
  })

  it('draws the exponential race exactly: u = 0 goes first, and weights scale the draw', () => {
    // −ln(1 − 0)/w = 0 for the first target; the second draws −ln(0.5)/w > 0.
    const draws = [0, 0.5]
    expect(names(routingOrder([b, a], 0, { random: () => draws.shift()! }))).toEqual(['b', 'a'])
    // Equal draws: the larger weight has the smaller key, −ln(0.5)/3 < −ln(0.5)/1.
    expect(names(routingOrder([b, a], 0, { random: () => 0.5 }))).toEqual(['a', 'b'])
  })

  it('throws RangeError when random() leaves [0, 1), or for an invalid instant', () => {
    expect(() => routingOrder([a], 0, { random: () => 1 })).toThrow(RangeError)
    expect(() => routingOrder([a], 0, { random: () => Number.NaN })).toThrow(/\[0, 1\)/)
    expect(() => routingOrder([a], new Date(Number.NaN))).toThrow(RangeError)
    // No accepting target: random() is never called.
    expect(routingOrder([d], 0, { random: () => 2 })).toEqual([])
  })

  it('returns an empty list for no targets, and defaults to Math.random', () => {
    expect(routingOrder([], 0)).toEqual([])
    expect(names(routingOrder([a, b, c], 0))[0]).toBe('c')
  })

  it('uses the business hours of each target at `at` in its own zone', () => {
    // Monday–Friday 09:00–17:00 in two zones; 2026-11-30 14:30Z is 09:30 EST but 20:15 in Kathmandu.
    const hours = { intervals: [1, 2, 3, 4, 5].map((day) => ({ start: day * 1440 + 540, end: day * 1440 + 1020 })) }
    const ny = named('ny', { timeZone: 'America/New_York', schedule: hours })
    const ktm = named('ktm', { timeZone: 'Asia/Kathmandu', schedule: hours })
    expect(names(routingOrder([ny, ktm], Date.UTC(2026, 10, 30, 14, 30)))).toEqual(['ny'])
  })
})

describe('routingShares', () => {
  it('gives the lowest accepting priority weight / total, and the rest 0, in the order given', () => {
    expect(routingShares([a, b, d, f], 0).map(({ target, share }) => [target.name, share])).toEqual([
      ['a', 0.75],
      ['b', 0.25],
    ])
    expect(routingShares([a, b, c], 0).map(({ target, share }) => [target.name, share])).toEqual([
      ['a', 0],
      ['b', 0],
      ['c', 1],
    ])
  })

  it('shares equally when every weight of the first priority is 0, and gives weight 0 nothing beside positive weights', () => {
    const x = named('x', { weight: 0 })
    const y = named('y', { weight: 0 })
    const z = named('z', { weight: 0 })
    expect(routingShares([x, y, z], 0).map(({ share }) => share)).toEqual([1 / 3, 1 / 3, 1 / 3])
    expect(routingShares([x, named('w', { weight: 2 })], 0).map(({ share }) => share)).toEqual([0, 1])
  })

  it('is empty when no target accepts', () => {
    expect(routingShares([d, e], 0)).toEqual([])
    expect(routingShares([], 0)).toEqual([])
  })

  it('matches first-pick frequencies for a fixed set (20,000 seeded draws)', () => {
    const g = named('g', { priority: 0, weight: 7 })
    const h = named('h', { priority: 0, weight: 2 })
    const i = named('i', { priority: 0, weight: 0 })
    const j = named('j', { priority: 0, weight: 1 })
    const targets = [g, h, i, j, a]
    const draws = 20_000
    const counts = firstPicks(targets, 0, 2026, draws)
    for (const { target, share } of routingShares(targets, 0)) expectWithinBound(counts.get(target) ?? 0, draws, share, target.name ?? '?')
  })

  it('matches the probability of whole orders: P(g, h, j) = 7/10 · 2/3 · 1', () => {
    const g = named('g', { weight: 7 })
    const h = named('h', { weight: 2 })
    const j = named('j', { weight: 1 })
    const random = seededRandom(99)
    const draws = 20_000
    const seen = new Map<string, number>()
    for (let n = 0; n < draws; n++) {
      const key = names(routingOrder([g, h, j], 0, { random })).join('')
      seen.set(key, (seen.get(key) ?? 0) + 1)
    }
    // Each pick among those left, weight / their total.
    const exact: Record<string, number> = {
      ghj: (7 / 10) * (2 / 3),
      gjh: (7 / 10) * (1 / 3),
      hgj: (2 / 10) * (7 / 8),
      hjg: (2 / 10) * (1 / 8),
      jgh: (1 / 10) * (7 / 9),
      jhg: (1 / 10) * (2 / 9),
    }
    for (const [order, p] of Object.entries(exact)) expectWithinBound(seen.get(order) ?? 0, draws, p, order)
  })
})

describe('routing properties', () => {
  it('routingOrder is a permutation of the accepting targets, priorities non-decreasing, weight 0 last in each', () => {
    fc.assert(
      fc.property(fc.array(targetArb(), { maxLength: 12 }), zonedInstantArb, fc.integer(), (targets, { at }, seed) => {
        const order = routingOrder(targets, at, { random: seededRandom(seed) })
        const accepting = targets.filter((t) => targetAvailability(t, at).accepting)
        expect(order.length).toBe(accepting.length)
        expect(new Set(order)).toEqual(new Set(accepting))
        for (let k = 1; k < order.length; k++) {
          const previous = order[k - 1]!
          const current = order[k]!
          expect(previous.priority).toBeLessThanOrEqual(current.priority)
          if (previous.priority === current.priority && previous.weight === 0) expect(current.weight).toBe(0)
        }
      }),
      runs(),
    )
  })

  it('routingShares: one share per accepting target, summing to 1, nonzero only in the lowest priority', () => {
    fc.assert(
      fc.property(fc.array(targetArb(), { maxLength: 12 }), zonedInstantArb, (targets, { at }) => {
        const shares = routingShares(targets, at)
        const accepting = targets.filter((t) => targetAvailability(t, at).accepting)
        expect(shares.map((s) => s.target)).toEqual(accepting)
        if (shares.length === 0) return
        expect(shares.reduce((sum, s) => sum + s.share, 0)).toBeCloseTo(1, 12)
        const lowest = Math.min(...accepting.map((t) => t.priority))
        for (const { target, share } of shares) {
          expect(share).toBeGreaterThanOrEqual(0)
          if (target.priority !== lowest) expect(share).toBe(0)
        }
      }),
      runs(),
    )
  })

  it('first-pick frequencies stay within 5 sigma of routingShares (seeded draws)', () => {
    const draws = 3000
    fc.assert(
      fc.property(fc.array(routableTargetArb, { minLength: 1, maxLength: 6 }), fc.integer(), (targets, seed) => {
        const counts = firstPicks(targets, 0, seed, draws)
        // A target given twice is one object: count its shares together.
        const shares = new Map<Target, number>()
        for (const { target, share } of routingShares(targets, 0)) shares.set(target, (shares.get(target) ?? 0) + share)
        for (const [target, share] of shares) expectWithinBound(counts.get(target) ?? 0, draws, share, `priority ${target.priority} weight ${target.weight}`)
      }),
      runs(20, 200),
    )
  })
})
