/**
 * Issue 12, named examples for `validateExceptions` / `parseExceptions`: every entry shape, every
 * located issue code, the conflict rule, and that the validator never throws. Expected values are
 * worked out by hand from the issue's rules; instants are written as `Date.UTC(...)` with the local
 * clock reading beside them.
 */
import { describe, expect, it } from 'vitest'
import {
  BusinessHoursError,
  EPOCH_MS,
  hoursOn,
  scheduleFromIntervals,
  withExceptions,
  formatIssuePath,
  parseExceptions,
  validateExceptions,
  type CalendarException,
  type Issue,
} from '../../src/index'

/** The issues of a failed validation, as `[code, 'exceptions[3].date']` pairs. */
function located(result: ReturnType<typeof validateExceptions>): [string, string][] {
  expect(result.ok).toBe(false)
  if (result.ok) return []
  return result.issues.map((issue) => [issue.code, formatIssuePath(issue.path, 'exceptions')])
}

/** The issues of a failed validation. */
function issuesOf(input: unknown, options?: Parameters<typeof validateExceptions>[1]): readonly Issue[] {
  const result = validateExceptions(input, options)
  expect(result.ok).toBe(false)
  return result.ok ? [] : result.issues
}

/** The checked exceptions of a successful validation. */
function exceptionsOf(input: unknown): readonly CalendarException[] {
  const result = validateExceptions(input)
  if (!result.ok) throw new Error(`expected valid exceptions, got ${JSON.stringify(result.issues)}`)
  expect(result.warnings).toEqual([])
  return result.exceptions
}

/** Three valid entries on distinct dates, then `entry` at index 3: issues are located `exceptions[3]…`. */
function atIndex3(entry: unknown): [string, string][] {
  return located(
    validateExceptions([
      { date: '2026-01-01', closed: true },
      { date: '2026-07-04', closed: true },
      { date: '2026-11-26', closed: true },
      entry,
    ]),
  )
}

describe('validateExceptions never throws', () => {
  it('gives not_an_array for null, a number and a string, at the root', () => {
    for (const input of [null, undefined, 42, 'holidays', { date: '2026-12-25', closed: true }]) {
      const issues = issuesOf(input)
      expect(issues.map((issue) => [issue.code, issue.path])).toEqual([['not_an_array', []]])
      expect(formatIssuePath(issues[0]!.path, 'exceptions')).toBe('exceptions')
    }
  })

  it('reports a revoked Proxy (as the list and as an entry) as unreadable', () => {
    const list = Proxy.revocable([], {})
    list.revoke()
    expect(issuesOf(list.proxy).map((issue) => [issue.code, issue.path])).toEqual([['unreadable', []]])

    const entry = Proxy.revocable({ date: '2026-12-25', closed: true }, {})
    entry.revoke()
    expect(issuesOf([entry.proxy]).map((issue) => [issue.code, issue.path])).toEqual([['unreadable', [0]]])
  })

  it('reports an entry whose getter throws, and a list item whose getter throws, as unreadable at that entry', () => {
    const throwingField = {
      closed: true,
      get date(): string {
        throw new Error('boom')
      },
    }
    const list: unknown[] = [{ date: '2026-12-24', closed: true }]
    Object.defineProperty(list, 1, {
      enumerable: true,
      get() {
        throw new Error('boom')
      },
    })
    list.push(throwingField)
    expect(located(validateExceptions(list))).toEqual([
      ['unreadable', 'exceptions[1]'],
      ['unreadable', 'exceptions[2]'],
    ])
  })

  it('reports unusable options as an issue instead of throwing', () => {
    expect(issuesOf([], 42 as never).map((issue) => [issue.code, issue.path])).toEqual([['not_an_object', ['options']]])
    expect(issuesOf([], { pathPrefix: 'calendar' } as never)[0]!.path).toEqual(['options', 'pathPrefix'])
    // An empty list is valid: no exceptions.
    expect(validateExceptions([])).toEqual({ ok: true, exceptions: [], warnings: [] })
  })
})

