import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { describeSchedule } from '../../src/render/describeSchedule'
import type { WeeklySchedule } from '../../src/week/types'
import { weeklyScheduleArb } from '../arbitraries'
import { ALL_DAYS, DAY_NAMES, WEEKDAYS, daily, openFlags, scheduleFromFlags, week } from './weekOracle'

describe('describeSchedule — examples', () => {
  it('groups consecutive days with the same hours and lists the closed days last', () => {
    const schedule = week(...WEEKDAYS.map((d) => [`${d} 09:00`, `${d} 17:00`] as const), ['Sat 10:00', 'Sat 14:00'])
    expect(describeSchedule(schedule)).toBe('Mon–Fri 09:00–17:00, Sat 10:00–14:00, Sun closed')
  })

  it('lists non-consecutive days with commas', () => {
    expect(describeSchedule(daily(['Mon', 'Wed', 'Fri'], ['09:00', '17:00']))).toBe(
      'Mon, Wed, Fri 09:00–17:00, Tue, Thu, Sat–Sun closed',
    )
  })

  it('joins a lunch break with &', () => {
    expect(describeSchedule(daily(WEEKDAYS, ['09:00', '12:00'], ['13:00', '17:00']))).toBe(
      'Mon–Fri 09:00–12:00 & 13:00–17:00, Sat–Sun closed',
    )
  })

  it('reads a span over midnight on the day it starts', () => {
    expect(describeSchedule(week(['Fri 22:00', 'Sat 02:00']))).toBe(
      'Fri 22:00–02:00 (next day), Mon–Thu, Sat–Sun closed',
    )
  })

  it('keeps the next day’s own hours after taking its early morning', () => {
    expect(describeSchedule(week(['Fri 22:00', 'Sat 02:00'], ['Sat 10:00', 'Sat 14:00']))).toBe(
      'Fri 22:00–02:00 (next day), Sat 10:00–14:00, Mon–Thu, Sun closed',
    )
  })

  it('carries Saturday night into Sunday morning across the week boundary', () => {
    const schedule = week(['Sat 22:00', 'Sun 03:00'])
    expect(schedule.intervals).toEqual([
      { start: 0, end: 180 },
      { start: 9960, end: 10080 },
    ])
    expect(describeSchedule(schedule)).toBe('Sat 22:00–03:00 (next day), Mon–Fri, Sun closed')
  })

  it('reads a lone inverted day (open outside 09:00–17:00) as two spans', () => {
    expect(describeSchedule(daily(['Mon'], ['00:00', '09:00'], ['17:00', '24:00']))).toBe(
      'Mon 00:00–09:00 & 17:00–24:00, Tue–Sun closed',
    )
  })

  it('reads inverted weekdays as night shifts', () => {
    expect(describeSchedule(daily(WEEKDAYS, ['00:00', '09:00'], ['17:00', '24:00']))).toBe(
      'Mon 00:00–09:00 & 17:00–09:00 (next day), Tue–Thu 17:00–09:00 (next day), Fri 17:00–24:00, Sat–Sun closed',
    )
    expect(describeSchedule(daily(ALL_DAYS, ['00:00', '09:00'], ['17:00', '24:00']))).toBe(
      'Every day 17:00–09:00 (next day)',
    )
  })

  it('says open 24 hours for a whole day, and a whole day neither gives nor takes midnight spans', () => {
    expect(describeSchedule(daily(['Wed'], ['00:00', '24:00']))).toBe('Wed open 24 hours, Mon–Tue, Thu–Sun closed')
    expect(describeSchedule(week(['Tue 20:00', 'Thu 06:00']))).toBe(
      'Tue 20:00–24:00, Wed open 24 hours, Thu 00:00–06:00, Mon, Fri–Sun closed',
    )
    expect(describeSchedule(week(['Fri 00:00', 'Sat 02:00']))).toBe(
      'Fri open 24 hours, Sat 00:00–02:00, Mon–Thu, Sun closed',
    )
  })

  it('handles the empty week, the full week and the same hours every day', () => {
    expect(describeSchedule({ intervals: [] })).toBe('Closed all week')
    expect(describeSchedule({ intervals: [{ start: 0, end: 10080 }] })).toBe('Open 24/7')
    expect(describeSchedule(daily(ALL_DAYS, ['09:00', '17:00']))).toBe('Every day 09:00–17:00')
    expect(describeSchedule(daily(ALL_DAYS, ['00:00', '24:00']))).toBe(
      'Open 24/7',
    )
  })

  it('is exact to the minute, also one minute short of 24/7', () => {
    expect(describeSchedule(week(['Mon 09:07', 'Mon 17:59']))).toBe('Mon 09:07–17:59, Tue–Sun closed')
    expect(describeSchedule(week(['Wed 12:01', 'Wed 12:00']))).toBe(
      'Mon–Tue, Thu–Sun open 24 hours, Wed 00:00–12:00 & 12:01–24:00',
    )
  })

  it('orders by weekStart', () => {
    const schedule = week(...WEEKDAYS.map((d) => [`${d} 09:00`, `${d} 17:00`] as const), ['Sun 10:00', 'Sun 14:00'])
    expect(describeSchedule(schedule)).toBe('Mon–Fri 09:00–17:00, Sun 10:00–14:00, Sat closed')
    expect(describeSchedule(schedule, { weekStart: 'monday' })).toBe(
      'Mon–Fri 09:00–17:00, Sun 10:00–14:00, Sat closed',
    )
    expect(describeSchedule(schedule, { weekStart: 'sunday' })).toBe(
      'Sun 10:00–14:00, Mon–Fri 09:00–17:00, Sat closed',
    )
    const weekdays = daily(WEEKDAYS, ['09:00', '17:00'])
    expect(describeSchedule(weekdays)).toBe('Mon–Fri 09:00–17:00, Sat–Sun closed')
    expect(describeSchedule(weekdays, { weekStart: 'sunday' })).toBe('Mon–Fri 09:00–17:00, Sun, Sat closed')
  })
})

