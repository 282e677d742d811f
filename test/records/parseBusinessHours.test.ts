import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BusinessHoursError, formatIssuePath, parseBusinessHours, schedulesEqual } from '../../src/index'
import { businessHourInputArb, businessHourListArb } from '../arbitraries'
import { firstDifference, minuteModelOfRecords, minuteModelOfSchedule, normalFormProblem } from '../oracles/minuteModel'
import { looseRecordListArb, runs, withShuffle } from './arbitraries'
import { API_EXAMPLE_RECORDS } from '../apiExample'

const DAY = 1440

/** The API document's example target: 0–2400 every day, Wednesday 0–1200 (read shape). */
const API_EXAMPLE = API_EXAMPLE_RECORDS

function thrown(fn: () => unknown): BusinessHoursError {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(BusinessHoursError)
    expect(error).toBeInstanceOf(Error)
    return error as BusinessHoursError
  }
  throw new Error('expected a BusinessHoursError, nothing was thrown')
}

describe('parseBusinessHours: examples', () => {
  it('the API document example: open all week except Wednesday afternoon', () => {
    expect(parseBusinessHours(API_EXAMPLE)).toEqual({
      intervals: [
        { start: 0, end: 3 * DAY + 720 },
        { start: 4 * DAY, end: 7 * DAY },
      ],
    })
  })

  it('an inverted lunch: open all Monday but 12:00–13:00', () => {
    expect(parseBusinessHours([{ day_of_week: 1, time_open: 1200, time_close: 1300, invert: true }])).toEqual({
      intervals: [
        { start: DAY, end: DAY + 720 },
        { start: DAY + 780, end: 2 * DAY },
      ],
    })
  })

  it('a lunch break as two blocks on one day', () => {
    const schedule = parseBusinessHours([
      { day_of_week: 1, time_open: 900, time_close: 1200 },
      { day_of_week: 1, time_open: 1300, time_close: 1730 },
    ])
    expect(schedule.intervals).toEqual([
      { start: DAY + 540, end: DAY + 720 },
      { start: DAY + 780, end: DAY + 1050 },
    ])
  })

  it('2400 closes at the very end of the day; Saturday 2400 is minute 10080', () => {
    expect(parseBusinessHours([{ day_of_week: 2, time_open: 1800, time_close: 2400 }]).intervals).toEqual([
      { start: 2 * DAY + 1080, end: 3 * DAY },
    ])
    expect(parseBusinessHours([{ day_of_week: 6, time_open: 2359, time_close: 2400 }]).intervals).toEqual([
      { start: 10079, end: 10080 },
    ])
  })

  it('a day closing at 2400 and the next opening at 0 merge into one interval', () => {
    expect(
      parseBusinessHours([
        { day_of_week: 2, time_open: 2200, time_close: 2400 },
        { day_of_week: 3, time_open: 0, time_close: 200 },
      ]).intervals,
    ).toEqual([{ start: 2 * DAY + 1320, end: 3 * DAY + 120 }])
  })

  it('open across Saturday→Sunday stays two pieces', () => {
    const schedule = parseBusinessHours([
      { day_of_week: 6, time_open: 2200, time_close: 2400 },
      { day_of_week: 0, time_open: 0, time_close: 200 },
    ])
    expect(schedule.intervals).toEqual([
      { start: 0, end: 120 },
      { start: 6 * DAY + 1320, end: 7 * DAY },
    ])
  })

  it('an empty list is open 24/7; a list of only closed days is never open', () => {
    expect(parseBusinessHours([])).toEqual({ intervals: [{ start: 0, end: 10080 }] })
    expect(parseBusinessHours([0, 1, 2, 3, 4, 5, 6].map((day) => ({ day_of_week: day, work_day: false })))).toEqual({ intervals: [] })
  })

  it('does not throw for warnings (missing days, empty blocks, conflicting work_day)', () => {
    expect(
      parseBusinessHours([
        { day_of_week: 1, time_open: 900, time_close: 900 },
        { day_of_week: 2, time_open: 900, time_close: 1000 },
        { day_of_week: 2, work_day: false },
      ]),
    ).toEqual({ intervals: [] })
  })

  it('throws BusinessHoursError naming the first issues with their paths, holding all of them', () => {
    const error = thrown(() =>
      parseBusinessHours([
        { day_of_week: 1, time_open: 900, time_close: 1700 },
        { day_of_week: 7 },
        { day_of_week: 2, time_open: 900, time_close: 2460 },
        { day_of_week: 3, time_open: 1700, time_close: 900 },
        { day_of_week: 4, work_day: 'yes' },
      ]),
    )
    expect(error.name).toBe('BusinessHoursError')
    const errors = error.issues.filter((i) => i.severity === 'error')
    expect(errors.map((i) => formatIssuePath(i.path))).toEqual([
      'business_hours[1].day_of_week',
      'business_hours[2].time_close',
      'business_hours[3].time_close',
      'business_hours[4].work_day',
    ])
    expect(error.message).toContain('4 errors')
    expect(error.message).toContain('business_hours[1].day_of_week')
    expect(error.message).toContain('business_hours[2].time_close: time_close 2460 is not military time: the minutes must be 00–59')
    expect(error.message).toContain('business_hours[3].time_close')
    expect(error.message).toContain('1 more')
  })

  it('a single error: its path and message in the error message', () => {
    const error = thrown(() => parseBusinessHours('monday'))
    expect(error.issues).toHaveLength(1)
    expect(error.issues[0]!.code).toBe('not_an_array')
    expect(error.message).toContain('1 error')
    expect(error.message).toContain('business_hours: expected an array')
  })

  it('pathPrefix shows in issue paths and in the message', () => {
    const error = thrown(() => parseBusinessHours([{ day_of_week: 1, time_close: 2500 }], { pathPrefix: ['target', 'business_hours'] }))
    expect(error.issues[0]!.path).toEqual(['target', 'business_hours', 0, 'time_close'])
    expect(error.message).toContain('target.business_hours[0].time_close')
  })
})