describe('each entry shape is accepted and read into frozen, normalized data', () => {
  it('{ date, closed: true, label } is a closed date with its label', () => {
    expect(exceptionsOf([{ date: '2026-12-25', closed: true, label: 'Christmas' }])).toEqual([
      { kind: 'date', date: '2026-12-25', hours: [], label: 'Christmas' },
    ])
  })

  it('{ date, hours } gives minute spans, sorted and merged (touching and overlapping), label null when absent', () => {
    const [entry] = exceptionsOf([
      {
        date: '2026-12-24',
        hours: [
          { time_open: 1400, time_close: 1700 },
          { time_open: 900, time_close: 1200 },
          { time_open: 1200, time_close: 1300 }, // touches 09:00–12:00
          { time_open: 1230, time_close: 1245 }, // inside 12:00–13:00
        ],
      },
    ])
    // 09:00–13:00 = minutes 540–780; 14:00–17:00 = 840–1020.
    expect(entry).toEqual({ kind: 'date', date: '2026-12-24', hours: [{ start: 540, end: 780 }, { start: 840, end: 1020 }], label: null })
    // hours: [] is a closed date, and 2400 is allowed as a close (minute 1440).
    expect(exceptionsOf([{ date: '2026-12-24', hours: [] }])[0]).toMatchObject({ hours: [] })
    expect(exceptionsOf([{ date: '2026-12-24', hours: [{ time_open: 0, time_close: 2400 }], label: null }])[0]).toEqual({
      kind: 'date',
      date: '2026-12-24',
      hours: [{ start: 0, end: 1440 }],
      label: null,
    })
  })

  it('{ from, to, closed | hours } is a range with both ends as written', () => {
    expect(
      exceptionsOf([
        { from: '2026-12-31', to: '2027-01-02', closed: true, label: 'New Year' },
        { from: '2027-07-01', to: '2027-07-01', hours: [{ time_open: 1000, time_close: 1430 }] },
      ]),
    ).toEqual([
      { kind: 'range', from: '2026-12-31', to: '2027-01-02', hours: [], label: 'New Year' },
      { kind: 'range', from: '2027-07-01', to: '2027-07-01', hours: [{ start: 600, end: 870 }], label: null },
    ])
  })

  it("{ date: '--12-25', … } is yearly, with its month and day", () => {
    expect(exceptionsOf([{ date: '--12-25', closed: true, label: 'Christmas' }])).toEqual([
      { kind: 'yearly', date: '--12-25', month: 12, day: 25, hours: [], label: 'Christmas' },
    ])
  })

  it('{ start, end, closed: true | open: true } is an instant span in epoch ms, whatever the offset notation', () => {
    expect(
      exceptionsOf([
        // 14:35Z to 11:10 EST (16:10Z)
        { start: '2026-12-01T14:35:00Z', end: '2026-12-01T11:10-05:00', closed: true, label: 'Power cut' },
        // Saturday 10:00–14:00 EST, written with +0000-less forms: a basic offset and a space
        { start: '2026-12-05 10:00-0500', end: '2026-12-05T19:00:00.000Z', open: true },
      ]),
    ).toEqual([
      { kind: 'instant', start: Date.UTC(2026, 11, 1, 14, 35), end: Date.UTC(2026, 11, 1, 16, 10), open: false, label: 'Power cut' },
      { kind: 'instant', start: Date.UTC(2026, 11, 5, 15), end: Date.UTC(2026, 11, 5, 19), open: true, label: null },
    ])
  })

  it('the output is frozen all the way down', () => {
    const exceptions = exceptionsOf([
      { date: '2026-12-24', hours: [{ time_open: 900, time_close: 1300 }] },
      { from: '2026-12-31', to: '2027-01-02', closed: true },
      { date: '--12-25', closed: true },
      { start: '2026-12-01T14:35:00Z', end: '2026-12-01T16:10:00Z', closed: true },
    ])
    expect(Object.isFrozen(exceptions)).toBe(true)
    for (const exception of exceptions) {
      expect(Object.isFrozen(exception)).toBe(true)
      if (exception.kind !== 'instant') {
        expect(Object.isFrozen(exception.hours)).toBe(true)
        for (const span of exception.hours) expect(Object.isFrozen(span)).toBe(true)
      }
    }
    expect(() => (exceptions as CalendarException[]).push(exceptions[0]!)).toThrow(TypeError)
    // parseExceptions gives the same frozen data.
    const parsed = parseExceptions([{ date: '--12-25', closed: true, label: 'Christmas' }])
    expect(parsed).toEqual([{ kind: 'yearly', date: '--12-25', month: 12, day: 25, hours: [], label: 'Christmas' }])
    expect(Object.isFrozen(parsed) && Object.isFrozen(parsed[0])).toBe(true)
  })
})

