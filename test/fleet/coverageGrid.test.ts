/**
 * coverageGrid (issue 20, items 2–3): the coverage laid out on one zone's wall clock. Named
 * examples (the clock changes at :45 of Pacific/Chatham worked out by hand), errors, then
 * properties against the per-minute oracle (test/oracles/gridModel.ts, Intl read directly), on
 * synthetic coverages in zones with :15, :30 and :45 changes and on real fleets.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { coverage, coverageGrid, parseTarget, routingTimeline, scheduleFromIntervals, type Coverage, type CoverageGrid } from '../../src/index'
import { oracleAcceptingByMinute, segmentsOfMinutes } from '../oracles/fleetModel'
import { oracleGrid } from '../oracles/gridModel'
import { transitionsOf } from '../query/arbitraries'
import { fleetCaseArb, numRuns } from './arbitraries'

const MIN = 60_000
const HOUR = 3_600_000
const CHATHAM = 'Pacific/Chatham'

/** A coverage of one target open over `[open, close)` within `[from, to)`: segments by hand. */
function oneTarget(from: number, to: number, open: number, close: number): Coverage<number> {
  const segments = [
    { start: from, end: open, targets: [] },
    { start: open, end: close, targets: [7] },
    { start: close, end: to, targets: [] },
  ].filter((s) => s.end > s.start)
  return { from, to, targets: [7], segments, gaps: [], skipped: [] }
}

const cellsOf = (grid: CoverageGrid, row: number, first: number, count: number) =>
  grid.rows[row]!.cells.slice(first, first + count).map((c) => [c.minutes, c.least, c.skippedMinutes, c.repeatedMinutes])

describe('coverageGrid: the clock as it is (Pacific/Chatham, changes at :45)', () => {
  it('spring forward 02:45 +12:45 → 03:45 +13:45 (2026-09-27 local, 14:00Z): no cell blanked, none counted twice', () => {
    // 2026-09-26 13:00Z is 01:45 +12:45 on the 27th; 15:00Z is 04:45 +13:45. A target open the whole window.
    const from = Date.UTC(2026, 8, 26, 13)
    const to = Date.UTC(2026, 8, 26, 15)
    const grid = coverageGrid(oneTarget(from, to, from, to), { timeZone: CHATHAM })
    expect(grid.rows.map((row) => row.date)).toEqual(['2026-09-27'])
    // Cells 01:30 (3) to 05:00 (9): real minutes counted, the target count, skipped and repeated minutes.
    expect(cellsOf(grid, 0, 3, 7)).toEqual([
      [15, 1, 0, 0], // 01:45–02:00 (13:00–13:15Z)
      [30, 1, 0, 0], // 02:00–02:30
      [15, 1, 15, 0], // 02:30–02:45 read; 02:45–03:00 skipped
      [0, null, 30, 0], // 03:00–03:30 skipped
      [15, 1, 15, 0], // 03:30–03:45 skipped; 03:45–04:00 read (14:00–14:15Z)
      [30, 1, 0, 0],
      [15, 1, 0, 0], // 04:30–04:45 (14:45–15:00Z)
    ])
    const total = grid.rows[0]!.cells.reduce((sum, c) => sum + c.minutes, 0)
    expect(total).toBe(120)
  })

  it('fall back 03:45 +13:45 → 02:45 +12:45 (2026-04-05 local, 14:00Z): the repeated hour counted in its own cells', () => {
    // 2026-04-04 13:00Z is 02:45 +13:45; 14:00Z is 02:45 again at +12:45; 15:00Z is 03:45 +12:45.
    const from = Date.UTC(2026, 3, 4, 13)
    const to = Date.UTC(2026, 3, 4, 15)
    const grid = coverageGrid(oneTarget(from, to, from + 30 * MIN, to), { timeZone: CHATHAM })
    // The window reads 02:45–03:45 twice (13:00–14:00Z at +13:45, 14:00–15:00Z at +12:45); the
    // target opens at 13:30Z = 03:15 of the first pass.
    expect(cellsOf(grid, 0, 5, 3)).toEqual([
      [30, 0, 0, 15], // 02:30–03:00: 02:45–03:00 twice (13:00–13:15Z closed, 14:00–14:15Z open)
      [60, 0, 0, 30], // 03:00–03:30 twice (closed until 13:30Z)
      [30, 1, 0, 15], // 03:30–03:45 twice, open both times
    ])
    expect(grid.rows[0]!.cells.reduce((sum, c) => sum + c.minutes, 0)).toBe(120)
    expect(grid.rows[0]!.cells[5]!.gap).toBe(true)
    expect(grid.rows[0]!.cells[5]!.most).toBe(1)
  })
})