/**
 * Reads the text back into open minutes, following the rules in docs/render.md. A text that reads
 * back to its schedule cannot also be the text of a different schedule, so this proves the text exact.
 */
function parseDescription(text: string, weekStart: 'sunday' | 'monday'): boolean[] {
  const flags = new Array<boolean>(10080).fill(false)
  if (text === 'Closed all week') return flags
  if (text === 'Open 24/7') return flags.fill(true)
  const order = weekStart === 'sunday' ? [0, 1, 2, 3, 4, 5, 6] : [1, 2, 3, 4, 5, 6, 0]
  const dayIndex = (name: string): number => {
    const index = DAY_NAMES.indexOf(name as (typeof DAY_NAMES)[number])
    if (index < 0) throw new Error(`not a day: ${name}`)
    return index
  }
  const phrases = new Map<number, string>()
  const every = /^Every day (.+)$/.exec(text)
  if (every) {
    for (const day of order) phrases.set(day, every[1] ?? '')
  } else {
    let pending: number[] = []
    for (const token of text.split(', ')) {
      const match = /^([A-Z][a-z]{2})(?:–([A-Z][a-z]{2}))?(?: (.+))?$/.exec(token)
      if (!match) throw new Error(`cannot read ${JSON.stringify(token)}`)
      const [, from = '', to, phrase] = match
      if (to === undefined) pending.push(dayIndex(from))
      else {
        const a = order.indexOf(dayIndex(from))
        const b = order.indexOf(dayIndex(to))
        if (b <= a) throw new Error(`backwards range ${token}`)
        for (let p = a; p <= b; p++) pending.push(order[p] ?? -1)
      }
      if (phrase !== undefined) {
        for (const day of pending) {
          if (phrases.has(day)) throw new Error(`day ${day} twice`)
          phrases.set(day, phrase)
        }
        pending = []
      }
    }
    if (pending.length > 0) throw new Error('days without hours')
  }
  if (phrases.size !== 7) throw new Error(`expected 7 days, got ${phrases.size}`)
  const minuteOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))
  for (const [day, phrase] of phrases) {
    if (phrase === 'closed') continue
    const spans = phrase === 'open 24 hours' ? ['00:00–24:00'] : phrase.split(' & ')
    for (const span of spans) {
      const match = /^(\d\d:\d\d)–(\d\d:\d\d)( \(next day\))?$/.exec(span)
      if (!match) throw new Error(`cannot read span ${JSON.stringify(span)}`)
      const start = day * 1440 + minuteOf(match[1] ?? '')
      const end = (match[3] ? (day + 1) * 1440 : day * 1440) + minuteOf(match[2] ?? '')
      if (end <= start) throw new Error(`empty span ${span}`)
      for (let m = start; m < end; m++) flags[m % 10080] = true
    }
  }
  return flags
}

/** A schedule and a copy with a few minutes (a small range, anywhere) flipped. */
const nearPairArb: fc.Arbitrary<[WeeklySchedule, WeeklySchedule]> = fc
  .tuple(weeklyScheduleArb, fc.integer({ min: 0, max: 10079 }), fc.constantFrom(1, 2, 30, 59, 60, 1440))
  .map(([schedule, from, length]) => {
    const flags = openFlags(schedule)
    for (let m = from; m < from + length; m++) flags[m % 10080] = !flags[m % 10080]
    return [schedule, scheduleFromFlags(flags)]
  })

describe('describeSchedule — properties', () => {
  it('reads back to exactly the schedule it describes, in both reading orders', () => {
    fc.assert(
      fc.property(weeklyScheduleArb, fc.constantFrom('sunday' as const, 'monday' as const), (schedule, weekStart) => {
        expect(parseDescription(describeSchedule(schedule, { weekStart }), weekStart)).toEqual(openFlags(schedule))
      }),
      { numRuns: 300 },
    )
  })

  it('gives different text for different schedules, even a few minutes apart', () => {
    fc.assert(
      fc.property(nearPairArb, ([a, b]) => {
        expect(describeSchedule(a)).not.toBe(describeSchedule(b))
      }),
      { numRuns: 500 },
    )
    fc.assert(
      fc.property(weeklyScheduleArb, weeklyScheduleArb, (a, b) => {
        fc.pre(JSON.stringify(openFlags(a)) !== JSON.stringify(openFlags(b)))
        expect(describeSchedule(a)).not.toBe(describeSchedule(b))
      }),
      { numRuns: 300 },
    )
  })

  it('never ends a next-day span at 24:00 and has no stray spaces', () => {
    fc.assert(
      fc.property(weeklyScheduleArb, (schedule) => {
        const text = describeSchedule(schedule)
        expect(text).not.toMatch(/24:00 \(next day\)/)
        expect(text).not.toMatch(/\s$|^\s|  /)
      }),
      { numRuns: 200 },
    )
  })
})
