import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyBusinessHoursAttributes } from '../../src/diff/applyBusinessHoursAttributes'
import type { BusinessHourAttributes } from '../../src/diff/diffBusinessHours'
import { BusinessHoursError, formatIssuePath } from '../../src/ground/issues'
import type { BusinessHourRecord, DayOfWeek } from '../../src/records/types'
import { businessHourInputArb } from '../arbitraries'
import { railsNestedAttributes, RecordNotFound, type Row } from '../oracles/railsNestedAttributes'
import { serverRecordsArb, serverRecordsWithGapsArb } from './arbitraries'

const numRuns = Number(process.env.CALLHOURS_DEEP) ? 2000 : 150

const row = (id: number, day: DayOfWeek, open: number, close: number): BusinessHourRecord => ({
  id,
  target_id: 7,
  day_of_week: day,
  time_open: open,
  time_close: close,
  work_day: true,
  invert: false,
})

const SERVER: BusinessHourRecord[] = [
  { ...row(44, 1, 0, 2400), created_at: '2015-08-31T17:48:46.999Z', updated_at: '2015-08-31T17:48:46.999Z' },
  row(43, 0, 0, 2400),
  row(46, 3, 0, 1200),
]

function issuesOf(run: () => unknown): [string, string][] {
  try {
    run()
  } catch (error) {
    if (!(error instanceof BusinessHoursError)) throw error
    return error.issues.filter((i) => i.severity === 'error').map((i) => [formatIssuePath(i.path), i.code])
  }
  throw new Error('expected a BusinessHoursError')
}

