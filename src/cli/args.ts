import { parseArgs } from 'node:util'
import {
  ECHO_LENGTH,
  EXIT_CODES,
  HELP_OPTION,
  NO_COLOR_OPTION,
  VERSION_OPTION,
  quoted,
  type BooleanOptionSpec,
  type ExitCodeSpec,
  type OptionSpec,
  type PositionalSpec,
  type StringOptionSpec,
} from './commandSpecs'
import { COMMAND_SPECS, OVERVIEW_OPTIONS, type AnyCommandSpec, type CommandInvocation, type CommandName } from './commands'
import { shown } from './format'
import { CliError } from './io'

export { type CommandName } from './commands'
export { DEFAULT_PREVIEW_DAYS, MAX_PREVIEW_DAYS } from './commands/preview'

/**
 * What was asked for on the command line, values parsed and checked.
 *
 * @example
 * parseInvocation(['diff', 'server.json', 'edited.json'])
 * //=> { kind: 'diff', serverFile: 'server.json', editedFile: 'edited.json', removal: 'destroy', json: false, noColor: false }
 *
 * @example
 * parseInvocation(['preview']) //=> { kind: 'preview', days: 7, … }
 */
export type Invocation =
  | { readonly kind: 'help'; readonly command: CommandName | undefined }
  | { readonly kind: 'version' }
  | CommandInvocation

/** The widest line the generated help aims for (the exit codes line may be longer). */
const HELP_WIDTH = 80

/** The general overview's first lines. */
const OVERVIEW_HEAD = ['Usage: callhours <command> [options]', '', 'Business hours of Retreaver call-routing targets.']

function specOf(command: CommandName): AnyCommandSpec {
  const spec = COMMAND_SPECS.find((candidate) => candidate.name === command)
  if (spec === undefined) throw new Error(`no spec for the command ${command}`)
  return spec
}

// ---------------------------------------------------------------------------------------------------
// Help, generated from the specs
// ---------------------------------------------------------------------------------------------------

/** Words in lines of at most `width` characters, one space apart (a longer word stands alone). */
function wrap(words: readonly string[], width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of words.filter((part) => part !== '')) {
    if (line === '') line = word
    else if (line.length + 1 + word.length <= width) line += ` ${word}`
    else {
      lines.push(line)
      line = word
    }
  }
  return line === '' ? lines : [...lines, line]
}

/** Labels in a column, each help beside its label, wrapped to the help width. */
function columns(rows: readonly { readonly label: string; readonly help: readonly string[] }[], indent: string): string[] {
  const labelWidth = rows.reduce((widest, row) => Math.max(widest, row.label.length), 0) + 2
  const helpWidth = HELP_WIDTH - indent.length - labelWidth
  return rows.flatMap((row) =>
    row.help
      .flatMap((paragraph) => wrap(paragraph.split(' '), helpWidth))
      .map((line, i) => `${indent}${(i === 0 ? row.label : '').padEnd(labelWidth)}${line}`.trimEnd()),
  )
}

function optionLabel(option: OptionSpec): string {
  const short = option.short === undefined ? '    ' : `-${option.short}, `
  return `${short}--${option.long}${option.type === 'string' ? ` ${option.valueName}` : ''}`
}

function positionalWord(positional: PositionalSpec): string {
  return positional.optional ? `[${positional.name}]` : `<${positional.name}>`
}

/** `[--at <ISO>]`, or `[--at ISO]` in the overview. */
function optionWord(option: OptionSpec, bare: boolean): string {
  if (option.type === 'boolean') return `[--${option.long}]`
  const word = `--${option.long} ${bare ? option.valueName.replace(/^<(.*)>$/, '$1') : option.valueName}`
  return option.required === true ? word : `[${word}]`
}

function usageLine(spec: AnyCommandSpec): string {
  const words = [
    ...spec.positionals.map(positionalWord),
    ...spec.options.filter((option) => (option.listed ?? 'overview') !== 'options').map((option) => optionWord(option, false)),
  ]
  return `Usage: callhours ${spec.name} ${words.join(' ')}`
}

