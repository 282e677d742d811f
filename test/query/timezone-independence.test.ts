/**
 * The queries answer in the zone they are given, never in the process's own zone: the same cases
 * give the same answers under TZ=UTC, TZ=Pacific/Chatham (+12:45/+13:45) and TZ=America/St_Johns
 * (−3:30/−2:30), including for zones first seen while TZ is unusual (their offsets may be cached
 * then). Node re-reads process.env.TZ when it is assigned.
 */
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { isOpen, nextChange, nextClosing, nextOpening, openIntervals } from '../../src/index'
import type { WeeklySchedule } from '../../src/week/types'
import { oracleIsOpen } from '../oracles/wallClock'
import { DAY_MS, caseArb } from './arbitraries'

const originalTz = process.env.TZ

afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ
  else process.env.TZ = originalTz
})

function setTz(tz: string): void {
  process.env.TZ = tz
}

/** Everything a case can be asked, as plain numbers so answers compare exactly. */
function answers(c: { zone: string; at: number; schedule: WeeklySchedule }) {
  const time = (d: Date | null) => (d === null ? null : d.getTime())
  return {
    isOpen: isOpen(c.schedule, c.at, c.zone),
    isOpenDate: isOpen(c.schedule, new Date(c.at), c.zone),
    nextOpening: time(nextOpening(c.schedule, c.at, c.zone)),
    nextClosing: time(nextClosing(c.schedule, c.at, c.zone)),
    nextChange: time(nextChange(c.schedule, c.at, c.zone)),
    openIntervals: openIntervals(c.schedule, c.at, c.at + 3 * DAY_MS, c.zone).map((s) => [s.start.getTime(), s.end.getTime()]),
  }
}

const cases = fc.sample(caseArb, { numRuns: 150, seed: 20_260_308 })

describe('answers do not depend on the process TZ', () => {
  it('Node really switches zone when TZ is assigned (else this file would prove nothing)', () => {
    const winter = new Date(Date.UTC(2026, 0, 15, 12))
    setTz('UTC')
    expect(winter.getTimezoneOffset()).toBe(0)
    setTz('Pacific/Chatham')
    expect(winter.getTimezoneOffset()).toBe(-(13 * 60 + 45)) // January is summer time there: +13:45
    setTz('America/St_Johns')
    expect(winter.getTimezoneOffset()).toBe(3 * 60 + 30)
  })

  it('zones first queried under TZ=Pacific/Chatham give the same answers under TZ=UTC and TZ=America/St_Johns', () => {
    // This file runs in its own module instance, so every zone below is first seen here, under Chatham.
    setTz('Pacific/Chatham')
    const underChatham = cases.map(answers)
    setTz('UTC')
    const underUtc = cases.map(answers)
    setTz('America/St_Johns')
    const underStJohns = cases.map(answers)
    for (let i = 0; i < cases.length; i++) {
      const label = `${cases[i]!.zone} at ${new Date(cases[i]!.at).toISOString()} ${JSON.stringify(cases[i]!.schedule.intervals)}`
      expect(underUtc[i], label).toEqual(underChatham[i])
      expect(underStJohns[i], label).toEqual(underChatham[i])
    }
  })

  it('isOpen under TZ=Pacific/Chatham matches the oracle, which names its zone to Intl explicitly', () => {
    setTz('Pacific/Chatham')
    for (const c of cases) {
      expect(isOpen(c.schedule, c.at, c.zone), `${c.zone} at ${new Date(c.at).toISOString()}`).toBe(
        oracleIsOpen(c.schedule, c.at, c.zone),
      )
    }
  })

  it('a hand-worked case: Monday 09:00 in New York is 14:00Z whatever TZ says', () => {
    // Monday 5 January 2026 09:00 EST (−5) = 14:00Z.
    const office: WeeklySchedule = { intervals: [1, 2, 3, 4, 5].map((d) => ({ start: d * 1440 + 540, end: d * 1440 + 1020 })) }
    for (const tz of ['Pacific/Chatham', 'Asia/Kathmandu', 'America/New_York', 'UTC']) {
      setTz(tz)
      expect(nextOpening(office, Date.UTC(2026, 0, 5), 'America/New_York')?.toISOString(), tz).toBe('2026-01-05T14:00:00.000Z')
    }
  })
})
