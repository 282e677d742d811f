import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatIssuePath, validateBusinessHours, type Issue, type ValidationResult } from '../../src/index'
import { businessHourListArb } from '../arbitraries'
import { isValidRecordList, minuteModelOfRecords, minuteModelOfSchedule } from '../oracles/minuteModel'
import { fieldValueArb, looseRecordListArb, randomFieldRecordArb, runs, withShuffle } from './arbitraries'
import { API_EXAMPLE_RECORDS } from '../apiExample'

const WEEKDAYS_9_TO_5 = [1, 2, 3, 4, 5].map((day) => ({ day_of_week: day, time_open: 900, time_close: 1700 }))
const WEEKEND_OFF = [0, 6].map((day) => ({ day_of_week: day, work_day: false }))

/** The errors of an input that must fail. */
function errorsOf(input: unknown, options?: Parameters<typeof validateBusinessHours>[1]): readonly Issue[] {
  const result = validateBusinessHours(input, options)
  if (result.ok) throw new Error(`expected errors, got a schedule: ${JSON.stringify(result.schedule)}`)
  expect(result.issues.length).toBeGreaterThan(0)
  for (const issue of result.issues) expect(issue.severity).toBe('error')
  return result.issues
}

/** The one error of a one-record input (other days are given so that only this record matters). */
function onlyError(record: unknown): Issue {
  const issues = errorsOf([record])
  expect(issues).toHaveLength(1)
  return issues[0]!
}

