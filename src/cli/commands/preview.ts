import { daysOption, EXIT_CODES, FILE, FROM_OPTION, JSON_OPTION, TZ_OPTION, valueError, withCommonOptions, type Invocation, type CommandSpec, type StringOptionSpec } from '../commandSpecs'
import { describeSchedule, openIntervals, renderWeekGrid, renderWeekSvg, type Span } from '../../index'
import { colorGrid, formatDuration, formatLocal, formatUtc, readLocal, shown } from '../format'
import { loadTarget } from '../input'
import { EXCEPTIONS_OPTION, HOLIDAYS_OPTION, isoDay, loadExceptions, yearsAround } from '../exceptionsInput'
import { CliError, describeFileError } from '../io'
import { GRID_LEGEND } from './check'
import { currentMinute, describeZone, noteWarnings, requireTarget, targetLabel, type CommandContext } from './common'
import { DAY_MS } from '../../ground/timeUnits'

/**
 * Options of the `preview` command, as parsed from the command line.
 *
 * @example
 * const options: PreviewOptions = { file: undefined, from: undefined, days: 7, tz: undefined, svg: 'week.svg', json: false }
 */
export interface PreviewOptions {
  readonly file: string | undefined
  readonly from: Date | undefined
  readonly days: number
  readonly tz: string | undefined
  readonly svg: string | undefined
  readonly json: boolean
  readonly exceptions?: string | undefined
  readonly holidays?: string | undefined
}

/**
 * What `preview --json` prints: the window and the open spans in it, as ISO 8601 strings in UTC.
 *
 * @example
 * // the bundled example
 * JSON.parse(await stdoutOf('callhours preview --from 2026-07-15T00:00Z --days 1 --json'))
 * //=> { timeZone: 'UTC', from: '2026-07-15T00:00:00.000Z', to: '2026-07-16T00:00:00.000Z',
 * //     spans: [{ start: '2026-07-15T00:00:00.000Z', end: '2026-07-15T12:00:00.000Z' }] }
 */
export interface PreviewReport {
  readonly timeZone: string
  readonly from: string
  readonly to: string
  /** `openIntervals(schedule, from, to, timeZone)`: maximal spans, cut at the window's edges. */
  readonly spans: readonly { readonly start: string; readonly end: string }[]
}


/**
 * `callhours preview`: the week grid, then every open span in a window (`--days` days of 24 hours
 * from `--from`) in local time and in UTC; `--svg` also writes the week as a picture.
 *
 * @param options - file, `--from`, `--days`, `--tz`, `--svg`, `--json`
 * @param ctx - io and style
 * @returns 0 (1 and 2 are thrown as `CliError`)
 *
 * @example
 * await previewCommand({ file: undefined, from: new Date('2026-07-15T00:00Z'), days: 7, tz: undefined, svg: undefined, json: false }, ctx)
 * // stdout: the grid, then
 * //   Wed 2026-07-15 00:00 UTC → Wed 12:00 UTC   2026-07-15T00:00Z → 2026-07-15T12:00Z   12h
 * //   Thu 2026-07-16 00:00 UTC → Wed 2026-07-22 00:00 UTC …
 * //=> 0
 *
 * @example
 * // Edge: --json prints the spans only, as one object
 * await previewCommand({ file: undefined, from: new Date('2026-07-15T00:00Z'), days: 7, tz: undefined, svg: undefined, json: true }, ctx)
 * // stdout: {"timeZone":"UTC","from":"2026-07-15T00:00:00.000Z","to":"2026-07-22T00:00:00.000Z","spans":[…]}
 * //=> 0
 */
export async function previewCommand(options: PreviewOptions, ctx: CommandContext): Promise<number> {
  const { io, style } = ctx
  const from = options.from ?? currentMinute(io)
  const to = new Date(from.getTime() + options.days * DAY_MS)
  const exceptions = await loadExceptions(options, yearsAround(from, to), io)
  const loaded = await loadTarget(options.file, io, { tz: options.tz, exceptions })
  const { target, warnings } = requireTarget(loaded, style)
  const { schedule } = target
  const { timeZone } = target
  // With exceptions the grid is the dated week that holds `from`, each day as it really is.
  const weekOf = exceptions === undefined ? undefined : readLocal(from, timeZone).date
  const spans = openIntervals(schedule, from, to, timeZone)

  if (options.svg !== undefined) {
    const local = readLocal(from, timeZone)
    const svg = renderWeekSvg(schedule, {
      title: targetLabel(loaded),
      timeZone,
      ...(weekOf === undefined ? {} : { weekOf }),
      ...(local.dayIndex >= 0 ? { now: { weekMinute: local.dayIndex * 1440 + local.minuteOfDay } } : {}),
    })
    try {
      await io.writeFile(options.svg, `${svg}\n`)
    } catch (error) {
      throw new CliError(`${options.svg}: cannot write the SVG: ${describeFileError(error)}`, 2)
    }
    io.stderr(`Wrote the week as SVG to ${options.svg}\n`)
  }

  if (options.json) {
    const report: PreviewReport = {
      timeZone,
      from: from.toISOString(),
      to: to.toISOString(),
      spans: spans.map((span) => ({ start: span.start.toISOString(), end: span.end.toISOString() })),
    }
    io.stdout(`${JSON.stringify(report, null, 2)}\n`)
    noteWarnings(ctx, loaded, warnings)
    return 0
  }

  const lines = [
    `${style.bold(targetLabel(loaded))} · ${describeZone(loaded, timeZone)}`,
    `Hours: ${escapedHours(describeSchedule(schedule, { from: isoDay(from, -1), to: isoDay(to, 1), timeZone }))}`,
    '',
    colorGrid(renderWeekGrid(schedule, weekOf === undefined ? {} : { weekOf, timeZone }), style),
    style.dim(GRID_LEGEND),
    '',
    `Open in the ${options.days === 1 ? '24 hours' : `${options.days} days`} from ${style.bold(formatLocal(from, timeZone))}:`,
    ...spanTable(spans, timeZone),
  ]
  io.stdout(`${lines.join('\n')}\n`)
  noteWarnings(ctx, loaded, warnings)
  return 0
}

