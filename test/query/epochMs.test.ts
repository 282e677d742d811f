/**
 * Epoch milliseconds end to end (issue 11): with `{ epochMs: true }` every query and target
 * function answers the same instants as a number, for any schedule, instant and zone.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  capResetsAt,
  EPOCH_MS,
  nextAccepting,
  nextChange,
  nextClosing,
  nextOpening,
  openIntervals,
  parseTarget,
  targetAvailability,
  toBusinessHours,
} from '../../src/index'
import { caseArb } from './arbitraries'

const ms = (date: Date | null) => (date === null ? null : date.getTime())

describe('epochMs: the same answers, as numbers', () => {
  it('nextOpening, nextClosing, nextChange and openIntervals agree with their Date answers (property)', () => {
    fc.assert(
      fc.property(caseArb, fc.boolean(), ({ zone, at, schedule }, literal) => {
        const options = literal ? { epochMs: true as const } : EPOCH_MS
        expect(nextOpening(schedule, at, zone, options)).toBe(ms(nextOpening(schedule, at, zone)))
        expect(nextClosing(schedule, at, zone, options)).toBe(ms(nextClosing(schedule, at, zone)))
        expect(nextChange(schedule, at, zone, options)).toBe(ms(nextChange(schedule, at, zone)))
        const week = 7 * 86_400_000
        expect(openIntervals(schedule, at, at + week, zone, options)).toEqual(
          openIntervals(schedule, at, at + week, zone).map(({ start, end }) => ({ start: start.getTime(), end: end.getTime() })),
        )
      }),
      { numRuns: 200 },
    )
  })

  it('targetAvailability, nextAccepting and capResetsAt agree with their Date answers (property)', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 0, max: 5 }), ({ zone, at, schedule }, filled) => {
        const target = parseTarget({
          id: 1,
          time_zone: zone,
          business_hours: toBusinessHours(schedule),
          caps: [{ type: 'Hourly', cap: 3, filled }, { type: 'Daily', cap: 5, filled }],
        })
        const asDates = targetAvailability(target, at)
        const asMs = targetAvailability(target, at, EPOCH_MS)
        expect(asMs).toEqual({
          ...asDates,
          nextOpening: ms(asDates.nextOpening),
          nextClosing: ms(asDates.nextClosing),
          capResets: Object.fromEntries(Object.entries(asDates.capResets).map(([reason, date]) => [reason, date.getTime()])),
        })
        expect(nextAccepting(target, at, EPOCH_MS)).toBe(ms(nextAccepting(target, at)))
        expect(capResetsAt('Daily', at, zone, EPOCH_MS)).toBe(ms(capResetsAt('Daily', at, zone)))
      }),
      { numRuns: 100 },
    )
  })

  it('options that are not { epochMs } are a TypeError; epochMs false answers Dates', () => {
    const schedule = parseTarget({ id: 1 }).schedule
    expect(nextOpening(schedule, 0, 'UTC', { epochMs: false })).toEqual(new Date(0))
    for (const bad of [5, 'ms', { epochMs: 'yes' }, { get epochMs(): boolean { throw new Error('boom') } }]) {
      expect(() => nextOpening(schedule, 0, 'UTC', bad as never)).toThrow(TypeError)
    }
    expect(Object.isFrozen(EPOCH_MS)).toBe(true)
  })
})
