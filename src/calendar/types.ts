import type { WeeklySchedule } from '../week/types'

/**
 * A span of one local day in minutes since its midnight, half-open: `0 ≤ start < end ≤ 1440`.
 * A date's hours are a list of these in normal form (sorted, disjoint, touching spans merged);
 * the empty list is a closed date.
 */
export interface DayInterval {
  readonly start: number
  readonly end: number
}

/** What a date entry does to the days it covers: replaces their hours (`[]` closes them). */
interface DatedHours {
  /** The day's hours in normal form; empty when the entry closes the day. */
  readonly hours: readonly DayInterval[]
  /** The entry's label, or null when it has none. */
  readonly label: string | null
}

/** One local date, `{ date: '2026-12-25', … }`. */
export interface DateException extends DatedHours {
  readonly kind: 'date'
  /** `YYYY-MM-DD`, a local calendar date in the calendar's zone. */
  readonly date: string
}

/** Every date from `from` to `to`, both included: `{ from: '2026-12-24', to: '2027-01-01', … }`. */
export interface RangeException extends DatedHours {
  readonly kind: 'range'
  readonly from: string
  readonly to: string
}

/** The same month and day every year: `{ date: '--12-25', … }` (`--02-29` only in leap years). */
export interface YearlyException extends DatedHours {
  readonly kind: 'yearly'
  /** `--MM-DD`, as written. */
  readonly date: string
  readonly month: number
  readonly day: number
}

/**
 * Absolute instants, `[start, end)` in epoch milliseconds on whole minutes: closed (an emergency
 * closure) or open (extra hours), whatever the local clock says.
 */
export interface InstantException {
  readonly kind: 'instant'
  readonly start: number
  readonly end: number
  readonly open: boolean
  readonly label: string | null
}

/** One checked exception, as `validateExceptions` gives it: plain, frozen data. */
export type CalendarException = DateException | RangeException | YearlyException | InstantException

/**
 * A weekly schedule with exceptions on dates and instants (`withExceptions`): answers every query
 * a `WeeklySchedule` answers, with the exceptions honoured. Sealed: minted only by the library.
 */
export interface Calendar {
  readonly schedule: WeeklySchedule
  readonly exceptions: readonly CalendarException[]
}

/** What the queries take: weekly hours, or weekly hours with exceptions. */
export type Hours = WeeklySchedule | Calendar
