// TZ=UTC before any date is made: opening_hours.js evaluates in the process's zone only.
process.env.TZ = 'UTC'

import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { openIntervals, parseBusinessHours, scheduleFromIntervals, withExceptions, EPOCH_MS } from '../../../src/index'
import { readOsm, writeOsm } from '../../../src/formats/index'
import { firstDifferentInstant } from '../sameInstants'
import { ohOpenSpans } from './ohjs'
import { FROM_2026, TO_2028, YEARS, osmCalendarArb, osmTextArb } from './osmCases'

const SAMPLES = readFileSync(new URL('../../fixtures/formats/osm/samples.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))

const DAY = 86_400_000
/** `npm run test:deep` runs the properties many more times (CALLHOURS_DEEP=1). */
const DEEP = Number(process.env.CALLHOURS_DEEP) > 0

const spansOf = (hours: Parameters<typeof openIntervals>[0]): { start: number; end: number }[] =>
  openIntervals(hours, FROM_2026, TO_2028, 'UTC', EPOCH_MS).map((span) => ({ start: span.start, end: span.end }))

describe('readOsm', () => {
  it('reads weekdays, several spans, spans past midnight and dated rules', () => {
    const read = readOsm('Mo-Fr 09:00-12:00,13:00-17:00; Fr 22:00-02:00; Dec 25 off "Christmas"; 2026 Dec 24 09:00-13:00', { timeZone: 'Eastern Time (US & Canada)' })
    expect(read.ok).toBe(true)
    expect(read.timeZone).toBe('America/New_York')
    expect(read.schedule?.intervals).toEqual([
      { start: 1980, end: 2160 }, { start: 2220, end: 2460 },
      { start: 3420, end: 3600 }, { start: 3660, end: 3900 },
      { start: 4860, end: 5040 }, { start: 5100, end: 5340 },
      { start: 6300, end: 6480 }, { start: 6540, end: 6780 },
      { start: 8520, end: 8760 },
    ])
    expect(read.exceptions).toEqual([
      { date: '--12-25', closed: true, label: 'Christmas' },
      { date: '2026-12-24', hours: [{ time_open: 900, time_close: 1300 }] },
    ])
    expect(read.losses).toEqual([])
  })

  it('reads 24/7, off, open, yearly ranges and months, explicit ranges', () => {
    expect(readOsm('24/7').schedule?.intervals).toEqual([{ start: 0, end: 10080 }])
    expect(readOsm('off').schedule?.intervals).toEqual([])
    expect(readOsm('Mo-Fr 09:00-17:00; Dec 24-26 off').exceptions.map((entry) => 'date' in entry && entry.date)).toEqual(['--12-24', '--12-25', '--12-26'])
    expect(readOsm('Aug off').exceptions).toHaveLength(31)
    expect(readOsm('2026 Dec 24-2027 Jan 01 off').exceptions).toEqual([{ from: '2026-12-24', to: '2027-01-01', closed: true }])
  })

  it('takes PH from the publicHolidays given (dates or holiday entries), and says when none are', () => {
    const read = readOsm('Mo-Fr 09:00-17:00; PH off', { publicHolidays: [{ date: '2026-12-25', closed: true, label: 'Christmas Day' }, '2027-01-01'] })
    expect(read.exceptions).toEqual([
      { date: '2026-12-25', closed: true, label: 'Christmas Day' },
      { date: '2027-01-01', closed: true },
    ])
    expect(readOsm('Mo-Fr 09:00-17:00; PH off').losses.map((loss) => [loss.code, loss.path])).toEqual([['not_supported', ['rule', 1]]])
    expect(() => readOsm('PH off', { publicHolidays: ['2026-02-30'] })).toThrow(RangeError)
    expect(() => readOsm('PH off', { publicHolidays: 'Christmas' as never })).toThrow(TypeError)
  })

  it('materialises the dates where OSM order and callhours kinds disagree, and says so', () => {
    const read = readOsm('2026 Dec 25 off; Mo-Fr 09:00-17:00', { years: [2026] })
    expect(read.exceptions).toEqual([{ date: '2026-12-25', hours: [{ time_open: 900, time_close: 1700 }] }])
    expect(read.losses.map((loss) => [loss.code, loss.path])).toEqual([['expanded', ['rule', 1]]])
    // A yearly rule a later rule may override, without years: said, not guessed.
    expect(readOsm('Dec 25 off; Mo-Fr 09:00-17:00').losses.map((loss) => loss.code)).toEqual(['not_supported'])
  })

  it('makes every part it cannot carry a located loss', () => {
    const cases: [string, (string | number)[][]][] = [
      ['Mo-Fr 09:00-17:00; Sa sunrise-sunset', [['rule', 1]]],
      ['Mo-Fr 09:00-17:00 || "call ahead"', [['rule', 1]]],
      ['Mo-Fr 09:00-17:00; week 01-10 Mo off', [['rule', 1]]],
      ['Mo-Fr 10:00+', [['rule', 0]]],
      ['Th[3] off; Mo-Fr 09:00-17:00', [['rule', 0]]],
      ['Mo-Fr 09:00-17:00 unknown', [['rule', 0]]],
      ['Mo-Fr 09:00-17:00 "by appointment"', [['rule', 0], ['rule', 0, 'comment']]],
      ['Mo-Fr 09:00-17:00 open "by appointment"', [['rule', 0, 'comment']]],
      ['Mo-Fr 09:00-17:00; "ask"', [['rule', 1]]],
    ]
    for (const [text, paths] of cases) {
      const read = readOsm(text)
      expect(read.ok, text).toBe(true)
      expect(read.losses.map((loss) => loss.path), text).toEqual(paths)
    }
  })

  it('gives located issues, in bounded time, for what is not opening_hours', () => {
    const cases: [unknown, string, (string | number)[]][] = [
      [42, 'invalid_type', []],
      ['', 'unreadable', []],
      ['Mo-Xx 09:00-17:00', 'unreadable', ['rule', 0]],
      ['Mo-Fr 09:00-17:00; Sa 25:00-26:00', 'unreadable', ['rule', 1]],
      ['Mo-Fr 09:00-17:00 "open', 'unreadable', []],
      ['Feb 30 off', 'unreadable', ['rule', 0]],
      ['x'.repeat(200_000), 'out_of_range', []],
      [`${'Mo 09:00-10:00; '.repeat(1500)}`, 'out_of_range', ['rule', 1000]],
    ]
    for (const [input, code, path] of cases) {
      const started = Date.now()
      const read = readOsm(input)
      expect(Date.now() - started).toBeLessThan(2000)
      expect(read.ok).toBe(false)
      expect(read.issues[0]).toMatchObject({ code, path })
    }
  })

  it('agrees with opening_hours.js on every sample of the supported subset', () => {
    for (const sample of SAMPLES) {
      const read = readOsm(sample, { years: YEARS })
      expect(read.ok, sample).toBe(true)
      // opening_hours.js takes PH from a country it guesses: PH samples are checked with publicHolidays above.
      if (sample.includes('PH') || read.losses.some((loss) => loss.code === 'not_supported' && !loss.message.includes('comment'))) continue
      expect(spansOf(read.calendar!), sample).toEqual(ohOpenSpans(sample, FROM_2026, TO_2028, true))
    }
  })

  it('agrees with opening_hours.js on random text of the subset (over 2026–2027)', () => {
    fc.assert(
      fc.property(osmTextArb, (text) => {
        let expected: { start: number; end: number }[]
        try {
          expected = ohOpenSpans(text, FROM_2026, TO_2028)
        } catch {
          return // opening_hours.js refuses it (a day past a month's end): not a case of the subset
        }
        const read = readOsm(text, { years: YEARS })
        expect(read.issues).toEqual([])
        expect(spansOf(read.calendar!)).toEqual(expected)
      }),
      { numRuns: DEEP ? 600 : 60 },
    )
  }, 600_000)
})

describe('writeOsm', () => {
  it('writes the week, spans past midnight on the day they start, dated entries after', () => {
    const week = parseBusinessHours([
      ...[1, 2, 3, 4, 5].map((day_of_week) => ({ day_of_week, time_open: 900, time_close: 1700, invert: false, work_day: true })),
      { day_of_week: 5, time_open: 2200, time_close: 2400, invert: false, work_day: true },
      { day_of_week: 6, time_open: 0, time_close: 200, invert: false, work_day: true },
    ])
    expect(writeOsm(week).value).toBe('Mo-Th 09:00-17:00; Fr 09:00-17:00,22:00-02:00')
    const calendar = withExceptions(week, [
      { date: '2026-12-24', hours: [{ time_open: 900, time_close: 1300 }], label: 'Christmas Eve' },
      { from: '2026-12-26', to: '2027-01-01', closed: true },
      { date: '--12-25', closed: true, label: 'Christmas "Day"' },
    ])
    const written = writeOsm(calendar)
    expect(written.value).toBe('Mo-Th 09:00-17:00; Fr 09:00-17:00,22:00-02:00; Dec 25 off "Christmas \'Day\'"; 2026 Dec 26-2027 Jan 01 off; 2026 Dec 24 09:00-13:00 open "Christmas Eve"')
    expect(written.losses.map((loss) => [loss.code, loss.path])).toEqual([['approximated', ['exceptions', 2, 'label']]])
  })

  it('writes 24/7, off, and spills that go round the week', () => {
    expect(writeOsm(scheduleFromIntervals([{ start: 0, end: 10080 }])).value).toBe('24/7')
    expect(writeOsm(scheduleFromIntervals([])).value).toBe('off')
    const nightly = scheduleFromIntervals([{ start: 0, end: 120 }, ...[0, 1, 2, 3, 4, 5].map((day) => ({ start: day * 1440 + 1200, end: day * 1440 + 1560 })), { start: 9840, end: 10080 }])
    expect(writeOsm(nightly).value).toBe('Mo-Su 20:00-02:00')
    const mixed = scheduleFromIntervals([{ start: 1200, end: 1560 }, { start: 2700, end: 3000 }, { start: 3000 + 1440, end: 3000 + 1500 }])
    expect(ohOpenSpans(writeOsm(mixed).value, FROM_2026, TO_2028)).toEqual(spansOf(mixed))
  })

  it('writes instant entries as the local dates they touch, in the zone given, and says so', () => {
    const calendar = withExceptions(parseBusinessHours([{ day_of_week: 2, time_open: 900, time_close: 1700, invert: false, work_day: true }]), [{ start: '2026-12-01T19:35:00Z', end: '2026-12-01T21:10:00Z', closed: true }])
    const written = writeOsm(calendar, { timeZone: 'America/New_York' })
    expect(written.value).toBe('Tu 09:00-17:00; 2026 Dec 01 09:00-14:35,16:10-17:00')
    expect(written.losses.map((loss) => [loss.code, loss.path])).toEqual([['approximated', ['exceptions', 0]]])
    expect(writeOsm(calendar).losses.map((loss) => loss.code)).toEqual(['zone'])
  })

  it('refuses what is not hours', () => {
    expect(() => writeOsm(42 as never)).toThrow(TypeError)
    expect(() => writeOsm(scheduleFromIntervals([]), { timeZone: 'Mars/Olympus' })).toThrow(RangeError)
  })

  it('writes what opening_hours.js evaluates as callhours does, at every minute of 2026–2027', () => {
    fc.assert(
      fc.property(osmCalendarArb, ({ schedule, entries }) => {
        const calendar = withExceptions(schedule, entries as never)
        const { value } = writeOsm(calendar, { timeZone: 'UTC' })
        expect(ohOpenSpans(value, FROM_2026, TO_2028)).toEqual(spansOf(calendar))
      }),
      { numRuns: DEEP ? 400 : 40 },
    )
  }, 600_000)

  it('round-trips through readOsm at the same instants in zones with clock changes', () => {
    fc.assert(
      fc.property(osmCalendarArb, fc.constantFrom('America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'UTC'), ({ schedule, entries, at }, zone) => {
        const calendar = withExceptions(schedule, entries as never)
        const written = writeOsm(calendar, { timeZone: zone })
        const read = readOsm(written.value, { timeZone: zone, years: YEARS })
        expect(read.issues).toEqual([])
        // The judge walks every minute: a fortnight around the entries here, two whole years in osm.deep.test.ts.
        const difference = firstDifferentInstant(schedule.intervals, entries, read.calendar!, zone, at - 8 * DAY, at + 8 * DAY)
        // Only an instant entry, written as local dates, may differ: in a fall-back's repeated hour.
        if (difference !== undefined) expect(written.losses.some((loss) => loss.code === 'approximated'), difference).toBe(true)
      }),
      { numRuns: 20 },
    )
  })
})
