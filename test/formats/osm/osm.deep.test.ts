// The round trip judged over two whole years, both clock changes of every year included (npm run
// test:deep; osm.test.ts runs its opening_hours.js properties more times there too). TZ=UTC for opening_hours.js.
process.env.TZ = 'UTC'

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { withExceptions } from '../../../src/index'
import { readOsm, writeOsm } from '../../../src/formats/index'
import { firstDifferentInstant, ROUND_TRIP_FROM, ROUND_TRIP_TO } from '../sameInstants'
import { YEARS, osmCalendarArb } from './osmCases'

describe('OSM, deep', () => {
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
