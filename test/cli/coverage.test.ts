/**
 * `callhours coverage` and `callhours routes` (issue 13): a list of targets read through the
 * library's `validateTarget`, and answers that are the library's `coverage`, `coverageSummary` and
 * `routingTimeline` (never computed beside them). Run in-process on a fake io.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CoverageReport } from '../../src/cli/commands/coverage'
import type { RoutesReport } from '../../src/cli/commands/routes'
import { coverage, coverageSummary, parseTarget, routingTimeline, type Span, type Target } from '../../src/index'
import { allElements, parseXml } from '../render/wellFormedXml'
import { ROOT } from './buildOnce'
import { fakeIo, runInProcess } from './harness'

const FLEET_TEXT = readFileSync(join(ROOT, 'examples/fleet.json'), 'utf8')
const FLEET_ITEMS = JSON.parse(FLEET_TEXT) as { target: Record<string, unknown> }[]
const FLEET = FLEET_ITEMS.map((item) => parseTarget(item))

const FROM = new Date('2026-11-30T00:00:00Z')
const TO = new Date('2026-12-07T00:00:00Z')
const WEEK = ['--from', '2026-11-30T00:00Z', '--days', '7']

/** A copy of the example fleet's items, one of them changed. */
function withItem(index: number, change: (target: Record<string, unknown>) => Record<string, unknown>): { target: Record<string, unknown> }[] {
  return FLEET_ITEMS.map((item, i) => (i === index ? { target: change({ ...item.target }) } : item))
}

const NDJSON = ['', ...FLEET_ITEMS.map((item) => JSON.stringify(item)), '', ''].join('\n')

const files: Record<string, string> = {
  'fleet.json': FLEET_TEXT,
  'fleet-object.json': JSON.stringify({ targets: FLEET_ITEMS }, null, 2),
  'fleet.ndjson': NDJSON,
  'bad-line.ndjson': [JSON.stringify(FLEET_ITEMS[0]), JSON.stringify(FLEET_ITEMS[1]), '{"target": {"id": 3,', JSON.stringify(FLEET_ITEMS[3])].join('\n'),
  'empty.json': '[]',
  'empty-object.json': '{"targets": []}',
  'all-invalid.json': JSON.stringify([{ target: { id: 1, weight: -1 } }, { target: { id: 2, priority: 'high' } }]),
  // 25 targets, each with a warning (no business_hours: open 24/7, as the API treats it).
  'warned.json': JSON.stringify(Array.from({ length: 25 }, (_, i) => ({ target: { id: i + 1, time_zone: 'UTC' } }))),
  'error.json': '{"error":"Not Found"}',
  'one-target.json': JSON.stringify(FLEET_ITEMS[0], null, 2),
  'scalar.json': '"targets"',
  'targets-not-array.json': '{"targets": {"id": 1}}',
  'broken.json': '[\n  {"target": {"id": 1}},\n  {"target": }\n]\n',
  // targets[1]: a bad day_of_week; targets[3]: no id; targets[4]: id 1 again. Three problems, none hiding another.
  'invalid.json': JSON.stringify(
    FLEET_ITEMS.map((item, i) => {
      if (i === 1) return { target: { ...item.target, business_hours: [{ id: 1, day_of_week: 9, time_open: 900, time_close: 1700 }] } }
      if (i === 3) return { target: { ...item.target, id: null } }
      if (i === 4) return { target: { ...item.target, id: 1 } }
      return item
    }),
  ),
  'cap-full.json': JSON.stringify(withItem(2, (target) => ({ ...target, caps: [{ id: 31, type: 'Daily', cap: 200, filled: 200 }] }))),
  'closed-day.json': '[{"date":"2026-12-01","closed":true,"label":"Shutdown"}]',
  'bad-exceptions.json': '[{"date":"2026-02-30","closed":true}]',
  'a&b<fleet>.json': FLEET_TEXT,
}

async function cli(args: string[], now = new Date('2026-11-30T00:00:00Z')) {
  const fake = fakeIo({ files, now })
  const code = await runInProcess(args, fake)
  return { code, stdout: fake.stdout(), stderr: fake.stderr(), written: fake.written }
}

const iso = (span: Span) => ({ start: span.start.toISOString(), end: span.end.toISOString() })

