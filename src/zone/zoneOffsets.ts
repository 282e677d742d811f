/**
 * A zone's UTC offsets, read from `Intl` once and kept in one table, so that queries never call `Intl`.
 *
 * The table is a sorted list of stretches of constant offset — their starts in a `Float64Array`,
 * their offsets in an `Int32Array` — covering the whole timeline: where nothing is known yet, a
 * stretch is marked `UNKNOWN`. The timeline is cut into ranges of 96 days; the first time an instant
 * in an unknown range is asked about, the range is read from `Intl` (its offset sampled every 3 days;
 * where two samples differ, the transition is found by bisection to the second, as tzdb transitions
 * fall on whole seconds) and merged into the table. A lookup checks the stretch asked about last,
 * else a small directory of the loaded ranges (range → the stretch holding its start, then a step or
 * two forward), else does a binary search.
 *
 * Bound: at most `MAX_RANGES` ranges per zone; past that, the range least recently looked up is
 * forgotten (its stretches marked `UNKNOWN` again), never the whole table. A stretch costs 20 bytes
 * and the directory 8 bytes a range (rounded up to a power of two), so a zone holds at most
 * 1,024 × (3 transitions, the most in any 96 days of tzdb, + 2) × 20 bytes + 8 KB ≈ 110 KB;
 * New York read over 1900–2100 holds 15 KB, and a year of queries a few hundred bytes.
 *
 * UTC and the `Etc/GMT±N` zones have one offset for all time: their table is one infinite stretch,
 * made without `Intl`.
 */

import { MAX_INSTANT } from '../ground/instant'
import { daysFromCivil } from './civil'
import { HOUR_MS } from '../ground/timeUnits'

export { MAX_INSTANT }

/**
 * Offsets are sampled this often. Two transitions closer than this that cancel each other out would
 * be missed: in tzdb 2025c (every zone, 1800–2200) the closest such pair is 6.96 days apart
 * (America/Noronha 2000-10-08 → 10-15, Asia/Gaza 2040-10-20 → 10-27); `npm run test:deep` checks
 * every zone 1900–2100 against daily sampling to keep it so.
 */
const SAMPLE_MS = 3 * 86_400_000
/** The unit read from `Intl` at once: 33 samples and about 18 calls per transition, 30–90 µs. */
export const RANGE_MS = 32 * SAMPLE_MS
/** Ranges kept per zone (1,024 × 96 days ≈ 269 years, so 1900–2100 fits whole). */
export const MAX_RANGES = 1024
/** The offset of a stretch that no loaded range covers. No real offset comes near −2³¹ ms. */
const UNKNOWN = -2_147_483_648
/** A directory slot that holds no range (ranges are within ±300,000). */
const NO_RANGE = -2_147_483_648

/** A stretch of time with one offset: `[start, end)`, `offset` in ms (local = utc + offset). */
export interface OffsetSegment {
  readonly start: number
  readonly end: number
  readonly offset: number
}

/**
 * One zone's offset table. Internal to `src/zone/`: read it through `segmentAt` and `offsetAt`.
 * Stretch `i` is `[starts[i], starts[i + 1])`; `starts` begins with −∞ and ends with +∞, one entry
 * more than `offsets`. No two neighbouring stretches have the same offset, and a known stretch lies
 * wholly in loaded ranges.
 */
export interface ZoneOffsets {
  readonly id: string
  /** The zone's formatter, shared with name resolution; undefined for a fixed-offset zone. */
  readonly format: Intl.DateTimeFormat | undefined
  starts: Float64Array
  /** Offset of each stretch in ms, or `UNKNOWN`. */
  offsets: Int32Array
  /** When each stretch was last looked up, as a tick of `clock`: what eviction goes by. */
  used: Float64Array
  clock: number
  /** Ranges loaded now. */
  ranges: number
  /**
   * Range → stretch holding its start, as pairs `[range, stretch]` in `mask + 1` slots, a range in
   * slot `range & mask` (a direct-mapped cache: of two loaded ranges that share a slot, the other
   * is found by binary search). Rebuilt whenever the table changes.
   */
  directory: Int32Array
  mask: number
  readonly maxRanges: number
  /** The segment last asked for: most queries ask about nearly the same instant again. */
  last: OffsetSegment
  /**
   * The same for `offsetAt`: start, end and offset of the stretch it read last, as fields of the
   * zone itself (one load each; in a typed array they cost `isOpen` about a fifth more, measured in
   * bench/calendar.bench.mjs's harness: 0.43× → 0.51× of the limit prototype). Only a new stretch
   * writes them.
   */
  stretchStart: number
  stretchEnd: number
  stretchOffset: number
}