function okResult(input: unknown, options?: Parameters<typeof validateBusinessHours>[1]): Extract<ValidationResult, { ok: true }> {
  const result = validateBusinessHours(input, options)
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.issues)}`)
  return result
}

function codes(issues: readonly Issue[]): string[] {
  return issues.map((issue) => issue.code)
}

describe('validateBusinessHours: examples', () => {
  it('reads the API document example (open 24 h, Wednesday 0–1200) with no warnings', () => {
    const records = API_EXAMPLE_RECORDS
    const result = okResult(records)
    expect(result.schedule.intervals).toEqual([
      { start: 0, end: 3 * 1440 + 720 },
      { start: 4 * 1440, end: 10080 },
    ])
    expect(result.warnings).toEqual([])
  })

  it('applies the defaults: time_open 0, time_close 2400, work_day true, invert false', () => {
    const result = okResult([0, 1, 2, 3, 4, 5, 6].map((day) => ({ day_of_week: day })))
    expect(result.schedule.intervals).toEqual([{ start: 0, end: 10080 }])
    expect(result.warnings).toEqual([])
    expect(okResult([{ day_of_week: 2, time_open: 1300 }]).schedule.intervals).toEqual([{ start: 2 * 1440 + 780, end: 3 * 1440 }])
    expect(okResult([{ day_of_week: 2, time_close: 130 }]).schedule.intervals).toEqual([{ start: 2 * 1440, end: 2 * 1440 + 90 }])
  })

  it('covers [time_open, time_close): 0900–1700 is minutes 540 to 1020 of the day', () => {
    const result = okResult([...WEEKDAYS_9_TO_5, ...WEEKEND_OFF])
    expect(result.schedule.intervals).toEqual([1, 2, 3, 4, 5].map((d) => ({ start: d * 1440 + 540, end: d * 1440 + 1020 })))
    expect(result.warnings).toEqual([])
  })

  it('invert closes the span and opens the rest of that day only', () => {
    const result = okResult([{ day_of_week: 1, time_open: 1200, time_close: 1300, invert: true }])
    expect(result.schedule.intervals).toEqual([
      { start: 1440, end: 1440 + 720 },
      { start: 1440 + 780, end: 2880 },
    ])
  })

  it('accepts `inverted` as an alias of invert, alone or agreeing', () => {
    const expected = [{ start: 1440, end: 1440 + 720 }, { start: 1440 + 780, end: 2880 }]
    expect(okResult([{ day_of_week: 1, time_open: 1200, time_close: 1300, inverted: true }]).schedule.intervals).toEqual(expected)
    expect(okResult([{ day_of_week: 1, time_open: 1200, time_close: 1300, invert: true, inverted: true }]).schedule.intervals).toEqual(expected)
    expect(okResult([{ day_of_week: 1, time_open: 1200, time_close: 1300, invert: false, inverted: false }]).schedule.intervals).toEqual([
      { start: 1440 + 720, end: 1440 + 780 },
    ])
  })

  it('time_open == time_close: an empty block (warning) when plain, the whole day when inverted', () => {
    const plain = okResult([{ day_of_week: 4, time_open: 900, time_close: 900 }])
    expect(plain.schedule.intervals).toEqual([])
    const empty = plain.warnings.filter((w) => w.code === 'empty_block')
    expect(empty).toHaveLength(1)
    expect(empty[0]).toMatchObject({ severity: 'warning', path: [0, 'time_close'] })
    expect(empty[0]!.message).toContain('900')

    const inverted = okResult([{ day_of_week: 4, time_open: 900, time_close: 900, invert: true }])
    expect(inverted.schedule.intervals).toEqual([{ start: 4 * 1440, end: 5 * 1440 }])
    expect(codes(inverted.warnings)).not.toContain('empty_block')
  })

  it('gives no empty_block warning on a day off (work_day false)', () => {
    const result = okResult([{ day_of_week: 4, time_open: 900, time_close: 900, work_day: false }])
    expect(codes(result.warnings)).not.toContain('empty_block')
    expect(result.schedule.intervals).toEqual([])
  })

  it('inverting 0–2400 closes the whole day', () => {
    expect(okResult([{ day_of_week: 0, invert: true }]).schedule.intervals).toEqual([])
  })

  it('opens a day where any of its records is open: a lunch break as two blocks', () => {
    const result = okResult([
      { day_of_week: 2, time_open: 1300, time_close: 1700 },
      { day_of_week: 2, time_open: 900, time_close: 1200 },
    ])
    expect(result.schedule.intervals).toEqual([
      { start: 2880 + 540, end: 2880 + 720 },
      { start: 2880 + 780, end: 2880 + 1020 },
    ])
  })

  it('merges overlapping and touching records of one day', () => {
    const result = okResult([
      { day_of_week: 2, time_open: 900, time_close: 1200 },
      { day_of_week: 2, time_open: 1200, time_close: 1300 },
      { day_of_week: 2, time_open: 1100, time_close: 1400 },
    ])
    expect(result.schedule.intervals).toEqual([{ start: 2880 + 540, end: 2880 + 840 }])
  })

  it('work_day false on any record closes the whole day; a disagreement warns at that record', () => {
    const result = okResult([
      { day_of_week: 5, time_open: 900, time_close: 1700 },
      { day_of_week: 5, time_open: 0, time_close: 2400, work_day: false },
      { day_of_week: 6, time_open: 900, time_close: 1000 },
    ])
    expect(result.schedule.intervals).toEqual([{ start: 6 * 1440 + 540, end: 6 * 1440 + 600 }])
    const conflicts = result.warnings.filter((w) => w.code === 'conflicting_work_day')
    expect(conflicts).toHaveLength(1)
    expect(conflicts[0]).toMatchObject({ severity: 'warning', path: [1, 'work_day'] })
    expect(conflicts[0]!.message).toContain('Friday')
  })

  it('a day with no record is closed, with one missing_day warning per day', () => {
    const result = okResult([{ day_of_week: 1, time_open: 900, time_close: 1700 }])
    expect(result.schedule.intervals).toEqual([{ start: 1980, end: 2460 }])
    const missing = result.warnings.filter((w) => w.code === 'missing_day')
    expect(missing).toHaveLength(6)
    for (const warning of missing) expect(warning.severity).toBe('warning')
    expect(missing.map((w) => w.message).join(' ')).toMatch(/Sunday.*Tuesday.*Wednesday.*Thursday.*Friday.*Saturday/)
  })

  it('no records at all is open 24/7, with a no_records warning', () => {
    const result = okResult([])
    expect(result.schedule.intervals).toEqual([{ start: 0, end: 10080 }])
    expect(codes(result.warnings)).toEqual(['no_records'])
    expect(result.warnings[0]!.path).toEqual([])
  })

  it('leaves out records with _destroy: true; all destroyed is like no records', () => {
    const result = okResult([
      ...WEEKDAYS_9_TO_5,
      ...WEEKEND_OFF,
      { id: 9, day_of_week: 1, time_open: 0, time_close: 2400, _destroy: true },
    ])
    expect(result.schedule.intervals).toHaveLength(5)
    expect(result.schedule.intervals[0]).toEqual({ start: 1980, end: 2460 })

    const allGone = okResult([{ id: 9, day_of_week: 1, _destroy: true }])
    expect(allGone.schedule.intervals).toEqual([{ start: 0, end: 10080 }])
    expect(codes(allGone.warnings)).toEqual(['no_records'])
  })

  it('checks only id and _destroy on a destroyed record (decision: it is about to be deleted)', () => {
    const result = okResult([{ id: 9, day_of_week: 99, time_open: 'soon', _destroy: true }, ...WEEKDAYS_9_TO_5, ...WEEKEND_OFF])
    expect(result.schedule.intervals).toHaveLength(5)
    expect(codes(errorsOf([{ id: -1, _destroy: true }]))).toEqual(['out_of_range'])
    expect(errorsOf([{ id: -1, _destroy: true }])[0]!.path).toEqual([0, 'id'])
  })

  it('_destroy: false keeps the record; a non-boolean _destroy is an error', () => {
    expect(okResult([{ day_of_week: 1, time_open: 900, time_close: 1700, _destroy: false }]).schedule.intervals).toEqual([
      { start: 1980, end: 2460 },
    ])
    const issue = onlyError({ day_of_week: 1, _destroy: 'yes' })
    expect(issue).toMatchObject({ code: 'invalid_type', path: [0, '_destroy'] })
  })

  it('ignores unknown extra fields (target_id, timestamps, anything else)', () => {
    const plain = okResult([...WEEKDAYS_9_TO_5, ...WEEKEND_OFF])
    const decorated = okResult(
      [...WEEKDAYS_9_TO_5, ...WEEKEND_OFF].map((r, i) => ({
        ...r,
        id: i + 1,
        target_id: 7,
        created_at: '2015-08-31T17:48:46.995Z',
        updated_at: 'not even a date',
        colour: { nested: [1, 2, 3] },
      })),
    )
    expect(decorated.schedule).toEqual(plain.schedule)
    expect(decorated.warnings).toEqual([])
  })

  it('record order never matters', () => {
    const records = [...WEEKDAYS_9_TO_5, ...WEEKEND_OFF, { day_of_week: 3, time_open: 1800, time_close: 2000 }]
    expect(okResult([...records].reverse()).schedule).toEqual(okResult(records).schedule)
  })
})

describe('validateBusinessHours: bad input', () => {
  it('not an array', () => {
    for (const input of [undefined, null, 42, 'business hours', { day_of_week: 1 }, true]) {
      const issues = errorsOf(input)
      expect(issues).toHaveLength(1)
      expect(issues[0]).toMatchObject({ code: 'not_an_array', path: [] })
      expect(issues[0]!.message).toMatch(/expected an array/)
      expect(formatIssuePath(issues[0]!.path)).toBe('business_hours')
    }
    expect(errorsOf({ day_of_week: 1 })[0]!.message).toContain('an object')
    expect(errorsOf(null)[0]!.message).toContain('null')
  })

  it('a record that is not an object', () => {
    for (const record of [null, 3, 'monday', [1, 900, 1700], true]) {
      const issue = onlyError(record)
      expect(issue).toMatchObject({ code: 'not_an_object', path: [0] })
      expect(issue.message).toMatch(/expected a record object/)
    }
    expect(onlyError([1, 900, 1700]).message).toContain('an array')
  })

  it('missing day_of_week', () => {
    const issue = onlyError({ time_open: 900, time_close: 1700 })
    expect(issue).toMatchObject({ code: 'missing_field', path: [0, 'day_of_week'] })
    expect(issue.message).toContain('day_of_week is required')
  })

  it('non-integer day_of_week', () => {
    expect(onlyError({ day_of_week: 1.5 })).toMatchObject({ code: 'not_an_integer', path: [0, 'day_of_week'] })
    expect(onlyError({ day_of_week: '3' })).toMatchObject({ code: 'invalid_type', path: [0, 'day_of_week'] })
    expect(onlyError({ day_of_week: '3' }).message).toContain('the string "3"')
    expect(onlyError({ day_of_week: null })).toMatchObject({ path: [0, 'day_of_week'] })
    expect(onlyError({ day_of_week: true })).toMatchObject({ code: 'invalid_type', path: [0, 'day_of_week'] })
  })

  it('day_of_week out of 0–6', () => {
    for (const day of [-1, 7, 9, 100]) {
      const issue = onlyError({ day_of_week: day })
      expect(issue).toMatchObject({ code: 'out_of_range', path: [0, 'day_of_week'] })
      expect(issue.message).toContain(String(day))
      expect(issue.message).toContain('0–6')
    }
  })

  it('times outside 0–2400', () => {
    for (const [field, value] of [['time_open', -100], ['time_close', -1], ['time_close', 2500], ['time_open', 9900]] as const) {
      const issue = onlyError({ day_of_week: 1, [field]: value })
      expect(issue).toMatchObject({ code: 'out_of_range', path: [0, field] })
      expect(issue.message).toContain(String(value))
      expect(issue.message).toContain('0–2400')
    }
  })

  it('minutes ≥ 60', () => {
    const issue = onlyError({ day_of_week: 1, time_open: 960 })
    expect(issue).toMatchObject({ code: 'invalid_minutes', path: [0, 'time_open'] })
    expect(issue.message).toBe('time_open 960 is not military time: the minutes must be 00–59')
    expect(onlyError({ day_of_week: 1, time_close: 1799 })).toMatchObject({ code: 'invalid_minutes', path: [0, 'time_close'] })
  })

  it('time_close 2460 reads as bad minutes, exactly as the issue words it', () => {
    // 2460 is both over 2400 and has minutes 60; the issue's own example message is about the minutes.
    const issues = errorsOf([{ ...WEEKDAYS_9_TO_5[0], day_of_week: 3, time_close: 2460 }])
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({ code: 'invalid_minutes', path: [0, 'time_close'] })
    expect(issues[0]!.message).toBe('time_close 2460 is not military time: the minutes must be 00–59')
  })

  it('non-integer times', () => {
    const issue = onlyError({ day_of_week: 1, time_open: 930.5 })
    expect(issue).toMatchObject({ code: 'not_an_integer', path: [0, 'time_open'] })
    expect(issue.message).toContain('930.5')
  })

  it('NaN and ±Infinity', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      for (const field of ['time_open', 'time_close', 'day_of_week'] as const) {
        const issue = onlyError({ day_of_week: 1, [field]: value })
        expect(issue).toMatchObject({ code: 'not_an_integer', path: [0, field] })
        expect(issue.message).toContain(String(value))
      }
    }
  })

  it('strings are not times, with a hint to parseMilitaryTime', () => {
    for (const value of ['0900', '9:30 am', '']) {
      const issue = onlyError({ day_of_week: 1, time_open: value })
      expect(issue).toMatchObject({ code: 'invalid_type', path: [0, 'time_open'] })
      expect(issue.message).toContain('parseMilitaryTime')
      expect(issue.message).toContain(JSON.stringify(value))
    }
    expect(onlyError({ day_of_week: 1, time_close: true })).toMatchObject({ code: 'invalid_type', path: [0, 'time_close'] })
    expect(onlyError({ day_of_week: 1, time_close: true }).message).not.toContain('parseMilitaryTime')
  })

  it('time_open 2400', () => {
    const issue = onlyError({ day_of_week: 1, time_open: 2400, time_close: 2400 })
    expect(issue).toMatchObject({ code: 'open_at_2400', path: [0, 'time_open'] })
    expect(issue.message).toContain('2400')
    expect(onlyError({ day_of_week: 1, time_open: 2400 }).code).toBe('open_at_2400')
  })

  it('close before open points to invert', () => {
    const issue = onlyError({ day_of_week: 5, time_open: 2200, time_close: 200 })
    expect(issue).toMatchObject({ code: 'close_before_open', path: [0, 'time_close'] })
    expect(issue.message).toContain('invert')
    expect(issue.message).toContain('200')
    expect(issue.message).toContain('2200')
    expect(onlyError({ day_of_week: 5, time_open: 1000, time_close: 959 }).code).toBe('close_before_open')
  })

  it('non-boolean work_day / invert / inverted', () => {
    for (const field of ['work_day', 'invert', 'inverted'] as const) {
      for (const value of [1, 0, 'true', null]) {
        const issue = onlyError({ day_of_week: 1, [field]: value })
        expect(issue).toMatchObject({ code: 'invalid_type', path: [0, field] })
        expect(issue.message).toContain(field)
      }
    }
  })

  it('conflicting invert / inverted', () => {
    const issue = onlyError({ day_of_week: 1, time_open: 900, time_close: 1700, invert: true, inverted: false })
    expect(issue).toMatchObject({ code: 'conflicting_invert', path: [0, 'inverted'] })
    expect(issue.message).toMatch(/invert/)
    expect(onlyError({ day_of_week: 1, invert: false, inverted: true }).code).toBe('conflicting_invert')
  })

  it('duplicate ids', () => {
    const issues = errorsOf([
      { id: 43, day_of_week: 0 },
      { id: 44, day_of_week: 1 },
      { id: 43, day_of_week: 2 },
      { id: 43, day_of_week: 3 },
    ])
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['duplicate_id', [2, 'id']],
      ['duplicate_id', [3, 'id']],
    ])
    expect(issues[0]!.message).toContain('43')
    expect(issues[0]!.message).toContain('record 0')
  })

  it('ids must be positive integers (decision); null is no id', () => {
    // One rule, one code, as for target and cap ids: the type, then integrality, then the range.
    const cases: [unknown, string][] = [[0, 'out_of_range'], [-3, 'out_of_range'], [1.5, 'not_an_integer'], ['43', 'invalid_type'], [Number.NaN, 'not_an_integer'], [2 ** 60, 'out_of_range']]
    for (const [id, code] of cases) {
      expect(onlyError({ id, day_of_week: 1 })).toMatchObject({ code, path: [0, 'id'] })
    }
    expect(okResult([{ id: null, day_of_week: 1 }, { id: null, day_of_week: 2 }]).schedule.intervals).toEqual([{ start: 1440, end: 4320 }])
  })

  it('__proto__ keys do not pollute and the record is judged on its own fields', () => {
    const input = JSON.parse(
      '[{"__proto__": {"day_of_week": 3, "polluted": true}, "day_of_week": 1, "time_open": 900, "time_close": 1700},' +
        ' {"__proto__": {"day_of_week": 3, "time_open": 100}}]',
    ) as unknown[]
    const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort()
    const result = validateBusinessHours(input)
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys)
    expect(({} as Record<string, unknown>).day_of_week).toBeUndefined()
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(result.ok).toBe(false)
    if (result.ok) return
    // The second record has only a `__proto__` key: its day_of_week is missing, not 3.
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([['missing_field', [1, 'day_of_week']]])

    // The first alone is Monday 0900–1700: the `__proto__` key's contents count for nothing.
    const first = okResult([input[0]])
    expect(first.schedule.intervals).toEqual([{ start: 1980, end: 2460 }])
    expect(({} as Record<string, unknown>).day_of_week).toBeUndefined()
  })

  it('inherited fields do not count', () => {
    const record = Object.create({ day_of_week: 3 }) as object
    expect(onlyError(record)).toMatchObject({ code: 'missing_field', path: [0, 'day_of_week'] })
  })

  it('reports every issue, in every record, not the first', () => {
    const issues = errorsOf([
      { day_of_week: 9, time_open: 2400, time_close: 'x', work_day: 1, invert: 'no' },
      { day_of_week: 1, time_open: 900, time_close: 1700 },
      'not a record',
      { time_open: 960, time_close: 2460, invert: true, inverted: false },
      { day_of_week: 2, time_open: 1700, time_close: 900 },
    ])
    // Every problem is there; the order within one record is not part of the contract.
    expect(issues.map((i) => `${formatIssuePath(i.path)} ${i.code}`).sort()).toEqual([
      'business_hours[0].day_of_week out_of_range',
      'business_hours[0].time_open open_at_2400',
      'business_hours[0].time_close invalid_type',
      'business_hours[0].work_day invalid_type',
      'business_hours[0].invert invalid_type',
      'business_hours[2] not_an_object',
      'business_hours[3].day_of_week missing_field',
      'business_hours[3].time_open invalid_minutes',
      'business_hours[3].time_close invalid_minutes',
      'business_hours[3].inverted conflicting_invert',
      'business_hours[4].time_close close_before_open',
    ].sort())
    expect(issues).toHaveLength(11)
  })

  it('issues carry expected and received in words', () => {
    const issue = onlyError({ day_of_week: 1, time_close: 'late' })
    expect(issue.expected).toMatch(/military time/)
    expect(issue.received).toBe('the string "late"')
  })

  it('renders paths like business_hours[3].time_close', () => {
    const records: unknown[] = [...WEEKDAYS_9_TO_5.slice(0, 3), { day_of_week: 4, time_open: 900, time_close: 2500 }]
    const issues = errorsOf(records)
    expect(issues[0]!.path).toEqual([3, 'time_close'])
    expect(formatIssuePath(issues[0]!.path)).toBe('business_hours[3].time_close')
    expect(formatIssuePath([3, 'time_close'], 'records')).toBe('records[3].time_close')
    expect(formatIssuePath([0, 'weird key'])).toBe('business_hours[0]["weird key"]')
  })

  it('pathPrefix roots every path elsewhere, errors and warnings', () => {
    const pathPrefix = ['target', 'business_hours'] as const
    const issues = errorsOf([...WEEKDAYS_9_TO_5.slice(0, 3), { day_of_week: 4, time_close: 2500 }], { pathPrefix })
    expect(issues[0]!.path).toEqual(['target', 'business_hours', 3, 'time_close'])
    expect(formatIssuePath(issues[0]!.path)).toBe('target.business_hours[3].time_close')
    expect(errorsOf('x', { pathPrefix })[0]!.path).toEqual(['target', 'business_hours'])

    const warned = okResult([{ day_of_week: 1, time_open: 900, time_close: 900 }], { pathPrefix })
    expect(warned.warnings.length).toBe(7)
    for (const warning of warned.warnings) expect(warning.path.slice(0, 2)).toEqual(['target', 'business_hours'])
    expect(warned.warnings.find((w) => w.code === 'empty_block')!.path).toEqual(['target', 'business_hours', 0, 'time_close'])
    expect(okResult([], { pathPrefix }).warnings[0]!.path).toEqual(['target', 'business_hours'])
  })

  it('keeps warnings beside errors when there are errors', () => {
    const result = validateBusinessHours([{ day_of_week: 1, time_open: 900, time_close: 900 }, { day_of_week: 8 }])
    expect(result.ok).toBe(false)
    expect(codes(result.warnings)).toContain('empty_block')
  })

  it('validates 100,000 records and gets them right', () => {
    const records = Array.from({ length: 100_000 }, (_, i) => {
      const day = i % 7
      const hour = Math.floor(i / 7) % 20
      return { id: i + 1, day_of_week: day, time_open: hour * 100, time_close: hour * 100 + 30 }
    })
    records[99_999] = { id: 100_000, day_of_week: 6, time_open: 2300, time_close: 2400 }
    const result = okResult(records)
    const expected: { start: number; end: number }[] = []
    for (let day = 0; day < 7; day++) {
      for (let hour = 0; hour < 20; hour++) expected.push({ start: day * 1440 + hour * 60, end: day * 1440 + hour * 60 + 30 })
    }
    expected.push({ start: 6 * 1440 + 1380, end: 10080 })
    expect(result.schedule.intervals).toEqual(expected)
    expect(result.warnings).toEqual([])

    const withErrors = records.map((r, i) => (i % 1000 === 0 ? { ...r, time_close: 2460 } : r))
    expect(errorsOf(withErrors)).toHaveLength(100)
  })

  it('never throws on a record whose getter throws, or a proxy whose traps throw', () => {
    const throwing = { get day_of_week(): number { throw new Error('boom') } }
    const trapAll = new Proxy({}, { get() { throw new Error('trap') }, getOwnPropertyDescriptor() { throw new Error('trap') }, has() { throw new Error('trap') } })
    for (const input of [[throwing], [trapAll]]) {
      let result: ValidationResult | undefined
      expect(() => { result = validateBusinessHours(input) }).not.toThrow()
      expect(result!.ok).toBe(false)
      if (!result!.ok) expect(result!.issues[0]!.path).toEqual([0])
    }
  })

  it('never throws on an array whose element getter throws', () => {
    const hostileArray: unknown[] = []
    Object.defineProperty(hostileArray, 0, { get() { throw new Error('boom') }, enumerable: true })
    let result: ValidationResult | undefined
    expect(() => { result = validateBusinessHours(hostileArray) }).not.toThrow()
    expect(result!.ok).toBe(false)
  })

  it('never throws on revoked proxies, as the input or as a record', () => {
    const revokedRecord = Proxy.revocable({}, {})
    revokedRecord.revoke()
    const revokedArray = Proxy.revocable([], {})
    revokedArray.revoke()
    for (const input of [[revokedRecord.proxy], revokedArray.proxy]) {
      let result: ValidationResult | undefined
      expect(() => { result = validateBusinessHours(input) }).not.toThrow()
      expect(result!.ok).toBe(false)
    }
  })
})

describe('validateBusinessHours: properties', () => {
  it('never throws on anything', () => {
    fc.assert(
      fc.property(
        fc.anything({ withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withSparseArray: true, withTypedArray: true }),
        (input) => {
          const result = validateBusinessHours(input)
          expect(typeof result.ok).toBe('boolean')
        },
      ),
      { numRuns: runs(300, 3000) },
    )
  })

  it('never throws on arrays of anything, and every issue is located inside the input', () => {
    fc.assert(
      fc.property(fc.array(fc.anything({ withNullPrototype: true, withBoxedValues: true, withSparseArray: true })), (input) => {
        const result = validateBusinessHours(input)
        if (!result.ok) {
          for (const issue of result.issues) {
            expect(typeof issue.path[0]).toBe('number')
            expect(issue.path[0] as number).toBeLessThan(input.length)
            expect(issue.message.length).toBeGreaterThan(0)
          }
        }
      }),
      { numRuns: runs(200, 2000) },
    )
  })

  it('on records with random field values: never throws, and ok exactly when the naive checker says valid', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(randomFieldRecordArb, looseRecordListArb.map((l) => l[0] ?? {}))), (input) => {
        const result = validateBusinessHours(input)
        expect(result.ok).toBe(isValidRecordList(input))
        if (result.ok) expect(Array.from(minuteModelOfSchedule(result.schedule))).toEqual(Array.from(minuteModelOfRecords(input)))
      }),
      { numRuns: runs(300, 3000) },
    )
  })

  it('valid lists are ok, and warnings say which days are missing or in conflict', () => {
    fc.assert(
      fc.property(looseRecordListArb, (records) => {
        const result = okResult(records)
        const live = records.filter((r) => r._destroy !== true)
        const byDay = [0, 1, 2, 3, 4, 5, 6].map((day) => live.filter((r) => r.day_of_week === day))
        const count = (code: string) => result.warnings.filter((w) => w.code === code).length
        expect(count('no_records')).toBe(live.length === 0 ? 1 : 0)
        expect(count('missing_day')).toBe(live.length === 0 ? 0 : byDay.filter((d) => d.length === 0).length)
        expect(count('conflicting_work_day')).toBe(
          byDay.filter((d) => d.some((r) => r.work_day === false) && d.some((r) => r.work_day !== false)).length,
        )
        for (const warning of result.warnings) expect(warning.severity).toBe('warning')
      }),
      { numRuns: runs(200, 2000) },
    )
  })

  it('errors do not depend on record order beyond their indices', () => {
    fc.assert(
      fc.property(withShuffle(fc.array(fc.oneof(randomFieldRecordArb, fieldValueArb), { maxLength: 8 })), ([list, shuffled]) => {
        const a = validateBusinessHours(list)
        const b = validateBusinessHours(shuffled)
        expect(b.ok).toBe(a.ok)
        // duplicate_id moves to whichever copy comes second, so compare counts per code.
        const tally = (r: ValidationResult) => (r.ok ? [] : r.issues.map((i) => `${i.code} ${i.path.slice(1).join('.')}`).sort())
        expect(tally(b)).toEqual(tally(a))
      }),
      { numRuns: runs(200, 2000) },
    )
  })

  it('the shared valid list generator always validates', () => {
    fc.assert(
      fc.property(businessHourListArb, (records) => {
        const result = okResult(records)
        expect(codes(result.warnings).filter((c) => c === 'missing_day' || c === 'no_records')).toEqual([])
      }),
      { numRuns: runs(100, 1000) },
    )
  })
})
