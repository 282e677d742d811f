import { describeReceived } from '../ground/issues'
import { readOptionFields } from '../ground/readers'
import type { CoverageGrid, CoverageGridCell } from './coverageGridTypes'
import { cellKind, cellMeaning, clockText, count } from './coverageMarks'
import { escapeXml } from './escapeXml'
import { readGrid } from './renderCoverageGrid'

/** Options of {@link renderCoverageSvg}. */
export interface RenderCoverageSvgOptions {
  /** Heading drawn above the grid and used as the SVG's `<title>` (default `Coverage`). */
  readonly title?: string
  /** Text for screen readers, the SVG's `<desc>` (e.g. `coverageSummary` in a sentence). */
  readonly summary?: string
  /** Displayed width in pixels (default 900); the height follows the drawing's proportions. */
  readonly width?: number
}

// Drawing units: one unit across is one minute of the day, so a cell of n minutes is n units wide.
const CHART_WIDTH = 1440
/** Font sizes, and the width of a character at the label size: a generous 0.62 em, so every label fits. */
const LABEL_FONT = 30
const LEGEND_FONT = 28
const CHAR_WIDTH = 0.62
const LAYOUT = { left: 20, rightMargin: 40, top: 20, titleHeight: 72, zoneHeight: 52, rulerHeight: 48, rowHeight: 44, inset: 4, legendRow: 44, bottom: 20 } as const
const DEFAULT_WIDTH = 900

const COLOURS = {
  background: '#ffffff',
  text: '#212121',
  muted: '#616161',
  tick: '#b0bec5',
  outside: '#eceff1',
  skipped: '#90a4ae',
  gap: '#d32f2f',
  partGap: '#ef9a9a',
} as const

/** Greens for the fewest targets accepting within a cell, darker for more. */
const COUNT_BANDS: readonly { readonly from: number; readonly to: number; readonly fill: string }[] = [
  { from: 1, to: 1, fill: '#dcedc8' },
  { from: 2, to: 4, fill: '#aed581' },
  { from: 5, to: 9, fill: '#7cb342' },
  { from: 10, to: 99, fill: '#558b2f' },
  { from: 100, to: 999, fill: '#33691e' },
  { from: 1000, to: Infinity, fill: '#1b3d0f' },
]

/** A cell's colour and the legend entry it belongs to. */
function swatch(cell: CoverageGridCell, cellMinutes: number): { fill: string; legend: string } {
  const kind = cellKind(cell, cellMinutes)
  if (kind === 'outside') return { fill: COLOURS.outside, legend: 'outside the window' }
  if (kind === 'skipped') return { fill: COLOURS.skipped, legend: 'skipped by the clock' }
  if (kind === 'gap') return { fill: COLOURS.gap, legend: 'no target (a gap)' }
  if (kind === 'partGap') return { fill: COLOURS.partGap, legend: 'a gap in part of it' }
  const least = cell.least!
  const band = COUNT_BANDS.find((candidate) => least <= candidate.to)!
  const legend = band.to === Infinity ? `${count(band.from)} or more targets` : band.from === band.to ? `${count(band.from)} ${band.from === 1 ? 'target' : 'targets'}` : `${count(band.from)}–${count(band.to)} targets`
  return { fill: band.fill, legend }
}

/** The legend's order: the counts from few to many, then gaps, then the clock and the window. */
function legendOrder(legend: string): number {
  const fixed = ['no target (a gap)', 'a gap in part of it', 'skipped by the clock', 'outside the window'].indexOf(legend)
  if (fixed >= 0) return Number.MAX_SAFE_INTEGER - 4 + fixed
  return Number(/^\d+/.exec(legend.replace(/,/g, ''))?.[0] ?? 99)
}

