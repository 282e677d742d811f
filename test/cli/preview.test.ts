import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PreviewReport } from '../../src/cli/commands/preview'
import { EXAMPLE_TARGET_RESPONSE } from '../../src/cli/example'
import { openIntervals, parseBusinessHours, renderWeekGrid, renderWeekSvg } from '../../src/index'
import { allElements, parseXml } from '../render/wellFormedXml'
import { buildOnce, ROOT } from './buildOnce'
import { fixture, runBuilt } from './harness'

let cli: string
let scratch: string
beforeAll(async () => {
  cli = await buildOnce()
  scratch = mkdtempSync(join(tmpdir(), 'callhours-preview-'))
}, 240_000)
afterAll(() => {
  if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true })
})

const readTarget = (name: string) =>
  JSON.parse(readFileSync(join(ROOT, fixture(name)), 'utf8')) as { target?: { business_hours: unknown }; business_hours?: unknown }

const newYorkSchedule = parseBusinessHours(readTarget('target-new-york.json').target?.business_hours)

describe('callhours preview --json (built command)', () => {
  it('prints the spans openIntervals gives, across the spring-forward weekend', () => {
    const { code, stdout } = runBuilt(cli, ['preview', fixture('target-new-york.json'), '--from', '2026-03-06T00:00-05:00', '--days', '4', '--json'])
    expect(code).toBe(0)
    const report = JSON.parse(stdout) as PreviewReport
    const from = new Date('2026-03-06T05:00Z')
    const to = new Date(from.getTime() + 4 * 86_400_000)
    expect(report).toEqual({
      timeZone: 'America/New_York',
      from: from.toISOString(),
      to: to.toISOString(),
      spans: openIntervals(newYorkSchedule, from, to, 'America/New_York').map((s) => ({ start: s.start.toISOString(), end: s.end.toISOString() })),
    })
    expect(report.spans).toEqual([
      { start: '2026-03-06T14:00:00.000Z', end: '2026-03-06T22:00:00.000Z' },
      { start: '2026-03-07T15:00:00.000Z', end: '2026-03-07T19:00:00.000Z' },
      { start: '2026-03-09T13:00:00.000Z', end: '2026-03-09T21:00:00.000Z' },
    ])
  })

  it('merges a span over midnight into one, in the target’s zone (Berlin, Fri 22:00–Sat 02:00)', () => {
    const { stdout } = runBuilt(cli, ['preview', fixture('bare-target-berlin.json'), '--from', '2026-03-27T00:00Z', '--days', '3', '--json'])
    const report = JSON.parse(stdout) as PreviewReport
    expect(report.spans).toEqual([{ start: '2026-03-27T21:00:00.000Z', end: '2026-03-28T01:00:00.000Z' }])
  })

  it('starts at the current minute by default and covers 7 days', () => {
    const before = Math.floor(Date.now() / 60_000) * 60_000
    const { stdout } = runBuilt(cli, ['preview', '--json'])
    const report = JSON.parse(stdout) as PreviewReport
    const from = new Date(report.from).getTime()
    expect(from % 60_000).toBe(0)
    expect(from).toBeGreaterThanOrEqual(before)
    expect(new Date(report.to).getTime() - from).toBe(7 * 86_400_000)
    const schedule = parseBusinessHours(EXAMPLE_TARGET_RESPONSE.target.business_hours)
    expect(report.spans).toEqual(
      openIntervals(schedule, from, new Date(report.to), 'UTC').map((s) => ({ start: s.start.toISOString(), end: s.end.toISOString() })),
    )
  })
})

describe('callhours preview (built command, text and SVG)', () => {
  it('prints the grid, then each span in local time and UTC with its length', () => {
    const { code, stdout } = runBuilt(cli, ['preview', fixture('target-new-york.json'), '--from', '2026-03-06T00:00-05:00', '--days', '4'])
    expect(code).toBe(0)
    expect(stdout).toContain(`\n${renderWeekGrid(newYorkSchedule)}\n`)
    expect(stdout).toContain('Open in the 4 days from Fri 2026-03-06 00:00 EST:')
    expect(stdout).toMatch(/Fri 2026-03-06 09:00 EST → Fri 17:00 EST +2026-03-06T14:00Z → 2026-03-06T22:00Z +8h/)
    expect(stdout).toMatch(/Sat 2026-03-07 10:00 EST → Sat 14:00 EST +2026-03-07T15:00Z → 2026-03-07T19:00Z +4h/)
    expect(stdout).toMatch(/Mon 2026-03-09 09:00 EDT → Mon 17:00 EDT +2026-03-09T13:00Z → 2026-03-09T21:00Z +8h/)
  })

  it('says when the window holds nothing', () => {
    const { code, stdout } = runBuilt(cli, ['preview', fixture('never-open.json'), '--days', '1'])
    expect(code).toBe(0)
    expect(stdout).toContain('nothing: closed for the whole window')
  })

  it('writes the week as SVG that parses as XML, with title, zone and a marker at --from', () => {
    const out = join(scratch, 'week.svg')
    const { code, stderr } = runBuilt(cli, ['preview', fixture('target-new-york.json'), '--from', '2026-03-06T00:00-05:00', '--svg', out])
    expect(code).toBe(0)
    expect(stderr).toContain(`Wrote the week as SVG to ${out}`)
    const svg = readFileSync(out, 'utf8')
    const root = parseXml(svg)
    expect(root.name).toBe('svg')
    expect(root.children.find((c) => c.name === 'title')?.text).toBe('Target 12 "Sales"')
    expect(allElements(root).some((e) => e.text === 'Time zone: America/New_York')).toBe(true)
    // Friday 00:00 local: week minute 5 × 1440.
    expect(svg).toBe(
      `${renderWeekSvg(newYorkSchedule, { title: 'Target 12 "Sales"', timeZone: 'America/New_York', now: { weekMinute: 5 * 1440 } })}\n`,
    )
  })

  it('exits 2 for a bad --days, --from or an unwritable --svg', () => {
    for (const days of ['0', '367', '1.5', 'x']) {
      const { code, stderr } = runBuilt(cli, ['preview', '--days', days])
      expect(code).toBe(2)
      expect(stderr).toContain('--days must be a whole number from 1 to 366')
    }
    const from = runBuilt(cli, ['preview', '--from', 'tomorrow'])
    expect(from.code).toBe(2)
    const svg = runBuilt(cli, ['preview', '--svg', join(scratch, 'no-such-dir', 'x.svg')])
    expect(svg.code).toBe(2)
    expect(svg.stderr).toContain('cannot write the SVG: no such file or directory')
    expect(svg.stderr).not.toMatch(/\n\s+at /)
  })
})
