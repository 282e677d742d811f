/**
 * renderCoverageGrid and renderCoverageSvg (issue 20, items 3 and 10): the text grid and the heat
 * map of a coverage grid, drawn by the library. Named cases for each detail the issue lists.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { coverage, coverageGrid, parseTarget, renderCoverageGrid, renderCoverageSvg, renderWeekSvg, scheduleFromIntervals, type CoverageGrid, type CoverageGridCell } from '../../src/index'

const cell = (least: number | null, most = least, extra: Partial<CoverageGridCell> = {}): CoverageGridCell => ({
  minutes: least === null ? 0 : 720,
  least,
  most,
  gap: least === 0,
  handOver: false,
  skippedMinutes: 0,
  repeatedMinutes: 0,
  ...extra,
})
const grid = (rows: { date: string; weekday?: string; cells: CoverageGridCell[] }[], cellMinutes = 720): CoverageGrid => ({
  timeZone: 'UTC',
  cellMinutes,
  targets: 0,
  rows: rows.map((row) => ({ weekday: 'Mon', ...row })),
})

/** The legend labels of an SVG, in order. */
const legendOf = (svg: string) => [...svg.matchAll(/class="legend-label"[^>]*>([^<]*)</g)].map((m) => m[1])

describe('renderCoverageGrid', () => {
  it('shows a big fleet\'s counts on a scale, never "+" (50,000 targets)', () => {
    const text = renderCoverageGrid(grid([{ date: '2026-11-30', cells: [cell(48_000), cell(12)] }]))
    expect(text.split('\n')[1]).toBe('Mon 2026-11-30 KA')
    expect(text).not.toContain('+')
    expect(text).toContain('K 20,000–49,999 targets')
    expect(text).toContain('A 10–19 targets')
  })

  it('keeps rows in line for years past 9999 and writes 1 BC and 2 BC as ISO years', () => {
    const text = renderCoverageGrid(grid([{ date: '9999-12-31', cells: [cell(1), cell(1)] }, { date: '+010000-01-01', cells: [cell(2), cell(2)] }]), { legend: false })
    const [, first, second] = text.split('\n')
    expect(first).toBe('Mon 9999-12-31    11')
    expect(second).toBe('Mon +010000-01-01 22')
    // Coverage at the start of year 0 (1 BC) in UTC: the rows are 0000-01-01 and the day before, -000001-12-31.
    const from = Date.parse('0000-01-01T00:00:00Z') - 3_600_000
    const rows = coverageGrid(coverage([], from, from + 2 * 3_600_000), { timeZone: 'UTC', cellMinutes: 60 }).rows
    expect(rows.map((row) => row.date)).toEqual(['-000001-12-31', '0000-01-01'])
    expect(renderCoverageGrid(coverageGrid(coverage([], from, from + 2 * 3_600_000), { timeZone: 'UTC', cellMinutes: 60 })).split('\n')[1]!.startsWith('Fri -000001-12-31 ')).toBe(true)
  })

  it('names in its legend every mark it uses and no other', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.oneof(fc.constant(null), fc.constant(0), fc.integer({ min: 1, max: 70_000 }), fc.constant(-1)), { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 4 }),
        (rowsOfCounts) => {
          const rows = rowsOfCounts.map((counts, r) => ({
            date: `2026-12-0${r + 1}`,
            cells: counts.map((n) => (n === -1 ? cell(null, null, { skippedMinutes: 720 }) : cell(n, n === null ? null : n + (n > 0 ? 0 : 0)))),
          }))
          const text = renderCoverageGrid(grid(rows))
          const lines = text.split('\n')
          const marks = new Set(lines.slice(1, 1 + rows.length).flatMap((line) => [...line.slice(15)]))
          const legend = lines[lines.length - 1]!
          for (const mark of marks) {
            if (/[1-9]/.test(mark)) expect(legend).toContain('1–9 that many targets')
            else if (mark === ' ') expect(legend).toContain('(blank) outside the window')
            else expect(legend).toContain(`${mark} `)
          }
          for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') if (!marks.has(letter)) expect(legend).not.toMatch(new RegExp(`(^|  )${letter} `))
        },
      ),
      { numRuns: 50 },
    )
  })

  it('refuses what is not a grid', () => {
    expect(() => renderCoverageGrid({} as CoverageGrid)).toThrow(/needs what coverageGrid answered/)
    expect(() => renderCoverageGrid(grid([{ date: '2026-11-30', cells: [cell(1)] }]))).toThrow(/rows\[0\] is not a row of 2 cells/)
    expect(() => renderCoverageGrid(grid([]), { legend: 'yes' } as never)).toThrow(TypeError)
  })
})

