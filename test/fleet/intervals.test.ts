/**
 * unionIntervals, intersectIntervals, subtractIntervals (issue 13): named examples, then
 * properties against the per-minute oracle (test/oracles/fleetModel.ts: sets of minute numbers)
 * and the laws of set algebra, on whole-minute spans in a small window.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BusinessHoursError, EPOCH_MS, intersectIntervals, subtractIntervals, unionIntervals } from '../../src/index'
import { intersectMinutes, minutesOf, sortedMinutes, subtractMinutes, unionMinutes } from '../oracles/fleetModel'
import { issuesThrown } from '../thrown'
import { numRuns } from './arbitraries'

const MIN = 60_000
/** Minute 0 of the window: 2026-01-05T00:00Z, so that Dates print readably. */
const BASE = Date.UTC(2026, 0, 5)
const WINDOW = 300

type Span = { start: number; end: number }
type AnySpan = { start: Date | number; end: Date | number }

const at = (minute: number) => BASE + minute * MIN
const span = (a: number, b: number): Span => ({ start: at(a), end: at(b) })
const ms = (v: Date | number) => (typeof v === 'number' ? v : v.getTime())

describe('interval algebra: examples', () => {
  it('merges touching spans, across lists and within one list', () => {
    expect(unionIntervals([[{ start: 0, end: 60_000 }], [{ start: 60_000, end: 120_000 }, { start: 180_000, end: 240_000 }]], EPOCH_MS)).toEqual([
      { start: 0, end: 120_000 },
      { start: 180_000, end: 240_000 },
    ])
    // Touching spans are allowed in the input, and come out merged.
    expect(unionIntervals([[span(0, 10), span(10, 20)]], EPOCH_MS)).toEqual([span(0, 20)])
    expect(intersectIntervals([span(0, 10), span(10, 20)], [span(5, 15)], EPOCH_MS)).toEqual([span(5, 15)])
    expect(subtractIntervals([span(0, 10), span(10, 20)], [span(20, 30)], EPOCH_MS)).toEqual([span(0, 20)])
    // a ∩ b where they only touch is empty; a − b keeps the touching span whole.
    expect(intersectIntervals([span(0, 10)], [span(10, 20)], EPOCH_MS)).toEqual([])
    expect(subtractIntervals([span(0, 10)], [span(10, 20)], EPOCH_MS)).toEqual([span(0, 10)])
  })

  it('answers the documented examples', () => {
    expect(intersectIntervals([{ start: 0, end: 100 }], [{ start: 50, end: 70 }, { start: 90, end: 200 }], EPOCH_MS)).toEqual([
      { start: 50, end: 70 },
      { start: 90, end: 100 },
    ])
    expect(subtractIntervals([{ start: 0, end: 100 }], [{ start: 20, end: 30 }], EPOCH_MS)).toEqual([
      { start: 0, end: 20 },
      { start: 30, end: 100 },
    ])
  })

  it('drops empty spans; empty input gives empty answers', () => {
    expect(unionIntervals([], EPOCH_MS)).toEqual([])
    expect(unionIntervals([[], []], EPOCH_MS)).toEqual([])
    expect(unionIntervals([[span(5, 5)]], EPOCH_MS)).toEqual([])
    expect(unionIntervals([[span(1, 1), span(2, 4), span(4, 4)]], EPOCH_MS)).toEqual([span(2, 4)])
    expect(intersectIntervals([], [span(0, 10)], EPOCH_MS)).toEqual([])
    expect(intersectIntervals([span(0, 10)], [], EPOCH_MS)).toEqual([])
    expect(subtractIntervals([], [span(0, 10)], EPOCH_MS)).toEqual([])
    expect(subtractIntervals([span(0, 10), span(12, 12)], [], EPOCH_MS)).toEqual([span(0, 10)])
    expect(subtractIntervals([span(0, 10)], [span(0, 10)], EPOCH_MS)).toEqual([])
  })

  it('takes Dates in and gives Dates out by default; epoch ms with { epochMs: true } or EPOCH_MS', () => {
    const a = [{ start: new Date('2026-03-08T06:00:00Z'), end: new Date('2026-03-08T08:00:00Z') }]
    const b = [{ start: new Date('2026-03-08T07:00:00Z'), end: new Date('2026-03-08T09:00:00Z') }]
    const union = unionIntervals([a, b])
    expect(union).toHaveLength(1)
    expect(union[0]!.start).toBeInstanceOf(Date)
    expect(union[0]!.end).toBeInstanceOf(Date)
    expect(union.map((s) => [ms(s.start), ms(s.end)])).toEqual([[Date.parse('2026-03-08T06:00:00Z'), Date.parse('2026-03-08T09:00:00Z')]])
    const inter = intersectIntervals(a, b)
    expect(inter[0]!.start).toBeInstanceOf(Date)
    expect(inter.map((s) => [ms(s.start), ms(s.end)])).toEqual([[Date.parse('2026-03-08T07:00:00Z'), Date.parse('2026-03-08T08:00:00Z')]])
    const diff = subtractIntervals(a, b)
    expect(diff[0]!.end).toBeInstanceOf(Date)
    expect(diff.map((s) => [ms(s.start), ms(s.end)])).toEqual([[Date.parse('2026-03-08T06:00:00Z'), Date.parse('2026-03-08T07:00:00Z')]])
    // Numbers in, Dates out (the default); Dates in, numbers out.
    expect(unionIntervals([[{ start: 0, end: 1000 }]])[0]!.start).toBeInstanceOf(Date)
    expect(unionIntervals([a, b], { epochMs: true })).toEqual([{ start: Date.parse('2026-03-08T06:00:00Z'), end: Date.parse('2026-03-08T09:00:00Z') }])
    expect(intersectIntervals(a, b, { epochMs: true })).toEqual([{ start: Date.parse('2026-03-08T07:00:00Z'), end: Date.parse('2026-03-08T08:00:00Z') }])
    expect(subtractIntervals(a, b, EPOCH_MS)).toEqual([{ start: Date.parse('2026-03-08T06:00:00Z'), end: Date.parse('2026-03-08T07:00:00Z') }])
    // Dates and numbers may be mixed.
    expect(unionIntervals([a, [{ start: Date.parse('2026-03-08T08:00:00Z'), end: Date.parse('2026-03-08T10:00:00Z') }]], EPOCH_MS)).toEqual([
      { start: Date.parse('2026-03-08T06:00:00Z'), end: Date.parse('2026-03-08T10:00:00Z') },
    ])
  })

  it('locates a list that is not sorted and disjoint, and a span ending before it starts', () => {
    const ok = [span(0, 10), span(20, 30), span(40, 50)]
    const overlapping = [span(0, 10), span(20, 30), span(40, 50), span(45, 60)]
    expect(issuesThrown(() => intersectIntervals(overlapping, ok)).map((i) => i.path)).toEqual([['a', 3, 'start']])
    expect(issuesThrown(() => subtractIntervals(ok, overlapping)).map((i) => i.path)).toEqual([['b', 3, 'start']])
    expect(issuesThrown(() => unionIntervals([ok, overlapping])).map((i) => i.path)).toEqual([['lists', 1, 3, 'start']])
    // Unsorted (even if disjoint) is an error too.
    expect(issuesThrown(() => unionIntervals([[span(20, 30), span(0, 10)]])).map((i) => i.path)).toEqual([['lists', 0, 1, 'start']])
    // end < start: located at that span.
    const reversed = issuesThrown(() => intersectIntervals(ok, [span(0, 10), { start: at(30), end: at(25) }]))
    expect(reversed.map((i) => i.path.slice(0, 2))).toEqual([['b', 1]])
    expect(() => subtractIntervals([{ start: at(30), end: at(25) }], [])).toThrow(BusinessHoursError)
    // Not a span at all.
    expect(() => unionIntervals([[{ start: 'soon', end: at(1) } as unknown as Span]])).toThrow(BusinessHoursError)
  })
})

