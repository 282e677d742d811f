import {
  EXIT_CODES,
  FROM_OPTION,
  JSON_OPTION,
  valueError,
  withCommonOptions,
  type BooleanOptionSpec,
  type CommandInvocation,
  type CommandSpec,
  type ExitCodeSpec,
  type PositionalSpec,
  type ParsedArguments,
  type StringOptionSpec,
  daysOption,
} from '../commandSpecs'
import { coverage, coverageSummary, resolveTimeZone, type CoverageSegment, type CoverageSummary, type Issue, type SkippedTarget, type Span, type Target } from '../../index'
import { EXCEPTIONS_OPTION, HOLIDAYS_OPTION, loadExceptions, yearsAround } from '../exceptionsInput'
import { fleetProblemLines, loadFleet, requireFleet, type FleetMember, type LoadedFleet } from '../fleetInput'
import { formatDuration, formatLocal, formatUtc, readLocal, shown, type Style } from '../format'
import { CliError, describeFileError, type CliIo } from '../io'
import { countOf, currentMinute, messageOf, type CommandContext } from './common'

// ---------------------------------------------------------------------------------------------------
// What `coverage` and `routes` share: the fleet file, the window, the display zone
// ---------------------------------------------------------------------------------------------------

/**
 * Options of the `coverage` command, as parsed from the command line (`routes` takes the same but
 * `svg`).
 *
 * @example
 * const options: CoverageCommandOptions = { file: 'fleet.json', from: undefined, days: 7, tz: undefined, caps: false,
 *   skipInvalid: false, exceptions: undefined, holidays: undefined, svg: undefined, json: false }
 */
export interface CoverageCommandOptions {
  readonly file: string
  readonly from: Date | undefined
  readonly days: number
  /** The zone times are shown in (display only: each target keeps its own zone). */
  readonly tz: string | undefined
  readonly caps: boolean
  readonly skipInvalid: boolean
  readonly exceptions: string | undefined
  readonly holidays: string | undefined
  readonly svg: string | undefined
  readonly json: boolean
}

/**
 * A target left out of the answer (`--skip-invalid`): its index in the file's list, its id when it
 * has a well-formed one, and its errors.
 *
 * @example
 * const skipped: SkippedReport = { index: 3, id: 12, issues: [] }
 */
export interface SkippedReport {
  readonly index: number
  readonly id: number | null
  readonly issues: readonly Issue[]
}

/** The fleet read and checked, and the window: what both commands start from. */
export interface FleetWindow {
  readonly fleet: LoadedFleet
  readonly members: readonly FleetMember[]
  readonly from: Date
  readonly to: Date
  /** The display zone, an IANA id. */
  readonly timeZone: string
  readonly skipped: readonly SkippedReport[]
}

const MS_PER_DAY = 86_400_000

/**
 * Reads the options both commands share: the display zone, the window, the exceptions and the
 * fleet, its problems ending the command (exit 1) unless `--skip-invalid`.
 *
 * @throws {CliError} exit 2 for an unknown `--tz` or a file that holds no list of targets; exit 1
 *   for invalid targets (unless `skipInvalid`) or invalid exceptions
 */
export async function readFleetWindow(options: Omit<CoverageCommandOptions, 'svg' | 'json'>, ctx: CommandContext): Promise<FleetWindow> {
  const { io, errStyle } = ctx
  const timeZone = displayZone(options.tz)
  const from = options.from ?? currentMinute(io)
  const to = new Date(from.getTime() + options.days * MS_PER_DAY)
  const exceptions = await loadExceptions(options, yearsAround(from, to), io)
  const fleet = await loadFleet(options.file, io, { exceptions })
  const members = requireFleet(fleet, options.skipInvalid, io, errStyle)
  const skipped = fleet.problems.map((problem): SkippedReport => ({ index: problem.index, id: problem.id, issues: problem.issues }))
  return { fleet, members, from, to, timeZone, skipped }
}

/** `--tz` as an IANA id (default UTC), through the library's zone reader. */
function displayZone(tz: string | undefined): string {
  if (tz === undefined) return 'UTC'
  try {
    return resolveTimeZone(tz)
  } catch (error) {
    throw new CliError(`--tz: ${shown(error instanceof Error ? error.message : messageOf(error), 400)}`, 2)
  }
}

/**
 * The targets the library left out of its answer (none when the CLI checked them first, as it
 * does): an error, exit 1, unless `--skip-invalid`; then named in `skipped` by their index in the file.
 *
 * @throws {CliError} exit 1 when the library skipped a target and `skipInvalid` is false
 */
