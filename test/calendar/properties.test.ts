/**
 * Calendars against the independent per-minute oracle (test/oracles/calendarModel.ts): every query
 * on random weekly hours with random entries around a random instant, in zones with every kind of
 * clock change; business-time laws; and the Retreaver property — a server that only stores weekly
 * records, updated by the plan's steps at random instants inside their windows, answers as the
 * calendar at every instant of the range.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addOpenTime,
  diffBusinessHours,
  EPOCH_MS,
  hoursOn,
  isOpen,
  nextChange,
  nextClosing,
  nextOpening,
  openDuration,
  openIntervals,
  planExceptionUpdates,
  scheduleFromIntervals,
  weekRecordsAt,
  withExceptions,
  type BusinessHourRecord,
} from '../../src/index'
import { serverRecordsArb } from '../diff/arbitraries'
import {
  oracleAddOpenTime,
  oracleCalendarIsOpen,
  oracleHoursOn,
  oracleNextInState,
  oracleOpenDuration,
  oracleOpenSpans,
  oracleWeekRecordsAt,
  serverOpenAt,
} from '../oracles/calendarModel'
import { minuteModelOfRecords } from '../oracles/minuteModel'
import { railsNestedAttributes, type Row } from '../oracles/railsNestedAttributes'
import { localWallMs, offsetMs } from '../oracles/wallClock'
import { calendarCaseArb } from './arbitraries'
import { OPEN_TIME_SEARCH_MS } from '../../src/query/addOpenTime'

const numRuns = Number(process.env.CALLHOURS_DEEP) ? 1500 : 80
const HOUR = 3_600_000
const DAY = 86_400_000

const calendarOf = (c: { schedule: { intervals: readonly { start: number; end: number }[] }; entries: object[] }) =>
  withExceptions(scheduleFromIntervals(c.schedule.intervals), c.entries as never)

/** An instant within three days of the case's anchor, to the millisecond. */
const shiftArb = fc.integer({ min: -3 * DAY, max: 3 * DAY })

describe('calendar queries against the per-minute oracle', () => {
  it('isOpen, nextOpening, nextClosing, nextChange and openIntervals', () => {
    fc.assert(
      fc.property(calendarCaseArb, shiftArb, (c, shift) => {
        const calendar = calendarOf(c)
        const t = c.at + shift
        const week = c.schedule.intervals
        const open = oracleCalendarIsOpen(week, c.entries, c.zone, t)
        expect(isOpen(calendar, t, c.zone)).toBe(open)
        expect(openIntervals(calendar, t - 2 * DAY, t + 2 * DAY, c.zone, EPOCH_MS)).toEqual(oracleOpenSpans(week, c.entries, c.zone, t - 2 * DAY, t + 2 * DAY))
        // The oracle looks three days ahead; where it finds an answer, it is the answer.
        const opening = oracleNextInState(week, c.entries, c.zone, t, true, 3 * DAY)
        if (opening !== null) expect(nextOpening(calendar, t, c.zone, EPOCH_MS)).toBe(opening)
        const closing = oracleNextInState(week, c.entries, c.zone, t, false, 3 * DAY)
        if (closing !== null) expect(nextClosing(calendar, t, c.zone, EPOCH_MS)).toBe(closing)
        const change = oracleNextInState(week, c.entries, c.zone, t, !open, 3 * DAY)
        if (change !== null) expect(nextChange(calendar, t, c.zone, EPOCH_MS)).toBe(change)
      }),
      { numRuns },
    )
  })

  it('hoursOn gives the open spans of the instants whose clock reads that date', () => {
    fc.assert(
      fc.property(calendarCaseArb, fc.integer({ min: -4, max: 4 }), (c, days) => {
        const date = new Date(localWallMs(c.at, c.zone) + days * DAY).toISOString().slice(0, 10)
        expect(hoursOn(calendarOf(c), date, c.zone, EPOCH_MS)).toEqual(oracleHoursOn(c.schedule.intervals, c.entries, c.zone, date))
      }),
      { numRuns },
    )
  })

  it('openDuration equals the oracle, to the millisecond at the edges', () => {
    fc.assert(
      fc.property(calendarCaseArb, shiftArb, fc.integer({ min: 0, max: 3 * DAY }), (c, shift, length) => {
        const from = c.at + shift
        expect(openDuration(calendarOf(c), from, from + length, c.zone)).toBe(oracleOpenDuration(c.schedule.intervals, c.entries, c.zone, from, from + length))
      }),
      { numRuns },
    )
  })
})

