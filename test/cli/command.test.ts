import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildOnce, DIST_CLI, ROOT } from './buildOnce'
import { fixture, hasAnsi, runBuilt } from './harness'

let cli: string
beforeAll(async () => {
  cli = await buildOnce()
}, 240_000)

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string
  bin: Record<string, string>
  scripts: Record<string, string>
}
const COMMANDS = ['check', 'status', 'preview', 'diff'] as const
const STACK_TRACE = /\n\s+at /

describe('the built command', () => {
  it('is the bin package.json names, with a node shebang', () => {
    expect(pkg.bin.callhours).toBe('./dist/cli.js')
    expect(readFileSync(DIST_CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
  })

  it('prints the version from package.json', () => {
    for (const flag of ['--version', '-V']) {
      const { code, stdout } = runBuilt(cli, [flag])
      expect(code).toBe(0)
      expect(stdout).toBe(`${pkg.version}\n`)
    }
  })

  it.each(COMMANDS)('has --help for %s, on stdout with exit 0', (command) => {
    for (const args of [[command, '--help'], [command, '-h'], ['help', command]]) {
      const { code, stdout, stderr } = runBuilt(cli, args)
      expect(code).toBe(0)
      expect(stderr).toBe('')
      expect(stdout.startsWith(`Usage: callhours ${command} `)).toBe(true)
      expect(stdout).toContain('Exit codes:')
    }
  })

  it('has a general --help naming every command', () => {
    const { code, stdout } = runBuilt(cli, ['--help'])
    expect(code).toBe(0)
    for (const command of COMMANDS) expect(stdout).toContain(`\n  ${command} `)
  })

  it.each([
    ['an unknown command', ['frobnicate'], "unknown command 'frobnicate'", 'Usage: callhours <command>'],
    ['no command', [], 'missing command', 'Usage: callhours <command>'],
    ['an unknown flag', ['status', '--bogus'], "status: unknown option '--bogus'", 'Usage: callhours status'],
    ['an unknown short flag', ['check', '-x'], "check: unknown option '-x'", 'Usage: callhours check'],
    ['an unknown flag before the command', ['--bogus', 'check'], "unknown option '--bogus'", 'Usage: callhours <command>'],
    ['a flag without its value', ['status', '--at'], 'status: --at needs a value', 'Usage: callhours status'],
    ['a value for a switch', ['status', '--json=yes'], 'status: --json does not take a value', 'Usage: callhours status'],
    ['two files', ['check', 'a.json', 'b.json'], 'check: expected at most one file, got 2: "a.json" "b.json"', 'Usage: callhours check'],
  ])('exits 2 with the usage for %s', (_what, args, message, usage) => {
    const { code, stdout, stderr } = runBuilt(cli, args)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain(`callhours: ${message}\n`)
    expect(stderr).toContain(usage)
    expect(stderr).not.toMatch(STACK_TRACE)
  })

  it('exits 2 with one line naming the file and the JSON error position for bad JSON', () => {
    const name = fixture('bad-json.json')
    const text = readFileSync(join(ROOT, name), 'utf8')
    const position = text.indexOf('}') // the first '}' is where a value was expected
    const line = text.slice(0, position).split('\n').length
    const column = position - text.lastIndexOf('\n', position - 1)
    for (const command of ['check', 'status', 'preview']) {
      const { code, stdout, stderr } = runBuilt(cli, [command, name])
      expect(code).toBe(2)
      expect(stdout).toBe('')
      expect(stderr).toBe(
        `callhours: ${name}: invalid JSON at line ${line}, column ${column} (position ${position}): unexpected '}', expected a value\n`,
      )
    }
    const diff = runBuilt(cli, ['diff', fixture('server.json'), name])
    expect(diff.code).toBe(2)
    expect(diff.stderr).toContain(`${name}: invalid JSON at line ${line}`)
  })

  it('exits 2 for empty or broken stdin, naming <stdin>', () => {
    const empty = runBuilt(cli, ['check', '-'], { input: '' })
    expect(empty.code).toBe(2)
    expect(empty.stderr).toBe('callhours: <stdin>: invalid JSON at line 1, column 1 (position 0): unexpected end of input, expected a value\n')
    const trailing = runBuilt(cli, ['status', '-'], { input: '[1, 2,]' })
    expect(trailing.code).toBe(2)
    expect(trailing.stderr).toBe("callhours: <stdin>: invalid JSON at line 1, column 7 (position 6): unexpected ']', expected a value\n")
  })

  it('exits 2 with one line for an unreadable file or JSON that is not a target', () => {
    const missing = runBuilt(cli, ['check', 'no/such/file.json'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toBe('callhours: no/such/file.json: cannot read: no such file or directory\n')
    const directory = runBuilt(cli, ['check', 'test'])
    expect(directory.code).toBe(2)
    expect(directory.stderr).toBe('callhours: test: cannot read: it is a directory\n')
    const notTarget = runBuilt(cli, ['check', fixture('not-a-target.json')])
    expect(notTarget.code).toBe(2)
    expect(notTarget.stderr.trim().split('\n')).toHaveLength(1)
    expect(notTarget.stderr).toContain('expected a target')
  })

  it('prints no colour to a pipe, whatever the command', () => {
    for (const args of [['check'], ['status'], ['preview'], ['check', fixture('invalid.json')], ['status', '--bogus']]) {
      const { stdout, stderr } = runBuilt(cli, args)
      expect(hasAnsi(stdout) || hasAnsi(stderr), args.join(' ')).toBe(false)
    }
  })
})

// `script` (util-linux) runs the command on a pseudo-terminal, where colour is allowed.
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0

describe.skipIf(!hasScript)('colour on a terminal (via script)', () => {
  const onTerminal = (command: string, env: Record<string, string> = {}): string => {
    const result = spawnSync('script', ['-qec', command, '/dev/null'], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...env },
      encoding: 'utf8',
    })
    return result.stdout
  }

  it('is used on a terminal, and not with NO_COLOR or --no-color', () => {
    expect(hasAnsi(onTerminal(`node ${cli} status --at 2026-07-15T11:30Z`))).toBe(true)
    expect(hasAnsi(onTerminal(`node ${cli} status --at 2026-07-15T11:30Z`, { NO_COLOR: '1' }))).toBe(false)
    expect(hasAnsi(onTerminal(`node ${cli} status --at 2026-07-15T11:30Z --no-color`))).toBe(false)
    expect(hasAnsi(onTerminal(`node ${cli} --no-color check`))).toBe(false)
  })
})

describe('npm run demo', () => {
  it('runs check, status and preview on the bundled example', () => {
    // The script builds, then runs the three commands on the bundled example (no file argument).
    for (const command of ['check', 'status', 'preview']) expect(pkg.scripts.demo).toMatch(new RegExp(`node dist/cli\\.js ${command}( |$)`))
    expect(pkg.scripts.demo).toMatch(/^(tsup|npm run build)/)
    for (const command of ['check', 'status', 'preview']) {
      const { code, stdout, stderr } = runBuilt(cli, [command])
      expect(code, command).toBe(0)
      expect(stderr, command).toBe('')
      expect(stdout, command).toContain('Target 7')
    }
  })
})
