import { valueError, withCommonOptions, type Invocation, type CommandSpec, type StringOptionSpec } from '../commandSpecs'
import { coverage, coverageGrid, coverageSummary, renderCoverageGrid, renderCoverageSvg, type CoverageSegment, type CoverageSummary, type Span } from '../../index'
import { formatDuration, type Style } from '../format'
import { countOf, type CommandContext } from './common'
import {
  acceptLibrarySkipped,
  fleetHeading,
  fleetInvocation,
  FLEET_EXIT_CODES,
  FLEET_FILE,
  FLEET_OPTIONS,
  jsonStream,
  localSpan,
  readFleetWindow,
  targetName,
  utcSpan,
  wallText,
  withinLimits,
  writeSvg,
  type FleetCommandOptions,
  type SkippedReport,
} from './fleetCommon'

/**
 * Options of the `coverage` command, as parsed from the command line: the fleet commands' shared
 * options and `--svg`.
 *
 * @example
 * const options: CoverageCommandOptions = { file: 'fleet.json', from: undefined, days: 7, tz: undefined, caps: false,
 *   skipInvalid: false, exceptions: undefined, holidays: undefined, svg: undefined, json: false }
 */
export interface CoverageCommandOptions extends FleetCommandOptions {
  readonly svg: string | undefined
}

/** Spans as aligned rows: local time, UTC, length, and whatever `extra` adds. */
function spanRows(spans: readonly Span[], timeZone: string, extra: (span: Span, i: number) => string, extraHeading: string): string[] {
  const rows = spans.map((span, i) => ({
    local: localSpan(span.start, span.end, timeZone),
    utc: utcSpan(span.start, span.end),
    length: formatDuration(span.end.getTime() - span.start.getTime()),
    extra: extra(span, i),
  }))
  let localWidth = 'local time'.length
  let utcWidth = 'UTC'.length
  let lengthWidth = 'length'.length
  for (const row of rows) {
    localWidth = Math.max(localWidth, row.local.length)
    utcWidth = Math.max(utcWidth, row.utc.length)
    lengthWidth = Math.max(lengthWidth, row.length.length)
  }
  const line = (local: string, utc: string, length: string, more: string) => `  ${local.padEnd(localWidth)}   ${utc.padEnd(utcWidth)}   ${length.padEnd(lengthWidth)}   ${more}`.trimEnd()
  const lines = [line('local time', 'UTC', 'length', extraHeading)]
  for (const row of rows) lines.push(line(row.local, row.utc, row.length, row.extra))
  return lines
}

