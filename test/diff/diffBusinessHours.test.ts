import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyBusinessHoursAttributes } from '../../src/diff/applyBusinessHoursAttributes'
import { diffBusinessHours, type BusinessHourAttributes } from '../../src/diff/diffBusinessHours'
import { BusinessHoursError, formatIssuePath } from '../../src/ground/issues'
import { parseBusinessHours } from '../../src/records/parseBusinessHours'
import type { BusinessHourInput, BusinessHourRecord, DayOfWeek } from '../../src/records/types'
import { schedulesEqual } from '../../src/week/schedulesEqual'
import type { WeeklySchedule } from '../../src/week/types'
import { dayFlags, firstDifference, minuteModelOfRecords, minuteModelOfSchedule } from '../oracles/minuteModel'
import { railsNestedAttributes, type Row } from '../oracles/railsNestedAttributes'
import { API_EXAMPLE_RECORDS } from '../apiExample'
import {
  editScheduleArb,
  listEditArb,
  oneRecordADayScheduleArb,
  oneRecordADayServerArb,
  serverRecordsArb,
  serverRecordsWithGapsArb,
} from './arbitraries'

const numRuns = Number(process.env.CALLHOURS_DEEP) ? 2000 : 150

/** The API document's example target 7: open 0–2400 every day but Wednesday, 0–1200. */
const API_SERVER: BusinessHourRecord[] = API_EXAMPLE_RECORDS

const rec = (day: DayOfWeek, open: number, close: number, more: Partial<BusinessHourInput> = {}): BusinessHourInput => ({
  day_of_week: day,
  time_open: open,
  time_close: close,
  work_day: true,
  invert: false,
  ...more,
})

const row = (id: number, day: DayOfWeek, open: number, close: number, more: Partial<BusinessHourInput> = {}): BusinessHourRecord => ({
  id,
  ...rec(day, open, close, more),
})

/** What the server stores after the payload, by the test's own Rails rules. */
function railsApply(server: readonly BusinessHourRecord[], payload: readonly BusinessHourAttributes[]): BusinessHourRecord[] {
  const firstNewId = Math.max(0, ...server.map((r) => r.id)) + 1
  const rows: Row[] = railsNestedAttributes(server, payload as readonly Record<string, unknown>[], firstNewId)
  // The payload only writes days 0–6 (the properties check the rest).
  return rows as BusinessHourRecord[]
}

function issuesOf(run: () => unknown): { path: string; code: string; message: string }[] {
  try {
    run()
  } catch (error) {
    if (!(error instanceof BusinessHoursError)) throw error
    return error.issues
      .filter((issue) => issue.severity === 'error')
      .map((issue) => ({ path: formatIssuePath(issue.path), code: issue.code, message: issue.message }))
  }
  throw new Error('expected a BusinessHoursError')
}

/** The day a payload item is about: its own field, or (for a destroy) the day of the server record. */
function dayOfItem(item: BusinessHourAttributes, server: readonly BusinessHourRecord[]): number {
  if ('_destroy' in item) return server.find((r) => r.id === item.id)!.day_of_week
  return item.day_of_week
}

describe('diffBusinessHours: the common case', () => {
  // One record a day after the edit: Sunday closed, Wednesday the full day, Tuesday inverted.
  const editedList = [
    rec(0, 0, 2400, { work_day: false }),
    rec(1, 900, 1700),
    rec(2, 1200, 1300, { invert: true }),
    rec(3, 0, 2400),
    rec(4, 800, 1600),
    rec(5, 900, 1700),
    rec(6, 1000, 1400),
  ]
  const expected = editedList.map((record, day) => ({ id: 43 + day, ...record }))

  it('the API example target and a one-record-a-day edit: exactly seven updates, all ids kept', () => {
    const payload = diffBusinessHours(API_SERVER, editedList)
    expect(payload).toEqual(expected)
    expect(payload.every((item) => 'id' in item && !('_destroy' in item))).toBe(true)
  })

  it('the same edit given as a schedule gives the same payload', () => {
    expect(diffBusinessHours(API_SERVER, parseBusinessHours(editedList))).toEqual(expected)
  })

  it('applying it stores the edit under the old ids', () => {
    const after = applyBusinessHoursAttributes(API_SERVER, diffBusinessHours(API_SERVER, editedList))
    expect(after.map((r) => r.id)).toEqual([43, 44, 45, 46, 47, 48, 49])
    expect(schedulesEqual(parseBusinessHours(after), parseBusinessHours(editedList))).toBe(true)
  })
})