export function acceptLibrarySkipped(window: FleetWindow, skipped: readonly SkippedTarget[], skipInvalid: boolean, io: CliIo, errStyle: Style): { members: readonly FleetMember[]; skipped: readonly SkippedReport[] } {
  if (skipped.length === 0) return { members: window.members, skipped: window.skipped }
  const left = new Set(skipped.map((entry) => entry.index))
  const reports = skipped.map((entry): SkippedReport => ({ index: window.members[entry.index]?.index ?? entry.index, id: entry.id, issues: entry.issues }))
  const lines = reports.flatMap((report) => {
    const member = window.members.find((candidate) => candidate.index === report.index)
    return fleetProblemLines({ index: report.index, line: member?.line, id: report.id, issues: report.issues, warnings: [] }).map((line) => `  ${line}`)
  })
  const heading = `${shown(window.fleet.source)}: ${countOf(reports.length, 'target')} cannot be used`
  if (!skipInvalid) throw new CliError([`${heading}:`, ...lines, '(--skip-invalid leaves them out)'].join('\n'), 1)
  io.stderr(`${errStyle.yellow('note:')} ${heading}; left out (--skip-invalid):\n${lines.join('\n')}\n`)
  return {
    members: window.members.filter((_member, i) => !left.has(i)),
    skipped: [...window.skipped, ...reports].sort((a, b) => a.index - b.index),
  }
}

/**
 * The heading both commands print: what was read, the window in the display zone and in UTC, the
 * zone, and whether caps count.
 *
 * @example
 * // Coverage of 5 targets from examples/fleet.json, 7 days:
 * //   from Sun 2026-11-29 19:00 EST  (2026-11-30T00:00Z)
 * //     to Sun 2026-12-06 19:00 EST  (2026-12-07T00:00Z)
 * // Times in America/New_York; each target keeps its own zone. Caps not counted.
 */
export function fleetHeading(what: 'Coverage' | 'Routing', window: FleetWindow, members: readonly FleetMember[], days: number, caps: boolean, style: Style): string[] {
  const { fleet, from, to, timeZone } = window
  const left = fleet.count - members.length
  const counted = `${countOf(members.length, 'target')}${left > 0 ? ` (${left} left out)` : ''}`
  return [
    `${style.bold(`${what} of ${counted}`)} from ${shown(fleet.source)}, ${days === 1 ? '1 day' : `${days} days`}:`,
    `  from ${style.bold(formatLocal(from, timeZone))}  (${formatUtc(from)})`,
    `    to ${style.bold(formatLocal(to, timeZone))}  (${formatUtc(to)})`,
    style.dim(`Times in ${timeZone}; each target keeps its own zone. ${caps ? 'Caps count, as filled at the start.' : 'Caps not counted (--caps counts them).'}`),
  ]
}

/** `target 4 "Manila night desk"`, the name escaped for the terminal. */
export function targetName(id: number, byId: ReadonlyMap<number, Target>): string {
  const name = byId.get(id)?.name
  return name === null || name === undefined || name.trim() === '' ? `target ${id}` : `target ${id} "${shown(name, 80)}"`
}

/** `Mon 2026-11-30 09:00 EST → Mon 17:00 EST` (the end's date left out when it is the start's). */
export function localSpan(start: Date, end: Date, timeZone: string): string {
  const from = readLocal(start, timeZone)
  const until = readLocal(end, timeZone)
  const endText = until.date === from.date ? `${until.weekday} ${until.time} ${until.zoneName}` : formatLocal(end, timeZone)
  return `${formatLocal(start, timeZone)} → ${endText}`
}

/** `2026-11-30T14:00Z → 2026-11-30T22:00Z`. */
export function utcSpan(start: Date, end: Date): string {
  return `${formatUtc(start)} → ${formatUtc(end)}`
}

/** Spans as aligned rows: local time, UTC, length, and whatever `extra` adds. */
function spanRows(spans: readonly Span[], timeZone: string, extra: (span: Span, i: number) => string, extraHeading: string): string[] {
  const rows = spans.map((span, i) => ({
    local: localSpan(span.start, span.end, timeZone),
    utc: utcSpan(span.start, span.end),
    length: formatDuration(span.end.getTime() - span.start.getTime()),
    extra: extra(span, i),
  }))
  const localWidth = Math.max('local time'.length, ...rows.map((row) => row.local.length))
  const utcWidth = Math.max('UTC'.length, ...rows.map((row) => row.utc.length))
  const lengthWidth = Math.max('length'.length, ...rows.map((row) => row.length.length))
  const line = (local: string, utc: string, length: string, more: string) => `  ${local.padEnd(localWidth)}   ${utc.padEnd(utcWidth)}   ${length.padEnd(lengthWidth)}   ${more}`.trimEnd()
  return [line('local time', 'UTC', 'length', extraHeading), ...rows.map((row) => line(row.local, row.utc, row.length, row.extra))]
}

