import type { CoverageGridCell } from './coverageGridTypes'

// Private to src/render/: what a coverage grid cell shows, shared by the text grid and the SVG.

/** Bands of target counts past 9, each one letter: a 1-2-5 scale, so a fleet of any size keeps its counts readable. */
const SCALE: readonly { readonly mark: string; readonly from: number; readonly to: number }[] = (() => {
  const bands: { mark: string; from: number; to: number }[] = []
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
  let from = 10
  for (let i = 0; i < letters.length; i++) {
    const step = [2, 2.5, 2][i % 3]!
    const to = i === letters.length - 1 ? Infinity : Math.round(from * step) - 1
    bands.push({ mark: letters[i]!, from, to })
    from = to + 1
  }
  return bands
})()

/** What a cell is, for marks, colours and titles. */
export type CellKind = 'outside' | 'skipped' | 'gap' | 'partGap' | 'covered'

/**
 * The kind of a cell: no minutes of the window (`outside`; `skipped` when the clock skips all of
 * it), every instant a gap, a gap in part of it, or covered throughout.
 *
 * @example
 * cellKind({ minutes: 30, least: 0, most: 2, gap: true, handOver: false, skippedMinutes: 0, repeatedMinutes: 0 }, 30) //=> 'partGap'
 */
export function cellKind(cell: CoverageGridCell, cellMinutes: number): CellKind {
  if (cell.least === null || cell.most === null) return cell.skippedMinutes >= cellMinutes ? 'skipped' : 'outside'
  if (cell.most === 0) return 'gap'
  if (cell.gap) return 'partGap'
  return 'covered'
}

/**
 * `1,234`: counts as people read them.
 *
 * @example
 * count(48000) //=> '48,000'
 */
export const count = (n: number): string => n.toLocaleString('en-US')

/**
 * The one-character mark of a cell in the text grid: the fewest targets accepting within it,
 * `1`–`9`, then a letter per band of the scale (`A` 10–19, `B` 20–49, `C` 50–99, `D` 100–199, …);
 * `·` a gap throughout, `!` a gap in part of it, `-` skipped by the clock, a space outside the window.
 *
 * @example
 * cellMark({ minutes: 30, least: 12, most: 15, gap: false, handOver: true, skippedMinutes: 0, repeatedMinutes: 0 }, 30) //=> 'A'
 */
export function cellMark(cell: CoverageGridCell, cellMinutes: number): string {
  const kind = cellKind(cell, cellMinutes)
  if (kind === 'outside') return ' '
  if (kind === 'skipped') return '-'
  if (kind === 'gap') return '·'
  if (kind === 'partGap') return '!'
  return countMark(cell.least!)
}

/**
 * The mark of a count of 1 or more.
 *
 * @example
 * [countMark(9), countMark(10), countMark(20), countMark(99), countMark(50000)] //=> ['9', 'A', 'B', 'C', 'L']
 */
export function countMark(n: number): string {
  if (n <= 9) return String(n)
  for (const band of SCALE) if (n <= band.to) return band.mark
  return SCALE[SCALE.length - 1]!.mark
}

/**
 * What a mark means, for the legend: `A 10–19 targets`.
 *
 * @example
 * markMeaning('D') //=> 'D 100–199 targets'
 */
export function markMeaning(mark: string): string {
  if (mark === ' ') return '(blank) outside the window'
  if (mark === '-') return '- skipped by the clock'
  if (mark === '·') return '· no target (a gap)'
  if (mark === '!') return '! a gap in part of it'
  const band = SCALE.find((candidate) => candidate.mark === mark)
  if (band !== undefined) return `${mark} ${count(band.from)}${band.to === Infinity ? ' or more' : `–${count(band.to)}`} targets`
  return `${mark} ${mark === '1' ? 'target' : 'targets'}`
}

/**
 * A cell's account in words, for an SVG title: `3–5 targets; a hand-over inside`.
 *
 * @example
 * cellMeaning({ minutes: 30, least: 3, most: 5, gap: false, handOver: true, skippedMinutes: 0, repeatedMinutes: 0 }, 30) //=> '3–5 targets; a hand-over inside'
 */
export function cellMeaning(cell: CoverageGridCell, cellMinutes: number): string {
  const kind = cellKind(cell, cellMinutes)
  const notes: string[] = []
  if (cell.handOver) notes.push('a hand-over inside')
  if (kind !== 'skipped' && cell.skippedMinutes > 0) notes.push(`the clock skips ${count(cell.skippedMinutes)} min of it`)
  if (cell.repeatedMinutes > 0) notes.push(`the clock repeats ${count(cell.repeatedMinutes)} min of it`)
  const more = notes.length === 0 ? '' : `; ${notes.join('; ')}`
  if (kind === 'outside') return `outside the window${more}`
  if (kind === 'skipped') return `skipped by the clock${more}`
  if (kind === 'gap') return `no target (a gap)${more}`
  const range = cell.least === cell.most ? count(cell.least!) : `${count(cell.least!)}–${count(cell.most!)}`
  const targets = `${range} ${cell.most === 1 ? 'target' : 'targets'}`
  if (kind === 'partGap') return `a gap in part of it, else up to ${targets}${more}`
  return `${targets}${more}`
}

/**
 * `HH:MM` of a minute of the day; 1440 is `24:00`.
 *
 * @example
 * clockText(1440) //=> '24:00'
 */
export function clockText(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`
}