describe('issues are located and coded', () => {
  it('formatIssuePath renders [3, "date"] under the exceptions root as exceptions[3].date', () => {
    expect(formatIssuePath([3, 'date'], 'exceptions')).toBe('exceptions[3].date')
    expect(formatIssuePath([3, 'hours', 0, 'time_open'], 'exceptions')).toBe('exceptions[3].hours[0].time_open')
  })

  it('an impossible date 2026-02-30 is invalid_date, saying it is not on the calendar', () => {
    const result = validateExceptions([{ date: '2026-02-30', closed: true }])
    expect(located(result)).toEqual([['invalid_date', 'exceptions[0].date']])
    expect(!result.ok && result.issues[0]!.message).toMatch(/not a day on the calendar/)
    expect(atIndex3({ date: '2026-02-30', closed: true })).toEqual([['invalid_date', 'exceptions[3].date']])
    // 2026 is not a leap year, 2028 is.
    expect(atIndex3({ date: '2026-02-29', closed: true })).toEqual([['invalid_date', 'exceptions[3].date']])
    expect(validateExceptions([{ date: '2028-02-29', closed: true }]).ok).toBe(true)
  })

  it('a malformed date 2026-2-3 (and a non-string date) is invalid_date', () => {
    expect(atIndex3({ date: '2026-2-3', closed: true })).toEqual([['invalid_date', 'exceptions[3].date']])
    expect(atIndex3({ date: 20261225, closed: true })).toEqual([['invalid_date', 'exceptions[3].date']])
    expect(atIndex3({ from: '2026-12-24', to: '2026-13-01', closed: true })).toEqual([['invalid_date', 'exceptions[3].to']])
  })

  it('a range whose to is before its from is out_of_order at to; from = to is one date', () => {
    expect(atIndex3({ from: '2027-01-01', to: '2026-12-24', closed: true })).toEqual([['out_of_order', 'exceptions[3].to']])
    expect(exceptionsOf([{ from: '2026-12-24', to: '2026-12-24', closed: true }])).toHaveLength(1)
    // Half a range is missing_field at the missing end.
    expect(atIndex3({ from: '2026-12-24', closed: true })).toEqual([['missing_field', 'exceptions[3].to']])
  })

  it('an instant without a zone, 2026-12-01T14:35, is invalid_date and the message asks for a zone', () => {
    const result = validateExceptions([{ start: '2026-12-01T14:35', end: '2026-12-01T16:10Z', closed: true }])
    expect(located(result)).toEqual([['invalid_date', 'exceptions[0].start']])
    expect(!result.ok && result.issues[0]!.message).toMatch(/zone/)
    // A date alone, or an impossible clock reading, is not an instant either.
    expect(atIndex3({ start: '2026-12-01', end: '2026-12-01T16:10Z', closed: true })).toEqual([['invalid_date', 'exceptions[3].start']])
    expect(atIndex3({ start: '2026-12-01T24:30Z', end: '2026-12-02T16:10Z', closed: true })).toEqual([['invalid_date', 'exceptions[3].start']])
  })

  it('an instant with seconds, 2026-12-01T14:35:30Z, is not_whole_minute', () => {
    expect(atIndex3({ start: '2026-12-01T14:35:30Z', end: '2026-12-01T16:10Z', closed: true })).toEqual([['not_whole_minute', 'exceptions[3].start']])
    expect(atIndex3({ start: '2026-12-01T14:35Z', end: '2026-12-01T16:10:00.500Z', closed: true })).toEqual([['not_whole_minute', 'exceptions[3].end']])
    // :00 seconds are a whole minute.
    expect(validateExceptions([{ start: '2026-12-01T14:35:00Z', end: '2026-12-01T16:10:00.000Z', closed: true }]).ok).toBe(true)
  })

  it('start ≥ end is out_of_order at end', () => {
    expect(atIndex3({ start: '2026-12-01T16:10Z', end: '2026-12-01T14:35Z', closed: true })).toEqual([['out_of_order', 'exceptions[3].end']])
    // Equal instants, written in two offsets (09:35 EST = 14:35Z): an empty span.
    expect(atIndex3({ start: '2026-12-01T14:35Z', end: '2026-12-01T09:35-05:00', open: true })).toEqual([['out_of_order', 'exceptions[3].end']])
  })

  it('--02-30 (and --13-01, --04-31) is invalid_date; --02-29 is valid', () => {
    expect(atIndex3({ date: '--02-30', closed: true })).toEqual([['invalid_date', 'exceptions[3].date']])
    expect(atIndex3({ date: '--13-01', closed: true })).toEqual([['invalid_date', 'exceptions[3].date']])
    expect(atIndex3({ date: '--04-31', closed: true })).toEqual([['invalid_date', 'exceptions[3].date']])
    expect(exceptionsOf([{ date: '--02-29', closed: true }])).toEqual([{ kind: 'yearly', date: '--02-29', month: 2, day: 29, hours: [], label: null }])
  })

  it('hours break the record rules: open_at_2400, invalid_minutes, close_before_open, invert/work_day unknown_field', () => {
    const hours = (...blocks: object[]): [string, string][] => atIndex3({ date: '2026-12-24', hours: blocks })
    expect(hours({ time_open: 2400, time_close: 2400 })).toEqual([['open_at_2400', 'exceptions[3].hours[0].time_open']])
    expect(hours({ time_open: 900, time_close: 2460 })).toEqual([['invalid_minutes', 'exceptions[3].hours[0].time_close']])
    expect(hours({ time_open: 2460, time_close: 2400 })).toEqual([['invalid_minutes', 'exceptions[3].hours[0].time_open']])
    expect(hours({ time_open: 1300, time_close: 900 })).toEqual([['close_before_open', 'exceptions[3].hours[0].time_close']])
    // Equal open and close: nothing between them, also close_before_open (no 0–0 "whole day" here).
    expect(hours({ time_open: 900, time_close: 900 })).toEqual([['close_before_open', 'exceptions[3].hours[0].time_close']])
    expect(hours({ time_open: 900, time_close: 1300 }, { time_open: 1700, time_close: 900, invert: true })).toEqual([['unknown_field', 'exceptions[3].hours[1].invert']])
    expect(hours({ time_open: 900, time_close: 1300, work_day: true })).toEqual([['unknown_field', 'exceptions[3].hours[0].work_day']])
    expect(hours({ time_open: 900 })).toEqual([['missing_field', 'exceptions[3].hours[0].time_close']])
    expect(atIndex3({ date: '2026-12-24', hours: { time_open: 900, time_close: 1300 } })).toEqual([['not_an_array', 'exceptions[3].hours']])
  })

  it('an unknown entry field (colsed) is unknown_field, not dropped', () => {
    expect(atIndex3({ date: '2026-12-25', colsed: true })).toEqual([['unknown_field', 'exceptions[3].colsed']])
    expect(atIndex3({ date: '2026-12-25', closed: true, name: 'Christmas' })).toEqual([['unknown_field', 'exceptions[3].name']])
  })

  it('an entry with neither closed nor hours is missing_field at the entry', () => {
    expect(atIndex3({ date: '2026-12-25' })).toEqual([['missing_field', 'exceptions[3]']])
    expect(atIndex3({ start: '2026-12-01T14:35Z', end: '2026-12-01T16:10Z' })).toEqual([['missing_field', 'exceptions[3]']])
    // No date at all.
    expect(atIndex3({ closed: true })).toEqual([['missing_field', 'exceptions[3]']])
    expect(atIndex3('2026-12-25')).toEqual([['not_an_object', 'exceptions[3]']])
  })

  it('an entry with both closed and hours is conflicting_field; so are two date shapes at once', () => {
    expect(atIndex3({ date: '2026-12-25', closed: true, hours: [] })).toEqual([['conflicting_field', 'exceptions[3].hours']])
    expect(atIndex3({ start: '2026-12-01T14:35Z', end: '2026-12-01T16:10Z', closed: true, open: true })).toEqual([['conflicting_field', 'exceptions[3].open']])
    expect(atIndex3({ date: '2026-12-25', from: '2026-12-24', to: '2026-12-26', closed: true })).toEqual([['conflicting_field', 'exceptions[3]']])
  })

  it('closed: false is invalid_type (the other case is written hours: [...])', () => {
    expect(atIndex3({ date: '2026-12-25', closed: false })).toEqual([['invalid_type', 'exceptions[3].closed']])
    expect(atIndex3({ date: '2026-12-25', closed: 'yes' })).toEqual([['invalid_type', 'exceptions[3].closed']])
    expect(atIndex3({ start: '2026-12-01T14:35Z', end: '2026-12-01T16:10Z', open: false })).toEqual([['invalid_type', 'exceptions[3].open']])
  })

  it('open: true on a date entry is conflicting_field (dates open with hours); hours on an instant entry too', () => {
    expect(atIndex3({ date: '2026-12-26', open: true })).toEqual([['conflicting_field', 'exceptions[3].open']])
    expect(atIndex3({ start: '2026-12-01T14:35Z', end: '2026-12-01T16:10Z', hours: [] })).toEqual([['conflicting_field', 'exceptions[3].hours']])
  })

  it('a label that is not a string is invalid_type; over 200 characters is out_of_range; 200 is fine', () => {
    expect(atIndex3({ date: '2026-12-25', closed: true, label: 7 })).toEqual([['invalid_type', 'exceptions[3].label']])
    expect(atIndex3({ date: '2026-12-25', closed: true, label: 'x'.repeat(201) })).toEqual([['out_of_range', 'exceptions[3].label']])
    expect(exceptionsOf([{ date: '2026-12-25', closed: true, label: 'x'.repeat(200) }])[0]!.label).toHaveLength(200)
  })
})