/** Writes an SVG, or exit 2 naming the file. */
async function writeSvg(io: CliIo, path: string, svg: string, what: string): Promise<void> {
  try {
    await io.writeFile(path, `${svg}\n`)
  } catch (error) {
    throw new CliError(`${shown(path)}: cannot write the SVG: ${describeFileError(error)}`, 2)
  }
  io.stderr(`Wrote ${what} as SVG to ${shown(path)}\n`)
}

// ---------------------------------------------------------------------------------------------------
// The grid: local days × half hours of the display zone
// ---------------------------------------------------------------------------------------------------

/**
 * One half hour of the display zone's clock in the window: whether any of it is in the window, a
 * gap, covered, and how many targets accept calls throughout it.
 *
 * @example
 * const cell: GridCell = { inWindow: true, gap: false, covered: true, throughout: 2 }
 */
export interface GridCell {
  /** Some of this half hour is in the window (false: before or after it, or skipped by the clock). */
  readonly inWindow: boolean
  /** Some of it (in the window) is a gap. */
  readonly gap: boolean
  /** Some of it has a target accepting calls. */
  readonly covered: boolean
  /** The targets accepting calls throughout its part in the window. */
  readonly throughout: number
}

/**
 * One local day of the grid.
 *
 * @example
 * const row: GridRow = { weekday: 'Mon', date: '2026-11-30', cells: [] }
 */
export interface GridRow {
  readonly weekday: string
  readonly date: string
  /** 48 half hours, 00:00–00:30 first. */
  readonly cells: readonly GridCell[]
}

const SLOTS = 48

/**
 * The coverage as a grid: one row per local day of the display zone that the window touches, 48
 * half hours each. A half hour's instants are those the zone's clock reads in it, so a day with a
 * clock change has a half hour with no instants (spring forward, `inWindow` false) or with twice
 * the instants (fall back).
 *
 * @param segments - `coverage(...).segments` in `Date`s: they tile `[from, to)`
 * @param from - the window's start
 * @param to - its end
 * @param timeZone - the display zone (IANA id)
 * @returns the rows, in time order
 *
 * @example
 * // Target 1 from 09:00 to 17:00 UTC, target 2 from 12:00 to 18:00 UTC, on one day
 * const day = (h: number) => new Date(Date.UTC(2026, 10, 30, h))
 * const rows = coverageGrid([{ start: day(0), end: day(9), targets: [] }, { start: day(9), end: day(12), targets: [1] },
 *   { start: day(12), end: day(17), targets: [1, 2] }, { start: day(17), end: day(18), targets: [2] }, { start: day(18), end: day(24), targets: [] }],
 *   day(0), day(24), 'UTC')
 * rows.map((row) => gridLine(row)) //=> ['Mon 2026-11-30 ··················111111222222222211············']
 *
 * @example
 * // Edge: a window that starts and ends inside half hours; a gap in part of a half hour
 * const at = (h: number, m: number) => new Date(Date.UTC(2026, 10, 30, h, m))
 * const partial = coverageGrid([{ start: at(0, 10), end: at(0, 40), targets: [7] }, { start: at(0, 40), end: at(1, 5), targets: [] }], at(0, 10), at(1, 5), 'UTC')
 * partial.map((row) => gridLine(row).trimEnd()) //=> ['Mon 2026-11-30 1!·']
 */