describe('coverageGrid: examples', () => {
  it('least, most, gap and hand-over per cell, in UTC half hours', () => {
    // Monday 2026-11-30: target 1 09:00–12:10, target 2 12:10–17:00 (a hand-over inside 12:00–12:30),
    // target 3 16:45–18:00 (overlap 16:45–17:00), nobody 18:00–18:20, target 3 again 18:20–19:00.
    const day = Date.UTC(2026, 10, 30)
    const at = (h: number, m = 0) => day + h * HOUR + m * MIN
    const segments = [
      { start: at(0), end: at(9), targets: [] },
      { start: at(9), end: at(12, 10), targets: [1] },
      { start: at(12, 10), end: at(16, 45), targets: [2] },
      { start: at(16, 45), end: at(17), targets: [2, 3] },
      { start: at(17), end: at(18), targets: [3] },
      { start: at(18), end: at(18, 20), targets: [] },
      { start: at(18, 20), end: at(19), targets: [3] },
      { start: at(19), end: at(24), targets: [] },
    ]
    const grid = coverageGrid({ from: day, to: at(24), targets: [1, 2, 3], segments, gaps: [], skipped: [] }, { timeZone: 'UTC' })
    const cell = (h: number, half: 0 | 1) => grid.rows[0]!.cells[h * 2 + half]!
    expect(cell(12, 0)).toEqual({ minutes: 30, least: 1, most: 1, gap: false, handOver: true, skippedMinutes: 0, repeatedMinutes: 0 })
    expect(cell(16, 1)).toEqual({ minutes: 30, least: 1, most: 2, gap: false, handOver: true, skippedMinutes: 0, repeatedMinutes: 0 })
    expect(cell(18, 0)).toEqual({ minutes: 30, least: 0, most: 1, gap: true, handOver: false, skippedMinutes: 0, repeatedMinutes: 0 })
    expect(cell(10, 0)).toEqual({ minutes: 30, least: 1, most: 1, gap: false, handOver: false, skippedMinutes: 0, repeatedMinutes: 0 })
    expect(cell(3, 0)).toEqual({ minutes: 30, least: 0, most: 0, gap: true, handOver: false, skippedMinutes: 0, repeatedMinutes: 0 })
    expect(grid.targets).toBe(3)
    expect(grid.cellMinutes).toBe(30)
  })

  it('rows are the local dates the window reads; cells outside the window have no minutes', () => {
    // 2026-11-30 20:00Z to 2026-12-01 06:00Z in New York (EST): Mon 15:00 to Tue 01:00.
    const from = Date.UTC(2026, 10, 30, 20)
    const to = Date.UTC(2026, 11, 1, 6)
    const grid = coverageGrid(oneTarget(from, to, from, to), { timeZone: 'America/New_York', cellMinutes: 60 })
    expect(grid.rows.map((r) => [r.date, r.weekday])).toEqual([['2026-11-30', 'Mon'], ['2026-12-01', 'Tue']])
    expect(grid.rows[0]!.cells.map((c) => c.minutes)).toEqual([...Array(15).fill(0), ...Array(9).fill(60)])
    expect(grid.rows[1]!.cells.map((c) => c.least)).toEqual([1, ...Array(23).fill(null)])
    expect(grid.timeZone).toBe('America/New_York')
  })

  it('weekOf draws the Monday-to-Sunday week holding a date, whatever the window', () => {
    const from = Date.UTC(2026, 10, 25)
    const to = Date.UTC(2026, 11, 10)
    const grid = coverageGrid(oneTarget(from, to, from, to), { timeZone: 'UTC', cellMinutes: 1440, weekOf: '2026-12-02' })
    expect(grid.rows.map((r) => `${r.weekday} ${r.date} ${r.cells[0]!.minutes}`)).toEqual([
      'Mon 2026-11-30 1440', 'Tue 2026-12-01 1440', 'Wed 2026-12-02 1440', 'Thu 2026-12-03 1440', 'Fri 2026-12-04 1440', 'Sat 2026-12-05 1440', 'Sun 2026-12-06 1440',
    ])
  })

  it('a date the clock skips entirely still has its row, every minute skipped (Apia, 2011-12-30)', () => {
    // Samoa went from −10 to +14 at 2011-12-30 10:00Z: 2011-12-29 23:59:59 → 2011-12-31 00:00.
    const from = Date.UTC(2011, 11, 30, 9)
    const to = Date.UTC(2011, 11, 30, 11)
    const grid = coverageGrid(oneTarget(from, to, from, to), { timeZone: 'Pacific/Apia', cellMinutes: 720 })
    expect(grid.rows.map((r) => [r.date, r.cells.map((c) => [c.minutes, c.skippedMinutes])])).toEqual([
      ['2011-12-29', [[0, 0], [60, 0]]],
      ['2011-12-30', [[0, 720], [0, 720]]],
      ['2011-12-31', [[60, 0], [0, 0]]],
    ])
  })

  it('takes a coverage in Dates and hands out frozen values', () => {
    const target = { ...parseTarget({ id: 1, time_zone: 'UTC' }), schedule: scheduleFromIntervals([{ start: 1440 + 540, end: 1440 + 1020 }]) }
    const grid = coverageGrid(coverage([target], new Date(Date.UTC(2026, 10, 30)), new Date(Date.UTC(2026, 11, 1))), { timeZone: 'UTC', cellMinutes: 60 })
    expect(grid.rows[0]!.cells.map((c) => c.least)).toEqual([...Array(9).fill(0), ...Array(8).fill(1), ...Array(7).fill(0)])
    expect(Object.isFrozen(grid)).toBe(true)
    expect(Object.isFrozen(grid.rows)).toBe(true)
    expect(Object.isFrozen(grid.rows[0])).toBe(true)
    expect(Object.isFrozen(grid.rows[0]!.cells)).toBe(true)
    expect(Object.isFrozen(grid.rows[0]!.cells[0])).toBe(true)
  })
})

