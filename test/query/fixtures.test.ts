/**
 * Named fixtures for the time queries (issue 3): one case per item of the Semantics list.
 * Every expectation is worked out by hand from the zone's clock readings, written next to it, and
 * was checked against Intl (the same cases run against the brute-force oracle in
 * test/oracles/wallClock.test.ts).
 *
 * Week minutes: Sunday 00:00 = 0, Monday = 1440, … Saturday = 8640, Saturday 24:00 = 10080.
 */
import { describe, expect, it } from 'vitest'
import {
  isOpen,
  nextChange,
  nextClosing,
  nextOpening,
  openIntervals,
  resolveTimeZone,
} from '../../src/index'
import type { WeekInterval, WeeklySchedule } from '../../src/week/types'
import railsTimezone from 'rails-timezone'

const SUN = 0
const WED = 3
const FRI = 5
const SAT = 6

/** Week minute of `day` at clock reading 'HH:MM' ('24:00' allowed). */
function wm(day: number, hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number]
  return day * 1440 + h * 60 + m
}

/** A same-day block `day from–to` as a week interval. */
function block(day: number, from: string, to: string): WeekInterval {
  return { start: wm(day, from), end: wm(day, to) }
}

/** A schedule from blocks given in week order, none touching (already normal form). */
function schedule(...intervals: WeekInterval[]): WeeklySchedule {
  return { intervals }
}

/** Monday–Friday `from`–`to`. */
function weekdays(from: string, to: string): WeeklySchedule {
  return schedule(...[1, 2, 3, 4, 5].map((d) => block(d, from, to)))
}

const NEVER: WeeklySchedule = schedule()
const ALWAYS: WeeklySchedule = schedule({ start: 0, end: 10080 })

const z = (iso: string): Date => new Date(iso)
const ms = (iso: string): number => Date.parse(iso)

describe('spring-forward gap (America/New_York, Sunday 8 March 2026)', () => {
  // 02:00 EST (−5) → 03:00 EDT (−4) at 07:00Z: local 01:59:59 is followed by 03:00:00, so
  // 02:00–02:59 never happens that day.
  const NY = 'America/New_York'
  const lateNight = schedule(block(SUN, '02:30', '04:00'))

  it('a block 02:30–04:00 opens at the first instant after the gap, 03:00 EDT = 07:00Z', () => {
    // 06:00Z is 01:00 EST: closed. The first local minute in 02:30–04:00 is 03:00 EDT = 07:00Z.
    expect(nextOpening(lateNight, z('2026-03-08T06:00:00Z'), NY)).toEqual(z('2026-03-08T07:00:00Z'))
    // 06:59:59.999Z reads 01:59 EST: still closed.
    expect(isOpen(lateNight, ms('2026-03-08T06:59:59.999Z'), NY)).toBe(false)
    expect(isOpen(lateNight, ms('2026-03-08T07:00:00Z'), NY)).toBe(true)
    // Closes at 04:00 EDT = 08:00Z: the block lasted one hour that night, not an hour and a half.
    expect(nextClosing(lateNight, z('2026-03-08T07:00:00Z'), NY)).toEqual(z('2026-03-08T08:00:00Z'))
    expect(openIntervals(lateNight, z('2026-03-08T05:00:00Z'), z('2026-03-09T05:00:00Z'), NY)).toEqual([
      { start: z('2026-03-08T07:00:00Z'), end: z('2026-03-08T08:00:00Z') },
    ])
  })

  it('a block wholly inside the gap (02:00–03:00) is not open that night; next Sunday it is', () => {
    // Sunday 15 March 2026 02:00 EDT (−4) = 06:00Z.
    const gapOnly = schedule(block(SUN, '02:00', '03:00'))
    expect(nextOpening(gapOnly, z('2026-03-08T06:00:00Z'), NY)).toEqual(z('2026-03-15T06:00:00Z'))
    expect(openIntervals(gapOnly, z('2026-03-08T05:00:00Z'), z('2026-03-09T05:00:00Z'), NY)).toEqual([])
  })
})

