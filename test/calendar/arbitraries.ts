/**
 * Generators for calendars: conflict-free exception entries clustered around an anchor instant, so
 * that queries near it meet single dates, ranges, yearly dates and absolute spans, on DST days too.
 * Entries are built from values whose answer is known (distinct days, sorted cut points), not filtered.
 */
import fc from 'fast-check'
import { DAY_MS, MINUTE_MS, QUERY_ZONES, scheduleArb, zonedInstantArb } from '../query/arbitraries'
import type { WeeklySchedule } from '../../src/week/types'

/** Zones for calendar properties: whole-minute offsets after 1980 (the oracle's walk needs them). */
export const CALENDAR_ZONES = [...QUERY_ZONES, 'UTC', 'Asia/Kolkata', 'Europe/Kyiv'] as const

export const FROM_1990 = Date.UTC(1990, 0, 1)
export const TO_2060 = Date.UTC(2060, 0, 1)

export interface Block {
  time_open: number
  time_close: number
}

const militaryOf = (minute: number): number => Math.floor(minute / 60) * 100 + (minute % 60)

/** A day's hours: closed, a few blocks (possibly touching), or the whole day. */
export const dayHoursArb: fc.Arbitrary<{ closed: true } | { hours: Block[] }> = fc.oneof(
  fc.constant({ closed: true as const }),
  fc.constant({ hours: [] as Block[] }),
  fc.constant({ hours: [{ time_open: 0, time_close: 2400 }] as Block[] }),
  fc
    .uniqueArray(fc.integer({ min: 0, max: 1440 / 15 }), { minLength: 2, maxLength: 6 })
    .map((cuts) => cuts.sort((a, b) => a - b).map((cut) => cut * 15))
    .map((cuts) => {
      const blocks: Block[] = []
      for (let i = 0; i + 1 < cuts.length; i += 2) blocks.push({ time_open: militaryOf(cuts[i]!), time_close: militaryOf(cuts[i + 1]!) })
      return { hours: blocks }
    }),
)

const isoDate = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10)

/** Entries within ±`spread` days of `anchor` (a day number), of every kind, without conflicts. */
export function entriesNearArb(anchorMs: number, spread = 6): fc.Arbitrary<object[]> {
  const anchor = Math.floor(anchorMs / DAY_MS)
  const singles = fc.uniqueArray(fc.integer({ min: -spread, max: spread }), { maxLength: 4 }).chain((days) =>
    fc.tuple(...days.map((day) => dayHoursArb.map((effect) => ({ date: isoDate(anchor + day), ...effect })))),
  )
  const ranges = fc
    .uniqueArray(fc.integer({ min: -spread, max: spread }), { maxLength: 4 })
    .map((cuts) => cuts.sort((a, b) => a - b))
    .chain((cuts) => {
      const pairs: [number, number][] = []
      for (let i = 0; i + 1 < cuts.length; i += 2) pairs.push([cuts[i]!, cuts[i + 1]!])
      return fc.tuple(...pairs.map(([from, to]) => dayHoursArb.map((effect) => ({ from: isoDate(anchor + from), to: isoDate(anchor + to), ...effect }))))
    })
  const yearly = fc.uniqueArray(fc.integer({ min: -spread, max: spread }), { maxLength: 2 }).chain((days) =>
    fc.tuple(...days.map((day) => dayHoursArb.map((effect) => ({ date: `--${isoDate(anchor + day).slice(5)}`, ...effect })))),
  )
  const instants = fc
    .uniqueArray(fc.integer({ min: -spread * 96, max: spread * 96 }), { maxLength: 4 })
    .map((cuts) => cuts.sort((a, b) => a - b))
    .chain((cuts) => {
      const pairs: [number, number][] = []
      for (let i = 0; i + 1 < cuts.length; i += 2) pairs.push([cuts[i]!, cuts[i + 1]!])
      return fc.tuple(
        ...pairs.map(([from, to]) =>
          fc.boolean().map((open) => ({
            start: new Date(anchor * DAY_MS + from * 15 * MINUTE_MS).toISOString(),
            end: new Date(anchor * DAY_MS + to * 15 * MINUTE_MS).toISOString(),
            ...(open ? { open: true } : { closed: true }),
          })),
        ),
      )
    })
  return fc.tuple(singles, ranges, yearly, instants).chain((groups) => fc.shuffledSubarray(groups.flat(), { minLength: groups.flat().length }))
}

/** A zone, an instant 1990–2060 (often near a transition), a weekly schedule and entries around the instant. */
export const calendarCaseArb: fc.Arbitrary<{ zone: string; at: number; schedule: WeeklySchedule; entries: object[] }> = fc
  .record({
    place: fc.oneof(
      fc.record({
        zone: fc.constantFrom(...CALENDAR_ZONES),
        at: fc.oneof(fc.integer({ min: FROM_1990, max: TO_2060 }), fc.integer({ min: FROM_1990 / MINUTE_MS, max: TO_2060 / MINUTE_MS }).map((m) => m * MINUTE_MS)),
      }),
      zonedInstantArb.filter(({ at }) => at >= FROM_1990).map(({ zone, at }) => ({ zone, at })),
    ),
    schedule: scheduleArb,
  })
  .map(({ place, schedule }) => ({ zone: place.zone, at: place.at, schedule }))
  .chain((base) => entriesNearArb(base.at).map((entries) => ({ ...base, entries })))
