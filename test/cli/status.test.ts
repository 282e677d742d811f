import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { StatusReport } from '../../src/cli/commands/status'
import { EXAMPLE_TARGET_RESPONSE } from '../../src/cli/example'
import { isOpen, nextChange, nextClosing, nextOpening, parseBusinessHours, resolveTimeZone, type WeeklySchedule } from '../../src/index'
import { buildOnce, ROOT } from './buildOnce'
import { fixture, runBuilt } from './harness'

let cli: string
beforeAll(async () => {
  cli = await buildOnce()
}, 240_000)

const newYork = JSON.parse(readFileSync(join(ROOT, fixture('target-new-york.json')), 'utf8')) as {
  target: { business_hours: unknown; time_zone: string }
}
const newYorkSchedule = parseBusinessHours(newYork.target.business_hours)
const exampleSchedule = parseBusinessHours(EXAMPLE_TARGET_RESPONSE.target.business_hours)

function statusJson(args: readonly string[]): StatusReport {
  const { code, stdout, stderr } = runBuilt(cli, ['status', ...args, '--json'])
  expect(stderr).toBe('')
  expect(code).toBe(0)
  return JSON.parse(stdout) as StatusReport
}

/** What the library says, in the report's terms (see StatusReport). */
function expectAgreesWithLibrary(report: StatusReport, schedule: WeeklySchedule, zoneName: string): void {
  const at = new Date(report.at)
  const zone = resolveTimeZone(zoneName)
  const iso = (d: Date | null) => (d === null ? null : d.toISOString())
  expect(report.timeZone).toBe(zone)
  expect(report.open).toBe(isOpen(schedule, at, zone))
  expect(report.nextChange).toBe(iso(nextChange(schedule, at, zone)))
  expect(report.until).toBe(report.nextChange)
  if (report.open) {
    const closing = nextClosing(schedule, at, zone)
    expect(report.nextClosing).toBe(iso(closing))
    expect(report.nextOpening).toBe(closing === null ? null : iso(nextOpening(schedule, closing, zone)))
  } else {
    const opening = nextOpening(schedule, at, zone)
    expect(report.nextOpening).toBe(iso(opening))
    expect(report.nextClosing).toBe(opening === null ? null : iso(nextClosing(schedule, opening, zone)))
  }
}

describe('callhours status --json (built command)', () => {
  it.each([
    ['Saturday afternoon, closed (EST)', '2026-03-07T20:00Z', false, '2026-03-07T19:00:00.000Z'],
    ['Monday 09:30 EDT, the day after spring-forward', '2026-03-09T13:30Z', true, '2026-03-09T13:00:00.000Z'],
    ['Friday 17:00 EDT, the closing minute', '2026-07-17T21:00Z', false, '2026-07-17T21:00:00.000Z'],
    ['Sunday, closed all day', '2026-11-01T15:00Z', false, '2026-10-31T18:00:00.000Z'],
  ])('%s agrees with the library', (_what, at, open, since) => {
    const report = statusJson([fixture('target-new-york.json'), '--at', at])
    expect(report.open).toBe(open)
    expect(report.at).toBe(new Date(at).toISOString())
    expect(report.since).toBe(since)
    expect(report.hours).toBe('Mon–Fri 09:00–17:00, Sat 10:00–14:00, Sun closed')
    expectAgreesWithLibrary(report, newYorkSchedule, newYork.target.time_zone)
  })

  it('uses --tz over the target’s time_zone, with Rails names too', () => {
    const report = statusJson([fixture('target-new-york.json'), '--at', '2026-03-09T13:30Z', '--tz', 'Tokyo'])
    expect(report.timeZone).toBe('Asia/Tokyo')
    expectAgreesWithLibrary(report, newYorkSchedule, 'Asia/Tokyo')
  })

  it('answers for the bundled example at now by default', () => {
    const before = Date.now()
    const report = statusJson([])
    const after = Date.now()
    const at = new Date(report.at).getTime()
    // The current minute.
    expect(at % 60_000).toBe(0)
    expect(at).toBeGreaterThanOrEqual(Math.floor(before / 60_000) * 60_000)
    expect(at).toBeLessThanOrEqual(after)
    // No time_zone: UTC, as the library names it (the same id as --tz UTC).
    expect(report.timeZone).toBe(resolveTimeZone('UTC'))
    expectAgreesWithLibrary(report, exampleSchedule, 'UTC')
  })

  it('has nulls for a week that is never open', () => {
    const report = statusJson([fixture('never-open.json'), '--at', '2026-07-15T12:00Z'])
    expect(report).toMatchObject({ open: false, since: null, until: null, nextOpening: null, nextClosing: null, nextChange: null })
  })

  it('reads an instant with an offset', () => {
    const report = statusJson(['--at', '2026-07-15T07:30-04:00'])
    expect(report.at).toBe('2026-07-15T11:30:00.000Z')
  })
})

