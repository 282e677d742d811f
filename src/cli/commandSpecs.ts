import { readIsoInstant } from '../zone/isoInstant'
/**
 * The commands of `callhours`, each described once, as data: name, summary, arguments, options
 * (type, value name, help and the parser of its value) and exit codes. `args.ts` builds the
 * `node:util` `parseArgs` configuration, the usage texts and the checks from this table; nothing
 * here reads or writes anything.
 */
import { shown } from './format'
import { CliError } from './io'

/**
 * What every command's invocation holds besides its options: the command's name and whether colour
 * is off.
 *
 * @example
 * const base: BaseInvocation = { kind: 'check', noColor: false }
 */
export interface BaseInvocation {
  readonly kind: string
  readonly noColor: boolean
}

/**
 * A command's invocation: its name, `noColor`, and its options. Each command's file names its own
 * (`Invocation<'check', CheckOptions>`) and commands/index.ts joins them into `CommandInvocation`,
 * so this table imports no command (and no command file's import comes back here in a circle).
 *
 * @example
 * const invocation: Invocation<'check', { file: string | undefined; json: boolean }> = { kind: 'check', file: undefined, json: false, noColor: false }
 */
export type Invocation<K extends string, O> = { readonly kind: K; readonly noColor: boolean } & O

/**
 * An option that is on or off (`--json`); given twice it is still on.
 *
 * @example
 * const verbose: BooleanOptionSpec = { long: 'verbose', type: 'boolean', help: ['say more'] }
 */
export interface BooleanOptionSpec {
  /** The name after `--`. */
  readonly long: string
  /** One letter after `-`, if the option has one. */
  readonly short?: string
  readonly type: 'boolean'
  /** Its help: each item starts a new line and is wrapped to the terminal width of the help. */
  readonly help: readonly string[]
  /**
   * Where the option is named besides the options list: `'usage'` in the command's usage line,
   * `'overview'` also in the general overview (the default). `'options'`: only in the list.
   */
  readonly listed?: 'options' | 'usage' | 'overview'
}

/**
 * An option that takes one value (`--at <ISO>`), read by its `parse`; given twice it is a usage error.
 *
 * @example
 * const limit: StringOptionSpec<number> = {
 *   long: 'limit', type: 'string', valueName: '<n>', example: '3', help: ['at most n'],
 *   parse: (text) => Number(text),
 * }
 * limit.parse(limit.example, '--limit') //=> 3
 */
export interface StringOptionSpec<T = unknown> {
  readonly long: string
  readonly short?: string
  readonly type: 'string'
  /** How the value is shown in usage and help: `<ISO>`, `<zone>`, `destroy|empty`. */
  readonly valueName: string
  /** A value `parse` accepts: shown in messages, and the tests give it to prove the option parses. */
  readonly example: string
  readonly help: readonly string[]
  readonly listed?: 'options' | 'usage' | 'overview'
  /** The command cannot run without it: usage shows it without brackets (`--target <id>`). */
  readonly required?: boolean
  /**
   * Reads the value given on the command line.
   * @param text - the value as typed
   * @param flag - the option as the user knows it (`--at`), for the message
   * @throws {CliError} exit 2, a message saying what was expected and what came (without the command)
   */
  readonly parse: (text: string, flag: string) => T
}

/**
 * Either kind of option.
 *
 * @example
 * const option: OptionSpec = HELP_OPTION
 */
export type OptionSpec = BooleanOptionSpec | StringOptionSpec

/**
 * A positional argument: `[file]` when optional, `<server-file>` when required.
 *
 * @example
 * const file: PositionalSpec = { name: 'file', noun: 'file', optional: true, help: ['a target'] }
 */
export interface PositionalSpec {
  readonly name: string
  /** What one such argument is called in messages (`expected at most one file`). */
  readonly noun: string
  readonly optional: boolean
  /** Its help: each item starts a new line and is wrapped. */
  readonly help: readonly string[]
}

/**
 * One exit code and what it means, for the `Exit codes:` line.
 *
 * @example
 * const ok: ExitCodeSpec = { code: 0, meaning: 'ok' }
 */
export interface ExitCodeSpec {
  readonly code: number
  readonly meaning: string
}

/**
 * The arguments of one command line once every value has been parsed, as a command's
 * `toInvocation` sees them.
 *
 * @example
 * // How `status` reads them
 * // ({ positionals, value, flag, noColor }) => ({ kind: 'status', file: positionals[0], at: value(AT_OPTION), … })
 */
