/**
 * Issue 12, named examples for calendars (weekly hours + exceptions): one case per rule of the
 * issue, every expectation worked out by hand from the zone's clock readings (written beside each
 * instant). New York unless said: EST is UTC−5 (until 2026-03-08 and from 2026-11-01), EDT UTC−4.
 * The weekly hours are Mon–Fri 09:00–17:00, i.e. 14:00Z–22:00Z in winter.
 *
 * Calendar facts used: 2026-12-24 is a Thursday, 2026-12-25 a Friday, 2026-12-28 a Monday,
 * 2026-12-01 a Tuesday, 2026-12-05 a Saturday, 2026-12-10 a Thursday, 2026-07-15 a Wednesday,
 * 2027-01-01 a Friday, 2027-02-28 a Sunday, 2027-03-01 a Monday, 2028-02-29 a Tuesday,
 * 2024-02-29 a Thursday.
 */
import { describe, expect, it } from 'vitest'
import {
  addOpenTime,
  BusinessHoursError,
  describeSchedule,
  EPOCH_MS,
  hoursOn,
  isOpen,
  nextAccepting,
  nextChange,
  nextClosing,
  nextOpening,
  openDuration,
  openIntervals,
  parseBusinessHours,
  parseExceptions,
  parseTarget,
  renderWeekGrid,
  scheduleFromIntervals,
  targetAvailability,
  validateTarget,
  withExceptions,
  type Calendar,
  type Hours,
  type Issue,
} from '../../src/index'
import { issuesThrown, thrown } from '../thrown'

const NY = 'America/New_York'
const HOUR = 3_600_000

const z = (iso: string): Date => new Date(iso)
const span = (start: string, end: string): { start: Date; end: Date } => ({ start: z(start), end: z(end) })

/** Mon–Fri 09:00–17:00, as the server's records say it (Sunday and Saturday closed). */
const WEEKDAYS = parseBusinessHours([
  { day_of_week: 0, work_day: false },
  ...[1, 2, 3, 4, 5].map((day) => ({ day_of_week: day, time_open: 900, time_close: 1700 })),
  { day_of_week: 6, work_day: false },
])
const ALWAYS = scheduleFromIntervals([{ start: 0, end: 10080 }])
const NEVER = scheduleFromIntervals([])

const CHRISTMAS_ENTRIES = [
  { date: '--12-25', closed: true, label: 'Christmas' },
  { date: '2026-12-24', hours: [{ time_open: 900, time_close: 1300 }], label: 'Christmas Eve' },
]
const christmas = withExceptions(WEEKDAYS, CHRISTMAS_ENTRIES)


describe('Christmas: closed every --12-25, short hours on 2026-12-24', () => {
  it('isOpen follows the exceptions and the weekly hours elsewhere', () => {
    expect(isOpen(christmas, z('2026-12-24T15:00:00Z'), NY)).toBe(true) // Thu 10:00 EST
    expect(isOpen(christmas, z('2026-12-24T17:59:00Z'), NY)).toBe(true) // Thu 12:59 EST
    expect(isOpen(christmas, z('2026-12-24T18:00:00Z'), NY)).toBe(false) // Thu 13:00 EST: the short day is over
    expect(isOpen(christmas, z('2026-12-24T19:00:00Z'), NY)).toBe(false) // Thu 14:00 EST
    expect(isOpen(WEEKDAYS, z('2026-12-24T19:00:00Z'), NY)).toBe(true) // …which the week alone calls open
    expect(isOpen(christmas, z('2026-12-25T15:00:00Z'), NY)).toBe(false) // Fri 10:00 EST, Christmas
    expect(isOpen(christmas, z('2025-12-25T15:00:00Z'), NY)).toBe(false) // Thu 2025-12-25 10:00 EST: yearly
    expect(isOpen(christmas, z('2025-12-24T19:00:00Z'), NY)).toBe(true) // Wed 2025-12-24 14:00 EST: the short day is 2026's only
    expect(isOpen(christmas, z('2026-12-23T21:59:00Z'), NY)).toBe(true) // Wed 16:59 EST
    expect(isOpen(christmas, z('2026-12-28T14:00:00Z'), NY)).toBe(true) // Mon 09:00 EST
  })

  it('nextOpening from Thu 24th 13:30 EST is Mon 28th 09:00 EST (Christmas is a Friday)', () => {
    expect(nextOpening(christmas, z('2026-12-24T18:30:00Z'), NY)).toEqual(z('2026-12-28T14:00:00Z'))
    expect(nextOpening(christmas, Date.UTC(2026, 11, 24, 18, 30), NY, EPOCH_MS)).toBe(Date.UTC(2026, 11, 28, 14))
    // From Wed 23rd 17:00 EST the next change is Thu 09:00 EST.
    expect(nextChange(christmas, z('2026-12-23T22:00:00Z'), NY)).toEqual(z('2026-12-24T14:00:00Z'))
  })

  it('nextClosing on the 24th at 10:00 EST is 13:00 EST', () => {
    expect(nextClosing(christmas, z('2026-12-24T15:00:00Z'), NY)).toEqual(z('2026-12-24T18:00:00Z'))
    expect(nextClosing(WEEKDAYS, z('2026-12-24T15:00:00Z'), NY)).toEqual(z('2026-12-24T22:00:00Z'))
  })

  it('openIntervals over the week of Christmas: Mon–Wed full, Thu 09:00–13:00, Fri closed', () => {
    // Mon 2026-12-21 00:00 EST = 05:00Z to Mon 2026-12-28 00:00 EST.
    expect(openIntervals(christmas, z('2026-12-21T05:00:00Z'), z('2026-12-28T05:00:00Z'), NY)).toEqual([
      span('2026-12-21T14:00:00Z', '2026-12-21T22:00:00Z'),
      span('2026-12-22T14:00:00Z', '2026-12-22T22:00:00Z'),
      span('2026-12-23T14:00:00Z', '2026-12-23T22:00:00Z'),
      span('2026-12-24T14:00:00Z', '2026-12-24T18:00:00Z'),
    ])
  })

  it("hoursOn('2026-12-25') is empty and hoursOn('2026-12-24') is one 4-hour span", () => {
    expect(hoursOn(christmas, '2026-12-25', NY)).toEqual([])
    const eve = hoursOn(christmas, '2026-12-24', NY, { epochMs: true })
    expect(eve).toEqual([{ start: Date.UTC(2026, 11, 24, 14), end: Date.UTC(2026, 11, 24, 18) }]) // 09:00–13:00 EST
    expect(eve[0]!.end - eve[0]!.start).toBe(4 * HOUR)
    // A day without an exception reads the week: Wed 23rd 09:00–17:00 EST.
    expect(hoursOn(christmas, '2026-12-23', NY)).toEqual([span('2026-12-23T14:00:00Z', '2026-12-23T22:00:00Z')])
    expect(() => hoursOn(christmas, '2026-12-32', NY)).toThrow(RangeError)
  })
})

