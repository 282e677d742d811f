/**
 * Issue 12, named examples for keeping a Retreaver target (which stores only weekly hours) in step
 * with a calendar: `weekRecordsAt` and `planExceptionUpdates`. New York, Mon–Fri 09:00–17:00,
 * closed every --12-25 and 09:00–13:00 on 2026-12-24. EST is UTC−5 throughout: 2026-12-24 is a
 * Thursday, 2026-12-25 a Friday, 2027-01-01 a Friday.
 */
import { describe, expect, it } from 'vitest'
import {
  applyBusinessHoursAttributes,
  diffBusinessHours,
  isOpen,
  parseBusinessHours,
  planExceptionUpdates,
  EPOCH_MS,
  scheduleFromIntervals,
  toBusinessHours,
  weekRecordsAt,
  withExceptions,
  type BusinessHourInput,
  type BusinessHourRecord,
  type DayOfWeek,
  type PlanStep,
} from '../../src/index'
import { serverOpenAt } from '../oracles/calendarModel'
import { railsNestedAttributes, type Row } from '../oracles/railsNestedAttributes'

const NY = 'America/New_York'
const HOUR = 3_600_000

const z = (iso: string): Date => new Date(iso)

const WEEKDAYS = scheduleFromIntervals([1, 2, 3, 4, 5].map((day) => ({ start: day * 1440 + 540, end: day * 1440 + 1020 })))
const christmas = withExceptions(WEEKDAYS, [
  { date: '--12-25', closed: true, label: 'Christmas' },
  { date: '2026-12-24', hours: [{ time_open: 900, time_close: 1300 }], label: 'Christmas Eve' },
])

const closed = (day: DayOfWeek): BusinessHourInput => ({ day_of_week: day, time_open: 0, time_close: 2400, work_day: false, invert: false })
const open = (day: DayOfWeek, from: number, to: number): BusinessHourInput => ({ day_of_week: day, time_open: from, time_close: to, work_day: true, invert: false })

/** The usual week as records: Sunday closed, Mon–Fri 0900–1700, Saturday closed. */
const NORMAL_WEEK = [closed(0), open(1, 900, 1700), open(2, 900, 1700), open(3, 900, 1700), open(4, 900, 1700), open(5, 900, 1700), closed(6)]

/** The target's records as the server returns them, ids 100 (Sunday) to 106 (Saturday). */
const SERVER: BusinessHourRecord[] = NORMAL_WEEK.map((record) => ({ id: 100 + record.day_of_week, ...record }) as BusinessHourRecord)

const byDay = (records: readonly BusinessHourInput[], day: number): BusinessHourInput[] => records.filter((record) => record.day_of_week === day)

describe('weekRecordsAt: each weekday holds its current or next date', () => {
  it('on Wed 2026-12-23: Thursday 0900–1300, Friday closed, Mon–Wed 0900–1700, Sat/Sun closed', () => {
    expect(weekRecordsAt(christmas, Date.UTC(2026, 11, 23, 15), NY)).toEqual([
      closed(0), // Sun 27th
      open(1, 900, 1700), // Mon 28th
      open(2, 900, 1700), // Tue 29th
      open(3, 900, 1700), // Wed 23rd, today
      open(4, 900, 1300), // Thu 24th, Christmas Eve
      closed(5), // Fri 25th, Christmas: work_day false, 0–2400
      closed(6), // Sat 26th
    ])
  })

  it("at Thu 2026-12-24 20:00 EST, after closing, Thursday's record is still the 24th's", () => {
    // 20:00 EST = 2026-12-25T01:00Z: already the 25th in UTC, still the 24th in New York.
    const records = weekRecordsAt(christmas, z('2026-12-25T01:00:00Z'), NY)
    expect(byDay(records, 4)).toEqual([open(4, 900, 1300)])
    expect(byDay(records, 5)).toEqual([closed(5)])
    // At 00:00 EST on the 25th (05:00Z) Thursday becomes the 31st: normal again.
    expect(byDay(weekRecordsAt(christmas, z('2026-12-25T05:00:00Z'), NY), 4)).toEqual([open(4, 900, 1700)])
  })

  it("on Saturday 2026-12-26, Friday's record is the coming Friday (2027-01-01, normal hours)", () => {
    expect(weekRecordsAt(christmas, z('2026-12-26T17:00:00Z'), NY)).toEqual(NORMAL_WEEK)
    // A plain schedule is its own records at any instant.
    expect(weekRecordsAt(WEEKDAYS, z('2026-12-23T15:00:00Z'), NY)).toEqual(toBusinessHours(WEEKDAYS))
  })

  it('diffBusinessHours(serverRecords, weekRecordsAt(…)) keeps the server ids, and the week after puts them back', () => {
    const beforeChristmas = diffBusinessHours(SERVER, weekRecordsAt(christmas, Date.UTC(2026, 11, 23, 15), NY))
    expect(beforeChristmas).toEqual([
      { id: 104, ...open(4, 900, 1300) },
      { id: 105, ...closed(5) },
    ])
    const serverOverChristmas = applyBusinessHoursAttributes(SERVER, beforeChristmas)
    // The server, holding those records, answers as the calendar every 30 minutes of the 24th and 25th.
    const served = parseBusinessHours(serverOverChristmas)
    for (let t = Date.UTC(2026, 11, 24, 5); t < Date.UTC(2026, 11, 26, 5); t += HOUR / 2) {
      expect(isOpen(served, t, NY)).toBe(isOpen(christmas, t, NY))
    }
    // On Saturday the 26th: Thursday and Friday back to 0900–1700, same ids, nothing created.
    const afterChristmas = diffBusinessHours(serverOverChristmas, weekRecordsAt(christmas, z('2026-12-26T17:00:00Z'), NY))
    expect(afterChristmas).toEqual([
      { id: 104, ...open(4, 900, 1700) },
      { id: 105, ...open(5, 900, 1700) },
    ])
    expect(applyBusinessHoursAttributes(serverOverChristmas, afterChristmas)).toEqual(SERVER)
  })
})

