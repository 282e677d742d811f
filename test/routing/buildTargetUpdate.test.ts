import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildTargetUpdate, type TargetUpdateInput } from '../../src/routing/buildTargetUpdate'
import { diffBusinessHours, type BusinessHourAttributes } from '../../src/diff/diffBusinessHours'
import { BusinessHoursError, formatIssuePath } from '../../src/ground/issues'
import { editScheduleArb, serverRecordsArb } from '../diff/arbitraries'

const numRuns = Number(process.env.CALLHOURS_DEEP) ? 2000 : 150

function issuesOf(run: () => unknown): [string, string][] {
  try {
    run()
  } catch (error) {
    if (!(error instanceof BusinessHoursError)) throw error
    return error.issues.filter((i) => i.severity === 'error').map((i) => [formatIssuePath(i.path, 'input'), i.code])
  }
  throw new Error('expected a BusinessHoursError')
}

describe('buildTargetUpdate: examples', () => {
  it("the API document's hard cap example", () => {
    expect(JSON.stringify(buildTargetUpdate({ caps: { hard: 100 } }))).toBe('{"target":{"hard_cap_attributes":{"cap":100}}}')
  })

  it('all four caps, in the order hard, hourly, daily, monthly; null removes a cap', () => {
    expect(buildTargetUpdate({ caps: { monthly: 5000, daily: null, hourly: 0, hard: 100 } })).toEqual({
      target: {
        hard_cap_attributes: { cap: 100 },
        hourly_cap_attributes: { cap: 0 },
        daily_cap_attributes: { cap: null },
        monthly_cap_attributes: { cap: 5000 },
      },
    })
    expect(Object.keys(buildTargetUpdate({ caps: { monthly: 1, hard: 2 } }).target)).toEqual(['hard_cap_attributes', 'monthly_cap_attributes'])
  })

  it('other fields first, as given; then caps; then business hours', () => {
    const businessHours: BusinessHourAttributes[] = [
      { id: 46, day_of_week: 3, time_open: 0, time_close: 2400, work_day: true, invert: false },
      { id: 49, _destroy: true },
      { day_of_week: 6, time_open: 0, time_close: 2400, work_day: false, invert: false },
    ]
    const body = buildTargetUpdate({ name: 'Sales', priority: 1, concurrency_cap: null, caps: { hard: 100 }, businessHours })
    expect(body).toEqual({
      target: { name: 'Sales', priority: 1, concurrency_cap: null, hard_cap_attributes: { cap: 100 }, business_hours_attributes: businessHours },
    })
    expect(Object.keys(body.target)).toEqual(['name', 'priority', 'concurrency_cap', 'hard_cap_attributes', 'business_hours_attributes'])
  })

  it('edge: nothing given is an empty target; an empty hours list is sent as []', () => {
    expect(buildTargetUpdate({})).toEqual({ target: {} })
    expect(buildTargetUpdate({ businessHours: [] })).toEqual({ target: { business_hours_attributes: [] } })
    expect(buildTargetUpdate({ caps: {} })).toEqual({ target: {} })
  })

  it('a cap left undefined is not sent', () => {
    expect(buildTargetUpdate({ caps: { hard: undefined, daily: 3 } })).toEqual({ target: { daily_cap_attributes: { cap: 3 } } })
  })

  it('partial hour updates are sent as given (Rails updates only those fields)', () => {
    const item = { id: 46, time_close: 1700 } as unknown as BusinessHourAttributes
    expect(buildTargetUpdate({ businessHours: [item] }).target.business_hours_attributes).toEqual([{ id: 46, time_close: 1700 }])
  })

  it('the input is not changed and the output does not share its items', () => {
    const businessHours: BusinessHourAttributes[] = [{ id: 1, _destroy: true }]
    const body = buildTargetUpdate({ businessHours })
    expect(body.target.business_hours_attributes?.[0]).not.toBe(businessHours[0])
    expect(businessHours).toEqual([{ id: 1, _destroy: true }])
  })
})

describe('buildTargetUpdate: bad input', () => {
  it('caps must be non-negative integers or null; every problem is located', () => {
    const input = { caps: { hard: -1, hourly: 2.5, daily: '10', monthly: Number.MAX_SAFE_INTEGER + 2, weekly: 3 } } as unknown as TargetUpdateInput
    expect(issuesOf(() => buildTargetUpdate(input))).toEqual([
      ['caps.weekly', 'unknown_cap_type'],
      ['caps.hard', 'out_of_range'],
      ['caps.hourly', 'not_an_integer'],
      ['caps.daily', 'invalid_type'],
      ['caps.monthly', 'out_of_range'],
    ])
  })

  it('caps that are not an object, and hours that are not valid items', () => {
    const input = {
      caps: 100,
      businessHours: [{ day_of_week: 1, time_open: 1700, time_close: 900, work_day: true, invert: false }, { _destroy: 'yes' }],
    } as unknown as TargetUpdateInput
    expect(issuesOf(() => buildTargetUpdate(input))).toEqual([
      ['caps', 'not_an_object'],
      ['businessHours[0].time_close', 'close_before_open'],
      ['businessHours[1]._destroy', 'invalid_type'],
      ['businessHours[1].day_of_week', 'missing_field'],
    ])
  })

  it('the same id twice in the hours is an error', () => {
    const businessHours = [{ id: 4, _destroy: true }, { id: 4, day_of_week: 0, time_open: 0, time_close: 2400, work_day: true, invert: false }] as BusinessHourAttributes[]
    expect(issuesOf(() => buildTargetUpdate({ businessHours }))).toEqual([['businessHours[1].id', 'duplicate_id']])
  })

  it('a field given both ways is an error, not a silent choice', () => {
    expect(issuesOf(() => buildTargetUpdate({ caps: { hard: 1 }, hard_cap_attributes: { cap: 2 } }))).toEqual([['hard_cap_attributes', 'conflicting_field']])
    expect(issuesOf(() => buildTargetUpdate({ businessHours: [], business_hours_attributes: [] }))).toEqual([['business_hours_attributes', 'conflicting_field']])
  })

  it('an input that is not an object', () => {
    expect(issuesOf(() => buildTargetUpdate(null as unknown as TargetUpdateInput))).toEqual([['input', 'not_an_object']])
  })
})

describe('buildTargetUpdate: properties', () => {
  it('every diff payload is accepted and sent unchanged', () => {
    fc.assert(
      fc.property(serverRecordsArb, editScheduleArb, fc.constantFrom<'destroy' | 'empty'>('destroy', 'empty'), (server, edit, removal) => {
        const payload = diffBusinessHours(server, edit, { removal })
        expect(buildTargetUpdate({ businessHours: payload })).toEqual({ target: { business_hours_attributes: payload } })
      }),
      { numRuns },
    )
  })

  it('every valid cap is sent as { cap }', () => {
    fc.assert(
      fc.property(fc.oneof(fc.nat(), fc.constant(null)), (cap) => {
        expect(buildTargetUpdate({ caps: { daily: cap } })).toEqual({ target: { daily_cap_attributes: { cap } } })
      }),
      { numRuns },
    )
  })
})
