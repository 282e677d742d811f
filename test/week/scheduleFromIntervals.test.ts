import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BusinessHoursError, formatIssuePath, scheduleFromIntervals, type WeekInterval } from '../../src/index'
import { weeklyScheduleArb } from '../arbitraries'
import { firstDifference, minuteModelOfIntervals, minuteModelOfSchedule, normalFormProblem } from '../oracles/minuteModel'
import { rawIntervalsArb, runs } from '../records/arbitraries'

function thrown(fn: () => unknown): BusinessHoursError {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(BusinessHoursError)
    return error as BusinessHoursError
  }
  throw new Error('expected a BusinessHoursError, nothing was thrown')
}

describe('scheduleFromIntervals: examples', () => {
  it('sorts and merges touching intervals', () => {
    expect(scheduleFromIntervals([{ start: 600, end: 720 }, { start: 540, end: 600 }])).toEqual({ intervals: [{ start: 540, end: 720 }] })
  })

  it('merges overlaps and swallows contained intervals', () => {
    expect(
      scheduleFromIntervals([
        { start: 2000, end: 2100 },
        { start: 100, end: 500 },
        { start: 200, end: 300 },
        { start: 450, end: 900 },
        { start: 2100, end: 2100 },
      ]),
    ).toEqual({ intervals: [{ start: 100, end: 900 }, { start: 2000, end: 2100 }] })
  })

  it('drops empty intervals; nothing at all is never open', () => {
    expect(scheduleFromIntervals([{ start: 300, end: 300 }])).toEqual({ intervals: [] })
    expect(scheduleFromIntervals([])).toEqual({ intervals: [] })
  })

  it('keeps the Saturday→Sunday wrap as two pieces', () => {
    expect(scheduleFromIntervals([{ start: 10020, end: 10080 }, { start: 0, end: 60 }])).toEqual({
      intervals: [{ start: 0, end: 60 }, { start: 10020, end: 10080 }],
    })
  })

  it('accepts the whole week, 0–10080', () => {
    expect(scheduleFromIntervals([{ start: 0, end: 10080 }, { start: 5000, end: 6000 }])).toEqual({ intervals: [{ start: 0, end: 10080 }] })
  })

  it('does not change its input', () => {
    const input: WeekInterval[] = [{ start: 600, end: 720 }, { start: 540, end: 600 }]
    scheduleFromIntervals(input)
    expect(input).toEqual([{ start: 600, end: 720 }, { start: 540, end: 600 }])
  })

  it('throws BusinessHoursError locating every bad interval', () => {
    const error = thrown(() =>
      scheduleFromIntervals([
        { start: 0, end: 60 },
        { start: -1, end: 60 },
        { start: 100, end: 10081 },
        { start: 500, end: 400 },
        { start: 1.5, end: 200 },
      ]),
    )
    expect(error.issues.map((i) => [i.code, formatIssuePath(i.path, 'intervals')])).toEqual([
      ['out_of_range', 'intervals[1].start'],
      ['out_of_range', 'intervals[2].end'],
      ['close_before_open', 'intervals[3].end'],
      ['not_an_integer', 'intervals[4].start'],
    ])
    expect(error.message).toContain('intervals[1].start')
    expect(error.message).toContain('4 errors')
  })

  it('rejects a non-array and non-object intervals', () => {
    expect(thrown(() => scheduleFromIntervals('0-60' as unknown as WeekInterval[])).issues[0]!.code).toBe('not_an_array')
    const error = thrown(() => scheduleFromIntervals([null, 5] as unknown as WeekInterval[]))
    expect(error.issues.map((i) => i.path)).toEqual([[0], [1]])
    expect(error.issues[0]!.code).toBe('not_an_object')
  })

  it('rejects NaN, Infinity and text', () => {
    const error = thrown(() =>
      scheduleFromIntervals([
        { start: Number.NaN, end: 10 },
        { start: 0, end: Number.POSITIVE_INFINITY },
        { start: '5', end: 10 },
      ] as unknown as WeekInterval[]),
    )
    expect(error.issues.map((i) => i.path)).toEqual([[0, 'start'], [1, 'end'], [2, 'start']])
  })
})

describe('scheduleFromIntervals: properties', () => {
  it('equals the per-minute union of random, unsorted, overlapping intervals', () => {
    fc.assert(
      fc.property(rawIntervalsArb, (intervals) => {
        const schedule = scheduleFromIntervals(intervals)
        expect(firstDifference(minuteModelOfIntervals(intervals), minuteModelOfSchedule(schedule))).toBeUndefined()
      }),
      { numRuns: runs(200, 2000) },
    )
  })

  it('gives the normal form', () => {
    fc.assert(
      fc.property(rawIntervalsArb, (intervals) => {
        expect(normalFormProblem(scheduleFromIntervals(intervals))).toBeUndefined()
      }),
      { numRuns: runs(200, 2000) },
    )
  })

  it('leaves a schedule already in normal form as it is (idempotent)', () => {
    fc.assert(
      fc.property(weeklyScheduleArb, (schedule) => {
        expect(scheduleFromIntervals(schedule.intervals)).toEqual(schedule)
      }),
      { numRuns: runs(200, 2000) },
    )
  })

  it('order of the input does not matter', () => {
    fc.assert(
      fc.property(
        rawIntervalsArb.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }))),
        ([list, shuffled]) => {
          expect(scheduleFromIntervals(shuffled)).toEqual(scheduleFromIntervals(list))
        },
      ),
      { numRuns: runs(200, 2000) },
    )
  })
})