describe('planExceptionUpdates', () => {
  // 2026-12-14T00:00Z is Sun 13th 19:00 EST; 2027-01-04T00:00Z is Sun 3rd 19:00 EST.
  const RANGE = { from: Date.UTC(2026, 11, 14), to: Date.UTC(2027, 0, 4) }

  it('Christmas in New York, 2026-12-14 to 2027-01-04: three steps, their windows, dates and labels', () => {
    const steps = planExceptionUpdates(christmas, RANGE.from, RANGE.to, NY)
    const summary = steps.map((step) => [step.notBefore.toISOString(), step.notAfter.toISOString(), step.dates, step.labels])
    expect(summary).toEqual([
      // The week as it is at `from` (dates Sun 13th – Sat 19th, all normal); any time after Sun 6th ended.
      [
        '2026-12-07T05:00:00.000Z',
        '2026-12-14T00:00:00.000Z',
        ['2026-12-13', '2026-12-14', '2026-12-15', '2026-12-16', '2026-12-17', '2026-12-18', '2026-12-19'],
        [],
      ],
      // Thursday and Friday change together: after Fri 18th ended (Sat 19th 00:00 EST), before
      // Thu 24th 13:00 EST, the first minute the 24th differs from the 17th.
      ['2026-12-19T05:00:00.000Z', '2026-12-24T18:00:00.000Z', ['2026-12-24', '2026-12-25'], ['Christmas Eve', 'Christmas']],
      // Back to normal: after Fri 25th ended (Sat 26th 00:00 EST), before Thu 31st 13:00 EST.
      ['2026-12-26T05:00:00.000Z', '2026-12-31T18:00:00.000Z', ['2026-12-31', '2027-01-01'], []],
    ])
    for (const step of steps) expect(step.notBefore.getTime()).toBeLessThanOrEqual(step.notAfter.getTime())
    for (let i = 1; i < steps.length; i++) expect(steps[i]!.notAfter.getTime()).toBeGreaterThan(steps[i - 1]!.notAfter.getTime())
    expect(steps[0]!.notAfter.getTime()).toBe(RANGE.from)
  })

  it("the steps' records: normal, then Christmas Thursday/Friday, then the normal week restored", () => {
    const [first, second, third] = planExceptionUpdates(christmas, RANGE.from, RANGE.to, NY) as [PlanStep, PlanStep, PlanStep]
    expect(first.records).toEqual(NORMAL_WEEK)
    expect(second.records).toEqual([closed(0), open(1, 900, 1700), open(2, 900, 1700), open(3, 900, 1700), open(4, 900, 1300), closed(5), closed(6)])
    expect(third.records).toEqual(NORMAL_WEEK)
    expect(third.records).toEqual(toBusinessHours(WEEKDAYS))
    // The first step's records are the week at `from`; each later one's the week from its notBefore on.
    expect(first.records).toEqual(weekRecordsAt(christmas, first.notAfter, NY))
    for (const step of [second, third]) expect(step.records).toEqual(weekRecordsAt(christmas, step.notBefore, NY))
    // Sent as diffs in turn, they keep the server's ids and end where it started.
    let server = SERVER
    for (const step of [first, second, third]) server = applyBusinessHoursAttributes(server, diffBusinessHours(server, step.records))
    expect(server).toEqual(SERVER)
  })

  it('an emergency closure: its step is due at its start, and one entered the same day is in the first step', () => {
    // Wed 2026-12-02 10:00–12:00 EST (15:00Z–17:00Z), closed.
    const storm = withExceptions(WEEKDAYS, [{ start: '2026-12-02T10:00:00-05:00', end: '2026-12-02T12:00:00-05:00', closed: true, label: 'Storm' }])
    const planned = planExceptionUpdates(storm, z('2026-11-20T15:00:00Z'), z('2026-12-12T05:00:00Z'), NY)
    const stormStep = planned.find((step) => step.dates.includes('2026-12-02'))!
    expect(stormStep.notAfter).toEqual(z('2026-12-02T15:00:00Z')) // its start, 10:00 EST
    expect(stormStep.notBefore).toEqual(z('2026-11-26T05:00:00Z')) // once Wed 25th has ended
    expect(stormStep.labels).toEqual(['Storm'])
    expect(byDay(stormStep.records, 3)).toEqual([open(3, 900, 1000), open(3, 1200, 1700)])
    // Then Wednesday goes back to normal after the 2nd, before 10:00 EST on the 9th.
    expect(planned.map((step) => [step.notBefore.toISOString(), step.notAfter.toISOString(), step.dates])).toEqual([
      ['2026-11-14T05:00:00.000Z', '2026-11-20T15:00:00.000Z', ['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26']],
      ['2026-11-26T05:00:00.000Z', '2026-12-02T15:00:00.000Z', ['2026-12-02']],
      ['2026-12-03T05:00:00.000Z', '2026-12-09T15:00:00.000Z', ['2026-12-09']],
    ])

    // Entered the same day, at Wed 08:00 EST (13:00Z): the first step already holds it and is due now.
    const sameDay = planExceptionUpdates(storm, z('2026-12-02T13:00:00Z'), z('2026-12-12T05:00:00Z'), NY)
    expect(sameDay[0]!.notAfter).toEqual(z('2026-12-02T13:00:00Z'))
    expect(sameDay[0]!.notAfter.getTime()).toBeLessThanOrEqual(Date.UTC(2026, 11, 2, 15))
    expect(sameDay[0]!.labels).toEqual(['Storm'])
    expect(byDay(sameDay[0]!.records, 3)).toEqual([open(3, 900, 1000), open(3, 1200, 1700)])
    expect(sameDay.map((step) => step.dates)).toEqual([
      ['2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06', '2026-12-07', '2026-12-08'],
      ['2026-12-09'],
    ])
  })

  it('errors: to ≤ from and a range over five years are RangeErrors; a range that is not an object is a TypeError', () => {
    const from = Date.UTC(2026, 11, 14)
    expect(() => planExceptionUpdates(christmas, from, from, NY)).toThrow(RangeError)
    expect(() => planExceptionUpdates(christmas, from, from - HOUR, NY)).toThrow(RangeError)
    // Five years are at most 5 × 366 days.
    expect(() => planExceptionUpdates(christmas, from, from + 5 * 366 * 24 * HOUR + 1, NY)).toThrow(RangeError)
    expect(planExceptionUpdates(WEEKDAYS, from, from + 5 * 366 * 24 * HOUR, NY)).toHaveLength(1)
    for (const instant of ['next month', null, undefined, [from, from + HOUR]]) {
      expect(() => planExceptionUpdates(christmas, instant as never, from + HOUR, NY)).toThrow(TypeError)
    }
    expect(() => planExceptionUpdates(christmas, from, from + HOUR, 7 as never)).toThrow(TypeError)
    expect(() => planExceptionUpdates(christmas, from, from + HOUR, NY, { epochMS: true } as never)).toThrow(TypeError)
  })

  it('answers in epoch milliseconds with EPOCH_MS, the same instants; the old order (calendar, zone, { from, to }) still answers the same, deprecated', () => {
    const dates = planExceptionUpdates(christmas, RANGE.from, RANGE.to, NY)
    const numbers = planExceptionUpdates(christmas, RANGE.from, RANGE.to, NY, EPOCH_MS)
    expect(numbers.map((step) => [step.notBefore, step.notAfter])).toEqual(dates.map((step) => [step.notBefore.getTime(), step.notAfter.getTime()]))
    expect(planExceptionUpdates(christmas, NY, RANGE)).toEqual(dates)
    for (const range of [42, null, [RANGE.from, RANGE.to]]) expect(() => planExceptionUpdates(christmas, NY, range as never)).toThrow(TypeError)
  })

  it('a plain WeeklySchedule gives exactly one step: the week as it is, due at from', () => {
    const steps = planExceptionUpdates(WEEKDAYS, RANGE.from, RANGE.to, NY)
    expect(steps).toHaveLength(1)
    expect(steps[0]!.notAfter.getTime()).toBe(RANGE.from)
    expect(steps[0]!.notBefore.getTime()).toBeLessThanOrEqual(RANGE.from)
    expect(steps[0]!.records).toEqual(toBusinessHours(WEEKDAYS))
    expect(steps[0]!.labels).toEqual([])
  })
})