describe('business time', () => {
  it('addOpenTime is the oracle’s, forwards and back', () => {
    fc.assert(
      fc.property(calendarCaseArb, shiftArb, fc.integer({ min: -2 * DAY, max: 2 * DAY }), (c, shift, ms) => {
        const at = c.at + shift
        const expected = oracleAddOpenTime(c.schedule.intervals, c.entries, c.zone, at, ms, 4 * DAY)
        // Within the oracle's horizon its answer is the answer; beyond it, only "not nearer".
        const found = addOpenTime(calendarOf(c), at, ms, c.zone, EPOCH_MS)
        if (expected !== null) expect(found).toBe(expected)
        else if (found !== null) expect(Math.abs((found as number) - at)).toBeGreaterThan(4 * DAY)
      }),
      { numRuns },
    )
  })

  it('addOpenTime(at, openDuration(at, t)) ≤ t, and lands on the same open time', () => {
    fc.assert(
      fc.property(calendarCaseArb, shiftArb, fc.integer({ min: 0, max: 3 * DAY }), (c, shift, length) => {
        const calendar = calendarOf(c)
        const at = c.at + shift
        const duration = openDuration(calendar, at, at + length, c.zone)
        const reached = addOpenTime(calendar, at, duration, c.zone, EPOCH_MS)
        expect(reached).not.toBeNull()
        expect(reached!).toBeLessThanOrEqual(at + length)
        expect(openDuration(calendar, at, reached!, c.zone)).toBe(duration)
        // Going back by the same open time from t reaches no earlier than at.
        const back = addOpenTime(calendar, at + length, -duration, c.zone, EPOCH_MS)
        expect(back!).toBeGreaterThanOrEqual(at)
      }),
      { numRuns },
    )
  })

  it('open time adds up: a then b is a + b', () => {
    fc.assert(
      fc.property(calendarCaseArb, fc.integer({ min: 0, max: DAY }), fc.integer({ min: 0, max: DAY }), (c, a, b) => {
        const calendar = calendarOf(c)
        const first = addOpenTime(calendar, c.at, a, c.zone, EPOCH_MS)
        const whole = addOpenTime(calendar, c.at, a + b, c.zone, EPOCH_MS)
        if (first === null) return void expect(whole).toBeNull()
        const composed = addOpenTime(calendar, first, b, c.zone, EPOCH_MS)
        // Each search looks |ms| + 732 days from where it starts: the composed one starts later, so
        // it may find what the whole one is not allowed to look for.
        if (whole !== null) expect(composed).toBe(whole)
        else if (composed !== null) expect(composed).toBeGreaterThan(c.at + a + b + OPEN_TIME_SEARCH_MS)
      }),
      { numRuns },
    )
  })
})

/** The server's records after a PUT of `payload`, by the test's own Rails rules. */
function railsApply(server: readonly BusinessHourRecord[], payload: readonly object[]): BusinessHourRecord[] {
  const firstNewId = Math.max(0, ...server.map((r) => r.id)) + 1
  return railsNestedAttributes(server as readonly Row[], payload as readonly Record<string, unknown>[], firstNewId) as BusinessHourRecord[]
}

describe('keeping a Retreaver target in step', () => {
  it('weekRecordsAt answers as the oracle’s records (dated entries; absolute ones are the plan’s)', () => {
    fc.assert(
      fc.property(calendarCaseArb, shiftArb, (c, shift) => {
        const dated = c.entries.filter((entry) => !('start' in entry))
        const calendar = withExceptions(scheduleFromIntervals(c.schedule.intervals), dated as never)
        const at = c.at + shift
        const records = weekRecordsAt(calendar, at, c.zone)
        expect(minuteModelOfRecords(records)).toEqual(minuteModelOfRecords(oracleWeekRecordsAt(c.schedule.intervals, dated, c.zone, at)))
      }),
      { numRuns },
    )
  })

  it('applying the plan’s steps anywhere inside their windows makes the server answer as the calendar', () => {
    fc.assert(
      fc.property(
        calendarCaseArb,
        serverRecordsArb,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 40, maxLength: 40 }),
        fc.array(fc.integer({ min: 0, max: 21 * DAY - 1 }), { minLength: 25, maxLength: 25 }),
        (c, initial, picks, probes) => {
          const calendar = calendarOf(c)
          const from = c.at - 7 * DAY
          const to = from + 21 * DAY
          const steps = planExceptionUpdates(calendar, from, to, c.zone)
          // When each step is sent: anywhere in its window, never before the previous one.
          const sentAt: number[] = []
          let server = initial
          const held: { at: number; records: BusinessHourRecord[] }[] = []
          steps.forEach((step, i) => {
            const low = Math.max(step.notBefore.getTime(), sentAt[i - 1] ?? -Infinity)
            const high = step.notAfter.getTime()
            expect(low).toBeLessThanOrEqual(high)
            const at = Math.floor(low + (high - low) * (picks[i % picks.length] ?? 0))
            sentAt.push(at)
            server = railsApply(server, diffBusinessHours(server, step.records))
            held.push({ at, records: server })
          })
          expect(sentAt[0]!).toBeLessThanOrEqual(from)
          const absolute = c.entries.filter((entry) => 'start' in entry).flatMap((entry) => [Date.parse((entry as unknown as { start: string }).start), Date.parse((entry as unknown as { end: string }).end)])
          for (const probe of probes) {
            const t = from + probe
            // One weekly record cannot tell the two readings of a repeated hour apart: where an
            // absolute entry starts or ends near a clock change, the plan is not exact (docs/exceptions.md).
            const nearChange = offsetMs(t - 3 * HOUR, c.zone) !== offsetMs(t + 3 * HOUR, c.zone)
            if (nearChange && absolute.some((edge) => Math.abs(edge - t) <= 3 * HOUR)) continue
            const records = [...held].reverse().find((h) => h.at <= t)!.records
            expect(serverOpenAt(records, c.zone, t), `at ${new Date(t).toISOString()} in ${c.zone}`).toBe(oracleCalendarIsOpen(c.schedule.intervals, c.entries, c.zone, t))
          }
        },
      ),
      { numRuns: Math.ceil(numRuns / 2) },
    )
  })
})
