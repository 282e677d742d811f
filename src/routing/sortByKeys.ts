/** Below this many keys a comparison sort is quicker than the radix passes' fixed cost. */
const RADIX_FROM = 4096

/**
 * The positions 0…n−1 ordered by their keys, ascending; equal keys keep their positions' order
 * (stable). Keys must be non-negative finite numbers (a -0 is made +0 in place). Internal to
 * `src/routing/`.
 *
 * Large lists are sorted by radix (four passes over 16-bit digits of the keys' IEEE-754 bits,
 * which order non-negative doubles exactly as their values): linear time, so routing 100,000
 * targets costs per target what routing 1,000 does; small ones by comparison.
 */
export function sortByKeys(keys: Float64Array): Uint32Array {
  const count = keys.length
  const order = new Uint32Array(count)
  for (let n = 0; n < count; n++) order[n] = n
  if (count < RADIX_FROM) return order.sort((x, y) => keys[x]! - keys[y]! || x - y)
  // The 64 bits of each key as two 32-bit words (little-endian on every engine this runs on:
  // checked below, with a comparison sort otherwise).
  const words = new Uint32Array(keys.buffer, keys.byteOffset, count * 2)
  if (!LITTLE_ENDIAN) return order.sort((x, y) => keys[x]! - keys[y]! || x - y)
  // -0 has its sign bit set, which would sort it after every positive key: make it +0.
  for (let n = 0; n < count; n++) keys[n] = keys[n]! + 0
  let from = order
  let to = new Uint32Array(count)
  const counts = new Uint32Array(65_537)
  for (let pass = 0; pass < 4; pass++) {
    const word = pass >> 1
    const shift = (pass & 1) * 16
    counts.fill(0)
    for (let n = 0; n < count; n++) counts[((words[from[n]! * 2 + word]! >>> shift) & 0xffff) + 1]!++
    for (let d = 1; d <= 65_536; d++) counts[d]! += counts[d - 1]!
    for (let n = 0; n < count; n++) {
      const position = from[n]!
      to[counts[(words[position * 2 + word]! >>> shift) & 0xffff]!++] = position
    }
    const swap = from
    from = to
    to = swap
  }
  return from
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1
