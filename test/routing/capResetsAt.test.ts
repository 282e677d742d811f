/**
 * capResetsAt (issue 6): when Hourly, Daily and Monthly caps reset on the target's local clock.
 * Every expected instant below was worked out from the zone's clock readings written next to it
 * and checked with Intl.DateTimeFormat before it was written down. The properties check the
 * answers against Intl directly, not against src/zone.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { capResetsAt } from '../../src/routing/capResetsAt'
import type { CapType } from '../../src/routing/types'
import {
  DAY_MS,
  MINUTE_MS,
  readClock,
  readsUnitStart,
  runs,
  showReading,
  unitIndex,
  zonedInstantArb,
  type Unit,
} from './arbitraries'

const at = (iso: string) => Date.parse(iso)
const reset = (type: CapType, iso: string, zone: string) => capResetsAt(type, at(iso), zone)?.toISOString() ?? null

describe('capResetsAt in UTC', () => {
  it('resets Hourly at the next hour, Daily at the next midnight, Monthly on the 1st', () => {
    expect(reset('Hourly', '2026-01-31T23:20:00Z', 'UTC')).toBe('2026-02-01T00:00:00.000Z')
    expect(reset('Daily', '2026-01-31T23:20:00Z', 'UTC')).toBe('2026-02-01T00:00:00.000Z')
    expect(reset('Monthly', '2026-01-31T23:20:00Z', 'UTC')).toBe('2026-02-01T00:00:00.000Z')
    expect(reset('Monthly', '2026-02-01T00:00:00.001Z', 'UTC')).toBe('2026-03-01T00:00:00.000Z')
    // 2028 is a leap year: February has 29 days.
    expect(reset('Daily', '2028-02-28T12:00:00Z', 'UTC')).toBe('2028-02-29T00:00:00.000Z')
    expect(reset('Monthly', '2028-02-28T12:00:00Z', 'UTC')).toBe('2028-03-01T00:00:00.000Z')
    expect(reset('Monthly', '2026-12-15T00:00:00Z', 'UTC')).toBe('2027-01-01T00:00:00.000Z')
  })

  it('is strictly later: exactly on a boundary, the reset is the next one', () => {
    expect(reset('Hourly', '2026-05-05T10:00:00Z', 'UTC')).toBe('2026-05-05T11:00:00.000Z')
    expect(reset('Daily', '2026-05-05T00:00:00Z', 'UTC')).toBe('2026-05-06T00:00:00.000Z')
    expect(reset('Monthly', '2026-05-01T00:00:00Z', 'UTC')).toBe('2026-06-01T00:00:00.000Z')
    // One millisecond before a boundary: the boundary itself.
    expect(reset('Hourly', '2026-05-05T10:59:59.999Z', 'UTC')).toBe('2026-05-05T11:00:00.000Z')
  })

  it('never resets a Hard cap', () => {
    expect(capResetsAt('Hard', at('2026-05-05T10:00:00Z'), 'UTC')).toBeNull()
  })

  it('takes Dates and epoch ms alike, and Rails zone names', () => {
    const date = new Date('2026-01-05T10:20:00Z')
    expect(capResetsAt('Hourly', date, 'Kathmandu')).toEqual(capResetsAt('Hourly', date.getTime(), 'Asia/Kathmandu'))
    expect(capResetsAt('Daily', date, 'Eastern Time (US & Canada)')?.toISOString()).toBe('2026-01-06T05:00:00.000Z')
  })

  it('throws RangeError for an invalid instant, an unknown zone or an unknown type', () => {
    expect(() => capResetsAt('Hourly', new Date(Number.NaN), 'UTC')).toThrow(RangeError)
    expect(() => capResetsAt('Hourly', 0, 'Mars/Olympus')).toThrow(RangeError)
    expect(() => capResetsAt('Weekly' as CapType, 0, 'UTC')).toThrow(/Hard", "Hourly", "Daily", "Monthly/)
  })

  it('answers up to the end of the Date range, then null', () => {
    // 8.64e15 ms is 275760-09-13T00:00Z, a whole hour.
    expect(capResetsAt('Hourly', 8.64e15 - 10, 'UTC')?.getTime()).toBe(8.64e15)
    expect(capResetsAt('Hourly', 8.64e15, 'UTC')).toBeNull()
    expect(capResetsAt('Monthly', 8.64e15 - DAY_MS, 'UTC')).toBeNull()
  })
})

describe('capResetsAt in Asia/Kathmandu (+05:45)', () => {
  const KTM = 'Asia/Kathmandu'

  it('starts local hours at :15 UTC and local days at 18:15 UTC', () => {
    // 10:20Z is 16:05 +05:45; 17:00 local is 11:15Z.
    expect(reset('Hourly', '2026-01-05T10:20:00Z', KTM)).toBe('2026-01-05T11:15:00.000Z')
    // 11:15Z reads 17:00:00 exactly: the next is 18:00 local = 12:15Z.
    expect(reset('Hourly', '2026-01-05T11:15:00Z', KTM)).toBe('2026-01-05T12:15:00.000Z')
    // 6 January 00:00 +05:45 is 5 January 18:15Z.
    expect(reset('Daily', '2026-01-05T10:20:00Z', KTM)).toBe('2026-01-05T18:15:00.000Z')
    // 1 February 00:00 +05:45 is 31 January 18:15Z.
    expect(reset('Monthly', '2026-01-05T10:20:00Z', KTM)).toBe('2026-01-31T18:15:00.000Z')
  })

  it('starts 1986 at the switch from +05:30 to +05:45, when the clock skipped midnight', () => {
    // 1985-12-31 18:30Z: 23:59:59 +05:30 → 1986-01-01 00:15:00 +05:45. Midnight never showed:
    // the new day, month and hour all begin at the jump.
    expect(reset('Daily', '1985-12-31T12:00:00Z', KTM)).toBe('1985-12-31T18:30:00.000Z')
    expect(reset('Monthly', '1985-12-20T12:00:00Z', KTM)).toBe('1985-12-31T18:30:00.000Z')
    expect(reset('Hourly', '1985-12-31T18:00:00Z', KTM)).toBe('1985-12-31T18:30:00.000Z')
    // Before the switch hours started at :30 UTC: 12:00Z is 17:30 +05:30, 18:00 is 12:30Z.
    expect(reset('Hourly', '1985-12-31T12:00:00Z', KTM)).toBe('1985-12-31T12:30:00.000Z')
  })
})

describe('capResetsAt in America/New_York across DST', () => {
  const NY = 'America/New_York'

  it('spring forward, Sunday 2026-03-08: 01:59:59 EST → 03:00:00 EDT at 07:00Z', () => {
    // 06:30Z is 01:30 EST; the hour 02 never happens, the next hour starts at 03:00 EDT = 07:00Z.
    expect(reset('Hourly', '2026-03-08T06:30:00Z', NY)).toBe('2026-03-08T07:00:00.000Z')
    // 04:00Z is 7 March 23:00 EST; 8 March 00:00 EST is 05:00Z.
    expect(reset('Daily', '2026-03-08T04:00:00Z', NY)).toBe('2026-03-08T05:00:00.000Z')
    // The 23-hour day: from 01:30 EST on the 8th, the 9th starts at 00:00 EDT = 04:00Z.
    expect(reset('Daily', '2026-03-08T06:30:00Z', NY)).toBe('2026-03-09T04:00:00.000Z')
  })

  it('fall back, Sunday 2026-11-01: 01:59:59 EDT → 01:00:00 EST at 06:00Z', () => {
    // 05:30Z is 01:30 EDT; at 06:00Z the clock reads 01:00:00 again: a new hour.
    expect(reset('Hourly', '2026-11-01T05:30:00Z', NY)).toBe('2026-11-01T06:00:00.000Z')
    // From 01:00 EST (06:00Z) the next hour is 02:00 EST = 07:00Z.
    expect(reset('Hourly', '2026-11-01T06:00:00Z', NY)).toBe('2026-11-01T07:00:00.000Z')
    // 01:00 EST is not a new day: the 25-hour day of 1 November (from 00:00 EDT = 04:00Z)
    // ends at 2 November 00:00 EST = 05:00Z.
    expect(reset('Daily', '2026-11-01T04:00:00Z', NY)).toBe('2026-11-02T05:00:00.000Z')
    expect(reset('Daily', '2026-11-01T05:30:00Z', NY)).toBe('2026-11-02T05:00:00.000Z')
    // November starts at 00:00 EDT = 04:00Z; December at 00:00 EST = 05:00Z.
    expect(reset('Monthly', '2026-10-15T12:00:00Z', NY)).toBe('2026-11-01T04:00:00.000Z')
    expect(reset('Monthly', '2026-11-01T04:00:00Z', NY)).toBe('2026-12-01T05:00:00.000Z')
  })
})

describe('capResetsAt where midnight does not exist', () => {
  it('America/Havana 2026-03-08: 23:59:59 CST (−5) → 01:00:00 CDT (−4) at 05:00Z', () => {
    // 01:00Z is 7 March 20:00 −5; the 8th begins at the jump, when the clock first reads the 8th.
    expect(reset('Daily', '2026-03-08T01:00:00Z', 'America/Havana')).toBe('2026-03-08T05:00:00.000Z')
    // 04:30Z is 23:30 −5; the jump skips 00:00, so the next hour starts at the jump too.
    expect(reset('Hourly', '2026-03-08T04:30:00Z', 'America/Havana')).toBe('2026-03-08T05:00:00.000Z')
  })

  it('America/Santiago 2026-09-06: 23:59:59 −4 → 01:00:00 −3 at 04:00Z', () => {
    // 5 September 20:00Z is 16:00 −4.
    expect(reset('Daily', '2026-09-05T20:00:00Z', 'America/Santiago')).toBe('2026-09-06T04:00:00.000Z')
    // 03:30Z is 23:30 −4.
    expect(reset('Hourly', '2026-09-06T03:30:00Z', 'America/Santiago')).toBe('2026-09-06T04:00:00.000Z')
  })

  it('Asia/Beirut 2026-03-28: 23:59:59 +2 → 01:00:00 +3 at 22:00Z', () => {
    // 21:00Z is 23:00 +2.
    expect(reset('Daily', '2026-03-28T21:00:00Z', 'Asia/Beirut')).toBe('2026-03-28T22:00:00.000Z')
  })

  it('America/Asuncion 2023-10-01: the month begins at 01:00 −3, when 23:59:59 −4 jumps', () => {
    // 30 September 23:59:59 −4 → 1 October 01:00:00 −3 at 04:00Z.
    expect(reset('Monthly', '2023-09-20T00:00:00Z', 'America/Asuncion')).toBe('2023-10-01T04:00:00.000Z')
  })
})

describe('capResetsAt at fall-backs that repeat a midnight or land mid-hour', () => {
  it('Asia/Beirut 2026-10-24: 23:59:59 +3 → 23:00:00 +2 at 21:00Z', () => {
    // 20:30Z is 23:30 +3. The clock reads 23:00:00 again at 21:00Z: a new hour, but still the 24th.
    expect(reset('Hourly', '2026-10-24T20:30:00Z', 'Asia/Beirut')).toBe('2026-10-24T21:00:00.000Z')
    // The 25th begins at 00:00 +2 = 22:00Z.
    expect(reset('Daily', '2026-10-24T20:30:00Z', 'Asia/Beirut')).toBe('2026-10-24T22:00:00.000Z')
  })

  it('America/Havana 2026-11-01: 00:59:59 CDT → 00:00:00 CST at 05:00Z is a new hour, not a new day', () => {
    // 04:30Z is 1 November 00:30 CDT.
    expect(reset('Hourly', '2026-11-01T04:30:00Z', 'America/Havana')).toBe('2026-11-01T05:00:00.000Z')
    // The second 00:00 of 1 November starts no day: the 2nd begins at 00:00 CST = 05:00Z on the 2nd.
    expect(reset('Daily', '2026-11-01T04:30:00Z', 'America/Havana')).toBe('2026-11-02T05:00:00.000Z')
    // December begins at 00:00 CST = 05:00Z, not at the repeated 00:00 of 1 November.
    expect(reset('Monthly', '2026-11-01T04:00:00Z', 'America/Havana')).toBe('2026-12-01T05:00:00.000Z')
  })

  it('Australia/Lord_Howe: half-hour clock changes', () => {
    // 2026-04-04 15:00Z: 01:59:59 +11 → 01:30:00 +10:30. From 14:45Z (01:45 +11) the next
    // reading of hh:00:00 is 02:00 +10:30 = 15:30Z; 01:30 is not the start of an hour.
    expect(reset('Hourly', '2026-04-04T14:45:00Z', 'Australia/Lord_Howe')).toBe('2026-04-04T15:30:00.000Z')
    // 2026-10-03 15:30Z: 01:59:59 +10:30 → 02:30:00 +11 skips 02:00, so the hour begins at the jump.
    expect(reset('Hourly', '2026-10-03T15:10:00Z', 'Australia/Lord_Howe')).toBe('2026-10-03T15:30:00.000Z')
  })
})

/**
 * Checks an answer with Intl alone: `reset` is after `at`, the clock there starts a new unit —
 * it reads hh:00:00 (or 00:00:00, or the 1st at 00:00:00), or it jumped past one — and no whole
 * minute in between does. For days and months "new" means a later date (or month) than at `at`.
 * Offsets and transitions here are whole minutes, so whole minutes are every place it could happen.
 */
