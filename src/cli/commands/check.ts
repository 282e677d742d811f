import { describeSchedule, renderWeekGrid, resolveTimeZone, validateBusinessHours, type Issue } from '../../index'
import { colorGrid } from '../format'
import { loadTarget } from '../input'
import { countOf, formatIssueLines, messageOf, targetLabel, type CommandContext } from './common'

/**
 * Options of the `check` command, as parsed from the command line.
 *
 * @example
 * const options: CheckOptions = { file: 'target.json' }
 */
export interface CheckOptions {
  readonly file: string | undefined
}

/**
 * The legend printed under every week grid (the marks are `renderWeekGrid`'s defaults).
 *
 * @example
 * GRID_LEGEND //=> '█ open  ▌ partly open  · closed   (one column = 30 minutes)'
 */
export const GRID_LEGEND = '█ open  ▌ partly open  · closed   (one column = 30 minutes)'

/**
 * `callhours check`: validates a target's business hours and its `time_zone`, prints every error
 * and warning with its path, then (when valid) the week in words and as a grid.
 *
 * @param options - the file (undefined for the bundled example, `-` for stdin)
 * @param ctx - io and style
 * @returns 0 when valid, 1 when not (unreadable input is thrown as `CliError`, exit 2)
 *
 * @example
 * await checkCommand({ file: undefined }, ctx)
 * // stdout: Target 7 · bundled example … ✓ valid: 7 records, no errors, no warnings … the grid
 * //=> 0
 *
 * @example
 * // Edge: every issue, located
 * await checkCommand({ file: 'invalid.json' }, ctx)
 * // stdout:   error    business_hours[0].day_of_week: day_of_week must be an integer 0–6 (Sunday = 0), received 7 …
 * //=> 1
 */
export async function checkCommand(options: CheckOptions, ctx: CommandContext): Promise<number> {
  const { io, style } = ctx
  const loaded = await loadTarget(options.file, io)
  const result = validateBusinessHours(loaded.records)
  const errors: readonly Issue[] = result.ok ? [] : result.issues
  const warnings = result.warnings

  let zoneLine: string
  let zoneError: string | undefined
  const timeZone = loaded.timeZone
  if (timeZone === undefined || timeZone === '') {
    zoneLine = 'UTC (no time_zone given)'
  } else if (typeof timeZone !== 'string') {
    zoneError = `time_zone must be a zone name, received ${JSON.stringify(timeZone)}`
    zoneLine = style.red('invalid')
  } else {
    try {
      const id = resolveTimeZone(timeZone)
      zoneLine = id === timeZone ? id : `${id} (time_zone "${timeZone}")`
    } catch (error) {
      zoneError = messageOf(error)
      zoneLine = style.red('invalid')
    }
  }

  const errorCount = errors.length + (zoneError === undefined ? 0 : 1)
  const recordCount = Array.isArray(loaded.records) ? countOf(loaded.records.length, 'record') : 'no record list'
  const lines = [
    `${style.bold(targetLabel(loaded))}${targetLabel(loaded) === loaded.source ? '' : ` · ${loaded.source}`}`,
    `Time zone: ${zoneLine}`,
  ]
  const issueLines = formatIssueLines([...errors, ...warnings], loaded.recordsKey, style)
  if (zoneError !== undefined) issueLines.unshift(`  ${style.red('error  ')}  ${style.bold('time_zone')}: ${zoneError}`)
  const counts = `${errorCount === 0 ? 'no errors' : countOf(errorCount, 'error')}, ${warnings.length === 0 ? 'no warnings' : countOf(warnings.length, 'warning')}`
  if (errorCount === 0) lines.push(`${style.green('✓ valid')}: ${recordCount}, ${counts}`)
  else lines.push(`${style.red('✗ invalid')}: ${recordCount}, ${counts}`)
  lines.push(...issueLines)

  if (result.ok) {
    lines.push('', style.bold(describeSchedule(result.schedule)), '', colorGrid(renderWeekGrid(result.schedule), style), style.dim(GRID_LEGEND))
  }
  io.stdout(`${lines.join('\n')}\n`)
  return errorCount === 0 ? 0 : 1
}
