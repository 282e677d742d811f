import { parseArgs } from 'node:util'
import type { CheckOptions } from './commands/check'
import type { DiffOptions } from './commands/diff'
import type { PreviewOptions } from './commands/preview'
import type { StatusOptions } from './commands/status'
import { CliError } from './io'

/**
 * The commands `callhours` has.
 *
 * @example
 * const command: CommandName = 'status'
 */
export type CommandName = 'check' | 'status' | 'preview' | 'diff'

const COMMAND_NAMES: readonly CommandName[] = ['check', 'status', 'preview', 'diff']

/**
 * What was asked for on the command line, values parsed and checked.
 *
 * @example
 * parseInvocation(['diff', 'server.json', 'edited.json'])
 * //=> { kind: 'diff', serverFile: 'server.json', editedFile: 'edited.json', removal: 'destroy', json: false, noColor: false }
 */
export type Invocation =
  | { readonly kind: 'help'; readonly command: CommandName | undefined }
  | { readonly kind: 'version' }
  | ({ readonly kind: 'check'; readonly noColor: boolean } & CheckOptions)
  | ({ readonly kind: 'status'; readonly noColor: boolean } & StatusOptions)
  | ({ readonly kind: 'preview'; readonly noColor: boolean } & PreviewOptions)
  | ({ readonly kind: 'diff'; readonly noColor: boolean } & DiffOptions)

/**
 * Days `preview --days` accepts at most: a leap year.
 *
 * @example
 * // A usage error (exit 2)
 * parseInvocation(['preview', '--days', String(MAX_PREVIEW_DAYS + 1)])
 * // throws CliError: preview: --days must be a whole number from 1 to 366, got "367"
 */
export const MAX_PREVIEW_DAYS = 366
/**
 * Days `preview` shows without `--days`: one week.
 *
 * @example
 * parseInvocation(['preview']) //=> { kind: 'preview', days: 7, … }
 */
export const DEFAULT_PREVIEW_DAYS = 7

const FILE_HELP = `  file   a target as the API returns it ({"target": {...}} or the bare target
         object, using its business_hours and time_zone), or a bare array of
         business-hour records; "-" reads stdin. Without a file: the bundled example,
         target 7 from the Retreaver Target API document (no time_zone, so UTC).`

const COMMON_OPTIONS = `  -h, --help        show this help
      --no-color    no colour (also NO_COLOR=1; colour is only used on a terminal)`

const EXIT_CODES = `Exit codes: 0 ok · 1 invalid business hours · 2 usage error, unreadable file or bad JSON`

