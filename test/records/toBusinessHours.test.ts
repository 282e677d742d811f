import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseBusinessHours, scheduleFromIntervals, toBusinessHours, validateBusinessHours, type WeeklySchedule } from '../../src/index'
import { weeklyScheduleArb } from '../arbitraries'
import { dayFlags, minuteModelOfSchedule } from '../oracles/minuteModel'
import { rawIntervalsArb, runs } from './arbitraries'

const DAY = 1440
const closed = (day: number) => ({ day_of_week: day, time_open: 0, time_close: 2400, work_day: false, invert: false })
const open = (day: number, time_open: number, time_close: number, invert = false) => ({ day_of_week: day, time_open, time_close, work_day: true, invert })

/**
 * The fewest records that can write one day, counted from its minutes: one per run of open
 * minutes, except that a day open at both midnights with two or more runs saves one by writing
 * its first and last run as a single inverted record; a closed day still needs its work_day false.
 */
function fewestRecords(flags: Uint8Array): number {
  let runsOfOpen = 0
  for (let m = 0; m < flags.length; m++) if (flags[m] === 1 && (m === 0 || flags[m - 1] === 0)) runsOfOpen++
  if (runsOfOpen === 0) return 1
  if (runsOfOpen >= 2 && flags[0] === 1 && flags[flags.length - 1] === 1) return runsOfOpen - 1
  return runsOfOpen
}

describe('toBusinessHours: examples', () => {
  it('writes the API document example back as its seven records', () => {
    const schedule: WeeklySchedule = { intervals: [{ start: 0, end: 3 * DAY + 720 }, { start: 4 * DAY, end: 7 * DAY }] }
    expect(toBusinessHours(schedule)).toEqual([
      open(0, 0, 2400),
      open(1, 0, 2400),
      open(2, 0, 2400),
      open(3, 0, 1200),
      open(4, 0, 2400),
      open(5, 0, 2400),
      open(6, 0, 2400),
    ])
  })

  it('writes a closed day as work_day false, 0–2400, and never closed as seven of them', () => {
    expect(toBusinessHours({ intervals: [] })).toEqual([0, 1, 2, 3, 4, 5, 6].map(closed))
  })

  it('writes an inverted lunch as one inverted record', () => {
    const records = toBusinessHours({ intervals: [{ start: DAY, end: DAY + 720 }, { start: DAY + 780, end: 2 * DAY }] })
    expect(records[1]).toEqual(open(1, 1200, 1300, true))
    expect(records.filter((r) => r.day_of_week === 1)).toHaveLength(1)
  })

  it('writes a lunch break inside the day as two blocks', () => {
    const records = toBusinessHours({ intervals: [{ start: DAY + 540, end: DAY + 720 }, { start: DAY + 780, end: DAY + 1020 }] })
    expect(records.filter((r) => r.day_of_week === 1)).toEqual([open(1, 900, 1200), open(1, 1300, 1700)])
  })

  it('writes the end of the day as 2400', () => {
    const records = toBusinessHours({ intervals: [{ start: 2 * DAY + 1080, end: 3 * DAY }] })
    expect(records.filter((r) => r.day_of_week === 2)).toEqual([open(2, 1800, 2400)])
  })

  it('splits an interval over midnight into a record on each day', () => {
    const records = toBusinessHours({ intervals: [{ start: 2 * DAY + 1320, end: 3 * DAY + 120 }] })
    expect(records.filter((r) => r.work_day)).toEqual([open(2, 2200, 2400), open(3, 0, 200)])
  })

  it('writes the Saturday→Sunday pieces on Saturday and Sunday', () => {
    const records = toBusinessHours({ intervals: [{ start: 0, end: 120 }, { start: 6 * DAY + 1320, end: 7 * DAY }] })
    expect(records).toEqual([open(0, 0, 200), closed(1), closed(2), closed(3), closed(4), closed(5), open(6, 2200, 2400)])
  })

  it('open at both ends with spans between: one inverted record plus the spans', () => {
    const records = toBusinessHours({ intervals: [{ start: 0, end: 60 }, { start: 600, end: 700 }, { start: 1380, end: 1440 }] })
    expect(records.filter((r) => r.day_of_week === 0)).toEqual([open(0, 100, 2300, true), open(0, 1000, 1140)])
    expect(parseBusinessHours(records).intervals).toEqual([{ start: 0, end: 60 }, { start: 600, end: 700 }, { start: 1380, end: 1440 }])
  })

  it('writes odd minutes exactly: 23:59 as 2359', () => {
    const records = toBusinessHours({ intervals: [{ start: 5 * DAY + 1, end: 5 * DAY + 1439 }] })
    expect(records[5]).toEqual(open(5, 1, 2359))
  })

  it('writes 24/7 as seven 0–2400 records with no ids', () => {
    const records = toBusinessHours({ intervals: [{ start: 0, end: 10080 }] })
    expect(records).toEqual([0, 1, 2, 3, 4, 5, 6].map((d) => open(d, 0, 2400)))
    for (const record of records) expect('id' in record).toBe(false)
  })
})

describe('toBusinessHours: properties', () => {
  it('parseBusinessHours(toBusinessHours(s)) equals s', () => {
    fc.assert(
      fc.property(weeklyScheduleArb, (schedule) => {
        expect(parseBusinessHours(toBusinessHours(schedule))).toEqual(schedule)
      }),
      { numRuns: runs(300, 3000) },
    )
  })

  it('round-trips schedules made from random intervals too', () => {
    fc.assert(
      fc.property(rawIntervalsArb, (intervals) => {
        const schedule = scheduleFromIntervals(intervals)
        expect(parseBusinessHours(toBusinessHours(schedule))).toEqual(schedule)
      }),
      { numRuns: runs(200, 2000) },
    )
  })

  it('every day 0–6 present, in order, valid, with no warnings', () => {
    fc.assert(
      fc.property(weeklyScheduleArb, (schedule) => {
        const records = toBusinessHours(schedule)
        const days = records.map((r) => r.day_of_week)
        expect([...new Set(days)]).toEqual([0, 1, 2, 3, 4, 5, 6])
        expect([...days].sort((a, b) => a - b)).toEqual(days)
        const result = validateBusinessHours(records)
        expect(result.ok).toBe(true)
        expect(result.warnings).toEqual([])
      }),
      { numRuns: runs(200, 2000) },
    )
  })

  it('the fewest records per day, a closed day as one work_day false record', () => {
    fc.assert(
      fc.property(weeklyScheduleArb, (schedule) => {
        const records = toBusinessHours(schedule)
        const week = minuteModelOfSchedule(schedule)
        for (let day = 0; day < 7; day++) {
          const flags = dayFlags(week, day)
          const ofDay = records.filter((r) => r.day_of_week === day)
          expect(ofDay.length).toBe(fewestRecords(flags))
          if (!flags.includes(1)) expect(ofDay).toEqual([closed(day)])
          else for (const r of ofDay) expect(r.work_day).toBe(true)
          expect(ofDay.filter((r) => r.invert).length).toBeLessThanOrEqual(1)
        }
      }),
      { numRuns: runs(200, 2000) },
    )
  })
})
