/** The positions sort that routing uses (radix for large lists): the same order as a stable sort by value. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sortByKeys } from '../../src/routing/sortByKeys'

function reference(keys: readonly number[]): number[] {
  return keys.map((_, i) => i).sort((x, y) => keys[x]! - keys[y]! || x - y)
}

const keyArb = fc.oneof(
  fc.double({ min: 0, max: 40, noNaN: true }),
  fc.constantFrom(0, 0.5, 1, 1.25, 3),
  fc.integer({ min: 0, max: 5 }).map((rank) => rank + 0.499999),
)

describe('sortByKeys', () => {
  it('orders like a stable sort by value, small lists and radix-sized ones (property)', () => {
    fc.assert(
      fc.property(fc.array(keyArb, { maxLength: 50 }), fc.integer({ min: 0, max: 6000 }), fc.integer(), (sample, extra, seed) => {
        // Lists past the radix threshold: the sample repeated with a deterministic spread.
        const keys = [...sample, ...Array.from({ length: sample.length === 0 ? 0 : extra }, (_, i) => sample[(((i * 7 + seed) % sample.length) + sample.length) % sample.length]! + ((i * 13) % 5) / 8)]
        expect(Array.from(sortByKeys(Float64Array.from(keys)))).toEqual(reference(keys))
      }),
      { numRuns: 60 },
    )
  })

  it('keeps equal keys in position order, and handles 0 and none', () => {
    expect(Array.from(sortByKeys(Float64Array.from([1, 0, 1, 0])))).toEqual([1, 3, 0, 2])
    expect(Array.from(sortByKeys(new Float64Array(0)))).toEqual([])
    const big = Float64Array.from({ length: 10_000 }, (_, i) => (i % 3) + 0.25)
    const order = Array.from(sortByKeys(big))
    expect(order.slice(0, 3)).toEqual([0, 3, 6])
    expect(order).toEqual(reference(Array.from(big)))
  })
})
