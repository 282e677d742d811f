import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readTeams, writeTeams, type TeamsFixedSchedule } from '../../../src/formats/index'
import { scheduleFromIntervals, withExceptions } from '../../../src/index'
import { scheduleArb } from '../../query/arbitraries'
import { entriesNearArb } from '../../calendar/arbitraries'
import { firstDifferentInstant } from '../sameInstants'
import { calendarOf, firstDifference, hostileInputs, RUNS, sealed, zoneArb } from '../callCenterCases'

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/formats/teams/${name}`, import.meta.url), 'utf8')
const week = (intervals: { start: number; end: number }[]) => scheduleFromIntervals(intervals)

describe('readTeams', () => {
  it("reads the docs' examples: split weekdays, a whole-day holiday with no End, a holiday from 09:00, the Windows zone", () => {
    const read = readTeams(fixture('business-hours.json'))
    expect(read.issues).toEqual([])
    expect(read.timeZone).toBe('America/Los_Angeles')
    expect(read.schedule!.intervals).toHaveLength(10)
    expect(read.schedule!.intervals[0]).toEqual({ start: 1980, end: 2160 })
    // Whole days closed are entries (2017-01-01, a Sunday, too); 2017-12-24 is a Sunday closed from 09:00,
    // which changes nothing that day: no entry.
    expect(read.exceptions).toEqual([
      { date: '2017-01-01', closed: true, label: 'New Year' },
      { from: '2017-12-25', to: '2017-12-26', closed: true, label: 'Christmas' },
    ])
  })

  it('reads ConvertTo-Json TimeSpans, 1.00:00 as the end of the day, a numeric Type and ComplementEnabled', () => {
    const read = readTeams(fixture('after-hours-convertto-json.json'))
    expect(read.issues).toEqual([])
    expect(read.schedule!.intervals).toEqual([
      { start: 0, end: 1980 }, { start: 2460, end: 3420 }, { start: 3900, end: 4860 }, { start: 5340, end: 6300 }, { start: 6780, end: 7740 }, { start: 8220, end: 8640 },
    ])
    expect(read.timeZone).toBeUndefined()
    expect(readTeams(fixture('after-hours-convertto-json.json'), { timeZone: 'Eastern Time (US & Canada)' }).timeZone).toBe('America/New_York')
  })

  it('TimeSpan text forms: HH:MM, HH:MM:SS, 1.00:00, and the end of the day', () => {
    const read = readTeams({ WeeklyRecurrentSchedule: { SundayHours: [{ Start: '0:00', End: '1.00:00' }], MondayHours: [{ Start: '22:00:00', End: '1.00:00:00' }], TuesdayHours: [{ Start: '00:00', End: '02:00' }] } })
    expect(read.schedule!.intervals).toEqual([{ start: 0, end: 1440 }, { start: 2760, end: 3000 }])
  })

  it('a partly closed day keeps the weekly hours it does not close', () => {
    const read = readTeams([
      { Type: 'WeeklyRecurrence', WeeklyRecurrentSchedule: { ThursdayHours: [{ Start: '09:00', End: '17:00' }], FridayHours: [{ Start: '09:00', End: '17:00' }] } },
      { Name: 'Early close', Type: 'Fixed', FixedSchedule: { DateTimeRanges: [{ Start: '2026-12-24T13:00:00', End: '2026-12-25T10:00:00' }] } },
      { Name: 'Later', Type: 'Fixed', FixedSchedule: { DateTimeRanges: [{ Start: '2026-12-25T15:00:00', End: '2026-12-25T16:00:00' }] } },
    ])
    expect(read.exceptions).toEqual([
      { date: '2026-12-24', hours: [{ time_open: 900, time_close: 1300 }], label: 'Early close' },
      { date: '2026-12-25', hours: [{ time_open: 1000, time_close: 1500 }, { time_open: 1600, time_close: 1700 }], label: 'Early close' },
    ])
  })

  it('no weekly schedule: the auto attendant is always in its business-hours flow', () => {
    const read = readTeams([{ Name: 'Holiday', FixedSchedule: { DateTimeRanges: [{ Start: '2026-07-04T00:00:00', End: '2026-07-05T00:00:00' }] } }])
    expect(read.schedule!.intervals).toEqual([{ start: 0, end: 10080 }])
    expect(read.exceptions).toEqual([{ date: '2026-07-04', closed: true, label: 'Holiday' }])
  })

  it('reports every unreadable part at its place', () => {
    const read = readTeams({
      TimeZoneId: 'Atlantis Standard Time',
      Schedules: [
        { Type: 'WeeklyRecurrence', WeeklyRecurrentSchedule: { MondayHours: [{ Start: '17:00', End: '09:00' }, { Start: '9am', End: '10:00' }, { Start: '09:00:30', End: '10:00' }], ComplementEnabled: 'yes' } },
        { Type: 'WeeklyRecurrence', WeeklyRecurrentSchedule: {} },
        { Type: 'Holiday' },
        { FixedSchedule: { DateTimeRanges: [{ Start: '2026-12-24T09:00:00Z', End: '2026-12-25' }, { Start: '2026-12-24', End: '2026-12-23' }, { Start: '/Date(1514073600000)/' }] } },
        {},
      ],
    })
    expect(read.ok).toBe(false)
    expect(read.issues.map((issue) => [issue.path.join('.'), issue.code])).toEqual([
      ['TimeZoneId', 'unknown_time_zone'],
      ['Schedules.0.WeeklyRecurrentSchedule.MondayHours.0.End', 'close_before_open'],
      ['Schedules.0.WeeklyRecurrentSchedule.MondayHours.1.Start', 'invalid_minutes'],
      ['Schedules.0.WeeklyRecurrentSchedule.MondayHours.2.Start', 'not_whole_minute'],
      ['Schedules.0.WeeklyRecurrentSchedule.ComplementEnabled', 'invalid_type'],
      ['Schedules.1', 'conflicting_field'],
      ['Schedules.2.Type', 'out_of_range'],
      ['Schedules.3.FixedSchedule.DateTimeRanges.0.Start', 'invalid_date'],
      ['Schedules.3.FixedSchedule.DateTimeRanges.1.End', 'out_of_order'],
      ['Schedules.3.FixedSchedule.DateTimeRanges.2.Start', 'invalid_date'],
      ['Schedules.4', 'missing_field'],
    ])
    expect(read.issues.find((issue) => issue.message.includes('PowerShell 7'))).toBeDefined()
  })

  it('turns hostile input into located issues in bounded time', () => {
    for (const input of hostileInputs()) {
      const started = performance.now()
      const read = readTeams(input)
      expect(performance.now() - started).toBeLessThan(3000)
      if (!read.ok) expect(read.issues.length).toBeGreaterThan(0)
    }
    // A holiday over centuries is one entry, not a day at a time.
    const started = performance.now()
    const long = readTeams([{ FixedSchedule: { DateTimeRanges: [{ Start: '0001-01-01T12:00:00', End: '9999-12-31T12:00:00' }] } }])
    expect(performance.now() - started).toBeLessThan(1000)
    expect(long.exceptions).toHaveLength(3)
  })
})

describe('writeTeams', () => {
  it('writes the fixture back as it was read', () => {
    const read = readTeams(fixture('business-hours.json'))
    const written = writeTeams(read.calendar!, { timeZone: read.timeZone })
    expect(written.losses).toEqual([])
    expect(written.value.TimeZoneId).toBe('Pacific Standard Time')
    const again = readTeams(written.value)
    expect(again.schedule).toEqual(read.schedule)
    expect(again.exceptions).toEqual(read.exceptions)
  })

  it('rounds off-grid times inward by default, outward when asked', () => {
    const monday = week([{ start: 1440 + 9 * 60 + 10, end: 1440 + 16 * 60 + 50 }])
    expect(writeTeams(monday).value.Schedules[0]).toMatchObject({ WeeklyRecurrentSchedule: { MondayHours: [{ Start: '09:15', End: '16:45' }] } })
    const outward = writeTeams(monday, { rounding: 'outward' })
    expect(outward.value.Schedules[0]).toMatchObject({ WeeklyRecurrentSchedule: { MondayHours: [{ Start: '09:00', End: '17:00' }] } })
    expect(outward.losses.map((loss) => [loss.code, loss.path])).toEqual([['rounded', ['schedule', 'intervals', 0]]])
    // A span shorter than the grid disappears inward, and says so.
    expect(writeTeams(week([{ start: 1445, end: 1455 }])).losses[0]!.message).toContain('written inward as closed')
  })

  it('a closed week is the complement of the whole week; 24/7 is every day to 1.00:00', () => {
    const closed = writeTeams(week([])).value.Schedules[0]!
    expect(closed).toMatchObject({ WeeklyRecurrentSchedule: { ComplementEnabled: true, SundayHours: [{ Start: '00:00', End: '1.00:00' }] } })
    expect(readTeams(writeTeams(week([])).value).schedule!.intervals).toEqual([])
    expect(readTeams(writeTeams(week([{ start: 0, end: 10080 }])).value).schedule!.intervals).toEqual([{ start: 0, end: 10080 }])
  })

  it('applies precedence: a date reopened inside a closed range stays open', () => {
    const calendar = withExceptions(week([{ start: 1980, end: 2460 }, { start: 3420, end: 3900 }, { start: 4860, end: 5340 }]), [
      { from: '2026-12-21', to: '2026-12-23', closed: true, label: 'Shutdown' },
      { date: '2026-12-22', hours: [{ time_open: 1000, time_close: 1200 }] },
    ])
    const written = writeTeams(calendar)
    expect(written.losses).toEqual([])
    const holidays = written.value.Schedules.slice(1) as TeamsFixedSchedule[]
    expect(holidays.map((h) => [h.Name, h.FixedSchedule.DateTimeRanges])).toEqual([
      ['Shutdown', [{ Start: '2026-12-21T00:00:00', End: '2026-12-22T00:00:00' }, { Start: '2026-12-23T00:00:00', End: '2026-12-24T00:00:00' }]],
      ['2026-12-22', [{ Start: '2026-12-22T00:00:00', End: '2026-12-22T10:00:00' }, { Start: '2026-12-22T12:00:00', End: '2026-12-23T00:00:00' }]],
    ])
    const read = readTeams(written.value)
    const entries = [
      { from: '2026-12-21', to: '2026-12-23', closed: true },
      { date: '2026-12-22', hours: [{ time_open: 1000, time_close: 1200 }] },
    ]
    expect(firstDifferentInstant(calendar.schedule.intervals, entries, read.calendar!, 'America/New_York', Date.UTC(2026, 11, 18), Date.UTC(2026, 11, 27))).toBeUndefined()
  })

  it('says what Teams holidays cannot hold', () => {
    const calendar = withExceptions(week([{ start: 1980, end: 2460 }]), [
      { date: '2026-12-21', hours: [{ time_open: 800, time_close: 1200 }] },
      { date: '--12-25', closed: true },
      { start: '2026-12-01T15:00:00Z', end: '2026-12-01T16:00:00Z', open: true },
      { start: '2026-12-02T15:00:00Z', end: '2026-12-02T16:00:00Z', closed: true },
      { from: '2026-11-02', to: '2026-11-13', hours: [{ time_open: 900, time_close: 1000 }] },
    ])
    const written = writeTeams(calendar)
    expect(written.losses.map((loss) => [loss.code, loss.path.join('.')])).toEqual([
      ['not_supported', 'exceptions.1'],
      ['not_supported', 'exceptions.2'],
      ['not_supported', 'exceptions.3'],
      ['not_supported', 'exceptions.0'],
      ['not_supported', 'exceptions.4'],
      ['over_limit', 'exceptions.4'],
    ])
    const withYears = writeTeams(calendar, { years: [2026, 2027], timeZone: 'America/New_York' })
    expect(withYears.losses.map((loss) => [loss.code, loss.path.join('.')])).toEqual([
      ['expanded', 'exceptions.1'],
      ['not_supported', 'exceptions.2'],
      ['not_supported', 'exceptions.0'],
      ['not_supported', 'exceptions.4'],
      ['over_limit', 'exceptions.4'],
    ])
    const instant = (withYears.value.Schedules as TeamsFixedSchedule[]).find((s) => s.Name === 'Closed 2026-12-02')!
    expect(instant.FixedSchedule.DateTimeRanges).toEqual([{ Start: '2026-12-02T10:00:00', End: '2026-12-02T11:00:00' }])
  })

  it('refuses wrong arguments and options', () => {
    expect(() => writeTeams(undefined as never)).toThrow(TypeError)
    expect(() => writeTeams(week([]), { rounding: 'nearest' } as never)).toThrow(RangeError)
    expect(() => writeTeams(week([]), { timeZone: 'Mars/Olympus' })).toThrow(RangeError)
  })

  it('round trip of weeks on the quarter-hour grid: exact', () => {
    const quarterWeekArb = fc.uniqueArray(fc.integer({ min: 0, max: 672 }), { minLength: 0, maxLength: 16 }).map((cuts) => {
      const sorted = cuts.sort((a, b) => a - b).map((cut) => cut * 15)
      const intervals: { start: number; end: number }[] = []
      for (let i = 0; i + 1 < sorted.length; i += 2) intervals.push({ start: sorted[i]!, end: sorted[i + 1]! })
      return { intervals }
    })
    fc.assert(
      fc.property(quarterWeekArb, zoneArb, (schedule, zone) => {
        const written = writeTeams(sealed(schedule), { timeZone: zone })
        expect(written.losses.filter((loss) => loss.code !== 'zone')).toEqual([])
        const read = readTeams(JSON.stringify(written.value))
        expect(read.schedule!.intervals).toEqual(sealed(schedule).intervals)
        expect(firstDifference((from, to) => firstDifferentInstant(schedule.intervals, [], read.calendar!, zone, from, to))).toBeUndefined()
      }),
      { numRuns: RUNS },
    )
  })

  it('round trip of any week and calendar: the same instants, or the losses say why', () => {
    fc.assert(
      fc.property(scheduleArb, zoneArb, fc.constantFrom(Date.UTC(2026, 2, 8, 12), Date.UTC(2026, 10, 1, 12)).chain((anchor) => entriesNearArb(anchor)), (schedule, zone, entries) => {
        const calendar = calendarOf(schedule, entries)
        const written = writeTeams(calendar, { timeZone: zone, years: [2025, 2026, 2027] })
        const read = readTeams(JSON.stringify(written.value))
        expect(read.ok).toBe(true)
        const lost = written.losses.filter((loss) => loss.code !== 'expanded' && loss.code !== 'zone')
        if (lost.length === 0) {
          expect(firstDifference((from, to) => firstDifferentInstant(schedule.intervals, entries, read.calendar!, zone, from, to))).toBeUndefined()
        }
      }),
      { numRuns: RUNS },
    )
  })

  it('round trip of Teams-shaped calendars (half-hour weeks, closures): exact within the years written', () => {
    const halfHourWeekArb = fc.uniqueArray(fc.integer({ min: 0, max: 336 }), { maxLength: 12 }).map((cuts) => {
      const sorted = cuts.sort((a, b) => a - b).map((cut) => cut * 30)
      const intervals: { start: number; end: number }[] = []
      for (let i = 0; i + 1 < sorted.length; i += 2) intervals.push({ start: sorted[i]!, end: sorted[i + 1]! })
      return { intervals }
    })
    const closedEntriesArb = fc.constantFrom(Date.UTC(2026, 2, 8, 12), Date.UTC(2026, 10, 1, 12)).chain((anchor) => entriesNearArb(anchor)).map((entries) =>
      entries.flatMap((entry) => {
        const e = entry as Record<string, unknown>
        if (typeof e.start === 'string') {
          if (e.open === true) return []
          const snap = (iso: string): string => new Date(Math.round(Date.parse(iso) / 1_800_000) * 1_800_000).toISOString()
          const start = snap(e.start)
          const end = snap(e.end as string)
          return start < end ? [{ start, end, closed: true }] : []
        }
        const { hours: _hours, closed: _closed, ...rest } = e
        return [{ ...rest, closed: true }]
      }),
    )
    let exact = 0
    fc.assert(
      fc.property(halfHourWeekArb, zoneArb, closedEntriesArb, (schedule, zone, entries) => {
        const written = writeTeams(calendarOf(schedule, entries), { timeZone: zone, years: [2025, 2026, 2027] })
        const read = readTeams(JSON.stringify(written.value))
        const lost = written.losses.filter((loss) => loss.code !== 'expanded' && loss.code !== 'zone')
        expect(lost.every((loss) => loss.code === 'approximated' || loss.code === 'over_limit' || loss.code === 'rounded')).toBe(true)
        if (lost.length === 0) {
          exact++
          expect(firstDifference((from, to) => firstDifferentInstant(schedule.intervals, entries, read.calendar!, zone, from, to))).toBeUndefined()
        }
      }),
      { numRuns: RUNS },
    )
    expect(exact).toBeGreaterThan(RUNS / 2)
  })
})
