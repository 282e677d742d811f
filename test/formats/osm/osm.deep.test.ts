// The heavier runs of osm.test.ts (npm run test:deep): more cases, and the round trip judged over
// two whole years, both clock changes of every year included. TZ=UTC for opening_hours.js.
process.env.TZ = 'UTC'

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { EPOCH_MS, openIntervals, withExceptions } from '../../../src/index'
import { readOsm, writeOsm } from '../../../src/formats/index'
import { firstDifferentInstant, ROUND_TRIP_FROM, ROUND_TRIP_TO } from '../sameInstants'
import { ohOpenSpans } from './ohjs'
import { FROM_2026, TO_2028, YEARS, osmCalendarArb, osmTextArb } from './osmCases'

describe('OSM, deep', () => {
  it('writer agrees with opening_hours.js at every minute of 2026–2027', () => {
    fc.assert(
      fc.property(osmCalendarArb, ({ schedule, entries }) => {
        const calendar = withExceptions(schedule, entries as never)
        const expected = openIntervals(calendar, FROM_2026, TO_2028, 'UTC', EPOCH_MS).map((span) => ({ start: span.start, end: span.end }))
        expect(ohOpenSpans(writeOsm(calendar, { timeZone: 'UTC' }).value, FROM_2026, TO_2028)).toEqual(expected)
      }),
      { numRuns: 400 },
    )
  }, 600_000)

  it('reader agrees with opening_hours.js on random text of the subset', () => {
    fc.assert(
      fc.property(osmTextArb, (text) => {
        let expected: { start: number; end: number }[]
        try {
          expected = ohOpenSpans(text, FROM_2026, TO_2028)
        } catch {
          return
        }
        const read = readOsm(text, { years: YEARS })
        expect(openIntervals(read.calendar!, FROM_2026, TO_2028, 'UTC', EPOCH_MS).map((span) => ({ start: span.start, end: span.end }))).toEqual(expected)
      }),
      { numRuns: 600 },
    )
  }, 600_000)

  it('round-trips over two whole years in zones with clock changes', () => {
    fc.assert(
      fc.property(osmCalendarArb, fc.constantFrom('America/New_York', 'Europe/London', 'Australia/Lord_Howe'), ({ schedule, entries }, zone) => {
        const calendar = withExceptions(schedule, entries as never)
        const written = writeOsm(calendar, { timeZone: zone })
        const read = readOsm(written.value, { timeZone: zone, years: YEARS })
        const difference = firstDifferentInstant(schedule.intervals, entries, read.calendar!, zone, ROUND_TRIP_FROM, ROUND_TRIP_TO)
        if (difference !== undefined) expect(written.losses.some((loss) => loss.code === 'approximated'), difference).toBe(true)
      }),
      { numRuns: 12 },
    )
  }, 900_000)
})
