/**
 * The core runs in browsers (admin UIs): nothing outside src/cli may import Node built-ins or touch
 * Node globals, and time-zone work (Intl) stays in src/zone/ (convention 7).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const SRC = join(__dirname, '..', 'src')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : []
  })
}

const core = sourceFiles(SRC)
  .map((path) => ({ path: relative(SRC, path), text: readFileSync(path, 'utf8') }))
  .filter((file) => !file.path.startsWith('cli'))

describe('browser safety of the core', () => {
  it('finds the core files (a check over nothing would pass vacuously)', () => {
    expect(core.length).toBeGreaterThan(20)
  })

  it('imports no Node built-ins and uses no Node globals outside src/cli', () => {
    // The CommonJS build's peer loaders (holidays/peers/*.cjs.ts) go only into dist/holidays.cjs,
    // which runs where require() exists; the ES build loads the peers with import().
    const offenders = core
      .filter((file) => !/^holidays\/peers\/[A-Za-z]+\.cjs\.ts$/.test(file.path))
      .filter((file) => /from '(node:|fs|path|os|url|util|child_process)'|\brequire\(|\bprocess\.|\bBuffer\b|__dirname/.test(file.text))
    expect(offenders.map((file) => file.path)).toEqual([])
  })

  it('calls Intl only in src/zone', () => {
    const offenders = core.filter((file) => !file.path.startsWith('zone') && /\bIntl\./.test(file.text.replace(/^\s*(\/\/|\*).*$/gm, '')))
    expect(offenders.map((file) => file.path)).toEqual([])
  })
})