const FIELDS = /^(\d+)\/(\d+)\/(\d+) (AD|BC), (\d+):(\d+):(\d+)$/

/**
 * The one `Intl.DateTimeFormat` a zone gets: it resolves the name and reads the offsets.
 * Throws `RangeError` for a zone the runtime does not know.
 */
export function zoneFormat(name: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-US', {
    timeZone: name,
    hourCycle: 'h23',
    era: 'short',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  })
}

/** Every spelling of UTC that engines accept (Node canonicalises them all to `UTC`). */
const UTC_IDS = new Set([
  'UTC', 'Etc/UTC', 'UCT', 'Etc/UCT', 'GMT', 'Etc/GMT', 'GMT0', 'Etc/GMT0', 'GMT+0', 'Etc/GMT+0', 'GMT-0', 'Etc/GMT-0',
  'Universal', 'Etc/Universal', 'Zulu', 'Etc/Zulu', 'Greenwich', 'Etc/Greenwich',
])
/** `Etc/GMT-14` … `Etc/GMT+12`; the sign is POSIX's, so `Etc/GMT+5` is five hours behind UTC. */
const ETC_GMT = /^Etc\/GMT(?:-([1-9]|1[0-4])|\+([1-9]|1[0-2]))$/

/**
 * The offset (ms) of a zone whose offset never changes — UTC by any of its names, and the tzdb
 * `Etc/GMT±N` zones — from its id alone; undefined for every other id.
 *
 * @example
 * fixedOffsetOf('Etc/GMT+5') //=> -18000000
 * fixedOffsetOf('Etc/UTC') //=> 0
 * // EST is a link to America/Panama in tzdb, which had other offsets before 1908
 * fixedOffsetOf('EST') //=> undefined
 */
export function fixedOffsetOf(id: string): number | undefined {
  if (UTC_IDS.has(id)) return 0
  const match = ETC_GMT.exec(id)
  if (match === null) return undefined
  return match[1] !== undefined ? Number(match[1]) * HOUR_MS : -Number(match[2]) * HOUR_MS
}

/**
 * Creates the offset table of a zone. A fixed-offset zone (`fixedOffsetOf`) gets its one stretch
 * at once and never uses the formatter, which may then be undefined; any other zone needs it.
 *
 * @param id - the zone's id
 * @param format - its formatter (`zoneFormat`)
 * @param maxRanges - ranges kept before the least recently used is forgotten; lowered only by tests
 */
export function createZoneOffsets(id: string, format: Intl.DateTimeFormat | undefined, maxRanges = MAX_RANGES): ZoneOffsets {
  const fixed = fixedOffsetOf(id)
  if (fixed === undefined && format === undefined) throw new Error(`no formatter for the time zone ${id}`)
  const offset = fixed ?? UNKNOWN
  const last: OffsetSegment = fixed === undefined ? { start: 0, end: 0, offset: 0 } : { start: -Infinity, end: Infinity, offset }
  return {
    id,
    format: fixed === undefined ? format : undefined,
    starts: Float64Array.of(-Infinity, Infinity),
    offsets: Int32Array.of(offset),
    used: Float64Array.of(0),
    clock: 0,
    ranges: 0,
    directory: Int32Array.of(NO_RANGE, 0),
    mask: 0,
    maxRanges: Math.max(1, maxRanges),
    last,
    stretchStart: last.start,
    stretchEnd: last.end,
    stretchOffset: last.offset,
  }
}