export interface ParsedArguments {
  /** The positional arguments, as many as the command's spec allows (checked before). */
  readonly positionals: readonly string[]
  /** The parsed value of a string option of the command, or undefined when it was not given. */
  readonly value: <T>(option: StringOptionSpec<T>) => T | undefined
  /** Whether a boolean option of the command was given. */
  readonly flag: (option: BooleanOptionSpec) => boolean
  /** `--no-color`, given before the command or after it. */
  readonly noColor: boolean
}

/**
 * One command, described once: everything `args.ts` needs to parse it and to write its help.
 *
 * @example
 * // Each command's file has its spec, e.g. commands/check.ts
 * checkSpec.positionals.map((positional) => positional.name) //=> ['file']
 */
export interface CommandSpec<I extends BaseInvocation = BaseInvocation> {
  readonly name: I['kind']
  /** One line for the overview of all commands. */
  readonly summary: string
  /** The paragraph under the command's usage line, as printed (lines of at most 80 characters). */
  readonly description: readonly string[]
  readonly positionals: readonly PositionalSpec[]
  /** Every option, the common ones included, in the order the help lists them. */
  readonly options: readonly OptionSpec[]
  readonly exitCodes: readonly ExitCodeSpec[]
  /**
   * The invocation, from arguments already counted and parsed.
   * @throws {CliError} exit 2 for a rule between arguments (diff: not both files `-`)
   */
  readonly toInvocation: (args: ParsedArguments) => I
}

/**
 * How many characters of an argument a message echoes back (a 100 KB `--at` is not printed whole).
 *
 * @example
 * ECHO_LENGTH //=> 60
 */
export const ECHO_LENGTH = 60

/**
 * An argument as a message quotes it: in double quotes, control characters escaped (C0, DEL, C1:
 * `\u001b`), cut to {@link ECHO_LENGTH} characters with `…`.
 *
 * @param text - the argument as typed
 * @returns the text for the message
 *
 * @example
 * quoted('2026-07-15') //=> '"2026-07-15"'
 *
 * @example
 * // Edge: a long value is cut; an escape sequence cannot reach the terminal
 * quoted('x'.repeat(100_000)).length //=> 63
 * quoted('\u001b[2J') //=> '"\\u001b[2J"'
 */
export function quoted(text: string): string {
  return `"${shown(text, ECHO_LENGTH)}"`
}

/** A usage error of an option's value; `args.ts` adds the command and the usage. */
export function valueError(message: string): CliError {
  return new CliError(message, 2)
}

// ---------------------------------------------------------------------------------------------------
// Option values
// ---------------------------------------------------------------------------------------------------

/**
 * An ISO 8601 instant with a date, a time and `Z` or an offset, any year 0000–9999 (the library's
 * one reader, `readIsoInstant`). A time without offset is refused rather than read in the
 * machine's zone, which is rarely the target's.
 */
function parseInstant(text: string, flag: string): Date {
  const reading = readIsoInstant(text.trim())
  if (reading.ok) return new Date(reading.ms)
  if (reading.reason === 'not_real') throw valueError(`${flag}: ${quoted(text)} is not a real date and time`)
  throw valueError(
    `${flag} must be an ISO 8601 instant with a time and Z or an offset, e.g. 2026-07-15T11:30Z or 2026-07-15T07:30-04:00; got ${quoted(text)}`,
  )
}

const INSTANT_HELP_TAIL = 'with Z or an offset (2026-07-15T11:30Z, 2026-07-15T07:30-04:00), any year 0000–9999; default now (to the minute)'

/** `--at <ISO>`: the instant a command asks about. */
export const AT_OPTION: StringOptionSpec<Date> = {
  long: 'at',
  type: 'string',
  valueName: '<ISO>',
  example: '2026-07-15T11:30Z',
  help: [`the instant to ask about, ${INSTANT_HELP_TAIL}`],
  parse: parseInstant,
}

/** `--from <ISO>`: where a window starts. */
export const FROM_OPTION: StringOptionSpec<Date> = {
  long: 'from',
  type: 'string',
  valueName: '<ISO>',
  example: '2026-07-15T11:30Z',
  help: [`where the window starts, ${INSTANT_HELP_TAIL}`],
  parse: parseInstant,
}

/** `--tz <zone>`: read the hours in another zone (the library's `timeZone` option). */
export const TZ_OPTION: StringOptionSpec<string> = {
  long: 'tz',
  type: 'string',
  valueName: '<zone>',
  example: 'America/New_York',
  help: [
    'read the hours in this zone: an IANA id (America/New_York), UTC, or a Retreaver zone name ("Eastern Time (US & Canada)"); default the target\'s time_zone, else UTC',
  ],
  parse: (text, flag) => {
    if (text.trim() === '') throw valueError(`${flag} needs a zone name, e.g. ${flag} ${TZ_OPTION.example}`)
    return text
  },
}




