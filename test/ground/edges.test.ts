/**
 * Issue 9, one named test per defect found by trying the library as a new user would, with hostile
 * and oversized input. Each failed before the ground floor, sealed values and bounded readers.
 */
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import {
  applyBusinessHoursAttributes,
  buildTargetUpdate,
  BusinessHoursError,
  describeSchedule,
  diffBusinessHours,
  isOpen,
  MAX_ISSUES,
  nextAccepting,
  nextClosing,
  nextOpening,
  openIntervals,
  parseBusinessHours,
  parseTarget,
  renderWeekGrid,
  renderWeekSvg,
  resolveTimeZone,
  routingOrder,
  routingShares,
  targetAvailability,
  toBusinessHours,
  validateBusinessHours,
  validateTarget,
  type BusinessHourRecord,
  type Issue,
  type Target,
  type WeeklySchedule,
} from '../../src/index'
import { minuteModelOfRecords, minuteModelOfSchedule } from '../oracles/minuteModel'
import { issuesThrown, thrown } from '../thrown'

const MONDAY_10_UTC = Date.UTC(2026, 10, 30, 10)


describe('sealed values: one caller cannot change what another sees', () => {
  it('targets without hours do not share a mutable schedule', () => {
    const first = parseTarget({ id: 7 })
    expect(() => {
      ;((first.schedule as WeeklySchedule).intervals[0] as { end: number }).end = 60
    }).toThrow(TypeError)
    expect((parseTarget({ id: 8, business_hours: null }).schedule as WeeklySchedule).intervals).toEqual([{ start: 0, end: 10080 }])
    expect(isOpen(parseTarget({ id: 9 }).schedule, MONDAY_10_UTC, 'UTC')).toBe(true)
  })

  it('a schedule cannot be changed after its first query, so answers never go stale', () => {
    const schedule = parseBusinessHours([{ day_of_week: 1, time_open: 900, time_close: 1700 }])
    expect(isOpen(schedule, MONDAY_10_UTC, 'UTC')).toBe(true)
    expect(Object.isFrozen(schedule) && Object.isFrozen(schedule.intervals) && Object.isFrozen(schedule.intervals[0])).toBe(true)
    expect(() => (schedule.intervals as WeekIntervalList).push({ start: 0, end: 1 })).toThrow(TypeError)
    expect(isOpen(schedule, MONDAY_10_UTC, 'UTC')).toBe(true)
  })

  it('a hand-built schedule is checked every time it is used, so a later change is caught', () => {
    const handBuilt = { intervals: [{ start: 1980, end: 2460 }] }
    expect(isOpen(handBuilt, MONDAY_10_UTC, 'UTC')).toBe(true)
    handBuilt.intervals.push({ start: 100, end: 50 })
    expect(() => isOpen(handBuilt, MONDAY_10_UTC, 'UTC')).toThrow(BusinessHoursError)
  })

  it('renderings and records check a hand-built schedule instead of printing nonsense', () => {
    const reversed = { intervals: [{ start: 600, end: 500 }] } as WeeklySchedule
    const text = { intervals: [{ start: 'a', end: 5 }] } as unknown as WeeklySchedule
    for (const bad of [reversed, text]) {
      for (const use of [describeSchedule, toBusinessHours, renderWeekGrid, renderWeekSvg] as ((s: WeeklySchedule) => unknown)[]) {
        const issues = issuesThrown(() => use(bad))
        expect(issues[0]!.path).toEqual(['schedule', 'intervals', 0])
      }
    }
  })
})

type WeekIntervalList = { start: number; end: number }[]