export function coverageGrid(segments: readonly CoverageSegment[], from: Date, to: Date, timeZone: string): GridRow[] {
  interface Building {
    inWindow: boolean
    gap: boolean
    covered: boolean
    throughout: Set<number> | undefined
  }
  const rows: { weekday: string; date: string; cells: Building[] }[] = []
  const byDate = new Map<string, (typeof rows)[number]>()
  const starts = segments.map((segment) => segment.start.getTime())
  const ends = segments.map((segment) => segment.end.getTime())
  const toMs = to.getTime()
  let j = 0
  for (let t = from.getTime(); t < toMs; ) {
    const local = readLocal(new Date(t), timeZone)
    const slot = Math.floor(local.minuteOfDay / 30)
    const intoMinute = ((t % 60_000) + 60_000) % 60_000
    const next = Math.min(toMs, t + (30 - (local.minuteOfDay % 30)) * 60_000 - intoMinute)
    let row = byDate.get(local.date)
    if (row === undefined) {
      row = { weekday: local.weekday, date: local.date, cells: Array.from({ length: SLOTS }, () => ({ inWindow: false, gap: false, covered: false, throughout: undefined })) }
      byDate.set(local.date, row)
      rows.push(row)
    }
    const cell = row.cells[slot]!
    cell.inWindow = true
    while (j < segments.length && ends[j]! <= t) j++
    for (let k = j; k < segments.length && starts[k]! < next; k++) {
      const ids = segments[k]!.targets
      if (ids.length === 0) cell.gap = true
      else cell.covered = true
      cell.throughout = cell.throughout === undefined ? new Set(ids) : new Set(ids.filter((id) => cell.throughout!.has(id)))
    }
    t = next
  }
  return rows.map((row) => ({
    weekday: row.weekday,
    date: row.date,
    cells: row.cells.map((cell) => ({ inWindow: cell.inWindow, gap: cell.gap, covered: cell.covered, throughout: cell.throughout?.size ?? 0 })),
  }))
}

/**
 * A cell's mark: the targets accepting calls throughout (`1`–`9`, `+` for 10 or more), `·` when
 * the whole half hour is a gap, `!` when part of it is, `~` when it is covered throughout but handed
 * over inside it (no one target throughout), a space outside the window.
 *
 * @example
 * cellMark({ inWindow: true, gap: false, covered: true, throughout: 12 }) //=> '+'
 *
 * @example
 * cellMark({ inWindow: true, gap: true, covered: true, throughout: 0 }) //=> '!'
 */
export function cellMark(cell: GridCell): string {
  if (!cell.inWindow) return ' '
  if (cell.gap) return cell.covered ? '!' : '·'
  if (cell.throughout === 0) return '~'
  return cell.throughout >= 10 ? '+' : String(cell.throughout)
}

/** `Mon 2026-11-30 `: the row label, as wide as every row's. */
const rowLabel = (row: GridRow): string => `${row.weekday} ${row.date} `

/**
 * A grid row as text: its label, then one mark per half hour.
 *
 * @example
 * gridLine({ weekday: 'Sat', date: '2026-12-05', cells: [{ inWindow: true, gap: true, covered: false, throughout: 0 }] })
 * //=> 'Sat 2026-12-05 ·'
 */
export function gridLine(row: GridRow): string {
  return `${rowLabel(row)}${row.cells.map(cellMark).join('')}`
}

/**
 * The legend under the grid.
 *
 * @example
 * COVERAGE_LEGEND.length //=> 3
 */
export const COVERAGE_LEGEND: readonly string[] = [
  '1–9 targets accepting calls throughout the half hour (+ for 10 or more)',
  '· no target (a gap)  ! a gap in part of it  ~ covered, handed over inside it',
  '(one column = 30 minutes; blank: outside the window, or skipped by the clock)',
]

/** The grid, coloured per run of equal marks: gaps red, one target yellow, more green. */
function colourGridText(rows: readonly GridRow[], style: Style): string[] {
  const labelWidth = rows[0] === undefined ? 15 : rowLabel(rows[0]).length
  const ruler = `${' '.repeat(labelWidth)}${Array.from({ length: 12 }, (_, i) => String(i * 2).padStart(2, '0').padEnd(4)).join('').trimEnd()}`
  const colour = (run: string): string => {
    const mark = run[0]
    if (mark === '·' || mark === '!') return style.red(run)
    if (mark === '1' || mark === '~') return style.yellow(run)
    if (mark === ' ') return run
    return style.green(run)
  }
  return [ruler, ...rows.map((row) => `${rowLabel(row)}${row.cells.map(cellMark).join('').replace(/(.)\1*/gu, colour)}`.trimEnd())]
}

// ---------------------------------------------------------------------------------------------------
// The heat map
// ---------------------------------------------------------------------------------------------------

const SVG = {
  labelWidth: 320,
  rightMargin: 40,
  top: 20,
  titleHeight: 72,
  zoneHeight: 52,
  rulerHeight: 48,
  rowHeight: 44,
  inset: 4,
  legendHeight: 80,
  bottom: 20,
  width: 900,
} as const

const HEAT = {
  background: '#ffffff',
  text: '#212121',
  muted: '#616161',
  outside: '#eceff1',
  tick: '#b0bec5',
  gap: '#d32f2f',
  partGap: '#ef9a9a',
  handOver: '#fff59d',
  counts: ['#dcedc8', '#aed581', '#7cb342', '#558b2f', '#33691e'],
} as const

