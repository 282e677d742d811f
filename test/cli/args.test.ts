import { describe, expect, it, vi } from 'vitest'
import { parseInvocation, shortUsage, usageText } from '../../src/cli/args'
import { ECHO_LENGTH, EXIT_CODES, type OptionSpec } from '../../src/cli/commandSpecs'
import type { AnyCommandSpec } from '../../src/cli/commands'
import { COMMAND_SPECS, OVERVIEW_OPTIONS } from '../../src/cli/commands'
import { CliError } from '../../src/cli/io'

function usageErrorOf(argv: readonly string[]): CliError {
  try {
    parseInvocation(argv)
  } catch (error) {
    if (error instanceof CliError) return error
    throw error
  }
  throw new Error(`no error for ${argv.join(' ')}`)
}

describe('parseInvocation', () => {
  it('reads each command’s options', () => {
    expect(parseInvocation(['check', 'a.json'])).toEqual({ kind: 'check', file: 'a.json', json: false, noColor: false })
    expect(parseInvocation(['check', '--json'])).toEqual({ kind: 'check', file: undefined, json: true, noColor: false })
    expect(parseInvocation(['status', '-', '--at', '2026-07-15T11:30Z', '--tz', 'UTC', '--json'])).toEqual({
      kind: 'status',
      file: '-',
      at: new Date('2026-07-15T11:30:00Z'),
      tz: 'UTC',
      json: true,
      noColor: false,
    })
    expect(parseInvocation(['preview', '--days', '3', '--svg', 'w.svg', '--from', '2026-07-15T11:30:00.5+05:45'])).toEqual({
      kind: 'preview',
      file: undefined,
      from: new Date('2026-07-15T05:45:00.500Z'),
      days: 3,
      tz: undefined,
      svg: 'w.svg',
      json: false,
      noColor: false,
    })
    expect(parseInvocation(['diff', 's.json', 'e.json', '--removal', 'empty', '--no-color'])).toEqual({
      kind: 'diff',
      serverFile: 's.json',
      editedFile: 'e.json',
      removal: 'empty',
      json: false,
      noColor: true,
    })
  })

  it('reads help and version', () => {
    expect(parseInvocation(['--help'])).toEqual({ kind: 'help', command: undefined })
    expect(parseInvocation(['help'])).toEqual({ kind: 'help', command: undefined })
    expect(parseInvocation(['help', 'diff'])).toEqual({ kind: 'help', command: 'diff' })
    expect(parseInvocation(['diff', '--help'])).toEqual({ kind: 'help', command: 'diff' })
    expect(parseInvocation(['-V'])).toEqual({ kind: 'version' })
  })

  it.each([
    ['2026-07-15T11:30Z', '2026-07-15T11:30:00.000Z'],
    ['2026-07-15t11:30:00z', '2026-07-15T11:30:00.000Z'],
    ['2026-07-15 11:30:00+0200', '2026-07-15T09:30:00.000Z'],
    ['2026-07-15T11:30:00.123456789-03:30', '2026-07-15T15:00:00.123Z'],
    ['2024-02-29T00:00Z', '2024-02-29T00:00:00.000Z'],
  ])('reads the instant %s', (text, iso) => {
    const invocation = parseInvocation(['status', '--at', text])
    expect(invocation.kind === 'status' ? invocation.at?.toISOString() : undefined).toBe(iso)
  })

  it.each([
    ['no offset', '2026-07-15T11:30'],
    ['a date only', '2026-07-15'],
    ['words', 'now'],
    ['February 30th', '2026-02-30T00:00Z'],
    ['hour 24', '2026-07-15T24:00Z'],
    ['offset minutes 60', '2026-07-15T10:00+01:60'],
  ])('refuses an instant with %s', (_what, text) => {
    const error = usageErrorOf(['status', '--at', text])
    expect(error.exitCode).toBe(2)
    expect(error.showUsage).toBe(true)
    expect(error.command).toBe('status')
  })

  it('names the command in usage errors', () => {
    expect(usageErrorOf(['preview', '--at', 'x']).message).toBe("preview: unknown option '--at'")
    expect(usageErrorOf(['diff', 'a']).message).toBe('diff: expected two files, <server-file> <edited-file>; got 1')
    expect(usageErrorOf(['status', '--tz', ' ']).message).toBe('status: --tz needs a zone name, e.g. --tz America/New_York')
    expect(usageErrorOf(['nope']).command).toBeUndefined()
  })
})