describe('bounded issues: any number of problems is reported, kept within bounds, never overflows', () => {
  const invalid = (n: number) => Array.from({ length: n }, () => ({ day_of_week: 9 }))

  it('200,000 invalid records: validate* return (not throw), keeping 1,000 and counting the rest', () => {
    const result = validateBusinessHours(invalid(200_000))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues).toHaveLength(MAX_ISSUES + 1)
    const summary = result.issues[MAX_ISSUES]!
    expect(summary).toMatchObject({ code: 'too_many_issues', severity: 'error', received: String(200_000 - MAX_ISSUES) })
    const target = validateTarget({ id: 1, business_hours: invalid(200_000) })
    expect(target.ok).toBe(false)
    if (!target.ok) expect(target.issues.at(-1)).toMatchObject({ code: 'too_many_issues', received: '199000' })
  })

  it('200,000 warnings are bounded the same way', () => {
    const empties = Array.from({ length: 200_000 }, (_, i) => ({ day_of_week: i % 7, time_open: 900, time_close: 900 }))
    const result = validateBusinessHours(empties)
    expect(result.ok).toBe(true)
    expect(result.warnings).toHaveLength(MAX_ISSUES + 1)
    expect(result.warnings.at(-1)).toMatchObject({ code: 'too_many_issues', severity: 'warning', received: '199000' })
  })

  it('the throwing functions throw BusinessHoursError, not RangeError, with a message that counts them all', () => {
    const records = invalid(200_000)
    expect(thrown(() => parseTarget({ id: 1, business_hours: records }))).toBeInstanceOf(BusinessHoursError)
    expect(thrown(() => parseBusinessHours(records))).toBeInstanceOf(BusinessHoursError)
    expect((thrown(() => parseBusinessHours(records)) as Error).message).toMatch(/^Invalid business hours \(200000 errors\): .*; and 199997 more$/)
    expect(thrown(() => diffBusinessHours(records as never, []))).toBeInstanceOf(BusinessHoursError)
    expect(thrown(() => applyBusinessHoursAttributes([], records as never))).toBeInstanceOf(BusinessHoursError)
    expect(thrown(() => buildTargetUpdate({ businessHours: records as never }))).toBeInstanceOf(BusinessHoursError)
  })

  it('one million null records hold 1,001 issues, not a million', () => {
    const result = validateBusinessHours(new Array(1_000_000).fill(null))
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.issues).toHaveLength(MAX_ISSUES + 1)
      expect(result.issues[0]).toMatchObject({ code: 'not_an_object', path: [0] })
      expect(result.issues.at(-1)).toMatchObject({ code: 'too_many_issues', received: '999000' })
    }
  })
})

describe('error paths are not quadratic', () => {
  const server: BusinessHourRecord[] = Array.from({ length: 30_000 }, (_, i) => ({
    id: i + 1,
    day_of_week: 1,
    time_open: (i % 24) * 100,
    time_close: (i % 24) * 100 + 30,
    work_day: true,
    invert: false,
  }))

  it('30,000 unknown ids are all reported, each naming the server ids', () => {
    const edited = server.map((record) => ({ ...record, id: record.id + 1_000_000 }))
    const issues = issuesThrown(() => diffBusinessHours(server, edited))
    expect(issues.filter((issue) => issue.code === 'unknown_id')).toHaveLength(MAX_ISSUES)
    expect(issues[0]!.message).toContain('(ids: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, …)')
    expect(issues.at(-1)).toMatchObject({ code: 'too_many_issues', received: '29000' })
  })

  it('30,000 records on one day pair, and the payload makes the server hold the edit', () => {
    const edited = server.map(({ id: _id, ...record }, i) => (i % 3 === 0 ? { ...record, time_close: record.time_close + 10 } : record))
    const payload = diffBusinessHours(server, edited)
    const stored = applyBusinessHoursAttributes(server, payload)
    expect(minuteModelOfRecords(stored)).toEqual(minuteModelOfRecords(edited))
    // The 29,976 records that change nothing (24 spans written 1,250 times each) go: one record a span stays.
    expect(stored).toHaveLength(24)
    expect(diffBusinessHours(stored, edited)).toEqual([])
  })
})

describe('zone names', () => {
  it('are answered in their tzdb spelling, whatever the case', () => {
    expect(resolveTimeZone('asia/kolkata')).toBe('Asia/Kolkata')
    expect(resolveTimeZone('ASIA/KOLKATA')).toBe('Asia/Kolkata')
    expect(resolveTimeZone('Asia/Kolkata')).toBe('Asia/Kolkata')
    expect(resolveTimeZone('america/NEW_york')).toBe('America/New_York')
    expect(resolveTimeZone('europe/kyiv')).toBe('Europe/Kyiv')
  })

  it('many spellings of one zone give the same answers', () => {
    const at = Date.UTC(2026, 6, 1, 12)
    const schedule = parseBusinessHours([{ day_of_week: 3, time_open: 1700, time_close: 1800 }])
    for (let i = 0; i < 2000; i++) {
      const spelling = [...'asia/kolkata'].map((c, j) => ((i >> j) & 1 ? c.toUpperCase() : c)).join('')
      expect(resolveTimeZone(spelling)).toBe('Asia/Kolkata')
    }
    expect(isOpen(schedule, at, 'aSiA/kOlKaTa')).toBe(isOpen(schedule, at, 'Asia/Kolkata'))
  })

  it('an unknown name keeps its message, suggestions included, every time it is asked', () => {
    const first = thrown(() => resolveTimeZone('America/New_Yrok')) as RangeError
    const again = thrown(() => resolveTimeZone('America/New_Yrok')) as RangeError
    expect(first).toBeInstanceOf(RangeError)
    expect(again.message).toBe(first.message)
    expect(first.message).toContain('did you mean "America/New_York"')
  })
})