/**
 * The stretch of constant offset that contains `instant`: `[start, end)`, `end` being the next
 * transition or the end of what is loaded (so a caller walking forward simply asks again at `end`).
 * A fixed-offset zone answers one stretch from −∞ to +∞. Reads `Intl` only when the instant lies in
 * a range not loaded; the segment returned is never changed afterwards.
 *
 * @example
 * segmentAt(zoneFor('Etc/GMT-14'), 0).offset //=> 50400000
 * segmentAt(zoneFor('Etc/GMT-14'), 0).end === Infinity //=> true
 *
 * @example
 * // New York springs forward at 2026-03-08 07:00Z (02:00 EST → 03:00 EDT)
 * segmentAt(zoneFor('America/New_York'), Date.UTC(2026, 2, 8, 7)).start //=> 1772953200000
 * segmentAt(zoneFor('America/New_York'), Date.UTC(2026, 2, 8, 7)).offset //=> -14400000
 */
export function segmentAt(zone: ZoneOffsets, instant: number): OffsetSegment {
  const last = zone.last
  if (instant >= last.start && instant < last.end) return last
  return lookUpSegment(zone, instant)
}

function lookUpSegment(zone: ZoneOffsets, instant: number): OffsetSegment {
  const i = stretchIndex(zone, instant)
  const { starts } = zone
  const segment: OffsetSegment = { start: starts[i]!, end: starts[i + 1]!, offset: zone.offsets[i]! }
  zone.last = segment
  return segment
}

/**
 * The offset (ms, local = utc + offset) at `instant`: `segmentAt(zone, instant).offset` without
 * building a segment.
 *
 * @example
 * offsetAt(zoneFor('Asia/Kathmandu'), Date.UTC(2026, 0, 5)) //=> 20700000
 * // New York kept local mean time, −4:56:02, before 18 Nov 1883
 * offsetAt(zoneFor('America/New_York'), Date.UTC(1880, 0, 15)) //=> -17762000
 */
export function offsetAt(zone: ZoneOffsets, instant: number): number {
  if (instant >= zone.stretchStart && instant < zone.stretchEnd) return zone.stretchOffset
  return lookUpOffset(zone, instant)
}

/**
 * The end of the stretch that `offsetAt` last answered from: the next transition, or the end of
 * what is loaded (ask again there). With `offsetAt`, a walk over stretches that builds nothing.
 *
 * @example
 * const zone = zoneFor('America/New_York')
 * offsetAt(zone, Date.UTC(2026, 2, 8, 6)) //=> -18000000
 * stretchEndAfterOffsetAt(zone) //=> 1772953200000
 */
export function stretchEndAfterOffsetAt(zone: ZoneOffsets): number {
  return zone.stretchEnd
}

function lookUpOffset(zone: ZoneOffsets, instant: number): number {
  const i = stretchIndex(zone, instant)
  const { starts } = zone
  zone.stretchStart = starts[i]!
  zone.stretchEnd = starts[i + 1]!
  return (zone.stretchOffset = zone.offsets[i]!)
}

/** The index of the stretch that holds `instant`, loading its range first if need be. */
function stretchIndex(zone: ZoneOffsets, instant: number): number {
  const range = Math.floor(instant / RANGE_MS)
  const directory = zone.directory
  const slot = (range & zone.mask) << 1
  // The directory gives the stretch that holds the range's start; a range holds a few
  // transitions at most (three in any 96 days of tzdb), so a step or two forward finds the one.
  let i = directory[slot] === range ? directory[slot + 1]! : -1
  // (The quotient may round up to the next range for an instant a fraction of a ms before it.)
  if (i < 0 || zone.starts[i]! > instant) i = searchOrLoad(zone, instant)
  const starts = zone.starts
  while (starts[i + 1]! <= instant) i++
  zone.used[i] = ++zone.clock
  return i
}