describe('conflicts: entries of one kind giving one date (or instant) different hours', () => {
  it('two single dates on the same day with different hours: conflicting_exception at the later one, naming the earlier', () => {
    const result = validateExceptions([
      { date: '2026-12-24', hours: [{ time_open: 900, time_close: 1300 }] },
      { date: '2026-12-31', closed: true },
      { date: '2026-12-24', hours: [{ time_open: 900, time_close: 1200 }] },
    ])
    expect(located(result)).toEqual([['conflicting_exception', 'exceptions[2].date']])
    expect(!result.ok && result.issues[0]!.message).toMatch(/exception 2 .*exception 0/)
  })

  it('the same hours twice, however written (closed: true and hours: []), is no conflict', () => {
    expect(
      exceptionsOf([
        { date: '2026-12-25', closed: true, label: 'Christmas' },
        { date: '2026-12-25', hours: [] },
        { date: '2026-12-24', hours: [{ time_open: 900, time_close: 1300 }] },
        { date: '2026-12-24', hours: [{ time_open: 900, time_close: 1100 }, { time_open: 1100, time_close: 1300 }] },
        { date: '--01-01', closed: true },
        { date: '--01-01', hours: [] },
      ]),
    ).toHaveLength(6)
  })

  it('overlapping ranges with different hours conflict; ranges that only touch do not', () => {
    expect(
      located(
        validateExceptions([
          { from: '2026-12-24', to: '2026-12-31', closed: true },
          { from: '2026-12-31', to: '2027-01-02', hours: [{ time_open: 1000, time_close: 1400 }] },
        ]),
      ),
    ).toEqual([['conflicting_exception', 'exceptions[1].from']])
    expect(
      exceptionsOf([
        { from: '2026-12-24', to: '2026-12-30', closed: true },
        { from: '2026-12-31', to: '2027-01-02', hours: [{ time_open: 1000, time_close: 1400 }] },
        // Overlapping with the same hours is fine.
        { from: '2026-12-20', to: '2026-12-26', closed: true },
      ]),
    ).toHaveLength(3)
  })

  it('two yearly entries on the same month-day with different hours conflict', () => {
    const result = validateExceptions([
      { date: '--12-25', closed: true },
      { date: '--12-24', hours: [{ time_open: 900, time_close: 1300 }] },
      { date: '--12-25', hours: [{ time_open: 1000, time_close: 1200 }] },
    ])
    expect(located(result)).toEqual([['conflicting_exception', 'exceptions[2].date']])
    expect(!result.ok && result.issues[0]!.message).toMatch(/exception 0/)
  })

  it('overlapping instants, one open and one closed, conflict; touching ones do not', () => {
    expect(
      located(
        validateExceptions([
          { start: '2026-12-01T14:00Z', end: '2026-12-01T16:00Z', closed: true },
          { start: '2026-12-01T15:59Z', end: '2026-12-01T18:00Z', open: true },
        ]),
      ),
    ).toEqual([['conflicting_exception', 'exceptions[1].start']])
    expect(
      exceptionsOf([
        { start: '2026-12-01T14:00Z', end: '2026-12-01T16:00Z', closed: true },
        { start: '2026-12-01T16:00Z', end: '2026-12-01T18:00Z', open: true },
      ]),
    ).toHaveLength(2)
  })

  it('a single date inside a range (or on a yearly day) with other hours is NOT a conflict: precedence decides', () => {
    expect(
      exceptionsOf([
        { from: '2026-12-21', to: '2027-01-01', closed: true },
        { date: '2026-12-24', hours: [{ time_open: 900, time_close: 1300 }] },
        { date: '--12-24', hours: [{ time_open: 1000, time_close: 1100 }] },
        // An absolute span over the same day is another kind too.
        { start: '2026-12-24T15:00Z', end: '2026-12-24T16:00Z', open: true },
      ]),
    ).toHaveLength(4)
  })
})

