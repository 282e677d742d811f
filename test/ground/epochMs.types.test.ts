/**
 * `EPOCH_MS` narrows (issue 21): typed `{ readonly epochMs: true }`, it picks the overload that
 * answers numbers, for every function that takes it; without options the answer is `Date`s. These
 * are checked by `tsc` (npm run typecheck) and, at run time, by the values the calls return.
 */
import { describe, expect, expectTypeOf, it } from 'vitest'
import {
  addOpenTime,
  capResetsAt,
  coverage,
  EPOCH_MS,
  hoursOn,
  intersectIntervals,
  subtractIntervals,
  unionIntervals,
  nextAccepting,
  nextChange,
  nextClosing,
  nextOpening,
  openIntervals,
  parseBusinessHours,
  parseTarget,
  planExceptionUpdates,
  routingTimeline,
  targetAvailability,
} from '../../src/index'

const week = parseBusinessHours([1, 2, 3, 4, 5].map((day) => ({ day_of_week: day, time_open: 900, time_close: 1700 })))
const target = parseTarget({ id: 1, time_zone: 'America/New_York', business_hours: [{ day_of_week: 1, time_open: 900, time_close: 1700 }] })
const at = Date.UTC(2026, 10, 30, 12)
const to = Date.UTC(2026, 11, 7)
const tz = 'America/New_York'

describe('EPOCH_MS narrows every answer to numbers', () => {
  it('queries', () => {
    expectTypeOf(EPOCH_MS).toEqualTypeOf<{ readonly epochMs: true }>()
    expectTypeOf(nextOpening(week, at, tz, EPOCH_MS)).toEqualTypeOf<number | null>()
    expectTypeOf(nextOpening(week, at, tz)).toEqualTypeOf<Date | null>()
    expectTypeOf(nextClosing(week, at, tz, EPOCH_MS)).toEqualTypeOf<number | null>()
    expectTypeOf(addOpenTime(week, at, 3_600_000, tz, EPOCH_MS)).toEqualTypeOf<number | null>()
    expectTypeOf(openIntervals(week, at, to, tz, EPOCH_MS)[0]!.start).toEqualTypeOf<number>()
    expectTypeOf(openIntervals(week, at, to, tz)[0]!.start).toEqualTypeOf<Date>()
    expectTypeOf(hoursOn(week, '2026-11-30', tz, EPOCH_MS)[0]!.end).toEqualTypeOf<number>()
    expectTypeOf(nextChange(week, at, tz, EPOCH_MS)).toEqualTypeOf<number | null>()
    expectTypeOf(nextChange(week, at, tz)).toEqualTypeOf<Date | null>()
    expect(typeof nextOpening(week, at, tz, EPOCH_MS)).toBe('number')
    expect(typeof openIntervals(week, at, to, tz, EPOCH_MS)[0]!.start).toBe('number')
    expect(typeof hoursOn(week, '2026-11-30', tz, EPOCH_MS)[0]!.end).toBe('number')
  })

  it('targets and fleets', () => {
    expectTypeOf(nextAccepting(target, at, EPOCH_MS)).toEqualTypeOf<number | null>()
    expectTypeOf(capResetsAt('Daily', at, tz, EPOCH_MS)).toEqualTypeOf<number | null>()
    expectTypeOf(targetAvailability(target, at, EPOCH_MS).nextOpening).toEqualTypeOf<number | null>()
    expectTypeOf(coverage([target], at, to, EPOCH_MS).segments[0]!.start).toEqualTypeOf<number>()
    expectTypeOf(routingTimeline([target], at, to, EPOCH_MS).segments[0]!.start).toEqualTypeOf<number>()
    expectTypeOf(planExceptionUpdates(week, at, to, tz, EPOCH_MS)[0]!.notAfter).toEqualTypeOf<number>()
    expectTypeOf(planExceptionUpdates(week, at, to, tz)[0]!.notAfter).toEqualTypeOf<Date>()
    expectTypeOf(unionIntervals([[{ start: at, end: to }]], EPOCH_MS)[0]!.start).toEqualTypeOf<number>()
    expectTypeOf(unionIntervals([[{ start: at, end: to }]])[0]!.start).toEqualTypeOf<Date>()
    expectTypeOf(intersectIntervals([{ start: at, end: to }], [{ start: at, end: to }], EPOCH_MS)[0]!.end).toEqualTypeOf<number>()
    expectTypeOf(subtractIntervals([{ start: at, end: to }], [], EPOCH_MS)[0]!.end).toEqualTypeOf<number>()
    expect(typeof unionIntervals([[{ start: at, end: to }]], EPOCH_MS)[0]!.start).toBe('number')
    expect(typeof nextAccepting(target, at, EPOCH_MS)).toBe('number')
    expect(typeof coverage([target], at, to, EPOCH_MS).segments[0]!.start).toBe('number')
  })
})