const COMMAND_HELP: Readonly<Record<CommandName, string>> = {
  check: `Usage: callhours check [file]

Validates business hours: prints every error and warning with its path
(business_hours[3].time_close: …), then the week in words and as a grid.

${FILE_HELP}

Options:
${COMMON_OPTIONS}

Exit codes: 0 valid · 1 invalid (errors listed) · 2 usage error, unreadable file or bad JSON`,
  status: `Usage: callhours status [file] [--at <ISO instant>] [--tz <zone>] [--json]

OPEN or CLOSED at an instant, in the target's local time: since when, until when,
and the next opening and closing with how long until each.

${FILE_HELP}

Options:
      --at <ISO>    the instant to ask about, with Z or an offset
                    (2026-07-15T11:30Z, 2026-07-15T07:30-04:00); default now (to the minute)
      --tz <zone>   read the hours in this zone: an IANA id (America/New_York), UTC,
                    or a Retreaver zone name ("Eastern Time (US & Canada)");
                    default the target's time_zone, else UTC
      --json        print one JSON object: open, at, timeZone, since, until,
                    nextOpening, nextClosing, nextChange (ISO 8601 or null)
${COMMON_OPTIONS}

${EXIT_CODES}`,
  preview: `Usage: callhours preview [file] [--from <ISO>] [--days <n>] [--tz <zone>] [--svg <out.svg>] [--json]

The week as a grid, then every open span in a window, in local time and in UTC.

${FILE_HELP}

Options:
      --from <ISO>  where the window starts, with Z or an offset; default now (to the minute)
      --days <n>    the window's length in days of 24 hours, 1–${MAX_PREVIEW_DAYS}; default ${DEFAULT_PREVIEW_DAYS}
      --tz <zone>   read the hours in this zone (IANA id, UTC or Retreaver zone name);
                    default the target's time_zone, else UTC
      --svg <file>  also write the week as an SVG picture to this file
      --json        print one JSON object: timeZone, from, to and spans [{ start, end }]
${COMMON_OPTIONS}

${EXIT_CODES}`,
  diff: `Usage: callhours diff <server-file> <edited-file> [--removal destroy|empty] [--json]

Prints the body of PUT /targets/:id.json that turns the server's business hours into
the edited ones, keeping the server's record ids:
  { "target": { "business_hours_attributes": [ ... ] } }
A one-line summary goes to stderr, so stdout can be sent as it is.

  server-file  the target as GET /targets/:id.json returned it (records with ids)
  edited-file  the hours wanted: a target or an array of records (ids optional)
               Either may be "-" for stdin (not both).

Options:
      --removal <how>  records a day no longer needs: destroy (default, sends
                       { id, _destroy: true }) or empty (updates them to open nothing)
      --json           print only the bare business_hours_attributes array, on one line
${COMMON_OPTIONS}

${EXIT_CODES}`,
}

const GENERAL_USAGE = `Usage: callhours <command> [options]

Business hours of Retreaver call-routing targets.

Commands:
  check   [file]                           validate the hours; show the week
  status  [file] [--at ISO] [--tz zone]    open or closed, since and until when
  preview [file] [--from ISO] [--days n]   the week grid and the open spans ahead
          [--tz zone] [--svg out.svg]
  diff    <server-file> <edited-file>      the PUT body that makes the server match
          [--removal destroy|empty]

${FILE_HELP}

Options:
  -h, --help        show help (callhours <command> --help for a command's options)
  -V, --version     print the version
      --no-color    no colour (also NO_COLOR=1; colour is only used on a terminal)
      --json        machine-readable output (status, preview, diff)

${EXIT_CODES}`

/**
 * The usage text: the general one, or one command's.
 *
 * @param command - a command name, or undefined for the overview
 * @returns the text, without a trailing newline
 *
 * @example
 * usageText('status').split('\n')[0]
 * //=> 'Usage: callhours status [file] [--at <ISO instant>] [--tz <zone>] [--json]'
 *
 * @example
 * usageText(undefined).split('\n')[0] //=> 'Usage: callhours <command> [options]'
 */
export function usageText(command: CommandName | undefined): string {
  return command === undefined ? GENERAL_USAGE : COMMAND_HELP[command]
}

/**
 * The short usage printed after a usage error: the command's usage line and where to read more,
 * or the general overview when no command was understood.
 *
 * @param command - the command the error belongs to, if any
 * @returns the text, without a trailing newline
 *
 * @example
 * shortUsage('diff')
 * //=> 'Usage: callhours diff <server-file> <edited-file> [--removal destroy|empty] [--json]\nRun "callhours diff --help" for the options.'
 *
 * @example
 * // Edge: no command understood: the overview of all commands
 * shortUsage(undefined) === usageText(undefined) //=> true
 */
export function shortUsage(command: CommandName | undefined): string {
  if (command === undefined) return GENERAL_USAGE
  const firstLine = COMMAND_HELP[command].split('\n')[0] ?? ''
  return `${firstLine}\nRun "callhours ${command} --help" for the options.`
}

/**
 * Whether a word is one of the commands.
 *
 * @example
 * isCommandName('status') //=> true
 *
 * @example
 * isCommandName('stats') //=> false
 */
export function isCommandName(name: string | undefined): name is CommandName {
  return COMMAND_NAMES.includes(name as CommandName)
}

