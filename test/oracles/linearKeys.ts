/**
 * Sets that collide under a linear key (issue 20), written without src/: the scheme coverage used
 * to decide that two sets of targets are one — each class of targets gets a 53-bit code (21 high
 * bits, 32 low bits) from a xorshift32 generator seeded 0x2545f491, high codes first, and a set's
 * key is the XOR of its classes' codes — and, by Gaussian elimination over GF(2), the sets of
 * classes whose codes XOR to zero (the key of the empty set). Two sets A ≠ B with A xor B in that
 * kernel have the same key. Any 33 codes of 32 effective bits have a non-empty kernel.
 */

/** The old scheme's codes for `count` classes, as 53-bit BigInts (high << 32 | low). */
export function oldSchemeCodes(count: number): bigint[] {
  let seed = 0x2545f491
  const next = (): number => {
    seed ^= seed << 13
    seed ^= seed >>> 17
    seed ^= seed << 5
    return seed >>> 0
  }
  const high: number[] = []
  for (let i = 0; i < count; i++) high.push(next() & 0x1fffff)
  const low: number[] = []
  for (let i = 0; i < count; i++) low.push(next())
  return high.map((h, i) => (BigInt(h) << 32n) | BigInt(low[i]!))
}

/** The XOR of the codes of a set of classes (by index). */
export function keyOf(codes: readonly bigint[], classes: Iterable<number>): bigint {
  let key = 0n
  for (const c of classes) key ^= codes[c]!
  return key
}

/**
 * A basis of the sets of classes whose codes XOR to zero: each a sorted list of class indexes.
 * Every such set is the symmetric difference of some of these.
 */
export function zeroKeyBasis(codes: readonly bigint[]): number[][] {
  // Rows of (vector, which classes it combines); reduce each new row by the pivots found so far.
  const pivots = new Map<number, { vector: bigint; combination: bigint }>()
  const basis: number[][] = []
  codes.forEach((code, index) => {
    let vector = code
    let combination = 1n << BigInt(index)
    for (let bit = 52; bit >= 0; bit--) {
      if (((vector >> BigInt(bit)) & 1n) === 0n) continue
      const pivot = pivots.get(bit)
      if (pivot === undefined) {
        pivots.set(bit, { vector, combination })
        return
      }
      vector ^= pivot.vector
      combination ^= pivot.combination
    }
    const classes: number[] = []
    for (let c = 0; c < codes.length; c++) if (((combination >> BigInt(c)) & 1n) === 1n) classes.push(c)
    basis.push(classes)
  })
  return basis
}

/** The symmetric difference of sets of class indexes, sorted. */
export function symmetricDifference(sets: readonly (readonly number[])[]): number[] {
  const odd = new Set<number>()
  for (const set of sets) {
    for (const c of set) {
      if (odd.has(c)) odd.delete(c)
      else odd.add(c)
    }
  }
  return [...odd].sort((a, b) => a - b)
}