/**
 * A `--days <n>` option: a whole number of days of 24 hours from 1 to `max`.
 *
 * @example
 * daysOption(366, '3', 'the window').parse('7', '--days') //=> 7
 */
export function daysOption(max: number, example: string, help: string): StringOptionSpec<number> {
  return {
    long: 'days',
    type: 'string',
    valueName: '<n>',
    example,
    help: [help],
    parse: (text, flag) => {
      const days = /^\d+$/.test(text) ? Number(text) : Number.NaN
      if (!(days >= 1 && days <= max)) throw valueError(`${flag} must be a whole number from 1 to ${max}, got ${quoted(text)}`)
      return days
    },
  }
}

/**
 * `--removal destroy|empty` of `diff` and `push`: what becomes of records a day no longer needs.
 *
 * @example
 * REMOVAL_OPTION.parse('empty', '--removal') //=> 'empty'
 */
export const REMOVAL_OPTION: StringOptionSpec<'destroy' | 'empty'> = {
  long: 'removal',
  type: 'string',
  valueName: 'destroy|empty',
  example: 'empty',
  help: ['records a day no longer needs: destroy (default, sends { id, _destroy: true }) or empty (updates them to open nothing)'],
  parse: (text, flag) => {
    if (text !== 'destroy' && text !== 'empty') throw valueError(`${flag} must be destroy or empty, got ${quoted(text)}`)
    return text
  },
}

// ---------------------------------------------------------------------------------------------------
// The common options, in one place
// ---------------------------------------------------------------------------------------------------

/**
 * `-h`, `--help`: the command's help (the general one before any command).
 *
 * @example
 * HELP_OPTION.short //=> 'h'
 */
export const HELP_OPTION: BooleanOptionSpec = { long: 'help', short: 'h', type: 'boolean', help: ['show this help'], listed: 'options' }

/**
 * `--no-color`: no colour (also before the command).
 *
 * @example
 * NO_COLOR_OPTION.long //=> 'no-color'
 */
export const NO_COLOR_OPTION: BooleanOptionSpec = {
  long: 'no-color',
  type: 'boolean',
  help: ['no colour (also NO_COLOR=1; colour is only used on a terminal)'],
  listed: 'options',
}

/**
 * `-V`, `--version`: the package version; only before a command.
 *
 * @example
 * VERSION_OPTION.short //=> 'V'
 */
export const VERSION_OPTION: BooleanOptionSpec = { long: 'version', short: 'V', type: 'boolean', help: ['print the version'] }

/** `--json`: what it prints differs by command, so each command gives its help. */
export const JSON_OPTION: BooleanOptionSpec = { long: 'json', type: 'boolean', help: [], listed: 'usage' }

/** A command's own options, then `--json` (when it has one), `--help` and `--no-color`. */
export function withCommonOptions(own: readonly OptionSpec[], jsonHelp: readonly string[] | undefined): readonly OptionSpec[] {
  return [...own, ...(jsonHelp === undefined ? [] : [{ ...JSON_OPTION, help: jsonHelp }]), HELP_OPTION, NO_COLOR_OPTION]
}

/**
 * The exit codes every command shares; `check` says what 0 and 1 mean for it.
 *
 * @example
 * EXIT_CODES.map((exit) => exit.code) //=> [0, 1, 2, 70]
 */
export const EXIT_CODES: readonly ExitCodeSpec[] = [
  { code: 0, meaning: 'ok' },
  { code: 1, meaning: 'invalid business hours' },
  { code: 2, meaning: 'usage error, unreadable file, bad JSON or not a target' },
  { code: 70, meaning: 'internal error (please report)' },
]

// ---------------------------------------------------------------------------------------------------
// What commands share (each command's own spec lives in its file under commands/)
// ---------------------------------------------------------------------------------------------------

/** The one optional file most commands take. */
export const FILE: PositionalSpec = {
  name: 'file',
  noun: 'file',
  optional: true,
  help: [
    'a target as the API returns it ({"target": {...}} or the bare target object), a request body (business_hours_attributes), or a bare array of business-hour records; "-" reads stdin.',
    'Without a file: the bundled example, target 7 from the Retreaver Target API document (no time_zone, so UTC).',
  ],
}





