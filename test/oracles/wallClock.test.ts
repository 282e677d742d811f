/**
 * Checks the brute-force oracle itself, against clock readings worked out by hand and against an
 * even dumber per-second scan, so that the query properties rest on something trustworthy.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  findTransitions,
  localWallMs,
  localWeekMinute,
  offsetMs,
  oracleIsOpen,
  oracleNextChange,
  oracleNextClosing,
  oracleNextOpening,
  oracleOpenIntervals,
  walkLocalMinutes,
} from './wallClock'
import type { WeeklySchedule } from '../../src/week/types'

const z = (iso: string) => Date.parse(iso)
const DAY = 86_400_000
const WEEK = 7 * DAY

/** Local week minute read the slow, explicit way: formatToParts with weekday names. */
function weekMinuteByParts(ms: number, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    weekday: 'short',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(ms)
  const get = (type: string) => parts.find((p) => p.type === type)!.value
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday'))
  return day * 1440 + Number(get('hour')) * 60 + Number(get('minute'))
}

describe('local readings', () => {
  it('reads hand-worked clock readings', () => {
    // Monday 5 January 2026 15:00Z = 10:00 EST → week minute 1440 + 600.
    expect(localWeekMinute(z('2026-01-05T15:00:00Z'), 'America/New_York')).toBe(2040)
    // 2026-01-05 03:15Z = 09:00 +05:45 in Kathmandu, Monday.
    expect(localWeekMinute(z('2026-01-05T03:15:00Z'), 'Asia/Kathmandu')).toBe(1440 + 540)
    // 1880-01-05 13:56:01.999Z = 08:59:59.999 LMT (−4:56:02), Monday: minute 08:59.
    expect(localWeekMinute(z('1880-01-05T13:56:01.999Z'), 'America/New_York')).toBe(1440 + 539)
    expect(localWeekMinute(z('1880-01-05T13:56:02Z'), 'America/New_York')).toBe(1440 + 540)
    expect(offsetMs(z('1880-01-05T13:56:02Z'), 'America/New_York')).toBe(-(4 * 3600 + 56 * 60 + 2) * 1000)
    // Apia, 2011-12-30T10:00Z: Saturday 31 December 00:00 (+14).
    expect(localWeekMinute(z('2011-12-30T10:00:00Z'), 'Pacific/Apia')).toBe(6 * 1440)
    // Sunday 00:00 UTC 4 Jan 1970 and Saturday 23:59 before it; and before 1970.
    expect(localWeekMinute(z('1970-01-04T00:00:00Z'), 'UTC')).toBe(0)
    expect(localWeekMinute(z('1970-01-03T23:59:59.999Z'), 'UTC')).toBe(10079)
    expect(localWeekMinute(z('1969-12-31T23:59:30Z'), 'UTC')).toBe(3 * 1440 + 1439) // Wednesday
  })

  it('keeps the milliseconds in the local wall time', () => {
    expect(localWallMs(z('2026-01-05T15:00:00.123Z'), 'America/New_York')).toBe(z('2026-01-05T10:00:00.123Z'))
    expect(localWallMs(z('1880-01-05T13:56:01.999Z'), 'America/New_York')).toBe(z('1880-01-05T08:59:59.999Z'))
  })

  it('agrees with formatToParts and weekday names at random instants in several zones', () => {
    const zones = ['America/New_York', 'Asia/Kathmandu', 'Pacific/Apia', 'Pacific/Chatham', 'Europe/Dublin', 'UTC']
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: z('1870-01-01T00:00:00Z'), max: z('2040-01-01T00:00:00Z') }), (zone, t) => {
        expect(localWeekMinute(t, zone)).toBe(weekMinuteByParts(t, zone))
      }),
      { numRuns: 500 },
    )
  })
})

describe('transitions', () => {
  it('finds the New York transitions of 2026 exactly', () => {
    // 8 March 02:00 EST = 07:00Z; 1 November 02:00 EDT = 06:00Z.
    expect(findTransitions('America/New_York', z('2026-01-01T00:00:00Z'), z('2027-01-01T00:00:00Z'))).toEqual([
      z('2026-03-08T07:00:00Z'),
      z('2026-11-01T06:00:00Z'),
    ])
  })

  it('finds the end of LMT in New York (18 Nov 1883, 17:00Z) and the Apia date-line jump', () => {
    expect(findTransitions('America/New_York', z('1883-01-01T00:00:00Z'), z('1884-01-01T00:00:00Z'))).toEqual([
      z('1883-11-18T17:00:00Z'),
    ])
    expect(findTransitions('Pacific/Apia', z('2011-12-01T00:00:00Z'), z('2012-01-01T00:00:00Z'))).toEqual([
      z('2011-12-30T10:00:00Z'),
    ])
  })

  it('finds none in a zone without DST', () => {
    expect(findTransitions('Asia/Kathmandu', z('1990-01-01T00:00:00Z'), z('2030-01-01T00:00:00Z'))).toEqual([])
  })
})