function heatColour(mark: string): string {
  if (mark === '·') return HEAT.gap
  if (mark === '!') return HEAT.partGap
  if (mark === '~') return HEAT.handOver
  if (mark === ' ') return HEAT.outside
  const count = mark === '+' ? 10 : Number(mark)
  return HEAT.counts[Math.min(count, HEAT.counts.length) - 1]!
}

function heatMeaning(mark: string): string {
  if (mark === '·') return 'no target (a gap)'
  if (mark === '!') return 'a gap in part of it'
  if (mark === '~') return 'covered, handed over inside it'
  if (mark === ' ') return 'outside the window'
  if (mark === '+') return '10 or more targets throughout'
  return `${countOf(Number(mark), 'target')} throughout`
}

// XML 1.0 `Char`: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF (lone surrogates excluded).
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu
const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

/**
 * Text for XML: `& < > " '` escaped, characters XML cannot hold replaced by `�`.
 *
 * @example
 * escapeXml('Sales & "Support" <24/7>\u0007') //=> 'Sales &amp; &quot;Support&quot; &lt;24/7&gt;\uFFFD'
 */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHAR, '\uFFFD').replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char)
}

const clock = (slot: number): string => `${String(Math.floor(slot / 2)).padStart(2, '0')}:${slot % 2 === 0 ? '00' : '30'}`

/**
 * The coverage as an SVG heat map: one row per local day, one cell per half hour, coloured by how
 * many targets accept calls throughout it (greens, darker for more), gaps red, part-gaps light red;
 * each run of equal cells is one `<rect>` with a `<title>`. All text is XML-escaped.
 *
 * @param rows - from {@link coverageGrid}
 * @param options - the title and the zone label
 * @returns a standalone SVG document, without a trailing newline
 *
 * @example
 * const svg = coverageSvg([{ weekday: 'Mon', date: '2026-11-30', cells: Array.from({ length: 48 }, (_, i) =>
 *   ({ inWindow: true, gap: i < 18, covered: i >= 18, throughout: i < 18 ? 0 : 2 })) }], { title: 'A & B', timeZone: 'UTC', summary: '' })
 * svg.split('\n').filter((line) => line.includes('class="cells"'))
 * //=> ['    <rect class="cells" x="320" y="196" width="540" height="36" fill="#d32f2f"><title>Mon 2026-11-30 00:00–09:00: no target (a gap)</title></rect>',
 * //    '    <rect class="cells" x="860" y="196" width="900" height="36" fill="#aed581"><title>Mon 2026-11-30 09:00–24:00: 2 targets throughout</title></rect>']
 */