function checkReset(zone: string, atMs: number, unit: Unit, resetMs: number, stepMs: number): void {
  const context = () => `${zone}, at ${new Date(atMs).toISOString()} (${showReading(readClock(atMs, zone))})`
  expect(resetMs, context()).toBeGreaterThan(atMs)
  const startsUnit = (t: number, before: number) => {
    const now = readClock(t, zone)
    const previous = readClock(before, zone)
    if (unit === 'hour') return (readsUnitStart(now, unit) && t % 1000 === 0) || unitIndex(now, unit) > unitIndex(previous, unit)
    return unitIndex(now, unit) > unitIndex(readClock(atMs, zone), unit)
  }
  expect(startsUnit(resetMs, resetMs - 1), `${context()}: ${new Date(resetMs).toISOString()} reads ${showReading(readClock(resetMs, zone))}`).toBe(true)
  if (unit !== 'hour') {
    const reading = readClock(resetMs, zone)
    // The first instant of the new date: its midnight, or the jump that skipped it.
    expect(readsUnitStart(reading, unit) || unitIndex(readClock(resetMs - 1, zone), unit) < unitIndex(reading, unit)).toBe(true)
  }
  let previous = atMs
  for (let t = Math.floor(atMs / stepMs) * stepMs + stepMs; t < resetMs; t += stepMs) {
    if (startsUnit(t, previous)) {
      throw new Error(`${context()}: ${new Date(t).toISOString()} (${showReading(readClock(t, zone))}) already starts a new ${unit}, before ${new Date(resetMs).toISOString()}`)
    }
    previous = t
  }
}

