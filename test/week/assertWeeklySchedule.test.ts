import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BusinessHoursError, isOpen, nextChange, nextClosing, nextOpening, openIntervals, type WeeklySchedule } from '../../src/index'
import { weeklyScheduleArb } from '../arbitraries'

const AT = Date.UTC(2026, 10, 30, 15)

function issuesOf(schedule: unknown): string[] {
  try {
    isOpen(schedule as WeeklySchedule, AT, 'UTC')
  } catch (error) {
    if (error instanceof BusinessHoursError) return error.issues.map((issue) => issue.path.join('.'))
    throw error
  }
  return []
}

describe('queries refuse schedules that are not in normal form', () => {
  it('accepts a hand-built schedule in normal form', () => {
    const handBuilt = { intervals: [{ start: 1980, end: 2460 }] }
    expect(isOpen(handBuilt, AT, 'UTC')).toBe(true) // Monday 15:00 UTC
  })

  it('rejects unsorted, overlapping and touching intervals, naming the interval', () => {
    expect(issuesOf({ intervals: [{ start: 2000, end: 2100 }, { start: 100, end: 200 }] })).toEqual(['schedule.intervals.1.start'])
    expect(issuesOf({ intervals: [{ start: 100, end: 300 }, { start: 200, end: 400 }] })).toEqual(['schedule.intervals.1.start'])
    expect(issuesOf({ intervals: [{ start: 100, end: 200 }, { start: 200, end: 400 }] })).toEqual(['schedule.intervals.1.start'])
  })

  it('rejects empty, reversed, fractional and out-of-week intervals', () => {
    const bad = [{ start: 5, end: 5 }, { start: 9, end: 7 }, { start: 10.5, end: 20 }, { start: 10, end: 10081 }, { start: -1, end: 3 }, null]
    for (const interval of bad) expect(issuesOf({ intervals: [interval] })).toEqual(['schedule.intervals.0'])
  })

  it('rejects what is not a schedule at all, in every query, with BusinessHoursError', () => {
    for (const notASchedule of [null, undefined, 42, 'Mo-Fr 09:00-17:00', {}, { intervals: 'all' }, []]) {
      const schedule = notASchedule as unknown as WeeklySchedule
      expect(() => isOpen(schedule, AT, 'UTC')).toThrow(BusinessHoursError)
      expect(() => nextOpening(schedule, AT, 'UTC')).toThrow(BusinessHoursError)
      expect(() => nextClosing(schedule, AT, 'UTC')).toThrow(BusinessHoursError)
      expect(() => nextChange(schedule, AT, 'UTC')).toThrow(BusinessHoursError)
      expect(() => openIntervals(schedule, AT, AT + 1, 'UTC')).toThrow(BusinessHoursError)
    }
    expect(() => isOpen({} as WeeklySchedule, AT, 'UTC')).toThrow(/Invalid schedule .*schedule\.intervals: expected a WeeklySchedule/)
  })

  it('accepts every schedule in normal form (property)', () => {
    fc.assert(
      fc.property(weeklyScheduleArb, (schedule) => {
        // A fresh copy each time, so the check runs rather than the remembered answer.
        expect(() => isOpen({ intervals: schedule.intervals.map((i) => ({ ...i })) }, AT, 'UTC')).not.toThrow()
      }),
    )
  })
})