describe('callhours status (built command, text)', () => {
  it('says OPEN, since and until when in local time, and how long until the next change', () => {
    const { code, stdout } = runBuilt(cli, ['status', '--at', '2026-07-15T11:30Z'])
    expect(code).toBe(0)
    expect(stdout).toContain('OPEN at Wed 2026-07-15 11:30 UTC')
    expect(stdout).toMatch(/open since +Thu 2026-07-09 00:00 UTC +\(6d 11h 30m ago\)/)
    expect(stdout).toMatch(/closes +Wed 2026-07-15 12:00 UTC +\(in 30m\)/)
    expect(stdout).toMatch(/opens again +Thu 2026-07-16 00:00 UTC +\(in 12h 30m\)/)
  })

  it('says CLOSED with the zone’s abbreviation across a clock change', () => {
    const { code, stdout } = runBuilt(cli, ['status', fixture('target-new-york.json'), '--at', '2026-03-07T20:00Z'])
    expect(code).toBe(0)
    expect(stdout).toContain('Target 12 "Sales" · America/New_York (from time_zone "Eastern Time (US & Canada)")')
    expect(stdout).toContain('CLOSED at Sat 2026-03-07 15:00 EST')
    expect(stdout).toMatch(/closed since +Sat 2026-03-07 14:00 EST +\(1h ago\)/)
    // Sat 15:00 to Mon 09:00 is 42 hours on the clock but 41 real hours: the clocks spring
    // forward (02:00 EST → 03:00 EDT) on Sunday 2026-03-08.
    expect(stdout).toMatch(/opens +Mon 2026-03-09 09:00 EDT +\(in 1d 17h\)/)
    expect(stdout).toMatch(/closes again +Mon 2026-03-09 17:00 EDT +\(in 2d 1h\)/)
  })

  it('says so when the hours never change', () => {
    const open247 = runBuilt(cli, ['status', '-', '--at', '2026-07-15T12:00Z'], { input: '[]' })
    expect(open247.code).toBe(0)
    expect(open247.stdout).toMatch(/closes +never \(open 24\/7\)/)
    // An empty list is open 24/7 with a warning, pointed at on stderr.
    expect(open247.stderr).toContain('note: <stdin> has 1 warning; callhours check - lists them')
    const never = runBuilt(cli, ['status', fixture('never-open.json'), '--at', '2026-07-15T12:00Z'])
    expect(never.stdout).toMatch(/opens +never \(closed all week\)/)
  })

  it('exits 1 with located issues for invalid hours, 2 for a bad --at or --tz', () => {
    const invalid = runBuilt(cli, ['status', fixture('invalid.json')])
    expect(invalid.code).toBe(1)
    expect(invalid.stdout).toBe('')
    expect(invalid.stderr).toContain('invalid target (3 errors)')
    expect(invalid.stderr).toContain('business_hours[0].day_of_week: day_of_week must be an integer 0–6')

    const badAt = runBuilt(cli, ['status', '--at', '2026-07-15'])
    expect(badAt.code).toBe(2)
    expect(badAt.stderr).toContain('--at must be an ISO 8601 instant with a time and Z or an offset')
    expect(badAt.stderr).toContain('Usage: callhours status')

    const notADay = runBuilt(cli, ['status', '--at', '2026-02-30T10:00Z'])
    expect(notADay.code).toBe(2)
    expect(notADay.stderr).toContain('is not a real date and time')

    const badTz = runBuilt(cli, ['status', '--tz', 'Mars/Olympus'])
    expect(badTz.code).toBe(2)
    expect(badTz.stderr.trim().split('\n')).toHaveLength(1)
    expect(badTz.stderr).toContain('Unknown time zone "Mars/Olympus"')

    const badZoneInFile = runBuilt(cli, ['status', fixture('bad-zone.json')])
    expect(badZoneInFile.code).toBe(1)
    expect(badZoneInFile.stderr).toContain('time_zone: Unknown time zone "Mars/Olympus"')
  })
})
