import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { renderWeekGrid } from '../../src/render/renderWeekGrid'
import { weeklyScheduleArb } from '../arbitraries'
import { ALL_DAYS, DAY_NAMES, WEEKDAYS, daily, openFlags, week } from './weekOracle'

const row = (grid: string, day: string): string => {
  const line = grid.split('\n').find((l) => l.startsWith(`${day} `))
  if (line === undefined) throw new Error(`no row ${day}`)
  return line.slice(4)
}

describe('renderWeekGrid — examples', () => {
  const officeHours = daily(WEEKDAYS, ['09:00', '17:30'])

  it('draws a ruler and a row per day, Monday first by default', () => {
    expect(renderWeekGrid(officeHours)).toBe(
      [
        '    00  02  04  06  08  10  12  14  16  18  20  22',
        'Mon ··················█████████████████·············',
        'Tue ··················█████████████████·············',
        'Wed ··················█████████████████·············',
        'Thu ··················█████████████████·············',
        'Fri ··················█████████████████·············',
        'Sat ················································',
        'Sun ················································',
      ].join('\n'),
    )
  })

  it('shows each cell kind: open, closed and partly open', () => {
    const grid = renderWeekGrid(officeHours, { cellMinutes: 60 })
    expect(grid.split('\n')[0]).toBe('    00 03 06 09 12 15 18 21')
    expect(row(grid, 'Mon')).toBe('·········████████▌······')
    expect(row(grid, 'Sat')).toBe('·'.repeat(24))
  })

  it('marks a cell partly open whether the open minutes are at its start, end or middle', () => {
    const grid = renderWeekGrid(week(['Mon 00:10', 'Mon 00:20'], ['Mon 01:00', 'Mon 01:01'], ['Mon 02:59', 'Mon 03:00']), {
      cellMinutes: 60,
    })
    expect(row(grid, 'Mon').slice(0, 4)).toBe('▌▌▌·')
  })

  it('uses 15-minute and 60-minute columns', () => {
    const quarter = renderWeekGrid(officeHours, { cellMinutes: 15 })
    expect(quarter.split('\n')[0]).toBe(`    ${Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0')).join('  ')}`)
    expect(row(quarter, 'Tue')).toBe(`${'·'.repeat(36)}${'█'.repeat(34)}${'·'.repeat(26)}`)
    expect(row(renderWeekGrid(officeHours, { cellMinutes: 60 }), 'Tue')).toHaveLength(24)
  })

  it('labels only the hours it has room for on coarse grids', () => {
    expect(renderWeekGrid({ intervals: [] }, { cellMinutes: 120 }).split('\n')[0]).toBe('    00 06 12 18')
    expect(renderWeekGrid({ intervals: [] }, { cellMinutes: 1440 }).split('\n')[0]).toBe('    00')
  })

  it('starts with Sunday on request', () => {
    const lines = renderWeekGrid(officeHours, { weekStart: 'sunday' }).split('\n')
    expect(lines.slice(1).map((l) => l.slice(0, 3))).toEqual([...ALL_DAYS])
    const mondayFirst = renderWeekGrid(officeHours).split('\n')
    expect(mondayFirst.slice(1).map((l) => l.slice(0, 3))).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'])
  })

  it('draws a span over midnight on both rows, also across Saturday→Sunday', () => {
    const grid = renderWeekGrid(week(['Fri 22:00', 'Sat 02:00'], ['Sat 23:00', 'Sun 01:00']), { cellMinutes: 60 })
    expect(row(grid, 'Fri')).toBe(`${'·'.repeat(22)}██`)
    expect(row(grid, 'Sat')).toBe(`██${'·'.repeat(21)}█`)
    expect(row(grid, 'Sun')).toBe(`█${'·'.repeat(23)}`)
  })

  it('draws an inverted day, a 24-hour day, the empty week and 24/7', () => {
    const grid = renderWeekGrid(daily(['Mon'], ['00:00', '09:00'], ['17:00', '24:00']), { cellMinutes: 60 })
    expect(row(grid, 'Mon')).toBe(`${'█'.repeat(9)}${'·'.repeat(8)}${'█'.repeat(7)}`)
    expect(row(renderWeekGrid(daily(['Wed'], ['00:00', '24:00'])), 'Wed')).toBe('█'.repeat(48))
    const empty = renderWeekGrid({ intervals: [] })
    expect(empty.split('\n').slice(1).every((l) => l.slice(4) === '·'.repeat(48))).toBe(true)
    const always = renderWeekGrid({ intervals: [{ start: 0, end: 10080 }] })
    expect(always.split('\n').slice(1).every((l) => l.slice(4) === '█'.repeat(48))).toBe(true)
  })

  it('takes custom marks, and only single characters', () => {
    const grid = renderWeekGrid(officeHours, { cellMinutes: 60, marks: { open: '#', closed: '.', partial: '+' } })
    expect(row(grid, 'Mon')).toBe('.........########+......')
    expect(row(renderWeekGrid(officeHours, { cellMinutes: 60, marks: { closed: ' ' } }), 'Mon')).toBe(
      '         ████████▌      ',
    )
    expect(() => renderWeekGrid(officeHours, { marks: { open: '##' } })).toThrow(/marks\.open.*"##"/)
    expect(() => renderWeekGrid(officeHours, { marks: { partial: '' } })).toThrow(RangeError)
  })

  it('rejects a cellMinutes that does not divide a day, naming it', () => {
    for (const bad of [7, 0, -30, 2.5, Number.NaN, 2880, 1441]) {
      expect(() => renderWeekGrid(officeHours, { cellMinutes: bad })).toThrow(RangeError)
      expect(() => renderWeekGrid(officeHours, { cellMinutes: bad })).toThrow(`got ${String(bad)}`)
    }
  })

  it('has no trailing spaces, no trailing newline and no escape codes', () => {
    const grid = renderWeekGrid(officeHours, { marks: { closed: ' ' } })
    expect(grid.endsWith('\n')).toBe(false)
    expect(grid.split('\n')[0]?.endsWith(' ')).toBe(false)
    expect(grid).not.toContain('\u001b')
  })
})