describe('a range over New Year: { from: 2026-12-31, to: 2027-01-02, closed: true }', () => {
  const NEW_YEAR = [{ from: '2026-12-31', to: '2027-01-02', closed: true, label: 'New Year' }]

  it('both ends are included (seen on a 24/7 week), and the day after is open again', () => {
    const calendar = withExceptions(ALWAYS, NEW_YEAR)
    expect(hoursOn(calendar, '2026-12-30', NY)).toEqual([span('2026-12-30T05:00:00Z', '2026-12-31T05:00:00Z')])
    expect(hoursOn(calendar, '2026-12-31', NY)).toEqual([])
    expect(hoursOn(calendar, '2027-01-01', NY)).toEqual([])
    expect(hoursOn(calendar, '2027-01-02', NY)).toEqual([])
    expect(hoursOn(calendar, '2027-01-03', NY)).toEqual([span('2027-01-03T05:00:00Z', '2027-01-04T05:00:00Z')])
    expect(isOpen(calendar, z('2026-12-31T04:59:00Z'), NY)).toBe(true) // Wed 30th 23:59 EST
    expect(isOpen(calendar, z('2026-12-31T05:00:00Z'), NY)).toBe(false) // Thu 31st 00:00 EST
    expect(isOpen(calendar, z('2027-01-03T04:59:00Z'), NY)).toBe(false) // Sat 2nd 23:59 EST
    expect(nextOpening(calendar, z('2026-12-31T12:00:00Z'), NY)).toEqual(z('2027-01-03T05:00:00Z')) // Sun 3rd 00:00 EST
  })

  it('on weekdays 9–17: Thu 31st and Fri 1st closed, Mon 2027-01-04 open again', () => {
    const calendar = withExceptions(WEEKDAYS, NEW_YEAR)
    expect(hoursOn(calendar, '2026-12-30', NY)).toEqual([span('2026-12-30T14:00:00Z', '2026-12-30T22:00:00Z')])
    expect(hoursOn(calendar, '2026-12-31', NY)).toEqual([])
    expect(hoursOn(calendar, '2027-01-01', NY)).toEqual([])
    expect(hoursOn(calendar, '2027-01-04', NY)).toEqual([span('2027-01-04T14:00:00Z', '2027-01-04T22:00:00Z')])
    // From Wed 30th 17:00 EST the next opening is Mon 4th 09:00 EST.
    expect(nextOpening(calendar, z('2026-12-30T22:00:00Z'), NY)).toEqual(z('2027-01-04T14:00:00Z'))
  })
})

