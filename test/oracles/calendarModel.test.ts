import { describe, expect, it } from 'vitest'
import {
  oracleAddOpenTime,
  oracleCalendarIsOpen,
  oracleHoursOn,
  oracleNextInState,
  oracleOpenDuration,
  oracleOpenSpans,
  oracleStepsBetween,
  oracleWeekRecordsAt,
  serverOpenAt,
  type WeekInterval,
} from './calendarModel'

const NY = 'America/New_York'
const H = 3_600_000
const t = (iso: string): number => Date.parse(iso)

/** Mon–Fri 09:00–17:00. */
const weekdays9to5: WeekInterval[] = [1, 2, 3, 4, 5].map((d) => ({ start: d * 1440 + 540, end: d * 1440 + 1020 }))
/** Every day, all day. */
const always: WeekInterval[] = [{ start: 0, end: 10080 }]
const never: WeekInterval[] = []

const christmas = [
  { date: '2026-12-25', closed: true, label: 'Christmas' },
  { date: '2026-12-24', hours: [{ time_open: 900, time_close: 1300 }] },
]

describe('calendar oracle: date entries', () => {
  it('Christmas in New York', () => {
    const open = (iso: string) => oracleCalendarIsOpen(weekdays9to5, christmas, NY, t(iso))
    expect(open('2026-12-24T15:00:00Z')).toBe(true) // Thu 10:00 EST
    expect(open('2026-12-24T19:00:00Z')).toBe(false) // Thu 14:00 EST, after the 13:00 close
    expect(open('2026-12-25T15:00:00Z')).toBe(false) // Fri 10:00, closed all day
    expect(open('2026-12-28T15:00:00Z')).toBe(true) // Mon 10:00, weekly hours again
    expect(open('2026-12-24T13:59:00Z')).toBe(false) // 08:59
    expect(open('2026-12-24T14:00:00Z')).toBe(true) // 09:00
    expect(open('2026-12-24T17:59:59Z')).toBe(true) // 12:59:59
    expect(open('2026-12-24T18:00:00Z')).toBe(false) // 13:00
  })

  it('a range over New Year, with a single date inside it winning', () => {
    const entries = [
      { from: '2026-12-31', to: '2027-01-01', closed: true },
      { date: '2026-12-31', hours: [{ time_open: 900, time_close: 1200 }] },
    ]
    const open = (iso: string) => oracleCalendarIsOpen(weekdays9to5, entries, NY, t(iso))
    expect(open('2026-12-30T15:00:00Z')).toBe(true) // Wed, before the range
    expect(open('2026-12-31T15:00:00Z')).toBe(true) // Thu 10:00: the single date's hours
    expect(open('2026-12-31T18:00:00Z')).toBe(false) // Thu 13:00
    expect(open('2027-01-01T15:00:00Z')).toBe(false) // Fri: the range
    expect(open('2027-01-04T15:00:00Z')).toBe(true) // Mon after
    // A range over a weekend opens it.
    const weekend = [{ from: '2027-01-02', to: '2027-01-03', hours: [{ time_open: 0, time_close: 2400 }] }]
    expect(oracleHoursOn(never, weekend, NY, '2027-01-02')).toEqual([{ start: t('2027-01-02T05:00:00Z'), end: t('2027-01-03T05:00:00Z') }])
    expect(oracleOpenDuration(never, weekend, NY, t('2027-01-01T00:00:00Z'), t('2027-01-05T00:00:00Z'))).toBe(48 * H)
  })

  it('--02-29 matches in 2028 and not in 2027; range beats yearly', () => {
    const entries = [{ date: '--02-29', closed: true }]
    expect(oracleCalendarIsOpen(weekdays9to5, entries, NY, t('2028-02-29T15:00:00Z'))).toBe(false) // Tue
    expect(oracleCalendarIsOpen(weekdays9to5, entries, NY, t('2028-02-28T15:00:00Z'))).toBe(true)
    expect(oracleCalendarIsOpen(weekdays9to5, entries, NY, t('2028-03-01T15:00:00Z'))).toBe(true)
    expect(oracleCalendarIsOpen(weekdays9to5, entries, NY, t('2027-03-01T15:00:00Z'))).toBe(true) // Mon
    expect(oracleCalendarIsOpen(weekdays9to5, entries, NY, t('2027-02-26T15:00:00Z'))).toBe(true) // Fri
    const yearlyOpen = [
      { date: '--07-04', hours: [{ time_open: 1000, time_close: 1100 }] },
      { from: '2027-07-01', to: '2027-07-10', closed: true },
    ]
    // 2026-07-04 is a Saturday: the yearly entry opens it 10–11 EDT.
    expect(oracleHoursOn(weekdays9to5, yearlyOpen, NY, '2026-07-04')).toEqual([{ start: t('2026-07-04T14:00:00Z'), end: t('2026-07-04T15:00:00Z') }])
    expect(oracleHoursOn(weekdays9to5, yearlyOpen, NY, '2027-07-04')).toEqual([])
  })

  it('several blocks add up; hours: [] is closed', () => {
    const entries = [
      { date: '2026-06-10', hours: [{ time_open: 800, time_close: 1000 }, { time_open: 1400, time_close: 1530 }] },
      { date: '2026-06-11', hours: [] },
    ]
    expect(oracleHoursOn(weekdays9to5, entries, NY, '2026-06-10')).toEqual([
      { start: t('2026-06-10T12:00:00Z'), end: t('2026-06-10T14:00:00Z') },
      { start: t('2026-06-10T18:00:00Z'), end: t('2026-06-10T19:30:00Z') },
    ])
    expect(oracleHoursOn(weekdays9to5, entries, NY, '2026-06-11')).toEqual([])
    expect(oracleHoursOn(weekdays9to5, entries, NY, '2026-06-12')).toEqual([{ start: t('2026-06-12T13:00:00Z'), end: t('2026-06-12T21:00:00Z') }])
  })
})

