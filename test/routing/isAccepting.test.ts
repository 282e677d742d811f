/**
 * isAccepting (issue 22): exactly targetAvailability(...).accepting, without building an answer.
 * Examples first, then properties over random targets (pause, caps, concurrency, odd zones) and
 * targets with dated exceptions, at random instants.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isAccepting, parseTarget, targetAvailability, type Target } from '../../src/index'
import { instantArb, targetArb, zoneArb, zonedInstantArb } from './arbitraries'
import { oracleIsOpen } from '../oracles/wallClock'
import { scheduleFromIntervals } from '../../src/index'

const weekdays = (extra: Record<string, unknown> = {}, options: Parameters<typeof parseTarget>[1] = undefined): Target =>
  parseTarget({ id: 1, time_zone: 'America/New_York', business_hours: [1, 2, 3, 4, 5].map((day) => ({ day_of_week: day, time_open: 900, time_close: 1700 })), ...extra }, options)

const mondayTen = Date.UTC(2026, 10, 30, 15)

describe('isAccepting: examples', () => {
  it('open, closed, paused, a full cap, a full concurrency cap, a holiday', () => {
    expect(isAccepting(weekdays(), mondayTen)).toBe(true)
    expect(isAccepting(weekdays(), new Date(mondayTen))).toBe(true)
    expect(isAccepting(weekdays(), Date.UTC(2026, 10, 30, 23))).toBe(false) // 18:00
    expect(isAccepting(weekdays({ paused: true }), mondayTen)).toBe(false)
    expect(isAccepting(weekdays({ caps: [{ type: 'Daily', cap: 5, filled: 5 }] }), mondayTen)).toBe(false)
    expect(isAccepting(weekdays({ concurrency_cap: 2, calls_in_progress: 2 }), mondayTen)).toBe(false)
    expect(isAccepting(weekdays({}, { exceptions: [{ date: '2026-11-30', closed: true }] }), mondayTen)).toBe(false)
  })

  it('refuses what targetAvailability refuses: a bad instant, a hand-built target that breaks a rule, unknown options', () => {
    expect(() => isAccepting(weekdays(), Number.NaN)).toThrow(RangeError)
    // A hand-built copy is checked as targetAvailability checks it: a valid one answers the same.
    expect(isAccepting({ ...weekdays() }, mondayTen)).toBe(targetAvailability({ ...weekdays() }, mondayTen).accepting)
    const broken = { ...weekdays(), timeZone: 'Mars/Olympus_Mons' }
    expect(() => targetAvailability(broken, mondayTen)).toThrow()
    expect(() => isAccepting(broken, mondayTen)).toThrow()
    expect(() => isAccepting(weekdays(), mondayTen, { epochMS: true } as never)).toThrow(TypeError)
  })
})

describe('isAccepting: properties', () => {
  const runs = Number(process.env.CALLHOURS_DEEP) ? 5_000 : 300

  it('equals targetAvailability(...).accepting on random targets at random instants', () => {
    fc.assert(
      fc.property(targetArb(), instantArb, (target, at) => {
        expect(isAccepting(target, at)).toBe(targetAvailability(target, at).accepting)
      }),
      { numRuns: runs },
    )
  })

  it('and with dated exceptions (closed dates, special hours) in odd zones', () => {
    const entryArb = fc.record({
      day: fc.integer({ min: 0, max: 60 }),
      closed: fc.boolean(),
      open: fc.integer({ min: 0, max: 23 }),
      length: fc.integer({ min: 1, max: 6 }),
    }).map(({ day, closed, open, length }) => {
      const date = new Date(Date.UTC(2026, 10, 1) + day * 86_400_000).toISOString().slice(0, 10)
      return closed ? { date, closed: true } : { date, hours: [{ time_open: open * 100, time_close: Math.min(2400, (open + length) * 100) }] }
    })
    fc.assert(
      fc.property(zoneArb, fc.uniqueArray(entryArb, { selector: (entry) => entry.date, maxLength: 8 }), fc.integer({ min: 0, max: 61 * 24 * 4 }), (zone, entries, quarter) => {
        const target = parseTarget(
          { id: 1, time_zone: zone, business_hours: [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day_of_week: day, time_open: 800, time_close: 1800 })) },
          { exceptions: entries },
        )
        const at = Date.UTC(2026, 10, 1) + quarter * 900_000
        expect(isAccepting(target, at)).toBe(targetAvailability(target, at).accepting)
      }),
      { numRuns: runs },
    )
  })

  // The working form answers from the week's boundaries (up to 16 intervals) or from its bitset
  // (more): both against the independent wall-clock oracle, not against another library answer.
  it('equals the wall-clock oracle on weeks of 0 to 40 intervals, each read from its boundaries or its bitset', () => {
    const weekArb = fc
      .uniqueArray(fc.oneof(fc.integer({ min: 0, max: 336 }).map((h) => h * 30), fc.integer({ min: 0, max: 10080 })), { maxLength: 80 })
      .map((points) => {
        const sorted = [...points].sort((a, b) => a - b)
        const intervals: { start: number; end: number }[] = []
        for (let i = 0; i + 1 < sorted.length; i += 2) intervals.push({ start: sorted[i]!, end: sorted[i + 1]! })
        return scheduleFromIntervals(intervals)
      })
    fc.assert(
      fc.property(weekArb, zonedInstantArb, fc.boolean(), (schedule, { zone, at }, paused) => {
        // A hand-built target is checked and sealed like a parsed one: its working form is made the same way.
        const target = { ...parseTarget({ id: 1, time_zone: zone, paused }), schedule }
        expect(isAccepting(target, at)).toBe(!paused && oracleIsOpen(schedule, at, zone))
      }),
      { numRuns: runs },
    )
  })

  it('targets on the same hours and zone share one answer, and each still answers for itself', () => {
    const open = parseTarget({ id: 1, time_zone: 'Asia/Kathmandu' })
    const paused = parseTarget({ id: 2, time_zone: 'Asia/Kathmandu', paused: true })
    // Every own property of the open target, hidden ones included, on another object — but paused.
    const copy = Object.create(Object.prototype, { ...Object.getOwnPropertyDescriptors(open), paused: { value: true, enumerable: true } }) as Target
    expect(isAccepting(open, mondayTen)).toBe(true)
    expect(isAccepting(paused, mondayTen)).toBe(false)
    // The copied hidden answer proves nothing: the copy is checked as a hand-built target, and it is paused.
    expect(isAccepting(copy, mondayTen)).toBe(false)
    expect(isAccepting({ ...open, paused: true }, mondayTen)).toBe(false)
  })
})