describe("--02-29 across leap and common years", () => {
  const leapDay = withExceptions(WEEKDAYS, [{ date: '--02-29', closed: true, label: 'Leap day' }])

  it('closes 2028-02-29 (a Tuesday) and 2024-02-29 (a Thursday)', () => {
    expect(hoursOn(WEEKDAYS, '2028-02-29', NY)).toEqual([span('2028-02-29T14:00:00Z', '2028-02-29T22:00:00Z')])
    expect(hoursOn(leapDay, '2028-02-29', NY)).toEqual([])
    expect(hoursOn(leapDay, '2024-02-29', NY)).toEqual([])
    expect(isOpen(leapDay, z('2028-02-29T15:00:00Z'), NY)).toBe(false) // Tue 10:00 EST
    // Mon 2028-02-28 and Wed 2028-03-01 are untouched.
    expect(hoursOn(leapDay, '2028-02-28', NY)).toEqual([span('2028-02-28T14:00:00Z', '2028-02-28T22:00:00Z')])
    expect(hoursOn(leapDay, '2028-03-01', NY)).toEqual([span('2028-03-01T14:00:00Z', '2028-03-01T22:00:00Z')])
  })

  it('2027 has no Feb 29: 2027-02-28 and 2027-03-01 keep their weekly hours', () => {
    expect(() => hoursOn(leapDay, '2027-02-29', NY)).toThrow(RangeError)
    expect(hoursOn(leapDay, '2027-02-28', NY)).toEqual([]) // a Sunday: closed by the week
    expect(hoursOn(leapDay, '2027-03-01', NY)).toEqual([span('2027-03-01T14:00:00Z', '2027-03-01T22:00:00Z')]) // Monday
    const allDay = withExceptions(ALWAYS, [{ date: '--02-29', closed: true }])
    expect(hoursOn(allDay, '2027-02-28', NY)).toEqual([span('2027-02-28T05:00:00Z', '2027-03-01T05:00:00Z')])
    expect(hoursOn(allDay, '2027-03-01', NY)).toEqual([span('2027-03-01T05:00:00Z', '2027-03-02T05:00:00Z')])
    // Over all of 2027 the calendar is the week: 52 weeks and Friday 2027-12-31, 261 days of 8 hours.
    const from = Date.UTC(2027, 0, 1, 5) // 2027-01-01 00:00 EST
    const to = Date.UTC(2028, 0, 1, 5)
    expect(openDuration(leapDay, from, to, NY)).toBe(261 * 8 * HOUR)
    expect(openDuration(WEEKDAYS, from, to, NY)).toBe(261 * 8 * HOUR)
    expect(openDuration(allDay, from, to, NY)).toBe(openDuration(ALWAYS, from, to, NY))
  })
})

describe('absolute entries: an emergency closure across midnight, extra hours on a Saturday', () => {
  // Tue 2026-12-01 23:30 EST = Wed 04:30Z, to Wed 2026-12-02 10:00 EST = 15:00Z.
  const STORM = { start: '2026-12-01T23:30:00-05:00', end: '2026-12-02T10:00:00-05:00', closed: true, label: 'Storm' }

  it('on a 24/7 week: closed from Tue 23:30 EST to Wed 10:00 EST', () => {
    const calendar = withExceptions(ALWAYS, [STORM])
    expect(isOpen(calendar, z('2026-12-02T04:29:00Z'), NY)).toBe(true) // Tue 23:29 EST
    expect(isOpen(calendar, z('2026-12-02T04:30:00Z'), NY)).toBe(false) // Tue 23:30 EST
    expect(isOpen(calendar, z('2026-12-02T05:00:00Z'), NY)).toBe(false) // Wed 00:00 EST
    expect(isOpen(calendar, z('2026-12-02T14:59:59.999Z'), NY)).toBe(false) // Wed 09:59 EST
    expect(isOpen(calendar, z('2026-12-02T15:00:00Z'), NY)).toBe(true) // Wed 10:00 EST
    expect(nextClosing(calendar, z('2026-12-01T12:00:00Z'), NY)).toEqual(z('2026-12-02T04:30:00Z'))
    expect(nextOpening(calendar, z('2026-12-02T04:30:00Z'), NY)).toEqual(z('2026-12-02T15:00:00Z'))
    expect(openIntervals(calendar, z('2026-12-01T05:00:00Z'), z('2026-12-03T05:00:00Z'), NY)).toEqual([
      span('2026-12-01T05:00:00Z', '2026-12-02T04:30:00Z'),
      span('2026-12-02T15:00:00Z', '2026-12-03T05:00:00Z'),
    ])
    // Each local date gets its part of the closure.
    expect(hoursOn(calendar, '2026-12-01', NY)).toEqual([span('2026-12-01T05:00:00Z', '2026-12-02T04:30:00Z')])
    expect(hoursOn(calendar, '2026-12-02', NY)).toEqual([span('2026-12-02T15:00:00Z', '2026-12-03T05:00:00Z')])
  })

  it('on weekdays 9–17: Tuesday is untouched and Wednesday 2nd opens at 10:00 EST', () => {
    const calendar = withExceptions(WEEKDAYS, [STORM])
    expect(hoursOn(calendar, '2026-12-01', NY)).toEqual([span('2026-12-01T14:00:00Z', '2026-12-01T22:00:00Z')])
    expect(hoursOn(calendar, '2026-12-02', NY)).toEqual([span('2026-12-02T15:00:00Z', '2026-12-02T22:00:00Z')])
    // From Tue 17:00 EST.
    expect(nextOpening(calendar, z('2026-12-01T22:00:00Z'), NY)).toEqual(z('2026-12-02T15:00:00Z'))
    expect(isOpen(calendar, z('2026-12-02T14:30:00Z'), NY)).toBe(false) // Wed 09:30 EST
    expect(openDuration(calendar, z('2026-12-02T05:00:00Z'), z('2026-12-03T05:00:00Z'), NY)).toBe(7 * HOUR)
  })

  it('an absolute open: true span on Saturday 2026-12-05 10:00–14:00 EST gives extra hours', () => {
    const calendar = withExceptions(WEEKDAYS, [{ start: '2026-12-05T10:00:00-05:00', end: '2026-12-05T14:00:00-05:00', open: true, label: 'Open house' }])
    expect(hoursOn(WEEKDAYS, '2026-12-05', NY)).toEqual([])
    expect(hoursOn(calendar, '2026-12-05', NY)).toEqual([span('2026-12-05T15:00:00Z', '2026-12-05T19:00:00Z')])
    expect(isOpen(calendar, z('2026-12-05T16:00:00Z'), NY)).toBe(true) // Sat 11:00 EST
    // From Fri 4th 17:00 EST the next opening is Saturday 10:00 EST, closing 14:00 EST.
    expect(nextOpening(calendar, z('2026-12-04T22:00:00Z'), NY)).toEqual(z('2026-12-05T15:00:00Z'))
    expect(nextClosing(calendar, z('2026-12-05T15:00:00Z'), NY)).toEqual(z('2026-12-05T19:00:00Z'))
    // The week Mon 11-30 – Sun 12-06: 40 hours, plus 4.
    expect(openDuration(calendar, z('2026-11-30T05:00:00Z'), z('2026-12-07T05:00:00Z'), NY)).toBe(44 * HOUR)
  })
})