describe('diffBusinessHours: unchanged days yield nothing', () => {
  it('an edit equal to the server is []', () => {
    expect(diffBusinessHours(API_SERVER, parseBusinessHours(API_SERVER))).toEqual([])
    expect(diffBusinessHours(API_SERVER, API_SERVER)).toEqual([])
  })

  it('however the unchanged day is written (0–0 inverted, two touching records)', () => {
    const edited = [
      rec(0, 0, 0, { invert: true }),
      rec(1, 0, 1200),
      rec(1, 1200, 2400),
      ...API_SERVER.filter((r) => r.day_of_week >= 2).map(({ id: _id, ...r }) => r),
    ]
    expect(diffBusinessHours(API_SERVER, edited)).toEqual([])
  })

  it('only the changed day is sent', () => {
    const schedule = parseBusinessHours([...API_SERVER.filter((r) => r.day_of_week !== 3), rec(3, 0, 2400)])
    expect(diffBusinessHours(API_SERVER, schedule)).toEqual([{ id: 46, day_of_week: 3, time_open: 0, time_close: 2400, work_day: true, invert: false }])
  })

  it('a day closed by a missing record stays as it is when the edit closes it too', () => {
    const server = [row(1, 1, 900, 1700)]
    expect(diffBusinessHours(server, [rec(1, 900, 1700)])).toEqual([])
  })
})

describe('diffBusinessHours: changed days', () => {
  const twoBlocks = [row(5, 2, 900, 1200), row(6, 2, 1300, 1700)]

  it('fewer records: the surplus server record is destroyed', () => {
    expect(diffBusinessHours(twoBlocks, [rec(2, 900, 1700)])).toEqual([
      { id: 5, day_of_week: 2, time_open: 900, time_close: 1700, work_day: true, invert: false },
      { id: 6, _destroy: true },
    ])
  })

  it("removal 'empty': the surplus record becomes a block that opens nothing on an open day", () => {
    const payload = diffBusinessHours(twoBlocks, [rec(2, 900, 1700)], { removal: 'empty' })
    expect(payload).toEqual([
      { id: 5, day_of_week: 2, time_open: 900, time_close: 1700, work_day: true, invert: false },
      { id: 6, day_of_week: 2, time_open: 0, time_close: 0, work_day: true, invert: false },
    ])
    expect(parseBusinessHours(applyBusinessHoursAttributes(twoBlocks, payload))).toEqual(parseBusinessHours([rec(2, 900, 1700)]))
  })

  it("removal 'empty' on a day that closes: the emptied record is work_day false too", () => {
    const payload = diffBusinessHours(twoBlocks, [rec(2, 0, 2400, { work_day: false })], { removal: 'empty' })
    expect(payload).toEqual([
      { id: 5, day_of_week: 2, time_open: 0, time_close: 2400, work_day: false, invert: false },
      { id: 6, day_of_week: 2, time_open: 0, time_close: 0, work_day: false, invert: false },
    ])
  })

  it('more records: the surplus desired records are created without id', () => {
    expect(diffBusinessHours([row(9, 4, 900, 1700)], [rec(4, 800, 1200), rec(4, 1300, 1800)])).toEqual([
      { id: 9, day_of_week: 4, time_open: 800, time_close: 1200, work_day: true, invert: false },
      { day_of_week: 4, time_open: 1300, time_close: 1800, work_day: true, invert: false },
    ])
  })

  it('a record already right stays untouched and another one goes', () => {
    const server = [row(1, 1, 800, 900), row(2, 1, 900, 1200)]
    expect(diffBusinessHours(server, [rec(1, 900, 1200)])).toEqual([{ id: 1, _destroy: true }])
  })

  it('the ids the edited records carry pick their server records', () => {
    const edited = [
      { id: 6, ...rec(2, 800, 1200) },
      { id: 5, ...rec(2, 1300, 1800) },
    ]
    expect(diffBusinessHours(twoBlocks, edited)).toEqual([
      { id: 6, day_of_week: 2, time_open: 800, time_close: 1200, work_day: true, invert: false },
      { id: 5, day_of_week: 2, time_open: 1300, time_close: 1800, work_day: true, invert: false },
    ])
  })

  it("an id of another day's record is only a hint: days stay independent", () => {
    const server = [row(1, 1, 900, 1700), row(2, 2, 900, 1700)]
    // Record 1 "moved" to Tuesday in the user's list; Monday is now closed.
    const edited = [{ id: 1, ...rec(2, 1000, 1800) }]
    expect(diffBusinessHours(server, edited)).toEqual([
      { id: 1, day_of_week: 1, time_open: 0, time_close: 2400, work_day: false, invert: false },
      { id: 2, day_of_week: 2, time_open: 1000, time_close: 1800, work_day: true, invert: false },
    ])
  })

  it('records of a changed day are kept as the user wrote them (defaults applied)', () => {
    const server = [row(3, 5, 900, 1700)]
    const edited = [{ day_of_week: 5, time_open: 1700, time_close: 1900, invert: true } as BusinessHourInput]
    expect(diffBusinessHours(server, edited)).toEqual([
      { id: 3, day_of_week: 5, time_open: 1700, time_close: 1900, work_day: true, invert: true },
    ])
  })

  it('a day the edited list leaves out is closed with a work_day false record, not left without records', () => {
    const server = [row(1, 0, 900, 1700), row(2, 1, 900, 1700), row(3, 1, 1800, 1900)]
    expect(diffBusinessHours(server, [rec(0, 900, 1700)])).toEqual([
      { id: 2, day_of_week: 1, time_open: 0, time_close: 2400, work_day: false, invert: false },
      { id: 3, _destroy: true },
    ])
  })

  it('a week closed every day is seven work_day false records', () => {
    const payload = diffBusinessHours(API_SERVER, { intervals: [] })
    expect(payload).toEqual(API_SERVER.map((r) => ({ id: r.id, day_of_week: r.day_of_week, time_open: 0, time_close: 2400, work_day: false, invert: false })))
    const after = applyBusinessHoursAttributes(API_SERVER, payload)
    expect(after).toHaveLength(7)
    expect(parseBusinessHours(after)).toEqual({ intervals: [] })
  })

  it('includeUnchanged also sends the unchanged records, as they are', () => {
    const payload = diffBusinessHours(API_SERVER, [...API_SERVER.filter((r) => r.day_of_week !== 3), rec(3, 0, 2400)], {
      includeUnchanged: true,
    })
    expect(payload).toEqual(API_SERVER.map((r) => ({ id: r.id, day_of_week: r.day_of_week, time_open: 0, time_close: 2400, work_day: true, invert: false })))
  })

  it('orders the payload by day, then time, whatever the order of the input', () => {
    const server = [row(20, 6, 900, 1000), row(10, 2, 1300, 1400), row(11, 2, 900, 1000)]
    const edited = [rec(6, 1500, 1600), rec(2, 1000, 1100), rec(6, 800, 900), rec(2, 800, 900)]
    expect(diffBusinessHours(server, edited).map((item) => ('_destroy' in item ? item.id : [item.day_of_week, item.time_open]))).toEqual([
      [2, 800],
      [2, 1000],
      [6, 800],
      [6, 1500],
    ])
  })
})

