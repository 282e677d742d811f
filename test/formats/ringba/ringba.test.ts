import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readRingba, writeRingba } from '../../../src/formats/index'
import { scheduleFromIntervals } from '../../../src/index'
import { scheduleArb } from '../../query/arbitraries'
import { entriesNearArb } from '../../calendar/arbitraries'
import { firstDifferentInstant } from '../sameInstants'
import { calendarOf, firstDifference, hostileInputs, RUNS, sealed, WINDOW_FROM, zoneArb } from '../callCenterCases'

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/formats/ringba/${name}`, import.meta.url), 'utf8')
const at = (hour: number, minute = 0) => ({ hour, minute })
const open = (from: number, to: number, inverted = false) => ({ openTime: at(Math.floor(from / 60), from % 60), closeTime: at(Math.floor(to / 60), to % 60), inverted, isClosed: false })
const closed = { openTime: at(0), closeTime: at(0), inverted: false, isClosed: true }

describe('readRingba', () => {
  it('reads the schedule: days by position, inverted, overnight, 23:59, the Windows zone, the cap matrix as a loss', () => {
    const read = readRingba(fixture('schedule-and-capacity.json'))
    expect(read.issues).toEqual([])
    expect(read.timeZone).toBe('America/Los_Angeles')
    expect(read.schedule!.intervals).toEqual([
      { start: 1950, end: 2490 }, // Mon 08:30–17:30
      { start: 3390, end: 3930 }, // Tue
      { start: 4320, end: 5040 }, { start: 5100, end: 5760 }, // Wed open but 12:00–13:00
      { start: 6270, end: 6810 }, // Thu
      { start: 8400, end: 8760 }, // Fri 20:00–Sat 02:00
      { start: 9240, end: 10080 }, // Sat 10:00–24:00
    ])
    expect(read.losses.map((loss) => [loss.code, loss.path])).toEqual([['not_supported', ['callCapMatrix']]])
  })

  it('takes Monday first when asked, snake_case names, a target holding its schedule', () => {
    const days = [open(540, 1020), closed, closed, closed, closed, closed, closed]
    expect(readRingba({ hours_of_operation: days, time_zone_id: 'America/Denver' }, { firstDay: 'monday' }).schedule!.intervals).toEqual([{ start: 1980, end: 2460 }])
    const read = readRingba({ name: 'Buyer', schedule: { hoursOfOperation: days, timeZoneId: 'Central Standard Time' } })
    expect(read.schedule!.intervals).toEqual([{ start: 540, end: 1020 }])
    expect(read.timeZone).toBe('America/Chicago')
  })

  it('midnight conventions: equal times are 24 hours from the open, 00:00–00:00 the whole day, 24:00 and 23:59 midnight', () => {
    const read = readRingba([open(0, 0), open(600, 600), open(540, 1440), closed, open(0, 0, true), open(540, 1439), closed])
    // Monday 10:00 for 24 hours runs into Tuesday's 09:00–24:00.
    expect(read.schedule!.intervals).toEqual([{ start: 0, end: 1440 }, { start: 2040, end: 4320 }, { start: 5760, end: 7200 }, { start: 7740, end: 8640 }])
    const asWritten = readRingba([closed, closed, closed, closed, closed, open(540, 1439), closed], { closeAt2359: 'asWritten' })
    expect(asWritten.schedule!.intervals).toEqual([{ start: 7740, end: 8639 }])
  })

  it('reports unreadable settings at their place', () => {
    const read = readRingba({ timeZoneId: 'Nowhere Standard Time', hoursOfOperation: [open(540, 1020), { openTime: { hour: 25 }, closeTime: at(17) }, 'x', { openTime: at(9), closeTime: { hour: 24, minute: 30 } }, closed, closed, { isClosed: 'no' }] })
    expect(read.ok).toBe(false)
    expect(read.issues.map((issue) => [issue.path.join('.'), issue.code])).toEqual([
      ['timeZoneId', 'unknown_time_zone'],
      ['hoursOfOperation.1.openTime.hour', 'out_of_range'],
      ['hoursOfOperation.2', 'not_an_object'],
      ['hoursOfOperation.3.closeTime.minute', 'out_of_range'],
      ['hoursOfOperation.6.isClosed', 'invalid_type'],
    ])
    expect(readRingba([closed]).issues[0]!.code).toBe('out_of_range')
    expect(readRingba({}).issues[0]!.code).toBe('missing_field')
  })

  it('turns hostile input into located issues in bounded time', () => {
    for (const input of hostileInputs()) {
      const started = performance.now()
      const read = readRingba(input)
      expect(performance.now() - started).toBeLessThan(3000)
      expect(read.ok).toBe(false)
      expect(read.issues.length).toBeGreaterThan(0)
    }
  })
})

describe('writeRingba', () => {
  it('writes the fixture back as it was read', () => {
    const read = readRingba(fixture('schedule-and-capacity.json'))
    const written = writeRingba(read.schedule!, { timeZone: read.timeZone })
    expect(written.value.timeZoneId).toBe('Pacific Standard Time')
    expect(written.losses).toEqual([])
    expect(readRingba(written.value).schedule).toEqual(read.schedule)
  })

  it('writes snake_case, Monday first, IANA names when asked', () => {
    const written = writeRingba(scheduleFromIntervals([{ start: 1980, end: 2460 }]), { fieldNames: 'snake_case', firstDay: 'monday', timeZone: 'America/Detroit', timeZoneStyle: 'iana' })
    expect(written.value).toEqual({
      time_zone_id: 'America/Detroit',
      hours_of_operation: [
        { open_time: at(9), close_time: at(17), inverted: false, is_closed: false },
        ...Array.from({ length: 6 }, () => ({ open_time: at(0), close_time: at(0), inverted: false, is_closed: true })),
      ],
    })
    expect(writeRingba(scheduleFromIntervals([]), { timeZone: 'America/Detroit' }).losses.map((loss) => loss.code)).toEqual(['zone'])
  })

  it('a day with two breaks keeps its first span and says what it drops; exceptions are losses', () => {
    const week = scheduleFromIntervals([{ start: 1980, end: 2160 }, { start: 2220, end: 2280 }, { start: 2340, end: 2460 }])
    const written = writeRingba(calendarOf(week, [{ date: '--12-25', closed: true }]))
    expect(written.value.hoursOfOperation[1]).toEqual(open(540, 720))
    expect(written.losses.map((loss) => loss.code)).toEqual(['approximated', 'not_supported'])
    expect(written.losses[0]!.message).toContain('13:00–14:00, 15:00–17:00')
  })

  it('round trip: read(write(x)) is open at the same instants, or the losses say why', () => {
    fc.assert(
      fc.property(scheduleArb, zoneArb, fc.constantFrom('sunday' as const, 'monday' as const), (schedule, zone, firstDay) => {
        const written = writeRingba(sealed(schedule), { timeZone: zone, firstDay })
        const read = readRingba(JSON.stringify(written.value), { firstDay })
        expect(read.ok).toBe(true)
        if (written.losses.length === 0) {
          expect(read.schedule!.intervals).toEqual(sealed(schedule).intervals)
          expect(firstDifference((from, to) => firstDifferentInstant(schedule.intervals, [], read.calendar!, zone, from, to))).toBeUndefined()
        } else expect(written.losses.every((loss) => loss.code === 'approximated')).toBe(true)
      }),
      { numRuns: RUNS },
    )
  })

  it('every week one setting a day can hold is written exactly', () => {
    // One span a day (past midnight only into an empty day), or open at both ends of a day.
    const dayArb = fc.oneof(
      fc.constant<[number, number][]>([]),
      fc.tuple(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 1, max: 1440 })).map(([start, length]) => [[start, start + length]] as [number, number][]),
      fc.tuple(fc.integer({ min: 1, max: 1438 }), fc.integer({ min: 1, max: 1438 })).map(([a, b]) => [[0, Math.min(a, b)], [Math.max(a, b) + 1, 1440]] as [number, number][]),
    )
    fc.assert(
      fc.property(fc.array(dayArb, { minLength: 7, maxLength: 7 }), (days) => {
        const raw = days.flatMap((spans, day) => spans.map(([s, e]) => ({ start: day * 1440 + s, end: day * 1440 + (days[(day + 1) % 7]!.length > 0 ? Math.min(e, 1440) : e) })))
        const pieces = raw.flatMap((span) => (span.end > 10080 ? [{ start: span.start, end: 10080 }, { start: 0, end: span.end - 10080 }] : [span]))
        const week = scheduleFromIntervals(mergeAll(pieces))
        const written = writeRingba(week)
        const read = readRingba(written.value)
        if (!written.losses.some((loss) => loss.message.includes('23:59'))) {
          expect(written.losses).toEqual([])
          expect(read.schedule!.intervals).toEqual(week.intervals)
        }
      }),
      { numRuns: 200 },
    )
  })

  it('round trip of calendars: every exception is a located loss', () => {
    fc.assert(
      fc.property(scheduleArb, entriesNearArb(WINDOW_FROM), (schedule, entries) => {
        const written = writeRingba(calendarOf(schedule, entries))
        expect(written.losses.filter((loss) => loss.code === 'not_supported').map((loss) => loss.path)).toEqual(entries.map((_, index) => ['exceptions', index]))
      }),
      { numRuns: 30 },
    )
  })
})

function mergeAll(spans: { start: number; end: number }[]): { start: number; end: number }[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start)
  const out: { start: number; end: number }[] = []
  for (const span of sorted) {
    const last = out[out.length - 1]
    if (last !== undefined && span.start <= last.end) last.end = Math.max(last.end, span.end)
    else out.push({ ...span })
  }
  return out
}
