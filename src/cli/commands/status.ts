import { AT_OPTION, EXIT_CODES, FILE, JSON_OPTION, TZ_OPTION, withCommonOptions, type Invocation, type CommandSpec } from '../commandSpecs'
import { describeSchedule, nextChange, nextClosing, nextOpening } from '../../index'
import { formatDuration, formatLocal, shown } from '../format'
import { loadTarget } from '../input'
import { EXCEPTIONS_OPTION, HOLIDAYS_OPTION, isoDay, loadExceptions, yearsAround } from '../exceptionsInput'
import { stateSince } from '../lastChange'
import { currentMinute, describeZone, noteWarnings, requireTarget, targetLabel, type CommandContext } from './common'

/**
 * Options of the `status` command, as parsed from the command line.
 *
 * @example
 * const options: StatusOptions = { file: undefined, at: new Date('2026-07-15T11:30Z'), tz: 'UTC', json: true }
 */
/** How far nextOpening and nextClosing search (docs/exceptions.md §8). */
const SEARCH_BOUND = 'two years'

export interface StatusOptions {
  readonly file: string | undefined
  readonly at: Date | undefined
  readonly tz: string | undefined
  readonly json: boolean
  readonly exceptions?: string | undefined
  readonly holidays?: string | undefined
}

/**
 * What `status --json` prints: the state at `at` and the changes around it, instants as ISO 8601
 * strings in UTC.
 *
 * `nextOpening` is the next time the target opens after `at` (when open now: after it next
 * closes); `nextClosing` likewise; `nextChange` is the library's `nextChange` (the earlier of the
 * two). `since` is when the current state began, `until` when it ends (= `nextChange`). Null
 * means never (or, for `since`, not in the last 8 days).
 *
 * @example
 * // the bundled example
 * JSON.parse(await stdoutOf('callhours status --at 2026-07-15T11:30Z --json'))
 * //=> { open: true, at: '2026-07-15T11:30:00.000Z', timeZone: 'UTC', since: '2026-07-09T00:00:00.000Z',
 * //     until: '2026-07-15T12:00:00.000Z', nextOpening: '2026-07-16T00:00:00.000Z',
 * //     nextClosing: '2026-07-15T12:00:00.000Z', nextChange: '2026-07-15T12:00:00.000Z',
 * //     hours: 'Mon–Tue, Thu–Sun open 24 hours, Wed 00:00–12:00' }
 */
export interface StatusReport {
  readonly open: boolean
  readonly at: string
  readonly timeZone: string
  readonly since: string | null
  readonly until: string | null
  readonly nextOpening: string | null
  readonly nextClosing: string | null
  readonly nextChange: string | null
  readonly hours: string
}

/**
 * `callhours status`: OPEN or CLOSED at an instant in local time, since and until when, and the
 * next opening and closing with how long until each.
 *
 * @param options - file, `--at`, `--tz`, `--json`
 * @param ctx - io and style
 * @returns the exit code: 0 (1 and 2 are thrown as `CliError`)
 *
 * @example
 * await statusCommand({ file: undefined, at: new Date('2026-07-15T11:30Z'), tz: undefined, json: false }, ctx)
 * // stdout: OPEN at Wed 2026-07-15 11:30 UTC … closes Wed 2026-07-15 12:00 UTC (in 30m) …
 * //=> 0
 *
 * @example
 * // Edge: --json prints one object
 * await statusCommand({ file: undefined, at: new Date('2026-07-15T13:00Z'), tz: undefined, json: true }, ctx)
 * // stdout: {"open":false,"at":"2026-07-15T13:00:00.000Z","timeZone":"UTC","since":"2026-07-15T12:00:00.000Z",…}
 * //=> 0
 */