/** The shared exit codes, then any a command adds (the API commands' 3 and 4), in order of code. */
function overviewExitCodes(): ExitCodeSpec[] {
  const codes = [...EXIT_CODES]
  for (const spec of COMMAND_SPECS) for (const exit of spec.exitCodes) if (!codes.some((known) => known.code === exit.code)) codes.push(exit)
  return codes.sort((a, b) => a.code - b.code)
}

function exitCodesLine(codes: readonly ExitCodeSpec[]): string {
  return `Exit codes: ${codes.map((exit) => `${exit.code} ${exit.meaning}`).join(' · ')}`
}

function positionalLines(positionals: readonly PositionalSpec[]): string[] {
  return columns(positionals.map((positional) => ({ label: positional.name, help: positional.help })), '  ')
}

function optionLines(options: readonly OptionSpec[]): string[] {
  return columns(options.map((option) => ({ label: optionLabel(option), help: option.help })), '  ')
}

function commandHelp(spec: AnyCommandSpec): string {
  return [
    usageLine(spec),
    '',
    ...spec.description,
    '',
    ...positionalLines(spec.positionals),
    '',
    'Options:',
    ...optionLines(spec.options),
    '',
    exitCodesLine(spec.exitCodes),
  ].join('\n')
}

/** The overview's command list: name, the arguments in short (wrapped), the summary. */
function commandLines(): string[] {
  const nameWidth = COMMAND_SPECS.reduce((widest, spec) => Math.max(widest, spec.name.length), 0) + 1
  const synopsisWidth = 30
  // One argument (`[--at ISO]`) is one word: it is never broken across lines.
  const synopses = COMMAND_SPECS.map((spec) =>
    wrap(
      [
        ...spec.positionals.map(positionalWord),
        ...spec.options.filter((option) => (option.listed ?? 'overview') === 'overview' || (option.type === 'string' && option.required === true)).map((option) => optionWord(option, true)),
      ],
      synopsisWidth,
    ),
  )
  const column = synopses.flat().reduce((widest, line) => Math.max(widest, line.length), 0) + 2
  return COMMAND_SPECS.flatMap((spec, i) =>
    (synopses[i] ?? []).map((line, j) =>
      `  ${(j === 0 ? spec.name : '').padEnd(nameWidth)}${j === 0 ? line.padEnd(column) + spec.summary : line}`.trimEnd(),
    ),
  )
}

function overview(): string {
  // Every command that takes a file takes the same one: its help is printed once.
  const files = [...new Map(COMMAND_SPECS.flatMap((spec) => spec.positionals).filter((p) => p.optional).map((p) => [p.name, p])).values()]
  return [
    ...OVERVIEW_HEAD,
    '',
    'Commands:',
    ...commandLines(),
    '',
    ...positionalLines(files),
    '',
    'Options:',
    ...optionLines(OVERVIEW_OPTIONS),
    '',
    exitCodesLine(overviewExitCodes()),
  ].join('\n')
}

/**
 * The usage text: the general one, or one command's, generated from the command specs.
 *
 * @param command - a command name, or undefined for the overview
 * @returns the text, without a trailing newline
 *
 * @example
 * usageText('status').split('\n')[0]
 * //=> 'Usage: callhours status [file] [--at <ISO>] [--tz <zone>] [--exceptions <file>] [--holidays <CC>] [--json]'
 *
 * @example
 * usageText(undefined).split('\n')[0] //=> 'Usage: callhours <command> [options]'
 *
 * @example
 * // Edge: the last line says what each exit code means
 * usageText('check').split('\n').at(-1)
 * //=> 'Exit codes: 0 valid · 1 invalid (errors listed) · 2 usage error, unreadable file, bad JSON or not a target · 70 internal error (please report)'
 */
export function usageText(command: CommandName | undefined): string {
  return command === undefined ? overview() : commandHelp(specOf(command))
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
  if (command === undefined) return overview()
  return `${usageLine(specOf(command))}\nRun "callhours ${command} --help" for the options.`
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
  return COMMAND_SPECS.some((spec) => spec.name === name)
}

// ---------------------------------------------------------------------------------------------------
// Parsing, configured from the specs
// ---------------------------------------------------------------------------------------------------

