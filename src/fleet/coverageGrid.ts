import { requireDate } from '../calendar/readExceptions'
import { weekdayOf } from '../calendar/dateHours'
import { toEpochMs } from '../ground/instant'
import { describeReceived } from '../ground/issues'
import { isPlainObject, readOptionFields } from '../ground/readers'
import { zoneFor } from '../zone/resolveTimeZone'
import { dateOfDay } from '../zone/wallClockAt'
import { segmentAt, type ZoneOffsets } from '../zone/zoneOffsets'
import type { CoverageGrid, CoverageGridCell, CoverageGridRow } from '../render/coverageGridTypes'
import type { Coverage } from './types'
import { DAY_MS, MINUTE_MS } from '../ground/timeUnits'

const MINUTES_PER_DAY = 1440
/** At most this many cells in one grid (days × cells per day): a year of 1-minute cells does not fit, five years of half hours do. */
export const MAX_GRID_CELLS = 500_000
/** Stretches of one offset walked at most per call beyond the window's own: a guard, never reached by tzdb. */
const MAX_STRETCHES = 100_000

/** Options of {@link coverageGrid}. */
export interface CoverageGridOptions {
  /** The zone whose wall clock lays out the grid (IANA id, `UTC`, or a Retreaver zone name). */
  readonly timeZone: string
  /** Minutes per cell, a whole number that divides 1440 (default 30 → 48 cells a day). */
  readonly cellMinutes?: number
  /** Only the seven local dates of the week (Monday to Sunday) holding this date (`YYYY-MM-DD`). */
  readonly weekOf?: string
}

interface ReadCoverage {
  readonly starts: Float64Array
  readonly ends: Float64Array
  readonly counts: Uint32Array
  readonly from: number
  readonly to: number
  readonly targets: number
}

const NOT_A_COVERAGE = 'what coverage answered ({ from, to, targets, segments, … })'

/** The coverage read once: each segment's instants and count, checked to tile `[from, to)`. */
function readCoverage(value: unknown): ReadCoverage {
  if (!isPlainObject(value)) throw new TypeError(`coverageGrid needs ${NOT_A_COVERAGE}, received ${describeReceived(value)}`)
  const { segments, targets } = value as { segments?: unknown; targets?: unknown }
  if (!Array.isArray(segments) || segments.length === 0) {
    const what = Array.isArray((value as { shares?: unknown }).shares) || Array.isArray(segments) ? 'an empty list of segments' : `segments ${describeReceived(segments)}`
    throw new TypeError(`coverageGrid needs ${NOT_A_COVERAGE}, received an object with ${what}`)
  }
  const count = segments.length
  const starts = new Float64Array(count)
  const ends = new Float64Array(count)
  const counts = new Uint32Array(count)
  for (let i = 0; i < count; i++) {
    const segment: unknown = segments[i]
    const ids = isPlainObject(segment) ? (segment as { targets?: unknown }).targets : undefined
    if (!Array.isArray(ids)) {
      const shares = isPlainObject(segment) && Array.isArray((segment as { shares?: unknown }).shares)
      throw new TypeError(`coverageGrid needs ${NOT_A_COVERAGE}: segments[${i}] ${shares ? 'is a routingTimeline segment (shares, no targets)' : `has no targets list, received ${describeReceived(segment)}`}`)
    }
    const { start, end } = segment as { start: unknown; end: unknown }
    starts[i] = toEpochMs(start as number, `segments[${i}].start`)
    ends[i] = toEpochMs(end as number, `segments[${i}].end`)
    counts[i] = ids.length
    if (!(ends[i]! > starts[i]!)) throw new RangeError(`segments[${i}] ends (${ends[i]}) at or before it starts (${starts[i]})`)
    if (i > 0 && starts[i] !== ends[i - 1]) throw new RangeError(`segments[${i}] starts at ${starts[i]}, not where segments[${i - 1}] ends (${ends[i - 1]}): coverage segments tile the range`)
  }
  const targetCount = Array.isArray(targets) ? targets.length : 0
  return { starts, ends, counts, from: starts[0]!, to: ends[count - 1]!, targets: targetCount }
}

/** The local day (days since 1970-01-01) an instant reads in a stretch of offset `offset`. */
const localDay = (instant: number, offset: number): number => Math.floor((instant + offset) / DAY_MS)