export async function statusCommand(options: StatusOptions, ctx: CommandContext): Promise<number> {
  const { io, style } = ctx
  const at = options.at ?? currentMinute(io)
  const exceptions = await loadExceptions(options, yearsAround(at, at), io)
  const loaded = await loadTarget(options.file, io, { tz: options.tz, exceptions })
  const { target, warnings } = requireTarget(loaded, style)
  const { schedule } = target
  const { timeZone } = target

  const { open, since } = stateSince(schedule, at, timeZone)
  const change = nextChange(schedule, at, timeZone)
  let opening: Date | null
  let closing: Date | null
  if (open) {
    closing = nextClosing(schedule, at, timeZone)
    opening = closing === null ? null : nextOpening(schedule, closing, timeZone)
  } else {
    opening = nextOpening(schedule, at, timeZone)
    closing = opening === null ? null : nextClosing(schedule, opening, timeZone)
  }
  // A calendar's exceptions are listed from the day before to a month ahead.
  const hours = describeSchedule(schedule, { from: isoDay(at, -1), to: isoDay(at, 31), timeZone })

  if (options.json) {
    const iso = (instant: Date | null) => (instant === null ? null : instant.toISOString())
    const report: StatusReport = {
      open,
      at: at.toISOString(),
      timeZone,
      since: iso(since),
      until: iso(change),
      nextOpening: iso(opening),
      nextClosing: iso(closing),
      nextChange: iso(change),
      hours,
    }
    io.stdout(`${JSON.stringify(report, null, 2)}\n`)
    noteWarnings(ctx, loaded, warnings)
    return 0
  }

  const when = (instant: Date) => formatLocal(instant, timeZone)
  const ago = (instant: Date) =>
    style.dim(instant.getTime() === at.getTime() ? '(just now)' : `(${formatDuration(at.getTime() - instant.getTime())} ago)`)
  const ahead = (instant: Date) => style.dim(`(in ${formatDuration(instant.getTime() - at.getTime())})`)
  const row = (label: string, text: string) => `  ${label.padEnd(14)}${text}`
  // A calendar's searches stop two years ahead: a long closure is not "never".
  const hasExceptions = 'exceptions' in schedule && schedule.exceptions.length > 0
  const lines = [
    `${style.bold(targetLabel(loaded))} · ${describeZone(loaded, timeZone)}`,
    `Hours: ${shown(hours, hours.length)}`,
    '',
    `${open ? style.bold(style.green('OPEN')) : style.bold(style.red('CLOSED'))} at ${style.bold(when(at))}`,
  ]
  const state = open ? 'open' : 'closed'
  lines.push(row(`${state} since`, since === null ? 'more than a week' : `${when(since)}  ${ago(since)}`))
  if (open) {
    if (closing === null) lines.push(row('closes', hasExceptions ? `not within the next ${SEARCH_BOUND}` : 'never (open 24/7)'))
    else lines.push(row('closes', `${when(closing)}  ${ahead(closing)}`))
    if (opening !== null) lines.push(row('opens again', `${when(opening)}  ${ahead(opening)}`))
  } else {
    if (opening === null) lines.push(row('opens', hasExceptions ? `not within the next ${SEARCH_BOUND}` : 'never (closed all week)'))
    else lines.push(row('opens', `${when(opening)}  ${ahead(opening)}`))
    if (closing !== null) lines.push(row('closes again', `${when(closing)}  ${ahead(closing)}`))
  }
  io.stdout(`${lines.join('\n')}\n`)
  noteWarnings(ctx, loaded, warnings)
  return 0
}

/**
 * `callhours status`, described once: its help and its parser come from this.
 *
 * @example
 * statusSpec.name //=> 'status'
 */
export const statusSpec: CommandSpec<Invocation<'status', StatusOptions>> = {
  name: 'status',
  summary: 'open or closed, since and until when',
  description: [
    "OPEN or CLOSED at an instant, in the target's local time: since when, until",
    'when, and the next opening and closing with how long until each.',
  ],
  positionals: [FILE],
  options: withCommonOptions(
    [AT_OPTION, TZ_OPTION, EXCEPTIONS_OPTION, HOLIDAYS_OPTION],
    ['print one JSON object: open, at, timeZone, since, until, nextOpening, nextClosing, nextChange (ISO 8601 or null) and hours'],
  ),
  exitCodes: EXIT_CODES,
  toInvocation: ({ positionals, value, flag, noColor }) => ({
    kind: 'status',
    file: positionals[0],
    at: value(AT_OPTION),
    tz: value(TZ_OPTION),
    exceptions: value(EXCEPTIONS_OPTION),
    holidays: value(HOLIDAYS_OPTION),
    json: flag(JSON_OPTION),
    noColor,
  }),
}