const flagsOf = (option: BooleanOptionSpec): string[] =>
  option.short === undefined ? [`--${option.long}`] : [`--${option.long}`, `-${option.short}`]

/** An option or command name for a message, in single quotes: escaped and cut like any echoed argument. */
const singleQuoted = (raw: string): string => `'${shown(raw, ECHO_LENGTH)}'`

type ParseArgsOptions = Record<string, { type: 'string' | 'boolean'; short?: string }>

function parseArgsOptions(spec: AnyCommandSpec): ParseArgsOptions {
  return Object.fromEntries(
    spec.options.map((option) => [option.long, option.short === undefined ? { type: option.type } : { type: option.type, short: option.short }]),
  )
}

/**
 * Parses the command line (without `node` and the script) into an {@link Invocation}.
 *
 * `--help`/`-h` and `--version`/`-V` come before a command or (help) after it; `help <command>`
 * works too. The options, their values and the number of files are checked against the command's
 * spec (`commandSpecs.ts`): instants need a date, a time and `Z` or an offset (years 0000–9999); an
 * option that takes a value may be given once.
 *
 * @param argv - the arguments, e.g. `['status', 'target.json', '--at', '2026-07-15T11:30Z']`
 * @returns what to do
 * @throws {CliError} exit 2 with `showUsage` for an unknown command or option, a missing, repeated
 *   or bad value, or a wrong number of files; echoed arguments are cut to 60 characters
 *
 * @example
 * parseInvocation(['status', '--at', '2026-07-15T11:30Z', '--json'])
 * //=> { kind: 'status', file: undefined, at: 2026-07-15T11:30:00.000Z, tz: undefined, json: true, noColor: false }
 *
 * @example
 * // Edge: an unknown option is a usage error (exit 2, the usage shown)
 * parseInvocation(['status', '--bogus'])
 * // throws CliError: status: unknown option '--bogus'
 *
 * @example
 * // Edge: an option that takes a value, given twice
 * parseInvocation(['status', '--at', '2026-07-15T11:30Z', '--at', '2026-07-16T11:30Z'])
 * // throws CliError: status: --at can be given only once (given 2 times)
 *
 * @example
 * // Edge: more days than a leap year
 * parseInvocation(['preview', '--days', String(MAX_PREVIEW_DAYS + 1)])
 * // throws CliError: preview: --days must be a whole number from 1 to 366, got "367"
 */
export function parseInvocation(argv: readonly string[]): Invocation {
  const args = [...argv]
  // Global --no-color in front of the command is allowed and passed on.
  let leadingNoColor = false
  while (args[0] !== undefined && flagsOf(NO_COLOR_OPTION).includes(args[0])) {
    leadingNoColor = true
    args.shift()
  }
  const first = args[0]
  if (first === undefined) throw new CliError('missing command', 2, { showUsage: true })
  if (flagsOf(HELP_OPTION).includes(first)) return { kind: 'help', command: undefined }
  if (flagsOf(VERSION_OPTION).includes(first)) return { kind: 'version' }
  if (first === 'help') {
    const topic = args[1]
    if (topic === undefined) return { kind: 'help', command: undefined }
    if (!isCommandName(topic)) throw new CliError(`unknown command ${singleQuoted(topic)}`, 2, { showUsage: true })
    return { kind: 'help', command: topic }
  }
  if (first.startsWith('-') && first !== '-') throw new CliError(`unknown option ${singleQuoted(first)}`, 2, { showUsage: true })
  if (!isCommandName(first)) throw new CliError(`unknown command ${singleQuoted(first)}`, 2, { showUsage: true })
  return parseCommand(specOf(first), args.slice(1), leadingNoColor)
}