describe('fall-back overlap (America/New_York, Sunday 1 November 2026)', () => {
  // 02:00 EDT (−4) → 01:00 EST (−5) at 06:00Z: 01:00–01:59 happens twice, 05:00–06:00Z (EDT)
  // and 06:00–07:00Z (EST).
  const NY = 'America/New_York'

  it('a repeated local time is open both times it occurs (01:30–02:00 → 05:30–06:00Z and 06:30–07:00Z)', () => {
    const halfHour = schedule(block(SUN, '01:30', '02:00'))
    expect(isOpen(halfHour, ms('2026-11-01T05:45:00Z'), NY)).toBe(true) // 01:45 EDT
    expect(isOpen(halfHour, ms('2026-11-01T06:15:00Z'), NY)).toBe(false) // 01:15 EST
    expect(isOpen(halfHour, ms('2026-11-01T06:45:00Z'), NY)).toBe(true) // 01:45 EST
    // 06:00Z is 01:00 EST (closed); the block comes round again at 01:30 EST = 06:30Z.
    expect(nextOpening(halfHour, z('2026-11-01T06:00:00Z'), NY)).toEqual(z('2026-11-01T06:30:00Z'))
    expect(openIntervals(halfHour, z('2026-11-01T04:00:00Z'), z('2026-11-01T09:00:00Z'), NY)).toEqual([
      { start: z('2026-11-01T05:30:00Z'), end: z('2026-11-01T06:00:00Z') },
      { start: z('2026-11-01T06:30:00Z'), end: z('2026-11-01T07:00:00Z') },
    ])
  })

  it('a block 01:00–02:00 is open for two hours that night, as one span 05:00–07:00Z', () => {
    // 01:59:59 EDT (05:59:59Z) is followed by 01:00:00 EST (06:00Z): open on both sides.
    const hour = schedule(block(SUN, '01:00', '02:00'))
    expect(nextClosing(hour, z('2026-11-01T05:00:00Z'), NY)).toEqual(z('2026-11-01T07:00:00Z'))
    expect(nextChange(hour, z('2026-11-01T05:00:00Z'), NY)).toEqual(z('2026-11-01T07:00:00Z'))
    expect(openIntervals(hour, z('2026-11-01T00:00:00Z'), z('2026-11-02T00:00:00Z'), NY)).toEqual([
      { start: z('2026-11-01T05:00:00Z'), end: z('2026-11-01T07:00:00Z') },
    ])
  })
})

describe('zones whose clocks change at midnight: 00:00 does not exist on some days', () => {
  it('America/Santiago, Sunday 6 September 2026: Saturday 23:59:59 (−4) is followed by Sunday 01:00 (−3)', () => {
    // The change is at 04:00Z. A Sunday 00:00–02:00 block opens at 01:00 −3 = 04:00Z.
    const SCL = 'America/Santiago'
    const earlySunday = schedule(block(SUN, '00:00', '02:00'))
    expect(isOpen(earlySunday, ms('2026-09-06T03:59:59.999Z'), SCL)).toBe(false) // Sat 23:59 −4
    expect(nextOpening(earlySunday, z('2026-09-06T03:00:00Z'), SCL)).toEqual(z('2026-09-06T04:00:00Z'))
    // Closes at 02:00 −3 = 05:00Z.
    expect(nextClosing(earlySunday, z('2026-09-06T04:00:00Z'), SCL)).toEqual(z('2026-09-06T05:00:00Z'))
    // A Saturday-night block 22:00–24:00 ends at Sunday 01:00 (04:00Z), not at a Sunday 00:00 that never comes.
    const lateSaturday = schedule(block(SAT, '22:00', '24:00'))
    expect(nextClosing(lateSaturday, z('2026-09-06T03:00:00Z'), SCL)).toEqual(z('2026-09-06T04:00:00Z'))
  })

  it('America/Havana, Sunday 8 March 2026: Saturday 23:59:59 (−5) is followed by Sunday 01:00 (−4)', () => {
    // The change is at 05:00Z. A block Sunday 00:00–00:30 lies wholly in the gap; the next
    // Sunday 00:00 is 15 March 2026 00:00 −4 = 04:00Z.
    const HAV = 'America/Havana'
    const midnightHalfHour = schedule(block(SUN, '00:00', '00:30'))
    expect(nextOpening(midnightHalfHour, z('2026-03-08T04:00:00Z'), HAV)).toEqual(z('2026-03-15T04:00:00Z'))
    expect(openIntervals(midnightHalfHour, z('2026-03-07T05:00:00Z'), z('2026-03-09T05:00:00Z'), HAV)).toEqual([])
  })

  it('Asia/Beirut, Sunday 29 March 2026: Saturday 23:59:59 (+2) is followed by Sunday 01:00 (+3)', () => {
    // The change is at Saturday 28 March 22:00Z. Sunday 00:00–09:00 opens then, at 01:00 +3,
    // and closes at 09:00 +3 = 06:00Z.
    const BEY = 'Asia/Beirut'
    const sundayMorning = schedule(block(SUN, '00:00', '09:00'))
    expect(isOpen(sundayMorning, ms('2026-03-28T21:59:59Z'), BEY)).toBe(false) // Sat 23:59:59 +2
    expect(nextOpening(sundayMorning, z('2026-03-28T21:00:00Z'), BEY)).toEqual(z('2026-03-28T22:00:00Z'))
    expect(openIntervals(sundayMorning, z('2026-03-28T12:00:00Z'), z('2026-03-29T12:00:00Z'), BEY)).toEqual([
      { start: z('2026-03-28T22:00:00Z'), end: z('2026-03-29T06:00:00Z') },
    ])
  })
})

