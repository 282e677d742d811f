import { formatIssuePath, resolveTimeZone, validateBusinessHours, type Issue, type WeeklySchedule } from '../../index'
import type { Style } from '../format'
import type { LoadedTarget } from '../input'
import { CliError, type CliIo } from '../io'

/**
 * What every command gets: the outside world and how to print to it.
 *
 * @example
 * const ctx: CommandContext = { io, style: createStyle(false) }
 */
export interface CommandContext {
  readonly io: CliIo
  readonly style: Style
}

/**
 * Issues as printed lines: severity, path (`business_hours[3].time_close`) and message.
 *
 * @param issues - errors and warnings, in the order the library reported them
 * @param root - the name paths start with
 * @param style - colours
 * @returns one line per issue, indented two spaces
 *
 * @example
 * formatIssueLines([{ code: 'out_of_range', path: [0, 'day_of_week'], severity: 'error',
 *   message: 'day_of_week must be an integer 0–6 (Sunday = 0), received 7' }], 'business_hours', createStyle(false))
 * //=> ['  error    business_hours[0].day_of_week: day_of_week must be an integer 0–6 (Sunday = 0), received 7']
 *
 * @example
 * // Edge: no issues, no lines
 * formatIssueLines([], 'business_hours', createStyle(false)) //=> []
 */
