import type { CoverageGrid } from './coverageGridTypes'
import { readOptionFields } from '../ground/readers'
import { describeReceived } from '../ground/issues'
import { cellMark, markMeaning } from './coverageMarks'
import { ruler } from './renderWeekGrid'

/** Options of {@link renderCoverageGrid}. */
export interface RenderCoverageGridOptions {
  /** Add the legend under the grid (default true): a line naming every mark the grid uses. */
  readonly legend?: boolean
}

/**
 * Draws a coverage grid as text: an hour ruler, then one line per local date (`Mon 2026-11-30 `,
 * all labels as wide as the widest) with one mark per cell — the fewest targets accepting calls
 * within it, `1`–`9`, then a letter per band of a 1-2-5 scale (`A` 10–19, `B` 20–49, `C` 50–99,
 * `D` 100–199, `E` 200–499, `F` 500–999, `G` 1,000–1,999, …), `·` a gap throughout, `!` a gap in
 * part of it, `-` a cell the clock skips, a space outside the window — then the legend, which
 * names the marks used and no other. Rows keep their trailing spaces (every row is as wide as the
 * ruler allows); lines are joined by `\n`, no trailing newline, no colour.
 *
 * @param grid - from `coverageGrid`
 * @param options - `legend` (default true)
 * @returns the text
 * @throws {TypeError} for a value that is not a coverage grid, or options that are not `{ legend }`
 *
 * @example
 * // Target 1 09:00–17:00 UTC, target 2 12:00–18:00 UTC, on Monday 2026-11-30; 3-hour cells
 * renderCoverageGrid(coverageGrid(coverage([ukDesk9to17, ukDesk12to18], Date.UTC(2026, 10, 30), Date.UTC(2026, 11, 1)), { timeZone: 'UTC', cellMinutes: 180 }))
 * //=> '               00  12\n' +
 * //   'Mon 2026-11-30 ···121··\n' +
 * //   'Each column is 180 minutes; its mark is the fewest targets accepting calls within it.\n' +
 * //   'Marks: 1–9 that many targets  · no target (a gap)'
 *
 * @example
 * // Edge: a big fleet keeps its counts (a scale, not "+"); a year past 9999 keeps the rows in line
 * const cell = (n: number) => ({ minutes: 720, least: n, most: n, gap: false, handOver: false, skippedMinutes: 0, repeatedMinutes: 0 })
 * renderCoverageGrid({ timeZone: 'UTC', cellMinutes: 720, targets: 50000, rows: [
 *   { date: '9999-12-31', weekday: 'Fri', cells: [cell(12), cell(48000)] }, { date: '+010000-01-01', weekday: 'Sat', cells: [cell(250), cell(3)] }] })
 * //=> '                  00\n' +
 * //   'Fri 9999-12-31    AK\n' +
 * //   'Sat +010000-01-01 E3\n' +
 * //   'Each column is 720 minutes; its mark is the fewest targets accepting calls within it.\n' +
 * //   'Marks: 1–9 that many targets  A 10–19 targets  E 200–499 targets  K 20,000–49,999 targets'
 */
export function renderCoverageGrid(grid: CoverageGrid, options: RenderCoverageGridOptions = {}): string {
  const fields = readOptionFields(options, ['legend'], 'renderCoverageGrid')
  const legend = fields.legend ?? true
  if (typeof legend !== 'boolean') throw new TypeError(`renderCoverageGrid options.legend must be true or false, received ${describeReceived(legend)}`)
  const { cellMinutes, rows } = readGrid(grid, 'renderCoverageGrid')
  const labels = rows.map((row) => `${row.weekday} ${row.date}`)
  let labelWidth = 0
  for (const label of labels) labelWidth = Math.max(labelWidth, label.length)
  const lines = [ruler(cellMinutes, 1440 / cellMinutes, labelWidth + 1)]
  const used = new Set<string>()
  rows.forEach((row, r) => {
    let marks = ''
    for (const cell of row.cells) {
      const mark = cellMark(cell, cellMinutes)
      used.add(mark)
      marks += mark
    }
    lines.push(`${labels[r]!.padEnd(labelWidth)} ${marks}`)
  })
  if (legend) lines.push(`Each column is ${cellMinutes} minutes; its mark is the fewest targets accepting calls within it.`, `Marks: ${legendParts(used).join('  ')}`)
  return lines.join('\n')
}

/**
 * The legend's entries for the marks used, in a fixed order: counts, scale letters, then the others.
 *
 * @example
 * legendParts(new Set(['·', 'B', '3'])) //=> ['1–9 that many targets', 'B 20–49 targets', '· no target (a gap)']
 */
export function legendParts(used: ReadonlySet<string>): string[] {
  const parts: string[] = []
  if (Array.from('123456789').some((digit) => used.has(digit))) parts.push('1–9 that many targets')
  for (const mark of Array.from(used).filter((m) => /^[A-Z]$/.test(m)).sort()) parts.push(markMeaning(mark))
  for (const mark of ['·', '!', '-', ' ']) if (used.has(mark)) parts.push(markMeaning(mark))
  return parts
}

/**
 * The grid's fields read once, checked enough to draw it. Internal to src/render.
 *
 * @example
 * readGrid({ timeZone: 'UTC', cellMinutes: 720, targets: 0, rows: [] }, 'renderCoverageGrid').rows //=> []
 */
export function readGrid(grid: unknown, owner: string): CoverageGrid {
  const fields = grid !== null && typeof grid === 'object' ? (grid as Partial<CoverageGrid>) : undefined
  const cellMinutes = fields?.cellMinutes
  const rows = fields?.rows
  if (typeof cellMinutes !== 'number' || !Number.isInteger(cellMinutes) || cellMinutes <= 0 || 1440 % cellMinutes !== 0 || !Array.isArray(rows)) {
    throw new TypeError(`${owner} needs what coverageGrid answered ({ timeZone, cellMinutes, targets, rows }), received ${describeReceived(grid)}`)
  }
  const perDay = 1440 / cellMinutes
  rows.forEach((row, r) => {
    if (row === null || typeof row !== 'object' || !Array.isArray(row.cells) || row.cells.length !== perDay || typeof row.date !== 'string' || typeof row.weekday !== 'string') {
      throw new TypeError(`${owner} needs what coverageGrid answered: rows[${r}] is not a row of ${perDay} cells with a date and weekday`)
    }
  })
  return grid as CoverageGrid
}
