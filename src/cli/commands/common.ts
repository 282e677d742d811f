import type { BusinessHourAttributes, Issue, Target } from '../../index'
import { shown, type Style } from '../format'
import { issuePath, type LoadedTarget } from '../input'
import { CliError, type CliIo } from '../io'

/**
 * What every command gets: the outside world and how to print to it — `style` for stdout and
 * `errStyle` for stderr, each coloured only when its own stream is a terminal.
 *
 * @example
 * const ctx: CommandContext = { io, style: createStyle(false), errStyle: createStyle(false) }
 */
export interface CommandContext {
  readonly io: CliIo
  readonly style: Style
  readonly errStyle: Style
}

/**
 * Issues as printed lines: severity, path (`target.business_hours[3].time_close`, or
 * `business_hours[3]…` for a bare array of records) and message, input escaped for the terminal.
 *
 * @param issues - errors and warnings, in the order the library reported them
 * @param shape - how the input was written (`loaded.shape`)
 * @param style - colours
 * @returns one line per issue, indented two spaces
 *
 * @example
 * formatIssueLines([{ code: 'out_of_range', path: ['target', 'business_hours', 0, 'day_of_week'], severity: 'error',
 *   message: 'day_of_week must be an integer 0–6 (Sunday = 0), received 7' }], 'records', createStyle(false))
 * //=> ['  error    business_hours[0].day_of_week: day_of_week must be an integer 0–6 (Sunday = 0), received 7']
 *
 * @example
 * // Edge: no issues, no lines
 * formatIssueLines([], 'target', createStyle(false)) //=> []
 */
export function formatIssueLines(issues: readonly Issue[], shape: LoadedTarget['shape'], style: Style): string[] {
  return issues.map((issue) => {
    const label = issue.severity === 'error' ? style.red('error  ') : style.yellow('warning')
    return `  ${label}  ${style.bold(issuePath(issue, shape))}: ${shown(issue.message, 400)}`
  })
}

/**
 * `1 error`, `2 warnings`: a count with its noun.
 *
 * @example
 * countOf(2, 'warning') //=> '2 warnings'
 *
 * @example
 * countOf(0, 'error') //=> '0 errors'
 */
export function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

/**
 * A target that passed validation, with the warnings found on the way.
 *
 * @example
 * requireTarget(loaded, style).target.schedule
 * //=> { intervals: [{ start: 0, end: 5040 }, { start: 5760, end: 10080 }] }
 */
export interface CheckedTarget {
  readonly target: Target
  readonly warnings: readonly Issue[]
}

/**
 * The valid target, for commands that need one; an invalid one ends the command.
 *
 * @param loaded - from `loadTarget`
 * @param style - colours for the issue list
 * @returns the target and its warnings
 * @throws {CliError} exit 1 listing every error and warning with its path, when invalid
 *
 * @example
 * requireTarget(await loadTarget(undefined, io), style).target.schedule.intervals.length //=> 2
 *
 * @example
 * // Edge: invalid records end the command with exit 1 and the located issues
 * requireTarget(readLoaded([{ day_of_week: 9 }], 'file.json'), style)
 * // throws CliError: file.json: invalid target (1 error):… business_hours[0].day_of_week: day_of_week must be an integer 0–6 (Sunday = 0), received 9
 */
export function requireTarget(loaded: LoadedTarget, style: Style): CheckedTarget {
  const { result } = loaded
  if (result.ok) return { target: result.target, warnings: result.warnings }
  const lines = formatIssueLines([...result.issues, ...result.warnings], loaded.shape, style)
  throw new CliError([`${shown(loaded.source)}: invalid target (${countOf(countIssues(result.issues, 'error'), 'error')}):`, ...lines].join('\n'), 1)
}

/**
 * How many issues of a severity a list stands for, counting what a `too_many_issues` summary
 * summarises (the library keeps 1,000 of each and counts the rest).
 *
 * @example
 * countIssues([{ code: 'out_of_range', path: [], message: '', severity: 'error' },
 *   { code: 'too_many_issues', path: [], message: '', severity: 'error', received: '41' }], 'error')
 * //=> 42
 */
export function countIssues(issues: readonly Issue[], severity: Issue['severity']): number {
  let count = 0
  for (const issue of issues) {
    if (issue.severity !== severity) continue
    count += issue.code === 'too_many_issues' ? Number(issue.received) || 0 : 1
  }
  return count
}