/** The library's text grid, coloured per run of equal marks: gaps red, one target yellow, more green. */
function colourGrid(text: string, rowCount: number, cellsPerDay: number, style: Style): string[] {
  const colour = (run: string): string => {
    const mark = run[0]
    if (mark === '·' || mark === '!') return style.red(run)
    if (mark === '1') return style.yellow(run)
    if (mark === ' ' || mark === '-') return run
    return style.green(run)
  }
  return text.split('\n').map((line, i) => {
    if (i === 0) return line
    if (i > rowCount) return style.dim(line)
    const cut = line.length - cellsPerDay
    return `${line.slice(0, cut)}${line.slice(cut).replace(/(.)\1*/gu, colour)}`.trimEnd()
  })
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
 * over `--days` days from `--from`, as the library's grid of the display zone's local days × half
 * hours (`coverageGrid`, drawn by `renderCoverageGrid`: the fewest targets accepting within each),
 * then the gaps, the spans only one target covers, and `coverageSummary` in a line; `--svg` also
 * writes `renderCoverageSvg`'s heat map; `--json` is streamed.
 *
 * @param options - file, `--from`, `--days`, `--tz`, `--caps`, `--skip-invalid`, `--exceptions`, `--holidays`, `--svg`, `--json`
 * @param ctx - io and style
 * @returns 0, gaps or not (1 and 2 are thrown as `CliError`)
 */
export async function coverageCommand(options: CoverageCommandOptions, ctx: CommandContext): Promise<number> {
  const { io, style } = ctx
  const window = await readFleetWindow(options, ctx)
  const { from, to, timeZone } = window
  const answer = withinLimits('coverage', () => coverage(
    window.members.map((member) => member.target),
    from,
    to,
    { caps: options.caps, skipInvalid: true },
  ))
  const { members, skipped } = acceptLibrarySkipped(window, answer.skipped, options.skipInvalid, io, ctx.errStyle)
  const summary = coverageSummary(answer)
  const summaryLine = summaryText(summary, timeZone)

  if (options.svg !== undefined || !options.json) {
    const grid = coverageGrid(answer, { timeZone })
    if (options.svg !== undefined) {
      const title = `Coverage: ${countOf(members.length, 'target')} from ${window.fleet.source}`
      await writeSvg(io, options.svg, renderCoverageSvg(grid, { title, summary: summaryLine }), 'the coverage heat map')
    }
    if (!options.json) {
      printCoverage(answer.segments, answer.gaps, summary, summaryLine, renderCoverageGrid(grid), grid.rows.length, window, members, options, ctx)
      return 0
    }
  }

  // Written as it goes: a year of a big fleet is more JSON than one string can hold.
  const json = jsonStream(io)
  await json.value('timeZone', timeZone)
  await json.value('from', from.toISOString())
  await json.value('to', to.toISOString())
  const setText = new Map<readonly number[], string>()
  await json.list('segments', answer.segments, (segment) => {
    let ids = setText.get(segment.targets)
    if (ids === undefined) setText.set(segment.targets, (ids = JSON.stringify(segment.targets)))
    return `{"start":${JSON.stringify(segment.start.toISOString())},"end":${JSON.stringify(segment.end.toISOString())},"targets":${ids}}`
  })
  await json.list('gaps', answer.gaps, (gap) => JSON.stringify(isoSpan(gap)))
  await json.value('summary', { ...summary, longestGap: summary.longestGap === null ? null : isoSpan(summary.longestGap) })
  await json.value('skipped', skipped)
  await json.end()
  return 0
}

/** The text answer: heading, the library's grid (coloured), the gaps, the single-target spans, the summary. */
function printCoverage(
  segments: readonly CoverageSegment[],
  gaps: readonly Span[],
  summary: CoverageSummary,
  summaryLine: string,
  gridText: string,
  rowCount: number,
  window: Awaited<ReturnType<typeof readFleetWindow>>,
  members: Parameters<typeof fleetHeading>[2],
  options: CoverageCommandOptions,
  ctx: CommandContext,
): void {
  const { io, style } = ctx
  const { timeZone } = window
  const answer = { segments, gaps }
  const byId = new Map(members.map((member) => [member.target.id!, member.target]))
  const singles = answer.segments.filter((segment) => segment.targets.length === 1)
  // Lists of any length are added by loops: no spread of an unbounded array.
  const lines: string[] = []
  const add = (more: readonly string[]): void => {
    for (const line of more) lines.push(line)
  }
  add(fleetHeading('Coverage', window, members, options.days, options.caps, style))
  lines.push('')
  add(colourGrid(gridText, rowCount, 48, style))
  lines.push('')
  lines.push(
    answer.gaps.length === 0
      ? `${style.bold('Gaps')}: none (some target accepts calls at every moment)`
      : `${style.bold('Gaps')} (${answer.gaps.length}, ${formatDuration(summary.gapMinutes * 60_000)} in all):`,
  )
  if (answer.gaps.length > 0) add(spanRows(answer.gaps, timeZone, () => '', ''))
  lines.push('')
  lines.push(
    singles.length === 0
      ? `${style.bold('Single-target spans')}: none`
      : `${style.bold('Single-target spans')} (${singles.length}, ${formatDuration(summary.singleMinutes * 60_000)} in all):`,
  )
  if (singles.length > 0) add(spanRows(singles, timeZone, (_span, i) => targetName(singles[i]!.targets[0]!, byId), 'target'))
  lines.push('', summaryLine)
  io.stdout(`${lines.join('\n')}\n`)
}

/** The one-line summary: covered, gaps and the longest, one target only. */
function summaryText(summary: CoverageSummary, timeZone: string): string {
  const minutes = (count: number) => formatDuration(Math.round(count * 60_000))
  const percent = summary.totalMinutes === 0 ? 0 : Math.round((summary.coveredMinutes / summary.totalMinutes) * 1000) / 10
  const longest = summary.longestGap === null ? '' : `, longest ${minutes((summary.longestGap.end.getTime() - summary.longestGap.start.getTime()) / 60_000)} from ${wallText(summary.longestGap.start, timeZone)}`
  return `Covered ${minutes(summary.coveredMinutes)} of ${minutes(summary.totalMinutes)} (${percent}%); gaps ${minutes(summary.gapMinutes)}${longest}; one target only ${minutes(summary.singleMinutes)}.`
}

// ---------------------------------------------------------------------------------------------------
// Spec
// ---------------------------------------------------------------------------------------------------

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

/**
 * `callhours coverage`, described once: its help and its parser come from this.
 *
 * @example
 * coverageSpec.name //=> 'coverage'
 */
export const coverageSpec: CommandSpec<Invocation<'coverage', CoverageCommandOptions>> = {
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