describe('precedence', () => {
  it('absolute over date over weekly (Thu 2026-12-10)', () => {
    const calendar = withExceptions(WEEKDAYS, [
      // The date: 10:00–12:00 only (weekly says 09:00–17:00).
      { date: '2026-12-10', hours: [{ time_open: 1000, time_close: 1200 }] },
      // Absolute: open 13:00–15:00 EST (18:00Z–20:00Z) though the date says closed…
      { start: '2026-12-10T13:00-05:00', end: '2026-12-10T15:00-05:00', open: true },
      // …and closed 10:30–11:00 EST (15:30Z–16:00Z) though the date says open.
      { start: '2026-12-10T10:30-05:00', end: '2026-12-10T11:00-05:00', closed: true },
    ])
    expect(isOpen(calendar, z('2026-12-10T14:30:00Z'), NY)).toBe(false) // 09:30 EST: date over weekly
    expect(isOpen(calendar, z('2026-12-10T15:15:00Z'), NY)).toBe(true) // 10:15 EST: the date's hours
    expect(isOpen(calendar, z('2026-12-10T15:45:00Z'), NY)).toBe(false) // 10:45 EST: absolute closed over date
    expect(isOpen(calendar, z('2026-12-10T19:00:00Z'), NY)).toBe(true) // 14:00 EST: absolute open over date
    expect(isOpen(calendar, z('2026-12-10T21:00:00Z'), NY)).toBe(false) // 16:00 EST: the date closes it
    expect(hoursOn(calendar, '2026-12-10', NY)).toEqual([
      span('2026-12-10T15:00:00Z', '2026-12-10T15:30:00Z'),
      span('2026-12-10T16:00:00Z', '2026-12-10T17:00:00Z'),
      span('2026-12-10T18:00:00Z', '2026-12-10T20:00:00Z'),
    ])
  })

  it('single date over range over yearly (Wed 2026-07-15, EDT)', () => {
    const yearly = { date: '--07-15', hours: [{ time_open: 800, time_close: 1000 }] } // 12:00Z–14:00Z
    const range = { from: '2026-07-13', to: '2026-07-17', hours: [{ time_open: 1100, time_close: 1300 }] } // 15:00Z–17:00Z
    const single = { date: '2026-07-15', hours: [{ time_open: 1400, time_close: 1600 }] } // 18:00Z–20:00Z
    const on15th = (entries: object[]): unknown => hoursOn(withExceptions(WEEKDAYS, entries as never), '2026-07-15', NY)

    expect(on15th([yearly, range, single])).toEqual([span('2026-07-15T18:00:00Z', '2026-07-15T20:00:00Z')])
    expect(on15th([single, range, yearly])).toEqual([span('2026-07-15T18:00:00Z', '2026-07-15T20:00:00Z')]) // order does not matter
    expect(on15th([yearly, range])).toEqual([span('2026-07-15T15:00:00Z', '2026-07-15T17:00:00Z')]) // no single: the range
    expect(on15th([yearly, single])).toEqual([span('2026-07-15T18:00:00Z', '2026-07-15T20:00:00Z')]) // no range: the single
    expect(on15th([yearly])).toEqual([span('2026-07-15T12:00:00Z', '2026-07-15T14:00:00Z')]) // only the yearly
    expect(on15th([])).toEqual([span('2026-07-15T13:00:00Z', '2026-07-15T21:00:00Z')]) // the week, 09:00–17:00 EDT

    const all = withExceptions(WEEKDAYS, [yearly, range, single])
    // Tue 14th is in the range only; 2027-07-15 (a Thursday) has only the yearly entry.
    expect(hoursOn(all, '2026-07-14', NY)).toEqual([span('2026-07-14T15:00:00Z', '2026-07-14T17:00:00Z')])
    expect(hoursOn(all, '2027-07-15', NY)).toEqual([span('2027-07-15T12:00:00Z', '2027-07-15T14:00:00Z')])
    // And an absolute entry beats the single date: closed 14:30–15:00 EDT.
    const withClosure = withExceptions(WEEKDAYS, [yearly, range, single, { start: '2026-07-15T18:30Z', end: '2026-07-15T19:00Z', closed: true }])
    expect(hoursOn(withClosure, '2026-07-15', NY)).toEqual([
      span('2026-07-15T18:00:00Z', '2026-07-15T18:30:00Z'),
      span('2026-07-15T19:00:00Z', '2026-07-15T20:00:00Z'),
    ])
  })
})

