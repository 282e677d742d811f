// Calendar arithmetic on day counts, without `Date`, so dates just outside its range still convert.

/**
 * Proleptic Gregorian year, month (1–12) and day of a day count since 1970-01-01, by arithmetic
 * alone (H. Hinnant's civil_from_days), so local dates just outside the `Date` range convert too.
 */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468
  const era = Math.floor(z / 146_097)
  const dayOfEra = z - era * 146_097
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365)
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const mp = Math.floor((5 * dayOfYear + 2) / 153)
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day }
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146_097 + dayOfEra - 719_468
}

/**
 * Whether a proleptic Gregorian year has 29 February.
 *
 * @example
 * [isLeapYear(2024), isLeapYear(1900), isLeapYear(2000)] //=> [true, false, true]
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/**
 * How many days a month has (`month` 1–12).
 *
 * @example
 * [daysInMonth(2026, 2), daysInMonth(2028, 2), daysInMonth(2026, 12)] //=> [28, 29, 31]
 */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!
}

/**
 * A date as `YYYY-MM-DD`, the year in 4 digits from 0 to 9999 and as `±YYYYYY` outside, as
 * `Date.prototype.toISOString` writes years. The one ISO date formatter of the package.
 *
 * @example
 * isoDate(2026, 12, 25) //=> '2026-12-25'
 * isoDate(-1, 12, 31) //=> '-000001-12-31'
 */
export function isoDate(year: number, month: number, day: number): string {
  const y = year >= 0 && year <= 9999 ? String(year).padStart(4, '0') : `${year < 0 ? '-' : '+'}${String(Math.abs(year)).padStart(6, '0')}`
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/**
 * `YYYY-MM-DD` of a day count since 1970-01-01.
 *
 * @example
 * isoDateOfDay(0) //=> '1970-01-01'
 * isoDateOfDay(-1) //=> '1969-12-31'
 */
export function isoDateOfDay(days: number): string {
  const { year, month, day } = civilFromDays(days)
  return isoDate(year, month, day)
}