describe('walkLocalMinutes visits every instant where the local minute changes', () => {
  /** Instants in (from, to) where the local minute differs from one second earlier (offsets are whole seconds). */
  function changesBySecond(zone: string, from: number, to: number): number[] {
    const out: number[] = []
    const first = Math.ceil(from / 1000) * 1000
    let prev = localWeekMinute(from, zone)
    for (let t = first === from ? from + 1000 : first; t < to; t += 1000) {
      const cur = localWeekMinute(t, zone)
      if (cur !== prev) out.push(t)
      prev = cur
    }
    return out
  }

  function changesByWalk(zone: string, from: number, to: number): number[] {
    const out: number[] = []
    let prev = localWeekMinute(from, zone)
    walkLocalMinutes(zone, from, to, (t, wm) => {
      if (t > from && wm !== prev) out.push(t)
      prev = wm
      return false
    })
    return out
  }

  const windows: [string, string][] = [
    ['America/New_York', '1883-11-18T16:50:00.250Z'], // LMT → EST, minutes tick at :02 before
    ['America/New_York', '2026-03-08T06:40:17.5Z'],
    ['America/New_York', '2026-11-01T05:50:00Z'],
    ['Pacific/Apia', '2011-12-30T09:45:00Z'],
    ['Australia/Lord_Howe', '2026-04-04T14:50:00Z'],
    ['Asia/Kathmandu', '1985-12-31T18:20:00Z'],
    ['Pacific/Chatham', '2026-09-26T13:50:00Z'],
  ]
  for (const [zone, start] of windows) {
    it(`${zone} around ${start}`, () => {
      const from = z(start)
      const to = from + 30 * 60_000
      const bySecond = changesBySecond(zone, from, to)
      expect(bySecond.length).toBeGreaterThan(20)
      expect(changesByWalk(zone, from, to)).toEqual(bySecond)
    })
  }
})

describe('oracle answers to hand-worked cases (the same as test/query/fixtures.test.ts)', () => {
  const sun = (from: number, to: number): WeeklySchedule => ({ intervals: [{ start: from, end: to }] })
  const office: WeeklySchedule = { intervals: [1, 2, 3, 4, 5].map((d) => ({ start: d * 1440 + 540, end: d * 1440 + 1020 })) }
  const NY = 'America/New_York'

  it('New York spring-forward: Sunday 02:30–04:00 opens 03:00 EDT = 07:00Z on 8 March 2026', () => {
    expect(oracleNextOpening(sun(150, 240), z('2026-03-08T06:00:00Z'), NY, WEEK)).toEqual(new Date('2026-03-08T07:00:00Z'))
    expect(oracleNextClosing(sun(150, 240), z('2026-03-08T07:00:00Z'), NY, WEEK)).toEqual(new Date('2026-03-08T08:00:00Z'))
  })

  it('New York fall-back: Sunday 01:30–02:00 is open twice on 1 November 2026', () => {
    expect(oracleOpenIntervals(sun(90, 120), z('2026-11-01T04:00:00Z'), z('2026-11-01T09:00:00Z'), NY)).toEqual([
      { start: new Date('2026-11-01T05:30:00Z'), end: new Date('2026-11-01T06:00:00Z') },
      { start: new Date('2026-11-01T06:30:00Z'), end: new Date('2026-11-01T07:00:00Z') },
    ])
  })

  it('Apia: a Friday-only schedule next opens Fri 6 Jan 2012 00:00 +14 = 5 Jan 10:00Z', () => {
    const fridays = sun(5 * 1440, 6 * 1440)
    expect(oracleNextOpening(fridays, z('2011-12-29T10:00:00Z'), 'Pacific/Apia', 2 * WEEK)).toEqual(new Date('2012-01-05T10:00:00Z'))
  })

  it('New York 1880: opens 09:00:00 LMT = 13:56:02Z, closes 17:00:00 LMT = 21:56:02Z', () => {
    expect(oracleNextOpening(office, z('1880-01-05T00:00:00Z'), NY, WEEK)).toEqual(new Date('1880-01-05T13:56:02Z'))
    expect(oracleNextClosing(office, z('1880-01-05T13:56:02Z'), NY, WEEK)).toEqual(new Date('1880-01-05T21:56:02Z'))
    expect(oracleIsOpen(office, z('1880-01-05T13:56:01.999Z'), NY)).toBe(false)
  })

  it('nextChange is strictly after `at`; never/always open give null; beyond the horizon is undefined', () => {
    expect(oracleNextChange(office, z('2026-01-05T14:00:00Z'), NY, WEEK)).toEqual(new Date('2026-01-05T22:00:00Z'))
    expect(oracleNextChange(office, z('2026-01-05T22:00:00Z'), NY, WEEK)).toEqual(new Date('2026-01-06T14:00:00Z'))
    expect(oracleNextOpening({ intervals: [] }, 0, NY, WEEK)).toBeNull()
    expect(oracleNextClosing({ intervals: [{ start: 0, end: 10080 }] }, 0, NY, WEEK)).toBeNull()
    expect(oracleNextChange({ intervals: [] }, 0, NY, WEEK)).toBeNull()
    // Saturday 3 Jan 2026 noon EST: the office opens Monday, beyond a one-day horizon.
    expect(oracleNextOpening(office, z('2026-01-03T17:00:00Z'), NY, DAY)).toBeUndefined()
  })

  it('the closing minute is closed and a repeated instant is reported at its first occurrence', () => {
    expect(oracleIsOpen(office, z('2026-01-05T21:59:59.999Z'), NY)).toBe(true)
    expect(oracleIsOpen(office, z('2026-01-05T22:00:00Z'), NY)).toBe(false)
    expect(oracleNextOpening(office, z('2026-01-05T15:00:00.123Z'), NY, WEEK)).toEqual(new Date('2026-01-05T15:00:00.123Z'))
  })
})