describe('30-minute DST (Australia/Lord_Howe)', () => {
  const LHI = 'Australia/Lord_Howe'

  it('fall back, Sunday 5 April 2026: 01:59:59 (+11) → 01:30 (+10:30), so 01:30–02:00 repeats', () => {
    // The change is at Saturday 4 April 15:00Z. 01:30 +11 = 14:30Z; 01:30 +10:30 = 15:00Z; 02:00 +10:30 = 15:30Z.
    const block130 = schedule(block(SUN, '01:30', '02:00'))
    expect(openIntervals(block130, z('2026-04-04T12:00:00Z'), z('2026-04-04T18:00:00Z'), LHI)).toEqual([
      { start: z('2026-04-04T14:30:00Z'), end: z('2026-04-04T15:30:00Z') },
    ])
    expect(nextClosing(block130, z('2026-04-04T14:30:00Z'), LHI)).toEqual(z('2026-04-04T15:30:00Z'))
  })

  it('spring forward, Sunday 4 October 2026: 01:59:59 (+10:30) → 02:30 (+11), so 02:00–02:30 never happens', () => {
    // The change is at Saturday 3 October 15:30Z. Sunday 02:00–03:00 opens at 02:30 +11 = 15:30Z.
    expect(nextOpening(schedule(block(SUN, '02:00', '03:00')), z('2026-10-03T15:00:00Z'), LHI)).toEqual(
      z('2026-10-03T15:30:00Z'),
    )
    // Sunday 02:00–02:30 only: next Sunday 11 October 02:00 +11 = Saturday 10 October 15:00Z.
    expect(nextOpening(schedule(block(SUN, '02:00', '02:30')), z('2026-10-03T15:00:00Z'), LHI)).toEqual(
      z('2026-10-10T15:00:00Z'),
    )
  })
})

describe('2-hour DST (Antarctica/Troll)', () => {
  const TROLL = 'Antarctica/Troll'

  it('spring forward, Sunday 29 March 2026: 00:59:59 (+0) → 03:00 (+2) at 01:00Z', () => {
    // Sunday 01:00–03:00 never happens that day; the next is 5 April 01:00 +2 = 4 April 23:00Z.
    expect(nextOpening(schedule(block(SUN, '01:00', '03:00')), z('2026-03-29T00:00:00Z'), TROLL)).toEqual(
      z('2026-04-04T23:00:00Z'),
    )
    // Sunday 02:00–04:00 opens at 03:00 +2 = 01:00Z and closes at 04:00 +2 = 02:00Z.
    const b = schedule(block(SUN, '02:00', '04:00'))
    expect(nextOpening(b, z('2026-03-29T00:00:00Z'), TROLL)).toEqual(z('2026-03-29T01:00:00Z'))
    expect(nextClosing(b, z('2026-03-29T01:00:00Z'), TROLL)).toEqual(z('2026-03-29T02:00:00Z'))
  })

  it('fall back, Sunday 25 October 2026: 02:59:59 (+2) → 01:00 (+0) at 01:00Z, so 01:00–03:00 repeats', () => {
    // 01:00 +2 = Saturday 24 October 23:00Z; the repeat 01:00–03:00 +0 is 01:00–03:00Z: one 4-hour span.
    const b = schedule(block(SUN, '01:00', '03:00'))
    expect(openIntervals(b, z('2026-10-24T20:00:00Z'), z('2026-10-25T06:00:00Z'), TROLL)).toEqual([
      { start: z('2026-10-24T23:00:00Z'), end: z('2026-10-25T03:00:00Z') },
    ])
  })
})