describe('applyBusinessHoursAttributes: examples', () => {
  it('an id updates that record, keeping target_id and timestamps', () => {
    expect(applyBusinessHoursAttributes(SERVER, [{ id: 44, day_of_week: 1, time_open: 900, time_close: 1700, work_day: true, invert: false }])).toEqual([
      { ...SERVER[0], time_open: 900, time_close: 1700 },
      SERVER[1],
      SERVER[2],
    ])
  })

  it('a partial item updates only the fields it gives, checked against the record', () => {
    const partial = [{ id: 46, time_close: 1700 }] as unknown as BusinessHourAttributes[]
    expect(applyBusinessHoursAttributes(SERVER, partial)[2]).toEqual({ ...SERVER[2], time_close: 1700 })
    const bad = [{ id: 46, time_open: 1300 }] as unknown as BusinessHourAttributes[]
    expect(issuesOf(() => applyBusinessHoursAttributes(SERVER, bad))).toEqual([['attributes[0].time_close', 'close_before_open']])
  })

  it('_destroy with an id deletes the record; the rest keep their order', () => {
    expect(applyBusinessHoursAttributes(SERVER, [{ id: 43, _destroy: true }]).map((r) => r.id)).toEqual([44, 46])
  })

  it('no id creates a record after the others, with the next id after the largest, counting up', () => {
    const created = applyBusinessHoursAttributes(SERVER, [
      { day_of_week: 5, time_open: 900, time_close: 1700, work_day: true, invert: false },
      { day_of_week: 6, time_open: 0, time_close: 2400, work_day: false, invert: false },
    ])
    expect(created.slice(3)).toEqual([
      { id: 47, target_id: 7, day_of_week: 5, time_open: 900, time_close: 1700, work_day: true, invert: false },
      { id: 48, target_id: 7, day_of_week: 6, time_open: 0, time_close: 2400, work_day: false, invert: false },
    ])
  })

  it('options.nextId chooses the ids of created records', () => {
    let next = 1000
    const result = applyBusinessHoursAttributes(SERVER, [{ day_of_week: 2, time_open: 0, time_close: 2400, work_day: true, invert: false }], {
      nextId: () => next++,
    })
    expect(result[3]?.id).toBe(1000)
    expect(
      issuesOf(() =>
        applyBusinessHoursAttributes(SERVER, [{ day_of_week: 2, time_open: 0, time_close: 2400, work_day: true, invert: false }], { nextId: () => 44 }),
      ),
    ).toEqual([['attributes[0].id', 'duplicate_id']])
  })

  it('edge: _destroy without an id is skipped, as Rails skips a new record marked for destruction', () => {
    const item = { day_of_week: 2, _destroy: true } as unknown as BusinessHourAttributes
    expect(applyBusinessHoursAttributes(SERVER, [item])).toEqual(SERVER)
  })

  it('edge: destroying every record leaves none; an empty payload changes nothing', () => {
    expect(applyBusinessHoursAttributes(SERVER, SERVER.map((r) => ({ id: r.id, _destroy: true as const })))).toEqual([])
    expect(applyBusinessHoursAttributes(SERVER, [])).toEqual(SERVER)
    expect(applyBusinessHoursAttributes([], [{ day_of_week: 0, time_open: 0, time_close: 2400, work_day: true, invert: false }])).toEqual([
      { id: 1, day_of_week: 0, time_open: 0, time_close: 2400, work_day: true, invert: false },
    ])
  })

  it('an id the server does not have is an error naming it, with every other issue', () => {
    const attributes = [
      { id: 99, _destroy: true },
      { day_of_week: 8, time_open: 900, time_close: 1700, work_day: true, invert: false },
      { id: 44, day_of_week: 1, time_open: 900, time_close: 1700, work_day: 'yes', invert: false },
      { id: 43, _destroy: true },
      { id: 43, _destroy: true },
    ] as unknown as BusinessHourAttributes[]
    let error: unknown
    try {
      applyBusinessHoursAttributes(SERVER, attributes)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(BusinessHoursError)
    expect((error as Error).message).toContain('id 99')
    expect(issuesOf(() => applyBusinessHoursAttributes(SERVER, attributes))).toEqual([
      ['attributes[0].id', 'unknown_id'],
      ['attributes[1].day_of_week', 'out_of_range'],
      ['attributes[2].work_day', 'invalid_type'],
      ['attributes[4].id', 'duplicate_id'],
    ])
  })

  it('invalid server records are located under server', () => {
    const server = [{ ...row(1, 0, 0, 2400), time_close: 2500 }, { day_of_week: 1 }] as unknown as BusinessHourRecord[]
    expect(issuesOf(() => applyBusinessHoursAttributes(server, []))).toEqual([
      ['server[0].time_close', 'out_of_range'],
      ['server[1].id', 'missing_field'],
    ])
    expect(issuesOf(() => applyBusinessHoursAttributes(SERVER, {} as unknown as BusinessHourAttributes[]))).toEqual([['attributes', 'not_an_array']])
  })
})

// ---------------------------------------------------------------------------------------------
// Properties: the library against the test's own Rails rules, on random payloads.

/** A payload over a server: per item, update (whole or partial) / destroy a server record, or create. */
const payloadCaseArb = fc
  .record({
    server: fc.oneof(serverRecordsArb, serverRecordsWithGapsArb, fc.constant<BusinessHourRecord[]>([])),
    ops: fc.array(
      fc.record({
        kind: fc.constantFrom('update', 'partial', 'destroy', 'create', 'create'),
        pick: fc.nat(),
        record: businessHourInputArb,
      }),
      { maxLength: 12 },
    ),
  })
  .map(({ server, ops }) => {
    const used = new Set<number>()
    const attributes: Record<string, unknown>[] = []
    for (const { kind, pick, record } of ops) {
      const target = server.length === 0 ? undefined : server[pick % server.length]!
      if (kind === 'create' || target === undefined) {
        attributes.push({ ...record })
        continue
      }
      if (used.has(target.id)) continue
      used.add(target.id)
      if (kind === 'destroy') attributes.push({ id: target.id, _destroy: true })
      // Partial: only the day moves, which can never make a record invalid.
      else if (kind === 'partial') attributes.push({ id: target.id, day_of_week: record.day_of_week })
      else attributes.push({ id: target.id, ...record })
    }
    return { server, attributes }
  })

describe('applyBusinessHoursAttributes: properties', () => {
  it('agrees with the Rails rules written in the test', () => {
    fc.assert(
      fc.property(payloadCaseArb, ({ server, attributes }) => {
        const firstNewId = Math.max(0, ...server.map((r) => r.id)) + 1
        const expected = railsNestedAttributes(server as Row[], attributes, firstNewId)
        expect(applyBusinessHoursAttributes(server, attributes as unknown as BusinessHourAttributes[])).toEqual(expected)
      }),
      { numRuns },
    )
  })

  it('an id the server does not have: Rails fails, and so does the library, naming it', () => {
    fc.assert(
      fc.property(serverRecordsArb, fc.integer({ min: 1, max: 5 }), (server, beyond) => {
        const id = Math.max(...server.map((r) => r.id)) + beyond
        const attributes = [{ id, _destroy: true }]
        expect(() => railsNestedAttributes(server as Row[], attributes, id + 1)).toThrow(RecordNotFound)
        expect(issuesOf(() => applyBusinessHoursAttributes(server, attributes as BusinessHourAttributes[]))).toEqual([
          ['attributes[0].id', 'unknown_id'],
        ])
      }),
      { numRuns },
    )
  })
})