describe('a date the clock skips (found by the deep property run: Pacific/Apia, 2011-12-30)', () => {
  // Samoa went from Thursday 2011-12-29 23:59:59 −10 to Saturday 2011-12-31 00:00 +14: no instant reads Friday the 30th.
  const entries = [
    { start: '2011-12-29T09:00:00.000Z', end: '2011-12-30T05:30:00.000Z', open: true },
    { start: '2012-01-02T09:30:00.000Z', end: '2012-01-03T14:30:00.000Z', closed: true },
  ]
  const apia = withExceptions(scheduleFromIntervals([]), entries)
  const from = Date.parse('2011-12-23T10:00:00Z')
  const to = from + 21 * 86_400_000

  it('the change for Thursday 2012-01-05 is not sent while Thursday the 29th still runs (it ends at 10:00Z on the 30th)', () => {
    const steps = planExceptionUpdates(apia, from, to, 'Pacific/Apia')
    const backToClosed = steps.find((step) => step.dates.includes('2012-01-05'))!
    expect(backToClosed.notBefore.toISOString()).toBe('2011-12-30T10:00:00.000Z')
  })

  it('applied at the start or the end of every window, the server answers as the calendar every hour of the range', () => {
    const steps = planExceptionUpdates(apia, from, to, 'Pacific/Apia')
    for (const pick of ['notBefore', 'notAfter'] as const) {
      let server: BusinessHourRecord[] = []
      const held: { at: number; records: BusinessHourRecord[] }[] = []
      for (const step of steps) {
        server = railsNestedAttributes(server as Row[], diffBusinessHours(server, step.records) as unknown as Record<string, unknown>[], 1 + Math.max(0, ...server.map((r) => r.id))) as BusinessHourRecord[]
        held.push({ at: Math.max(step[pick].getTime(), held.at(-1)?.at ?? -Infinity), records: server })
      }
      for (let t = from; t < to; t += 3_600_000) {
        const records = [...held].reverse().find((h) => h.at <= t)!.records
        expect(serverOpenAt(records, 'Pacific/Apia', t), `${pick}, ${new Date(t).toISOString()}`).toBe(isOpen(apia, t, 'Pacific/Apia'))
      }
    }
  })
})