describe('exceptions on clock-change days (New York)', () => {
  it('spring forward, Sun 2026-03-08, hours 01:00–04:00: two hours, 06:00Z–08:00Z', () => {
    // 01:00 EST = 06:00Z; 02:00 EST jumps to 03:00 EDT at 07:00Z; 04:00 EDT = 08:00Z.
    const calendar = withExceptions(WEEKDAYS, [{ date: '2026-03-08', hours: [{ time_open: 100, time_close: 400 }] }])
    expect(hoursOn(calendar, '2026-03-08', NY)).toEqual([span('2026-03-08T06:00:00Z', '2026-03-08T08:00:00Z')])
    expect(isOpen(calendar, z('2026-03-08T06:59:00Z'), NY)).toBe(true) // 01:59 EST
    expect(isOpen(calendar, z('2026-03-08T07:00:00Z'), NY)).toBe(true) // 03:00 EDT
    // The date runs 00:00 EST (05:00Z) to 00:00 EDT on the 9th (04:00Z): 23 hours, 2 of them open.
    expect(openDuration(calendar, z('2026-03-08T05:00:00Z'), z('2026-03-09T04:00:00Z'), NY)).toBe(2 * HOUR)
  })

  it('fall back, Sun 2026-11-01, hours 01:00–02:00: open two hours, 05:00Z–07:00Z (the repeated hour both times)', () => {
    // 01:00 EDT = 05:00Z; 02:00 EDT falls back to 01:00 EST at 06:00Z; 02:00 EST = 07:00Z.
    const calendar = withExceptions(WEEKDAYS, [{ date: '2026-11-01', hours: [{ time_open: 100, time_close: 200 }] }])
    expect(hoursOn(calendar, '2026-11-01', NY)).toEqual([span('2026-11-01T05:00:00Z', '2026-11-01T07:00:00Z')])
    expect(isOpen(calendar, z('2026-11-01T05:30:00Z'), NY)).toBe(true) // 01:30 EDT
    expect(isOpen(calendar, z('2026-11-01T06:30:00Z'), NY)).toBe(true) // 01:30 EST
    expect(nextClosing(calendar, z('2026-11-01T05:00:00Z'), NY)).toEqual(z('2026-11-01T07:00:00Z'))
    // The date runs 00:00 EDT (04:00Z) to 00:00 EST on the 2nd (05:00Z): 25 hours, 2 of them open.
    expect(openDuration(calendar, z('2026-11-01T04:00:00Z'), z('2026-11-02T05:00:00Z'), NY)).toBe(2 * HOUR)
  })
})