describe('parseBusinessHours: properties', () => {
  it('gives the normal form: sorted, disjoint, not touching, whole minutes inside the week', () => {
    fc.assert(
      fc.property(looseRecordListArb, (records) => {
        expect(normalFormProblem(parseBusinessHours(records))).toBeUndefined()
      }),
      { numRuns: runs(200, 2000) },
    )
  })

  it('equals the per-minute model of the records (loose records: defaults, aliases, destroyed, missing days)', () => {
    fc.assert(
      fc.property(looseRecordListArb, (records) => {
        const difference = firstDifference(minuteModelOfRecords(records), minuteModelOfSchedule(parseBusinessHours(records)))
        expect(difference).toBeUndefined()
      }),
      { numRuns: runs(150, 1500) },
    )
  })

  it('equals the per-minute model of the records (every day present, up to three a day)', () => {
    fc.assert(
      fc.property(businessHourListArb, (records) => {
        const difference = firstDifference(minuteModelOfRecords(records), minuteModelOfSchedule(parseBusinessHours(records)))
        expect(difference).toBeUndefined()
      }),
      { numRuns: runs(150, 1500) },
    )
  })

  it('one record on its own matches the model', () => {
    fc.assert(
      fc.property(businessHourInputArb, (record) => {
        expect(firstDifference(minuteModelOfRecords([record]), minuteModelOfSchedule(parseBusinessHours([record])))).toBeUndefined()
      }),
      { numRuns: runs(200, 2000) },
    )
  })

  it('shuffling the records changes nothing', () => {
    fc.assert(
      fc.property(withShuffle(looseRecordListArb), ([records, shuffled]) => {
        const a = parseBusinessHours(records)
        const b = parseBusinessHours(shuffled)
        expect(b).toEqual(a)
        expect(schedulesEqual(a, b)).toBe(true)
      }),
      { numRuns: runs(200, 2000) },
    )
  })

  it('adding destroyed records changes nothing (unless they were all there was)', () => {
    fc.assert(
      fc.property(businessHourListArb, fc.array(businessHourInputArb, { maxLength: 4 }), (records, doomed) => {
        const withDoomed = [...records, ...doomed.map((r) => ({ ...r, _destroy: true }))]
        expect(parseBusinessHours(withDoomed)).toEqual(parseBusinessHours(records))
      }),
      { numRuns: runs(100, 1000) },
    )
  })
})