/** The spans as aligned rows: local start → end, the same in UTC, and the length. */
function spanTable(spans: readonly Span[], timeZone: string): string[] {
  if (spans.length === 0) return ['  nothing: closed for the whole window']
  const rows = spans.map((span) => {
    const start = readLocal(span.start, timeZone)
    const end = readLocal(span.end, timeZone)
    // The end's date is left out when it is the start's: "Wed 2026-07-15 09:00 EDT → Wed 17:00 EDT".
    const endText = end.date === start.date ? `${end.weekday} ${end.time} ${end.zoneName}` : formatLocal(span.end, timeZone)
    return {
      local: `${formatLocal(span.start, timeZone)} → ${endText}`,
      utc: `${formatUtc(span.start)} → ${formatUtc(span.end)}`,
      length: formatDuration(span.end.getTime() - span.start.getTime()),
    }
  })
  const localWidth = Math.max('local time'.length, ...rows.map((row) => row.local.length))
  const utcWidth = Math.max('UTC'.length, ...rows.map((row) => row.utc.length))
  return [
    `  ${'local time'.padEnd(localWidth)}   ${'UTC'.padEnd(utcWidth)}   length`,
    ...rows.map((row) => `  ${row.local.padEnd(localWidth)}   ${row.utc.padEnd(utcWidth)}   ${row.length}`),
  ]
}

/**
 * Days `preview --days` accepts at most: a leap year.
 *
 * @example
 * MAX_PREVIEW_DAYS //=> 366
 */
export const MAX_PREVIEW_DAYS = 366

/**
 * Days `preview` shows without `--days`: one week.
 *
 * @example
 * DEFAULT_PREVIEW_DAYS //=> 7
 */
export const DEFAULT_PREVIEW_DAYS = 7

const DAYS_OPTION = daysOption(MAX_PREVIEW_DAYS, '3', `the window's length in days of 24 hours, 1–${MAX_PREVIEW_DAYS}; default ${DEFAULT_PREVIEW_DAYS}`)

const SVG_OPTION: StringOptionSpec<string> = {
  long: 'svg',
  type: 'string',
  valueName: '<out.svg>',
  example: 'week.svg',
  help: ['also write the week as an SVG picture to this file'],
  parse: (text, flag) => {
    if (text.trim() === '') throw valueError(`${flag} needs a file name, e.g. ${flag} ${SVG_OPTION.example}`)
    return text
  },
}

/**
 * `callhours preview`, described once: its help and its parser come from this.
 *
 * @example
 * previewSpec.name //=> 'preview'
 */
export const previewSpec: CommandSpec<Invocation<'preview', PreviewOptions>> = {
  name: 'preview',
  summary: 'the week grid and open spans ahead',
  description: ['The week as a grid, then every open span in a window, in local time and in UTC.'],
  positionals: [FILE],
  options: withCommonOptions(
    [FROM_OPTION, DAYS_OPTION, TZ_OPTION, SVG_OPTION, EXCEPTIONS_OPTION, HOLIDAYS_OPTION],
    ['print one JSON object: timeZone, from, to and spans (each with start and end)'],
  ),
  exitCodes: EXIT_CODES,
  toInvocation: ({ positionals, value, flag, noColor }) => ({
    kind: 'preview',
    file: positionals[0],
    from: value(FROM_OPTION),
    days: value(DAYS_OPTION) ?? DEFAULT_PREVIEW_DAYS,
    tz: value(TZ_OPTION),
    svg: value(SVG_OPTION),
    exceptions: value(EXCEPTIONS_OPTION),
    holidays: value(HOLIDAYS_OPTION),
    json: flag(JSON_OPTION),
    noColor,
  }),
}

/** A description that quotes labels from input, escaped like every input value (whole, not cut). */
function escapedHours(text: string): string {
  return shown(text, text.length)
}