describe('calendar oracle: absolute entries', () => {
  it('a closure crossing midnight beats the weekly and the date hours', () => {
    const entries = [
      { start: '2026-06-10T22:00:00-04:00', end: '2026-06-11T10:00:00-04:00', closed: true, label: 'maintenance' },
      { date: '2026-06-10', hours: [{ time_open: 0, time_close: 2400 }] },
    ]
    const open = (iso: string) => oracleCalendarIsOpen(weekdays9to5, entries, NY, t(iso))
    expect(open('2026-06-11T01:59:00Z')).toBe(true) // Wed 21:59, date entry open all day
    expect(open('2026-06-11T02:00:00Z')).toBe(false) // Wed 22:00
    expect(open('2026-06-11T13:59:59Z')).toBe(false) // Thu 09:59:59
    expect(open('2026-06-11T14:00:00Z')).toBe(true) // Thu 10:00
    expect(oracleHoursOn(weekdays9to5, entries, NY, '2026-06-10')).toEqual([{ start: t('2026-06-10T04:00:00Z'), end: t('2026-06-11T02:00:00Z') }])
    expect(oracleHoursOn(weekdays9to5, entries, NY, '2026-06-11')).toEqual([{ start: t('2026-06-11T14:00:00Z'), end: t('2026-06-11T21:00:00Z') }])
  })

  it('an open entry opens whatever the clock says; boundaries need not be whole minutes', () => {
    const entries = [
      { start: '2026-06-13T14:00:00Z', end: '2026-06-13T16:00:00Z', open: true }, // Saturday
      { start: '2026-06-12T15:00:30Z', end: '2026-06-12T15:01:45Z', closed: true },
    ]
    expect(oracleCalendarIsOpen(weekdays9to5, entries, NY, t('2026-06-13T15:00:00Z'))).toBe(true)
    expect(oracleOpenSpans(weekdays9to5, entries, NY, t('2026-06-13T00:00:00Z'), t('2026-06-14T00:00:00Z'))).toEqual([
      { start: t('2026-06-13T14:00:00Z'), end: t('2026-06-13T16:00:00Z') },
    ])
    const steps = oracleStepsBetween(weekdays9to5, entries, NY, t('2026-06-12T15:00:10Z'), t('2026-06-12T15:03:00Z'))
    expect(steps).toEqual(['15:00:10', '15:00:30', '15:01:00', '15:01:45', '15:02:00'].map((s) => t(`2026-06-12T${s}Z`)))
    expect(oracleOpenDuration(weekdays9to5, entries, NY, t('2026-06-12T15:00:00Z'), t('2026-06-12T15:03:00Z'))).toBe(180_000 - 75_000)
    expect(oracleNextInState(weekdays9to5, entries, NY, t('2026-06-12T15:00:00Z'), false, H)).toBe(t('2026-06-12T15:00:30Z'))
    expect(oracleNextInState(weekdays9to5, entries, NY, t('2026-06-12T15:00:31Z'), true, H)).toBe(t('2026-06-12T15:01:45Z'))
  })
})

