/**
 * Issue 19: each holiday source needs only its own optional peer, and a missing peer says which
 * package to install. Run on the built package (both builds: ESM and CommonJS), copied into a
 * scratch project that has only one of the two peers.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildOnce, ROOT } from '../cli/buildOnce'

const ICS = 'BEGIN:VCALENDAR\\r\\nBEGIN:VEVENT\\r\\nUID:a\\r\\nSUMMARY:X\\r\\nDTSTART;VALUE=DATE:20261225\\r\\nEND:VEVENT\\r\\nEND:VCALENDAR\\r\\n'
const SCRIPT = (load: string) => `${load}
const out = {}
try { out.ics = exceptionsFromIcs('${ICS}') } catch (error) { out.ics = error.message }
try { out.holidays = holidayExceptions('US', { years: [2026] }).length } catch (error) { out.holidays = error.message }
console.log(JSON.stringify(out))`

let scratch: string

/** A project with callhours (the built dist) and only the given peer. */
function project(name: string, peer: 'ical.js' | 'date-holidays'): string {
  const dir = join(scratch, name)
  mkdirSync(join(dir, 'node_modules', 'callhours'), { recursive: true })
  cpSync(join(ROOT, 'dist'), join(dir, 'node_modules', 'callhours', 'dist'), { recursive: true })
  cpSync(join(ROOT, 'package.json'), join(dir, 'node_modules', 'callhours', 'package.json'))
  symlinkSync(join(ROOT, 'node_modules', peer), join(dir, 'node_modules', peer), 'dir')
  writeFileSync(join(dir, 'esm.mjs'), SCRIPT("const { exceptionsFromIcs, holidayExceptions } = await import('callhours/holidays')"))
  writeFileSync(join(dir, 'cjs.cjs'), SCRIPT("const { exceptionsFromIcs, holidayExceptions } = require('callhours/holidays')"))
  // The per-source entries, each of which loads one peer only.
  writeFileSync(join(dir, 'ics.mjs'), "const { exceptionsFromIcs } = await import('callhours/holidays/ics'); console.log(JSON.stringify(exceptionsFromIcs('" + ICS + "')))")
  writeFileSync(join(dir, 'ics.cjs'), "const { exceptionsFromIcs } = require('callhours/holidays/ics'); console.log(JSON.stringify(exceptionsFromIcs('" + ICS + "')))")
  writeFileSync(join(dir, 'country.mjs'), "const { holidayExceptions } = await import('callhours/holidays/country'); console.log(JSON.stringify(holidayExceptions('US', { years: [2026] }).length))")
  writeFileSync(join(dir, 'country.cjs'), "const { holidayExceptions } = require('callhours/holidays/country'); console.log(JSON.stringify(holidayExceptions('US', { years: [2026] }).length))")
  return dir
}

function run(dir: string, file: string): { ics: unknown; holidays: unknown } {
  return runJson(dir, file) as { ics: unknown; holidays: unknown }
}

function runJson(dir: string, file: string): unknown {
  const result = spawnSync(process.execPath, [file], { cwd: dir, encoding: 'utf8', timeout: 30_000 })
  expect(result.stderr).toBe('')
  return JSON.parse(result.stdout) as unknown
}

beforeAll(async () => {
  await buildOnce()
  scratch = mkdtempSync(join(tmpdir(), 'callhours-peers-'))
}, 240_000)

afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('callhours/holidays with one peer installed', () => {
  it('only ical.js: exceptionsFromIcs works; holidayExceptions says to install date-holidays (ESM and CommonJS)', () => {
    const dir = project('ical-only', 'ical.js')
    for (const file of ['esm.mjs', 'cjs.cjs']) {
      const out = run(dir, file)
      expect(out.ics).toEqual([{ date: '2026-12-25', closed: true, label: 'X' }])
      expect(out.holidays).toBe('holidayExceptions needs the package date-holidays, an optional peer dependency of callhours that is not installed: npm install date-holidays')
    }
  })

  it('only date-holidays: holidayExceptions works; exceptionsFromIcs says to install ical.js (ESM and CommonJS)', () => {
    const dir = project('holidays-only', 'date-holidays')
    for (const file of ['esm.mjs', 'cjs.cjs']) {
      const out = run(dir, file)
      expect(out.holidays).toBeGreaterThan(5)
      expect(out.ics).toBe('exceptionsFromIcs needs the package ical.js, an optional peer dependency of callhours that is not installed: npm install ical.js')
    }
  })

  it('callhours/holidays/ics needs only ical.js, callhours/holidays/country only date-holidays', () => {
    const icsOnly = project('ical-only-entries', 'ical.js')
    const countryOnly = project('holidays-only-entries', 'date-holidays')
    for (const file of ['ics.mjs', 'ics.cjs']) expect(runJson(icsOnly, file)).toEqual([{ date: '2026-12-25', closed: true, label: 'X' }])
    for (const file of ['country.mjs', 'country.cjs']) expect(runJson(countryOnly, file)).toBeGreaterThan(5)
  })
})
