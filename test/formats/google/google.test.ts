/**
 * readGoogle / writeGoogle by example: the samples written from Google's pages
 * (test/fixtures/formats/google/README.md cites them), each midnight literal, each rule of special
 * hours, the losses each way, and hostile input.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BusinessHoursError } from '../../../src/ground/issues'
import { describeSchedule, scheduleFromIntervals, withExceptions } from '../../../src/index'
import { readGoogle, writeGoogle } from '../../../src/formats/index'

const fixture = (name: string): string => readFileSync(join(__dirname, '../../fixtures/formats/google', name), 'utf8')
const DAY = 1440
const codes = (result: { issues: readonly { code: string; path: readonly (string | number)[] }[] }) => result.issues.map((issue) => [issue.code, issue.path])

describe('readGoogle: the samples', () => {
  it('a Business Profile Location (v1) with regular and special hours', () => {
    const read = readGoogle(fixture('location-v1.json'), { timeZone: 'America/New_York' })
    expect(read.ok).toBe(true)
    expect(describeSchedule(read.schedule!)).toBe('Mon–Thu 09:00–17:30, Fri 09:00–12:00 & 13:00–01:00 (next day), Sat 10:30–14:00, Sun closed')
    expect(read.exceptions).toEqual([
      { date: '2026-12-24', hours: [{ time_open: 900, time_close: 1300 }] },
      { date: '2026-12-25', closed: true },
      { date: '2026-12-31', hours: [{ time_open: 1300, time_close: 2400 }] },
      // The page's own example runs to 11:59 the next day: kept as instants in the zone.
      { start: '2027-01-01T05:00Z', end: '2027-01-01T16:59Z', open: true },
    ])
    expect(read.timeZone).toBe('America/New_York')
    expect(read.losses.map((loss) => [loss.code, loss.path])).toEqual([['not_supported', ['moreHours']]])
  })

  it('without a zone, the part of a special period past midnight is a loss', () => {
    const read = readGoogle(fixture('location-v1.json'))
    expect(read.ok).toBe(true)
    expect(read.exceptions).toHaveLength(3)
    expect(read.losses.map((loss) => [loss.code, loss.path])).toEqual([
      ['not_supported', ['specialHours', 'specialHourPeriods', 2, 'closeTime']],
      ['not_supported', ['moreHours']],
    ])
  })

  it('regularHours alone: {} is midnight, { hours: 24 } the end of the day, { minutes: 30 } is 00:30', () => {
    const read = readGoogle(JSON.parse(fixture('regular-hours-24h.json')))
    expect(read.schedule!.intervals).toEqual([
      { start: 0, end: 2 * DAY },
      { start: 6 * DAY + 30, end: 6 * DAY + 1410 },
    ])
  })

  it('v4 special hours: isClosed and "hh:mm" text, two periods on one date add up', () => {
    const read = readGoogle(fixture('special-hours-v4.json'))
    expect(read.ok).toBe(true)
    expect(read.schedule!.intervals).toEqual([])
    expect(read.exceptions).toEqual([
      { date: '2026-07-04', closed: true },
      { date: '2026-07-03', hours: [{ time_open: 800, time_close: 1200 }, { time_open: 1300, time_close: 2400 }] },
    ])
  })

  it('a Places (New) Place: periods by day number, Sunday = 0, and its zone', () => {
    const read = readGoogle(fixture('place-new.json'))
    expect(read.ok).toBe(true)
    expect(describeSchedule(read.schedule!)).toBe('Mon–Fri 08:30–18:00, Sat 09:00–13:00, Sun closed')
    expect(read.timeZone).toBe('America/Chicago')
    expect(read.losses.map((loss) => loss.path)).toEqual([['currentOpeningHours', 'specialDays']])
  })

  it('Places: open 24 hours is one period with no close', () => {
    expect(readGoogle(fixture('place-open-24-hours.json')).schedule!.intervals).toEqual([{ start: 0, end: 7 * DAY }])
  })

  it('Places: overnight periods, Saturday into Sunday wraps, zero fields left out', () => {
    const read = readGoogle(fixture('place-overnight.json'))
    expect(read.schedule!.intervals).toEqual([
      { start: 0, end: 120 },
      { start: 720, end: 1230 },
      { start: 5 * DAY + 1020, end: 6 * DAY + 120 },
      { start: 6 * DAY + 1020, end: 7 * DAY },
    ])
  })
})

describe('readGoogle: the rules', () => {
  const period = (openDay: string, openTime: object, closeDay: string, closeTime: object) => ({ openDay, openTime, closeDay, closeTime })
  const special = (extra: object) => ({ specialHourPeriods: [{ startDate: { year: 2026, month: 3, day: 8 }, ...extra }] })

  it('a period closing the next day at 00:00 and one closing at 24:00 are the same', () => {
    const a = readGoogle({ periods: [period('MONDAY', { hours: 9 }, 'TUESDAY', {})] })
    const b = readGoogle({ periods: [period('MONDAY', { hours: 9 }, 'MONDAY', { hours: 24 })] })
    expect(a.schedule).toEqual(b.schedule)
  })

  it('a period over several days, and one from Saturday into Sunday', () => {
    expect(readGoogle({ periods: [period('FRIDAY', { hours: 18 }, 'MONDAY', { hours: 6 })] }).schedule!.intervals).toEqual([
      { start: 0, end: DAY + 360 },
      { start: 5 * DAY + 1080, end: 7 * DAY },
    ])
  })

  it('the same open and close is refused, not guessed as a day or a week', () => {
    expect(codes(readGoogle({ periods: [period('MONDAY', {}, 'MONDAY', {})] }))).toEqual([['close_before_open', ['periods', 0, 'closeTime']]])
  })

  it('times: 24 only as 24:00, minutes 0–59, seconds must be 0', () => {
    const read = readGoogle({ periods: [period('MONDAY', { hours: 25 }, 'MONDAY', { hours: 24, minutes: 30 }), period('TUESDAY', { hours: 9, seconds: 30 }, 'TUESDAY', { hours: 9.5 })] })
    expect(codes(read)).toEqual([
      ['out_of_range', ['periods', 0, 'openTime', 'hours']],
      ['out_of_range', ['periods', 0, 'closeTime', 'minutes']],
      ['not_whole_minute', ['periods', 1, 'openTime']],
      ['not_an_integer', ['periods', 1, 'closeTime', 'hours']],
    ])
    expect(read.ok).toBe(false)
  })

  it('special: a period of 24 hours or more is refused; exactly 24 is read with a warning', () => {
    const over = readGoogle(special({ openTime: { hours: 8 }, endDate: { year: 2026, month: 3, day: 9 }, closeTime: { hours: 9 } }))
    expect(codes(over)).toEqual([['out_of_range', ['specialHourPeriods', 0, 'closeTime']]])
    const exact = readGoogle(special({ openTime: {}, closeTime: { hours: 24 } }))
    expect(exact.ok).toBe(true)
    expect(exact.issues.map((issue) => issue.severity)).toEqual(['warning'])
    expect(exact.exceptions).toEqual([{ date: '2026-03-08', hours: [{ time_open: 0, time_close: 2400 }] }])
  })

  it('special: a close before the open on one date, an endDate two days on, closed and isClosed disagreeing', () => {
    expect(codes(readGoogle(special({ openTime: { hours: 13 }, closeTime: { hours: 11, minutes: 59 } })))).toEqual([['close_before_open', ['specialHourPeriods', 0, 'closeTime']]])
    expect(codes(readGoogle(special({ openTime: { hours: 8 }, endDate: { year: 2026, month: 3, day: 10 }, closeTime: { hours: 18 } })))).toEqual([['out_of_range', ['specialHourPeriods', 0, 'endDate']]])
    expect(codes(readGoogle(special({ closed: true, isClosed: false })))).toEqual([['conflicting_field', ['specialHourPeriods', 0, 'isClosed']]])
  })

  it('special: with closed, the times are ignored (the page says so); a date both closed and open is refused', () => {
    expect(readGoogle(special({ closed: true, openTime: { hours: 8 } })).exceptions).toEqual([{ date: '2026-03-08', closed: true }])
    const both = readGoogle({ specialHourPeriods: [{ startDate: { year: 2026, month: 3, day: 8 }, closed: true }, { startDate: { year: 2026, month: 3, day: 8 }, openTime: {}, closeTime: { hours: 2 } }] })
    expect(codes(both)).toEqual([['conflicting_field', ['specialHourPeriods', 1]]])
  })

  it('special: dates that are not on the calendar', () => {
    expect(codes(readGoogle({ specialHourPeriods: [{ startDate: { year: 2026, month: 2, day: 29 }, closed: true }] }))).toEqual([['invalid_date', ['specialHourPeriods', 0, 'startDate']]])
  })

  it('special past midnight across a spring-forward night keeps the instants of the clock', () => {
    // New York 2026-03-08: 02:00 EST jumps to 03:00 EDT; the spill 00:00–01:30 is 05:00Z–06:30Z.
    const read = readGoogle({ specialHourPeriods: [{ startDate: { year: 2026, month: 3, day: 7 }, openTime: { hours: 20 }, endDate: { year: 2026, month: 3, day: 8 }, closeTime: { hours: 1, minutes: 30 } }] }, { timeZone: 'America/New_York' })
    expect(read.exceptions[1]).toEqual({ start: '2026-03-08T05:00Z', end: '2026-03-08T06:30Z', open: true })
  })

  it('a Place zone that is not a zone is a located issue', () => {
    expect(codes(readGoogle({ regularOpeningHours: { periods: [] }, timeZone: { id: 'Mars/Olympus' } }))).toEqual([['unknown_time_zone', ['timeZone', 'id']]])
  })

  it('Places: a period without a close beside others is refused', () => {
    expect(codes(readGoogle({ periods: [{ open: { day: 1 } }, { open: { day: 2, hour: 9 }, close: { day: 2, hour: 17 } }] }))).toEqual([['missing_field', ['periods', 0, 'close']]])
  })

  it('an object with no hours, and values that are not Google hours', () => {
    expect(codes(readGoogle({ title: 'Acme' }))).toEqual([['missing_field', []]])
    expect(codes(readGoogle(42))).toEqual([['not_an_object', []]])
    expect(codes(readGoogle('{"periods": ['))).toEqual([['unreadable', []]])
    expect(codes(readGoogle({ periods: 'MONDAY 9-5' }))).toEqual([['not_an_array', ['periods']]])
  })

  it('options: wrong kinds and values throw, data never does', () => {
    expect(() => readGoogle({}, { timeZone: 5 } as never)).toThrow(TypeError)
    expect(() => readGoogle({}, { timeZone: 'Mars/Olympus' })).toThrow(RangeError)
    expect(() => readGoogle({}, { zone: 'UTC' } as never)).toThrow(TypeError)
  })
})

describe('readGoogle: hostile input', () => {
  it('getters that throw, revoked proxies, a huge array, deep nesting, huge text: located issues in bounded time', () => {
    const throwing = { get periods(): never { throw new Error('boom') } }
    expect(readGoogle(throwing).ok).toBe(false)
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    expect(readGoogle(proxy).ok).toBe(false)
    const started = Date.now()
    const huge = new Array(1_000_000).fill(7)
    const read = readGoogle({ periods: huge })
    expect(read.ok).toBe(false)
    expect(read.issues.length).toBeLessThanOrEqual(1001)
    let deep: unknown = {}
    for (let i = 0; i < 100_000; i++) deep = { periods: [{ openDay: deep }] }
    expect(codes(readGoogle(deep))).toEqual([
      ['invalid_type', ['periods', 0, 'openDay']],
      ['missing_field', ['periods', 0, 'openTime']],
      ['missing_field', ['periods', 0, 'closeDay']],
      ['missing_field', ['periods', 0, 'closeTime']],
    ])
    expect(readGoogle('x'.repeat(17 * 1024 * 1024)).issues[0]!.code).toBe('out_of_range')
    const liar = new Proxy([], { get: (target, key) => (key === 'length' ? 2 ** 32 - 1 : Reflect.get(target, key)) })
    expect(codes(readGoogle({ periods: liar }))).toEqual([['out_of_range', ['periods']]])
    expect(Date.now() - started).toBeLessThan(10_000)
  })
})

describe('writeGoogle', () => {
  it('spans past midnight close the next day; a span to midnight closes at 24:00; the Saturday wrap is one period', () => {
    const week = scheduleFromIntervals([
      { start: 0, end: 120 },
      { start: DAY + 540, end: 2 * DAY },
      { start: 6 * DAY + 1320, end: 7 * DAY },
    ])
    expect(writeGoogle(week).value.regularHours.periods).toEqual([
      { openDay: 'MONDAY', openTime: { hours: 9 }, closeDay: 'MONDAY', closeTime: { hours: 24 } },
      { openDay: 'SATURDAY', openTime: { hours: 22 }, closeDay: 'SUNDAY', closeTime: { hours: 2 } },
    ])
  })

  it('open all week is seven whole days; spans over a day are cut at midnights', () => {
    expect(writeGoogle(scheduleFromIntervals([{ start: 0, end: 7 * DAY }])).value.regularHours.periods).toHaveLength(7)
    expect(writeGoogle(scheduleFromIntervals([{ start: DAY + 1200, end: 3 * DAY + 60 }])).value.regularHours.periods).toEqual([
      { openDay: 'MONDAY', openTime: { hours: 20 }, closeDay: 'MONDAY', closeTime: { hours: 24 } },
      { openDay: 'TUESDAY', openTime: {}, closeDay: 'TUESDAY', closeTime: { hours: 24 } },
      { openDay: 'WEDNESDAY', openTime: {}, closeDay: 'WEDNESDAY', closeTime: { hours: 1 } },
    ])
  })

  it('special hours: closed, split hours, a whole day as two halves, a range as its dates; single over range over yearly', () => {
    const calendar = withExceptions(scheduleFromIntervals([]), [
      { from: '2026-12-24', to: '2026-12-26', closed: true },
      { date: '2026-12-24', hours: [{ time_open: 0, time_close: 2400 }] },
      { date: '--12-26', hours: [{ time_open: 900, time_close: 1000 }] },
    ])
    const written = writeGoogle(calendar, { years: [2026] })
    const date = { year: 2026, month: 12, day: 24 }
    expect(written.value.specialHours!.specialHourPeriods).toEqual([
      { startDate: date, openTime: {}, endDate: date, closeTime: { hours: 12 } },
      { startDate: date, openTime: { hours: 12 }, endDate: date, closeTime: { hours: 24 } },
      { startDate: { year: 2026, month: 12, day: 25 }, closed: true },
      { startDate: { year: 2026, month: 12, day: 26 }, closed: true },
    ])
    expect(written.losses.map((loss) => [loss.code, loss.path])).toEqual([['expanded', ['exceptions', 2]]])
  })

  it('losses: yearly without years, instants, labels', () => {
    const calendar = withExceptions(scheduleFromIntervals([]), [
      { date: '--12-25', closed: true, label: 'Christmas' },
      { start: '2026-12-01T14:35Z', end: '2026-12-01T16:10Z', closed: true },
    ])
    const written = writeGoogle(calendar)
    expect(written.value.specialHours).toEqual({ specialHourPeriods: [] })
    expect(written.losses.map((loss) => [loss.code, loss.path])).toEqual([
      ['not_supported', ['exceptions', 0, 'label']],
      ['not_supported', ['exceptions', 0]],
      ['not_supported', ['exceptions', 1]],
    ])
  })

  it('a range longer than the special-date bound is cut and said so', () => {
    const calendar = withExceptions(scheduleFromIntervals([]), [{ from: '2000-01-01', to: '2099-12-31', closed: true }])
    const written = writeGoogle(calendar)
    expect(written.value.specialHours!.specialHourPeriods).toHaveLength(10_000)
    expect(written.losses.map((loss) => loss.code)).toEqual(['over_limit'])
  })

  it('wrong arguments are TypeErrors', () => {
    expect(() => writeGoogle(42)).toThrow(TypeError)
    // A hand-built schedule not in normal form is a data error, as for every query and writer.
    expect(() => writeGoogle({ intervals: [{ start: 5, end: 1 }] })).toThrow(BusinessHoursError)
    expect(() => writeGoogle(scheduleFromIntervals([]), { years: 'all' } as never)).toThrow()
  })
})