export function coverageSvg(rows: readonly GridRow[], options: { readonly title: string; readonly timeZone: string; readonly summary: string }): string {
  const chartWidth = SLOTS * 30
  const totalWidth = SVG.labelWidth + chartWidth + SVG.rightMargin
  let y = SVG.top
  const titleY = y + 50
  y += SVG.titleHeight
  const zoneY = y + 36
  y += SVG.zoneHeight
  const rulerY = y + 34
  y += SVG.rulerHeight
  const rowsTop = y
  const rowsBottom = rowsTop + rows.length * SVG.rowHeight
  const legendY = rowsBottom + 50
  const totalHeight = rowsBottom + SVG.legendHeight + SVG.bottom
  const height = Math.round((SVG.width * totalHeight * 1000) / totalWidth) / 1000
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SVG.width}" height="${height}" viewBox="0 0 ${totalWidth} ${totalHeight}" role="img" font-family="system-ui, sans-serif">`,
    `  <title>${escapeXml(options.title)}</title>`,
    `  <desc>${escapeXml(options.summary)}</desc>`,
    `  <rect class="background" x="0" y="0" width="${totalWidth}" height="${totalHeight}" fill="${HEAT.background}"/>`,
    `  <text class="title" x="${SVG.labelWidth}" y="${titleY}" font-size="44" font-weight="bold" fill="${HEAT.text}">${escapeXml(options.title)}</text>`,
    `  <text class="time-zone" x="${SVG.labelWidth}" y="${zoneY}" font-size="32" fill="${HEAT.muted}">Time zone: ${escapeXml(options.timeZone)}</text>`,
    `  <g class="ruler" font-size="30" fill="${HEAT.muted}" text-anchor="middle">`,
  ]
  for (let hour = 0; hour <= 24; hour += 3) out.push(`    <text x="${SVG.labelWidth + hour * 60}" y="${rulerY}">${String(hour).padStart(2, '0')}</text>`)
  out.push('  </g>')
  rows.forEach((row, r) => {
    const rowTop = rowsTop + r * SVG.rowHeight
    const label = `${row.weekday} ${row.date}`
    out.push(`  <g class="day" data-date="${escapeXml(row.date)}">`)
    out.push(`    <text class="day-label" x="${SVG.labelWidth - 20}" y="${rowTop + 32}" font-size="30" fill="${HEAT.text}" text-anchor="end">${escapeXml(label)}</text>`)
    const marks = row.cells.map(cellMark)
    for (let start = 0; start < SLOTS; ) {
      let end = start + 1
      while (end < SLOTS && marks[end] === marks[start]) end++
      const mark = marks[start]!
      out.push(
        `    <rect class="cells" x="${SVG.labelWidth + start * 30}" y="${rowTop + SVG.inset}" width="${(end - start) * 30}" height="${SVG.rowHeight - 2 * SVG.inset}" fill="${heatColour(mark)}"><title>${escapeXml(`${label} ${clock(start)}–${clock(end)}: ${heatMeaning(mark)}`)}</title></rect>`,
      )
      start = end
    }
    out.push('  </g>')
  })
  out.push(`  <g class="hours" stroke="${HEAT.tick}" stroke-width="2">`)
  for (let hour = 0; hour <= 24; hour += 3) out.push(`    <line x1="${SVG.labelWidth + hour * 60}" y1="${rowsTop}" x2="${SVG.labelWidth + hour * 60}" y2="${rowsBottom}"/>`)
  out.push('  </g>')
  const legend: [string, string][] = [
    ['·', 'gap'],
    ['!', 'part gap'],
    ['1', '1 target'],
    ['2', '2'],
    ['3', '3'],
    ['4', '4'],
    ['5', '5 or more'],
  ]
  out.push(`  <g class="legend" font-size="28" fill="${HEAT.text}">`)
  let x = SVG.labelWidth
  for (const [mark, text] of legend) {
    out.push(`    <rect x="${x}" y="${legendY - 26}" width="30" height="30" fill="${heatColour(mark)}"/>`)
    out.push(`    <text x="${x + 40}" y="${legendY}">${escapeXml(text)}</text>`)
    x += 60 + text.length * 16
  }
  out.push('  </g>', '</svg>')
  return out.join('\n')
}

// ---------------------------------------------------------------------------------------------------
// The command
// ---------------------------------------------------------------------------------------------------

/**
 * What `coverage --json` prints: the window and the display zone, the library's `coverage` answer
 * (segments and gaps) and `coverageSummary`, instants as ISO 8601 strings in UTC, and the targets
 * left out by `--skip-invalid` (index in the file, id, issues).
 *
 * @example
 * const report: CoverageReport = { timeZone: 'UTC', from: '2026-11-30T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z',
 *   segments: [{ start: '2026-11-30T00:00:00.000Z', end: '2026-12-01T00:00:00.000Z', targets: [] }],
 *   gaps: [{ start: '2026-11-30T00:00:00.000Z', end: '2026-12-01T00:00:00.000Z' }],
 *   summary: { totalMinutes: 1440, coveredMinutes: 0, gapMinutes: 1440, singleMinutes: 0, targets: [],
 *     longestGap: { start: '2026-11-30T00:00:00.000Z', end: '2026-12-01T00:00:00.000Z' } }, skipped: [] }
 */
export interface CoverageReport {
  readonly timeZone: string
  readonly from: string
  readonly to: string
  readonly segments: readonly { readonly start: string; readonly end: string; readonly targets: readonly number[] }[]
  readonly gaps: readonly { readonly start: string; readonly end: string }[]
  readonly summary: {
    readonly totalMinutes: number
    readonly coveredMinutes: number
    readonly gapMinutes: number
    readonly longestGap: { readonly start: string; readonly end: string } | null
    readonly singleMinutes: number
    readonly targets: readonly { readonly id: number; readonly openMinutes: number; readonly soleMinutes: number }[]
  }
  readonly skipped: readonly SkippedReport[]
}

const isoSpan = (span: Span): { start: string; end: string } => ({ start: span.start.toISOString(), end: span.end.toISOString() })