/**
 * How a zone is named in headings: `UTC (no time_zone given)`, or `America/New_York (from
 * time_zone "Eastern Time (US & Canada)")`, or `Europe/Berlin (--tz)`.
 *
 * @param loaded - the target as loaded (where its zone came from, as written)
 * @param id - the zone the library resolved (`target.timeZone`)
 *
 * @example
 * describeZone(loaded, 'UTC') //=> 'UTC (no time_zone given)'
 *
 * @example
 * describeZone({ ...loaded, zoneOrigin: 'flag', givenZone: 'Europe/Berlin' }, 'Europe/Berlin') //=> 'Europe/Berlin (--tz)'
 */
export function describeZone(loaded: LoadedTarget, id: string): string {
  if (loaded.zoneOrigin === 'default') return `${id} (no time_zone given)`
  const given = loaded.givenZone ?? id
  const named = given === id ? '' : ` "${shown(given, 80)}"`
  return loaded.zoneOrigin === 'flag' ? `${id} (--tz${named})` : `${id} (from time_zone${named})`
}

/**
 * How headings name the target: `Target 7 "Sales"`, `Target 7`, `"Sales"`, or the input's source;
 * names escaped for the terminal.
 *
 * @example
 * targetLabel(readLoaded({ id: 7 }, 'x.json')) //=> 'Target 7'
 *
 * @example
 * // Edge: a bare array of records has no id; a name's escape sequences are shown, not run
 * targetLabel(readLoaded([], 'hours.json')) //=> 'hours.json'
 * targetLabel(readLoaded({ id: 7, name: 'x\u001b[31m' }, 'x.json')) //=> 'Target 7 "x\\u001b[31m"'
 */
export function targetLabel(loaded: LoadedTarget): string {
  const id = loaded.id
  const name = loaded.name === null || loaded.name.trim() === '' ? undefined : shown(loaded.name, 80)
  if (id === null) return name === undefined ? shown(loaded.source) : `"${name}"`
  return name === undefined ? `Target ${id}` : `Target ${id} "${name}"`
}

/**
 * What was thrown, in one line: `RangeError: …` for an error, the text for anything else; never
 * throws itself.
 *
 * @example
 * messageOf(new RangeError('Unknown time zone "Mars"')) //=> 'RangeError: Unknown time zone "Mars"'
 *
 * @example
 * messageOf('plain') //=> 'plain'
 */
export function messageOf(error: unknown): string {
  try {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  } catch {
    return 'an error that cannot be shown'
  }
}

/**
 * One line to stderr when a valid schedule still has warnings, pointing at `check`.
 *
 * @example
 * noteWarnings(ctx, loaded, [w1, w2]) // stderr: 'note: hours.json has 2 warnings; callhours check hours.json lists them'
 *
 * @example
 * noteWarnings(ctx, loaded, []) // prints nothing
 */
export function noteWarnings(ctx: CommandContext, loaded: LoadedTarget, warnings: readonly Issue[]): void {
  if (warnings.length === 0) return
  const file = loaded.source === '<stdin>' ? '-' : shown(loaded.source)
  const how = loaded.source.startsWith('bundled example') ? 'callhours check' : `callhours check ${file}`
  ctx.io.stderr(`${ctx.errStyle.yellow('note:')} ${shown(loaded.source)} has ${countOf(warnings.length, 'warning')}; ${how} lists them\n`)
}

/**
 * The current minute, seconds dropped: the default instant of `status` and start of `preview`.
 * The hours count whole minutes, so answers are the same, and printed times come out whole.
 *
 * @example
 * currentMinute({ now: () => new Date('2026-07-15T11:30:42.5Z') } as CliIo)
 * //=> 2026-07-15T11:30:00.000Z
 */
export function currentMinute(io: CliIo): Date {
  return new Date(Math.floor(io.now().getTime() / 60_000) * 60_000)
}

/**
 * A payload in words: `3 changes (2 updates, 1 destroy)`, or `no changes`.
 *
 * @example
 * describePayload([{ id: 43, day_of_week: 0, time_open: 0, time_close: 2400, work_day: false, invert: false }, { id: 50, _destroy: true }])
 * //=> '2 changes (1 update, 1 destroy)'
 *
 * @example
 * describePayload([]) //=> 'no changes'
 */
export function describePayload(items: readonly BusinessHourAttributes[]): string {
  if (items.length === 0) return 'no changes'
  const creates = items.filter((item) => !('id' in item) || item.id === undefined).length
  const destroys = items.filter((item) => '_destroy' in item).length
  const updates = items.length - creates - destroys
  const parts = [
    updates > 0 ? countOf(updates, 'update') : '',
    creates > 0 ? countOf(creates, 'create') : '',
    destroys > 0 ? countOf(destroys, 'destroy') : '',
  ].filter((part) => part !== '')
  return `${countOf(items.length, 'change')} (${parts.join(', ')})`
}