describe('capResetsAt properties (checked with Intl)', () => {
  it('Hourly: the first instant after `at` that starts a local hour', () => {
    fc.assert(
      fc.property(zonedInstantArb, ({ zone, at }) => {
        const found = capResetsAt('Hourly', at, zone)
        expect(found).not.toBeNull()
        // Whole hours and jumps are never more than 2 h apart in these zones.
        expect(found!.getTime() - at).toBeLessThanOrEqual(2 * 3_600_000)
        checkReset(zone, at, 'hour', found!.getTime(), MINUTE_MS)
      }),
      runs(),
    )
  })

  it('Daily: the first instant after `at` of a later local date', () => {
    fc.assert(
      fc.property(zonedInstantArb, ({ zone, at }) => {
        const found = capResetsAt('Daily', at, zone)
        expect(found).not.toBeNull()
        expect(found!.getTime() - at).toBeLessThanOrEqual(25 * 3_600_000)
        checkReset(zone, at, 'day', found!.getTime(), MINUTE_MS)
      }),
      runs(),
    )
  })

  it('Monthly: the first instant after `at` of a later local month (coarse: checked every hour)', () => {
    fc.assert(
      fc.property(zonedInstantArb, ({ zone, at }) => {
        const found = capResetsAt('Monthly', at, zone)
        expect(found).not.toBeNull()
        expect(found!.getTime() - at).toBeLessThanOrEqual(32 * DAY_MS)
        checkReset(zone, at, 'month', found!.getTime(), 3_600_000)
      }),
      runs(30, 300),
    )
  })

  it('a Hard cap never resets, in any zone', () => {
    fc.assert(
      fc.property(zonedInstantArb, ({ zone, at }) => {
        expect(capResetsAt('Hard', at, zone)).toBeNull()
      }),
      runs(20, 100),
    )
  })
})
