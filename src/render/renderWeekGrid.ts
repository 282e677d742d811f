import type { Hours } from '../calendar/types'
import { MINUTES_PER_DAY } from '../week/types'
import { readGridOptions } from './readRenderOptions'
import { weekRows } from './weekDays'

/** The characters a week grid is drawn with; each must be exactly one character (code point). */
export interface WeekGridMarks {
  /** A cell open for all of its minutes. Default `█`. */
  readonly open: string
  /** A cell closed for all of its minutes. Default `·`. */
  readonly closed: string
  /** A cell open for some but not all of its minutes. Default `▌`. */
  readonly partial: string
}

/** Options of {@link renderWeekGrid}. */
export interface RenderWeekGridOptions {
  /** First row: `'monday'` (default, Mon…Sun) or `'sunday'` (Sun…Sat). */
  readonly weekStart?: 'sunday' | 'monday'
  /** Minutes per column, a whole number that divides 1440 (default 30 → 48 columns). */
  readonly cellMinutes?: number
  /** Replaces some or all of the default marks. */
  readonly marks?: Partial<WeekGridMarks>
  /**
   * Draws the dated week holding this date (`YYYY-MM-DD`), each row labelled `Thu 12-24`, with a
   * calendar's exceptions applied. Without it, a calendar draws its weekly hours.
   */
  readonly weekOf?: string
  /** With `weekOf`: the zone whose clock absolute exceptions are read on (default UTC). */
  readonly timeZone?: string
}

const DEFAULT_MARKS: WeekGridMarks = { open: '█', closed: '·', partial: '▌' }
/** Hour steps the ruler may label at, all dividing 24 so labels repeat evenly. */
const RULER_HOUR_STEPS = [1, 2, 3, 4, 6, 8, 12] as const
/** Columns from one ruler label's start to the next: two digits and at least one space. */
const MIN_LABEL_SPACING = 3

/**
 * Draws the week as a text grid: an hour ruler, then one row per day, one character per cell.
 *
 * The first line is the ruler: two-digit hours placed above the column where that hour starts, at the
 * smallest step (1, 2, 3, 4, 6, 8 or 12 hours) that starts on a column and leaves room between labels;
 * only `00` when no step fits. Then seven lines `Mon ` + cells. A cell shows `open` when open for all
 * its minutes, `closed` when for none, `partial` otherwise. Lines are joined by `\n` with no trailing
 * newline; the ruler has no trailing spaces; no colour codes.
 *
 * @param schedule - the week in normal form, or a `Calendar`
 * @param options - `weekStart`, `cellMinutes` (default 30), `marks`, and `weekOf` (with `timeZone`) for a dated week
 * @returns the grid, eight lines
 * @throws {RangeError} when `cellMinutes` is not a positive whole number dividing 1440, or a mark is
 *   not exactly one character
 *
 * @example
 * // Mon–Fri 09:00–17:30, one column per hour
 * const officeHours = { intervals: [1, 2, 3, 4, 5].map((d) => ({ start: d * 1440 + 540, end: d * 1440 + 1050 })) }
 * renderWeekGrid(officeHours, { cellMinutes: 60 })
 * //=> '    00 03 06 09 12 15 18 21\n' +
 * //   'Mon ·········████████▌······\n' +
 * //   'Tue ·········████████▌······\n' +
 * //   'Wed ·········████████▌······\n' +
 * //   'Thu ·········████████▌······\n' +
 * //   'Fri ·········████████▌······\n' +
 * //   'Sat ························\n' +
 * //   'Sun ························'
 *
 * @example
 * // A dated week of a calendar: Christmas Eve short, Christmas closed
 * renderWeekGrid(christmasCalendar, { cellMinutes: 60, weekOf: '2026-12-24', timeZone: 'America/New_York' })
 * //=> '          00 03 06 09 12 15 18 21\n' +
 * //   'Mon 12-21 ·········████████·······\n' +
 * //   'Tue 12-22 ·········████████·······\n' +
 * //   'Wed 12-23 ·········████████·······\n' +
 * //   'Thu 12-24 ·········████···········\n' +
 * //   'Fri 12-25 ························\n' +
 * //   'Sat 12-26 ························\n' +
 * //   'Sun 12-27 ························'
 *
 * @example
 * // Edge: cellMinutes must divide a day
 * renderWeekGrid({ intervals: [] }, { cellMinutes: 7 })
 * //=> throws RangeError: cellMinutes must be a whole number of minutes that divides 1440 (a day), got 7
 */
export function renderWeekGrid(schedule: Hours, options: RenderWeekGridOptions = {}): string {
  const { weekStart, cellMinutes, marks, weekOf, timeZone } = readGridOptions(options, DEFAULT_MARKS)

  const cellsPerDay = MINUTES_PER_DAY / cellMinutes
  const rows = weekRows(schedule, weekStart, weekOf, timeZone)
  const labelWidth = rows[0]!.label.length + 1
  const lines = [ruler(cellMinutes, cellsPerDay, labelWidth)]
  for (const row of rows) {
    const openMinutes = new Array<number>(cellsPerDay).fill(0)
    for (const span of row.spans) {
      const lastCell = Math.ceil(span.end / cellMinutes) - 1
      for (let cell = Math.floor(span.start / cellMinutes); cell <= lastCell; cell++) {
        const overlap = Math.min(span.end, (cell + 1) * cellMinutes) - Math.max(span.start, cell * cellMinutes)
        openMinutes[cell] = (openMinutes[cell] ?? 0) + overlap
      }
    }
    const cells = openMinutes
      .map((open) => (open >= cellMinutes ? marks.open : open <= 0 ? marks.closed : marks.partial))
      .join('')
    lines.push(`${row.label} ${cells}`)
  }
  return lines.join('\n')
}

/**
 * The hour ruler of a text grid: two-digit hours above the column where each starts, at the
 * smallest step that leaves room between labels. Internal to src/render.
 *
 * @example
 * ruler(60, 24, 4) //=> '    00 03 06 09 12 15 18 21'
 */
export function ruler(cellMinutes: number, cellsPerDay: number, labelWidth: number): string {
  const step =
    RULER_HOUR_STEPS.find(
      (hours) => (hours * 60) % cellMinutes === 0 && (hours * 60) / cellMinutes >= MIN_LABEL_SPACING,
    ) ?? 24
  const columns = new Array<string>(labelWidth + Math.max(cellsPerDay, 2)).fill(' ')
  for (let hour = 0; hour < 24; hour += step) {
    const column = labelWidth + (hour * 60) / cellMinutes
    const label = String(hour).padStart(2, '0')
    columns[column] = label[0] ?? ' '
    columns[column + 1] = label[1] ?? ' '
  }
  return columns.join('').trimEnd()
}