describe('calendar oracle: DST', () => {
  it('spring forward 2026-03-08 New York, hours 0100–0400: 01:00–02:00 EST then 03:00–04:00 EDT', () => {
    const entries = [{ date: '2026-03-08', hours: [{ time_open: 100, time_close: 400 }] }]
    const spans = oracleHoursOn(never, entries, NY, '2026-03-08')
    expect(spans).toEqual([{ start: t('2026-03-08T06:00:00Z'), end: t('2026-03-08T08:00:00Z') }])
    expect(oracleOpenDuration(never, entries, NY, t('2026-03-08T00:00:00Z'), t('2026-03-09T00:00:00Z'))).toBe(2 * H)
  })

  it('fall back 2026-11-01 New York, hours 0100–0200 open twice', () => {
    const entries = [{ date: '2026-11-01', hours: [{ time_open: 100, time_close: 200 }] }]
    expect(oracleCalendarIsOpen(never, entries, NY, t('2026-11-01T05:30:00Z'))).toBe(true) // 01:30 EDT
    expect(oracleCalendarIsOpen(never, entries, NY, t('2026-11-01T06:30:00Z'))).toBe(true) // 01:30 EST
    expect(oracleCalendarIsOpen(never, entries, NY, t('2026-11-01T07:00:00Z'))).toBe(false) // 02:00 EST
    expect(oracleHoursOn(never, entries, NY, '2026-11-01')).toEqual([{ start: t('2026-11-01T05:00:00Z'), end: t('2026-11-01T07:00:00Z') }])
    expect(oracleOpenDuration(never, entries, NY, t('2026-10-31T00:00:00Z'), t('2026-11-03T00:00:00Z'))).toBe(2 * H)
  })

  it('Santiago 2026-09-06 has no midnight (23:59 −04 → 01:00 −03)', () => {
    const S = 'America/Santiago'
    // Sunday 00:00–01:00 weekly: never happens that day.
    expect(oracleHoursOn([{ start: 0, end: 60 }], [], S, '2026-09-06')).toEqual([])
    // The day's instants start at 01:00 −03 = 04:00Z and end at midnight −03.
    expect(oracleHoursOn([{ start: 0, end: 1440 }], [], S, '2026-09-06')).toEqual([{ start: t('2026-09-06T04:00:00Z'), end: t('2026-09-07T03:00:00Z') }])
    const closedDay = [{ date: '2026-09-05', closed: true }]
    expect(oracleHoursOn(always, closedDay, S, '2026-09-06')).toEqual([{ start: t('2026-09-06T04:00:00Z'), end: t('2026-09-07T03:00:00Z') }])
    // Santiago's fall back 2026-04-05 00:00 −03 → 2026-04-04 23:00 −04: 23:00–24:00 happens twice.
    const late = [{ date: '2026-04-04', hours: [{ time_open: 2300, time_close: 2400 }] }]
    expect(oracleHoursOn(never, late, S, '2026-04-04')).toEqual([{ start: t('2026-04-05T02:00:00Z'), end: t('2026-04-05T04:00:00Z') }])
  })

  it('rejects a zone whose offset is not whole minutes', () => {
    expect(() => oracleOpenDuration(weekdays9to5, [], NY, t('1880-01-01T00:00:00Z'), t('1880-01-01T01:00:00Z'))).toThrow(/whole minutes/)
  })
})

