import { EXIT_CODES, JSON_OPTION, TZ_OPTION, quoted, valueError, withCommonOptions, type CommandSpec, type Invocation, type PositionalSpec, type StringOptionSpec } from '../commandSpecs'
import { describeSchedule, formatIssuePath, renderWeekGrid, type Issue } from '../../index'
import type { FormatLoss, ReadFormatResult } from '../../formats/index'
import { colorGrid, shown } from '../format'
import { parseJson, readText } from '../input'
import { CliError } from '../io'
import { CLI_FORMATS, formatNamed, type CliFormat, type CliFormatOptions } from '../formatTable'
import { currentMinute, type CommandContext } from './common'

/**
 * Options of the `convert` command, as parsed from the command line.
 *
 * @example
 * const options: ConvertOptions = { file: 'hours.txt', from: 'osm', to: 'schema-org' }
 */
export interface ConvertOptions {
  readonly file: string
  readonly from: string
  readonly to: string
  readonly tz?: string | undefined
  readonly years?: { readonly from: number; readonly to: number } | undefined
  readonly exceptionsOut?: string | undefined
  readonly json?: boolean
}

const formatNames = (): string => CLI_FORMATS.map((format) => format.name).join('|')

/**
 * A `--from`/`--to` option: one of the table's format names.
 *
 * @example
 * formatOption('from', 'the format of FILE').parse('osm', '--from') //=> 'osm'
 */
export function formatOption(long: 'from' | 'to', help: string, required = true): StringOptionSpec<string> {
  return {
    long,
    type: 'string',
    valueName: '<format>',
    example: 'osm',
    required,
    listed: 'usage',
    help: [`${help}: ${CLI_FORMATS.map((format) => format.name).join(', ')}`],
    parse: (text, flag) => {
      if (formatNamed(text.trim().toLowerCase()) === undefined) throw valueError(`${flag} must be one of ${formatNames()}, got ${quoted(text)}`)
      return text.trim().toLowerCase()
    },
  }
}

const FROM_FORMAT = formatOption('from', 'the format of FILE')
const TO_FORMAT = formatOption('to', 'the format to write')

/**
 * `--years <YYYY[-YYYY]>`: the years over which rules a format cannot hold are expanded.
 *
 * @example
 * YEARS_OPTION.parse('2026-2027', '--years') //=> { from: 2026, to: 2027 }
 */
export const YEARS_OPTION: StringOptionSpec<{ from: number; to: number }> = {
  long: 'years',
  type: 'string',
  valueName: '<YYYY[-YYYY]>',
  example: '2026-2027',
  listed: 'usage',
  help: ['the years over which yearly or positional rules are written out as dates (1900–2200, at most 200); default this year and the next'],
  parse: (text, flag) => {
    const match = /^(\d{4})(?:-(\d{4}))?$/.exec(text.trim())
    const from = Number(match?.[1])
    const to = match?.[2] === undefined ? from : Number(match[2])
    if (match === null || from < 1900 || to > 2200 || to < from || to - from >= 200) throw valueError(`${flag} must be a year or a range of years within 1900–2200 (2026, 2026-2030), got ${quoted(text)}`)
    return { from, to }
  },
}

/** `--exceptions-out <file>`: where `--to retreaver` writes dated entries (the JSON `--exceptions` reads). */
const EXCEPTIONS_OUT: StringOptionSpec<string> = {
  long: 'exceptions-out',
  type: 'string',
  valueName: '<file>',
  example: 'exceptions.json',
  help: ['with --to retreaver: write the dated entries (holidays, special hours) to this file, as the JSON --exceptions reads; without it they are reported as lost'],
  parse: (text, flag) => {
    if (text.trim() === '') throw valueError(`${flag} needs a file name`)
    return text
  },
}

const CONVERT_FILE: PositionalSpec = { name: 'file', noun: 'file', optional: false, help: ['the hours in the --from format: text for osm, JSON for the others; "-" reads stdin'] }

/** A loss as a printed line: `lost reading osm: rule[1]: …`. */
function lossLine(side: 'reading' | 'writing', format: string, loss: FormatLoss): string {
  const where = loss.path.length === 0 ? '' : `${formatIssuePath(loss.path, '')}: `
  return `lost ${side} ${format}: ${shown(where.replace(/^\./, ''), 200)}${shown(loss.message, 400)}`
}