/** The arguments a command needs so that its other arguments are what is tested: a file, or a target id. */
function filesFor(spec: AnyCommandSpec): string[] {
  return spec.positionals.filter((positional) => !positional.optional).map((positional) => (positional.name === 'id' ? '7' : `${positional.name}.json`))
}

/** The arguments that give `option` its example value (a flag alone for a boolean option). */
function argsOf(option: OptionSpec): string[] {
  return option.type === 'string' ? [`--${option.long}`, option.example] : [`--${option.long}`]
}

describe('the command table', () => {
  const options = COMMAND_SPECS.flatMap((spec) => spec.options.map((option) => [spec.name, option.long, spec, option] as const))

  it('has every command, each with --help, --no-color and (but pull) --json from the common options', () => {
    expect(COMMAND_SPECS.map((spec) => spec.name)).toEqual(['check', 'status', 'preview', 'diff', 'plan', 'coverage', 'routes', 'pull', 'push', 'sync', 'reset-cap', 'convert'])
    for (const spec of COMMAND_SPECS) {
      // pull prints JSON anyway.
      const common = spec.name === 'pull' ? ['help', 'no-color'] : ['help', 'no-color', 'json']
      expect(spec.options.map((option) => option.long)).toEqual(expect.arrayContaining(common))
      if (common.length === 2) expect(spec.options.map((option) => option.long)).not.toContain('json')
      expect(new Set(spec.options.map((option) => option.long)).size, `${spec.name}: an option twice`).toBe(spec.options.length)
    }
  })

  it.each(options)('%s --%s is in the command’s help, with its value name', (command, _long, _spec, option) => {
    const help = usageText(command)
    const label = `--${option.long}${option.type === 'string' ? ` ${option.valueName}` : ''}`
    const line = help.split('\n').find((text) => text.includes(`  ${label}  `) || text.includes(`, ${label}  `))
    expect(line, `no options line for ${label} in:\n${help}`).toBeDefined()
    if (option.short !== undefined) expect(line).toContain(`-${option.short}, --${option.long}`)
    for (const paragraph of option.help) for (const word of paragraph.split(' ')) expect(help).toContain(word)
    // A required option is shown as required: without brackets.
    const required = option.type === 'string' && option.required === true
    if ((option.listed ?? 'overview') !== 'options') expect(shortUsage(command).split('\n')[0]).toContain(required ? ` ${label}` : `[${label}]`)
    if (required) expect(shortUsage(command).split('\n')[0]).not.toContain(`[${label}]`)
  })

  it('each command lists only the exit codes it can end with: pull and reset-cap send no hours, so no 1 and no 4', () => {
    for (const command of ['pull', 'reset-cap'] as const) expect(usageText(command).split('\n').at(-1)).not.toMatch(/ 1 invalid| 4 the server/)
    expect(usageText('push').split('\n').at(-1)).toMatch(/· 4 the server does not hold what was sent/)
  })

  it.each(options)('%s --%s parses and reaches the invocation', (command, _long, spec, option) => {
    const without = parseInvocation([command, ...filesFor(spec)])
    const withIt = parseInvocation([command, ...filesFor(spec), ...argsOf(option)])
    if (option.long === 'help') {
      expect(withIt).toEqual({ kind: 'help', command })
      return
    }
    expect(withIt.kind).toBe(command)
    expect(withIt, `${command} ${argsOf(option).join(' ')} changes nothing`).not.toEqual(without)
    if (option.type === 'string') {
      // --name=value means the same
      expect(parseInvocation([command, ...filesFor(spec), `--${option.long}=${option.example}`])).toEqual(withIt)
    }
    if (option.short !== undefined) {
      const short = option.type === 'string' ? [`-${option.short}`, option.example] : [`-${option.short}`]
      expect(parseInvocation([command, ...filesFor(spec), ...short])).toEqual(withIt)
    }
  })

  it.each(options.filter(([, , , option]) => option.type === 'string'))('%s --%s given twice is a usage error naming it', (command, long, spec, option) => {
    for (const args of [
      [...argsOf(option), ...argsOf(option)],
      [`--${long}=${option.type === 'string' ? option.example : ''}`, ...argsOf(option)],
    ]) {
      const error = usageErrorOf([command, ...filesFor(spec), ...args])
      expect(error.message).toBe(`${command}: --${long} can be given only once (given 2 times)`)
      expect(error.exitCode).toBe(2)
      expect(error.showUsage).toBe(true)
      expect(error.command).toBe(command)
    }
  })

  it.each(options.filter(([, , , option]) => option.type === 'boolean' && option.long !== 'help'))('%s --%s given twice is harmless', (command, _long, spec, option) => {
    expect(parseInvocation([command, ...filesFor(spec), ...argsOf(option), ...argsOf(option)])).toEqual(
      parseInvocation([command, ...filesFor(spec), ...argsOf(option)]),
    )
  })

  it.each(options)('%s --%s without a value or with one it does not take is a usage error naming it', (command, long, spec, option) => {
    const args = option.type === 'string' ? [`--${long}`] : [`--${long}=x`]
    const error = usageErrorOf([command, ...filesFor(spec), ...args])
    expect(error.message).toBe(option.type === 'string' ? `${command}: --${long} needs a value` : `${command}: --${long} does not take a value`)
  })

  it('generates each command’s help: usage line, description, files, options in columns, exit codes', () => {
    for (const spec of COMMAND_SPECS) {
      const lines = usageText(spec.name).split('\n')
      expect(lines[0]).toBe(shortUsage(spec.name).split('\n')[0])
      expect(lines[0]?.startsWith(`Usage: callhours ${spec.name} `)).toBe(true)
      expect(lines.slice(2, 2 + spec.description.length)).toEqual(spec.description)
      for (const positional of spec.positionals) expect(lines.some((line) => line.startsWith(`  ${positional.name}  `))).toBe(true)
      const start = lines.indexOf('Options:') + 1
      const optionLines = lines.slice(start, lines.indexOf('', start))
      const helpColumns = new Set(optionLines.map((line) => /^ *(?:-\w, )?--\S+(?: \S+)? +/.exec(line)?.[0].length ?? line.search(/\S/)))
      expect(helpColumns.size, `one help column in\n${optionLines.join('\n')}`).toBe(1)
      expect(lines.at(-1)).toBe(`Exit codes: ${spec.exitCodes.map((exit) => `${exit.code} ${exit.meaning}`).join(' · ')}`)
    }
    expect(usageText('status').split('\n').at(-1)).toBe(
      'Exit codes: 0 ok · 1 invalid business hours · 2 usage error, unreadable file, bad JSON or not a target · 70 internal error (please report)',
    )
    expect(usageText('check').split('\n').at(-1)).toBe(
      'Exit codes: 0 valid · 1 invalid (errors listed) · 2 usage error, unreadable file, bad JSON or not a target · 70 internal error (please report)',
    )
  })

  it('generates the overview from the same table', () => {
    const overview = usageText(undefined)
    for (const spec of COMMAND_SPECS) expect(overview).toMatch(new RegExp(`\\n  ${spec.name} +\\S.*${spec.summary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n`))
    for (const option of OVERVIEW_OPTIONS) expect(overview).toContain(`--${option.long}  `)
    expect(overview).toContain('--json      machine-readable output (check, status, preview, diff, plan,\n                  coverage, routes, push, sync, reset-cap, convert)')
    // The shared codes, then those only some commands have (the API commands' 3 and 4), by code.
    expect(overview.split('\n').at(-1)).toBe(
      'Exit codes: 0 ok · 1 invalid business hours · 2 usage error, unreadable file, bad JSON or not a target · 3 the server refused the request or could not be reached · 4 the server does not hold what was sent · 70 internal error (please report)',
    )
    expect(EXIT_CODES.every((exit) => overview.includes(`${exit.code} ${exit.meaning}`))).toBe(true)
  })

  it('keeps help lines within 80 columns, but for usage and exit-code lines', () => {
    for (const command of [undefined, ...COMMAND_SPECS.map((spec) => spec.name)]) {
      const long = usageText(command)
        .split('\n')
        .filter((line) => line.length > 80 && !line.startsWith('Usage: ') && !line.startsWith('Exit codes: '))
      expect(long, `help of ${command ?? 'callhours'}`).toEqual([])
    }
  })
})