describe('diffBusinessHours: open 24/7 and empty lists', () => {
  it('an edit to open 24/7 writes seven full days; it never empties the target', () => {
    const server = [row(1, 1, 900, 1700), row(2, 2, 900, 1700)]
    const payload = diffBusinessHours(server, [])
    expect(payload.filter((item) => 'id' in item).map((item) => item.id)).toEqual([1, 2])
    const after = applyBusinessHoursAttributes(server, payload)
    expect(after).toHaveLength(7)
    expect(parseBusinessHours(after)).toEqual({ intervals: [{ start: 0, end: 10080 }] })
    expect(diffBusinessHours(server, { intervals: [{ start: 0, end: 10080 }] })).toEqual(payload)
  })

  it('a server without records is already open 24/7', () => {
    expect(diffBusinessHours([], [])).toEqual([])
    expect(diffBusinessHours([], { intervals: [{ start: 0, end: 10080 }] })).toEqual([])
  })

  it('a server without records and any other edit: every day is written, full days too', () => {
    const payload = diffBusinessHours([], [rec(1, 900, 1700), ...([0, 2, 3, 4, 5, 6] as const).map((d) => rec(d, 0, 2400))])
    expect(payload).toHaveLength(7)
    expect(payload.every((item) => !('id' in item))).toBe(true)
    expect(parseBusinessHours(applyBusinessHoursAttributes([], payload))).toEqual({
      intervals: [{ start: 0, end: 1440 }, { start: 1980, end: 2460 }, { start: 2880, end: 10080 }],
    })
  })
})