// ---------------------------------------------------------------------------------------------
// Properties

/** Sorted disjoint whole-minute spans in [0, WINDOW] minutes, touching and empty ones possible; as Dates or ms. */
const listArb: fc.Arbitrary<AnySpan[]> = fc
  .tuple(fc.array(fc.integer({ min: 0, max: WINDOW }), { maxLength: 12 }), fc.boolean())
  .map(([cuts, asDates]) => {
    const sorted = [...cuts].sort((a, b) => a - b)
    const spans: AnySpan[] = []
    for (let i = 0; i + 1 < sorted.length; i += 2) {
      const s = span(sorted[i]!, sorted[i + 1]!)
      spans.push(asDates ? { start: new Date(s.start), end: new Date(s.end) } : s)
    }
    return spans
  })

/** Sorted, disjoint, not touching, none empty, and all whole numbers. */
function expectNormal(spans: readonly Span[]): void {
  for (const [i, s] of spans.entries()) {
    expect(typeof s.start).toBe('number')
    expect(s.start).toBeLessThan(s.end)
    if (i > 0) expect(spans[i - 1]!.end).toBeLessThan(s.start)
  }
}

const window: Span[] = [span(0, WINDOW)]
const u = (...lists: AnySpan[][]) => unionIntervals(lists, EPOCH_MS) as Span[]
const n = (a: AnySpan[], b: AnySpan[]) => intersectIntervals(a, b, EPOCH_MS) as Span[]
const d = (a: AnySpan[], b: AnySpan[]) => subtractIntervals(a, b, EPOCH_MS) as Span[]
const complement = (x: AnySpan[]) => d(window, x)
const minutes = (spans: readonly AnySpan[]) => sortedMinutes(minutesOf(spans))