describe('a holiday where midnight does not exist: America/Santiago, 2026-09-06', () => {
  // Sat 23:59:59 (−04) is followed by Sun 01:00 (−03) at 04:00Z; Sun 23:59 (−03) is 02:59Z on the 7th.
  const SCL = 'America/Santiago'
  const holiday = withExceptions(ALWAYS, [{ date: '2026-09-06', closed: true }])

  it('on a 24/7 week the date is [04:00Z, 2026-09-07T03:00Z): 23 hours', () => {
    expect(hoursOn(ALWAYS, '2026-09-06', SCL)).toEqual([span('2026-09-06T04:00:00Z', '2026-09-07T03:00:00Z')])
    expect(openDuration(ALWAYS, z('2026-09-06T04:00:00Z'), z('2026-09-07T03:00:00Z'), SCL)).toBe(23 * HOUR)
  })

  it('{ date: 2026-09-06, closed: true } closes from 04:00Z, the first instant of the date, to the first instant of the 7th', () => {
    expect(hoursOn(holiday, '2026-09-06', SCL)).toEqual([])
    expect(isOpen(holiday, z('2026-09-06T03:59:59.999Z'), SCL)).toBe(true) // Sat 23:59 −04
    expect(isOpen(holiday, z('2026-09-06T04:00:00Z'), SCL)).toBe(false) // Sun 01:00 −03
    expect(isOpen(holiday, z('2026-09-07T02:59:59.999Z'), SCL)).toBe(false) // Sun 23:59 −03
    expect(isOpen(holiday, z('2026-09-07T03:00:00Z'), SCL)).toBe(true) // Mon 00:00 −03
    expect(nextClosing(holiday, z('2026-09-05T12:00:00Z'), SCL)).toEqual(z('2026-09-06T04:00:00Z'))
    expect(nextOpening(holiday, z('2026-09-06T04:00:00Z'), SCL)).toEqual(z('2026-09-07T03:00:00Z'))
    // Saturday 5th runs 00:00 −04 (04:00Z) to the first instant of the 6th (04:00Z), open throughout.
    expect(hoursOn(holiday, '2026-09-05', SCL)).toEqual([span('2026-09-05T04:00:00Z', '2026-09-06T04:00:00Z')])
  })
})

describe('openDuration and addOpenTime', () => {
  it('zero ms returns at itself, open or closed', () => {
    const saturday = z('2026-12-26T15:00:00Z') // Sat 10:00 EST, closed
    expect(addOpenTime(christmas, saturday, 0, NY)).toEqual(saturday)
    expect(addOpenTime(christmas, saturday.getTime(), 0, NY, EPOCH_MS)).toBe(saturday.getTime())
    expect(addOpenTime(NEVER, saturday, 0, NY)).toEqual(saturday)
  })

  it('landing exactly on a closing stays there: 09:00 + 8 h is 17:00 the same day', () => {
    // Mon 2026-12-21 09:00 EST = 14:00Z → 17:00 EST = 22:00Z, not Tuesday 09:00.
    expect(addOpenTime(WEEKDAYS, z('2026-12-21T14:00:00Z'), 8 * HOUR, NY)).toEqual(z('2026-12-21T22:00:00Z'))
    // Thu 24th 09:00 EST + 4 h is the short day's closing, 13:00 EST.
    expect(addOpenTime(christmas, z('2026-12-24T14:00:00Z'), 4 * HOUR, NY)).toEqual(z('2026-12-24T18:00:00Z'))
  })

  it('negative ms goes back: from Mon 28th 11:00 EST, 4 h back is Thu 24th 11:00 EST', () => {
    // Mon 09:00–11:00 is 2 h; the weekend and Christmas are closed; the other 2 h are Thu 11:00–13:00.
    expect(addOpenTime(christmas, z('2026-12-28T16:00:00Z'), -4 * HOUR, NY)).toEqual(z('2026-12-24T16:00:00Z'))
    // Going back lands on an opening and stays there: Mon 17:00 EST − 8 h = Mon 09:00 EST.
    expect(addOpenTime(WEEKDAYS, z('2026-12-21T22:00:00Z'), -8 * HOUR, NY)).toEqual(z('2026-12-21T14:00:00Z'))
  })

  it('over the Christmas week: 28 open hours, and adding time skips the closed days', () => {
    // Sat 19th 19:00 EST to Sat 26th 19:00 EST: Mon–Wed 24 h + Thu 4 h.
    expect(openDuration(christmas, Date.UTC(2026, 11, 20), Date.UTC(2026, 11, 27), NY)).toBe(28 * HOUR)
    expect(openDuration(WEEKDAYS, Date.UTC(2026, 11, 20), Date.UTC(2026, 11, 27), NY)).toBe(40 * HOUR)
    // Wed 23rd 09:00 EST + 12 h: Wed 8 h, Thu 4 h → Thu 13:00 EST; + 13 h → Mon 28th 10:00 EST.
    expect(addOpenTime(christmas, z('2026-12-23T14:00:00Z'), 12 * HOUR, NY)).toEqual(z('2026-12-24T18:00:00Z'))
    expect(addOpenTime(christmas, z('2026-12-23T14:00:00Z'), 13 * HOUR, NY)).toEqual(z('2026-12-28T15:00:00Z'))
  })

  it('openDuration(from, to) with from === to is 0, even inside open hours; to < from is a RangeError', () => {
    const thursday10 = z('2026-12-24T15:00:00Z')
    expect(openDuration(christmas, thursday10, thursday10, NY)).toBe(0)
    expect(() => openDuration(christmas, thursday10, z('2026-12-24T14:00:00Z'), NY)).toThrow(RangeError)
  })

  it('addOpenTime with ms that is not a whole number is a RangeError', () => {
    const at = z('2026-12-21T14:00:00Z')
    expect(() => addOpenTime(christmas, at, 1.5, NY)).toThrow(RangeError)
    expect(() => addOpenTime(christmas, at, Number.NaN, NY)).toThrow(RangeError)
    expect(() => addOpenTime(christmas, at, '3600000' as unknown as number, NY)).toThrow(RangeError)
  })

  it('a schedule that never opens gives null (and a calendar closed for years too)', () => {
    const at = z('2026-06-01T12:00:00Z')
    expect(addOpenTime(NEVER, at, HOUR, NY)).toBeNull()
    expect(addOpenTime(NEVER, at, -HOUR, NY)).toBeNull()
    expect(openDuration(NEVER, at, z('2027-06-01T12:00:00Z'), NY)).toBe(0)
    // Closed 2026–2030: the search (the hour asked for plus 732 days) finds nothing.
    const shut = withExceptions(ALWAYS, [{ from: '2026-01-01', to: '2030-12-31', closed: true }])
    expect(addOpenTime(shut, at, HOUR, NY)).toBeNull()
    // But 6 years later the hour is there: Wed 2031-01-01 00:00 EST + 1 h.
    expect(addOpenTime(shut, z('2030-12-31T12:00:00Z'), HOUR, NY)).toEqual(z('2031-01-01T06:00:00Z'))
  })
})

