/**
 * wallClockAt (issue 20, item 4): the zone engine's wall clock, public. Named examples at the
 * edges, then a property against Intl read directly (test/oracles/wallClock.ts).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { wallClockAt } from '../../src/index'
import { readClock, offsetMs } from '../oracles/wallClock'
import { CALENDAR_ZONES } from '../calendar/arbitraries'

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']

describe('wallClockAt: examples', () => {
  it('reads Chatham across its 02:45 → 03:45 spring forward (2026-09-26 14:00Z)', () => {
    // 13:59Z is 02:44 +12:45; 14:00Z is 03:45 +13:45.
    expect(wallClockAt(Date.UTC(2026, 8, 26, 13, 59), 'Pacific/Chatham')).toEqual({ date: '2026-09-27', weekday: 'Sun', minuteOfDay: 164, offsetMinutes: 765 })
    expect(wallClockAt(Date.UTC(2026, 8, 26, 14), 'Pacific/Chatham')).toEqual({ date: '2026-09-27', weekday: 'Sun', minuteOfDay: 225, offsetMinutes: 825 })
  })

  it('reads a Retreaver zone name, a Date, and keeps seconds out of the minute', () => {
    expect(wallClockAt(new Date('2026-07-01T13:00:59.999Z'), 'Eastern Time (US & Canada)')).toEqual({ date: '2026-07-01', weekday: 'Wed', minuteOfDay: 540, offsetMinutes: -240 })
  })

  it('gives New York its local mean time before 1883 (−4:56:02) as fractional minutes', () => {
    expect(wallClockAt(Date.UTC(1880, 0, 15, 12), 'America/New_York').offsetMinutes).toBeCloseTo(-(4 * 60 + 56 + 2 / 60), 9)
  })

  it('writes years as toISOString does: 1 BC is 0000, 2 BC is -000001, 10000 is +010000', () => {
    expect(wallClockAt(new Date('0000-12-31T23:59:00Z'), 'UTC')).toEqual({ date: '0000-12-31', weekday: 'Sun', minuteOfDay: 1439, offsetMinutes: 0 })
    expect(wallClockAt(new Date('-000001-01-01T00:00:00Z'), 'UTC').date).toBe('-000001-01-01')
    expect(wallClockAt(new Date('+010000-01-01T00:00:00Z'), 'UTC').date).toBe('+010000-01-01')
    expect(wallClockAt(8.64e15, 'UTC').date).toBe('+275760-09-13')
  })

  it('refuses what is not an instant or a zone, as every query does', () => {
    expect(() => wallClockAt(Number.NaN, 'UTC')).toThrow(RangeError)
    expect(() => wallClockAt(1e300, 'UTC')).toThrow(RangeError)
    expect(() => wallClockAt('2026-01-01' as unknown as number, 'UTC')).toThrow(TypeError)
    expect(() => wallClockAt(0, 42 as unknown as string)).toThrow(TypeError)
    expect(() => wallClockAt(0, 'Mars/Olympus')).toThrow(RangeError)
    expect(wallClockAt(0.5, 'UTC')).toEqual(wallClockAt(0, 'UTC'))
  })

  it('hands out a frozen reading', () => {
    expect(Object.isFrozen(wallClockAt(0, 'UTC'))).toBe(true)
  })
})

describe('wallClockAt: property', () => {
  it('agrees with Intl on the date, weekday, minute and offset, 1900–2100, in zones with :30 and :45 offsets and changes', () => {
    const zones = [...CALENDAR_ZONES, 'Pacific/Chatham', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/St_Johns']
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }), (zone, ms) => {
        const reading = readClock(ms, zone)
        const clock = wallClockAt(ms, zone)
        expect(clock.date).toBe(`${String(reading.year).padStart(4, '0')}-${String(reading.month).padStart(2, '0')}-${String(reading.day).padStart(2, '0')}`)
        expect(clock.minuteOfDay).toBe(reading.hour * 60 + reading.minute)
        expect(clock.weekday).toBe(WEEKDAYS[new Date(Date.UTC(reading.year, reading.month - 1, reading.day)).getUTCDay()])
        expect(clock.offsetMinutes).toBe(offsetMs(ms, zone) / 60_000)
      }),
      { numRuns: 300 },
    )
  })
})