describe('openIntervals is proportional to its answer', () => {
  it('a 24/7 schedule over the whole Date range is one span, at once', () => {
    const always = parseBusinessHours([])
    expect(openIntervals(always, -8.64e15, 8.64e15, 'America/New_York')).toEqual([{ start: new Date(-8.64e15), end: new Date(8.64e15) }])
    expect(openIntervals(always, 5, 5, 'UTC')).toEqual([])
  })
})

describe('a target is a target', () => {
  it('documents with none of a target’s fields are not_a_target, naming what came', () => {
    const cases: [unknown, RegExp][] = [
      [{}, /an empty object/],
      [{ error: 'Not Found' }, /"error" and none of a target's fields: it looks like an error response from the API/],
      [{ target: null }, /received null/],
      [{ target: [] }, /received an array of 0/],
      [{ target: [{ day_of_week: 1 }] }, /received an array of 1/],
    ]
    for (const [input, message] of cases) {
      const result = validateTarget(input)
      expect(result.ok).toBe(false)
      if (result.ok) continue
      expect(result.issues).toHaveLength(1)
      expect(result.issues[0]).toMatchObject({ code: 'not_a_target', path: ['target'] })
      expect(result.issues[0]!.message).toMatch(message)
    }
  })

  it('hand-built targets are checked by the same rules everywhere, with a located error', () => {
    const good = parseTarget({ id: 1 })
    const handBuilt = (change: Record<string, unknown>) => ({ ...good, ...change }) as unknown as Target
    const cases: [Record<string, unknown>, string, string][] = [
      [{ weight: -1 }, 'weight', 'out_of_range'],
      [{ priority: Number.NaN }, 'priority', 'not_an_integer'],
      [{ paused: 'false' }, 'paused', 'invalid_type'],
      [{ caps: undefined }, 'caps', 'missing_field'],
    ]
    for (const [change, field, code] of cases) {
      const target = handBuilt(change)
      for (const [run, path] of [
        [() => routingShares([good, target], 0), ['targets', 1, field]],
        [() => routingOrder([good, target], 0), ['targets', 1, field]],
        [() => targetAvailability(target, 0), ['target', field]],
        [() => nextAccepting(target, 0), ['target', field]],
      ] as const) {
        const issues = issuesThrown(run)
        expect(issues[0]).toMatchObject({ code, path })
      }
    }
  })

  it('a valid hand-built target is accepted, and routing answers with the caller’s own objects', () => {
    const a = { ...parseTarget({ id: 1, weight: 3 }) }
    const b = { ...parseTarget({ id: 2, weight: 1 }) }
    expect(routingShares([a, b], 0)).toEqual([{ target: a, share: 0.75 }, { target: b, share: 0.25 }])
    expect(routingShares([a, b], 0)[0]!.target).toBe(a)
    expect(routingOrder([a, b], 0, { random: () => 0.5 }).every((t) => t === a || t === b)).toBe(true)
  })
})

describe('one rule, one reader', () => {
  it('id 1.5 is not_an_integer in records, targets and caps alike', () => {
    const record = validateBusinessHours([{ id: 1.5, day_of_week: 1 }])
    const target = validateTarget({ id: 1.5 })
    const cap = validateTarget({ id: 1, caps: [{ id: 1.5, type: 'Hard' }] })
    for (const result of [record, target, cap]) {
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.issues[0]!.code).toBe('not_an_integer')
    }
  })

  it('an inherited _destroy is no destroy anywhere: apply updates the record', () => {
    const server: BusinessHourRecord[] = [{ id: 44, day_of_week: 1, time_open: 0, time_close: 2400, work_day: true, invert: false }]
    const item = Object.assign(Object.create({ _destroy: true }) as object, { id: 44, day_of_week: 1, time_open: 900, time_close: 1700 })
    expect(applyBusinessHoursAttributes(server, [item as never])).toEqual([{ id: 44, day_of_week: 1, time_open: 900, time_close: 1700, work_day: true, invert: false }])
    expect(buildTargetUpdate({ businessHours: [item as never] }).target.business_hours_attributes).toEqual([{ id: 44, day_of_week: 1, time_open: 900, time_close: 1700 }])
  })

  it('buildTargetUpdate writes items afresh: the inverted alias as invert, unknown fields refused, nothing shared', () => {
    const nested = { note: 'x' }
    const update = buildTargetUpdate({ name: 'Sales', meta: nested, businessHours: [{ id: 5, day_of_week: 2, inverted: true } as never] })
    expect(update.target.business_hours_attributes).toEqual([{ id: 5, day_of_week: 2, invert: true }])
    expect(update.target.meta).toEqual({ note: 'x' })
    expect(update.target.meta).not.toBe(nested)
    const issues = issuesThrown(() => buildTargetUpdate({ businessHours: [{ id: 5, day_of_week: 2, colour: 'red' } as never] }))
    expect(issues[0]).toMatchObject({ code: 'unknown_field', path: ['businessHours', 0, 'colour'] })
    // The server's own stamps are left out, not refused
    const stamped = buildTargetUpdate({ businessHours: [{ id: 5, target_id: 7, created_at: 'x', day_of_week: 2 } as never] })
    expect(stamped.target.business_hours_attributes).toEqual([{ id: 5, day_of_week: 2 }])
  })

  it('a throwing getter is a located issue in diff and apply, not a raw Error', () => {
    const server: BusinessHourRecord[] = [{ id: 44, day_of_week: 1, time_open: 0, time_close: 2400, work_day: true, invert: false }]
    let reads = 0
    const trap = {
      get id(): number {
        reads++
        if (reads > 1) throw new Error('read twice')
        return 44
      },
      day_of_week: 1,
      time_open: 900,
      time_close: 1700,
    }
    // Read exactly once: the getter's second read would throw.
    expect(diffBusinessHours(server, [trap] as never)).toHaveLength(1)
    reads = 0
    expect(applyBusinessHoursAttributes(server, [trap] as never)).toHaveLength(1)
    const boom = { get time_open(): number { throw new Error('boom') }, day_of_week: 1 }
    expect(issuesThrown(() => diffBusinessHours(server, [boom] as never))[0]).toMatchObject({ code: 'unreadable', path: ['edited', 0] })
    expect(issuesThrown(() => applyBusinessHoursAttributes(server, [boom] as never))[0]).toMatchObject({ code: 'unreadable', path: ['attributes', 0] })
  })

  it('validate* never throw, whatever the options', () => {
    for (const options of [5, 'x', [], { pathPrefix: 'x' }, { pathPrefix: [{}] }, { get pathPrefix(): never { throw new Error('boom') } }]) {
      const result = validateBusinessHours([], options as never)
      expect(result.ok).toBe(false)
    }
    // Decision: null is "no options", like undefined.
    expect(validateBusinessHours([], undefined).ok).toBe(true)
    expect(validateBusinessHours([], null as never).ok).toBe(true)
  })
})

