// What `coverage` and `routes` share: the fleet file, the window, the display zone, the heading,
// the spans as text, the options and the streamed JSON. No schedule logic: every answer is the
// library's; the wall clock is the library's `wallClockAt` (Intl only for the zone's abbreviation).

import {
  EXIT_CODES,
  FROM_OPTION,
  JSON_OPTION,
  valueError,
  type BooleanOptionSpec,
  type ExitCodeSpec,
  type ParsedArguments,
  type PositionalSpec,
  type StringOptionSpec,
  daysOption,
} from '../commandSpecs'
import { resolveTimeZone, wallClockAt, type Issue, type SkippedTarget, type Target } from '../../index'
import { EXCEPTIONS_OPTION, HOLIDAYS_OPTION, loadExceptions, yearsAround } from '../exceptionsInput'
import { fleetProblemLines, loadFleet, requireFleet, type FleetMember, type LoadedFleet } from '../fleetInput'
import { formatUtc, readLocal, shown, type Style } from '../format'
import { CliError, describeFileError, type CliIo } from '../io'
import { countOf, currentMinute, messageOf, type CommandContext } from './common'
import { DAY_MS } from '../../ground/timeUnits'

/**
 * The options `coverage` and `routes` share, as parsed from the command line.
 *
 * @example
 * const options: FleetCommandOptions = { file: 'fleet.json', from: undefined, days: 7, tz: undefined, caps: false,
 *   skipInvalid: false, exceptions: undefined, holidays: undefined, json: false }
 */
