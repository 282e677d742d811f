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
    const steps = planExceptionUpdates(nySales.schedule, from, new Date(from.getTime() + 60 * 86_400_000), nySales.timeZone)
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

describe('issue 19: sources, labels and standard input', () => {
  const icsOf = (...events: string[][]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//callhours//test//EN', ...events.flat(), 'END:VCALENDAR', ''].join('\r\n')
  const vevent = (...lines: string[]) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT']
  async function run(args: string[], extra: Record<string, string> = {}, stdin?: string, now = new Date('2026-12-20T12:00:00Z')) {
    const fake = fakeIo({ files: { ...files, ...extra }, now, ...(stdin === undefined ? {} : { stdin }) })
    const code = await runInProcess(args, fake)
    return { code, stdout: fake.stdout(), stderr: fake.stderr() }
  }

  it('an exceptions file of 130,000 entries is read (no "Maximum call stack size exceeded")', async () => {
    const many = JSON.stringify(Array.from({ length: 130_000 }, () => ({ date: '2026-12-25', closed: true })))
    const { code, stdout } = await run(['status', 'target.json', '--exceptions', 'many.json', '--holidays', 'US', '--at', '2026-12-25T15:00Z', '--json'], { 'many.json': many })
    expect(code).toBe(0)
    expect((JSON.parse(stdout) as StatusReport).open).toBe(false)
  })

  it("the user's entry beats a holiday on the same date: Christmas reopened 10:00–14:00 with --holidays US", async () => {
    const reopen = JSON.stringify([{ date: '2026-12-25', hours: [{ time_open: 1000, time_close: 1400 }], label: 'Christmas shift' }])
    const at = (iso: string) => run(['status', 'target.json', '--exceptions', 'reopen.json', '--holidays', 'US', '--at', iso, '--json'], { 'reopen.json': reopen })
    const open = await at('2026-12-25T16:00Z') // 11:00 EST
    expect(open.code).toBe(0)
    expect((JSON.parse(open.stdout) as StatusReport).open).toBe(true)
    // The other US holidays still close: New Year's Day, a Friday.
    expect((JSON.parse((await at('2027-01-01T16:00Z')).stdout) as StatusReport).open).toBe(false)
    const checked = await run(['check', 'target.json', '--exceptions', 'reopen.json', '--holidays', 'US'], { 'reopen.json': reopen })
    expect(checked.code).toBe(0)
    expect(checked.stdout).not.toContain('conflicting_exception')
  })

  it('a refused entry of an .ics file is named by its source and date, not by an index the file does not have', async () => {
    const long = icsOf(vevent('UID:l@test', 'DTSTART;VALUE=DATE:20261225', `SUMMARY:${'x'.repeat(250)}`))
    const { code, stderr } = await run(['status', 'target.json', '--exceptions', 'long.ics'], { 'long.ics': long })
    expect(code).toBe(2)
    expect(stderr).toContain('long.ics: 2026-12-25 "xxxx')
    expect(stderr).not.toMatch(/exceptions\[\d+\]/)
  })

  it('labels from a subscribed calendar reach the terminal escaped: no forged plan lines, no escape codes', async () => {
    const forged = icsOf(vevent('UID:f@test', 'DTSTART;VALUE=DATE:20261224', 'SUMMARY:Eve\\n3. fake step\\n   send from now\u001b[2J'))
    const { code, stdout } = await run(['plan', 'target.json', '--exceptions', 'forged.ics', '--from', '2026-12-14T05:00Z', '--days', '21'], { 'forged.ics': forged })
    expect(code).toBe(0)
    expect(stdout).not.toContain('\u001b[2J')
    expect(stdout.split('\n').some((line) => line.startsWith('3. fake step'))).toBe(false)
    expect(stdout).toContain('Eve\\u000a3. fake step')
    const status = await run(['status', 'target.json', '--exceptions', 'forged.ics', '--at', '2026-12-23T15:00Z'], { 'forged.ics': forged })
    expect(status.stdout.split('\n').some((line) => line.startsWith('3. fake step'))).toBe(false)
  })

  it('status - --exceptions - says standard input can be read once', async () => {
    const { code, stderr } = await run(['status', '-', '--exceptions', '-'], {}, TARGET)
    expect(code).toBe(2)
    expect(stderr).toContain('standard input can be read once')
    expect(stderr).not.toContain('invalid JSON')
  })

  it('status during a closure longer than its search says "not within the next two years", not "never"', async () => {
    const shut = JSON.stringify([{ from: '2026-12-01', to: '2029-12-31', closed: true, label: 'Renovation' }])
    const { code, stdout } = await run(['status', 'target.json', '--exceptions', 'shut.json', '--at', '2026-12-20T15:00Z'], { 'shut.json': shut })
    expect(code).toBe(0)
    expect(stdout).toMatch(/opens\s+not within the next two years/)
    expect(stdout).not.toContain('closed all week')
  })

  it('plan says what to do when a window was missed', async () => {
    const { stdout } = await run(['plan', 'target.json', '--exceptions', 'christmas.json', '--from', '2026-12-14T05:00Z', '--days', '21'])
    expect(stdout).toContain('Missed a window? Never send that step late: send the week as it must be now (callhours sync)')
  })
})

describe('issue 19: Hours lists an entry given twice once', () => {
  it('status with the same closure twice in the file', async () => {
    const twice = JSON.stringify([
      { date: '2026-12-25', closed: true, label: 'Christmas' },
      { date: '2026-12-25', closed: true, label: 'Christmas' },
    ])
    const fake = fakeIo({ files: { ...files, 'twice.json': twice }, now: new Date('2026-12-20T12:00:00Z') })
    expect(await runInProcess(['status', 'target.json', '--exceptions', 'twice.json', '--at', '2026-12-23T15:00Z'], fake)).toBe(0)
    const hours = fake.stdout().split('\n').find((line) => line.startsWith('Hours:'))!
    expect(hours.match(/2026-12-25 closed \(Christmas\)/g)).toHaveLength(1)
  })
})

describe('issue 19: the London case through the command', () => {
  it('plan --holidays GB --from 2026-12-14T00:00Z --days 13: no step closes Monday (12-21 runs; the 28th is after the range)', async () => {
    const fake = fakeIo({ files, now: new Date('2026-12-10T12:00:00Z') })
    expect(await runInProcess(['plan', 'target.json', '--tz', 'Europe/London', '--holidays', 'GB', '--from', '2026-12-14T00:00Z', '--days', '13', '--json'], fake)).toBe(0)
    const report = JSON.parse(fake.stdout()) as PlanReport
    const christmas = report.steps.find((step) => step.dates.includes('2026-12-25'))!
    expect(christmas.notBefore).toBe('2026-12-19T00:00:00.000Z')
    for (const step of report.steps) expect(step.records.filter((record) => record.day_of_week === 1)).toEqual([{ day_of_week: 1, time_open: 900, time_close: 1700, work_day: true, invert: false }])
  })
})

describe('absolute entries in Hours: on the target’s clock (issue 19, item 13)', () => {
  it('status and preview show the Office move at 14:00–16:30 New York time, not 19:00Z', async () => {
    const files = {
      'ny-sales.json': readFileSync(join(ROOT, 'examples/ny-sales.json'), 'utf8'),
      'christmas.json': readFileSync(join(ROOT, 'examples/christmas.json'), 'utf8'),
    }
    for (const args of [
      ['status', 'ny-sales.json', '--exceptions', 'christmas.json', '--at', '2026-12-01T15:00Z'],
      ['preview', 'ny-sales.json', '--exceptions', 'christmas.json', '--from', '2026-11-30T05:00Z', '--days', '3'],
    ]) {
      const fake = fakeIo({ files })
      expect(await runInProcess(args, fake)).toBe(0)
      const hours = fake.stdout().split('\n').find((line) => line.startsWith('Hours:'))!
      expect(hours).toContain('2026-12-02 14:00 to 16:30 (UTC−5) closed (Office move)')
      expect(hours).not.toContain('19:00Z')
    }
  })
})