describe('negative DST (Europe/Dublin): Irish Standard Time +1 in summer, GMT "winter time" +0', () => {
  const DUB = 'Europe/Dublin'

  it('a weekday 09:00 is 08:00Z in July and 09:00Z in January', () => {
    const office = weekdays('09:00', '17:00')
    // Monday 6 July 2026 09:00 IST (+1) = 08:00Z.
    expect(nextOpening(office, z('2026-07-06T00:00:00Z'), DUB)).toEqual(z('2026-07-06T08:00:00Z'))
    // Monday 5 January 2026 09:00 GMT (+0) = 09:00Z.
    expect(nextOpening(office, z('2026-01-05T00:00:00Z'), DUB)).toEqual(z('2026-01-05T09:00:00Z'))
  })

  it('the October change (Sunday 25 October 2026, 01:59:59 +1 → 01:00 +0 at 01:00Z) repeats 01:00–02:00', () => {
    // Sunday 01:00–02:00: 00:00–01:00Z (+1) and 01:00–02:00Z (+0), one span.
    const b = schedule(block(SUN, '01:00', '02:00'))
    expect(openIntervals(b, z('2026-10-24T22:00:00Z'), z('2026-10-25T04:00:00Z'), DUB)).toEqual([
      { start: z('2026-10-25T00:00:00Z'), end: z('2026-10-25T02:00:00Z') },
    ])
  })

  it('the March change (Sunday 29 March 2026, 00:59:59 +0 → 02:00 +1 at 01:00Z) skips 01:00–02:00', () => {
    // Next Sunday 5 April 01:00 +1 = 00:00Z.
    const b = schedule(block(SUN, '01:00', '02:00'))
    expect(nextOpening(b, z('2026-03-29T00:30:00Z'), DUB)).toEqual(z('2026-04-05T00:00:00Z'))
  })
})

describe('odd offsets', () => {
  it('Asia/Kathmandu +05:45: Monday 5 January 2026 09:00–17:00 is 03:15–11:15Z', () => {
    const KTM = 'Asia/Kathmandu'
    const office = weekdays('09:00', '17:00')
    expect(nextOpening(office, z('2026-01-05T00:00:00Z'), KTM)).toEqual(z('2026-01-05T03:15:00Z'))
    expect(nextClosing(office, z('2026-01-05T03:15:00Z'), KTM)).toEqual(z('2026-01-05T11:15:00Z'))
    expect(isOpen(office, ms('2026-01-05T11:14:59.999Z'), KTM)).toBe(true) // 16:59:59.999
    expect(isOpen(office, ms('2026-01-05T11:15:00Z'), KTM)).toBe(false) // 17:00
  })

  it('Asia/Kathmandu, 1 January 1986: +05:30 → +05:45 at 00:00, so 00:00–00:15 never happened', () => {
    // Tuesday 31 Dec 1985 18:30Z reads Wed 00:15 +05:45. A Wednesday 00:00–00:20 block opens then and
    // closes at 00:20 +05:45 = 18:35Z.
    const b = schedule(block(WED, '00:00', '00:20'))
    expect(openIntervals(b, z('1985-12-31T12:00:00Z'), z('1986-01-01T00:00:00Z'), 'Asia/Kathmandu')).toEqual([
      { start: z('1985-12-31T18:30:00Z'), end: z('1985-12-31T18:35:00Z') },
    ])
  })

  it('Pacific/Chatham +12:45 in winter: Monday 6 July 2026 09:00 is Sunday 5 July 20:15Z', () => {
    expect(nextOpening(weekdays('09:00', '17:00'), z('2026-07-05T12:00:00Z'), 'Pacific/Chatham')).toEqual(
      z('2026-07-05T20:15:00Z'),
    )
  })

  it('Pacific/Chatham, Sunday 27 September 2026: 02:44:59 (+12:45) → 03:45 (+13:45) at 14:00Z', () => {
    // A Sunday 03:00–04:00 block opens at 03:45 +13:45 = 14:00Z and closes at 04:00 +13:45 = 14:15Z.
    const b = schedule(block(SUN, '03:00', '04:00'))
    expect(nextOpening(b, z('2026-09-26T13:00:00Z'), 'Pacific/Chatham')).toEqual(z('2026-09-26T14:00:00Z'))
    expect(nextClosing(b, z('2026-09-26T14:00:00Z'), 'Pacific/Chatham')).toEqual(z('2026-09-26T14:15:00Z'))
  })
})

