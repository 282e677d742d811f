/**
 * Issue 19, items 5 and 6: days are signed (1969-12-31 is day −1), so no "no day found" sentinel may
 * be a day; and a date the clock skipped has no hours. Named examples, then a property over
 * 1900–2100 against the per-minute oracle (test/oracles/calendarModel.ts).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { EPOCH_MS, hoursOn, renderWeekGrid, isOpen, nextChange, nextClosing, nextOpening, openIntervals, scheduleFromIntervals, withExceptions } from '../../src/index'
import { oracleCalendarIsOpen, oracleHoursOn, oracleNextInState, oracleOpenSpans } from '../oracles/calendarModel'
import { localWallMs } from '../oracles/wallClock'
import { scheduleArb } from '../query/arbitraries'
import { entriesNearArb } from './arbitraries'

const DAY = 86_400_000
const closedWeek = scheduleFromIntervals([])
const allWeek = scheduleFromIntervals([{ start: 0, end: 7 * 1440 }])

describe('entries before 1970 are found by searches', () => {
  // 1969-12-31 (day −1) opens 09:00–17:00 in a week that is closed: the old sentinel −1 was that day.
  const lastDayOf1969 = withExceptions(closedWeek, [{ date: '1969-12-31', hours: [{ time_open: 900, time_close: 1700 }] }])

  it('nextOpening and nextChange find 1969-12-31 09:00 UTC', () => {
    expect(nextOpening(lastDayOf1969, Date.UTC(1969, 11, 29), 'UTC', EPOCH_MS)).toBe(Date.UTC(1969, 11, 31, 9))
    expect(nextChange(lastDayOf1969, Date.UTC(1969, 11, 29), 'UTC', EPOCH_MS)).toBe(Date.UTC(1969, 11, 31, 9))
    expect(isOpen(lastDayOf1969, Date.UTC(1969, 11, 31, 12), 'UTC')).toBe(true)
  })

  it('nextClosing finds a closure in 1950, openIntervals sees the 1969 day', () => {
    const closed1950 = withExceptions(allWeek, [{ from: '1950-06-01', to: '1950-06-03', closed: true }])
    expect(nextClosing(closed1950, Date.UTC(1950, 4, 20), 'Europe/London', EPOCH_MS)).toBe(Date.UTC(1950, 4, 31, 23))
    expect(openIntervals(lastDayOf1969, Date.UTC(1969, 11, 30), Date.UTC(1970, 0, 2), 'UTC', EPOCH_MS)).toEqual([{ start: Date.UTC(1969, 11, 31, 9), end: Date.UTC(1969, 11, 31, 17) }])
  })
})

describe('hoursOn on a date the clock skipped', () => {
  it('Pacific/Apia 2011-12-30 has no hours: []', () => {
    expect(hoursOn(allWeek, '2011-12-30', 'Pacific/Apia')).toEqual([])
    // The dates around it run: Thursday the 29th (−10) and Saturday the 31st (+14).
    expect(hoursOn(allWeek, '2011-12-29', 'Pacific/Apia', EPOCH_MS)).toEqual([{ start: Date.parse('2011-12-29T10:00:00Z'), end: Date.parse('2011-12-30T10:00:00Z') }])
    expect(hoursOn(allWeek, '2011-12-31', 'Pacific/Apia', EPOCH_MS)).toEqual([{ start: Date.parse('2011-12-30T10:00:00Z'), end: Date.parse('2011-12-31T10:00:00Z') }])
  })

  it('a dated week draws 2011-12-30 in Apia closed, not as if it ran', () => {
    const grid = renderWeekGrid(withExceptions(allWeek, []), { cellMinutes: 360, weekOf: '2011-12-30', timeZone: 'Pacific/Apia' })
    const friday = grid.split('\n').find((line) => line.startsWith('Fri 12-30'))!
    const thursday = grid.split('\n').find((line) => line.startsWith('Thu 12-29'))!
    expect(friday).not.toContain('█')
    expect(thursday).toContain('█')
  })

  it('a date beyond the range of instants is still a RangeError', () => {
    expect(() => hoursOn(allWeek, '+275760-09-14', 'UTC')).toThrow(RangeError)
  })
})

/** Zones whose offsets are whole minutes all through 1900–2100 (the oracle's walk needs them). */
const ZONES_1900 = ['UTC', 'America/New_York', 'Europe/London', 'Etc/GMT-3'] as const

const caseArb = fc
  .record({ zone: fc.constantFrom(...ZONES_1900), at: fc.integer({ min: Date.UTC(1900, 0, 10), max: Date.UTC(2100, 0, 1) }), schedule: scheduleArb })
  .chain((base) => entriesNearArb(base.at).map((entries) => ({ ...base, entries })))

describe('searches over 1900–2100 agree with the oracle (days are signed)', () => {
  it('nextOpening, nextClosing, nextChange, openIntervals and hoursOn', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: -3 * DAY, max: 3 * DAY }), (c, shift) => {
        const calendar = withExceptions(c.schedule, c.entries as never)
        const t = c.at + shift
        const week = c.schedule.intervals
        const open = oracleCalendarIsOpen(week, c.entries, c.zone, t)
        expect(isOpen(calendar, t, c.zone)).toBe(open)
        expect(openIntervals(calendar, t - DAY, t + 2 * DAY, c.zone, EPOCH_MS)).toEqual(oracleOpenSpans(week, c.entries, c.zone, t - DAY, t + 2 * DAY))
        const opening = oracleNextInState(week, c.entries, c.zone, t, true, 3 * DAY)
        if (opening !== null) expect(nextOpening(calendar, t, c.zone, EPOCH_MS)).toBe(opening)
        const closing = oracleNextInState(week, c.entries, c.zone, t, false, 3 * DAY)
        if (closing !== null) expect(nextClosing(calendar, t, c.zone, EPOCH_MS)).toBe(closing)
        const change = oracleNextInState(week, c.entries, c.zone, t, !open, 3 * DAY)
        if (change !== null) expect(nextChange(calendar, t, c.zone, EPOCH_MS)).toBe(change)
        const date = new Date(localWallMs(t, c.zone)).toISOString().slice(0, 10)
        expect(hoursOn(calendar, date, c.zone, EPOCH_MS)).toEqual(oracleHoursOn(week, c.entries, c.zone, date))
      }),
      { numRuns: Number(process.env.CALLHOURS_DEEP) ? 1000 : 30 },
    )
  })
})