/**
 * `callhours coverage`: when a fleet of targets leaves calls unanswered. The library's `coverage`
 * over `--days` days from `--from`, as a grid of the display zone's local days × half hours (how
 * many targets accept calls throughout each), then the gaps, the spans only one target covers, and
 * `coverageSummary` in a line; `--svg` also writes the grid as a heat map.
 *
 * @param options - file, `--from`, `--days`, `--tz`, `--caps`, `--skip-invalid`, `--exceptions`, `--holidays`, `--svg`, `--json`
 * @param ctx - io and style
 * @returns 0, gaps or not (1 and 2 are thrown as `CliError`)
 */
export async function coverageCommand(options: CoverageCommandOptions, ctx: CommandContext): Promise<number> {
  const { io, style } = ctx
  const window = await readFleetWindow(options, ctx)
  const { from, to, timeZone } = window
  const answer = coverage(
    window.members.map((member) => member.target),
    from,
    to,
    { caps: options.caps, skipInvalid: true },
  )
  const { members, skipped } = acceptLibrarySkipped(window, answer.skipped, options.skipInvalid, io, ctx.errStyle)
  const summary = coverageSummary(answer)
  const byId = new Map(members.map((member) => [member.target.id!, member.target]))
  const rows = coverageGrid(answer.segments, from, to, timeZone)
  const summaryLine = summaryText(summary, timeZone)

  if (options.svg !== undefined) {
    const title = `Coverage: ${countOf(members.length, 'target')} from ${window.fleet.source}`
    await writeSvg(io, options.svg, coverageSvg(rows, { title, timeZone, summary: summaryLine }), 'the coverage heat map')
  }

  if (options.json) {
    const report: CoverageReport = {
      timeZone,
      from: from.toISOString(),
      to: to.toISOString(),
      segments: answer.segments.map((segment) => ({ ...isoSpan(segment), targets: segment.targets })),
      gaps: answer.gaps.map(isoSpan),
      summary: { ...summary, longestGap: summary.longestGap === null ? null : isoSpan(summary.longestGap) },
      skipped,
    }
    io.stdout(`${JSON.stringify(report, null, 2)}\n`)
    return 0
  }

  const singles = answer.segments.filter((segment) => segment.targets.length === 1)
  const lines = [
    ...fleetHeading('Coverage', window, members, options.days, options.caps, style),
    '',
    ...colourGridText(rows, style),
    ...COVERAGE_LEGEND.map((line) => style.dim(line)),
    '',
    answer.gaps.length === 0
      ? `${style.bold('Gaps')}: none (some target accepts calls at every moment)`
      : `${style.bold('Gaps')} (${answer.gaps.length}, ${formatDuration(summary.gapMinutes * 60_000)} in all):`,
    ...(answer.gaps.length === 0 ? [] : spanRows(answer.gaps, timeZone, () => '', '')),
    '',
    singles.length === 0
      ? `${style.bold('Single-target spans')}: none`
      : `${style.bold('Single-target spans')} (${singles.length}, ${formatDuration(summary.singleMinutes * 60_000)} in all):`,
    ...(singles.length === 0 ? [] : spanRows(singles, timeZone, (_span, i) => targetName(singles[i]!.targets[0]!, byId), 'target')),
    '',
    summaryLine,
  ]
  io.stdout(`${lines.join('\n')}\n`)
  return 0
}

/** The one-line summary: covered, gaps and the longest, one target only. */
function summaryText(summary: CoverageSummary, timeZone: string): string {
  const minutes = (count: number) => formatDuration(Math.round(count * 60_000))
  const percent = summary.totalMinutes === 0 ? 0 : Math.round((summary.coveredMinutes / summary.totalMinutes) * 1000) / 10
  const longest = summary.longestGap === null ? '' : `, longest ${minutes((summary.longestGap.end.getTime() - summary.longestGap.start.getTime()) / 60_000)} from ${formatLocal(summary.longestGap.start, timeZone)}`
  return `Covered ${minutes(summary.coveredMinutes)} of ${minutes(summary.totalMinutes)} (${percent}%); gaps ${minutes(summary.gapMinutes)}${longest}; one target only ${minutes(summary.singleMinutes)}.`
}

// ---------------------------------------------------------------------------------------------------
// Options and spec
// ---------------------------------------------------------------------------------------------------

/**
 * Days `coverage --days` and `routes --days` accept at most: a leap year.
 *
 * @example
 * MAX_COVERAGE_DAYS //=> 366
 */
export const MAX_COVERAGE_DAYS = 366

/** `--days <n>`: the window's length. */
export const FLEET_DAYS_OPTION = daysOption(MAX_COVERAGE_DAYS, '3', `the window's length in days of 24 hours, 1–${MAX_COVERAGE_DAYS}; default 7`)