describe('renderCoverageSvg', () => {
  it('titles cells the clock skips "skipped by the clock", not "outside the window" (New York, 2026-03-08 02:00–03:00)', () => {
    const from = Date.UTC(2026, 2, 8, 5)
    const to = Date.UTC(2026, 2, 8, 9)
    const svg = renderCoverageSvg(coverageGrid(coverage([], from, to), { timeZone: 'America/New_York', cellMinutes: 60 }))
    expect(svg).toContain('<title>Sun 2026-03-08 02:00–03:00: skipped by the clock</title>')
    expect(legendOf(svg)).toEqual(['no target (a gap)', 'skipped by the clock', 'outside the window'])
  })

  it('has a legend entry for every colour it uses and no other: no "5 or more", no entry for marks not drawn', () => {
    const svg = renderCoverageSvg(grid([{ date: '2026-11-30', cells: [cell(3), cell(700)] }]))
    expect(legendOf(svg)).toEqual(['2–4 targets', '100–999 targets'])
    const fills = new Set([...svg.matchAll(/class="cells"[^>]* fill="([^"]+)"/g)].map((m) => m[1]))
    const swatches = new Set([...svg.matchAll(/class="legend-swatch"[^>]* fill="([^"]+)"/g)].map((m) => m[1]))
    expect(swatches).toEqual(fills)
  })

  it('fits every label: day labels of years past 9999 and a long legend stay inside the drawing, legend entries do not overlap', () => {
    const counts = [1, 3, 7, 20, 200, 5000, 0]
    const cells = [...counts.map((n) => cell(n)), cell(0, 1)]
    const other = [cell(null, null, { skippedMinutes: 180 }), cell(null), ...Array.from({ length: 6 }, () => cell(1))]
    const svg = renderCoverageSvg(grid([{ date: '+275760-09-12', weekday: 'Fri', cells }, { date: '+275760-09-13', weekday: 'Sat', cells: other }], 180))
    const viewBox = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)!
    const width = Number(viewBox[1])
    const label = /class="day-label" x="(\d+)"[^>]*font-size="(\d+)"[^>]*>([^<]*)</.exec(svg)!
    // Text anchored at its end: it starts label.length × 0.62 em to the left of x (a generous width per character).
    expect(Number(label[1]) - label[3]!.length * Number(label[2]) * 0.62).toBeGreaterThanOrEqual(0)
    const entries = [...svg.matchAll(/class="legend-label" x="(\d+)" y="(\d+)">([^<]*)</g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), text: m[3]! }))
    expect(entries.map((e) => e.text)).toEqual(['1 target', '2–4 targets', '5–9 targets', '10–99 targets', '100–999 targets', '1,000 or more targets', 'no target (a gap)', 'a gap in part of it', 'skipped by the clock', 'outside the window'])
    entries.forEach((entry, i) => {
      const end = entry.x + entry.text.length * 28 * 0.62
      expect(end).toBeLessThanOrEqual(width)
      const next = entries[i + 1]
      if (next !== undefined && next.y === entry.y) expect(next.x).toBeGreaterThanOrEqual(end)
    })
  })

  it('escapes text with the escaper renderWeekSvg uses', () => {
    const title = 'Sales & "Support" <24/7>\u0007'
    const svg = renderCoverageSvg(grid([{ date: '2026-11-30', cells: [cell(1), cell(1)] }]), { title, summary: '<desc>' })
    const week = renderWeekSvg({ intervals: [] }, { title })
    const titleOf = (text: string) => /<title>([^<]*)<\/title>/.exec(text)![1]
    expect(titleOf(svg)).toBe('Sales &amp; &quot;Support&quot; &lt;24/7&gt;\uFFFD')
    expect(titleOf(svg)).toBe(titleOf(week))
    expect(svg).toContain('<desc>&lt;desc&gt;</desc>')
  })

  it('says a hand-over and repeated minutes in the cell\'s title', () => {
    const target = (id: number, start: number, end: number) => ({ ...parseTarget({ id, time_zone: 'UTC' }), schedule: scheduleFromIntervals([{ start, end }]) })
    // Monday 2026-11-30: target 1 09:00–10:10, target 2 10:10–11:00; hourly cells.
    const svg = renderCoverageSvg(coverageGrid(coverage([target(1, 1980, 2050), target(2, 2050, 2100)], Date.UTC(2026, 10, 30, 9), Date.UTC(2026, 10, 30, 11)), { timeZone: 'UTC', cellMinutes: 60 }))
    expect(svg).toContain('<title>Mon 2026-11-30 10:00–11:00: 1 target; a hand-over inside</title>')
    expect(() => renderCoverageSvg(grid([]), { width: -1 })).toThrow(RangeError)
  })
})