describe('queries accept a Calendar wherever a schedule is taken', () => {
  const DOC = {
    target: {
      id: 7,
      time_zone: 'Eastern Time (US & Canada)',
      business_hours: [
        { id: 100, day_of_week: 0, time_open: 0, time_close: 2400, work_day: false, invert: false },
        ...[1, 2, 3, 4, 5].map((day) => ({ id: 100 + day, day_of_week: day, time_open: 900, time_close: 1700, work_day: true, invert: false })),
        { id: 106, day_of_week: 6, time_open: 0, time_close: 2400, work_day: false, invert: false },
      ],
    },
  }

  /** The Christmas checks, for a target read with the Christmas exceptions. */
  function expectChristmasTarget(target: ReturnType<typeof parseTarget>): void {
    expect(target.timeZone).toBe(NY)
    expect((target.schedule as Calendar).exceptions).toHaveLength(2)
    const onChristmas = targetAvailability(target, z('2026-12-25T15:00:00Z')) // Fri 10:00 EST
    expect(onChristmas).toMatchObject({ accepting: false, reasons: ['closed'], open: false, nextOpening: z('2026-12-28T14:00:00Z') })
    // Thu 24th 10:00 EST: accepting until 13:00 EST.
    expect(targetAvailability(target, z('2026-12-24T15:00:00Z'))).toMatchObject({ accepting: true, nextClosing: z('2026-12-24T18:00:00Z') })
    // From Thu 13:30 EST the next call is taken Mon 28th 09:00 EST.
    expect(nextAccepting(target, z('2026-12-24T18:30:00Z'))).toEqual(z('2026-12-28T14:00:00Z'))
  }

  it("targetAvailability and nextAccepting use parseTarget(doc, { exceptions: parseExceptions(…) }): closed on Christmas with reason 'closed'", () => {
    expectChristmasTarget(parseTarget(DOC, { exceptions: parseExceptions(CHRISTMAS_ENTRIES) }))
    // Without the exceptions the same target takes calls then.
    expect(targetAvailability(parseTarget(DOC), z('2026-12-25T15:00:00Z'))).toMatchObject({ accepting: true, reasons: [] })
  })

  // Raw entries are read and checked once, then taken as they are (a bug the first run of these found).
  it('parseTarget(doc, { exceptions: rawEntries }) reads the entries', () => {
    expectChristmasTarget(parseTarget(DOC, { exceptions: CHRISTMAS_ENTRIES }))
  })

  it('validateTarget(doc, { exceptions: rawEntries }) reads them, and never throws', () => {
    let result: ReturnType<typeof validateTarget> | undefined
    expect(() => {
      result = validateTarget(DOC, { exceptions: [{ date: '--12-25', closed: true }] })
    }).not.toThrow()
    expect(result?.ok).toBe(true)
  })

  it('bad exceptions given to validateTarget are located under exceptions', () => {
    const result = validateTarget(DOC, { exceptions: [{ date: '2026-12-24', closed: true }, { date: '2026-02-30', closed: true }] })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.issues.map((issue) => [issue.code, issue.path])).toEqual([['invalid_date', ['exceptions', 1, 'date']]])
  })

  it('describeSchedule lists the exceptions after the week, and from/to pick them', () => {
    expect(describeSchedule(christmas)).toBe(
      'Mon–Fri 09:00–17:00, Sat–Sun closed; exceptions: every --12-25 closed (Christmas), 2026-12-24 09:00–13:00 (Christmas Eve)',
    )
    expect(describeSchedule(christmas, { from: '2027-01-01' })).toBe('Mon–Fri 09:00–17:00, Sat–Sun closed; exceptions: every --12-25 closed (Christmas)')
    const more = withExceptions(WEEKDAYS, [
      { from: '2026-12-31', to: '2027-01-02', closed: true },
      { start: '2026-12-01T23:30:00-05:00', end: '2026-12-02T10:00:00-05:00', closed: true, label: 'Storm' },
    ])
    expect(describeSchedule(more)).toBe('Mon–Fri 09:00–17:00, Sat–Sun closed; exceptions: 2026-12-31 to 2027-01-02 closed, 2026-12-02 04:30Z to 15:00Z closed (Storm)')
    expect(describeSchedule(WEEKDAYS)).toBe('Mon–Fri 09:00–17:00, Sat–Sun closed')
  })

  it('renderWeekGrid with { weekOf, timeZone } draws the dated week; without, the weekly hours', () => {
    expect(renderWeekGrid(christmas, { cellMinutes: 60, weekOf: '2026-12-24', timeZone: NY })).toBe(
      [
        '          00 03 06 09 12 15 18 21',
        'Mon 12-21 ·········████████·······',
        'Tue 12-22 ·········████████·······',
        'Wed 12-23 ·········████████·······',
        'Thu 12-24 ·········████···········',
        'Fri 12-25 ························',
        'Sat 12-26 ························',
        'Sun 12-27 ························',
      ].join('\n'),
    )
    expect(renderWeekGrid(christmas, { cellMinutes: 60 })).toBe(renderWeekGrid(WEEKDAYS, { cellMinutes: 60 }))
    expect(renderWeekGrid(christmas, { cellMinutes: 60 }).split('\n')[4]).toBe('Thu ·········████████·······')
  })

  it('a hand-built { schedule, exceptions } object is refused: calendars are sealed', () => {
    const handBuilt = { schedule: WEEKDAYS, exceptions: christmas.exceptions } as Hours
    const issues = issuesThrown(() => isOpen(handBuilt, z('2026-12-25T15:00:00Z'), NY))
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([['invalid_type', ['schedule', 'exceptions']]])
    expect(() => hoursOn({ schedule: WEEKDAYS, exceptions: [] } as Hours, '2026-12-25', NY)).toThrow(BusinessHoursError)
    expect(() => describeSchedule({ ...christmas } as Hours)).toThrow(BusinessHoursError)
  })

  it('a calendar and its exceptions are frozen', () => {
    expect(Object.isFrozen(christmas)).toBe(true)
    expect(Object.isFrozen(christmas.exceptions)).toBe(true)
    for (const exception of christmas.exceptions) expect(Object.isFrozen(exception)).toBe(true)
    expect(Object.isFrozen(christmas.schedule)).toBe(true)
    expect(() => (christmas.exceptions as unknown[]).pop()).toThrow(TypeError)
    expect(christmas.exceptions).toEqual([
      { kind: 'yearly', date: '--12-25', month: 12, day: 25, hours: [], label: 'Christmas' },
      { kind: 'date', date: '2026-12-24', hours: [{ start: 540, end: 780 }], label: 'Christmas Eve' },
    ])
  })

  it('withExceptions(calendar, more) adds to it (leaving it as it was) and refuses a conflicting addition', () => {
    const more = withExceptions(christmas, [{ date: '2026-12-31', hours: [{ time_open: 900, time_close: 1200 }], label: "New Year's Eve" }])
    expect(more.exceptions).toHaveLength(3)
    expect(more.schedule).toBe(christmas.schedule)
    expect(hoursOn(more, '2026-12-31', NY)).toEqual([span('2026-12-31T14:00:00Z', '2026-12-31T17:00:00Z')])
    expect(hoursOn(more, '2026-12-25', NY)).toEqual([]) // still Christmas
    expect(hoursOn(christmas, '2026-12-31', NY)).toEqual([span('2026-12-31T14:00:00Z', '2026-12-31T22:00:00Z')]) // unchanged
    expect(christmas.exceptions).toHaveLength(2)

    // Another yearly Christmas with other hours conflicts with the calendar's own.
    const issues = issuesThrown(() => withExceptions(christmas, [{ date: '--12-25', hours: [{ time_open: 900, time_close: 1200 }] }]))
    expect(issues.map((issue) => issue.code)).toEqual(['conflicting_exception'])
    // The index is the entry's place in the combined list (the calendar's two, then the new one).
    expect(issues[0]!.path).toEqual([2, 'date'])
    expect(issues[0]!.message).toMatch(/exception 0/)
    // A single date on Christmas is another kind: allowed, and it wins over the yearly entry.
    const openChristmas = withExceptions(christmas, [{ date: '2026-12-25', hours: [{ time_open: 1000, time_close: 1200 }] }])
    expect(hoursOn(openChristmas, '2026-12-25', NY)).toEqual([span('2026-12-25T15:00:00Z', '2026-12-25T17:00:00Z')])
    // Bad entries throw with the exceptions root.
    expect(() => withExceptions(WEEKDAYS, [{ date: '2026-02-30', closed: true }])).toThrow(/^Invalid exceptions \(1 error\): exceptions\[0\]\.date/)
  })
})
