/**
 * The CLI's calendars (issue 12): `--exceptions FILE` (JSON or .ics) and `--holidays CC[-REGION]`
 * on status, preview and check, and `callhours plan`. Run in-process on a fake io; the answers are
 * compared with the library's, which the CLI must read through (never beside it).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { PlanReport } from '../../src/cli/commands/plan'
import type { PreviewReport } from '../../src/cli/commands/preview'
import type { StatusReport } from '../../src/cli/commands/status'
import { holidayExceptions } from '../../src/holidays/index'
import { openIntervals, parseTarget, planExceptionUpdates } from '../../src/index'
import { ROOT } from './buildOnce'
import { fakeIo, runInProcess } from './harness'

const TARGET = readFileSync(join(ROOT, 'examples/ny-sales.json'), 'utf8')
const CHRISTMAS = readFileSync(join(ROOT, 'examples/christmas.json'), 'utf8')
const ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//callhours//test//EN',
  'BEGIN:VEVENT',
  'UID:christmas@test',
  'DTSTART;VALUE=DATE:20261225',
  'RRULE:FREQ=YEARLY',
  'SUMMARY:Christmas',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n')

const files = { 'target.json': TARGET, 'christmas.json': CHRISTMAS, 'christmas.ics': ICS, 'object.json': '{"date":"2026-12-25"}', 'bad.json': '[{"date":"2026-02-30","closed":true}]' }

async function cli(args: string[], now = new Date('2026-12-20T12:00:00Z')) {
  const fake = fakeIo({ files, now })
  const code = await runInProcess(args, fake)
  return { code, stdout: fake.stdout(), stderr: fake.stderr() }
}

const nySales = parseTarget(JSON.parse(TARGET), { exceptions: JSON.parse(CHRISTMAS) })

describe('--exceptions and --holidays', () => {
  it('status is closed on Christmas Day with the exceptions, open without them', async () => {
    const at = ['--at', '2026-12-25T15:00Z', '--json']
    const without = JSON.parse((await cli(['status', 'target.json', ...at])).stdout) as StatusReport
    const withThem = JSON.parse((await cli(['status', 'target.json', '--exceptions', 'christmas.json', ...at])).stdout) as StatusReport
    expect(without.open).toBe(true)
    expect(withThem.open).toBe(false)
    expect(withThem.nextOpening).toBe('2026-12-28T14:00:00.000Z')
    expect(withThem.hours).toContain('every --12-25 closed (Christmas)')
  })

  it('preview --json gives the library’s spans for the calendar', async () => {
    const { stdout, code } = await cli(['preview', 'target.json', '--exceptions', 'christmas.json', '--from', '2026-12-21T05:00Z', '--days', '14', '--json'])
    expect(code).toBe(0)
    const report = JSON.parse(stdout) as PreviewReport
    const expected = openIntervals(nySales.schedule, new Date('2026-12-21T05:00Z'), new Date('2027-01-04T05:00Z'), nySales.timeZone)
    expect(report.spans).toEqual(expected.map((span) => ({ start: span.start.toISOString(), end: span.end.toISOString() })))
    expect(report.spans).toContainEqual({ start: '2026-12-24T14:00:00.000Z', end: '2026-12-24T18:00:00.000Z' })
  })

  it('preview draws the dated week that holds --from', async () => {
    const { stdout } = await cli(['preview', 'target.json', '--exceptions', 'christmas.json', '--from', '2026-12-21T05:00Z', '--no-color'])
    expect(stdout).toMatch(/^Thu 12-24 ·{18}█{8}·{22}$/m)
    expect(stdout).toMatch(/^Fri 12-25 ·{48}$/m)
  })

  it('an .ics file is read as iCalendar: a yearly all-day event closes the date every year', async () => {
    // 2027-12-25 is a Saturday (closed anyway): take the 2026 Friday and the 2031 Thursday.
    for (const instant of ['2026-12-25T15:00Z', '2031-12-25T15:00Z']) {
      const report = JSON.parse((await cli(['status', 'target.json', '--exceptions', 'christmas.ics', '--at', instant, '--json'], new Date(instant))).stdout) as StatusReport
      expect(report.open, instant).toBe(false)
    }
    // The day before is a working day as usual.
    const before = JSON.parse((await cli(['status', 'target.json', '--exceptions', 'christmas.ics', '--at', '2031-12-24T15:00Z', '--json'])).stdout) as StatusReport
    expect(before.open).toBe(true)
  })

  it('--holidays US closes on the country’s public holidays (date-holidays, bundled)', async () => {
    const report = JSON.parse((await cli(['status', 'target.json', '--holidays', 'US', '--at', '2026-11-26T15:00Z', '--json'])).stdout) as StatusReport
    expect(holidayExceptions('US', { years: [2026] })).toContainEqual({ date: '2026-11-26', closed: true, label: 'Thanksgiving Day' })
    expect(report.open).toBe(false)
  })

  it('check reports a bad exception where it is, with the target (exit 1)', async () => {
    const { code, stdout } = await cli(['check', 'target.json', '--exceptions', 'bad.json', '--no-color'])
    expect(code).toBe(1)
    expect(stdout).toContain('exceptions[0].date: date must be a calendar date YYYY-MM-DD: "2026-02-30" is not a day on the calendar')
  })

  it('input errors exit 2 and say what came: a missing file, JSON that is not a list, an unknown country', async () => {
    const missing = await cli(['status', 'target.json', '--exceptions', 'nope.json'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('nope.json: cannot read')
    const object = await cli(['status', 'target.json', '--exceptions', 'object.json'])
    expect(object.code).toBe(2)
    expect(object.stderr).toContain('expected a JSON array of exceptions')
    const country = await cli(['status', 'target.json', '--holidays', 'XX'])
    expect(country.code).toBe(2)
    expect(country.stderr).toContain('--holidays XX: country: country "XX" is not a country date-holidays knows')
    const badCode = await cli(['status', 'target.json', '--holidays', 'U$'])
    expect(badCode.code).toBe(2)
    expect(badCode.stderr).toContain('--holidays must be a country code such as US or US-CA, got "U$"')
  })
})

describe('callhours plan', () => {
  it('prints each step’s window in local time and UTC, the dates it changes with their hours, and the labels', async () => {
    const { code, stdout } = await cli(['plan', 'target.json', '--exceptions', 'christmas.json', '--from', '2026-12-14T05:00Z', '--days', '21', '--no-color'])
    expect(code).toBe(0)
    expect(stdout).toContain('Plan for 21 days from Mon 2026-12-14 00:00 EST: 3 steps')
    expect(stdout).toContain('2. Christmas Eve, Christmas\n   send from Sat 2026-12-19 00:00 EST  (2026-12-19T05:00Z)\n     and by Thu 2026-12-24 13:00 EST  (2026-12-24T18:00Z)\n   Thu 2026-12-24  09:00–13:00\n   Fri 2026-12-25  closed')
    expect(stdout).toContain('3. New Year\n')
    expect(stdout).toContain('   Thu 2026-12-31  closed')
  })

  it('--json is the library’s plan', async () => {
    const from = new Date('2026-11-25T05:00Z')
    const { stdout } = await cli(['plan', 'target.json', '--exceptions', 'christmas.json', '--from', from.toISOString(), '--days', '60', '--json'])
    const report = JSON.parse(stdout) as PlanReport
    const steps = planExceptionUpdates(nySales.schedule, nySales.timeZone, { from, to: new Date(from.getTime() + 60 * 86_400_000) })
    expect(report.steps).toEqual(steps.map((step) => ({ ...step, notBefore: step.notBefore.toISOString(), notAfter: step.notAfter.toISOString() })))
    // The office move (an absolute closure on Wednesday 2026-12-02, 14:00–16:30 EST) needs its
    // own step, due when it starts.
    expect(report.steps.find((step) => step.labels.includes('Office move'))?.notAfter).toBe('2026-12-02T19:00:00.000Z')
  })

  it('plan without exceptions is a usage error (exit 2)', async () => {
    const { code, stderr } = await cli(['plan', 'target.json'])
    expect(code).toBe(2)
    expect(stderr).toContain('plan needs exceptions to plan for')
  })

  it('--days is bounded by the library’s five years', async () => {
    const { code, stderr } = await cli(['plan', 'target.json', '--holidays', 'US', '--days', '1831'])
    expect(code).toBe(2)
    expect(stderr).toContain('--days must be a whole number from 1 to 1830, got "1831"')
  })
})