/**
 * Draws a coverage grid as a standalone SVG heat map: one labelled row per local date, one cell
 * per `cellMinutes`, coloured by the fewest targets accepting calls within it (greens, darker for
 * more: 1, 2–4, 5–9, 10–99, 100–999, 1,000 or more), gaps red, part gaps light red, cells the clock
 * skips grey-blue, cells outside the window pale. Each run of cells alike is one `<rect>` with a
 * `<title>` in words (`Mon 2026-11-30 09:00–12:00: 3–5 targets; a hand-over inside`). The legend
 * names every colour used and no other, laid out so every label fits. All text is XML-escaped.
 *
 * @param grid - from `coverageGrid`
 * @param options - `title` (default `Coverage`), `summary` (the `<desc>`), `width` in pixels (default 900)
 * @returns the SVG markup, starting `<svg xmlns="http://www.w3.org/2000/svg"`, no trailing newline
 * @throws {TypeError} for a value that is not a coverage grid, or options that are not an object
 * @throws {RangeError} for a `width` that is not a positive number, or a `title`/`summary` that is not text
 *
 * @example
 * // Target 1 09:00–17:00 UTC, target 2 12:00–18:00 UTC, on Monday 2026-11-30; 3-hour cells
 * const svg = renderCoverageSvg(coverageGrid(coverage([ukDesk9to17, ukDesk12to18], Date.UTC(2026, 10, 30), Date.UTC(2026, 11, 1)), { timeZone: 'UTC', cellMinutes: 180 }), { title: 'A & B' })
 * svg.split('\n').filter((line) => line.includes('class="cells"'))
 * //=> ['    <rect class="cells" x="320" y="196" width="540" height="36" fill="#d32f2f"><title>Mon 2026-11-30 00:00–09:00: no target (a gap)</title></rect>',
 * //    '    <rect class="cells" x="860" y="196" width="180" height="36" fill="#dcedc8"><title>Mon 2026-11-30 09:00–12:00: 1 target</title></rect>',
 * //    '    <rect class="cells" x="1040" y="196" width="180" height="36" fill="#aed581"><title>Mon 2026-11-30 12:00–15:00: 2 targets</title></rect>',
 * //    '    <rect class="cells" x="1220" y="196" width="180" height="36" fill="#dcedc8"><title>Mon 2026-11-30 15:00–18:00: 1–2 targets; a hand-over inside</title></rect>',
 * //    '    <rect class="cells" x="1400" y="196" width="360" height="36" fill="#d32f2f"><title>Mon 2026-11-30 18:00–24:00: no target (a gap)</title></rect>']
 * svg.split('\n').filter((line) => line.includes('class="legend-label"')).map((line) => line.replace(/<[^>]+>/g, '').trim())
 * //=> ['1 target', '2–4 targets', 'no target (a gap)']
 */
