/**
 * Generators for the OSM tests: calendars in the years the tests look at (a week and dated entries
 * of every kind), and `opening_hours` text in the subset callhours reads, built from parts whose
 * meaning is known.
 */
import fc from 'fast-check'
import { scheduleArb } from '../../query/arbitraries'
import { entriesNearArb } from '../../calendar/arbitraries'
import type { WeeklySchedule } from '../../../src/week/types'

export const FROM_2026 = Date.UTC(2026, 0, 1)
export const TO_2028 = Date.UTC(2028, 0, 1)
export const YEARS = [2026, 2027] as const

/** Days when clocks change in the test zones (New York, London, Lord Howe) in 2026–2027, and a few plain ones. */
const CLOCK_CHANGE_DAYS = ['2026-03-08', '2026-03-29', '2026-04-05', '2026-10-04', '2026-10-25', '2026-11-01', '2027-03-14', '2027-03-28', '2027-04-04', '2027-10-03', '2027-10-31', '2027-11-07', '2026-07-15', '2027-12-25']

/**
 * A week and conflict-free entries of every kind, clustered around an instant in 2026–2027 that is
 * often within days of a clock change (`at`, for judging a window around it).
 */
export const osmCalendarArb: fc.Arbitrary<{ schedule: WeeklySchedule; entries: object[]; at: number }> = fc
  .record({
    schedule: scheduleArb,
    at: fc.oneof(
      fc.integer({ min: Date.UTC(2026, 0, 20), max: Date.UTC(2027, 11, 10) }),
      fc.tuple(fc.constantFrom(...CLOCK_CHANGE_DAYS), fc.integer({ min: -4 * 24 * 60, max: 4 * 24 * 60 })).map(([day, minutes]) => Date.parse(`${day}T00:00:00Z`) + minutes * 60_000),
    ),
  })
  .chain(({ schedule, at }) => entriesNearArb(at).map((entries) => ({ schedule, entries, at })))

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su']
const pad = (n: number): string => String(n).padStart(2, '0')
const clock = (minute: number): string => `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`

const weekdaysArb = fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 4 }).map((days) => {
  const sorted = days.sort((a, b) => a - b)
  return sorted.length >= 3 && sorted[sorted.length - 1]! - sorted[0]! === sorted.length - 1 ? `${DAYS[sorted[0]!]}-${DAYS[sorted[sorted.length - 1]!]}` : sorted.map((day) => DAYS[day]).join(',')
})
// Days stay within the 24th + 3: opening_hours.js 3.15 opens nothing for a range that ends on Feb 28 in
// 2026 ("Feb 25-28 13:00-17:00"), a bug of its own, not of the subset.
const dateArb = fc.oneof(
  fc.record({ month: fc.integer({ min: 0, max: 11 }), day: fc.integer({ min: 1, max: 24 }), length: fc.integer({ min: 0, max: 3 }) }).map(({ month, day, length }) => `${MONTHS[month]} ${pad(day)}${length > 0 ? `-${pad(day + length)}` : ''}`),
  fc.record({ year: fc.constantFrom(2026, 2027), month: fc.integer({ min: 0, max: 11 }), day: fc.integer({ min: 1, max: 24 }), length: fc.integer({ min: 0, max: 3 }) }).map(({ year, month, day, length }) => `${year} ${MONTHS[month]} ${pad(day)}${length > 0 ? `-${pad(day + length)}` : ''}`),
)
const timesArb = fc.uniqueArray(fc.integer({ min: 0, max: 47 }), { minLength: 2, maxLength: 4 }).map((cuts) => {
  const sorted = cuts.sort((a, b) => a - b).map((cut) => cut * 30)
  const spans: string[] = []
  for (let i = 0; i + 1 < sorted.length; i += 2) spans.push(`${clock(sorted[i]!)}-${clock(sorted[i + 1]!)}`)
  return spans.join(',')
})
const wrapArb = fc.record({ start: fc.integer({ min: 26, max: 46 }), end: fc.integer({ min: 1, max: 12 }) }).map(({ start, end }) => `${clock(start * 30)}-${clock(end * 30)}`)

/** One rule: a weekday or date selector (or both), spans (some past midnight), off, or nothing. */
const ruleArb = fc
  .record({
    selector: fc.oneof({ weight: 3, arbitrary: weekdaysArb }, { weight: 2, arbitrary: dateArb }, { weight: 1, arbitrary: fc.tuple(dateArb, weekdaysArb).map(([d, w]) => `${d} ${w}`) }),
    effect: fc.oneof({ weight: 3, arbitrary: timesArb }, { weight: 2, arbitrary: wrapArb }, { weight: 1, arbitrary: fc.constant('off') }, { weight: 1, arbitrary: timesArb.map((t) => `${t} off`) }),
  })
  .map(({ selector, effect }) => `${selector} ${effect}`)

/** `opening_hours` text of 1–5 rules joined with `;` (mostly) or `,`. */
export const osmTextArb: fc.Arbitrary<string> = fc
  .array(fc.tuple(ruleArb, fc.oneof({ weight: 4, arbitrary: fc.constant('; ') }, { weight: 1, arbitrary: fc.constant(', ') })), { minLength: 1, maxLength: 5 })
  .map((rules) => rules.map(([rule, joiner], i) => (i === 0 ? rule : `${joiner}${rule}`)).join(''))