/** What `coverage --json` must print for these targets: the library's answer, as ISO strings. */
function expectedCoverage(targets: readonly Target[], from: Date, to: Date, caps = false) {
  const answer = coverage(targets, from, to, { caps })
  const summary = coverageSummary(answer)
  return {
    segments: answer.segments.map((segment) => ({ ...iso(segment), targets: [...segment.targets] })),
    gaps: answer.gaps.map(iso),
    summary: { ...summary, longestGap: summary.longestGap === null ? null : iso(summary.longestGap) },
  }
}

/** The grid rows of the text output, by their date: each row's 48 marks. */
function gridOf(stdout: string): Map<string, string> {
  const rows = new Map<string, string>()
  for (const line of stdout.split('\n')) {
    const match = /^(?:Sun|Mon|Tue|Wed|Thu|Fri|Sat) (\d{4}-\d{2}-\d{2}) (.*)$/.exec(line)
    if (match !== null) rows.set(match[1]!, match[2]!.padEnd(48))
  }
  return rows
}

/** The lines of a section of the text output, up to the next blank line, heading excluded. */
function section(stdout: string, heading: string): string[] {
  const lines = stdout.split('\n')
  const start = lines.findIndex((line) => line.startsWith(heading))
  const end = lines.indexOf('', start)
  return lines.slice(start + 1, end)
}