describe('diffBusinessHours: bad input', () => {
  it('an edited id the server does not have is an error that names it', () => {
    const issues = issuesOf(() => diffBusinessHours(API_SERVER, [rec(1, 900, 1700), { id: 99, ...rec(2, 900, 1700) }]))
    expect(issues).toEqual([{ path: 'edited[1].id', code: 'unknown_id', message: expect.stringContaining('id 99') }])
  })

  it('an unknown id on an edited _destroy record is an error too', () => {
    const issues = issuesOf(() => diffBusinessHours(API_SERVER, [{ id: 12, _destroy: true } as unknown as BusinessHourInput]))
    expect(issues.map((i) => i.path)).toEqual(['edited[0].id'])
  })

  it('invalid server records and edits are reported together, located', () => {
    const server = [row(1, 0, 900, 1700), { ...row(2, 1, 900, 1700), time_open: 960 }, { ...row(3, 2, 0, 2400), _destroy: true }, rec(3, 0, 2400)]
    const edited = [rec(0, 900, 1700), { day_of_week: 7 } as unknown as BusinessHourInput]
    const issues = issuesOf(() => diffBusinessHours(server as BusinessHourRecord[], edited))
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['server[1].time_open', 'invalid_minutes'],
      ['server[2]._destroy', 'unexpected_destroy'],
      ['server[3].id', 'missing_field'],
      ['edited[1].day_of_week', 'out_of_range'],
    ])
  })

  it('a schedule edit is checked, located under edited.intervals', () => {
    const issues = issuesOf(() => diffBusinessHours(API_SERVER, { intervals: [{ start: 600, end: 60 }] }))
    expect(issues.map((i) => i.path)).toEqual(['edited.intervals[0].end'])
  })

  it('edited that is neither a list nor a schedule is data; bad options are the caller’s (TypeError for a kind, RangeError for a value)', () => {
    expect(issuesOf(() => diffBusinessHours(API_SERVER, null as unknown as WeeklySchedule)).map((i) => i.path)).toEqual(['edited'])
    expect(() => diffBusinessHours(API_SERVER, [], { removal: 'delete' as 'destroy' })).toThrow(RangeError)
    expect(() => diffBusinessHours(API_SERVER, [], { removal: 'delete' as 'destroy' })).toThrow(new RangeError('options.removal: the string "delete" is not allowed: expected one of "destroy", "empty"'))
    expect(() => diffBusinessHours(API_SERVER, [], { removal: 7 as unknown as 'destroy' })).toThrow(TypeError)
    expect(() => diffBusinessHours(API_SERVER, [], { remove: 'empty' } as never)).toThrow(new TypeError('diffBusinessHours has no option "remove": its options are removal, includeUnchanged'))
  })

  it('duplicate server ids are errors', () => {
    expect(issuesOf(() => diffBusinessHours([row(1, 0, 0, 2400), row(1, 1, 0, 2400)], [])).map((i) => [i.path, i.code])).toEqual([
      ['server[1].id', 'duplicate_id'],
    ])
  })
})

// ---------------------------------------------------------------------------------------------
// Properties

const anyServerArb = fc.oneof(
  { weight: 8, arbitrary: serverRecordsArb },
  { weight: 2, arbitrary: serverRecordsWithGapsArb },
  { weight: 1, arbitrary: fc.constant<BusinessHourRecord[]>([]) },
)
const OPEN_ALL_WEEK = minuteModelOfSchedule({ intervals: [{ start: 0, end: 10080 }] })
const removalArb = fc.constantFrom<'destroy' | 'empty'>('destroy', 'empty')

function expectSameMinutes(expected: Uint8Array, actual: Uint8Array): void {
  const difference = firstDifference(expected, actual)
  if (difference !== undefined) throw new Error(difference)
}

/** Ids unique, all the server's; no day both creates and removes (destroy or empty block). */
function expectWellFormed(server: readonly BusinessHourRecord[], payload: readonly BusinessHourAttributes[]): void {
  const serverIds = new Set(server.map((r) => r.id))
  const ids = payload.flatMap((item) => (item.id === undefined ? [] : [item.id]))
  expect(new Set(ids).size).toBe(ids.length)
  for (const id of ids) expect(serverIds.has(id)).toBe(true)
  const days = payload.map((item) => dayOfItem(item, server))
  expect([...days].sort((a, b) => a - b)).toEqual(days)
  for (let day = 0; day < 7; day++) {
    const items = payload.filter((_, i) => days[i] === day)
    const creates = items.some((item) => item.id === undefined)
    const destroys = items.some((item) => '_destroy' in item)
    expect(creates && destroys).toBe(false)
  }
}