/** An issue as a printed line. */
function issueLine(issue: Issue): string {
  const where = issue.path.length === 0 ? '' : `${formatIssuePath(issue.path, '').replace(/^\./, '')}: `
  return `  ${issue.severity === 'error' ? 'error  ' : 'warning'}  ${shown(where, 200)}${shown(issue.message, 400)}`
}

/** Reads FILE in a format: the text, or its JSON. */
export async function readForeign(file: string, format: CliFormat, options: CliFormatOptions, ctx: CommandContext): Promise<{ source: string; result: ReadFormatResult }> {
  const source = file === '-' ? '<stdin>' : file
  const text = await readText(file, source, ctx.io)
  const input = format.value === 'text' ? text : parseJson(text, source)
  try {
    return { source, result: format.read(input, options) }
  } catch (error) {
    if (error instanceof RangeError || error instanceof TypeError) throw new CliError(`--tz/--years: ${shown(error.message, 400)}`, 2)
    throw error
  }
}

/**
 * `callhours convert FILE --from FORMAT --to FORMAT`: reads the hours in one format and prints them
 * in another — the value on stdout (text as is, JSON indented), every loss on stderr, located.
 *
 * @returns 0 when nothing was lost, 1 when something was lost or FILE is invalid
 *
 * @example
 * // await convertCommand({ file: 'hours.txt', from: 'osm', to: 'schema-org' }, ctx)
 * // stdout: { "@context": "https://schema.org", … }; returns 0
 */
export async function convertCommand(options: ConvertOptions, ctx: CommandContext): Promise<number> {
  const from = formatNamed(options.from)!
  const to = formatNamed(options.to)!
  const now = currentMinute(ctx.io)
  const yearRange = options.years ?? { from: now.getUTCFullYear(), to: now.getUTCFullYear() + 1 }
  const years: number[] = []
  for (let year = yearRange.from; year <= yearRange.to; year++) years.push(year)
  const shared: CliFormatOptions = { ...(options.tz === undefined ? {} : { timeZone: options.tz }), years }
  const { source, result } = await readForeign(options.file, from, shared, ctx)
  if (!result.ok) {
    if (options.json === true) ctx.io.stdout(`${JSON.stringify({ ok: false, issues: result.issues, losses: { read: result.losses, write: [] } }, null, 2)}\n`)
    ctx.io.stderr(`${[`${shown(source)}: not readable as ${from.name} (${result.issues.length} issue${result.issues.length === 1 ? '' : 's'}):`, ...result.issues.map(issueLine)].join('\n')}\n`)
    return 1
  }
  const writeOptions: CliFormatOptions = { ...(result.timeZone === undefined ? {} : { timeZone: result.timeZone }), years }
  let written
  try {
    written = to.write(result.calendar, writeOptions)
  } catch (error) {
    if (error instanceof RangeError || error instanceof TypeError) throw new CliError(`--years: ${shown(error.message, 400)}`, 2)
    throw error
  }
  const writeLosses: FormatLoss[] = [...written.losses]
  if (to.name === 'retreaver' && result.exceptions.length > 0) {
    if (options.exceptionsOut !== undefined) await ctx.io.writeFile(options.exceptionsOut, `${JSON.stringify(result.exceptions, null, 2)}\n`)
    else writeLosses.push({ code: 'not_supported', path: ['exceptions'], message: `${result.exceptions.length} dated entr${result.exceptions.length === 1 ? 'y is' : 'ies are'} not part of a Retreaver target: not written (--exceptions-out FILE writes them as the JSON --exceptions reads)` })
  }
  if (options.json === true) {
    ctx.io.stdout(`${JSON.stringify({ ok: true, value: written.value, timeZone: result.timeZone ?? null, losses: { read: result.losses, write: writeLosses }, issues: result.issues }, null, 2)}\n`)
  } else {
    ctx.io.stdout(to.value === 'text' ? `${String(written.value)}\n` : `${JSON.stringify(written.value, null, 2)}\n`)
  }
  const lines = [...result.issues.map(issueLine), ...result.losses.map((loss) => lossLine('reading', from.name, loss)), ...writeLosses.map((loss) => lossLine('writing', to.name, loss))]
  if (lines.length > 0 && options.json !== true) ctx.io.stderr(`${lines.join('\n')}\n`)
  return result.losses.length + writeLosses.length === 0 ? 0 : 1
}

