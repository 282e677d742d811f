/**
 * The `$ callhours …` samples of docs/*.md are real output (issue 21): each sample of a command that
 * works on files (check, status, preview, diff, plan, coverage, routes, and the error samples) runs
 * on the built command in the repository's root, on the files the repository has, and every line
 * the docs print under it must be what the command prints (`…` shortens a line or stands for lines
 * left out; `echo "exit $?"` prints the exit code). The API commands' samples need a server: the
 * marked blocks of docs/cli.md run in test/cli/readmeApi.test.ts; the others quote faults injected
 * into the local server and are checked by the API tests' own assertions.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildOnce, ROOT } from './buildOnce'
import { runBuilt } from './harness'
import { lineMatches } from './sampleLines'

let cli: string
beforeAll(async () => {
  cli = await buildOnce()
}, 240_000)

const API_COMMANDS = new Set(['pull', 'push', 'sync', 'reset-cap'])

interface Sample {
  readonly file: string
  readonly line: number
  readonly command: string
  readonly expected: string[]
}

function samples(): Sample[] {
  const found: Sample[] = []
  for (const name of readdirSync(join(ROOT, 'docs')).filter((file) => file.endsWith('.md'))) {
    const lines = readFileSync(join(ROOT, 'docs', name), 'utf8').split('\n')
    let inBlock = false
    let marked = false
    let current: Sample | undefined
    for (let i = 0; i < lines.length; i++) {
      const text = lines[i]!
      if (text.startsWith('```')) {
        inBlock = !inBlock && /^```console\s*$/.test(text)
        if (!inBlock) marked = false
        current = undefined
        continue
      }
      if (!inBlock) {
        if (text.startsWith('<!-- tested:')) marked = true
        continue
      }
      if (marked) continue
      const command = /^\$ callhours (.*)$/.exec(text)?.[1]
      if (command !== undefined) {
        current = API_COMMANDS.has(command.split(/\s+/)[0]!) ? undefined : { file: `docs/${name}`, line: i + 1, command, expected: [] }
        if (current !== undefined) found.push(current)
      } else if (text.startsWith('$ ')) current = undefined
      else if (current !== undefined && text !== '') current.expected.push(text)
    }
  }
  return found
}


/** The printed lines match the expected ones in order; a line that is only `…` stands for any number of lines. */
function matches(expected: readonly string[], printed: readonly string[]): boolean {
  const go = (e: number, p: number): boolean => {
    if (e === expected.length) return p === printed.length
    if (expected[e]!.trim() === '…') {
      for (let skip = p; skip <= printed.length; skip++) if (go(e + 1, skip)) return true
      return false
    }
    return p < printed.length && lineMatches(expected[e]!, printed[p]!) && go(e + 1, p + 1)
  }
  return go(0, 0)
}

describe('docs/ command-line samples are real output', () => {
  const all = samples()

  it('finds the samples', () => {
    expect(all.length).toBeGreaterThanOrEqual(15)
  })

  it.each(all.map((sample) => [`${sample.file}:${sample.line} callhours ${sample.command}`, sample] as const))('%s', (_name, sample) => {
    const withExit = / *; *echo "exit \$\?"$/.test(sample.command)
    const args = sample.command.replace(/ *; *echo "exit \$\?"$/, '').trim().split(/\s+/)
    const written = args.flatMap((arg, i) => (args[i - 1] === '--svg' ? [join(ROOT, arg)] : []))
    try {
      const { code, stdout, stderr } = runBuilt(cli, args)
      // The two streams are read apart: a sample may show stderr's lines before stdout's or after.
      const exit = withExit ? `exit ${code}\n` : ''
      const lines = (text: string): string[] => text.split('\n').filter((line) => line !== '')
      const printed = lines(`${stdout}${stderr}${exit}`)
      const ok = matches(sample.expected, printed) || matches(sample.expected, lines(`${stderr}${stdout}${exit}`))
      expect(ok, `expected:\n${sample.expected.join('\n')}\nprinted:\n${printed.join('\n')}`).toBe(true)
    } finally {
      for (const path of written) if (existsSync(path)) rmSync(path)
    }
  })
})