describe('the fleet file', () => {
  it('reads the three shapes alike: a JSON array, {"targets": [...]}, and NDJSON (blank lines skipped)', async () => {
    const expected = expectedCoverage(FLEET, FROM, TO)
    for (const file of ['fleet.json', 'fleet-object.json', 'fleet.ndjson']) {
      const { code, stdout, stderr } = await cli(['coverage', file, ...WEEK, '--json'])
      expect(code, `${file}: ${stderr}`).toBe(0)
      const report = JSON.parse(stdout) as CoverageReport
      expect(report.segments, file).toEqual(expected.segments)
      expect(report.skipped).toEqual([])
    }
  })

  it('names the NDJSON line that is not JSON, exit 2', async () => {
    const { code, stdout, stderr } = await cli(['coverage', 'bad-line.ndjson', ...WEEK])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe('callhours: bad-line.ndjson: line 3 is not JSON: column 21: unexpected end of input, expected a property name in double quotes\n')
  })

  it('reports broken JSON by line and column, not as NDJSON', async () => {
    const { code, stderr } = await cli(['coverage', 'broken.json', ...WEEK])
    expect(code).toBe(2)
    expect(stderr).toContain('broken.json: invalid JSON at line 3, column 14')
  })

  it.each([
    ['error.json', 'error.json holds no list of targets: '],
    ['one-target.json', 'one-target.json holds one target, not a list of targets'],
    ['scalar.json', 'scalar.json holds no list of targets: '],
    ['targets-not-array.json', 'targets-not-array.json: "targets" must be an array of targets, got an object'],
  ])('refuses %s, which holds no list of targets (exit 2)', async (file, message) => {
    const { code, stdout, stderr } = await cli(['coverage', file, ...WEEK])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr.startsWith(`callhours: ${message}`), stderr).toBe(true)
  })

  it('refuses an empty list: no targets in the file is exit 2, not a total outage', async () => {
    for (const command of ['coverage', 'routes']) {
      const { code, stdout, stderr } = await cli([command, 'empty.json', ...WEEK, '--json'])
      expect(code).toBe(2)
      expect(stdout).toBe('')
      expect(stderr).toBe('callhours: no targets in empty.json: the list is empty\n')
    }
    const objectForm = await cli(['coverage', 'empty-object.json', ...WEEK])
    expect([objectForm.code, objectForm.stderr]).toEqual([2, 'callhours: no targets in empty-object.json: the list is empty\n'])
  })

  it('refuses a file of more than 100,000 targets before reading them (exit 2, naming the limit)', async () => {
    const many = `[${Array.from({ length: 100_001 }, (_, i) => `{"target":{"id":${i + 1}}}`).join(',')}]`
    const fake = fakeIo({ files: { 'many.json': many } })
    const code = await runInProcess(['coverage', 'many.json', ...WEEK], fake)
    expect(code).toBe(2)
    expect(fake.stderr()).toBe('callhours: many.json holds 100001 targets, more than 100000, the most coverage and routes read at once: split the fleet\n')
  })

  it('with --skip-invalid and every target invalid, says none is left (exit 1)', async () => {
    const { code, stderr } = await cli(['coverage', 'all-invalid.json', ...WEEK, '--skip-invalid'])
    expect(code).toBe(1)
    expect(stderr.trimEnd().split('\n').at(-1)).toBe('callhours: no usable targets in all-invalid.json: all 2 targets are invalid')
  })

  it('caps the warnings about targets: the first 20, then a count', async () => {
    const { code, stderr } = await cli(['coverage', 'warned.json', ...WEEK, '--json'])
    expect(code).toBe(0)
    const notes = stderr.trimEnd().split('\n')
    expect(notes).toHaveLength(21)
    expect(notes[0]).toMatch(/^note: targets\[0\] \(id 1\): /)
    expect(notes[19]).toMatch(/^note: targets\[19\] \(id 20\): /)
    expect(notes[20]).toBe('note: … and 5 more targets with warnings (25 in all)')
  })

  it('lists every bad target by index and id and exits 1; one does not hide another', async () => {
    const { code, stdout, stderr } = await cli(['coverage', 'invalid.json', ...WEEK])
    expect(code).toBe(1)
    expect(stdout).toBe('')
    const lines = stderr.trim().split('\n')
    expect(lines[0]).toBe('callhours: invalid.json: 3 of 5 targets are invalid:')
    expect(lines.some((line) => line.startsWith('  targets[1] (id 2): target.business_hours[0].day_of_week: day_of_week must be an integer 0–6'))).toBe(true)
    expect(lines).toContain('  targets[3] (no id): target.id: a target of a fleet needs its id: coverage and routes name targets by it')
    expect(lines).toContain('  targets[4] (id 1): target.id: id 1 is also the id of targets[0]: each target needs its own id')
    expect(lines.at(-1)).toBe('(--skip-invalid leaves them out)')
  })

  it('with --skip-invalid leaves the bad targets out, says so, and answers for the rest', async () => {
    const { code, stdout, stderr } = await cli(['coverage', 'invalid.json', ...WEEK, '--skip-invalid', '--json'])
    expect(code).toBe(0)
    expect(stderr).toContain('note: invalid.json: 3 of 5 targets are invalid; left out (--skip-invalid):')
    const report = JSON.parse(stdout) as CoverageReport
    expect(report.skipped.map((entry) => [entry.index, entry.id])).toEqual([
      [1, 2],
      [3, null],
      [4, 1],
    ])
    expect(report.skipped[1]!.issues[0]!.code).toBe('missing_field')
    const kept = [FLEET[0]!, FLEET[2]!]
    expect(report.segments).toEqual(expectedCoverage(kept, FROM, TO).segments)
    const text = await cli(['coverage', 'invalid.json', ...WEEK, '--skip-invalid', '--no-color'])
    expect(text.stdout.split('\n')[0]).toBe('Coverage of 2 targets (3 left out) from invalid.json, 7 days:')
  })

  it('routes stops on the same problems, and skips them alike', async () => {
    expect((await cli(['routes', 'invalid.json', ...WEEK])).code).toBe(1)
    const { code, stdout } = await cli(['routes', 'invalid.json', ...WEEK, '--skip-invalid', '--json'])
    expect(code).toBe(0)
    expect((JSON.parse(stdout) as RoutesReport).skipped.map((entry) => entry.index)).toEqual([1, 3, 4])
  })
})