/**
 * `callhours convert`, described once: its help and its parser come from this.
 *
 * @example
 * convertSpec.name //=> 'convert'
 */
export const convertSpec: CommandSpec<Invocation<'convert', ConvertOptions>> = {
  name: 'convert',
  summary: 'convert hours to another format',
  description: [
    'Reads FILE in the --from format and prints it in the --to format: the value',
    'on stdout, and every part one side cannot hold on stderr, located',
    '(lost reading osm: rule[2]: …). Nothing is dropped without a line.',
  ],
  positionals: [CONVERT_FILE],
  options: withCommonOptions([FROM_FORMAT, TO_FORMAT, TZ_OPTION, YEARS_OPTION, EXCEPTIONS_OUT], ['print one JSON object: ok, the value, the zone, the losses of reading and of writing, and the issues']),
  exitCodes: [{ code: 0, meaning: 'converted, nothing lost' }, { code: 1, meaning: 'something lost (listed), or FILE invalid' }, ...EXIT_CODES.filter((exit) => exit.code >= 2)],
  toInvocation: ({ positionals, value, flag, noColor }) => ({
    kind: 'convert',
    file: positionals[0]!,
    from: value(FROM_FORMAT)!,
    to: value(TO_FORMAT)!,
    tz: value(TZ_OPTION),
    years: value(YEARS_OPTION),
    exceptionsOut: value(EXCEPTIONS_OUT),
    json: flag(JSON_OPTION),
    noColor,
  }),
}

/**
 * `callhours check FILE --from FORMAT`: reads a file in another format as a week (and its dated
 * entries) and prints what `check` prints: valid or not, every issue and loss located, then the
 * week in words and as a grid. `--json` prints the reader's answer.
 *
 * @returns 0 when readable (losses are listed, not failures), 1 when not
 *
 * @example
 * // await checkForeign({ file: 'hours.txt', from: 'osm' }, ctx, GRID_LEGEND)
 * // stdout: hours.txt · osm … ✓ readable: 0 errors, 1 loss … the grid; returns 0
 */
export async function checkForeign(options: { readonly file: string | undefined; readonly from: string; readonly tz?: string | undefined; readonly json?: boolean }, ctx: CommandContext, legend: string): Promise<number> {
  if (options.file === undefined) throw new CliError(`check --from ${options.from} needs a FILE (the bundled example is a Retreaver target)`, 2)
  const format = formatNamed(options.from)!
  const year = currentMinute(ctx.io).getUTCFullYear()
  const { source, result } = await readForeign(options.file, format, { ...(options.tz === undefined ? {} : { timeZone: options.tz }), years: [year, year + 1] }, ctx)
  if (options.json === true) {
    ctx.io.stdout(`${JSON.stringify(result, null, 2)}\n`)
    return result.ok ? 0 : 1
  }
  const { style } = ctx
  const errors = result.issues.filter((issue) => issue.severity === 'error').length
  const counts = `${errors} error${errors === 1 ? '' : 's'}, ${result.losses.length} loss${result.losses.length === 1 ? '' : 'es'}`
  const lines = [`${style.bold(shown(source))} · ${format.name}`, `Time zone: ${result.timeZone ?? 'none named (--tz sets one)'}`, result.ok ? `${style.green('✓ readable')}: ${counts}` : `${style.red('✗ not readable')}: ${counts}`]
  for (const issue of result.issues) lines.push(issueLine(issue))
  for (const loss of result.losses) lines.push(`  ${style.yellow('lost   ')}  ${lossLine('reading', format.name, loss).replace(/^lost reading [^:]+: /, '')}`)
  if (result.ok) lines.push('', style.bold(shown(describeSchedule(result.calendar), 4000)), '', colorGrid(renderWeekGrid(result.schedule), style), style.dim(legend))
  ctx.io.stdout(`${lines.join('\n')}\n`)
  return result.ok ? 0 : 1
}
