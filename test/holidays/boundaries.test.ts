/**
 * date-holidays and ical.js are optional peers: only src/holidays imports them, and src/holidays
 * stands on the ground floor and the zones alone (issue 19: .ics times are read as RFC 5545 says
 * with the zone engine, not as ical.js happens to), so `callhours/holidays` carries nothing else.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const SRC = join(__dirname, '../../src')
const PEERS = /from '(date-holidays|ical\.js)(\/[^']*)?'/

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  )
}

const files = sourceFiles(SRC).map((path) => ({ path: relative(SRC, path), text: readFileSync(path, 'utf8') }))

describe('the holiday sources stay apart', () => {
  it('finds src/holidays (a check over nothing would pass vacuously)', () => {
    expect(files.filter((file) => file.path.startsWith('holidays/')).length).toBeGreaterThanOrEqual(4)
  })

  it('nothing outside src/holidays imports date-holidays or ical.js', () => {
    expect(files.filter((file) => !file.path.startsWith('holidays/') && PEERS.test(file.text)).map((file) => file.path)).toEqual([])
  })

  it('src/holidays imports only its own files, src/ground, src/zone, the two peers, and the entry types of src/calendar (types only)', () => {
    const imports = files
      .filter((file) => file.path.startsWith('holidays/'))
      .flatMap((file) => [...file.text.matchAll(/from '([^']+)'/g)].map((match) => `${file.path}: ${match[1]}`))
    expect(imports.filter((line) => !/: (\.\/|\.\.\/ground\/|\.\.\/zone\/|date-holidays$|ical\.js$|\.\.\/calendar\/entryTypes$)/.test(line))).toEqual([])
    // The entry types come as types only: no code of src/calendar enters the bundle.
    const entryTypeLines = files.filter((file) => file.path.startsWith('holidays/')).flatMap((file) => file.text.split('\n').filter((line) => line.includes("'../calendar/entryTypes'")))
    expect(entryTypeLines.every((line) => /^(import|export) type /.test(line))).toBe(true)
    expect(imports.some((line) => line.endsWith(': date-holidays'))).toBe(true)
    expect(imports.some((line) => line.endsWith(': ical.js'))).toBe(true)
  })
})
