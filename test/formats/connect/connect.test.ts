// Examples of every rule of readConnect / writeConnect. Fixtures (test/fixtures/formats/connect/) are
// written from the API reference's response syntax (DescribeHoursOfOperation,
// ListHoursOfOperationOverrides) and the admin guide's examples (set-hours-operation.html,
// hours-of-operation-overrides.html): New Year's Day closed, reduced hours on New Year's Eve,
// extended hours on Boxing Day, early closure the last Friday of every month, extended hours every
// other week, closed on a date every year.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BusinessHoursError } from '../../../src/ground/issues'
import { scheduleFromIntervals, withExceptions } from '../../../src/index'
import { readConnect, writeConnect } from '../../../src/formats/index'

const fixture = (name: string): unknown => JSON.parse(readFileSync(join(__dirname, '../../fixtures/formats/connect', name), 'utf8'))
const day = (name: string, from: [number, number], to: [number, number]): object => ({ Day: name, StartTime: { Hours: from[0], Minutes: from[1] }, EndTime: { Hours: to[0], Minutes: to[1] } })

describe('readConnect: the shapes', () => {
  const hours = fixture('describe-hours-of-operation.json') as { HoursOfOperation: object }
  const overrides = fixture('list-overrides.json') as { HoursOfOperationOverrideList: object[] }
  it('reads the Describe answer, the bare object and JSON text alike', () => {
    const a = readConnect(hours)
    expect(a.ok).toBe(true)
    expect(readConnect(hours.HoursOfOperation).schedule).toEqual(a.schedule)
    expect(readConnect(JSON.stringify(hours)).schedule).toEqual(a.schedule)
    // Monday 08:00–23:08, Tuesday 09:00–21:00, Wednesday 10:00–midnight (EndTime 0:00), Saturday 8–11 and 12–17
    expect(a.schedule!.intervals).toEqual([
      { start: 1440 + 480, end: 1440 + 1388 },
      { start: 2880 + 540, end: 2880 + 1260 },
      { start: 4320 + 600, end: 5760 },
      { start: 8640 + 480, end: 8640 + 660 },
      { start: 8640 + 720, end: 8640 + 1020 },
    ])
  })
  it('reads the List answer, a bare list, one override, and both answers in one object', () => {
    const both = readConnect({ ...hours, ...overrides }, { years: [2026, 2027] })
    expect(both.issues).toEqual([])
    expect(both.exceptions).toEqual([
      { date: '2026-03-03', hours: [{ time_open: 900, time_close: 2330 }], label: 'Extended hours every other week' },
      { date: '2026-03-17', hours: [{ time_open: 900, time_close: 2330 }], label: 'Extended hours every other week' },
      { date: '2026-03-31', hours: [{ time_open: 900, time_close: 2330 }], label: 'Extended hours every other week' },
      { date: '2026-12-26', hours: [{ time_open: 700, time_close: 2200 }], label: 'Boxing Day' },
      { date: '2026-12-31', hours: [{ time_open: 900, time_close: 1300 }], label: "New Year's Eve" },
      { date: '2027-12-25', closed: true, label: 'Christmas' },
    ])
    const alone = readConnect(overrides.HoursOfOperationOverrideList, { years: [2026, 2027] })
    expect(alone.schedule!.intervals).toEqual([])
    // Overrides alone lie over a closed week: a closed day changes nothing, an open one does.
    const boxingDay = [{ date: '2026-12-26', hours: [{ time_open: 700, time_close: 2200 }], label: 'Boxing Day' }]
    expect(readConnect({ HoursOfOperationOverride: overrides.HoursOfOperationOverrideList[2] }).exceptions).toEqual(boxingDay)
    expect(readConnect(overrides.HoursOfOperationOverrideList[2]).exceptions).toEqual(boxingDay)
  })
})

