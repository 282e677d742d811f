/**
 * The Retreaver property of a plan, shared by test/calendar/planProperty.test.ts and its deep run:
 * a server that stores only weekly records starts from random records, every step is applied
 * Rails-style (by the test's own rules, test/oracles/railsNestedAttributes.ts) at an instant of its
 * window — its `notBefore`, `notAfter` − 1 ms, its `notAfter`, or a random one, never before the
 * previous step — and at every whole minute of `[from, to)`, and at every instant a step was sent and
 * the millisecond before, the server answers as the independent oracle says the calendar does.
 */
import fc from 'fast-check'
import { expect } from 'vitest'
import { diffBusinessHours, planExceptionUpdates, scheduleFromIntervals, withExceptions, type BusinessHourRecord } from '../../src/index'
import { holidayExceptions } from '../../src/holidays/index'
import { serverRecordsArb } from '../diff/arbitraries'
import { oracleOpenSpans, serverOpenAt } from '../oracles/calendarModel'
import { railsNestedAttributes, type Row } from '../oracles/railsNestedAttributes'
import { offsetMs } from '../oracles/wallClock'
import { scheduleArb } from '../query/arbitraries'
import { calendarCaseArb, CALENDAR_ZONES } from './arbitraries'

const MINUTE = 60_000
const HOUR = 3_600_000
const DAY = 86_400_000

export interface PlanCase {
  zone: string
  week: readonly { start: number; end: number }[]
  entries: object[]
  from: number
  to: number
}

/** Ranges that end within a week of the entries (the anchor ± 7 days), and start up to two weeks before it. */
const rangeAround = (anchor: number) =>
  fc.tuple(fc.integer({ min: 1, max: 14 * DAY }), fc.integer({ min: -7 * DAY, max: 7 * DAY })).map(([before, after]) => {
    const from = anchor - before
    return { from, to: Math.max(from + DAY, anchor + after) }
  })

/** Random entries of every kind around a random instant 1990–2060, often near a clock change. */
const entriesCaseArb: fc.Arbitrary<PlanCase> = calendarCaseArb.chain((c) =>
  rangeAround(c.at).map(({ from, to }) => ({ zone: c.zone, week: c.schedule.intervals, entries: c.entries, from, to })),
)

/** Holiday sources with substitute days, as the CLI's --holidays gives them. */
const HOLIDAYS = (['GB', 'US', 'DE-BY'] as const).map((country) => ({ country, entries: holidayExceptions(country, { years: { from: 2024, to: 2028 } }) as object[] }))

const holidayCaseArb: fc.Arbitrary<PlanCase> = fc
  .record({
    source: fc.constantFrom(...HOLIDAYS),
    zone: fc.constantFrom('Europe/London', 'America/New_York', 'Europe/Berlin', 'Pacific/Auckland', 'America/St_Johns', ...CALENDAR_ZONES),
    schedule: scheduleArb,
    pick: fc.nat(),
  })
  .chain(({ source, zone, schedule, pick }) => {
    const entry = source.entries[pick % source.entries.length] as { date?: string; from?: string }
    const anchor = Date.parse(`${entry.date ?? entry.from}T12:00:00Z`)
    return rangeAround(anchor).map(({ from, to }) => ({ zone, week: schedule.intervals, entries: source.entries, from, to }))
  })

export const planCaseArb: fc.Arbitrary<PlanCase> = fc.oneof(entriesCaseArb, holidayCaseArb)

/** How each step is timed: 0 its notBefore, 1 notAfter − 1 ms, 2 notAfter, else a random fraction of its window. */
export const sendingArb = fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 40, maxLength: 40 })

function railsApply(server: readonly BusinessHourRecord[], payload: readonly object[]): BusinessHourRecord[] {
  let firstNewId = 1
  for (const record of server) firstNewId = Math.max(firstNewId, record.id + 1)
  return railsNestedAttributes(server as readonly Row[], payload as readonly Record<string, unknown>[], firstNewId) as BusinessHourRecord[]
}

/** Runs the plan of one case against the oracle; fails (through expect) at the first wrong instant. */
export function checkPlan(c: PlanCase, initial: BusinessHourRecord[], sending: readonly [number, number][]): void {
  const calendar = withExceptions(scheduleFromIntervals(c.week), c.entries as never)
  const steps = planExceptionUpdates(calendar, c.from, c.to, c.zone)
  const held: { at: number; records: BusinessHourRecord[] }[] = []
  let server = initial
  let last = -Infinity
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!
    const low = Math.max(step.notBefore.getTime(), last)
    const high = step.notAfter.getTime()
    expect(low, `step ${i} can be sent`).toBeLessThanOrEqual(high)
    const [mode, fraction] = sending[i % sending.length]!
    const wanted = mode === 0 ? low : mode === 1 ? high - 1 : mode === 2 ? high : low + Math.floor((high - low) * fraction)
    const at = Math.min(high, Math.max(low, wanted))
    server = railsApply(server, diffBusinessHours(server, step.records))
    held.push({ at, records: server })
    last = at
  }
  expect(held[0]!.at).toBeLessThanOrEqual(c.from)
  const truth = oracleOpenSpans(c.week, c.entries, c.zone, c.from, c.to)
  const absolute: number[] = []
  for (const entry of c.entries) if ('start' in entry) absolute.push(Date.parse((entry as unknown as { start: string }).start), Date.parse((entry as unknown as { end: string }).end))
  const probes: number[] = [c.from]
  for (let t = Math.ceil(c.from / MINUTE) * MINUTE; t < c.to; t += MINUTE) probes.push(t)
  for (const h of held) probes.push(h.at, h.at - 1)
  probes.sort((a, b) => a - b)
  let span = 0
  for (const t of probes) {
    if (t < c.from || t >= c.to) continue
    // One weekly record cannot tell the two readings of a repeated hour apart: where an absolute
    // entry starts or ends near a clock change, the plan is not exact (docs/exceptions.md §5).
    if (absolute.length > 0 && offsetMs(t - 3 * HOUR, c.zone) !== offsetMs(t + 3 * HOUR, c.zone) && absolute.some((edge) => Math.abs(edge - t) <= 3 * HOUR)) continue
    while (span < truth.length && truth[span]!.end <= t) span++
    const open = span < truth.length && truth[span]!.start <= t
    let records = held[0]!.records
    for (const h of held) if (h.at <= t) records = h.records
    if (serverOpenAt(records, c.zone, t) !== open) {
      expect(serverOpenAt(records, c.zone, t), `at ${new Date(t).toISOString()} in ${c.zone}, plan ${new Date(c.from).toISOString()}–${new Date(c.to).toISOString()}`).toBe(open)
    }
  }
}

export { serverRecordsArb }
