import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { describeSchedule, scheduleFromIntervals, withExceptions } from '../../../src/index'
import { readSchemaOrg, writeSchemaOrg } from '../../../src/formats/index'
import { firstDifferentInstant } from '../sameInstants'
import { osmCalendarArb, YEARS } from '../osm/osmCases'

const FIXTURE = readFileSync(new URL('../../fixtures/formats/schemaOrg/localBusiness.json', import.meta.url), 'utf8')
const DAY = 86_400_000

describe('readSchemaOrg', () => {
  it('reads a LocalBusiness (JSON text or parsed): regular, past midnight, all day, special days and ranges', () => {
    for (const input of [FIXTURE, JSON.parse(FIXTURE) as unknown]) {
      const read = readSchemaOrg(input, { timeZone: 'America/Chicago' })
      expect(read.ok).toBe(true)
      expect(read.timeZone).toBe('America/Chicago')
      expect(describeSchedule(read.calendar!)).toBe(
        'Mon–Tue 11:30–22:00, Wed–Fri 11:30–23:00, Sat 16:00–24:00, Sun open 24 hours; exceptions: 2026-12-24 11:30–15:00, 2026-12-25 closed, 2027-01-04 to 2027-01-15 16:00–22:00',
      )
      expect(read.losses).toEqual([])
    }
  })

  it('reads the midnight literals of the convention', () => {
    const week = (opens: string, closes: string, options = {}): unknown => readSchemaOrg([{ dayOfWeek: 'Monday', opens, closes }], options).schedule?.intervals
    expect(week('00:00', '23:59')).toEqual([{ start: 1440, end: 2880 }])
    expect(week('00:00', '23:59:59')).toEqual([{ start: 1440, end: 2880 }])
    expect(week('00:00', '24:00')).toEqual([{ start: 1440, end: 2880 }])
    expect(week('00:00', '00:00')).toEqual([])
    expect(week('18:00', '00:00')).toEqual([{ start: 2520, end: 2880 }])
    expect(week('22:00', '02:00')).toEqual([{ start: 2760, end: 3000 }])
    expect(week('00:00', '23:59', { lastMinute: 'asWritten' })).toEqual([{ start: 1440, end: 2879 }])
  })

  it('reads the openingHours text form, a bare specification and @graph', () => {
    expect(readSchemaOrg({ openingHours: ['Mo-Fr 09:00-17:00', 'Sa 10:00-14:00'] }).schedule?.intervals).toHaveLength(6)
    expect(readSchemaOrg({ openingHours: 'Mo-Fr 10:00-19:00 Sa 10:00-22:00' }).schedule?.intervals).toHaveLength(6)
    expect(readSchemaOrg({ dayOfWeek: ['Sunday'], opens: '10:00', closes: '12:00' }).schedule?.intervals).toEqual([{ start: 600, end: 720 }])
    expect(readSchemaOrg({ '@graph': [{ '@type': 'WebSite' }, { '@type': 'Store', openingHours: 'Mo 09:00-10:00' }] }).schedule?.intervals).toEqual([{ start: 1980, end: 2040 }])
    const both = readSchemaOrg({ openingHours: 'Mo-Fr 09:00-17:00', openingHoursSpecification: [{ dayOfWeek: 'Monday', opens: '09:00', closes: '17:00' }] })
    expect(both.losses.map((loss) => [loss.code, loss.path])).toEqual([['not_supported', ['openingHours']]])
  })

  it('reads special hours restricted to weekdays as single dates, and says what it cannot carry', () => {
    const read = readSchemaOrg([
      { dayOfWeek: 'Friday', opens: '08:00', closes: '22:00', validFrom: '2026-11-23', validThrough: '2026-11-29' },
      { dayOfWeek: 'PublicHolidays', opens: '10:00', closes: '12:00' },
      { validFrom: '2026-12-31', validThrough: '2026-12-31', opens: '20:00', closes: '02:00' },
    ])
    expect(read.exceptions).toEqual([
      { date: '2026-11-27', hours: [{ time_open: 800, time_close: 2200 }] },
      { date: '2026-12-31', hours: [{ time_open: 2000, time_close: 2400 }] },
    ])
    expect(read.losses.map((loss) => [loss.code, loss.path])).toEqual([
      ['not_supported', [1, 'dayOfWeek']],
      ['not_supported', [2, 'closes']],
    ])
  })

  it('gives located issues for what is not schema.org hours, in bounded time', () => {
    const cases: [unknown, string, (string | number)[]][] = [
      ['{not json', 'unreadable', []],
      [42, 'not_an_object', []],
      [{ name: 'x' }, 'missing_field', ['openingHoursSpecification']],
      [[{ dayOfWeek: 'Mon', opens: '09:00', closes: '17:00' }], 'out_of_range', [0, 'dayOfWeek']],
      [{ openingHoursSpecification: [{ dayOfWeek: 'Monday', opens: '9am', closes: '17:00' }] }, 'invalid_minutes', ['openingHoursSpecification', 0, 'opens']],
      [[{ dayOfWeek: 'Monday', opens: '09:00' }], 'missing_field', [0, 'closes']],
      [[{ validFrom: '2026-02-30', opens: '09:00', closes: '10:00' }], 'invalid_date', [0, 'validFrom']],
      [[{ validFrom: '2026-03-02', validThrough: '2026-03-01' }], 'out_of_order', [0, 'validThrough']],
      [[42], 'not_an_object', [0]],
      [{ openingHours: 'Mo-Xx 09:00' }, 'unreadable', ['openingHours', 'rule', 0]],
    ]
    for (const [input, code, path] of cases) {
      const read = readSchemaOrg(input)
      expect(read.ok, JSON.stringify(input)).toBe(false)
      expect(read.issues[0]).toMatchObject({ code, path })
    }
    const huge = new Array(1_000_000).fill({ dayOfWeek: 'Monday', opens: 'x', closes: '10:00' })
    const started = Date.now()
    const read = readSchemaOrg(huge)
    expect(Date.now() - started).toBeLessThan(5000)
    expect(read.ok).toBe(false)
    let nested: unknown = { opens: '09:00' }
    for (let i = 0; i < 100_000; i++) nested = [nested]
    expect(readSchemaOrg(nested).ok).toBe(false)
  })
})