const COMMON = {
  help: { type: 'boolean', short: 'h' },
  'no-color': { type: 'boolean' },
} as const

const OPTIONS = {
  check: { ...COMMON },
  status: { ...COMMON, at: { type: 'string' }, tz: { type: 'string' }, json: { type: 'boolean' } },
  preview: {
    ...COMMON,
    from: { type: 'string' },
    days: { type: 'string' },
    tz: { type: 'string' },
    svg: { type: 'string' },
    json: { type: 'boolean' },
  },
  diff: { ...COMMON, removal: { type: 'string' }, json: { type: 'boolean' } },
} as const

/**
 * Parses the command line (without `node` and the script) into an {@link Invocation}.
 *
 * `--help`/`-h` and `--version`/`-V` come before a command or (help) after it; `help <command>`
 * works too. Option values are checked here: instants need a date, a time and `Z` or an offset.
 *
 * @param argv - the arguments, e.g. `['status', 'target.json', '--at', '2026-07-15T11:30Z']`
 * @returns what to do
 * @throws {CliError} exit 2 with `showUsage` for an unknown command or option, a missing or bad
 *   value, or a wrong number of files
 *
 * @example
 * parseInvocation(['status', '--at', '2026-07-15T11:30Z', '--json'])
 * //=> { kind: 'status', file: undefined, at: 2026-07-15T11:30:00.000Z, tz: undefined, json: true, noColor: false }
 *
 * @example
 * // Edge: an unknown option is a usage error (exit 2, the usage shown)
 * parseInvocation(['status', '--bogus'])
 * // throws CliError: status: unknown option '--bogus'
 */
export function parseInvocation(argv: readonly string[]): Invocation {
  const args = [...argv]
  // Global --no-color in front of the command is allowed and passed on.
  let leadingNoColor = false
  while (args[0] === '--no-color') {
    leadingNoColor = true
    args.shift()
  }
  const first = args[0]
  if (first === undefined) throw new CliError('missing command', 2, { showUsage: true })
  if (first === '--help' || first === '-h') return { kind: 'help', command: undefined }
  if (first === '--version' || first === '-V') return { kind: 'version' }
  if (first === 'help') {
    const topic = args[1]
    if (topic === undefined) return { kind: 'help', command: undefined }
    if (!isCommandName(topic)) throw new CliError(`unknown command '${topic}'`, 2, { showUsage: true })
    return { kind: 'help', command: topic }
  }
  if (first.startsWith('-') && first !== '-') throw new CliError(`unknown option '${first}'`, 2, { showUsage: true })
  if (!isCommandName(first)) throw new CliError(`unknown command '${first}'`, 2, { showUsage: true })
  const command = first
  const rest = args.slice(1)

  let values: Record<string, string | boolean | undefined>
  let positionals: string[]
  try {
    const parsed = parseArgs({ args: rest, options: OPTIONS[command], allowPositionals: true, strict: true })
    values = parsed.values as Record<string, string | boolean | undefined>
    positionals = parsed.positionals
  } catch (error) {
    throw new CliError(`${command}: ${describeParseError(error)}`, 2, { showUsage: true, command })
  }
  if (values.help === true) return { kind: 'help', command }
  const noColor = leadingNoColor || values['no-color'] === true
  const usageError = (message: string) => new CliError(`${command}: ${message}`, 2, { showUsage: true, command })
  const text = (name: string): string | undefined => {
    const value = values[name]
    return typeof value === 'string' ? value : undefined
  }
  const json = values.json === true

  if (command === 'diff') {
    if (positionals.length !== 2) {
      throw usageError(`expected two files, <server-file> <edited-file>; got ${positionals.length}`)
    }
    const [serverFile = '', editedFile = ''] = positionals
    if (serverFile === '-' && editedFile === '-') throw usageError('only one of the two files can be "-" (stdin)')
    const removal = text('removal') ?? 'destroy'
    if (removal !== 'destroy' && removal !== 'empty') {
      throw usageError(`--removal must be destroy or empty, got ${JSON.stringify(removal)}`)
    }
    return { kind: 'diff', serverFile, editedFile, removal, json, noColor }
  }

  if (positionals.length > 1) {
    throw usageError(`expected at most one file, got ${positionals.length}: ${positionals.map((p) => JSON.stringify(p)).join(' ')}`)
  }
  const file = positionals[0]
  const tz = text('tz')
  if (tz !== undefined && tz.trim() === '') throw usageError('--tz needs a zone name, e.g. --tz America/New_York')

  if (command === 'check') return { kind: 'check', file, noColor }
  if (command === 'status') {
    const at = text('at')
    return { kind: 'status', file, at: at === undefined ? undefined : parseInstant('--at', at, usageError), tz, json, noColor }
  }
  const from = text('from')
  const daysText = text('days')
  let days = DEFAULT_PREVIEW_DAYS
  if (daysText !== undefined) {
    if (!/^\d+$/.test(daysText) || Number(daysText) < 1 || Number(daysText) > MAX_PREVIEW_DAYS) {
      throw usageError(`--days must be a whole number from 1 to ${MAX_PREVIEW_DAYS}, got ${JSON.stringify(daysText)}`)
    }
    days = Number(daysText)
  }
  const svg = text('svg')
  if (svg !== undefined && svg.trim() === '') throw usageError('--svg needs a file name, e.g. --svg week.svg')
  return {
    kind: 'preview',
    file,
    from: from === undefined ? undefined : parseInstant('--from', from, usageError),
    days,
    tz,
    svg,
    json,
    noColor,
  }
}