/**
 * A coverage as a grid of the wall clock of one zone: a row per local date, a cell per
 * `cellMinutes`, each cell saying how many targets accept calls within it — the least and the
 * most — whether a gap or a hand-over falls inside it, and whether the clock skips or repeats any
 * of its minutes. Memory is proportional to days × cells: no ids are kept per cell.
 *
 * Each instant of the window is counted in the cell its local clock reads, by the zone engine's
 * offsets (`wallClockAt`): where the clock springs forward, the skipped local minutes hold no
 * instant (Chatham's 02:45 → 03:45 leaves 02:45–03:45 empty and counts nothing twice); where it
 * falls back, the repeated minutes hold both passes (their cell's `minutes` can pass `cellMinutes`).
 *
 * @param coverage - what `coverage` answered (in `Date`s or epoch ms)
 * @param options - `timeZone` (required), `cellMinutes` (default 30), `weekOf` (`YYYY-MM-DD`: only the week holding it)
 * @returns `{ timeZone, cellMinutes, targets, rows }`, frozen: `rows` from the first local date the
 *   window reads to the last (a date the clock skips entirely still has its row), each
 *   `{ date, weekday, cells }`; a cell `{ minutes, least, most, gap, handOver, skippedMinutes,
 *   repeatedMinutes }`, `least`/`most` null where no instant of the window falls
 * @throws {TypeError} for a value that is not a coverage (a routingTimeline is named as such), or options that are not `{ timeZone, cellMinutes, weekOf }`
 * @throws {RangeError} for an unknown zone, a `cellMinutes` that does not divide 1440, a `weekOf`
 *   that is no date, or a grid of more than 500,000 cells
 *
 * @example
 * // Target 1 from 09:00 to 17:00 UTC, target 2 from 12:00 to 18:00 UTC on Monday 2026-11-30; 3-hour cells
 * const grid = coverageGrid(coverage([ukDesk9to17, ukDesk12to18], Date.UTC(2026, 10, 30), Date.UTC(2026, 11, 1)), { timeZone: 'UTC', cellMinutes: 180 })
 * grid.rows.map((row) => [row.date, row.weekday, row.cells.map((cell) => `${cell.least}–${cell.most}`)])
 * //=> [['2026-11-30', 'Mon', ['0–0', '0–0', '0–0', '1–1', '2–2', '1–2', '0–0', '0–0']]]
 *
 * @example
 * // Edge: Chatham springs forward at 02:45 +12:45 → 03:45 +13:45 (2026-09-27 local, 2026-09-26 14:00Z); hourly cells from 00:45 local
 * const chatham = coverageGrid(coverage([], Date.UTC(2026, 8, 26, 12), Date.UTC(2026, 8, 26, 16)), { timeZone: 'Pacific/Chatham', cellMinutes: 60 })
 * chatham.rows[0].cells.slice(0, 5).map((cell) => [cell.minutes, cell.skippedMinutes])
 * //=> [[15, 0], [60, 0], [45, 15], [15, 45], [60, 0]]
 */