describe('every error is reported, thrown as one BusinessHoursError, and paths can be prefixed', () => {
  it('two bad entries give two issues, and one entry with two problems gives both', () => {
    expect(
      located(
        validateExceptions([
          { date: '2026-02-30', closed: true },
          { date: '2026-12-24', hours: [{ time_open: 900, time_close: 1300 }] },
          { from: '2027-01-01', to: '2026-12-31', closed: true },
        ]),
      ),
    ).toEqual([
      ['invalid_date', 'exceptions[0].date'],
      ['out_of_order', 'exceptions[2].to'],
    ])
    expect(located(validateExceptions([{ date: '2026-2-3', closed: true, label: 42 }])).sort()).toEqual([
      ['invalid_date', 'exceptions[0].date'],
      ['invalid_type', 'exceptions[0].label'],
    ])
  })

  it('parseExceptions throws a BusinessHoursError whose message starts "Invalid exceptions ("', () => {
    let caught: unknown
    try {
      parseExceptions([
        { date: '2026-02-30', closed: true },
        { start: '2026-12-01T14:35', end: '2026-12-01T16:10Z', closed: true },
      ])
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(BusinessHoursError)
    const error = caught as BusinessHoursError
    expect(error.message.startsWith('Invalid exceptions (')).toBe(true)
    expect(error.message).toMatch(/^Invalid exceptions \(2 errors\): exceptions\[0\]\.date: .*; exceptions\[1\]\.start: /)
    expect(error.issues.map((issue) => issue.path)).toEqual([
      [0, 'date'],
      [1, 'start'],
    ])
    expect(() => parseExceptions(null)).toThrow(/^Invalid exceptions \(1 error\)/)
  })

  it("validateExceptions(x, { pathPrefix: ['calendar'] }) prefixes every path, conflicts included", () => {
    const issues = issuesOf(
      [
        { date: '2026-02-30', closed: true },
        { date: '--12-25', closed: true },
        { date: '--12-25', hours: [{ time_open: 900, time_close: 1200 }] },
      ],
      { pathPrefix: ['calendar'] },
    )
    // The bad date stops the conflict check (it runs over valid entries only): one issue.
    expect(issues.map((issue) => issue.path)).toEqual([['calendar', 0, 'date']])
    expect(formatIssuePath(issues[0]!.path, 'exceptions')).toBe('calendar[0].date')
    const conflict = issuesOf(
      [
        { date: '--12-25', closed: true },
        { date: '--12-25', hours: [{ time_open: 900, time_close: 1200 }] },
      ],
      { pathPrefix: ['target', 'exceptions'] },
    )
    expect(conflict.map((issue) => [issue.code, formatIssuePath(issue.path)])).toEqual([['conflicting_exception', 'target.exceptions[1].date']])
    expect(issuesOf(42, { pathPrefix: ['calendar'] }).map((issue) => issue.path)).toEqual([['calendar']])
  })
})

describe('bounded work for many entries', () => {
  it('50,000 dates, each with hours of its own, compile and answer (the time it takes is in bench/calendar.bench.mjs)', () => {
    const military = (minute: number): number => Math.floor(minute / 60) * 100 + (minute % 60)
    // Entry i opens at minute i % 600 and closes at minute 720 + ⌊i / 600⌋: 50,000 different pairs.
    const day0 = Date.UTC(2000, 0, 1)
    const entries = Array.from({ length: 50_000 }, (_, i) => ({
      date: new Date(day0 + i * 86_400_000).toISOString().slice(0, 10),
      hours: [{ time_open: military(i % 600), time_close: military(720 + Math.floor(i / 600)) }],
    }))
    const calendar = withExceptions(scheduleFromIntervals([]), entries)
    expect(calendar.exceptions).toHaveLength(50_000)
    // Entry 36,857 is 2100-11-29: opens at minute 257 (04:17), closes at minute 720 + 61 (13:01).
    const date = new Date(day0 + 36_857 * 86_400_000).toISOString().slice(0, 10)
    expect(date).toBe('2100-11-29')
    expect(hoursOn(calendar, date, 'UTC', EPOCH_MS)).toEqual([{ start: Date.parse(`${date}T04:17:00Z`), end: Date.parse(`${date}T13:01:00Z`) }])
  })
})