describe('readConnect: midnight and spans past it', () => {
  it('EndTime 0:00 is the end of the day; 0:00–0:00 the whole day (the 24x7 example)', () => {
    const all = readConnect({ Config: ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'].map((d) => day(d, [0, 0], [0, 0])) })
    expect(all.schedule!.intervals).toEqual([{ start: 0, end: 10080 }])
    // "10:00AM to 12:00AM … open for 14 hours"
    expect(readConnect({ Config: [day('MONDAY', [10, 0], [0, 0])] }).schedule!.intervals).toEqual([{ start: 1440 + 600, end: 2880 }])
  })
  it('an EndTime before the StartTime runs into the next day (Saturday wraps to Sunday), or is refused', () => {
    expect(readConnect({ Config: [day('SATURDAY', [22, 0], [2, 0])] }).schedule!.intervals).toEqual([{ start: 0, end: 120 }, { start: 8640 + 1320, end: 10080 }])
    const refused = readConnect({ Config: [day('SATURDAY', [22, 0], [2, 0])] }, { endBeforeStart: 'reject' })
    expect(refused.ok).toBe(false)
    expect(refused.issues[0]).toMatchObject({ code: 'close_before_open', path: ['Config', 0, 'EndTime'] })
    expect(readConnect({ Config: [day('MONDAY', [9, 0], [9, 0])] }).issues[0]!.code).toBe('close_before_open')
    expect(() => readConnect({ Config: [] }, { endBeforeStart: 'sometimes' as never })).toThrow(RangeError)
  })
  it('an override past midnight opens the next day too', () => {
    const night = readConnect({
      HoursOfOperation: { Config: [] },
      HoursOfOperationOverrideList: [{ Name: 'Night', EffectiveFrom: '2026-07-03', EffectiveTill: '2026-07-03', OverrideType: 'STANDARD', Config: [day('FRIDAY', [22, 0], [2, 0])] }],
    })
    expect(night.exceptions).toEqual([
      { date: '2026-07-03', hours: [{ time_open: 2200, time_close: 2400 }], label: 'Night' },
      { date: '2026-07-04', hours: [{ time_open: 0, time_close: 200 }], label: 'Night' },
    ])
  })
})

describe('readConnect: overrides', () => {
  const base = { HoursOfOperation: { TimeZone: 'America/New_York', Config: [1, 2, 3, 4, 5].map((d) => day(['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'][d]!, [9, 0], [17, 0])) } }
  const withOverrides = (list: object[], years?: number[]): ReturnType<typeof readConnect> => readConnect({ ...base, HoursOfOperationOverrideList: list }, years === undefined ? undefined : { years })
  it('precedence: closed over open over temporary hours over the week', () => {
    const read = withOverrides([
      { Name: 'temp', EffectiveFrom: '2026-07-06', EffectiveTill: '2026-07-06', OverrideType: 'STANDARD', Config: [day('MONDAY', [8, 0], [20, 0])] },
      { Name: 'open', EffectiveFrom: '2026-07-06', EffectiveTill: '2026-07-06', OverrideType: 'OPEN', Config: [day('MONDAY', [20, 0], [22, 0])] },
      { Name: 'closed', EffectiveFrom: '2026-07-06', EffectiveTill: '2026-07-06', OverrideType: 'CLOSED', Config: [day('MONDAY', [12, 0], [16, 0])] },
    ])
    expect(read.exceptions).toEqual([{ date: '2026-07-06', hours: [{ time_open: 800, time_close: 1200 }, { time_open: 1600, time_close: 2200 }], label: 'closed' }])
  })
  it('temporary hours over a range replace every day, a day without hours closed; consecutive equal days are one range', () => {
    const read = withOverrides([{ Name: 'summer', EffectiveFrom: '2026-07-06', EffectiveTill: '2026-07-12', OverrideType: 'STANDARD', Config: [day('MONDAY', [10, 0], [14, 0]), day('TUESDAY', [10, 0], [14, 0])] }])
    expect(read.exceptions).toEqual([
      { from: '2026-07-06', to: '2026-07-07', hours: [{ time_open: 1000, time_close: 1400 }], label: 'summer' },
      { from: '2026-07-08', to: '2026-07-10', closed: true, label: 'summer' },
    ])
  })
  it('recurrence: monthly by day and by weekday occurrence, yearly, every other week; a missing day is skipped', () => {
    const monthly = withOverrides([{ Name: 'm', EffectiveFrom: '2026-01-01', EffectiveTill: '2026-04-30', OverrideType: 'CLOSED', Config: [], RecurrenceConfig: { RecurrencePattern: { Frequency: 'MONTHLY', Interval: 1, ByMonthDay: [31] } } }])
    expect(monthly.exceptions.map((e) => (e as { date: string }).date)).toEqual(['2026-03-31']) // Jan 31 is a Saturday; no 31 in Feb, Apr
    const second = withOverrides([{ Name: 's', EffectiveFrom: '2026-01-01', EffectiveTill: '2026-12-31', OverrideType: 'CLOSED', Config: [day('TUESDAY', [0, 0], [0, 0])], RecurrenceConfig: { RecurrencePattern: { Frequency: 'MONTHLY', Interval: 3, ByWeekdayOccurrence: [2] } } }])
    expect(second.exceptions.map((e) => (e as { date: string }).date)).toEqual(['2026-01-13', '2026-04-14', '2026-07-14', '2026-10-13'])
    const thanksgiving = withOverrides([{ Name: 't', EffectiveFrom: '2026-01-01', EffectiveTill: '2027-12-31', OverrideType: 'CLOSED', Config: [day('THURSDAY', [0, 0], [0, 0])], RecurrenceConfig: { RecurrencePattern: { Frequency: 'YEARLY', Interval: 1, ByMonth: [11], ByWeekdayOccurrence: [4] } } }])
    expect(thanksgiving.exceptions.map((e) => (e as { date: string }).date)).toEqual(['2026-11-26', '2027-11-25'])
  })
  it('with years: the days outside are an expanded loss; without years, a long recurring override is an issue', () => {
    const read = withOverrides([{ Name: 'x', EffectiveFrom: '2020-01-01', EffectiveTill: '2090-12-31', OverrideType: 'CLOSED', Config: [], RecurrenceConfig: { RecurrencePattern: { Frequency: 'WEEKLY', Interval: 1 } } }], [2026])
    expect(read.losses).toEqual([{ code: 'expanded', path: ['HoursOfOperationOverrideList', 0], message: 'override "x" runs 2020-01-01–2090-12-31: read within years 2026–2026 only' }])
    const unbounded = withOverrides([{ Name: 'x', EffectiveFrom: '2020-01-01', EffectiveTill: '2090-12-31', OverrideType: 'CLOSED', Config: [], RecurrenceConfig: { RecurrencePattern: { Frequency: 'WEEKLY', Interval: 1 } } }])
    expect(unbounded.issues[0]).toMatchObject({ code: 'out_of_range', path: ['HoursOfOperationOverrideList', 0, 'EffectiveTill'] })
  })
  it('located issues for bad overrides', () => {
    const read = withOverrides([
      { Name: 'a', EffectiveFrom: '2026-02-30', EffectiveTill: '2026-03-01', Config: [] },
      { Name: 'b', EffectiveFrom: '2026-03-02', EffectiveTill: '2026-03-01', Config: [] },
      { Name: 'c', EffectiveFrom: '2026-03-01', EffectiveTill: '2026-03-01', OverrideType: 'MAYBE', Config: [] },
      { Name: 'd', EffectiveFrom: '2026-03-01', EffectiveTill: '2026-03-01', Config: [], RecurrenceConfig: { RecurrencePattern: { Frequency: 'MONTHLY', Interval: 9, ByMonthDay: [1, 2], ByWeekdayOccurrence: [1] } } },
    ])
    expect(read.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_date', 'HoursOfOperationOverrideList.0.EffectiveFrom'],
      ['out_of_order', 'HoursOfOperationOverrideList.1.EffectiveTill'],
      ['invalid_type', 'HoursOfOperationOverrideList.2.OverrideType'],
      ['out_of_range', 'HoursOfOperationOverrideList.3.RecurrenceConfig.RecurrencePattern.Interval'],
      ['out_of_range', 'HoursOfOperationOverrideList.3.RecurrenceConfig.RecurrencePattern.ByMonthDay'],
      ['missing_field', 'HoursOfOperationOverrideList.3.RecurrenceConfig.RecurrencePattern.ByWeekdayOccurrence'],
    ])
  })
})

describe('writeConnect', () => {
  const week = scheduleFromIntervals([{ start: 1440 + 540, end: 1440 + 1020 }])
  it('a yearly entry becomes yearly overrides, closed outside its hours and open within, outside the years a date decides', () => {
    const calendar = withExceptions(week, [
      { date: '--12-24', hours: [{ time_open: 900, time_close: 1300 }], label: 'Christmas Eve' },
      { date: '2027-12-24', closed: true },
    ])
    const { value, losses } = writeConnect(calendar, { timeZone: 'UTC', years: { from: 2026, to: 2028 } })
    expect(value.HoursOfOperationOverrideList.map((o) => [o.Name, o.OverrideType, o.EffectiveFrom, o.EffectiveTill])).toEqual([
      ['callhours 2027-12-24', 'STANDARD', '2027-12-24', '2027-12-24'],
      ['Christmas Eve', 'CLOSED', '2026-01-01', '2026-12-31'],
      ['Christmas Eve (open)', 'OPEN', '2026-01-01', '2026-12-31'],
      ['Christmas Eve', 'CLOSED', '2028-01-01', '2028-12-31'],
      ['Christmas Eve (open)', 'OPEN', '2028-01-01', '2028-12-31'],
    ])
    expect(losses).toEqual([{ code: 'expanded', path: ['exceptions', 0], message: "yearly --12-24 written as yearly overrides effective 2026, 2028: Connect overrides end, callhours' yearly entries do not" }])
  })
  it('more than 50 overrides: the rest are over_limit losses; absolute entries and a missing zone are losses', () => {
    const entries = Array.from({ length: 52 }, (_, i) => ({ date: `2026-0${1 + Math.floor(i / 28)}-${String(1 + (i % 28)).padStart(2, '0')}`, closed: true }))
    const { value, losses } = writeConnect(withExceptions(week, [...entries, { start: '2026-05-01T10:00:00Z', end: '2026-05-01T11:00:00Z', closed: true }]))
    expect(value.HoursOfOperationOverrideList).toHaveLength(50)
    expect(losses.map((l) => [l.code, l.path.join('.')])).toEqual([
      ['not_supported', 'exceptions.52'],
      ['over_limit', 'exceptions.50'],
      ['over_limit', 'exceptions.51'],
      ['zone', ''],
    ])
  })
  it('wrong arguments are TypeErrors', () => {
    // A hand-built schedule that is not one is checked as every query checks hours (one rule for every writer).
    expect(() => writeConnect({ intervals: 'no' })).toThrow(BusinessHoursError)
    expect(() => writeConnect(null as never)).toThrow(TypeError)
    expect(() => writeConnect(week, { colour: 1 } as never)).toThrow(TypeError)
  })
})

describe('hostile input: located issues in bounded time', () => {
  it('wrong types, huge lists, deep nesting, throwing getters', () => {
    const started = Date.now()
    expect(readConnect(42).issues[0]!.code).toBe('not_an_object')
    expect(readConnect('{').issues[0]!.code).toBe('unreadable')
    expect(readConnect({ Config: 'x' }).issues[0]).toMatchObject({ code: 'not_an_array', path: ['Config'] })
    expect(readConnect({ Config: [{ Day: 'FUNDAY', StartTime: { Hours: 25 }, EndTime: [] }] }).issues.map((i) => i.code)).toEqual(['invalid_type'])
    expect(readConnect({ Config: [day('MONDAY', [25, 0], [1, 70])] }).issues.map((i) => i.path.join('.'))).toEqual(['Config.0.StartTime.Hours', 'Config.0.EndTime.Minutes'])
    expect(readConnect({ HoursOfOperationOverrideList: new Array(1_000_000).fill(0) }).issues[0]!.code).toBe('out_of_range')
    const big = readConnect({ Config: new Array(200_000).fill(day('MONDAY', [9, 0], [17, 0])) })
    expect(big.ok).toBe(true)
    let nested: unknown = {}
    for (let i = 0; i < 10_000; i++) nested = { HoursOfOperation: nested }
    expect(readConnect(nested).ok).toBe(false)
    const trap = Object.defineProperty({}, 'Config', { enumerable: true, get: () => { throw new Error('no') } })
    expect(readConnect(trap).issues[0]!.code).toBe('unreadable')
    expect(readConnect('x'.repeat(17 * 1024 * 1024)).issues[0]!.code).toBe('out_of_range')
    expect(Date.now() - started).toBeLessThan(10_000)
  })
})