function parseCommand(spec: AnyCommandSpec, args: readonly string[], leadingNoColor: boolean): Invocation {
  const command = spec.name
  const usageError = (message: string) => new CliError(`${command}: ${message}`, 2, { showUsage: true, command })
  const options = parseArgsOptions(spec)

  const parsed = (() => {
    try {
      return parseArgs({ args: [...args], options, allowPositionals: spec.positionals.length > 0, strict: true, tokens: true })
    } catch (error) {
      throw usageError(describeParseError(error, spec, args, options))
    }
  })()
  const values = parsed.values as Record<string, string | boolean | undefined>
  if (values[HELP_OPTION.long] === true) return { kind: 'help', command }

  const counts = new Map<string, number>()
  for (const token of parsed.tokens) if (token.kind === 'option') counts.set(token.name, (counts.get(token.name) ?? 0) + 1)
  for (const option of spec.options) {
    const count = counts.get(option.long) ?? 0
    if (option.type === 'string' && count > 1) throw usageError(`--${option.long} can be given only once (given ${count} times)`)
  }

  const { positionals } = parsed
  const required = spec.positionals.filter((positional) => !positional.optional).length
  if (positionals.length < required || positionals.length > spec.positionals.length) {
    throw usageError(describePositionalCount(spec.positionals, positionals))
  }

  const parsedValues = new Map<string, unknown>()
  try {
    for (const option of spec.options) {
      const text = values[option.long]
      if (option.type === 'string' && typeof text === 'string') parsedValues.set(option.long, option.parse(text, `--${option.long}`))
    }
    const known = (option: OptionSpec): string => {
      if (!spec.options.some((candidate) => candidate.long === option.long && candidate.type === option.type)) {
        throw new Error(`${command}: --${option.long} is not in its spec`)
      }
      return option.long
    }
    return spec.toInvocation({
      positionals,
      value: <T>(option: StringOptionSpec<T>) => parsedValues.get(known(option)) as T | undefined,
      flag: (option: BooleanOptionSpec) => values[known(option)] === true,
      noColor: leadingNoColor || values[NO_COLOR_OPTION.long] === true,
    })
  } catch (error) {
    if (error instanceof CliError) throw usageError(error.message)
    throw error
  }
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four']

function describePositionalCount(expected: readonly PositionalSpec[], got: readonly string[]): string {
  const max = expected.length
  const min = expected.filter((positional) => !positional.optional).length
  const nouns = (count: number) => `${NUMBER_WORDS[count] ?? String(count)} ${expected[0]?.noun ?? 'argument'}${count === 1 ? '' : 's'}`
  if (min === 0) {
    const shownOnes = got.slice(0, 3).map(quoted)
    const list = [...shownOnes, ...(got.length > shownOnes.length ? ['…'] : [])].join(' ')
    return `expected at most ${nouns(max)}, got ${got.length}: ${list}`
  }
  const range = min === max ? nouns(max) : `${NUMBER_WORDS[min] ?? String(min)} to ${nouns(max)}`
  return `expected ${range}, ${expected.map(positionalWord).join(' ')}; got ${got.length}`
}

/** A string option's value that looks like an option itself: parseArgs refuses it (`--at --json`). */
const looksLikeOption = (value: string): boolean => value.length > 1 && value.startsWith('-')

/**
 * The message for a parseArgs error, told apart by its code; the option it names is found by
 * reading the arguments again, leniently, against the spec (Node's wording is never read).
 */
function describeParseError(error: unknown, spec: AnyCommandSpec, args: readonly string[], options: ParseArgsOptions): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined
  const { tokens } = parseArgs({ args: [...args], options, allowPositionals: true, strict: false, tokens: true })
  const specFor = (name: string): OptionSpec | undefined => spec.options.find((option) => option.long === name)
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      for (const token of tokens) {
        if (token.kind === 'option' && specFor(token.name) === undefined) return `unknown option ${singleQuoted(token.rawName)}`
      }
      break
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      for (const token of tokens) {
        if (token.kind !== 'option') continue
        const option = specFor(token.name)
        if (option?.type === 'string' && (token.value === undefined || (token.inlineValue !== true && looksLikeOption(token.value)))) {
          return `--${option.long} needs a value${token.value === undefined ? '' : ` (one starting with "-" is written --${option.long}=-…)`}`
        }
        if (option?.type === 'boolean' && token.value !== undefined) return `--${option.long} does not take a value`
      }
      break
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      for (const token of tokens) if (token.kind === 'positional') return `takes no arguments, got ${quoted(token.value)}`
      break
  }
  // Neither a code we know nor an argument to blame: a defect, not the user's error.
  throw error
}