/** `--tz <zone>`: the zone times are shown in; the targets keep their own. */
export const DISPLAY_TZ_OPTION: StringOptionSpec<string> = {
  long: 'tz',
  type: 'string',
  valueName: '<zone>',
  example: 'America/New_York',
  help: ['show times in this zone (IANA id, UTC or a Retreaver zone name); each target keeps its own time_zone; default UTC'],
  parse: (text, flag) => {
    if (text.trim() === '') throw valueError(`${flag} needs a zone name, e.g. ${flag} ${DISPLAY_TZ_OPTION.example}`)
    return text
  },
}

/** `--caps`: count the targets' caps. */
export const CAPS_OPTION: BooleanOptionSpec = {
  long: 'caps',
  type: 'boolean',
  help: ['count caps, as filled at the start: a full cap blocks until it resets (a Hard cap, the whole window)'],
}

/** `--skip-invalid`: leave invalid targets out rather than stop. */
export const SKIP_INVALID_OPTION: BooleanOptionSpec = {
  long: 'skip-invalid',
  type: 'boolean',
  help: ['leave out invalid targets (listed on stderr) instead of exit 1'],
}

const SVG_OPTION: StringOptionSpec<string> = {
  long: 'svg',
  type: 'string',
  valueName: '<out.svg>',
  example: 'coverage.svg',
  help: ['also write the grid as an SVG heat map to this file'],
  parse: (text, flag) => {
    if (text.trim() === '') throw valueError(`${flag} needs a file name, e.g. ${flag} ${SVG_OPTION.example}`)
    return text
  },
}

/** The fleet file both commands take. */
export const FLEET_FILE: PositionalSpec = {
  name: 'file',
  noun: 'file',
  optional: false,
  help: [
    'a list of targets: the items of GET /targets.json ([{"target": {...}}, ...]), {"targets": [...]}, or one target per line (NDJSON); "-" reads stdin. Each target needs its own id.',
  ],
}

/**
 * The exit codes of `coverage` and `routes`: gaps are not an error.
 *
 * @example
 * FLEET_EXIT_CODES.map((exit) => exit.code) //=> [0, 1, 2, 70]
 */
export const FLEET_EXIT_CODES: readonly ExitCodeSpec[] = [
  { code: 0, meaning: 'ok (gaps are not an error)' },
  { code: 1, meaning: 'invalid targets or exceptions (all listed)' },
  { code: 2, meaning: 'usage error, unreadable file, bad JSON or not a list of targets' },
  EXIT_CODES[EXIT_CODES.length - 1]!,
]

/** The options both commands share, in the order the help lists them. */
export const FLEET_OPTIONS = [FROM_OPTION, FLEET_DAYS_OPTION, DISPLAY_TZ_OPTION, CAPS_OPTION, SKIP_INVALID_OPTION, EXCEPTIONS_OPTION, HOLIDAYS_OPTION] as const

/**
 * `callhours coverage`, described once: its help and its parser come from this.
 *
 * @example
 * coverageSpec.name //=> 'coverage'
 */
export const coverageSpec: CommandSpec<Extract<CommandInvocation, { kind: 'coverage' }>> = {
  name: 'coverage',
  summary: 'when a fleet of targets has gaps',
  description: [
    'When calls find no target: the days of the window as a grid of half hours, each',
    'with how many targets accept calls throughout it, then the gaps, the spans that',
    'only one target covers, and a summary. Times in --tz; targets keep their zones.',
  ],
  positionals: [FLEET_FILE],
  options: withCommonOptions(
    [...FLEET_OPTIONS, SVG_OPTION],
    ['print one JSON object: timeZone, from, to, segments (each with start, end and the ids of the targets), gaps, summary and skipped'],
  ),
  exitCodes: FLEET_EXIT_CODES,
  toInvocation: (args) => ({ kind: 'coverage', ...fleetInvocation(args), svg: args.value(SVG_OPTION) }),
}

/** The invocation fields both fleet commands read, from their shared options. */
export function fleetInvocation({ positionals, value, flag, noColor }: ParsedArguments) {
  return {
    file: positionals[0]!,
    from: value(FROM_OPTION),
    days: value(FLEET_DAYS_OPTION) ?? 7,
    tz: value(DISPLAY_TZ_OPTION),
    caps: flag(CAPS_OPTION),
    skipInvalid: flag(SKIP_INVALID_OPTION),
    exceptions: value(EXCEPTIONS_OPTION),
    holidays: value(HOLIDAYS_OPTION),
    json: flag(JSON_OPTION),
    noColor,
  }
}

