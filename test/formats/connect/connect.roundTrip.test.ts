import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scheduleFromIntervals, withExceptions } from '../../../src/index'
import { readConnect, writeConnect } from '../../../src/formats/index'
import { firstDifferentInstant } from '../sameInstants'
import { datedCaseArb, ROUND_TRIP_YEARS } from '../dated/arbitraries'

/** Connect → callhours → Connect: open at the same instants, or a loss says what was not written. */
export function connectRoundTrip(runs: number): void {
  it('read(write(x)) is open at exactly the instants x is (around dated entries and clock changes in 2026–2027)', () => {
    fc.assert(
      fc.property(datedCaseArb, ({ zone, schedule, entries, from, to }) => {
        const sealed = scheduleFromIntervals(schedule.intervals)
        const calendar = withExceptions(sealed, entries as never)
        const written = writeConnect(calendar, { timeZone: zone, years: ROUND_TRIP_YEARS })
        // The only losses allowed: yearly entries bounded by the years (which cover the judged window).
        expect(written.losses.filter((loss) => loss.code !== 'expanded')).toEqual([])
        const read = readConnect(JSON.stringify(written.value), { years: ROUND_TRIP_YEARS })
        expect(read.issues).toEqual([])
        expect(read.timeZone).toBe(zone)
        expect(firstDifferentInstant(sealed.intervals, entries, read.calendar!, zone, from, to)).toBeUndefined()
      }),
      { numRuns: runs },
    )
  })
}

describe('Connect round trip', () => {
  connectRoundTrip(40)
})
