/**
 * A zone's UTC offsets, computed once with `Intl` and kept, so that queries never call `Intl`.
 *
 * The timeline is cut into fixed chunks of 28 days. The first time a chunk is needed, its offset is
 * sampled every 12 hours; where two samples differ, the transition is found by bisection to the
 * second (tzdb transitions fall on whole seconds). A chunk is a few numbers; a zone keeps at most
 * `MAX_CHUNKS` of them (then starts afresh), so memory per zone stays small however queries roam.
 */

import { MAX_INSTANT } from '../ground/instant'
import { daysFromCivil } from './civil'

export { MAX_INSTANT }

const CHUNK_MS = 28 * 86_400_000
const SAMPLE_MS = 12 * 3_600_000
const MAX_CHUNKS = 96

/** A stretch of time with one offset: `[start, end)`, `offset` in ms (local = utc + offset). */
export interface OffsetSegment {
  readonly start: number
  readonly end: number
  readonly offset: number
}

interface Chunk {
  /** The chunk's stretches of constant offset, in order; the first starts at the chunk's start. */
  readonly segments: readonly OffsetSegment[]
}

/** One zone's formatter and the offsets found so far. Internal to `src/zone/`. */
export interface ZoneOffsets {
  readonly id: string
  readonly format: Intl.DateTimeFormat
  readonly chunks: Map<number, Chunk>
  /** The segment last asked for: most queries ask about nearly the same instant again. */
  last: OffsetSegment
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

/** Creates the offset cache of a zone from its formatter (`zoneFormat`). */
export function createZoneOffsets(id: string, format: Intl.DateTimeFormat): ZoneOffsets {
  return { id, format, chunks: new Map(), last: { start: 0, end: 0, offset: 0 } }
}

/** The offset at an instant, asked of `Intl` (slow: only while filling a chunk). */
function intlOffset(format: Intl.DateTimeFormat, instant: number): number {
  const second = Math.floor(instant / 1000) * 1000
  const match = FIELDS.exec(format.format(second))
  if (match === null) throw new Error(`unexpected date format from Intl: ${format.format(second)}`)
  const year = match[4] === 'BC' ? 1 - Number(match[3]) : Number(match[3])
  const days = daysFromCivil(year, Number(match[1]), Number(match[2]))
  const local = days * 86_400_000 + Number(match[5]) * 3_600_000 + Number(match[6]) * 60_000 + Number(match[7]) * 1000
  const offset = local - second
  // A formatter that ever answered otherwise would make the transition search loop.
  if (!Number.isFinite(offset)) throw new Error(`no UTC offset from Intl for ${second} in ${format.resolvedOptions().timeZone}`)
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

function fillChunk(zone: ZoneOffsets, index: number): Chunk {
  const start = index * CHUNK_MS
  const end = start + CHUNK_MS
  const starts = [start]
  let current = intlOffset(zone.format, clampInstant(start))
  const offsets = [current]
  let known = start // an instant whose offset is `current`
  for (let sample = start + SAMPLE_MS; sample <= end; sample += SAMPLE_MS) {
    const sampleOffset = intlOffset(zone.format, clampInstant(sample))
    // Several changes between two samples are found one after another.
    while (sampleOffset !== current) {
      const transition = bisectTransition(zone.format, clampInstant(known), current, clampInstant(sample))
      if (transition >= end) break // the next chunk starts with it
      current = intlOffset(zone.format, transition)
      starts.push(transition)
      offsets.push(current)
      known = transition
    }
    known = sample
  }
  if (zone.chunks.size >= MAX_CHUNKS) zone.chunks.clear()
  const segments = starts.map((segmentStart, i) => ({ start: segmentStart, end: starts[i + 1] ?? end, offset: offsets[i]! }))
  const chunk: Chunk = { segments }
  zone.chunks.set(index, chunk)
  return chunk
}

/**
 * The stretch of constant offset that contains `instant`, ending at the next transition or at the
 * end of the cached chunk (so a caller walking forward simply asks again at `end`).
 */
export function segmentAt(zone: ZoneOffsets, instant: number): OffsetSegment {
  const last = zone.last
  if (instant >= last.start && instant < last.end) return last
  const index = Math.floor(instant / CHUNK_MS)
  const { segments } = zone.chunks.get(index) ?? fillChunk(zone, index)
  let i = segments.length - 1
  while (i > 0 && segments[i]!.start > instant) i--
  const segment = segments[i]!
  zone.last = segment
  return segment
}
