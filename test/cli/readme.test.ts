/**
 * The README's quick start must name only npm scripts that exist (issue 5): a newcomer runs those
 * commands first, on a fresh machine.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from './buildOnce'

const README = join(ROOT, 'README.md')

/** The commands in the fenced code blocks of the section whose heading says "quick start". */
function quickStartCommands(markdown: string): string[] {
  const lines = markdown.split('\n')
  const start = lines.findIndex((line) => /^#{1,6}\s.*quick[\s-]?start/i.test(line))
  if (start < 0) return []
  const level = /^#+/.exec(lines[start] ?? '')?.[0].length ?? 1
  const end = lines.findIndex((line, i) => i > start && new RegExp(`^#{1,${level}}\\s`).test(line))
  const section = lines.slice(start + 1, end < 0 ? undefined : end)
  const commands: string[] = []
  let inFence = false
  for (const line of section) {
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence
      continue
    }
    if (inFence) commands.push(line.replace(/^\s*\$\s*/, '').trim())
  }
  return commands.filter((command) => command !== '' && !command.startsWith('#'))
}

/** npm scripts a command line runs: `npm run x`, `npm run-script x`, `npm test`, `npm t`, `npm start`. */
function npmScripts(command: string): string[] {
  const scripts: string[] = []
  for (const part of command.split(/&&|\|\||;/)) {
    const words = part.trim().split(/\s+/)
    if (words[0] !== 'npm') continue
    const verb = words[1]
    if (verb === 'run' || verb === 'run-script') {
      const name = words.slice(2).find((word) => !word.startsWith('-'))
      if (name !== undefined) scripts.push(name)
    } else if (verb === 'test' || verb === 't' || verb === 'tst') scripts.push('test')
    else if (verb === 'start' || verb === 'stop' || verb === 'restart') scripts.push(verb)
  }
  return scripts
}

describe('README quick start', () => {
  it('exists and has a quick-start code block', () => {
    expect(existsSync(README), 'README.md is missing').toBe(true)
    expect(quickStartCommands(readFileSync(README, 'utf8')).length).toBeGreaterThan(0)
  })

  it('names only npm scripts that package.json has, including demo and test', () => {
    if (!existsSync(README)) throw new Error('README.md is missing')
    const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts
    const named = quickStartCommands(readFileSync(README, 'utf8')).flatMap(npmScripts)
    expect(named).toContain('demo')
    expect(named).toContain('test')
    for (const name of named) expect(Object.keys(scripts), `npm script "${name}"`).toContain(name)
  })

  it('reads commands out of a quick-start section (self-check of the parser)', () => {
    const markdown = '# x\n## Quick start\n\n```sh\n$ npm install && npm run demo\nnpm install && npm test\n```\n## Next\n```\nnpm run other\n```\n'
    expect(quickStartCommands(markdown).flatMap(npmScripts)).toEqual(['demo', 'test'])
  })
})