describe('interval algebra against the per-minute oracle', () => {
  it('union, intersection and difference cover exactly the minutes the oracle finds, in normal form', () => {
    fc.assert(
      fc.property(fc.array(listArb, { maxLength: 4 }), listArb, listArb, (lists, a, b) => {
        const union = u(...lists)
        expectNormal(union)
        expect(minutes(union)).toEqual(sortedMinutes(unionMinutes(...lists.map(minutesOf))))
        const inter = n(a, b)
        expectNormal(inter)
        expect(minutes(inter)).toEqual(sortedMinutes(intersectMinutes(minutesOf(a), minutesOf(b))))
        const diff = d(a, b)
        expectNormal(diff)
        expect(minutes(diff)).toEqual(sortedMinutes(subtractMinutes(minutesOf(a), minutesOf(b))))
      }),
      { numRuns: numRuns * 5 },
    )
  })

  it('Dates by default: the same spans as with epochMs, as Dates', () => {
    fc.assert(
      fc.property(listArb, listArb, (a, b) => {
        const asMs = (spans: readonly AnySpan[]) => spans.map((s) => ({ start: ms(s.start), end: ms(s.end) }))
        for (const [dates, numbers] of [
          [unionIntervals([a, b]), u(a, b)],
          [intersectIntervals(a, b), n(a, b)],
          [subtractIntervals(a, b), d(a, b)],
        ] as const) {
          for (const s of dates) {
            expect(s.start).toBeInstanceOf(Date)
            expect(s.end).toBeInstanceOf(Date)
          }
          expect(asMs(dates)).toEqual(numbers)
        }
      }),
      { numRuns },
    )
  })
})

describe('interval algebra laws', () => {
  it('union and intersection are commutative and associative', () => {
    fc.assert(
      fc.property(listArb, listArb, listArb, (a, b, c) => {
        expect(u(a, b)).toEqual(u(b, a))
        expect(n(a, b)).toEqual(n(b, a))
        expect(u(u(a, b), c)).toEqual(u(a, u(b, c)))
        expect(u(u(a, b), c)).toEqual(u(a, b, c))
        expect(n(n(a, b), c)).toEqual(n(a, n(b, c)))
        // Idempotent, and the union of one list is its normal form.
        expect(u(a, a)).toEqual(u(a))
        expect(n(a, a)).toEqual(u(a))
      }),
      { numRuns: numRuns * 3 },
    )
  })

  it('a − b is disjoint from b, and (a − b) ∪ (a ∩ b) = a', () => {
    fc.assert(
      fc.property(listArb, listArb, (a, b) => {
        expect(n(d(a, b), b)).toEqual([])
        expect(u(d(a, b), n(a, b))).toEqual(u(a))
        expect(d(a, a)).toEqual([])
        expect(d(a, [])).toEqual(u(a))
      }),
      { numRuns: numRuns * 3 },
    )
  })

  it("De Morgan's laws within the window (complement = window − x)", () => {
    fc.assert(
      fc.property(listArb, listArb, (a, b) => {
        expect(complement(u(a, b))).toEqual(n(complement(a), complement(b)))
        expect(complement(n(a, b))).toEqual(u(complement(a), complement(b)))
        expect(complement(complement(a))).toEqual(u(a))
        expect(d(a, b)).toEqual(n(a, complement(b)))
      }),
      { numRuns: numRuns * 3 },
    )
  })
})
