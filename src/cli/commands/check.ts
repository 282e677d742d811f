import { EXIT_CODES, FILE, JSON_OPTION, TZ_OPTION, withCommonOptions, type Invocation, type CommandSpec } from '../commandSpecs'
import { describeSchedule, renderWeekGrid, type Issue } from '../../index'
import { colorGrid, shown } from '../format'
import { loadTarget, type LoadedTarget } from '../input'
import { EXCEPTIONS_OPTION, HOLIDAYS_OPTION, isoDay, loadExceptions, yearsAround } from '../exceptionsInput'
import { checkForeign, formatOption } from './convert'
import { countIssues, countOf, currentMinute, describeZone, formatIssueLines, targetLabel, type CommandContext } from './common'

/**
 * Options of the `check` command, as parsed from the command line.
 *
 * @example
 * const options: CheckOptions = { file: 'target.json' }
 */
export interface CheckOptions {
  readonly file: string | undefined
  readonly json?: boolean
  readonly exceptions?: string | undefined
  readonly holidays?: string | undefined
  /** `--from`: the file's format when it is not a Retreaver target. */
  readonly from?: string | undefined
  readonly tz?: string | undefined
}

/**
 * The legend printed under every week grid (the marks are `renderWeekGrid`'s defaults).
 *
 * @example
 * GRID_LEGEND //=> '█ open  ▌ partly open  · closed   (one column = 30 minutes)'
 */
export const GRID_LEGEND = '█ open  ▌ partly open  · closed   (one column = 30 minutes)'

/**
 * `callhours check`: reads the target with the library's `validateTarget` (hours, zone, caps and
 * every other field it checks), prints every error and warning with its path, then (when valid)
 * the week in words and as a grid. `--json` prints `validateTarget`'s answer itself.
 *
 * @param options - the file (undefined for the bundled example, `-` for stdin), `json`
 * @param ctx - io and styles
 * @returns 0 when valid, 1 when not (unreadable input or no target is thrown as `CliError`, exit 2)
 *
 * @example
 * await checkCommand({ file: undefined }, ctx)
 * // stdout: Target 7 · bundled example … ✓ valid: 7 records, no errors, no warnings … the grid
 * //=> 0
 *
 * @example
 * // Edge: every issue, located
 * await checkCommand({ file: 'invalid.json' }, ctx)
 * // stdout:   error    target.business_hours[0].day_of_week: day_of_week must be an integer 0–6 (Sunday = 0), received 7 …
 * //=> 1
 */
export async function checkCommand(options: CheckOptions, ctx: CommandContext): Promise<number> {
  if (options.from !== undefined && options.from !== 'retreaver') return checkForeign({ file: options.file, from: options.from, tz: options.tz, json: options.json }, ctx, GRID_LEGEND)
  const { io, style } = ctx
  const now = currentMinute(io)
  const exceptions = await loadExceptions({ exceptions: options.exceptions, holidays: options.holidays, file: options.file }, yearsAround(now, now), io)
  const loaded = await loadTarget(options.file, io, { exceptions })
  const { result } = loaded
  if (options.json === true) {
    io.stdout(`${JSON.stringify(result, null, 2)}\n`)
    return result.ok ? 0 : 1
  }
  const errors: readonly Issue[] = result.ok ? [] : result.issues
  const warnings = result.warnings
  const zoneLine = result.ok ? describeZone(loaded, result.target.timeZone) : `${shown(loaded.givenZone ?? 'UTC', 80)}${loaded.zoneOrigin === 'default' ? ' (no time_zone given)' : ''}`
  const recordCount = countRecords(loaded)
  const label = targetLabel(loaded)
  const zoneFailed = errors.some((issue) => issue.path[1] === 'time_zone')
  const lines = [`${style.bold(label)}${label === shown(loaded.source) ? '' : ` · ${shown(loaded.source)}`}`, `Time zone: ${zoneFailed ? style.red('invalid') : zoneLine}`]
  const counts = `${errors.length === 0 ? 'no errors' : countOf(countIssues(errors, 'error'), 'error')}, ${warnings.length === 0 ? 'no warnings' : countOf(countIssues(warnings, 'warning'), 'warning')}`
  lines.push(result.ok ? `${style.green('✓ valid')}: ${recordCount}, ${counts}` : `${style.red('✗ invalid')}: ${recordCount}, ${counts}`)
  for (const line of formatIssueLines([...errors, ...warnings], loaded.shape, style)) lines.push(line)
  if (result.ok) {
    const { schedule, timeZone } = result.target
    lines.push('', style.bold(withLabelsEscaped(describeSchedule(schedule, { from: isoDay(now, -1), to: isoDay(now, 366), timeZone }))), '', colorGrid(renderWeekGrid(schedule), style), style.dim(GRID_LEGEND))
  }
  io.stdout(`${lines.join('\n')}\n`)
  return result.ok ? 0 : 1
}

/** `7 records`; `no record list` for a target without hours (open 24/7, as the API treats it). */
function countRecords(loaded: LoadedTarget): string {
  return loaded.records === undefined ? 'no record list' : countOf(loaded.records, 'record')
}

/** `--from`: check a file in another format (convert's formats) as a week. */
const CHECK_FROM = formatOption('from', 'read FILE in this format instead of as a Retreaver target', false)

/**
 * `callhours check`, described once: its help and its parser come from this.
 *
 * @example
 * checkSpec.name //=> 'check'
 */
export const checkSpec: CommandSpec<Invocation<'check', CheckOptions>> = {
  name: 'check',
  summary: 'validate the hours; show the week',
  description: [
    'Validates a target as the library reads it (hours, time zone, caps, other',
    'fields): prints every error and warning with its path',
    '(business_hours[3].time_close: …), then the week in words and as a grid.',
  ],
  positionals: [FILE],
  options: withCommonOptions([EXCEPTIONS_OPTION, HOLIDAYS_OPTION, CHECK_FROM, { ...TZ_OPTION, listed: 'options', help: ['with --from: the zone the hours are in (the formats other than retreaver name none)'] }], ["print validateTarget's answer as one JSON object: ok, the target or the issues, and the warnings (each issue with its code, path and message)"]),
  exitCodes: [{ code: 0, meaning: 'valid' }, { code: 1, meaning: 'invalid (errors listed)' }, ...EXIT_CODES.filter((exit) => exit.code >= 2)],
  toInvocation: ({ positionals, value, flag, noColor }) => ({
    kind: 'check',
    file: positionals[0],
    json: flag(JSON_OPTION),
    exceptions: value(EXCEPTIONS_OPTION),
    holidays: value(HOLIDAYS_OPTION),
    from: value(CHECK_FROM),
    tz: value(TZ_OPTION),
    noColor,
  }),
}

/** A description that quotes labels from input, escaped like every input value (whole, not cut). */
function withLabelsEscaped(text: string): string {
  return shown(text, text.length)
}