export function formatIssueLines(issues: readonly Issue[], root: string, style: Style): string[] {
  return issues.map((issue) => {
    const label = issue.severity === 'error' ? style.red('error  ') : style.yellow('warning')
    return `  ${label}  ${style.bold(formatIssuePath(issue.path, root))}: ${issue.message}`
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
 * A target's schedule after validation, with the warnings found on the way.
 *
 * @example
 * requireSchedule(loaded, style)
 * //=> { schedule: { intervals: [{ start: 0, end: 5040 }, { start: 5760, end: 10080 }] }, warnings: [] }
 */
export interface CheckedSchedule {
  readonly schedule: WeeklySchedule
  readonly warnings: readonly Issue[]
}

/**
 * Validates the loaded records with the library, for commands that need a valid week.
 *
 * @param loaded - from `loadTarget`
 * @param style - colours for the issue list
 * @returns the schedule and its warnings
 * @throws {CliError} exit 1 listing every error and warning with its path, when invalid
 *
 * @example
 * requireSchedule(await loadTarget(undefined, io), style).schedule.intervals.length //=> 2
 *
 * @example
 * // Edge: invalid records end the command with exit 1 and the located issues
 * requireSchedule({ ...loaded, source: 'file.json', records: [{ day_of_week: 9 }] }, style)
 * // throws CliError: file.json: invalid business hours (1 error): … business_hours[0].day_of_week: …
 */
export function requireSchedule(loaded: LoadedTarget, style: Style): CheckedSchedule {
  const result = validateBusinessHours(loaded.records)
  if (result.ok) return { schedule: result.schedule, warnings: result.warnings }
  const lines = formatIssueLines([...result.issues, ...result.warnings], loaded.recordsKey, style)
  throw new CliError(
    [`${loaded.source}: invalid business hours (${countOf(result.issues.length, 'error')}):`, ...lines].join('\n'),
    1,
  )
}

/**
 * The zone a command reads the hours in, and where that choice came from.
 *
 * @example
 * const zone: ChosenZone = { id: 'America/New_York', origin: 'target', given: 'Eastern Time (US & Canada)' }
 */
export interface ChosenZone {
  /** The IANA id. */
  readonly id: string
  /** `--tz`, the target's `time_zone`, or the UTC default. */
  readonly origin: 'flag' | 'target' | 'default'
  /** The name as given (a Rails name such as `Eastern Time (US & Canada)` stays as written). */
  readonly given: string
}

/**
 * Chooses the zone: `--tz`, else the target's `time_zone`, else UTC, resolved to an IANA id by the
 * library (which knows Retreaver's Rails zone names).
 *
 * @param tzFlag - the `--tz` value, if any
 * @param loaded - the input, for its `time_zone`
 * @returns the zone's IANA id and where it came from
 * @throws {CliError} exit 2 for an unknown `--tz`; exit 1 for an unknown or non-text `time_zone` in the input
 *
 * @example
 * chooseZone('Eastern Time (US & Canada)', loaded)
 * //=> { id: 'America/New_York', origin: 'flag', given: 'Eastern Time (US & Canada)' }
 *
 * @example
 * // Edge: no --tz and no time_zone
 * chooseZone(undefined, { ...loaded, timeZone: undefined }) //=> { id: 'UTC', origin: 'default', given: 'UTC' }
 */
export function chooseZone(tzFlag: string | undefined, loaded: LoadedTarget): ChosenZone {
  if (tzFlag !== undefined) {
    try {
      return { id: resolveTimeZone(tzFlag), origin: 'flag', given: tzFlag }
    } catch (error) {
      throw new CliError(`--tz: ${messageOf(error)}`, 2)
    }
  }
  const fromTarget = loaded.timeZone
  // The default goes through the library like any other name, so it is the same id as `--tz UTC`.
  if (fromTarget === undefined || fromTarget === '') return { id: resolveTimeZone('UTC'), origin: 'default', given: 'UTC' }
  if (typeof fromTarget !== 'string') {
    throw new CliError(`${loaded.source}: time_zone must be a zone name, received ${JSON.stringify(fromTarget)}; give one with --tz`, 1)
  }
  try {
    return { id: resolveTimeZone(fromTarget), origin: 'target', given: fromTarget }
  } catch (error) {
    throw new CliError(`${loaded.source}: time_zone: ${messageOf(error)}`, 1)
  }
}

/**
 * How a zone is named in headings: `UTC (no time_zone given)`, or `America/New_York (from
 * time_zone "Eastern Time (US & Canada)")`.
 *
 * @example
 * describeZone({ id: 'UTC', origin: 'default', given: 'UTC' }) //=> 'UTC (no time_zone given)'
 *
 * @example
 * describeZone({ id: 'Europe/Berlin', origin: 'flag', given: 'Europe/Berlin' }) //=> 'Europe/Berlin (--tz)'
 */
export function describeZone(zone: ChosenZone): string {
  if (zone.origin === 'default') return `${zone.given} (no time_zone given)`
  const named = zone.given === zone.id ? '' : ` "${zone.given}"`
  return zone.origin === 'flag' ? `${zone.id} (--tz${named})` : `${zone.id} (from time_zone${named})`
}

/**
 * How headings name the target: `Target 7 "Sales"`, `Target 7`, or the input's source.
 *
 * @example
 * targetLabel({ ...loaded, targetId: 7, name: undefined, source: 'x.json' }) //=> 'Target 7'
 *
 * @example
 * // Edge: a bare array of records has no id
 * targetLabel({ ...loaded, targetId: undefined, name: undefined, source: 'hours.json' }) //=> 'hours.json'
 */
export function targetLabel(loaded: LoadedTarget): string {
  if (loaded.targetId === undefined) return loaded.name === undefined ? loaded.source : `"${loaded.name}"`
  return loaded.name === undefined ? `Target ${loaded.targetId}` : `Target ${loaded.targetId} "${loaded.name}"`
}

/**
 * The message of something thrown, for a one-line report.
 *
 * @example
 * messageOf(new RangeError('Unknown time zone "Mars"')) //=> 'Unknown time zone "Mars"'
 *
 * @example
 * messageOf('plain') //=> 'plain'
 */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
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
  const file = loaded.source === '<stdin>' ? '-' : loaded.source
  const how = loaded.source.startsWith('bundled example') ? 'callhours check' : `callhours check ${file}`
  ctx.io.stderr(`${ctx.style.yellow('note:')} ${loaded.source} has ${countOf(warnings.length, 'warning')}; ${how} lists them\n`)
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
