import { describe, expect, it } from 'vitest'
import { parseInvocation } from '../../src/cli/args'
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
    expect(parseInvocation(['check', 'a.json'])).toEqual({ kind: 'check', file: 'a.json', noColor: false })
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