export interface FleetCommandOptions {
  readonly file: string
  readonly from: Date | undefined
  readonly days: number
  /** The zone times are shown in (display only: each target keeps its own zone). */
  readonly tz: string | undefined
  readonly caps: boolean
  readonly skipInvalid: boolean
  readonly exceptions: string | undefined
  readonly holidays: string | undefined
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


/**
 * Reads the options both commands share: the display zone, the window, the exceptions and the
 * fleet, its problems ending the command (exit 1) unless `--skip-invalid`.
 *
 * @throws {CliError} exit 2 for an unknown `--tz`, a file that holds no list of targets, or one that
 *   holds no targets at all; exit 1 for invalid targets (unless `skipInvalid`, and then when none
 *   is left) or invalid exceptions
 */
export async function readFleetWindow(options: FleetCommandOptions, ctx: CommandContext): Promise<FleetWindow> {
  const { io, errStyle } = ctx
  const timeZone = displayZone(options.tz)
  const from = options.from ?? currentMinute(io)
  const to = new Date(from.getTime() + options.days * DAY_MS)
  const exceptions = await loadExceptions(options, yearsAround(from, to), io)
  const fleet = await loadFleet(options.file, io, { exceptions })
  // An empty list is not a fleet with a total outage: most likely the wrong file, or an export that failed.
  if (fleet.count === 0) throw new CliError(`no targets in ${shown(fleet.source)}: the list is empty`, 2)
  const members = requireFleet(fleet, options.skipInvalid, io, errStyle)
  if (members.length === 0) throw new CliError(`no usable targets in ${shown(fleet.source)}: all ${countOf(fleet.count, 'target')} are invalid`, 1)
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
 * Runs the library on the fleet: a limit it names (a `RangeError`: too many segments, sets
 * changing too often) ends the command with exit 2 and that message, never a crash.
 *
 * @throws {CliError} exit 2 with the library's message
 *
 * @example
 * withinLimits('coverage', () => 42) //=> 42
 * withinLimits('coverage', () => { throw new RangeError('the range holds more than 1000000 segments') })
 * //=> throws CliError: coverage: the range holds more than 1000000 segments
 */
export function withinLimits<T>(what: string, run: () => T): T {
  try {
    return run()
  } catch (error) {
    if (error instanceof RangeError) throw new CliError(`${what}: ${shown(error.message, 400)}`, 2)
    throw error
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
  const byIndex = new Map(window.members.map((member) => [member.index, member]))
  const reports = skipped.map((entry): SkippedReport => ({ index: window.members[entry.index]?.index ?? entry.index, id: entry.id, issues: entry.issues }))
  const lines = reports.flatMap((report) => fleetProblemLines({ index: report.index, line: byIndex.get(report.index)?.line, id: report.id, issues: report.issues, warnings: [] }).map((line) => `  ${line}`))
  const heading = `${shown(window.fleet.source)}: ${countOf(reports.length, 'target')} cannot be used`
  if (!skipInvalid) throw new CliError([`${heading}:`, ...lines, '(--skip-invalid leaves them out)'].join('\n'), 1)
  io.stderr(`${errStyle.yellow('note:')} ${heading}; left out (--skip-invalid):\n${lines.join('\n')}\n`)
  const all: SkippedReport[] = []
  for (const report of window.skipped) all.push(report)
  for (const report of reports) all.push(report)
  return { members: window.members.filter((_member, i) => !left.has(i)), skipped: all.sort((a, b) => a.index - b.index) }
}

/**
 * An instant on the display zone's wall clock, by the library's `wallClockAt`, with the zone's
 * abbreviation (the one thing read from `Intl` here): `Mon 2026-11-30 09:00 EST`.
 *
 * @example
 * wallText(new Date('2026-11-30T14:00:00Z'), 'America/New_York') //=> 'Mon 2026-11-30 09:00 EST'
 */
export function wallText(instant: Date, timeZone: string): string {
  const clock = wallClockAt(instant, timeZone)
  return `${clock.weekday} ${clock.date} ${clockOf(clock.minuteOfDay)} ${readLocal(instant, timeZone).zoneName}`
}

const clockOf = (minute: number): string => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`

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
    `  from ${style.bold(wallText(from, timeZone))}  (${formatUtc(from)})`,
    `    to ${style.bold(wallText(to, timeZone))}  (${formatUtc(to)})`,
    style.dim(`Times in ${timeZone}; each target keeps its own zone. ${caps ? 'Caps count, as filled at the start.' : 'Caps not counted (--caps counts them).'}`),
  ]
}

/**
 * `target 4 "Manila night desk"`, the name escaped for the terminal.
 *
 * @example
 * targetName(4, new Map()) //=> 'target 4'
 */
export function targetName(id: number, byId: ReadonlyMap<number, Target>): string {
  const name = byId.get(id)?.name
  return name === null || name === undefined || name.trim() === '' ? `target ${id}` : `target ${id} "${shown(name, 80)}"`
}

/**
 * `Mon 2026-11-30 09:00 EST → Mon 17:00 EST` (the end's date left out when it is the start's).
 *
 * @example
 * localSpan(new Date('2026-11-30T14:00:00Z'), new Date('2026-11-30T22:00:00Z'), 'America/New_York') //=> 'Mon 2026-11-30 09:00 EST → Mon 17:00 EST'
 */
export function localSpan(start: Date, end: Date, timeZone: string): string {
  const from = wallClockAt(start, timeZone)
  const until = wallClockAt(end, timeZone)
  const endText = until.date === from.date ? `${until.weekday} ${clockOf(until.minuteOfDay)} ${readLocal(end, timeZone).zoneName}` : wallText(end, timeZone)
  return `${wallText(start, timeZone)} → ${endText}`
}

/**
 * `2026-11-30T14:00Z → 2026-11-30T22:00Z`.
 *
 * @example
 * utcSpan(new Date('2026-11-30T14:00:00Z'), new Date('2026-11-30T22:00:00Z')) //=> '2026-11-30T14:00Z → 2026-11-30T22:00Z'
 */
export function utcSpan(start: Date, end: Date): string {
  return `${formatUtc(start)} → ${formatUtc(end)}`
}

/** Writes an SVG through `io.writeFile`, or exit 2 naming the file. */
export async function writeSvg(io: CliIo, path: string, svg: string, what: string): Promise<void> {
  try {
    await io.writeFile(path, `${svg}\n`)
  } catch (error) {
    throw new CliError(`${shown(path)}: cannot write the SVG: ${describeFileError(error)}`, 2)
  }
  io.stderr(`Wrote ${what} as SVG to ${shown(path)}\n`)
}

/** Text sent to stdout at most this long at once: a fleet's JSON may be far past what one string can hold. */
const CHUNK_CHARS = 1 << 20

/**
 * A JSON document written to stdout piece by piece, in chunks of about a megabyte, so that no
 * string holds the whole answer (V8 strings end near 512 MB; a year of 10,000 targets' routes is
 * more), waiting for stdout to take each chunk (`io.stdoutDrained`) so that a slow pipe does not
 * make the command hold it all either. `value` writes a field; `list` writes an array one item a line.
 *
 * @example
 * const json = jsonStream(io)
 * await json.value('timeZone', 'UTC')
 * await json.list('gaps', [], (gap) => gap)
 * await json.end()
 * // {
 * //   "timeZone": "UTC",
 * //   "gaps": []
 * // }
 */
export function jsonStream(io: CliIo): {
  value: (key: string, value: unknown) => Promise<void>
  list: <T>(key: string, items: readonly T[], text: (item: T) => string) => Promise<void>
  end: () => Promise<void>
} {
  let buffer = '{'
  let fields = 0
  const flush = async (): Promise<void> => {
    io.stdout(buffer)
    buffer = ''
    if (io.stdoutDrained !== undefined) await io.stdoutDrained()
  }
  const write = async (text: string): Promise<void> => {
    buffer += text
    if (buffer.length >= CHUNK_CHARS) await flush()
  }
  const key = (name: string): Promise<void> => write(`${fields++ === 0 ? '' : ','}\n  ${JSON.stringify(name)}: `)
  return {
    value: async (name, value) => {
      await key(name)
      await write(JSON.stringify(value, null, 2).replace(/\n/g, '\n  '))
    },
    list: async (name, items, text) => {
      await key(name)
      if (items.length === 0) return write('[]')
      await write('[')
      for (let i = 0; i < items.length; i++) await write(`${i === 0 ? '' : ','}\n    ${text(items[i]!)}`)
      await write('\n  ]')
    },
    end: async () => {
      buffer += '\n}\n'
      await flush()
    },
  }
}

// ---------------------------------------------------------------------------------------------------
// Options both commands take
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
  { code: 2, meaning: 'usage error, unreadable file, bad JSON, no targets, or a fleet past the limits' },
  EXIT_CODES[EXIT_CODES.length - 1]!,
]

/** The options both commands share, in the order the help lists them. */
export const FLEET_OPTIONS = [FROM_OPTION, FLEET_DAYS_OPTION, DISPLAY_TZ_OPTION, CAPS_OPTION, SKIP_INVALID_OPTION, EXCEPTIONS_OPTION, HOLIDAYS_OPTION] as const

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
