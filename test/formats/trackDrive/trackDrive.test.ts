import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BusinessHoursError } from '../../../src/ground/issues'
import { readTrackDrive, writeTrackDrive } from '../../../src/formats/index'
import { scheduleFromIntervals } from '../../../src/index'
import { scheduleArb } from '../../query/arbitraries'
import { entriesNearArb } from '../../calendar/arbitraries'
import { firstDifferentInstant } from '../sameInstants'
import { calendarOf, firstDifference, hostileInputs, RUNS, sealed, WINDOW_FROM, zoneArb } from '../callCenterCases'

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/formats/trackDrive/${name}`, import.meta.url), 'utf8')

describe('readTrackDrive', () => {
  it('reads a business range: several spans a day, overnight, 23:59 as the end of the day, the zone', () => {
    const read = readTrackDrive(fixture('business-range.json'))
    expect(read.issues).toEqual([])
    expect(read.ok).toBe(true)
    expect(read.timeZone).toBe('America/New_York')
    // Mon–Fri 09:00–12:00 and 13:00–17:00; Fri 22:00–Sat 02:00; Sun all day.
    expect(read.schedule!.intervals).toEqual([
      { start: 0, end: 1440 },
      { start: 1980, end: 2160 }, { start: 2220, end: 2460 },
      { start: 3420, end: 3600 }, { start: 3660, end: 3900 },
      { start: 4860, end: 5040 }, { start: 5100, end: 5340 },
      { start: 6300, end: 6480 }, { start: 6540, end: 6780 },
      { start: 7740, end: 7920 }, { start: 7980, end: 8220 },
      { start: 8520, end: 8760 },
    ])
  })

  it('reads the bare open_times list, 24:00, work_day false and invert', () => {
    const read = readTrackDrive([
      { day: 1, time_from: '09:00', time_to: '24:00' },
      { day: 2, time_from: '09:00', time_to: '17:00', work_day: false },
      { day: 3, time_from: '12:00', time_to: '13:00', invert: true },
      { day: 4, time_from: '00:00', time_to: '00:00', invert: true },
      { day: 5, time_from: '10:00', time_to: '10:00' },
    ], { timeZone: 'Central Time (US & Canada)' })
    expect(read.schedule!.intervals).toEqual([{ start: 1980, end: 2880 }, { start: 4320, end: 5040 }, { start: 5100, end: 7200 }])
    expect(read.timeZone).toBe('America/Chicago')
  })

  it('reads 23:59 as written when asked', () => {
    const read = readTrackDrive([{ day: 0, time_from: '09:00', time_to: '23:59' }], { closeAt2359: 'asWritten' })
    expect(read.schedule!.intervals).toEqual([{ start: 540, end: 1439 }])
  })

  it('Saturday overnight wraps to Sunday', () => {
    expect(readTrackDrive([{ day: 6, time_from: '22:00', time_to: '06:00' }]).schedule!.intervals).toEqual([{ start: 0, end: 360 }, { start: 9960, end: 10080 }])
  })

  it('reports every unreadable entry at its place, and a zone none of the names knows', () => {
    const read = readTrackDrive({ time_zone: 'Mars Standard Time', open_times: [{ day: '1', time_from: '9:00', time_to: '25:00' }, 'x', { day: 2, time_from: '9:00:00', time_to: '17:00', invert: 'yes' }] })
    expect(read.ok).toBe(false)
    expect(read.issues.map((issue) => [issue.path.join('.'), issue.code])).toEqual([
      ['time_zone', 'unknown_time_zone'],
      ['open_times.0.day', 'invalid_type'],
      ['open_times.0.time_to', 'invalid_minutes'],
      ['open_times.1', 'not_an_object'],
      ['open_times.2.time_from', 'invalid_minutes'],
      ['open_times.2.invert', 'invalid_type'],
    ])
  })

  it('turns hostile input into located issues in bounded time', () => {
    for (const input of hostileInputs()) {
      const started = performance.now()
      const read = readTrackDrive(input)
      expect(performance.now() - started).toBeLessThan(3000)
      if (!read.ok) expect(read.issues.length).toBeGreaterThan(0)
    }
  })

  it('refuses wrong options', () => {
    expect(() => readTrackDrive([], { closeAt2359: 'never' } as never)).toThrow(RangeError)
    expect(() => readTrackDrive([], { timeZone: 5 } as never)).toThrow(TypeError)
    expect(() => readTrackDrive([], { colseAt2359: 'x' } as never)).toThrow(TypeError)
  })
})

describe('writeTrackDrive', () => {
  it('writes the fixture back as it was read', () => {
    const read = readTrackDrive(fixture('business-range.json'))
    const written = writeTrackDrive(read.schedule!, { timeZone: read.timeZone })
    expect(written.losses).toEqual([])
    expect(readTrackDrive(written.value).schedule).toEqual(read.schedule)
  })

  it('cuts a span at midnight and says what it cannot write', () => {
    const week = scheduleFromIntervals([{ start: 8520, end: 8760 }, { start: 540, end: 1439 }])
    const written = writeTrackDrive(calendarOf(week, [{ date: '2026-12-25', closed: true }]))
    expect(written.value.open_times).toEqual([
      { day: 0, time_from: '09:00', time_to: '23:59' },
      { day: 5, time_from: '22:00', time_to: '23:59' },
      { day: 6, time_from: '00:00', time_to: '02:00' },
    ])
    expect(written.losses.map((loss) => [loss.code, loss.path])).toEqual([['approximated', ['schedule', 'intervals', 0]], ['not_supported', ['exceptions', 0]]])
  })

  it('refuses what is not hours', () => {
    // A hand-built schedule not in normal form is a data error, as for every query and writer.
    expect(() => writeTrackDrive({ intervals: [{ start: 5, end: 1 }] })).toThrow(BusinessHoursError)
    expect(() => writeTrackDrive(null as never)).toThrow(TypeError)
  })

  it('round trip: read(write(x)) is open at the same instants, or the losses say why', () => {
    fc.assert(
      fc.property(scheduleArb, zoneArb, (schedule, zone) => {
        const written = writeTrackDrive(sealed(schedule), { timeZone: zone })
        const read = readTrackDrive(JSON.stringify(written.value))
        expect(read.ok).toBe(true)
        const difference = firstDifference((from, to) => firstDifferentInstant(schedule.intervals, [], read.calendar!, zone, from, to))
        if (written.losses.length === 0) {
          expect(read.schedule!.intervals).toEqual(sealed(schedule).intervals)
          expect(difference).toBeUndefined()
        }
        else expect(written.losses.every((loss) => loss.code === 'approximated' && loss.message.includes('23:59'))).toBe(true)
      }),
      { numRuns: RUNS },
    )
  })

  it('round trip of calendars: the week comes back and every exception is a located loss', () => {
    fc.assert(
      fc.property(scheduleArb, zoneArb, entriesNearArb(WINDOW_FROM + 100 * 86_400_000), (schedule, zone, entries) => {
        const written = writeTrackDrive(calendarOf(schedule, entries), { timeZone: zone })
        expect(written.losses.filter((loss) => loss.code === 'not_supported').map((loss) => loss.path)).toEqual(entries.map((_, index) => ['exceptions', index]))
      }),
      { numRuns: 40 },
    )
  })
})