describe('coverageGrid: errors', () => {
  const c = oneTarget(0, HOUR, 0, HOUR)
  it('names a routingTimeline given instead of a coverage', () => {
    const timeline = routingTimeline([], 0, HOUR, { epochMs: true })
    expect(() => coverageGrid(timeline as unknown as Coverage<number>, { timeZone: 'UTC' })).toThrow(/segments\[0\] is a routingTimeline segment/)
    expect(() => coverageGrid(null as unknown as Coverage<number>, { timeZone: 'UTC' })).toThrow(TypeError)
    expect(() => coverageGrid([] as unknown as Coverage<number>, { timeZone: 'UTC' })).toThrow(/needs what coverage answered/)
  })
  it('refuses options it does not know, a missing zone, and cells that do not divide a day', () => {
    expect(() => coverageGrid(c, { timeZone: 'UTC', cellMinute: 60 } as never)).toThrow(/has no option "cellMinute"/)
    expect(() => coverageGrid(c, undefined as never)).toThrow(TypeError)
    expect(() => coverageGrid(c, { timeZone: 'Mars/Olympus' })).toThrow(RangeError)
    expect(() => coverageGrid(c, { timeZone: 'UTC', cellMinutes: 7 })).toThrow(/divides 1440/)
    expect(() => coverageGrid(c, { timeZone: 'UTC', weekOf: '2026-02-30' })).toThrow(RangeError)
  })
  it('reads segment instants with the one instant reader and says which is wrong', () => {
    const bad = { ...c, segments: [{ start: 0, end: 1e300, targets: [] }] }
    expect(() => coverageGrid(bad, { timeZone: 'UTC' })).toThrow(/segments\[0\]\.end must be a valid Date/)
    const holes = { ...c, segments: [{ start: 0, end: MIN, targets: [] }, { start: 2 * MIN, end: 3 * MIN, targets: [1] }] }
    expect(() => coverageGrid(holes, { timeZone: 'UTC' })).toThrow(/segments\[1\] starts at 120000, not where segments\[0\] ends/)
  })
  it('bounds the cells: five years of 1-minute cells is a RangeError naming the limit', () => {
    const long = oneTarget(0, 5 * 365 * 86_400_000, 0, HOUR)
    expect(() => coverageGrid(long, { timeZone: 'UTC', cellMinutes: 1 })).toThrow(/more than 500000/)
  })
})