/** The stretch that holds `instant`, found by binary search, its range loaded first if need be. */
function searchOrLoad(zone: ZoneOffsets, instant: number): number {
  const i = search(zone.starts, instant)
  if (zone.offsets[i] !== UNKNOWN) return i
  let range = Math.floor(instant / RANGE_MS)
  if (range * RANGE_MS > instant) range--
  loadRange(zone, range)
  const loaded = search(zone.starts, instant)
  if (zone.offsets[loaded] === UNKNOWN) throw new Error(`no UTC offset found for ${instant} in ${zone.id}`)
  return loaded
}

/** The last stretch whose start is ≤ `instant` (`starts[0]` is −∞, the last entry +∞). */
function search(starts: Float64Array, instant: number): number {
  let lo = 0
  let hi = starts.length - 1
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1
    if (starts[mid]! <= instant) lo = mid
    else hi = mid
  }
  return lo
}

/** Reads range `index` from `Intl` into the table, first forgetting the least recently used range if full. */
function loadRange(zone: ZoneOffsets, index: number): void {
  const format = zone.format
  if (format === undefined) throw new Error(`no formatter for the time zone ${zone.id}`)
  const start = index * RANGE_MS
  if (!Number.isFinite(start)) throw new RangeError(`no UTC offset at a non-finite instant in ${zone.id}`)
  const end = start + RANGE_MS
  // Read before anything is forgotten, so that an Intl that throws leaves the table as it was.
  const found = readRange(format, start, end)
  if (zone.ranges >= zone.maxRanges) evictLeastRecentlyUsed(zone)
  replaceStretches(zone, start, end, found.starts, found.offsets, ++zone.clock)
  zone.ranges++
  rebuildDirectory(zone)
}

/** Fills the directory anew from the table: a slot per loaded range, up to `maxRanges` rounded up to a power of two. */
function rebuildDirectory(zone: ZoneOffsets): void {
  const { starts, offsets } = zone
  let size = 1
  while (size < zone.ranges) size *= 2
  const directory = new Int32Array(2 * size).fill(NO_RANGE)
  const mask = size - 1
  let previous = Number.NaN
  for (let i = 0; i < offsets.length; i++) {
    if (offsets[i] === UNKNOWN) continue
    // The first known stretch that overlaps a range holds the range's start.
    const last = Math.ceil(starts[i + 1]! / RANGE_MS) - 1
    for (let range = Math.floor(starts[i]! / RANGE_MS); range <= last; range++) {
      if (range === previous) continue
      previous = range
      directory[(range & mask) << 1] = range
      directory[((range & mask) << 1) + 1] = i
    }
  }
  zone.directory = directory
  zone.mask = mask
}

/** The range of the lowest tick: a range's tick is the latest of the stretches that overlap it. */
function evictLeastRecentlyUsed(zone: ZoneOffsets): void {
  const { starts, offsets, used } = zone
  let best = Number.NaN
  let bestTick = Infinity
  let current = Number.NaN
  let currentTick = -1
  // Stretches are in order, so the ranges they overlap come in order too; a range that two
  // stretches share is visited by both.
  for (let i = 0; i < offsets.length; i++) {
    if (offsets[i] === UNKNOWN) continue
    const first = Math.floor(starts[i]! / RANGE_MS)
    const last = Math.ceil(starts[i + 1]! / RANGE_MS) - 1
    for (let range = first; range <= last; range++) {
      if (range !== current) {
        if (!Number.isNaN(current) && currentTick < bestTick) {
          best = current
          bestTick = currentTick
        }
        current = range
        currentTick = -1
      }
      if (used[i]! > currentTick) currentTick = used[i]!
    }
  }
  if (!Number.isNaN(current) && currentTick < bestTick) best = current
  if (Number.isNaN(best)) return
  const start = best * RANGE_MS
  replaceStretches(zone, start, start + RANGE_MS, [start], [UNKNOWN], 0)
  zone.ranges--
}

/**
 * Replaces what the table says about `[from, to)` by the stretches `newStarts` (the first at `from`)
 * and `newOffsets`, ticked `tick`. The stretch that held `to` goes on from `to`; neighbours with the
 * same offset are merged, keeping the later tick. The table is rebuilt at its exact size.
 */
