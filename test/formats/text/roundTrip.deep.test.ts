/** The text round trip judged over two whole years: slow, run by `npm run test:deep`. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ROUND_TRIP_FROM, ROUND_TRIP_TO } from '../sameInstants'
import { calendarCaseArb } from '../google/calendarCases'
import { textRoundTrip } from './textRoundTrip'

describe('writeText → readText, two years', () => {
  it('keeps every instant from 2026 to 2028', () => {
    fc.assert(
      fc.property(calendarCaseArb, fc.constantFrom(12 as const, 24 as const), (sample, clock) => {
        expect(textRoundTrip(sample, [ROUND_TRIP_FROM, ROUND_TRIP_TO], clock)).toBeUndefined()
      }),
      { numRuns: 8 },
    )
  }, 600_000)
})
