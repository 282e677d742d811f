/** The Google round trip judged over two whole years (both clock changes of every zone): slow, run by `npm run test:deep`. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ROUND_TRIP_FROM, ROUND_TRIP_TO } from '../sameInstants'
import { calendarCaseArb } from './calendarCases'
import { googleRoundTrip } from './googleRoundTrip'

describe('writeGoogle → readGoogle, two years', () => {
  it('keeps every instant from 2026 to 2028', () => {
    fc.assert(
      fc.property(calendarCaseArb, (sample) => {
        expect(googleRoundTrip(sample, [ROUND_TRIP_FROM, ROUND_TRIP_TO])).toBeUndefined()
      }),
      { numRuns: 8 },
    )
  }, 600_000)
})