describe('callhours coverage', () => {
  const newYork = ['coverage', 'fleet.json', ...WEEK, '--tz', 'America/New_York', '--no-color']

  it('draws the grid of the library’s coverage: cells checked by hand', async () => {
    const { code, stdout } = await cli(newYork)
    expect(code).toBe(0)
    const grid = gridOf(stdout)
    // The window starts Sunday 19:00 EST and ends Sunday 19:00 EST a week later: eight local days.
    expect([...grid.keys()]).toEqual(['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06'])
    const cell = (date: string, hhmm: string) => grid.get(date)![(Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3))) / 30]
    // Sunday before 19:00 EST is outside the window.
    expect(cell('2026-11-29', '18:30')).toBe(' ')
    // Sunday 19:00 EST (Monday 00:00Z): no target until Manila opens at 09:30 PHT (01:30Z, 20:30 EST).
    expect(cell('2026-11-29', '19:00')).toBe('·')
    expect(cell('2026-11-29', '20:30')).toBe('1')
    // Monday 09:00 EST (14:00Z): NY sales, NY overflow, Chicago (08:00 CST), Kyiv (16:00 EET).
    expect(cell('2026-11-30', '09:00')).toBe('4')
    // Monday 11:00 EST (16:00Z): Kyiv has closed: three.
    expect(cell('2026-11-30', '11:00')).toBe('3')
    // Monday 06:00 EST (11:00Z): only Kyiv.
    expect(cell('2026-11-30', '06:00')).toBe('1')
    // Monday 20:00 EST (01:00Z): New York and Chicago closed, Manila not yet open: the shift-change gap.
    expect(cell('2026-11-30', '20:00')).toBe('·')
    // Saturday 12:00 EST (17:00Z): NY overflow (10–14 EST) and Chicago (09–13 CST).
    expect(cell('2026-12-05', '12:00')).toBe('2')
    // Saturday 07:00 EST (12:00Z): Manila closed at 18:00 PHT (10:00Z): a gap.
    expect(cell('2026-12-05', '07:00')).toBe('·')

    // The same cells from the library's answer: the targets accepting throughout the half hour.
    const answer = coverage(FLEET, FROM, TO)
    const throughout = (startIso: string) => {
      const start = Date.parse(startIso)
      const end = start + 1_800_000
      const overlapping = answer.segments.filter((segment) => segment.start.getTime() < end && segment.end.getTime() > start)
      return overlapping.reduce<readonly number[]>((ids, segment) => ids.filter((id) => segment.targets.includes(id)), overlapping[0]!.targets).length
    }
    expect(throughout('2026-11-30T14:00Z')).toBe(4)
    expect(throughout('2026-11-30T16:00Z')).toBe(3)
    expect(throughout('2026-11-30T11:00Z')).toBe(1)
    expect(throughout('2026-12-01T01:00Z')).toBe(0)
    expect(throughout('2026-12-05T17:00Z')).toBe(2)
  })

  it('marks a half hour that is a gap only in part with !', async () => {
    // From Monday 19:45 EST (00:45Z): 19:30–20:00 EST is covered for its part in the window; 20:00–20:30 is the shift-change gap.
    const { stdout } = await cli(['coverage', 'fleet.json', '--from', '2026-12-01T00:45Z', '--days', '1', '--tz', 'America/New_York', '--no-color'])
    const monday = gridOf(stdout).get('2026-11-30')!
    expect(monday[39]).toBe('2') // 19:30–20:00 EST: NY overflow and Chicago
    expect(monday[40]).toBe('·') // 20:00–20:30 EST: a gap for all of its part in the window
    const partial = await cli(['coverage', 'fleet.json', '--from', '2026-12-01T00:45Z', '--days', '1', '--tz', 'Asia/Kathmandu', '--no-color'])
    // In Kathmandu (+05:45) the half hour 06:30–07:00 is 00:45–01:15Z: covered to 01:00Z, then a gap.
    expect(gridOf(partial.stdout).get('2026-12-01')![13]).toBe('!')
    // The legend names the marks the grid uses, and no other (no · here: no half hour is a gap throughout).
    expect(partial.stdout).toContain('Marks: 1–9 that many targets  ! a gap in part of it  (blank) outside the window')
  })

  it('lists the library’s gaps, in the display zone and in UTC, and the single-target spans', async () => {
    const { stdout } = await cli(newYork)
    const answer = coverage(FLEET, FROM, TO)
    const gapRows = section(stdout, 'Gaps').slice(1)
    const utc = (date: Date) => date.toISOString().replace(':00.000Z', 'Z')
    expect(gapRows.map((row) => /\d{4}-\d\d-\d\dT\d\d:\d\dZ → \d{4}-\d\d-\d\dT\d\d:\d\dZ/.exec(row)?.[0])).toEqual(answer.gaps.map((gap) => `${utc(gap.start)} → ${utc(gap.end)}`))
    expect(gapRows[1]).toMatch(/^ {2}Mon 2026-11-30 20:00 EST → Mon 20:30 EST +2026-12-01T01:00Z → 2026-12-01T01:30Z +30m$/)
    const singles = section(stdout, 'Single-target spans').slice(1)
    const expectedSingles = answer.segments.filter((segment) => segment.targets.length === 1)
    expect(singles).toHaveLength(expectedSingles.length)
    expect(singles[0]).toMatch(/2026-11-30T01:30Z → 2026-11-30T07:00Z +5h 30m +target 4 "Manila night desk"$/)
    const summary = coverageSummary(answer)
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(
      `Covered 5d 10h of 7d (${Math.round((summary.coveredMinutes / summary.totalMinutes) * 1000) / 10}%); gaps 1d 14h, longest 1d 5h from Sat 2026-12-05 14:00 EST; one target only 2d 3h.`,
    )
  })

  it('--json is the library’s answer, with the window, the display zone and the summary', async () => {
    const { code, stdout } = await cli(['coverage', 'fleet.json', ...WEEK, '--tz', 'Eastern Time (US & Canada)', '--json'])
    expect(code).toBe(0)
    const report = JSON.parse(stdout) as CoverageReport
    expect(report).toEqual({ timeZone: 'America/New_York', from: FROM.toISOString(), to: TO.toISOString(), ...expectedCoverage(FLEET, FROM, TO), skipped: [] })
    expect(report.gaps.length).toBeGreaterThan(0)
    expect(report.summary.targets.map((target) => target.id)).toEqual([1, 2, 3, 4, 5])
  })

  it('--caps counts a full cap until it resets, as the library does', async () => {
    // Monday 09:00 CST: Chicago's Daily cap is full until Tuesday 00:00 CST.
    const from = new Date('2026-11-30T15:00:00Z')
    const to = new Date('2026-12-01T15:00:00Z')
    const capFull = (JSON.parse(files['cap-full.json']!) as unknown[]).map((item) => parseTarget(item))
    const withCaps = JSON.parse((await cli(['coverage', 'cap-full.json', '--from', from.toISOString(), '--days', '1', '--caps', '--json'])).stdout) as CoverageReport
    const without = JSON.parse((await cli(['coverage', 'cap-full.json', '--from', from.toISOString(), '--days', '1', '--json'])).stdout) as CoverageReport
    expect(withCaps.segments).toEqual(expectedCoverage(capFull, from, to, true).segments)
    expect(without.segments).toEqual(expectedCoverage(capFull, from, to).segments)
    // Chicago is open Monday 09:00–19:00 CST and Tuesday 07:00–09:00 CST of the window; with its cap full, only Tuesday.
    expect(withCaps.summary.targets.find((target) => target.id === 3)!.openMinutes).toBe(120)
    expect(without.summary.targets.find((target) => target.id === 3)!.openMinutes).toBe(600 + 120)
  })

  it('--exceptions apply to every target, checked once; bad exceptions exit 1', async () => {
    const { stdout } = await cli(['coverage', 'fleet.json', ...WEEK, '--exceptions', 'closed-day.json', '--json'])
    const exceptions = JSON.parse(files['closed-day.json']!) as unknown[]
    const closed = FLEET_ITEMS.map((item) => parseTarget(item, { exceptions: exceptions as never }))
    const report = JSON.parse(stdout) as CoverageReport
    expect(report.segments).toEqual(expectedCoverage(closed, FROM, TO).segments)
    expect(report.summary.coveredMinutes).toBeLessThan(expectedCoverage(FLEET, FROM, TO).summary.coveredMinutes)
    const bad = await cli(['coverage', 'fleet.json', ...WEEK, '--exceptions', 'bad-exceptions.json'])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('exceptions[0].date: ')
    expect(bad.stderr.match(/exceptions\[0\]\.date/g)).toHaveLength(1)
  })

  it('--svg writes a well-formed heat map: a row per local day, gaps red, text escaped', async () => {
    const { code, written, stderr } = await cli(['coverage', 'a&b<fleet>.json', ...WEEK, '--tz', 'America/New_York', '--svg', 'heat.svg'])
    expect(code).toBe(0)
    expect(stderr).toBe('Wrote the coverage heat map as SVG to heat.svg\n')
    const svg = written.get('heat.svg')!
    const root = parseXml(svg)
    expect(root.name).toBe('svg')
    const elements = allElements(root)
    expect(elements.filter((element) => element.attributes.get('class') === 'day')).toHaveLength(8)
    const cells = elements.filter((element) => element.attributes.get('class') === 'cells')
    // Each day's runs of cells add up to the 48 half hours (1,440 units).
    for (const day of elements.filter((element) => element.attributes.get('class') === 'day')) {
      const widths = day.children.filter((child) => child.name === 'rect').map((rect) => Number(rect.attributes.get('width')))
      expect(widths.reduce((sum, width) => sum + width, 0)).toBe(1440)
    }
    const gapTitles = cells.filter((rect) => rect.attributes.get('fill') === '#d32f2f').map((rect) => rect.children[0]!.text)
    expect(gapTitles).toContain('Mon 2026-11-30 20:00–20:30: no target (a gap)')
    expect(elements.find((element) => element.name === 'title')!.text).toBe('Coverage: 5 targets from a&b<fleet>.json')
  })

  it.each([['0'], ['367'], ['7.5'], ['x']])('--days %s is a usage error', async (days) => {
    for (const command of ['coverage', 'routes']) {
      const { code, stderr } = await cli([command, 'fleet.json', '--days', days])
      expect(code).toBe(2)
      expect(stderr.split('\n')[0]).toBe(`callhours: ${command}: --days must be a whole number from 1 to 366, got "${days}"`)
    }
  })

  it('needs the file, and knows --tz names only the display zone', async () => {
    const missing = await cli(['coverage'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('coverage: expected one file, <file>; got 0')
    const badZone = await cli(['coverage', 'fleet.json', '--tz', 'Mars'])
    expect(badZone.code).toBe(2)
    expect(badZone.stderr).toContain('callhours: --tz: Unknown time zone "Mars"')
    // The zone shown changes the text, never the answer.
    const inKyiv = JSON.parse((await cli(['coverage', 'fleet.json', ...WEEK, '--tz', 'Kyiv', '--json'])).stdout) as CoverageReport
    const inUtc = JSON.parse((await cli(['coverage', 'fleet.json', ...WEEK, '--json'])).stdout) as CoverageReport
    expect(inKyiv.timeZone).toBe('Europe/Kiev')
    expect(inUtc.timeZone).toBe('UTC')
    expect(inKyiv.segments).toEqual(inUtc.segments)
  })

  it('defaults to seven days from now, to the minute', async () => {
    const { stdout } = await cli(['coverage', 'fleet.json', '--json'], new Date('2026-11-30T10:07:31.5Z'))
    const report = JSON.parse(stdout) as CoverageReport
    expect([report.from, report.to]).toEqual(['2026-11-30T10:07:00.000Z', '2026-12-07T10:07:00.000Z'])
  })
})