describe('writeSchemaOrg', () => {
  it('writes day groups, spans past midnight, whole days, and special hours', () => {
    // Mon–Fri 09:00–17:00, Saturday 22:00 to Sunday 02:00, Sunday 10:00–24:00
    const week = scheduleFromIntervals([{ start: 0, end: 120 }, { start: 600, end: 1440 }, ...[1, 2, 3, 4, 5].map((day) => ({ start: day * 1440 + 540, end: day * 1440 + 1020 })), { start: 9960, end: 10080 }])
    const calendar = withExceptions(week, [
      { from: '2026-12-24', to: '2026-12-31', hours: [{ time_open: 1000, time_close: 1400 }] },
      { date: '2026-12-25', closed: true },
      { date: '--01-01', closed: true },
    ])
    const written = writeSchemaOrg(calendar, { years: [2027], dayNames: 'name' })
    expect(written.value).toEqual({
      '@context': 'https://schema.org',
      '@type': 'LocalBusiness',
      openingHoursSpecification: [
        { '@type': 'OpeningHoursSpecification', dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'], opens: '09:00', closes: '17:00' },
        { '@type': 'OpeningHoursSpecification', dayOfWeek: ['Saturday'], opens: '22:00', closes: '02:00' },
        { '@type': 'OpeningHoursSpecification', dayOfWeek: ['Sunday'], opens: '10:00', closes: '23:59' },
      ],
      specialOpeningHoursSpecification: [
        { '@type': 'OpeningHoursSpecification', validFrom: '2026-12-24', validThrough: '2026-12-24', opens: '10:00', closes: '14:00' },
        { '@type': 'OpeningHoursSpecification', validFrom: '2026-12-25', validThrough: '2026-12-25', opens: '00:00', closes: '00:00' },
        { '@type': 'OpeningHoursSpecification', validFrom: '2026-12-26', validThrough: '2026-12-31', opens: '10:00', closes: '14:00' },
        { '@type': 'OpeningHoursSpecification', validFrom: '2027-01-01', validThrough: '2027-01-01', opens: '00:00', closes: '00:00' },
      ],
    })
    expect(written.losses.map((loss) => [loss.code, loss.path])).toEqual([['expanded', ['exceptions', 2]]])
    expect(writeSchemaOrg(scheduleFromIntervals([{ start: 0, end: 10080 }]), { shape: 'list', endOfDay: '24:00' }).value).toEqual([
      { '@type': 'OpeningHoursSpecification', dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((day) => `https://schema.org/${day}`), opens: '00:00', closes: '24:00' },
    ])
  })

  it('refuses wrong arguments and options', () => {
    expect(() => writeSchemaOrg(null as never)).toThrow(TypeError)
    expect(() => writeSchemaOrg(scheduleFromIntervals([]), { endOfDay: '23:59:59' as never })).toThrow(RangeError)
    expect(() => writeSchemaOrg(scheduleFromIntervals([]), { colour: 1 } as never)).toThrow(TypeError)
  })

  it('round-trips through readSchemaOrg at the same instants (every kind of entry, clock changes)', () => {
    fc.assert(
      fc.property(osmCalendarArb, fc.constantFrom('America/New_York', 'Europe/London', 'UTC'), fc.constantFrom('23:59' as const, '24:00' as const), ({ schedule, entries, at }, zone, endOfDay) => {
        const calendar = withExceptions(schedule, entries as never)
        const written = writeSchemaOrg(calendar, { timeZone: zone, years: YEARS, endOfDay })
        const read = readSchemaOrg(JSON.stringify(written.value), { timeZone: zone })
        expect(read.issues).toEqual([])
        const difference = firstDifferentInstant(schedule.intervals, entries, read.calendar!, zone, at - 8 * DAY, at + 8 * DAY)
        if (difference !== undefined) expect(written.losses.some((loss) => loss.code === 'approximated'), difference).toBe(true)
      }),
      {
        numRuns: 20,
        // A span that really closes at 23:59 (read back as midnight under the convention: a loss).
        examples: [[{ schedule: { intervals: [{ start: 3, end: 120 }, { start: 1200, end: 7710 }, { start: 10069, end: 10079 }] }, entries: [], at: 1828396799994 }, 'America/New_York', '23:59']],
      },
    )
  })
})