describe('calendar oracle: addOpenTime, nextInState', () => {
  const add = (iso: string, ms: number, horizon = 30 * 24 * H) => {
    const r = oracleAddOpenTime(weekdays9to5, christmas, NY, t(iso), ms, horizon)
    return r === null ? null : new Date(r).toISOString()
  }
  it('forward and backward over Christmas', () => {
    expect(add('2026-12-18T21:00:00.000Z', 2 * H)).toBe('2026-12-21T15:00:00.000Z') // Fri 16:00 + 2h → Mon 10:00
    expect(add('2026-12-24T17:00:00.000Z', 2 * H)).toBe('2026-12-28T15:00:00.000Z') // Thu 12:00 + 2h → Mon 10:00
    expect(add('2026-12-28T15:00:00.000Z', -2 * H)).toBe('2026-12-24T17:00:00.000Z') // and back
    expect(add('2026-12-24T17:00:00.000Z', H)).toBe('2026-12-24T18:00:00.000Z') // exactly to 13:00
    expect(add('2026-12-28T14:00:00.000Z', -H)).toBe('2026-12-24T17:00:00.000Z') // Mon 09:00 − 1h → Thu 12:00
    expect(add('2026-12-25T15:00:00.000Z', 0)).toBe('2026-12-25T15:00:00.000Z')
    expect(add('2026-12-28T14:00:30.000Z', 30_000)).toBe('2026-12-28T14:01:00.000Z')
    expect(add('2026-12-28T14:00:30.250Z', -30_000)).toBe('2026-12-28T14:00:00.250Z')
    expect(add('2026-12-24T17:00:00.000Z', 2 * H, 24 * H)).toBe(null)
    expect(add('2026-12-28T15:00:00.000Z', -2 * H, 24 * H)).toBe(null)
  })

  it('nextInState', () => {
    expect(oracleNextInState(weekdays9to5, christmas, NY, t('2026-12-24T18:00:00Z'), true, 30 * 24 * H)).toBe(t('2026-12-28T14:00:00Z'))
    expect(oracleNextInState(weekdays9to5, christmas, NY, t('2026-12-24T15:00:00Z'), false, 30 * 24 * H)).toBe(t('2026-12-24T18:00:00Z'))
    expect(oracleNextInState(weekdays9to5, christmas, NY, t('2026-12-24T18:00:00Z'), true, 24 * H)).toBe(null)
    expect(oracleNextInState(weekdays9to5, christmas, NY, t('2026-12-24T15:00:00Z'), true, H)).toBe(t('2026-12-24T15:00:00Z'))
  })

  it('a 14-day range in one call is fast', () => {
    const start = performance.now()
    const spans = oracleOpenSpans(weekdays9to5, christmas, NY, t('2026-12-20T00:00:00Z'), t('2027-01-03T00:00:00Z'))
    expect(performance.now() - start).toBeLessThan(1000)
    expect(spans.length).toBe(9) // 10 weekdays minus Christmas
  })
})

describe('calendar oracle: server records', () => {
  it('weekRecordsAt on Wednesday 2026-12-23 New York', () => {
    const at = t('2026-12-23T20:00:00Z') // Wed 15:00 EST
    const records = oracleWeekRecordsAt(weekdays9to5, christmas, NY, at)
    expect(records).toEqual([
      { day_of_week: 0, time_open: 0, time_close: 2400, work_day: false },
      { day_of_week: 1, time_open: 900, time_close: 1700 },
      { day_of_week: 2, time_open: 900, time_close: 1700 },
      { day_of_week: 3, time_open: 900, time_close: 1700 },
      { day_of_week: 4, time_open: 900, time_close: 1300 },
      { day_of_week: 5, time_open: 0, time_close: 2400, work_day: false },
      { day_of_week: 6, time_open: 0, time_close: 2400, work_day: false },
    ])
    expect(serverOpenAt(records, NY, t('2026-12-24T17:00:00Z'))).toBe(true)
    expect(serverOpenAt(records, NY, t('2026-12-24T18:00:00Z'))).toBe(false)
    expect(serverOpenAt(records, NY, t('2026-12-25T15:00:00Z'))).toBe(false)
    expect(serverOpenAt(records, NY, t('2026-12-23T20:00:00Z'))).toBe(true)
    expect(serverOpenAt([], NY, t('2026-12-26T15:00:00Z'))).toBe(true) // no records: 24/7
  })

  it('weekRecordsAt: a block ending at midnight is 2400; next occurrence of a weekday', () => {
    const entries = [{ date: '2026-12-26', hours: [{ time_open: 0, time_close: 30 }, { time_open: 2200, time_close: 2400 }] }]
    const records = oracleWeekRecordsAt(weekdays9to5, entries, NY, t('2026-12-23T20:00:00Z'))
    expect(records.filter((r) => r.day_of_week === 6)).toEqual([
      { day_of_week: 6, time_open: 0, time_close: 30 },
      { day_of_week: 6, time_open: 2200, time_close: 2400 },
    ])
    // On Sunday 2026-12-27 the Saturday slot already refers to 2027-01-02 (weekly: closed).
    const later = oracleWeekRecordsAt(weekdays9to5, entries, NY, t('2026-12-27T15:00:00Z'))
    expect(later.filter((r) => r.day_of_week === 6)).toEqual([{ day_of_week: 6, time_open: 0, time_close: 2400, work_day: false }])
  })
})
