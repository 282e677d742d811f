/**
 * Shared by the Teams, Ringba and TrackDrive tests: zones and windows for round trips judged by
 * instants (test/formats/sameInstants.ts), and calendars built from generated entries.
 */
import fc from 'fast-check'
import { scheduleFromIntervals, withExceptions } from '../../src/index'
import type { WeeklySchedule } from '../../src/week/types'
import { ROUND_TRIP_FROM, ROUND_TRIP_TO } from './sameInstants'

/** Zones with both clock changes, none, and odd offsets; whole-minute offsets (the oracle's walk needs them). */
export const ROUND_TRIP_ZONES = ['America/New_York', 'Europe/London', 'America/Sao_Paulo', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC', 'America/St_Johns'] as const

export const zoneArb = fc.constantFrom(...ROUND_TRIP_ZONES)

const DEEP = process.env.CALLHOURS_DEEP === '1'

/**
 * The judged windows: the oracle walks every minute, so `npm test` judges two weeks around the
 * northern clock changes of 2026 (the southern ones of Lord Howe and Sao Paulo's old rules are in
 * the deep run), and the deep run all of 2026–2027.
 */
export const WINDOWS: readonly (readonly [number, number])[] = DEEP
  ? [[ROUND_TRIP_FROM, ROUND_TRIP_TO]]
  : [[Date.UTC(2026, 2, 5), Date.UTC(2026, 2, 12)], [Date.UTC(2026, 9, 22), Date.UTC(2026, 10, 5)]]
export const WINDOW_FROM = WINDOWS[0]![0]

/** The first instant where the hours differ in any judged window, or undefined. */
export function firstDifference(judge: (from: number, to: number) => string | undefined): string | undefined {
  for (const [from, to] of WINDOWS) {
    const difference = judge(from, to)
    if (difference !== undefined) return difference
  }
  return undefined
}

/** Runs of a round-trip property: modest in `npm test`, more in the deep run. */
export const RUNS = DEEP ? 40 : 30

/** The library's own sealed week of a generated schedule. */
export function sealed(schedule: WeeklySchedule): WeeklySchedule {
  return scheduleFromIntervals(schedule.intervals)
}

/** A calendar of a generated schedule and entries. */
export function calendarOf(schedule: WeeklySchedule, entries: readonly object[]) {
  return withExceptions(sealed(schedule), entries as never)
}

/** Hostile values every reader must turn into located issues, quickly. */
export function hostileInputs(): unknown[] {
  const deep: unknown[] = []
  let cursor: unknown[] = deep
  for (let i = 0; i < 100_000; i++) {
    const next: unknown[] = []
    cursor.push(next)
    cursor = next
  }
  const throwing = new Proxy({}, { get() { throw new Error('boom') }, ownKeys() { throw new Error('boom') }, getOwnPropertyDescriptor() { throw new Error('boom') } })
  const revocable = Proxy.revocable({}, {})
  revocable.revoke()
  return [
    null,
    undefined,
    42,
    true,
    'not json',
    '{'.repeat(100_000),
    'x'.repeat(17 * 1024 * 1024),
    deep,
    throwing,
    revocable.proxy,
    Array.from({ length: 1_000_000 }, () => 7),
    { length: 2 ** 32 - 1 },
    [[[[[[[]]]]]]],
  ]
}
