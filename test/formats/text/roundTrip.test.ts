/**
 * readText(writeText(x)) gives the same week and is open at exactly the instants x is (judged
 * against the calendar oracle), for random weeks and calendars with entries of every kind, in
 * both clocks. Quick runs judge ten days either side of the anchor; roundTrip.deep.test.ts two years.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { calendarCaseArb, nearAnchor } from '../google/calendarCases'
import { textRoundTrip } from './textRoundTrip'
import { scheduleArb } from '../../query/arbitraries'
import { readText, writeText } from '../../../src/formats/index'

describe('writeText → readText', () => {
  it('keeps the week and every instant, 12-hour and 24-hour clocks', () => {
    fc.assert(
      fc.property(calendarCaseArb, fc.constantFrom(12 as const, 24 as const), (sample, clock) => {
        expect(textRoundTrip(sample, nearAnchor(sample.anchor), clock)).toBeUndefined()
      }),
      { numRuns: 20 },
    )
  })

  it('gives back the same week, in normal form, for many random weeks (both clocks)', () => {
    fc.assert(
      fc.property(scheduleArb, fc.constantFrom(12 as const, 24 as const), (schedule, clock) => {
        const text = writeText(schedule, { clock }).value
        expect(readText(text).schedule?.intervals, text).toEqual(schedule.intervals)
      }),
      { numRuns: 1000 },
    )
  })
})
