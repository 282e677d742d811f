/**
 * Per-minute oracle of the coverage grid (issue 20, items 2–3), written without src/: the local
 * clock comes from Intl directly (wallClock.ts's `readClock`), one reading per UTC minute.
 *
 * THE RULE: every UTC whole minute m of [from, to) is counted in the cell its local clock reads
 * (date, and hh:mm / cellMinutes); a cell's least/most are the fewest/most targets accepting over
 * its minutes, `gap` that one of them has none, `handOver` that two minutes one after the other in
 * the cell (m − 1 and m, both in it) have different non-empty sets. A local minute of a row's date
 * is skipped when no UTC minute reads it, repeated (n − 1 times) when n do. Rows run from the
 * earliest date a minute of the window reads to the latest. Needs whole-minute offsets (years ≥ 1990).
 */
import { readClock } from './wallClock'

const MINUTE_MS = 60_000
const DAY_MS = 86_400_000

export interface OracleGridCell {
  minutes: number
  least: number | null
  most: number | null
  gap: boolean
  handOver: boolean
  skippedMinutes: number
  repeatedMinutes: number
}

export interface OracleGridRow {
  date: string
  weekday: string
  cells: OracleGridCell[]
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']

function dayNumber(year: number, month: number, day: number): number {
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  return Math.round(date.getTime() / DAY_MS)
}

function label(day: number): { date: string; weekday: string } {
  const date = new Date(day * DAY_MS)
  return { date: date.toISOString().slice(0, 10), weekday: WEEKDAYS[date.getUTCDay()]! }
}

/** The local day number and minute of the day of UTC minute `ms` in `zone`, from Intl. */
function localMinute(ms: number, zone: string): { day: number; minute: number } {
  const r = readClock(ms, zone)
  return { day: dayNumber(r.year, r.month, r.day), minute: r.hour * 60 + r.minute }
}

/**
 * The grid of per-minute accepting sets: `sets[i]` the ids accepting in minute i of [from, to).
 */
export function oracleGrid(sets: readonly (readonly number[])[], from: number, zone: string, cellMinutes: number): OracleGridRow[] {
  const to = from + sets.length * MINUTE_MS
  const readings = sets.map((_ids, i) => localMinute(from + i * MINUTE_MS, zone))
  let first = Infinity
  let last = -Infinity
  for (const r of readings) {
    first = Math.min(first, r.day)
    last = Math.max(last, r.day)
  }
  const perDay = 1440 / cellMinutes
  const rows: OracleGridRow[] = []
  for (let day = first; day <= last; day++) {
    rows.push({ ...label(day), cells: Array.from({ length: perDay }, () => ({ minutes: 0, least: null, most: null, gap: false, handOver: false, skippedMinutes: 0, repeatedMinutes: 0 })) })
  }
  const same = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((id, k) => id === b[k])
  readings.forEach((r, i) => {
    const cell = rows[r.day - first]!.cells[Math.floor(r.minute / cellMinutes)]!
    const count = sets[i]!.length
    cell.minutes++
    cell.least = cell.least === null ? count : Math.min(cell.least, count)
    cell.most = cell.most === null ? count : Math.max(cell.most, count)
    if (count === 0) cell.gap = true
    const previous = readings[i - 1]
    if (previous !== undefined && previous.day === r.day && Math.floor(previous.minute / cellMinutes) === Math.floor(r.minute / cellMinutes)) {
      if (count > 0 && sets[i - 1]!.length > 0 && !same(sets[i - 1]!, sets[i]!)) cell.handOver = true
    }
  })
  // How often each local minute of the rows' dates is read, over the dates and two days either side.
  const reads = new Map<number, number>()
  for (let ms = first * DAY_MS - 3 * DAY_MS; ms < (last + 1) * DAY_MS + 3 * DAY_MS; ms += MINUTE_MS) {
    const r = localMinute(ms, zone)
    if (r.day < first || r.day > last) continue
    const key = r.day * 1440 + r.minute
    reads.set(key, (reads.get(key) ?? 0) + 1)
  }
  for (let day = first; day <= last; day++) {
    for (let minute = 0; minute < 1440; minute++) {
      const n = reads.get(day * 1440 + minute) ?? 0
      const cell = rows[day - first]!.cells[Math.floor(minute / cellMinutes)]!
      if (n === 0) cell.skippedMinutes++
      else cell.repeatedMinutes += n - 1
    }
  }
  if (to <= from) throw new Error('oracle: empty window')
  return rows
}