/**
 * Whether a day of the server holds a record that changes nothing: without it (and with at least
 * one record left on the day) the day opens at the same minutes, by the test's own minute model.
 */
function hasRedundantRecord(server: readonly { id: number; day_of_week: number }[], day: number): boolean {
  const dayRecords = server.filter((record) => record.day_of_week === day)
  if (dayRecords.length < 2) return false
  const whole = dayFlags(minuteModelOfRecords(server), day)
  return dayRecords.some((record) => firstDifference(whole, dayFlags(minuteModelOfRecords(server.filter((r) => r !== record)), day)) === undefined)
}

describe('diffBusinessHours: properties', () => {
  it('applying the diff of a schedule edit (Rails rules, written in the test) gives the edit', () => {
    fc.assert(
      fc.property(anyServerArb, editScheduleArb, removalArb, (server, edit, removal) => {
        const payload = diffBusinessHours(server, edit, { removal })
        expectWellFormed(server, payload)
        const after = railsApply(server, payload)
        expectSameMinutes(minuteModelOfSchedule(edit), minuteModelOfRecords(after))
        expect(schedulesEqual(parseBusinessHours(after), edit)).toBe(true)
        // The library's own apply agrees with the test's Rails.
        expect(applyBusinessHoursAttributes(server, payload)).toEqual(after)
        // Never empties the target unless it is to be open 24/7 (a closed week is seven work_day false records).
        if (firstDifference(OPEN_ALL_WEEK, minuteModelOfSchedule(edit)) !== undefined) expect(after.length).toBeGreaterThan(0)
        if (removal === 'empty') expect(payload.some((item) => '_destroy' in item)).toBe(false)
        // Nothing is left to do.
        expect(diffBusinessHours(after, edit, { removal })).toEqual([])
      }),
      { numRuns },
    )
  })

  it('applying the diff of a record-list edit gives the edit', () => {
    fc.assert(
      fc.property(listEditArb(anyServerArb), removalArb, ({ server, edited }, removal) => {
        const payload = diffBusinessHours(server, edited, { removal })
        expectWellFormed(server, payload)
        const after = railsApply(server, payload)
        expectSameMinutes(minuteModelOfRecords(edited), minuteModelOfRecords(after))
        expect(applyBusinessHoursAttributes(server, payload)).toEqual(after)
        if (firstDifference(OPEN_ALL_WEEK, minuteModelOfRecords(edited)) !== undefined) expect(after.length).toBeGreaterThan(0)
        // Nothing is left to do (with 'empty', the emptied blocks stay: a 'destroy' diff would remove them).
        expect(diffBusinessHours(after, edited.filter((r) => r._destroy !== true).map(({ id: _id, ...r }) => r), { removal })).toEqual([])
      }),
      { numRuns },
    )
  })

  it('a day is in the payload exactly when its open minutes change or it holds a record that changes nothing', () => {
    fc.assert(
      fc.property(listEditArb(serverRecordsArb), ({ server, edited }) => {
        const payload = diffBusinessHours(server, edited)
        const before = minuteModelOfRecords(server)
        const wanted = minuteModelOfRecords(edited)
        const touched = new Set(payload.map((item) => dayOfItem(item, server)))
        for (let day = 0; day < 7; day++) {
          const changed = firstDifference(dayFlags(before, day), dayFlags(wanted, day)) !== undefined
          expect(touched.has(day)).toBe(changed || hasRedundantRecord(server, day))
        }
      }),
      { numRuns },
    )
  })

  it('diff(server, parse(server)) only removes the records that change nothing; then it is [], and so is the server list itself, with or without ids', () => {
    fc.assert(
      fc.property(anyServerArb, removalArb, (server, removal) => {
        const payload = diffBusinessHours(server, parseBusinessHours(server), { removal })
        for (const item of payload) {
          const record = server.find((r) => r.id === item.id)!
          expect(hasRedundantRecord(server, record.day_of_week)).toBe(true)
          if (removal === 'destroy') expect(item).toEqual({ id: record.id, _destroy: true })
          else expect(item).toMatchObject({ time_open: 0, time_close: 0, invert: false })
        }
        const after = railsApply(server, payload)
        expectSameMinutes(minuteModelOfRecords(server), minuteModelOfRecords(after))
        for (let day = 0; day < 7; day++) if (removal === 'destroy') expect(hasRedundantRecord(after, day)).toBe(false)
        expect(diffBusinessHours(after, parseBusinessHours(after), { removal })).toEqual([])
        expect(diffBusinessHours(after, after, { removal })).toEqual([])
        expect(diffBusinessHours(after, after.map(({ id: _id, target_id: _t, ...r }) => r), { removal })).toEqual([])
      }),
      { numRuns },
    )
  })

  it("removal 'empty' converges when a changed day's records all open nothing (found by the deep property run)", () => {
    const server = [
      { id: 2, target_id: 7, day_of_week: 1 as DayOfWeek, time_open: 0, time_close: 0, work_day: true, invert: false },
      { id: 3, target_id: 7, day_of_week: 1 as DayOfWeek, time_open: 0, time_close: 30, work_day: true, invert: false },
    ]
    const edited = [{ day_of_week: 1 as DayOfWeek, time_open: 2230, time_close: 2230, work_day: true, invert: false }]
    const after = railsApply(server, diffBusinessHours(server, edited, { removal: 'empty' }))
    expect(diffBusinessHours(after, edited, { removal: 'empty' })).toEqual([])
  })

  it('a server holding the week twice (a second writer’s copies) converges to one record per span, the oldest kept', () => {
    const week = [1, 2, 3, 4, 5].map((day) => ({ id: day, target_id: 7, day_of_week: day as DayOfWeek, time_open: 900, time_close: 1700, work_day: true, invert: false }))
    const copies = week.map((record) => ({ ...record, id: record.id + 10 }))
    const payload = diffBusinessHours([...copies, ...week], parseBusinessHours(week))
    expect(payload).toEqual(copies.map((record) => ({ id: record.id, _destroy: true })))
    // A span inside another and a record that opens nothing change nothing either.
    const inside = [...week, { id: 30, target_id: 7, day_of_week: 1 as DayOfWeek, time_open: 1000, time_close: 1200, work_day: true, invert: false }, { id: 31, target_id: 7, day_of_week: 2 as DayOfWeek, time_open: 0, time_close: 0, work_day: true, invert: false }]
    expect(diffBusinessHours(inside, week)).toEqual([{ id: 31, _destroy: true }, { id: 30, _destroy: true }].sort((a, b) => (a.id === 31 ? 1 : -1) - (b.id === 31 ? 1 : -1)))
  })

  it('one record a day on the server, one needed a day: only updates, one per changed day, ids kept', () => {
    fc.assert(
      fc.property(oneRecordADayServerArb, oneRecordADayScheduleArb, (server, edit) => {
        const payload = diffBusinessHours(server, edit)
        const before = minuteModelOfRecords(server)
        const wanted = minuteModelOfSchedule(edit)
        const changedIds = server
          .filter((r) => firstDifference(dayFlags(before, r.day_of_week), dayFlags(wanted, r.day_of_week)) !== undefined)
          .map((r) => r.id)
        expect(payload.every((item) => item.id !== undefined && !('_destroy' in item))).toBe(true)
        expect(payload.map((item) => item.id).sort((a, b) => a! - b!)).toEqual(changedIds.sort((a, b) => a - b))
        const after = railsApply(server, payload)
        expect(after.map((r) => r.id)).toEqual(server.map((r) => r.id))
      }),
      { numRuns },
    )
  })

  it('includeUnchanged sends every server record exactly once and still gives the edit', () => {
    fc.assert(
      fc.property(anyServerArb, editScheduleArb, removalArb, (server, edit, removal) => {
        const payload = diffBusinessHours(server, edit, { removal, includeUnchanged: true })
        expectWellFormed(server, payload)
        const ids = payload.flatMap((item) => (item.id === undefined ? [] : [item.id]))
        expect(ids.sort((a, b) => a - b)).toEqual(server.map((r) => r.id).sort((a, b) => a - b))
        expectSameMinutes(minuteModelOfSchedule(edit), minuteModelOfRecords(railsApply(server, payload)))
      }),
      { numRuns },
    )
  })

  it('the same edit as a schedule or as its canonical records: both give the edit', () => {
    fc.assert(
      fc.property(anyServerArb, editScheduleArb, (server, edit) => {
        const fromSchedule = diffBusinessHours(server, edit)
        const fromList = diffBusinessHours(server, railsApply([], diffBusinessHours([], edit)).map(({ id: _id, target_id: _t, ...r }) => r as BusinessHourInput))
        expectSameMinutes(minuteModelOfRecords(railsApply(server, fromSchedule)), minuteModelOfRecords(railsApply(server, fromList)))
      }),
      { numRuns },
    )
  })
})