/** parseArgs' messages, shortened to what the user needs. */
function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : ''
  const unknown = /^Unknown option '([^']+)'/.exec(message)
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown !== null) return `unknown option '${unknown[1] ?? ''}'`
  const missing = /^Option '([^' ]+)[^']*' argument missing/.exec(message)
  if (missing !== null) return `${missing[1] ?? 'the option'} needs a value`
  const noValue = /^Option '([^' ]+)' does not take an argument/.exec(message)
  if (noValue !== null) return `${noValue[1] ?? 'the option'} does not take a value`
  return message
}

const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))$/

/**
 * An ISO 8601 instant with a date, a time and `Z` or an offset. A time without offset is refused
 * rather than read in the machine's zone, which is rarely the target's.
 */
function parseInstant(flag: string, text: string, usageError: (message: string) => CliError): Date {
  const match = ISO_INSTANT.exec(text.trim())
  const hint = `${flag} must be an ISO 8601 instant with a time and Z or an offset, e.g. 2026-07-15T11:30Z or 2026-07-15T07:30-04:00; got ${JSON.stringify(text)}`
  if (match === null) throw usageError(hint)
  const [, y, mo, d, h, mi, s = '0', fraction = '0', zulu, sign, oh = '00', om = '00'] = match
  const year = Number(y)
  const month = Number(mo)
  const day = Number(d)
  const hour = Number(h)
  const minute = Number(mi)
  const second = Number(s)
  const millisecond = Math.floor(Number(`0.${fraction}`) * 1000)
  const offsetMinutes = zulu !== undefined ? 0 : (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om))
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, millisecond)
  const check = new Date(wall)
  const fieldsHold =
    check.getUTCFullYear() === year &&
    check.getUTCMonth() === month - 1 &&
    check.getUTCDate() === day &&
    check.getUTCHours() === hour &&
    check.getUTCMinutes() === minute &&
    check.getUTCSeconds() === second
  if (!fieldsHold || Number(om) > 59 || Math.abs(offsetMinutes) > 18 * 60) {
    throw usageError(`${flag}: ${JSON.stringify(text)} is not a real date and time`)
  }
  return new Date(wall - offsetMinutes * 60_000)
}