const DIVISORS_OF_A_DAY = [1, 5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 240, 360, 480, 720, 1440]

describe('renderWeekGrid — properties', () => {
  it('agrees cell by cell with a minute-by-minute count', () => {
    fc.assert(
      fc.property(
        weeklyScheduleArb,
        fc.constantFrom(...DIVISORS_OF_A_DAY),
        fc.constantFrom('sunday' as const, 'monday' as const),
        (schedule, cellMinutes, weekStart) => {
          const flags = openFlags(schedule)
          const lines = renderWeekGrid(schedule, { cellMinutes, weekStart }).split('\n')
          expect(lines).toHaveLength(8)
          const order = weekStart === 'sunday' ? [0, 1, 2, 3, 4, 5, 6] : [1, 2, 3, 4, 5, 6, 0]
          let openCells = 0
          let expectedOpenCells = 0
          order.forEach((day, index) => {
            const line = lines[index + 1] ?? ''
            expect(line.slice(0, 4)).toBe(`${DAY_NAMES[day]} `)
            const cells = Array.from(line.slice(4))
            let expectedRow = ''
            for (let cell = 0; cell < 1440 / cellMinutes; cell++) {
              let open = 0
              for (let m = 0; m < cellMinutes; m++) if (flags[day * 1440 + cell * cellMinutes + m]) open++
              const expected = open === cellMinutes ? '█' : open === 0 ? '·' : '▌'
              expectedRow += expected
              if (expected === '█') expectedOpenCells++
            }
            expect(cells.join('')).toBe(expectedRow)
            openCells += cells.filter((mark) => mark === '█').length
          })
          expect(openCells).toBe(expectedOpenCells)
        },
      ),
      { numRuns: 150 },
    )
  })
})
