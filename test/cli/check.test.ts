import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { EXAMPLE_TARGET_RESPONSE } from '../../src/cli/example'
import { describeSchedule, formatIssuePath, parseBusinessHours, renderWeekGrid, validateTarget } from '../../src/index'
import { buildOnce, ROOT } from './buildOnce'
import { fixture, runBuilt } from './harness'

let cli: string
beforeAll(async () => {
  cli = await buildOnce()
}, 240_000)

const readFixture = (name: string): unknown => JSON.parse(readFileSync(join(ROOT, fixture(name)), 'utf8'))

describe('callhours check (built command)', () => {
  it('checks the bundled example when no file is given: the document’s target 7, in UTC', () => {
    const { code, stdout, stderr } = runBuilt(cli, ['check'])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    const schedule = parseBusinessHours(EXAMPLE_TARGET_RESPONSE.target.business_hours)
    expect(stdout).toContain('Target 7')
    expect(stdout).toContain('Time zone: UTC (no time_zone given)')
    expect(stdout).toContain('✓ valid: 7 records, no errors, no warnings')
    expect(stdout).toContain(`\n${describeSchedule(schedule)}\n`)
    expect(describeSchedule(schedule)).toBe('Mon–Tue, Thu–Sun open 24 hours, Wed 00:00–12:00')
    expect(stdout).toContain(`\n${renderWeekGrid(schedule)}\n`)
  })

  it('names a target’s Rails time_zone and its IANA id', () => {
    const { code, stdout } = runBuilt(cli, ['check', fixture('target-new-york.json')])
    expect(code).toBe(0)
    expect(stdout).toContain('Target 12 "Sales"')
    expect(stdout).toContain('Time zone: America/New_York (from time_zone "Eastern Time (US & Canada)")')
    expect(stdout).toContain('Mon–Fri 09:00–17:00, Sat 10:00–14:00, Sun closed')
  })

  it('reads a bare target object and a bare array of records', () => {
    const bare = runBuilt(cli, ['check', fixture('bare-target-berlin.json')])
    expect(bare.code).toBe(0)
    expect(bare.stdout).toContain('Time zone: Europe/Berlin')
    expect(bare.stdout).toContain('Fri 22:00–02:00 (next day)')
    const records = runBuilt(cli, ['check', fixture('records-night-shift.json')])
    expect(records.code).toBe(0)
    expect(records.stdout).toContain('Every day 22:00–06:00 (next day)')
  })

  it('reads stdin for "-"', () => {
    const input = readFileSync(join(ROOT, fixture('records-night-shift.json')), 'utf8')
    const { code, stdout } = runBuilt(cli, ['check', '-'], { input })
    expect(code).toBe(0)
    expect(stdout.split('\n')[0]).toBe('<stdin>')
    expect(stdout).toContain('Every day 22:00–06:00 (next day)')
  })

  it('lists every error and warning with its path and exits 1 when invalid', () => {
    const { code, stdout } = runBuilt(cli, ['check', fixture('invalid.json')])
    expect(code).toBe(1)
    // Exactly what the library's target reader says, paths and all.
    const result = validateTarget(readFixture('invalid.json'))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(stdout).toContain('✗ invalid: 5 records, 3 errors, 1 warning')
    for (const issue of [...result.issues, ...result.warnings]) {
      expect(stdout).toContain(`${formatIssuePath(issue.path)}: ${issue.message}`)
    }
    expect(stdout).toMatch(/error {4}target\.business_hours\[3\]\.time_close: time_close 2460 is not military time/)
    expect(stdout).toMatch(/warning {2}target\.business_hours\[4\]\.time_close: /)
    // No week is drawn for invalid hours.
    expect(stdout).not.toContain('Mon ')
  })

  it('prints warnings but exits 0 when the hours are valid', () => {
    const { code, stdout } = runBuilt(cli, ['check', fixture('warnings-only.json')])
    expect(code).toBe(0)
    expect(stdout).toContain('✓ valid: 2 records, no errors, 5 warnings')
    expect(stdout.match(/warning {2}business_hours: no record for/g)).toHaveLength(5)
    expect(stdout).toContain('Mon–Tue 09:00–17:00, Wed–Sun closed')
  })

  it('reports an unknown time_zone as an error (exit 1), located as the library locates it', () => {
    const { code, stdout } = runBuilt(cli, ['check', fixture('bad-zone.json')])
    expect(code).toBe(1)
    expect(stdout).toContain('Time zone: invalid')
    expect(stdout).toMatch(/error {4}target\.time_zone: Unknown time zone "Mars\/Olympus"/)
    // An invalid target has no week to draw (the library gives none).
    expect(stdout).not.toContain('Mon 09:00–17:00')
  })

  it('reads a target without business hours as open 24/7, with a warning (as the API and parseTarget do)', () => {
    for (const input of ['{"target": {"id": 3}}', '{"target": {"id": 3, "business_hours": null}}']) {
      const { code, stdout } = runBuilt(cli, ['check', '-'], { input })
      expect(code).toBe(0)
      expect(stdout).toContain('warning  target.business_hours: no business_hours: the API treats a target without business hours as open 24/7')
      expect(stdout).toContain('\nOpen 24/7\n')
    }
  })

  it('roots paths at business_hours_attributes for a request body', () => {
    const body = JSON.stringify({ target: { business_hours_attributes: [{ day_of_week: 1, time_open: 1700, time_close: 900 }] } })
    const { code, stdout } = runBuilt(cli, ['check', '-'], { input: body })
    expect(code).toBe(1)
    expect(stdout).toContain('business_hours_attributes[0].time_close: time_close 900 is before time_open 1700')
  })
})
