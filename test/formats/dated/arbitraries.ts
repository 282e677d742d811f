/**
 * Generators for the round trips of the formats whose dated rules layer over the week (Connect,
 * Genesys): a zone with or without DST, a random week, and conflict-free dated entries of every
 * date kind (single dates, ranges, yearly month-days) within six days of an instant in 2026–2027 —
 * half the time a clock change of the zone. Absolute (`start`/`end`) entries are left out: neither
 * format can hold them (their writers say so, tested by example).
 *
 * The judged window is the fortnight around that instant (`from`, `to`): the calendar oracle walks
 * minute by minute (about half a second a month), so two whole years per run would take minutes.
 */
import fc from 'fast-check'
import { DAY_MS, scheduleArb, transitionsOf } from '../../query/arbitraries'
import { entriesNearArb } from '../../calendar/arbitraries'
import type { WeeklySchedule } from '../../../src/week/types'

export const ROUND_TRIP_ZONES = ['America/New_York', 'Europe/Berlin', 'Australia/Sydney', 'Asia/Kolkata', 'UTC', 'America/St_Johns'] as const

/** The years both sides expand over: a margin around the instants judged (2026–2027). */
export const ROUND_TRIP_YEARS = { from: 2025, to: 2028 }

const FROM = Date.UTC(2026, 0, 10)
const TO = Date.UTC(2027, 11, 20)

export interface DatedCase {
  zone: string
  schedule: WeeklySchedule
  entries: object[]
  /** The window judged: 8 days either side of the entries' anchor. */
  from: number
  to: number
}

export const datedCaseArb: fc.Arbitrary<DatedCase> = fc
  .constantFrom(...ROUND_TRIP_ZONES)
  .chain((zone) => {
    const changes = transitionsOf(zone).filter((at) => at > FROM && at < TO)
    const at = changes.length === 0 ? fc.integer({ min: FROM, max: TO }) : fc.oneof(fc.integer({ min: FROM, max: TO }), fc.constantFrom(...changes))
    return fc.record({ zone: fc.constant(zone), at, schedule: scheduleArb })
  })
  .chain(({ zone, at, schedule }) =>
    entriesNearArb(at).map((entries) => ({
      zone,
      schedule,
      entries: entries.filter((entry) => !('start' in entry)),
      from: Math.floor(at / DAY_MS - 8) * DAY_MS,
      to: Math.floor(at / DAY_MS + 9) * DAY_MS,
    })),
  )
