/**
 * Generators for the records tests, on top of test/arbitraries.ts. Built with `map` from values
 * whose answer is known (valid by construction), never with `filter`.
 */
import fc from 'fast-check'
import { dayOfWeekArb, militaryTimeArb } from '../arbitraries'
import type { WeekInterval } from '../../src/week/types'
import type { LooseRecord } from '../oracles/minuteModel'

/** How many fast-check runs: small by default, many under `npm run test:deep`. */
export function runs(normal: number, deep = normal * 10): number {
  return Number(process.env.CALLHOURS_DEEP) ? deep : normal
}

/** Military times at the edges: midnight, one minute in, the hour boundaries, one minute to 24:00. */
export const edgeMilitaryTimeArb: fc.Arbitrary<number> = fc.oneof(
  { weight: 2, arbitrary: militaryTimeArb },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, 59, 100, 1159, 1200, 1201, 2300, 2358, 2359, 2400) },
)

/**
 * One valid record as people and the API write it: defaults left out at random, `invert` spelled
 * `invert`, `inverted` or both (equal), extra read-shape fields, never `_destroy`.
 */
export const looseRecordArb: fc.Arbitrary<LooseRecord> = fc
  .record({
    day_of_week: dayOfWeekArb,
    a: edgeMilitaryTimeArb,
    b: edgeMilitaryTimeArb,
    omitOpen: fc.boolean(),
    omitClose: fc.boolean(),
    workDay: fc.constantFrom<'omit' | true | false>('omit', 'omit', true, true, false),
    invertSpelling: fc.constantFrom('omit', 'invert', 'invert', 'inverted', 'both'),
    invert: fc.boolean(),
    extras: fc.boolean(),
  })
  .map(({ day_of_week, a, b, omitOpen, omitClose, workDay, invertSpelling, invert, extras }) => {
    let open = omitOpen ? 0 : Math.min(a, b)
    if (open === 2400) open = 0
    const close = omitClose ? 2400 : Math.max(a, b)
    const record: Record<string, unknown> = { day_of_week }
    if (!omitOpen) record.time_open = open
    if (!omitClose) record.time_close = close
    if (workDay !== 'omit') record.work_day = workDay
    if (invertSpelling === 'invert' || invertSpelling === 'both') record.invert = invert
    if (invertSpelling === 'inverted' || invertSpelling === 'both') record.inverted = invert
    if (extras) {
      record.target_id = 7
      record.created_at = '2015-08-31T17:48:46.995Z'
      record.updated_at = '2015-08-31T17:48:46.995Z'
      record.colour = 'unknown fields are ignored'
    }
    return record
  })

/** A record marked `_destroy: true`; its other fields are valid but must not count. */
export const destroyedRecordArb: fc.Arbitrary<LooseRecord> = looseRecordArb.map((record) => ({
  ...record,
  _destroy: true,
}))

/**
 * A valid list of records: any number (including none), days may be missing, some destroyed
 * records mixed in, `_destroy: false` now and then, unique ids on some records.
 */
export const looseRecordListArb: fc.Arbitrary<LooseRecord[]> = fc
  .tuple(
    fc.array(
      fc.oneof(
        { weight: 8, arbitrary: looseRecordArb },
        { weight: 1, arbitrary: looseRecordArb.map((r) => ({ ...r, _destroy: false })) },
        { weight: 1, arbitrary: destroyedRecordArb },
      ),
      { maxLength: 24 },
    ),
    fc.array(fc.boolean(), { minLength: 24, maxLength: 24 }),
  )
  .map(([records, withId]) => records.map((record, index) => (withId[index] ? { ...record, id: 100 + index } : record)))

/** Any value a record field might plausibly hold, valid or not. */
export const fieldValueArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -2, max: 8 }),
  militaryTimeArb,
  fc.integer({ min: -3000, max: 3000 }),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 2400, 2460, 960, 1.5),
  fc.string({ maxLength: 6 }),
  fc.constantFrom('0900', '9am', '3'),
  fc.anything(),
)

/** A record whose known fields each hold a random value (or are absent). */
export const randomFieldRecordArb: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    id: fieldValueArb,
    day_of_week: fieldValueArb,
    time_open: fieldValueArb,
    time_close: fieldValueArb,
    work_day: fieldValueArb,
    invert: fieldValueArb,
    inverted: fieldValueArb,
    _destroy: fieldValueArb,
  },
  { requiredKeys: [] },
)

/** Any minute-of-week intervals, unsorted, overlapping, touching, empty (`start === end`). */
export const rawIntervalsArb: fc.Arbitrary<WeekInterval[]> = fc.array(
  fc
    .tuple(
      fc.oneof(fc.integer({ min: 0, max: 336 }).map((h) => h * 30), fc.integer({ min: 0, max: 10080 })),
      fc.oneof(fc.integer({ min: 0, max: 336 }).map((h) => h * 30), fc.integer({ min: 0, max: 10080 })),
    )
    .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })),
  { maxLength: 12 },
)

/** A list together with a shuffled copy of it. */
export function withShuffle<T>(arb: fc.Arbitrary<T[]>): fc.Arbitrary<[T[], T[]]> {
  return arb.chain((list) =>
    fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })),
  )
}
