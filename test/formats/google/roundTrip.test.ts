/**
 * readGoogle(writeGoogle(x)) is open at exactly the instants x is, judged against the calendar
 * oracle — except for what the losses name (instant entries; yearly entries are written over the
 * years judged). A quick run judges ten days either side of the anchor; roundTrip.deep.test.ts
 * judges two whole years.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { calendarCaseArb, nearAnchor } from './calendarCases'
import { googleRoundTrip } from './googleRoundTrip'
import { scheduleArb } from '../../query/arbitraries'
import { readGoogle, writeGoogle } from '../../../src/formats/index'

describe('writeGoogle → readGoogle', () => {
  it('keeps every instant of weeks and calendars (ten days around clock changes and entries)', () => {
    fc.assert(
      fc.property(calendarCaseArb, (sample) => {
        expect(googleRoundTrip(sample, nearAnchor(sample.anchor))).toBeUndefined()
      }),
      { numRuns: 20 },
    )
  })

  it('gives back the same week for many random weeks', () => {
    fc.assert(
      fc.property(scheduleArb, (schedule) => {
        expect(readGoogle(writeGoogle(schedule).value).schedule?.intervals).toEqual(schedule.intervals)
      }),
      { numRuns: 1000 },
    )
  })
})
