/**
 * Classes of targets that accept alike (issue 20, item 8): calendars count by content, so a fleet
 * read with one holiday list — a calendar per target — computes its spans once per week and zone.
 */
import { describe, expect, it } from 'vitest'
import { coverage, parseTarget, routingTimeline, scheduleFromIntervals } from '../../src/index'
import { sweepFleet } from '../../src/fleet/fleetSweep'

const HOLIDAYS = ['--01-01', '--07-04', '--12-25', '2026-11-26', '2026-05-25', '2026-09-07'].map((date) => ({ date, closed: true }))
const hours = (open: number, close: number) => [1, 2, 3, 4, 5].map((day) => ({ day_of_week: day, time_open: open, time_close: close }))
const OPTIONS = { caps: false, skipInvalid: false, epochMs: true }
const FROM = Date.UTC(2026, 0, 1)
const TO = Date.UTC(2027, 0, 1)

describe('classes by content', () => {
  it('targets read one by one with equal holiday lists (a calendar object each) are one class', () => {
    // Each target parsed with its own copy of the list: 200 calendar objects, 200 list objects, one content.
    const targets = Array.from({ length: 200 }, (_, i) => parseTarget({ id: i + 1, time_zone: 'America/New_York', business_hours: hours(900, 1700) }, { exceptions: HOLIDAYS.map((h) => ({ ...h })) }))
    expect(new Set(targets.map((t) => t.schedule)).size).toBe(200)
    expect(sweepFleet(targets, FROM, TO, OPTIONS).classCount).toBe(1)
  })

  it('different exceptions, weeks or zones stay apart, and the answer is each target\'s own', () => {
    const docs = [
      [{ id: 1, time_zone: 'America/New_York', business_hours: hours(900, 1700) }, HOLIDAYS],
      [{ id: 2, time_zone: 'America/New_York', business_hours: hours(900, 1700) }, HOLIDAYS.slice(1)],
      [{ id: 3, time_zone: 'America/New_York', business_hours: hours(900, 1600) }, HOLIDAYS],
      [{ id: 4, time_zone: 'America/Chicago', business_hours: hours(900, 1700) }, HOLIDAYS],
      [{ id: 5, time_zone: 'America/New_York', business_hours: hours(900, 1700) }, HOLIDAYS.map((h) => ({ ...h }))],
    ] as const
    const targets = docs.map(([doc, exceptions]) => parseTarget(doc, { exceptions }))
    expect(sweepFleet(targets, FROM, TO, OPTIONS).classCount).toBe(4)
    // New Year's Day 2026 is a Thursday: target 2 (no 01-01 holiday) alone is open 09:00–17:00 EST.
    const newYear = coverage(targets, Date.UTC(2026, 0, 1, 14), Date.UTC(2026, 0, 1, 22), { epochMs: true })
    expect(newYear.segments.map((s) => [...s.targets])).toEqual([[2]])
    const friday = routingTimeline(targets, Date.UTC(2026, 0, 2, 15), Date.UTC(2026, 0, 2, 16), { epochMs: true })
    expect(friday.segments[0]!.shares.map((share) => share.id)).toEqual([1, 2, 3, 4, 5])
  })
})

describe('routingTimeline holds each distinct set\'s shares once, and says when they would be too many', () => {
  it('segments with one set share one shares array', () => {
    const t = parseTarget({ id: 1, time_zone: 'UTC', business_hours: hours(900, 1700) })
    const timeline = routingTimeline([t], Date.UTC(2026, 10, 30), Date.UTC(2026, 11, 3), { epochMs: true })
    const open = timeline.segments.filter((s) => s.shares.length === 1)
    expect(open).toHaveLength(3)
    expect(open[1]!.shares).toBe(open[0]!.shares)
  })

  it('3,000 targets opening a minute apart: 6,000 sets, 9 million shares — a RangeError, not an out-of-memory death', () => {
    // Target i: open from Monday 00:00 + i minutes for 3,000 minutes (each its own class).
    const targets = Array.from({ length: 3000 }, (_, i) => ({ ...parseTarget({ id: i + 1, time_zone: 'UTC' }), schedule: scheduleFromIntervals([{ start: 1440 + i, end: 1440 + i + 3000 }]) }))
    const run = () => routingTimeline(targets, Date.UTC(2026, 10, 30), Date.UTC(2026, 11, 7), { epochMs: true })
    expect(run).toThrow(RangeError)
    expect(run).toThrow(/more than 5000000: ask for a shorter range or fewer targets/)
  })
})
