/**
 * Round-trip cases for the Google and text formats: a zone with whole-minute offsets, an anchor in
 * 2026–2027 (often on a clock-change night), a random week (spans past midnight, complements, 24-hour
 * days, closed days) and conflict-free entries of every kind near the anchor — built with `map` from
 * known values (test/calendar/arbitraries.ts, test/query/arbitraries.ts).
 */
import fc from 'fast-check'
import { CALENDAR_ZONES, entriesNearArb } from '../../calendar/arbitraries'
import { DAY_MS, scheduleArb } from '../../query/arbitraries'
import type { WeeklySchedule } from '../../../src/week/types'
import { ROUND_TRIP_FROM, ROUND_TRIP_TO } from '../sameInstants'

/** Nights on which some of the zones change their clocks in 2026–2027 (north and south). */
const CLOCK_CHANGE_DAYS = ['2026-03-08', '2026-03-29', '2026-04-05', '2026-09-06', '2026-10-04', '2026-10-25', '2026-11-01', '2027-03-14', '2027-03-28', '2027-10-31', '2027-11-07']

export const anchorArb: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: ROUND_TRIP_FROM / DAY_MS + 14, max: ROUND_TRIP_TO / DAY_MS - 14 }).map((day) => day * DAY_MS + 12 * 3_600_000),
  fc.constantFrom(...CLOCK_CHANGE_DAYS).map((date) => Date.parse(`${date}T12:00:00Z`)),
)

export interface CalendarCase {
  readonly zone: string
  readonly anchor: number
  readonly schedule: WeeklySchedule
  readonly entries: object[]
}

export const calendarCaseArb: fc.Arbitrary<CalendarCase> = fc
  .record({ zone: fc.constantFrom(...CALENDAR_ZONES), anchor: anchorArb, schedule: scheduleArb })
  .chain((base) => entriesNearArb(base.anchor).map((entries) => ({ ...base, entries })))

/** The window a quick run judges: ten days either side of the anchor (the entries lie within six). */
export const nearAnchor = (anchor: number): [number, number] => [anchor - 10 * DAY_MS, anchor + 10 * DAY_MS]