describe('a skipped calendar day (Pacific/Apia, Friday 30 December 2011)', () => {
  // At 2011-12-30T10:00Z Thursday 29 Dec 23:59:59 (−10) was followed by Saturday 31 Dec 00:00 (+14).
  const APIA = 'Pacific/Apia'
  const fridays = schedule(block(FRI, '00:00', '24:00'))

  it('the Friday before is open as usual (23 Dec 2011 00:00 −10 = 10:00Z)', () => {
    expect(isOpen(fridays, ms('2011-12-23T10:00:00Z'), APIA)).toBe(true)
  })

  it('a Friday-only schedule is not open on the missing day; it next opens Friday 6 Jan 2012 00:00 +14', () => {
    // 6 Jan 2012 00:00 +14 = Thursday 5 January 10:00Z.
    expect(isOpen(fridays, ms('2011-12-30T09:59:59.999Z'), APIA)).toBe(false) // Thu 23:59 −10
    expect(isOpen(fridays, ms('2011-12-30T10:00:00Z'), APIA)).toBe(false) // Sat 00:00 +14
    expect(nextOpening(fridays, z('2011-12-29T10:00:00Z'), APIA)).toEqual(z('2012-01-05T10:00:00Z'))
    expect(openIntervals(fridays, z('2011-12-28T00:00:00Z'), z('2012-01-04T00:00:00Z'), APIA)).toEqual([])
  })
})

describe('historic offsets with seconds (New York before 18 November 1883: LMT −4:56:02)', () => {
  const NY = 'America/New_York'

  it('Monday 5 January 1880 09:00:00 LMT is 13:56:02Z, to the second', () => {
    // 09:00:00 + 4:56:02 = 13:56:02Z. The answer is not on a UTC minute boundary.
    const office = weekdays('09:00', '17:00')
    expect(nextOpening(office, z('1880-01-05T00:00:00Z'), NY)).toEqual(z('1880-01-05T13:56:02Z'))
    expect(isOpen(office, ms('1880-01-05T13:56:01.999Z'), NY)).toBe(false) // 08:59:59.999 LMT
    expect(isOpen(office, ms('1880-01-05T13:56:02Z'), NY)).toBe(true)
    // 17:00:00 LMT = 21:56:02Z.
    expect(nextClosing(office, z('1880-01-05T13:56:02Z'), NY)).toEqual(z('1880-01-05T21:56:02Z'))
  })

  it('the switch to EST on Sunday 18 Nov 1883: 12:03:57 LMT → 12:00:00 EST at 17:00:00Z', () => {
    // Sunday 12:03–12:04: 12:03:00 LMT = 16:59:02Z, cut short at 17:00:00Z (clock reads 12:00 EST,
    // closed); then 12:03 EST = 17:03Z until 17:04Z.
    const b = schedule(block(SUN, '12:03', '12:04'))
    expect(nextClosing(b, z('1883-11-18T16:59:30Z'), NY)).toEqual(z('1883-11-18T17:00:00Z'))
    expect(nextOpening(b, z('1883-11-18T17:00:00Z'), NY)).toEqual(z('1883-11-18T17:03:00Z'))
    expect(openIntervals(b, z('1883-11-18T16:00:00Z'), z('1883-11-18T18:00:00Z'), NY)).toEqual([
      { start: z('1883-11-18T16:59:02Z'), end: z('1883-11-18T17:00:00Z') },
      { start: z('1883-11-18T17:03:00Z'), end: z('1883-11-18T17:04:00Z') },
    ])
  })
})