describe('instants', () => {
  // Open only Wednesday 23:59–24:00 UTC; 1970-01-01 was a Thursday.
  const lastMinuteOfWednesday = parseBusinessHours([{ day_of_week: 3, time_open: 2359, time_close: 2400 }])
  const thursday = parseBusinessHours([{ day_of_week: 4 }])

  it('a fractional epoch ms is the instant new Date() makes of it, in every query', () => {
    expect(isOpen(lastMinuteOfWednesday, -0.5, 'UTC')).toBe(isOpen(lastMinuteOfWednesday, new Date(-0.5), 'UTC'))
    const opening = nextOpening(lastMinuteOfWednesday, -0.5, 'UTC')!
    expect(isOpen(lastMinuteOfWednesday, opening, 'UTC')).toBe(true)
    expect(opening.getTime()).toBeGreaterThanOrEqual(new Date(-0.5).getTime())
    const closing = nextClosing(thursday, 1.5, 'UTC')!
    expect(closing.getTime()).toBeGreaterThanOrEqual(new Date(1.5).getTime())
    expect(isOpen(thursday, closing, 'UTC')).toBe(false)
    expect(openIntervals(parseBusinessHours([{ day_of_week: 4 }, { day_of_week: 5, work_day: false }]), 1.5, 1.7, 'UTC')).toEqual([])
  })

  it('a Date from another realm is a Date', () => {
    const foreign = runInNewContext('new Date(Date.UTC(2026, 10, 30, 10))') as Date
    expect(foreign instanceof Date).toBe(false)
    expect(isOpen(parseBusinessHours([{ day_of_week: 1 }]), foreign, 'UTC')).toBe(true)
    expect(nextOpening(thursday, foreign, 'UTC')).toEqual(new Date(Date.UTC(2026, 11, 3)))
  })

  it('what is not an instant is a TypeError or RangeError naming it', () => {
    expect(() => isOpen(thursday, '2026-11-30' as never, 'UTC')).toThrow(TypeError)
    expect(() => isOpen(thursday, new Date(Number.NaN), 'UTC')).toThrow(RangeError)
    expect(() => isOpen(thursday, { [Symbol.toStringTag]: 'Date' } as never, 'UTC')).toThrow(TypeError)
  })
})

describe('the weekly model stays exact', () => {
  it('a parsed schedule and its minute model agree (sanity for the fixtures above)', () => {
    const schedule = parseBusinessHours([{ day_of_week: 3, time_open: 2359, time_close: 2400 }])
    expect(minuteModelOfSchedule(schedule).reduce((sum, open) => sum + open, 0)).toBe(1)
  })
})
