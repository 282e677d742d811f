/**
 * Shared fast-check generators. Built with `map` from values whose answer is known, not `filter`.
 * Areas that need more generators keep them in `test/<area>/arbitraries.ts`.
 */
import fc from 'fast-check'
import type { BusinessHourInput, DayOfWeek } from '../src/records/types'
import type { WeekInterval, WeeklySchedule } from '../src/week/types'

export const dayOfWeekArb: fc.Arbitrary<DayOfWeek> = fc.integer({ min: 0, max: 6 }) as fc.Arbitrary<DayOfWeek>

/** Minutes of the day 0–1440, mostly on round times but any minute possible. */
export const dayMinuteArb: fc.Arbitrary<number> = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 48 }).map((h) => h * 30) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 1440 }) },
)

/** A military time 0–2400 (hhmm with mm 00–59). */
export const militaryTimeArb: fc.Arbitrary<number> = dayMinuteArb.map(
  (m) => Math.floor(m / 60) * 100 + (m % 60),
)

/**
 * A weekly schedule in normal form, built from a sorted set of distinct boundary minutes:
 * pairs (b0,b1), (b2,b3)… are the open intervals, so touching intervals never occur.
 */
export const weeklyScheduleArb: fc.Arbitrary<WeeklySchedule> = fc
  .oneof(
    { weight: 1, arbitrary: fc.constant<number[]>([]) },
    { weight: 1, arbitrary: fc.constant<number[]>([0, 10080]) },
    {
      weight: 8,
      arbitrary: fc.uniqueArray(
        fc.oneof(
          fc.integer({ min: 0, max: 336 }).map((h) => h * 30),
          fc.integer({ min: 0, max: 10080 }),
        ),
        { minLength: 2, maxLength: 16 },
      ),
    },
  )
  .map((points) => {
    const sorted = [...points].sort((a, b) => a - b)
    const intervals: WeekInterval[] = []
    for (let i = 0; i + 1 < sorted.length; i += 2) {
      intervals.push({ start: sorted[i]!, end: sorted[i + 1]! })
    }
    return { intervals }
  })

/** One record in the API's write shape, always valid, possibly inverted or a day off. */
export const businessHourInputArb: fc.Arbitrary<BusinessHourInput> = fc
  .record({
    day_of_week: dayOfWeekArb,
    a: militaryTimeArb,
    b: militaryTimeArb,
    work_day: fc.oneof({ weight: 5, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    invert: fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  })
  .map(({ day_of_week, a, b, work_day, invert }) => ({
    day_of_week,
    time_open: Math.min(a, b) === 2400 ? 0 : Math.min(a, b),
    time_close: Math.max(a, b),
    work_day,
    invert,
  }))

/** A valid list of records: every day present at least once, up to three records a day. */
export const businessHourListArb: fc.Arbitrary<BusinessHourInput[]> = fc
  .tuple(
    ...([0, 1, 2, 3, 4, 5, 6] as const).map((day) =>
      fc.array(businessHourInputArb.map((r) => ({ ...r, day_of_week: day })), { minLength: 1, maxLength: 3 }),
    ),
  )
  .map((days) => days.flat())