function replaceStretches(zone: ZoneOffsets, from: number, to: number, newStarts: readonly number[], newOffsets: readonly number[], tick: number): void {
  const { starts, offsets, used } = zone
  const holdsFrom = search(starts, from)
  const holdsTo = search(starts, to)
  const outStarts: number[] = []
  const outOffsets: number[] = []
  const outUsed: number[] = []
  const push = (start: number, offset: number, usedAt: number): void => {
    const k = outOffsets.length - 1
    if (k >= 0 && outOffsets[k] === offset) {
      if (usedAt > outUsed[k]!) outUsed[k] = usedAt
      return
    }
    outStarts.push(start)
    outOffsets.push(offset)
    outUsed.push(usedAt)
  }
  for (let i = 0; i < holdsFrom; i++) push(starts[i]!, offsets[i]!, used[i]!)
  if (starts[holdsFrom]! < from) push(starts[holdsFrom]!, offsets[holdsFrom]!, used[holdsFrom]!)
  for (let j = 0; j < newStarts.length; j++) push(newStarts[j]!, newOffsets[j]!, tick)
  const cut = starts[holdsTo]! < to
  if (cut) push(to, offsets[holdsTo]!, used[holdsTo]!)
  for (let i = cut ? holdsTo + 1 : holdsTo; i < offsets.length; i++) push(starts[i]!, offsets[i]!, used[i]!)
  outStarts.push(Infinity)
  zone.starts = Float64Array.from(outStarts)
  zone.offsets = Int32Array.from(outOffsets)
  zone.used = Float64Array.from(outUsed)
}

/** The offset at an instant, asked of `Intl` (slow: only while loading a range). */
function intlOffset(format: Intl.DateTimeFormat, instant: number): number {
  const second = Math.floor(instant / 1000) * 1000
  const match = FIELDS.exec(format.format(second))
  if (match === null) throw new Error(`unexpected date format from Intl: ${format.format(second)}`)
  const year = match[4] === 'BC' ? 1 - Number(match[3]) : Number(match[3])
  const days = daysFromCivil(year, Number(match[1]), Number(match[2]))
  const local = days * 86_400_000 + Number(match[5]) * 3_600_000 + Number(match[6]) * 60_000 + Number(match[7]) * 1000
  const offset = local - second
  // A formatter that ever answered otherwise would make the transition search loop, or not fit
  // the table's Int32Array.
  if (!(Math.abs(offset) < 2 * 86_400_000)) throw new Error(`no UTC offset from Intl for ${second} in ${format.resolvedOptions().timeZone}`)
  return offset
}

function clampInstant(instant: number): number {
  return Math.min(MAX_INSTANT, Math.max(-MAX_INSTANT, instant))
}

/** Finds the first whole second in `(low, high]` whose offset differs from `low`'s. */
function bisectTransition(format: Intl.DateTimeFormat, low: number, lowOffset: number, high: number): number {
  let lo = Math.floor(low / 1000)
  let hi = Math.ceil(high / 1000)
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2)
    if (intlOffset(format, mid * 1000) === lowOffset) lo = mid
    else hi = mid
  }
  return hi * 1000
}

/** The stretches of `[start, end)`: the offset at `start`, then each transition and the offset after it. */
function readRange(format: Intl.DateTimeFormat, start: number, end: number): { starts: number[]; offsets: number[] } {
  let current = intlOffset(format, clampInstant(start))
  const starts = [start]
  const offsets = [current]
  let known = start // an instant whose offset is `current`
  for (let sample = start + SAMPLE_MS; sample <= end; sample += SAMPLE_MS) {
    const sampleOffset = intlOffset(format, clampInstant(sample))
    // Several changes between two samples are found one after another.
    while (sampleOffset !== current) {
      const transition = bisectTransition(format, clampInstant(known), current, clampInstant(sample))
      if (transition >= end) break // the next range starts with it
      current = intlOffset(format, transition)
      starts.push(transition)
      offsets.push(current)
      known = transition
    }
    known = sample
  }
  return { starts, offsets }
}
