import { describe, expect, it } from 'vitest'
import { openIntervals, scheduleFromIntervals } from '../../src/index'

const WEEK_MS = 7 * 86_400_000
/** Open every other minute: 5,040 separate spans a week. */
const everyOtherMinute = scheduleFromIntervals(Array.from({ length: 5040 }, (_, k) => ({ start: 2 * k, end: 2 * k + 1 })))
const SUNDAY = Date.UTC(2026, 10, 29)

describe('openIntervals bounds its answer', () => {
  it('returns 19 weeks of a minute-by-minute schedule: 95,760 spans, each one minute long', () => {
    const spans = openIntervals(everyOtherMinute, SUNDAY, SUNDAY + 19 * WEEK_MS, 'UTC')
    expect(spans).toHaveLength(19 * 5040)
    expect(spans.every((span) => span.end.getTime() - span.start.getTime() === 60_000)).toBe(true)
  })

  it('refuses a window of more than 100,000 spans with a RangeError that says so', () => {
    expect(() => openIntervals(everyOtherMinute, SUNDAY, SUNDAY + 20 * WEEK_MS, 'UTC')).toThrow(/more than 100000 open spans/)
  })
})
