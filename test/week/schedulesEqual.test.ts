import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseBusinessHours, scheduleFromIntervals, schedulesEqual, toBusinessHours } from '../../src/index'
import { weeklyScheduleArb } from '../arbitraries'
import { minuteModelOfSchedule } from '../oracles/minuteModel'
import { rawIntervalsArb, runs } from '../records/arbitraries'

function sameMinutes(a: Uint8Array, b: Uint8Array): boolean {
  return a.every((flag, i) => flag === b[i])
}

describe('schedulesEqual: examples', () => {
  it('equal intervals are equal', () => {
    expect(schedulesEqual({ intervals: [{ start: 540, end: 1020 }] }, { intervals: [{ start: 540, end: 1020 }] })).toBe(true)
  })

  it('never open equals never open; never open is not 24/7', () => {
    expect(schedulesEqual({ intervals: [] }, { intervals: [] })).toBe(true)
    expect(schedulesEqual({ intervals: [] }, { intervals: [{ start: 0, end: 10080 }] })).toBe(false)
  })

  it('one minute of difference at either end is a difference', () => {
    const base = { intervals: [{ start: 540, end: 1020 }] }
    expect(schedulesEqual(base, { intervals: [{ start: 541, end: 1020 }] })).toBe(false)
    expect(schedulesEqual(base, { intervals: [{ start: 540, end: 1019 }] })).toBe(false)
    expect(schedulesEqual(base, { intervals: [{ start: 540, end: 1020 }, { start: 2000, end: 2001 }] })).toBe(false)
  })

  it('the API example read two ways (with and without read-shape fields) is equal', () => {
    const write = [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day_of_week: day, time_close: day === 3 ? 1200 : 2400 }))
    const read = write.map((r, i) => ({ ...r, id: 43 + i, target_id: 7, work_day: true, invert: false, time_open: 0 }))
    expect(schedulesEqual(parseBusinessHours(write), parseBusinessHours(read))).toBe(true)
  })

  it('an inverted lunch equals the same day as two blocks', () => {
    const inverted = parseBusinessHours([{ day_of_week: 1, time_open: 1200, time_close: 1300, invert: true }])
    const blocks = parseBusinessHours([
      { day_of_week: 1, time_open: 0, time_close: 1200 },
      { day_of_week: 1, time_open: 1300, time_close: 2400 },
    ])
    expect(schedulesEqual(inverted, blocks)).toBe(true)
  })
})

describe('schedulesEqual: properties', () => {
  it('is true exactly when the schedules are open at the same minutes (normal forms)', () => {
    fc.assert(
      fc.property(fc.oneof(weeklyScheduleArb, rawIntervalsArb.map(scheduleFromIntervals)), weeklyScheduleArb, (a, b) => {
        expect(schedulesEqual(a, b)).toBe(sameMinutes(minuteModelOfSchedule(a), minuteModelOfSchedule(b)))
      }),
      { numRuns: runs(200, 2000) },
    )
  })

  it('normal forms of the same minutes are equal, however they were written', () => {
    fc.assert(
      fc.property(rawIntervalsArb, (intervals) => {
        const a = scheduleFromIntervals(intervals)
        const b = scheduleFromIntervals([...intervals].reverse().flatMap((i) => {
          const middle = Math.floor((i.start + i.end) / 2)
          return [{ start: i.start, end: middle }, { start: middle, end: i.end }]
        }))
        expect(schedulesEqual(a, b)).toBe(true)
      }),
      { numRuns: runs(200, 2000) },
    )
  })

  it('is reflexive and symmetric, and agrees with the records round trip', () => {
    fc.assert(
      fc.property(weeklyScheduleArb, weeklyScheduleArb, (a, b) => {
        expect(schedulesEqual(a, a)).toBe(true)
        expect(schedulesEqual(a, b)).toBe(schedulesEqual(b, a))
        expect(schedulesEqual(a, parseBusinessHours(toBusinessHours(a)))).toBe(true)
      }),
      { numRuns: runs(200, 2000) },
    )
  })
})
