/**
 * parseTarget / validateTarget (issue 6): the API's target JSON to the typed Target, with every
 * error located from `target`.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BusinessHoursError, formatIssuePath } from '../../src/ground/issues'
import { parseTarget, validateTarget } from '../../src/routing/parseTarget'
import type { Issue } from '../../src/ground/issues'
import { API_EXAMPLE_RESPONSE } from '../apiExample'
import { businessHourListArb } from '../arbitraries'
import { runs } from './arbitraries'

/** The API's answer to `POST /targets.json` in the API document, with a zone added. */
const API_RESPONSE = { target: { ...API_EXAMPLE_RESPONSE.target, time_zone: 'Eastern Time (US & Canada)' } }

const paths = (issues: readonly Issue[]) => issues.map((issue) => formatIssuePath(issue.path, 'target'))

function issuesOf(input: unknown): readonly Issue[] {
  const result = validateTarget(input)
  if (result.ok) throw new Error('expected errors')
  return result.issues
}

describe('parseTarget', () => {
  it('reads the API response of the API document', () => {
    const target = parseTarget(API_RESPONSE)
    expect(target).toEqual({
      id: 7,
      name: null,
      number: '+18668987878',
      timeZone: 'America/New_York',
      // Open all week except Wednesday 12:00–24:00 (Wednesday = 4320–5760).
      schedule: { intervals: [{ start: 0, end: 4320 + 720 }, { start: 5760, end: 10080 }] },
      paused: false,
      concurrencyCap: null,
      callsInProgress: 0,
      priority: 1,
      weight: 1,
      caps: [
        { id: 35, type: 'Daily', cap: null, filled: 0 },
        { id: 33, type: 'Hard', cap: 100, filled: 0 },
        { id: 34, type: 'Hourly', cap: null, filled: 0 },
        { id: 36, type: 'Monthly', cap: null, filled: 0 },
      ],
    })
  })

  it('reads the bare object the same way', () => {
    expect(parseTarget(API_RESPONSE.target)).toEqual(parseTarget(API_RESPONSE))
  })

  it('fills in what is left out: UTC, open 24/7, not paused, priority 1, weight 1, no caps', () => {
    expect(parseTarget({ name: null })).toEqual({
      id: null,
      name: null,
      number: null,
      // the default zone, resolved: 'UTC'
      timeZone: 'UTC',
      schedule: { intervals: [{ start: 0, end: 10080 }] },
      paused: false,
      concurrencyCap: null,
      callsInProgress: 0,
      priority: 1,
      weight: 1,
      caps: [],
    })
    // null where the API sends null
    expect(parseTarget({ time_zone: null, business_hours: null, caps: null, concurrency_cap: null, name: null })).toEqual(parseTarget({ name: null }))
  })

  it('keeps negative priorities and zero weights, concurrency caps and counts', () => {
    const target = parseTarget({ priority: -5, weight: 0, concurrency_cap: 3, calls_in_progress: 2, paused: true, name: 'Sales' })
    expect(target).toMatchObject({ priority: -5, weight: 0, concurrencyCap: 3, callsInProgress: 2, paused: true, name: 'Sales' })
  })

  it('reads caps with defaults: filled 0, cap null', () => {
    expect(parseTarget({ caps: [{ type: 'Hourly' }, { type: 'Monthly', cap: 0 }] }).caps).toEqual([
      { id: null, type: 'Hourly', cap: null, filled: 0 },
      { id: null, type: 'Monthly', cap: 0, filled: 0 },
    ])
  })

  it('resolves IANA ids and Rails names, correcting case', () => {
    expect(parseTarget({ time_zone: 'Kathmandu' }).timeZone).toBe('Asia/Kathmandu')
    expect(parseTarget({ time_zone: 'america/new_york' }).timeZone).toBe('America/New_York')
    expect(parseTarget({ time_zone: 'UTC' }).timeZone).toBe(parseTarget({ id: 1 }).timeZone)
  })

  it('throws BusinessHoursError with every issue, located from `target`', () => {
    let thrown: unknown
    try {
      parseTarget({ target: { ...API_RESPONSE.target, weight: -1, caps: [{ type: 'Weekly', cap: 5 }] } })
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(BusinessHoursError)
    const error = thrown as BusinessHoursError
    expect(paths(error.issues)).toEqual(['target.weight', 'target.caps[0].type'])
    expect(error.message).toContain('target.caps[0].type')
  })

  it('does not throw for warnings, which validateTarget reports', () => {
    const input = { business_hours: [{ day_of_week: 1, time_open: 900, time_close: 1700 }] }
    expect(parseTarget(input).schedule).toEqual({ intervals: [{ start: 1980, end: 2460 }] })
    const result = validateTarget(input)
    expect(result.ok).toBe(true)
    expect(result.warnings.map((w) => w.code)).toEqual(Array(6).fill('missing_day'))
    expect(result.warnings[0]!.path).toEqual(['target', 'business_hours'])
  })
})

describe('validateTarget errors', () => {
  it('locates business-hour errors under target.business_hours', () => {
    const issues = issuesOf({ target: { business_hours: [{ day_of_week: 1 }, { day_of_week: 1 }, { day_of_week: 2 }, { day_of_week: 3, time_open: 2400 }] } })
    expect(paths(issues)).toEqual(['target.business_hours[3].time_open'])
    expect(issues[0]!.code).toBe('open_at_2400')
  })

  it('reports every bad field at once, naming what was expected and what came', () => {
    const issues = issuesOf({
      id: 'seven',
      name: 5,
      number: false,
      time_zone: 42,
      business_hours: 'always',
      paused: 'no',
      concurrency_cap: -1,
      calls_in_progress: 1.5,
      priority: Number.NaN,
      weight: '3',
      caps: [
        { type: 'Weekly', cap: 5, filled: 0 },
        { type: 'Daily', cap: 2.5, filled: -1 },
        'Hard',
        { cap: 3 },
        { type: 7, id: 0 },
      ],
    })
    expect(issues.map((issue) => [formatIssuePath(issue.path), issue.code])).toEqual([
      ['target.id', 'invalid_type'],
      ['target.name', 'invalid_type'],
      ['target.number', 'invalid_type'],
      ['target.time_zone', 'invalid_type'],
      ['target.business_hours', 'not_an_array'],
      ['target.paused', 'invalid_type'],
      ['target.concurrency_cap', 'out_of_range'],
      ['target.calls_in_progress', 'not_an_integer'],
      ['target.priority', 'not_an_integer'],
      ['target.weight', 'invalid_type'],
      ['target.caps[0].type', 'unknown_cap_type'],
      ['target.caps[1].cap', 'not_an_integer'],
      ['target.caps[1].filled', 'out_of_range'],
      ['target.caps[2]', 'not_an_object'],
      ['target.caps[3].type', 'missing_field'],
      ['target.caps[4].id', 'out_of_range'],
      ['target.caps[4].type', 'invalid_type'],
    ])
    for (const issue of issues) {
      expect(issue.severity).toBe('error')
      expect(issue.expected).toBeTruthy()
      expect(issue.received).toBeTruthy()
    }
    const byPath = new Map(issues.map((issue) => [formatIssuePath(issue.path), issue]))
    expect(byPath.get('target.priority')!.message).toBe('priority must be an integer (lower is tried first; negative allowed), received NaN')
    expect(byPath.get('target.caps[1].filled')!.message).toBe('filled must be a non-negative integer, received -1')
    expect(byPath.get('target.caps[0].type')!.message).toContain('"Hard", "Hourly", "Daily", "Monthly"')
  })

  it('suggests the spelling of a cap type given in another case', () => {
    const [issue] = issuesOf({ caps: [{ type: 'daily', cap: 1, filled: 0 }] })
    expect(issue!.message).toContain('did you mean "Daily"?')
  })

  it('locates an unknown zone at target.time_zone, with suggestions', () => {
    const [issue] = issuesOf({ target: { time_zone: 'America/New_Yrok' } })
    expect(issue!.path).toEqual(['target', 'time_zone'])
    expect(issue!.code).toBe('unknown_time_zone')
    expect(issue!.message).toContain('Unknown time zone "America/New_Yrok"')
    expect(issue!.message).toContain('America/New_York')
  })

  it('rejects what is not a target, and a wrapper whose target is not an object', () => {
    for (const input of [null, 7, 'target', [], [{}]]) {
      expect(paths(issuesOf(input))).toEqual(['target'])
      expect(issuesOf(input)[0]!.code).toBe('not_a_target')
    }
    expect(paths(issuesOf({ target: null }))).toEqual(['target'])
    expect(paths(issuesOf({ caps: {} }))).toEqual(['target.caps'])
  })

  it('rejects unsafe integers and infinities', () => {
    expect(issuesOf({ weight: 2 ** 60 })[0]!.code).toBe('out_of_range')
    expect(issuesOf({ priority: -Infinity })[0]!.code).toBe('not_an_integer')
    expect(issuesOf({ caps: [{ type: 'Hard', cap: Infinity }] })[0]!.code).toBe('not_an_integer')
  })

  it('reads only own fields, and survives objects that throw', () => {
    const inherited = Object.assign(Object.create({ paused: 'yes', priority: 'x' }) as object, { id: 3 })
    expect(validateTarget(inherited).ok).toBe(true)
    // Only inherited target fields: nothing of a target is its own
    expect(issuesOf(Object.create({ id: 3 }) as object)[0]!.code).toBe('not_a_target')
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    expect(issuesOf(proxy)[0]!.code).toBe('unreadable')
    const throwing = { caps: [{ get type(): string { throw new Error('boom') } }] }
    expect(paths(issuesOf(throwing))).toEqual(['target.caps[0]'])
  })
})

describe('validateTarget properties', () => {
  it('never throws, whatever comes', () => {
    fc.assert(
      fc.property(fc.anything(), fc.boolean(), (value, wrap) => {
        const result = validateTarget(wrap ? { target: value } : value)
        if (!result.ok) {
          expect(result.issues.length).toBeGreaterThan(0)
          for (const issue of result.issues) expect(issue.path[0]).toBe('target')
        }
      }),
      runs(),
    )
  })

  it('accepts any valid target, wrapped or bare, and keeps its numbers', () => {
    const fields = fc.record({
      business_hours: businessHourListArb,
      priority: fc.integer({ min: -100, max: 100 }),
      weight: fc.nat(1000),
      concurrency_cap: fc.oneof(fc.constant(null), fc.nat(50)),
      calls_in_progress: fc.nat(50),
      paused: fc.boolean(),
      caps: fc.array(
        fc.record({ type: fc.constantFrom('Hard', 'Hourly', 'Daily', 'Monthly'), cap: fc.oneof(fc.constant(null), fc.nat(1000)), filled: fc.nat(1000) }),
        { maxLength: 4 },
      ),
    })
    fc.assert(
      fc.property(fields, fc.boolean(), (target, wrap) => {
        const result = validateTarget(wrap ? { target } : target)
        expect(result.ok).toBe(true)
        if (!result.ok) return
        expect(result.target).toMatchObject({
          priority: target.priority,
          weight: target.weight,
          concurrencyCap: target.concurrency_cap,
          callsInProgress: target.calls_in_progress,
          paused: target.paused,
        })
        expect(result.target.caps).toEqual(target.caps.map((c) => ({ id: null, ...c })))
      }),
      runs(),
    )
  })
})

describe('validateTarget options: where the hours are, and another zone', () => {
  const week = [{ day_of_week: 1, time_open: 900, time_close: 1700 }]
  const mondays = { intervals: [{ start: 1980, end: 2460 }] }

  it('a request body field in a target as the API returns it is an error, never silently ignored', () => {
    const result = validateTarget({ target: { id: 1, business_hours_attributes: week } })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.issues[0]).toMatchObject({ code: 'request_field', path: ['target', 'business_hours_attributes'] })
  })

  it("hoursFrom 'business_hours_attributes' reads a POST body; 'either' reads whichever is there", () => {
    expect(parseTarget({ target: { business_hours_attributes: week } }, { hoursFrom: 'business_hours_attributes' }).schedule).toEqual(mondays)
    expect(parseTarget({ business_hours_attributes: week }, { hoursFrom: 'either' }).schedule).toEqual(mondays)
    expect(parseTarget({ business_hours: week }, { hoursFrom: 'either' }).schedule).toEqual(mondays)
    const both = validateTarget({ business_hours: week, business_hours_attributes: week }, { hoursFrom: 'either' })
    expect(both.ok).toBe(false)
    if (!both.ok) expect(both.issues[0]).toMatchObject({ code: 'conflicting_field', path: ['target', 'business_hours_attributes'] })
  })

  it('issues in request-body hours are located under business_hours_attributes', () => {
    const result = validateTarget({ business_hours_attributes: [{ day_of_week: 9 }] }, { hoursFrom: 'either' })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.issues[0]!.path).toEqual(['target', 'business_hours_attributes', 0, 'day_of_week'])
  })

  it('timeZone overrides time_zone by the same rule, an unknown one located at target.time_zone', () => {
    expect(parseTarget({ id: 1, time_zone: 'UTC' }, { timeZone: 'Eastern Time (US & Canada)' }).timeZone).toBe('America/New_York')
    const bad = validateTarget({ id: 1 }, { timeZone: 'Mars/Olympus' })
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.issues[0]).toMatchObject({ code: 'unknown_time_zone', path: ['target', 'time_zone'] })
  })

  it('bad options are issues under options, and validateTarget still never throws', () => {
    for (const options of [5, { hoursFrom: 'records' }, { timeZone: 7 }]) {
      const result = validateTarget({ id: 1 }, options as never)
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.issues[0]!.path[0]).toBe('options')
    }
  })
})