export function renderCoverageSvg(grid: CoverageGrid, options: RenderCoverageSvgOptions = {}): string {
  const { title, summary, width: displayWidth } = readSvgOptions(options)
  const { cellMinutes, rows, timeZone } = readGrid(grid, 'renderCoverageSvg')
  const perDay = 1440 / cellMinutes
  const labels = rows.map((row) => `${row.weekday} ${row.date}`)
  let longest = 0
  for (const label of labels) longest = Math.max(longest, label.length)
  // Labels end 20 units before the chart; at least 320 units, as wide as the longest label needs.
  const labelWidth = Math.max(320, Math.ceil(LAYOUT.left + longest * LABEL_FONT * CHAR_WIDTH + 20))
  const totalWidth = labelWidth + CHART_WIDTH + LAYOUT.rightMargin

  // The legend's entries first: the colours used, each once.
  const used = new Map<string, string>()
  for (const row of rows) {
    for (const cell of row.cells) {
      const { fill, legend } = swatch(cell, cellMinutes)
      used.set(legend, fill)
    }
  }
  const entries = Array.from(used).sort((a, b) => legendOrder(a[0]) - legendOrder(b[0]))
  // Wrapped into lines that fit between the chart's left edge and the drawing's right edge.
  const legendLines: { x: number; label: string; fill: string }[][] = [[]]
  let x = labelWidth
  for (const [label, fill] of entries) {
    const entryWidth = 40 + Math.ceil(label.length * LEGEND_FONT * CHAR_WIDTH) + 30
    if (x + entryWidth > totalWidth - LAYOUT.rightMargin / 2 && legendLines[legendLines.length - 1]!.length > 0) {
      legendLines.push([])
      x = labelWidth
    }
    legendLines[legendLines.length - 1]!.push({ x, label, fill })
    x += entryWidth
  }

  let y = LAYOUT.top
  const titleY = y + 50
  y += LAYOUT.titleHeight
  const zoneY = y + 36
  y += LAYOUT.zoneHeight
  const rulerY = y + 34
  y += LAYOUT.rulerHeight
  const rowsTop = y
  const rowsBottom = rowsTop + rows.length * LAYOUT.rowHeight
  const legendTop = rowsBottom + 30
  const totalHeight = legendTop + legendLines.length * LAYOUT.legendRow + LAYOUT.bottom
  const height = Math.round((displayWidth * totalHeight * 1000) / totalWidth) / 1000
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${displayWidth}" height="${height}" viewBox="0 0 ${totalWidth} ${totalHeight}" role="img" font-family="system-ui, sans-serif">`,
    `  <title>${escapeXml(title)}</title>`,
    `  <desc>${escapeXml(summary)}</desc>`,
    `  <rect class="background" x="0" y="0" width="${totalWidth}" height="${totalHeight}" fill="${COLOURS.background}"/>`,
    `  <text class="title" x="${labelWidth}" y="${titleY}" font-size="44" font-weight="bold" fill="${COLOURS.text}">${escapeXml(title)}</text>`,
    `  <text class="time-zone" x="${labelWidth}" y="${zoneY}" font-size="32" fill="${COLOURS.muted}">Time zone: ${escapeXml(timeZone)}; one cell is ${cellMinutes} minutes</text>`,
    `  <g class="ruler" font-size="30" fill="${COLOURS.muted}" text-anchor="middle">`,
  ]
  for (let hour = 0; hour <= 24; hour += 3) out.push(`    <text x="${labelWidth + hour * 60}" y="${rulerY}">${String(hour).padStart(2, '0')}</text>`)
  out.push('  </g>')
  rows.forEach((row, r) => {
    const rowTop = rowsTop + r * LAYOUT.rowHeight
    out.push(`  <g class="day" data-date="${escapeXml(row.date)}">`)
    out.push(`    <text class="day-label" x="${labelWidth - 20}" y="${rowTop + 32}" font-size="${LABEL_FONT}" fill="${COLOURS.text}" text-anchor="end">${escapeXml(labels[r]!)}</text>`)
    for (let start = 0; start < perDay; ) {
      const first = row.cells[start]!
      const meaning = cellMeaning(first, cellMinutes)
      const { fill } = swatch(first, cellMinutes)
      let end = start + 1
      while (end < perDay && cellMeaning(row.cells[end]!, cellMinutes) === meaning && swatch(row.cells[end]!, cellMinutes).fill === fill) end++
      const text = `${labels[r]} ${clockText(start * cellMinutes)}–${clockText(end * cellMinutes)}: ${meaning}`
      out.push(
        `    <rect class="cells" x="${labelWidth + start * cellMinutes}" y="${rowTop + LAYOUT.inset}" width="${(end - start) * cellMinutes}" height="${LAYOUT.rowHeight - 2 * LAYOUT.inset}" fill="${fill}"><title>${escapeXml(text)}</title></rect>`,
      )
      start = end
    }
    out.push('  </g>')
  })
  out.push(`  <g class="hours" stroke="${COLOURS.tick}" stroke-width="2">`)
  for (let hour = 0; hour <= 24; hour += 3) out.push(`    <line x1="${labelWidth + hour * 60}" y1="${rowsTop}" x2="${labelWidth + hour * 60}" y2="${rowsBottom}"/>`)
  out.push('  </g>')
  out.push(`  <g class="legend" font-size="${LEGEND_FONT}" fill="${COLOURS.text}">`)
  legendLines.forEach((line, l) => {
    const baseline = legendTop + l * LAYOUT.legendRow + 30
    for (const entry of line) {
      out.push(`    <rect class="legend-swatch" x="${entry.x}" y="${baseline - 26}" width="30" height="30" fill="${entry.fill}" stroke="${COLOURS.tick}"/>`)
      out.push(`    <text class="legend-label" x="${entry.x + 40}" y="${baseline}">${escapeXml(entry.label)}</text>`)
    }
  })
  out.push('  </g>', '</svg>')
  return out.join('\n')
}

function readSvgOptions(options: unknown): { title: string; summary: string; width: number } {
  const fields = readOptionFields(options, ['title', 'summary', 'width'], 'renderCoverageSvg')
  const text = (name: 'title' | 'summary', fallback: string): string => {
    const value = fields[name]
    if (value === undefined) return fallback
    if (typeof value === 'string') return value
    throw new RangeError(`${name} must be text, got ${describeReceived(value)}`)
  }
  const width = fields.width ?? DEFAULT_WIDTH
  if (typeof width !== 'number' || !Number.isFinite(width) || width <= 0) throw new RangeError(`width must be a positive number of pixels, got ${describeReceived(width)}`)
  return { title: text('title', 'Coverage'), summary: text('summary', ''), width }
}