export function coverageGrid(coverage: Coverage<Date | number>, options: CoverageGridOptions): CoverageGrid {
  const { timeZone, cellMinutes, weekOf } = readGridOptions(options)
  const read = readCoverage(coverage)
  const zone = zoneFor(timeZone)
  const cellMs = cellMinutes * MINUTE_MS
  const cellsPerDay = MINUTES_PER_DAY / cellMinutes

  // The local dates: those the window reads (a fall-back over midnight may read a date again later), or the week asked for.
  let firstDay: number
  let lastDay: number
  if (weekOf !== undefined) {
    const given = requireDate(weekOf, 'weekOf')
    firstDay = given - ((weekdayOf(given) + 6) % 7)
    lastDay = firstDay + 6
  } else {
    firstDay = Infinity
    lastDay = -Infinity
    walkStretches(zone, read.from, read.to, (start, end, offset) => {
      firstDay = Math.min(firstDay, localDay(start, offset))
      lastDay = Math.max(lastDay, localDay(end - 1, offset))
    })
  }
  const dayCount = lastDay - firstDay + 1
  if (dayCount * cellsPerDay > MAX_GRID_CELLS) {
    throw new RangeError(`the grid would have ${dayCount * cellsPerDay} cells (${dayCount} days × ${cellsPerDay}), more than ${MAX_GRID_CELLS}: ask for larger cells or a shorter window`)
  }
  const cellTotal = dayCount * cellsPerDay
  const firstCell = firstDay * cellsPerDay
  const minutes = new Float64Array(cellTotal)
  const least = new Uint32Array(cellTotal).fill(0xffffffff)
  const most = new Uint32Array(cellTotal)
  const gap = new Uint8Array(cellTotal)
  const handOver = new Uint8Array(cellTotal)
  const skipped = new Float64Array(cellTotal)
  const repeated = new Float64Array(cellTotal)

  // The window: each segment cut at offset changes and at cell edges of the local clock.
  let previousEnd = Number.NaN
  let previousCell = -1
  let previousCount = 0
  let previousSegment = -1
  for (let i = 0; i < read.starts.length; i++) {
    const count = read.counts[i]!
    walkStretches(zone, read.starts[i]!, read.ends[i]!, (start, end, offset) => {
      for (let local = start + offset; local < end + offset; ) {
        const global = Math.floor(local / cellMs)
        const pieceEnd = Math.min(end + offset, (global + 1) * cellMs)
        const cell = global - firstCell
        if (cell >= 0 && cell < cellTotal) {
          minutes[cell] = minutes[cell]! + (pieceEnd - local) / MINUTE_MS
          if (count < least[cell]!) least[cell] = count
          if (count > most[cell]!) most[cell] = count
          if (count === 0) gap[cell] = 1
          // Segments are maximal, so a new one starting inside the cell it follows on is a change of set.
          if (cell === previousCell && previousSegment !== i && local - offset === previousEnd && count > 0 && previousCount > 0) handOver[cell] = 1
        }
        previousCell = cell
        previousEnd = pieceEnd - offset
        previousCount = count
        previousSegment = i
        local = pieceEnd
      }
    })
  }

  // The clock's own changes over the rows' dates: a forward change skips local readings, a backward one repeats them.
  const rowsStart = firstDay * DAY_MS
  const rowsEnd = (lastDay + 1) * DAY_MS
  let before: number | undefined
  walkStretches(zone, rowsStart - 2 * DAY_MS, rowsEnd + 2 * DAY_MS, (start, _end, offset) => {
    if (before !== undefined && before !== offset) {
      const low = start + Math.min(before, offset)
      const high = start + Math.max(before, offset)
      addLocalSpan(before < offset ? skipped : repeated, low, high)
    }
    before = offset
  })
  function addLocalSpan(into: Float64Array, low: number, high: number): void {
    for (let local = Math.max(low, rowsStart); local < Math.min(high, rowsEnd); ) {
      const global = Math.floor(local / cellMs)
      const pieceEnd = Math.min(high, (global + 1) * cellMs)
      into[global - firstCell] = into[global - firstCell]! + (pieceEnd - local) / MINUTE_MS
      local = pieceEnd
    }
  }

  const rows: CoverageGridRow[] = []
  for (let d = 0; d < dayCount; d++) {
    const cells: CoverageGridCell[] = []
    for (let c = 0; c < cellsPerDay; c++) {
      const k = d * cellsPerDay + c
      const some = minutes[k]! > 0
      cells.push(
        Object.freeze({
          minutes: minutes[k]!,
          least: some ? least[k]! : null,
          most: some ? most[k]! : null,
          gap: gap[k] === 1,
          handOver: handOver[k] === 1,
          skippedMinutes: skipped[k]!,
          repeatedMinutes: repeated[k]!,
        }),
      )
    }
    const { date, weekday } = dateOfDay(firstDay + d)
    rows.push(Object.freeze({ date, weekday, cells: Object.freeze(cells) }))
  }
  return Object.freeze({ timeZone: zone.id, cellMinutes, targets: read.targets, rows: Object.freeze(rows) })
}

/** Calls `visit(start, end, offset)` for each stretch of one offset within `[from, to)`, in order. */
function walkStretches(zone: ZoneOffsets, from: number, to: number, visit: (start: number, end: number, offset: number) => void): void {
  let t = from
  for (let step = 0; t < to; step++) {
    if (step > MAX_STRETCHES) throw new RangeError(`the offsets of ${zone.id} change too often to draw (over ${MAX_STRETCHES} times)`)
    const segment = segmentAt(zone, t)
    const end = Math.min(segment.end, to)
    visit(t, end, segment.offset)
    t = end
  }
}

function readGridOptions(options: unknown): { timeZone: string; cellMinutes: number; weekOf: string | undefined } {
  if (options === undefined) throw new TypeError('coverageGrid needs options with a timeZone, such as { timeZone: \'America/New_York\' }')
  const fields = readOptionFields(options, ['timeZone', 'cellMinutes', 'weekOf'], 'coverageGrid')
  const { timeZone, weekOf } = fields
  if (typeof timeZone !== 'string') throw new TypeError(`coverageGrid options.timeZone must be a zone name (a string), received ${describeReceived(timeZone)}`)
  const cellMinutes = fields.cellMinutes ?? 30
  if (typeof cellMinutes !== 'number' || !Number.isInteger(cellMinutes) || cellMinutes <= 0 || MINUTES_PER_DAY % cellMinutes !== 0) {
    throw new RangeError(`cellMinutes must be a whole number of minutes that divides 1440 (a day), got ${describeReceived(cellMinutes)}`)
  }
  if (weekOf !== undefined && typeof weekOf !== 'string') throw new TypeError(`coverageGrid options.weekOf must be a date YYYY-MM-DD, received ${describeReceived(weekOf)}`)
  return { timeZone, cellMinutes, weekOf }
}