describe('week boundary, closing minute, 24/7 and never', () => {
  it('Saturday 22:00 – Sunday 02:00 is one span in openIntervals (UTC, 3–4 January 2026)', () => {
    // Normal form keeps it as two pieces, Sat 22:00–24:00 and Sun 00:00–02:00; the answer is one span.
    const overnight = schedule({ start: 0, end: wm(SUN, '02:00') }, { start: wm(SAT, '22:00'), end: 10080 })
    expect(openIntervals(overnight, z('2026-01-03T20:00:00Z'), z('2026-01-04T04:00:00Z'), 'UTC')).toEqual([
      { start: z('2026-01-03T22:00:00Z'), end: z('2026-01-04T02:00:00Z') },
    ])
    expect(nextClosing(overnight, z('2026-01-03T23:00:00Z'), 'UTC')).toEqual(z('2026-01-04T02:00:00Z'))
    expect(nextChange(overnight, z('2026-01-03T22:00:00Z'), 'UTC')).toEqual(z('2026-01-04T02:00:00Z'))
  })

  it('openIntervals clips to [from, to) and keeps a span that is open at both ends', () => {
    // Sat 22:00–Sun 02:00 in New York (EST, −5): Sat 3 Jan 2026 22:00 EST = 4 Jan 03:00Z, ends 07:00Z.
    const overnight = schedule({ start: 0, end: wm(SUN, '02:00') }, { start: wm(SAT, '22:00'), end: 10080 })
    expect(
      openIntervals(overnight, z('2026-01-04T04:00:00Z'), z('2026-01-04T06:00:00Z'), 'America/New_York'),
    ).toEqual([{ start: z('2026-01-04T04:00:00Z'), end: z('2026-01-04T06:00:00Z') }])
  })

  it('the closing minute is closed: 09:00–17:00 is closed at 17:00:00', () => {
    // Monday 5 January 2026 in New York (EST, −5): 17:00 = 22:00Z.
    const office = weekdays('09:00', '17:00')
    const NY = 'America/New_York'
    expect(isOpen(office, ms('2026-01-05T21:59:59.999Z'), NY)).toBe(true)
    expect(isOpen(office, ms('2026-01-05T22:00:00Z'), NY)).toBe(false)
    expect(nextClosing(office, z('2026-01-05T14:00:00Z'), NY)).toEqual(z('2026-01-05T22:00:00Z'))
    // 17:00 on Monday is closed, so the next opening is Tuesday 09:00 EST = 14:00Z.
    expect(nextOpening(office, z('2026-01-05T22:00:00Z'), NY)).toEqual(z('2026-01-06T14:00:00Z'))
  })

  it('24/7: always open, nextClosing and nextChange are null, nextOpening is `at` itself', () => {
    const at = z('2026-03-08T07:00:00Z')
    expect(isOpen(ALWAYS, at, 'America/New_York')).toBe(true)
    expect(nextClosing(ALWAYS, at, 'America/New_York')).toBeNull()
    expect(nextChange(ALWAYS, at, 'America/New_York')).toBeNull()
    expect(nextOpening(ALWAYS, at, 'America/New_York')).toEqual(at)
    expect(openIntervals(ALWAYS, z('2026-03-07T00:00:00Z'), z('2026-03-10T00:00:00Z'), 'America/New_York')).toEqual([
      { start: z('2026-03-07T00:00:00Z'), end: z('2026-03-10T00:00:00Z') },
    ])
  })

  it('a 24/7 schedule stays one span across a fall-back night and the week boundary', () => {
    expect(openIntervals(ALWAYS, z('2026-10-31T00:00:00Z'), z('2026-11-03T00:00:00Z'), 'America/New_York')).toEqual([
      { start: z('2026-10-31T00:00:00Z'), end: z('2026-11-03T00:00:00Z') },
    ])
  })

  it('never open: nextOpening and nextChange are null, nextClosing is `at` itself', () => {
    const at = z('2026-01-05T12:00:00Z')
    expect(isOpen(NEVER, at, 'Pacific/Chatham')).toBe(false)
    expect(nextOpening(NEVER, at, 'Pacific/Chatham')).toBeNull()
    expect(nextChange(NEVER, at, 'Pacific/Chatham')).toBeNull()
    expect(nextClosing(NEVER, at, 'Pacific/Chatham')).toEqual(at)
    expect(openIntervals(NEVER, z('2026-01-01T00:00:00Z'), z('2026-02-01T00:00:00Z'), 'Pacific/Chatham')).toEqual([])
    // Far instants too: the answer must not depend on scanning.
    expect(nextOpening(NEVER, Date.parse('2500-01-01T00:00:00Z'), 'UTC')).toBeNull()
  })

  it('openIntervals over an empty range [t, t) is empty, even when open at t', () => {
    // (A reversed range is left unspecified by the issue; the implementation may throw.)
    expect(openIntervals(ALWAYS, z('2026-01-05T00:00:00Z'), z('2026-01-05T00:00:00Z'), 'UTC')).toEqual([])
  })
})