describe('coverageGrid: properties against the per-minute oracle', () => {
  const ZONES = [CHATHAM, 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/St_Johns', 'America/New_York', 'Europe/London']
  const CELLS = [15, 30, 60, 90, 180]

  /** Per-minute id lists: random pieces of a few minutes to a few hours, ids from a pool of 4. */
  const synthetic = fc
    .record({
      zone: fc.constantFrom(...ZONES),
      pick: fc.nat(),
      before: fc.integer({ min: 0, max: 36 * 60 }),
      pieces: fc.array(fc.tuple(fc.integer({ min: 1, max: 300 }), fc.subarray([1, 2, 3, 4])), { minLength: 1, maxLength: 30 }),
      cellMinutes: fc.constantFrom(...CELLS),
    })
    .map(({ zone, pick, before, pieces, cellMinutes }) => {
      const changes = transitionsOf(zone)
      const from = Math.floor(changes[pick % changes.length]! / MIN) * MIN - before * MIN
      const minutes: number[][] = []
      for (const [length, ids] of pieces) for (let k = 0; k < length; k++) minutes.push(ids)
      return { zone, from, minutes, cellMinutes }
    })

  it('synthetic coverages near clock changes: every cell as the oracle counts it', () => {
    fc.assert(
      fc.property(synthetic, ({ zone, from, minutes, cellMinutes }) => {
        const segments = segmentsOfMinutes(minutes, from)
        const to = from + minutes.length * MIN
        const grid = coverageGrid({ from, to, targets: [1, 2, 3, 4], segments, gaps: [], skipped: [] }, { timeZone: zone, cellMinutes })
        expect(grid.rows).toEqual(oracleGrid(minutes, from, zone, cellMinutes))
      }),
      { numRuns: numRuns > 100 ? 300 : 25 },
    )
  })

  it('real fleets: the grid of coverage() is the grid of the per-minute accepting sets', () => {
    fc.assert(
      fc.property(fleetCaseArb({ caps: false, concurrency: false, maxTargets: 4, maxDays: 2 }), fc.constantFrom(...ZONES), fc.constantFrom(...CELLS), (c, zone, cellMinutes) => {
        const grid = coverageGrid(coverage(c.targets, c.from, c.to, { epochMs: true }), { timeZone: zone, cellMinutes })
        expect(grid.rows).toEqual(oracleGrid(oracleAcceptingByMinute(c.fleet, c.from, c.to), c.from, zone, cellMinutes))
      }),
      { numRuns: numRuns > 100 ? 150 : 10 },
    )
  })
})