describe('parse errors', () => {
  it('are told apart by their code and name the option from the arguments', () => {
    expect(usageErrorOf(['status', '--bogus=1']).message).toBe("status: unknown option '--bogus'")
    expect(usageErrorOf(['check', '-hx']).message).toBe("check: unknown option '-x'")
    expect(usageErrorOf(['status', '--at', '--json']).message).toBe('status: --at needs a value (one starting with "-" is written --at=-…)')
    expect(usageErrorOf(['status', '--json=yes']).message).toBe('status: --json does not take a value')
    expect(usageErrorOf(['check', '--help=yes']).message).toBe('check: --help does not take a value')
    // An option of another command is unknown here
    expect(usageErrorOf(['check', '--at', '2026-07-15T11:30Z']).message).toBe("check: unknown option '--at'")
  })

  it('do not depend on Node’s wording', async () => {
    // The same parser, loaded against a parseArgs whose messages say nothing useful.
    vi.resetModules()
    vi.doMock('node:util', async (importOriginal) => {
      const util = await importOriginal<typeof import('node:util')>()
      const parseArgs: typeof util.parseArgs = (config) => {
        try {
          return util.parseArgs(config)
        } catch (error) {
          throw Object.assign(new TypeError('Ein Fehler ist aufgetreten'), { code: (error as { code?: unknown }).code })
        }
      }
      return { ...util, parseArgs, default: { ...util, parseArgs } }
    })
    try {
      const reworded = await import('../../src/cli/args')
      const messageOf = (argv: string[]) => {
        try {
          reworded.parseInvocation(argv)
        } catch (error) {
          return error instanceof Error ? error.message : String(error)
        }
        return undefined
      }
      expect(messageOf(['status', '--bogus'])).toBe("status: unknown option '--bogus'")
      expect(messageOf(['status', '--at'])).toBe('status: --at needs a value')
      expect(messageOf(['status', '--json=1'])).toBe('status: --json does not take a value')
    } finally {
      vi.doUnmock('node:util')
      vi.resetModules()
    }
  })
})