describe('results are new Dates, exact to the millisecond, and Date and number inputs agree', () => {
  const office = weekdays('09:00', '17:00')
  const NY = 'America/New_York'

  it('when open now, nextOpening is `at` to the ms, as a new Date', () => {
    // Monday 5 January 2026 10:00:00.123 EST = 15:00:00.123Z: open.
    const at = z('2026-01-05T15:00:00.123Z')
    const got = nextOpening(office, at, NY)
    expect(got).toEqual(at)
    expect(got).not.toBe(at)
    expect(got?.getTime()).toBe(1767625200123)
  })

  it('from a non-boundary instant the next boundary is exact (17:00:00.000 EST = 22:00:00.000Z)', () => {
    expect(nextClosing(office, z('2026-01-05T15:00:00.123Z'), NY)?.getTime()).toBe(Date.parse('2026-01-05T22:00:00.000Z'))
    expect(nextChange(office, z('2026-01-05T15:00:00.123Z'), NY)?.getTime()).toBe(Date.parse('2026-01-05T22:00:00.000Z'))
  })

  it('changing a returned Date does not change later answers, nor the input', () => {
    const at = z('2026-01-05T15:00:00.123Z')
    const first = nextOpening(office, at, NY)!
    first.setTime(0)
    expect(at.getTime()).toBe(1767625200123)
    expect(nextOpening(office, at, NY)?.getTime()).toBe(1767625200123)
    const spans = openIntervals(office, at, z('2026-01-06T00:00:00Z'), NY)
    expect(spans[0]!.start).not.toBe(at)
  })

  it('Date and epoch-ms inputs give the same answers', () => {
    const instants = ['2026-01-05T15:00:00.123Z', '2026-03-08T06:30:00Z', '2026-11-01T06:15:00Z', '1880-01-05T13:56:01.5Z']
    for (const iso of instants) {
      const d = z(iso)
      const n = ms(iso)
      expect(isOpen(office, n, NY)).toBe(isOpen(office, d, NY))
      expect(nextOpening(office, n, NY)).toEqual(nextOpening(office, d, NY))
      expect(nextClosing(office, n, NY)).toEqual(nextClosing(office, d, NY))
      expect(nextChange(office, n, NY)).toEqual(nextChange(office, d, NY))
      expect(openIntervals(office, n, n + 7 * 86_400_000, NY)).toEqual(
        openIntervals(office, d, new Date(n + 7 * 86_400_000), NY),
      )
    }
  })
})