describe('callhours routes', () => {
  it('--json is the library’s routing timeline', async () => {
    const { code, stdout } = await cli(['routes', 'fleet.json', ...WEEK, '--json'])
    expect(code).toBe(0)
    const report = JSON.parse(stdout) as RoutesReport
    const timeline = routingTimeline(FLEET, FROM, TO)
    expect(report).toEqual({
      timeZone: 'UTC',
      from: FROM.toISOString(),
      to: TO.toISOString(),
      segments: timeline.segments.map((segment) => ({ ...iso(segment), priority: segment.priority, shares: segment.shares.map((share) => ({ ...share })) })),
      skipped: [],
    })
    expect(report.segments.some((segment) => segment.priority === null)).toBe(true)
  })

  it('prints each span with its tier and shares, and the gaps', async () => {
    const { code, stdout } = await cli(['routes', 'fleet.json', '--from', '2026-11-30T13:00Z', '--days', '1', '--tz', 'America/New_York', '--no-color'])
    expect(code).toBe(0)
    const lines = stdout.split('\n')
    // Monday 08:00–09:00 EST (13:00–14:00Z): Chicago (weight 1) and Kyiv (weight 2) at priority 1; NY overflow waits at 2.
    const first = lines.findIndex((line) => line.startsWith('Mon 2026-11-30 08:00 EST → Mon 09:00 EST'))
    expect(lines[first]).toBe('Mon 2026-11-30 08:00 EST → Mon 09:00 EST   2026-11-30T13:00Z → 2026-11-30T14:00Z   1h')
    expect(lines.slice(first + 1, first + 5)).toEqual([
      '  priority 1 first:',
      '        0%  target 2 "NY overflow"  (priority 2: tried after)',
      '     33.3%  target 3 "Chicago support"',
      '     66.7%  target 5 "Kyiv support"',
    ])
    const gap = lines.findIndex((line) => line.startsWith('Mon 2026-11-30 20:00 EST → Mon 20:30 EST'))
    expect(lines[gap + 1]).toBe('  no target accepts calls')
  })
})