describe('instants', () => {
  it.each([
    ['0050-01-01T00:00Z', 50],
    ['0000-01-01T00:00Z', 0],
    ['0099-12-31T23:59:59Z', 99],
    ['9999-12-31T23:59Z', 9999],
  ])('reads %s in the year %i', (text, year) => {
    const invocation = parseInvocation(['status', '--at', text])
    const at = invocation.kind === 'status' ? invocation.at : undefined
    expect(at?.getUTCFullYear()).toBe(year)
    expect(at?.toISOString().slice(-20)).toBe(text.slice(4).replace(/(T\d\d:\d\d)Z$/, '$1:00Z').replace(/Z$/, '.000Z').replace(/^(.*:\d\d:\d\d)\.000Z$/, '$1.000Z'))
  })

  it('reads an offset across the year 0 edge', () => {
    const invocation = parseInvocation(['preview', '--from', '0000-01-01T00:30+01:00'])
    expect(invocation.kind === 'preview' ? invocation.from?.toISOString() : undefined).toBe('-000001-12-31T23:30:00.000Z')
  })

  it.each([
    ['February 29th of a common year', '0100-02-29T00:00Z'],
    ['an offset over 18 hours', '2026-07-15T00:00+18:01'],
    ['minute 60', '2026-07-15T10:60Z'],
    ['second 60', '2026-07-15T10:00:60Z'],
    ['a five-digit year', '10000-01-01T00:00Z'],
  ])('refuses %s', (_what, text) => {
    expect(usageErrorOf(['status', '--at', text]).exitCode).toBe(2)
  })
})

describe('echoed arguments', () => {
  it('are cut to a readable length', () => {
    const huge = `2026-07-15T11:30Z${'9'.repeat(100 * 1024)}`
    for (const argv of [
      ['status', '--at', huge],
      ['preview', '--from', huge],
      ['preview', '--days', huge],
      ['diff', 'a', 'b', '--removal', huge],
      ['check', `--${huge}`],
      [huge],
      ['help', huge],
      ['check', 'a', huge],
    ]) {
      const error = usageErrorOf(argv)
      const echoed = [...error.message.matchAll(/"([^"]*)"|'([^']*)'/g)].map((match) => match[1] ?? match[2] ?? '')
      expect(echoed.some((text) => text.endsWith('…')), error.message).toBe(true)
      for (const text of echoed) expect(text.length, error.message).toBeLessThanOrEqual(ECHO_LENGTH + 1)
      expect(error.message.length).toBeLessThan(250)
    }
  })

  it('cannot send escape sequences to the terminal', () => {
    const error = usageErrorOf(['status', '--at', '\u001b]0;pwned\u0007\u001b[2J'])
    expect(error.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/)
    expect(error.message).toContain('\\u001b]0;pwned\\u0007')
    expect(usageErrorOf(['check', '--\u009b2J']).message).toBe("check: unknown option '--\\u009b2J'")
  })
})