describe('zone names', () => {
  it('resolves Rails ActiveSupport names as Retreaver sends them', () => {
    expect(resolveTimeZone('Eastern Time (US & Canada)')).toBe('America/New_York')
    expect(resolveTimeZone('Newfoundland')).toBe('America/St_Johns')
    // tzdata renamed Kiev to Kyiv in 2022; either spelling is the same zone.
    expect(['Europe/Kyiv', 'Europe/Kiev']).toContain(resolveTimeZone('Kyiv'))
    expect(resolveTimeZone('UTC')).toBe('UTC')
  })

  it('queries accept Rails names too, answering as for the IANA zone', () => {
    // Monday 5 January 2026 09:00 NST (−3:30) = 12:30Z; 09:00 EET (+2) in Kyiv = 07:00Z.
    const office = weekdays('09:00', '17:00')
    const midnight = Date.parse('2026-01-05T00:00:00Z')
    expect(nextOpening(office, midnight, 'Newfoundland')).toEqual(z('2026-01-05T12:30:00Z'))
    expect(nextOpening(office, midnight, 'Kyiv')).toEqual(z('2026-01-05T07:00:00Z'))
    expect(isOpen(office, ms('2026-01-05T14:00:00Z'), 'Eastern Time (US & Canada)')).toBe(true) // 09:00 EST
    expect(isOpen(office, ms('2026-01-05T13:59:59Z'), 'Eastern Time (US & Canada)')).toBe(false)
  })

  it('passes IANA ids through unchanged', () => {
    for (const id of ['America/New_York', 'Asia/Kathmandu', 'Pacific/Chatham', 'Antarctica/Troll', 'Europe/Dublin']) {
      expect(resolveTimeZone(id)).toBe(id)
    }
  })

  it('resolves every name in rails-timezone to a zone with the same clock as its mapping', () => {
    // Compare clock readings, not spellings (Europe/Kiev vs Europe/Kyiv, Etc/UTC vs UTC), at a
    // winter and a summer instant of 2026 and one of 2000.
    const names = railsTimezone.list()
    expect(names.length).toBeGreaterThan(100)
    const read = (zone: string, t: number) =>
      new Intl.DateTimeFormat('en-US', { timeZone: zone, dateStyle: 'short', timeStyle: 'medium' }).format(t)
    for (const name of names) {
      const expected = railsTimezone.from(name)
      const got = resolveTimeZone(name)
      for (const t of [Date.parse('2026-01-15T12:00:00Z'), Date.parse('2026-07-15T12:00:00Z'), Date.parse('2000-07-15T12:00:00Z')]) {
        expect(read(got, t), name).toBe(read(expected, t))
      }
    }
  })

  it('an unknown zone throws an Error naming it, from resolveTimeZone and from every query', () => {
    const office = weekdays('09:00', '17:00')
    const at = Date.parse('2026-01-05T15:00:00Z')
    for (const call of [
      () => resolveTimeZone('Mars/Olympus_Mons'),
      () => isOpen(office, at, 'Mars/Olympus_Mons'),
      () => nextOpening(office, at, 'Mars/Olympus_Mons'),
      () => nextClosing(office, at, 'Mars/Olympus_Mons'),
      () => nextChange(office, at, 'Mars/Olympus_Mons'),
      () => openIntervals(office, at, at + 86_400_000, 'Mars/Olympus_Mons'),
    ]) {
      expect(call).toThrow(Error)
      expect(call).toThrow(/Mars\/Olympus_Mons/)
    }
    expect(() => resolveTimeZone('Eastern Time')).toThrow(/Eastern Time/)
  })

  it('an Invalid Date, NaN or an infinite instant throws a RangeError', () => {
    const office = weekdays('09:00', '17:00')
    const ok = Date.parse('2026-01-05T15:00:00Z')
    for (const bad of [new Date(Number.NaN), Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(() => isOpen(office, bad, 'UTC')).toThrow(RangeError)
      expect(() => nextOpening(office, bad, 'UTC')).toThrow(RangeError)
      expect(() => nextClosing(office, bad, 'UTC')).toThrow(RangeError)
      expect(() => nextChange(office, bad, 'UTC')).toThrow(RangeError)
      expect(() => openIntervals(office, bad, ok, 'UTC')).toThrow(RangeError)
      expect(() => openIntervals(office, ok, bad, 'UTC')).toThrow(RangeError)
    }
  })

  it('openIntervals with `to` before `from` throws a RangeError naming both; an empty window gives []', () => {
    const office = weekdays('09:00', '17:00')
    const from = Date.parse('2026-01-05T15:00:00Z')
    expect(() => openIntervals(office, from, from - 1, 'UTC')).toThrow(/to \(2026-01-05T14:59:59\.999Z\) is before from/)
    expect(openIntervals(office, from, from, 'UTC')).toEqual([])
  })

  it('instants outside the Date range throw; answers beyond it are null', () => {
    const office = weekdays('09:00', '17:00')
    expect(() => isOpen(office, 8.64e15 + 1, 'UTC')).toThrow(RangeError)
    // 8.64e15 ms is Saturday 275760-09-13 00:00Z: the next weekday opening lies past the Date range.
    expect(nextOpening(office, 8.64e15, 'UTC')).toBeNull()
  })
})