describe('issue 19: a step is right from its notBefore until the next step is due', () => {
  // London, Mon–Fri 09:00–17:00, GB holidays: Christmas Fri 2026-12-25, Boxing Day Sat 12-26 and its
  // substitute, Monday 12-28. `callhours plan london.json --holidays GB --from 2026-12-14T00:00Z --days 13`.
  const LONDON = 'Europe/London'
  const london = withExceptions(WEEKDAYS, [
    { date: '2026-12-25', closed: true, label: 'Christmas Day' },
    { date: '2026-12-26', closed: true, label: 'Boxing Day' },
    { date: '2026-12-28', closed: true, label: 'Boxing Day (substitute day)' },
  ])
  const range = { from: z('2026-12-14T00:00:00Z'), to: z('2026-12-27T00:00:00Z') }

  it('London: the Christmas step, sendable from Saturday 12-19, keeps Monday open (12-21 still has to run)', () => {
    const steps = planExceptionUpdates(london, range.from, range.to, LONDON)
    const christmasStep = steps.find((step) => step.dates.includes('2026-12-25'))!
    expect(christmasStep.notBefore).toEqual(z('2026-12-19T00:00:00Z'))
    expect(byDay(christmasStep.records, 1)).toEqual([open(1, 900, 1700)])
    // No step of this range closes Mondays: 2026-12-28 is at or after `to`.
    for (const step of steps) expect(byDay(step.records, 1)).toEqual([open(1, 900, 1700)])
    // Sent as early as allowed, the server is open all of Monday 2026-12-21 09:00–17:00 GMT.
    let server = SERVER
    for (const step of steps) if (step.notBefore.getTime() <= Date.UTC(2026, 11, 21, 9)) server = applyBusinessHoursAttributes(server, diffBusinessHours(server, step.records))
    expect(isOpen(parseBusinessHours(server), Date.UTC(2026, 11, 21, 12), LONDON)).toBe(true)
  })

  it('London over a range that holds the 28th: Monday closes only after Monday 12-21 has ended', () => {
    const steps = planExceptionUpdates(london, range.from, z('2027-01-05T00:00:00Z'), LONDON)
    const mondayStep = steps.find((step) => step.dates.includes('2026-12-28'))!
    expect(mondayStep.notBefore.getTime()).toBeGreaterThanOrEqual(Date.parse('2026-12-22T00:00:00Z'))
    expect(byDay(mondayStep.records, 1)).toEqual([closed(1)])
  })

  it("St. John's 1990-10-28: Saturday's record stays the 27th's while the 27th is read again", () => {
    // St. John's set its clock back from Sunday 1990-10-28 00:01 NDT (−2:30) to Saturday 23:01 NST
    // (−3:30). Saturdays open 09:00–24:00, Sundays closed; Sunday the 28th opens 00:00–00:01 (due at
    // its first reading, 02:30Z), and Saturday 11-03 is closed.
    const zone = 'America/St_Johns'
    const week = scheduleFromIntervals([{ start: 6 * 1440 + 540, end: 7 * 1440 }])
    const calendar = withExceptions(week, [
      { date: '1990-10-28', hours: [{ time_open: 0, time_close: 1 }] },
      { date: '1990-11-03', closed: true },
    ])
    const steps = planExceptionUpdates(calendar, z('1990-10-20T12:00:00Z'), z('1990-11-06T12:00:00Z'), zone)
    const sundayStep = steps.find((step) => step.dates.includes('1990-10-28'))!
    // Saturday the 27th is not over when this step may be sent: Saturday keeps its hours.
    expect(byDay(sundayStep.records, 6)).toEqual([open(6, 900, 2400)])
    const closingSaturday = steps.find((step) => step.dates.includes('1990-11-03'))!
    // Not before the 27th's second 23:01–24:00 NST has run (1990-10-28T03:30Z); here with Sunday
    // 11-04's return to closed, so after Sunday the 28th has ended too.
    expect(closingSaturday.notBefore).toEqual(z('1990-10-29T03:30:00Z'))
    expect(closingSaturday.dates).toEqual(['1990-11-03', '1990-11-04'])
    // weekRecordsAt at 00:00:30 NDT on the 28th (02:30:30Z): Saturday is still the 27th's.
    expect(byDay(weekRecordsAt(calendar, z('1990-10-28T02:30:30Z'), zone), 6)).toEqual([open(6, 900, 2400)])
    expect(byDay(weekRecordsAt(calendar, z('1990-10-28T03:30:00Z'), zone), 6)).toEqual([closed(6)])
  })

  it('Samoa 2011: a date the first step already holds gets no second, overlapping step', () => {
    // Friday 2011-12-30 never ran in Apia, so the first step (from Saturday the 24th) holds Friday 2012-01-06.
    const apia = withExceptions(WEEKDAYS, [{ date: '2012-01-06', closed: true }])
    const steps = planExceptionUpdates(apia, z('2011-12-24T10:00:00Z'), z('2012-01-14T10:00:00Z'), 'Pacific/Apia')
    expect(steps.filter((step) => step.dates.includes('2012-01-06'))).toHaveLength(1)
    expect(byDay(steps[0]!.records, 5)).toEqual([closed(5)])
    for (let i = 1; i < steps.length; i++) expect(steps[i]!.records).not.toEqual(steps[i - 1]!.records)
  })

  it('PlanStep.dates are in date order, also when a skipped date puts a later date in the first step', () => {
    const steps = planExceptionUpdates(withExceptions(WEEKDAYS, [{ date: '2012-01-06', closed: true }]), z('2011-12-26T10:00:00Z'), z('2012-01-14T10:00:00Z'), 'Pacific/Apia')
    expect(steps[0]!.dates).toEqual(['2011-12-26', '2011-12-27', '2011-12-28', '2011-12-29', '2011-12-31', '2012-01-01', '2012-01-06'])
    for (const step of steps) expect([...step.dates].sort()).toEqual(step.dates)
  })
})
