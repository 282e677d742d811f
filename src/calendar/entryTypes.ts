// The exception entries as JSON-friendly input: what `withExceptions`, `validateExceptions` and
// `parseTarget(…, { exceptions })` read (and the holiday sources produce). Types only.

/** Hours that replace a date's weekly hours: military time, as the API stores it (`900` is 09:00). */
export interface ExceptionHours {
  readonly time_open: number
  readonly time_close: number
}

/** One local date closed all day (`closed: true`) or with its hours replaced (`hours`). */
export interface DateExceptionEntry {
  /** `YYYY-MM-DD`, a local date in the calendar's zone. */
  readonly date: string
  readonly closed?: boolean
  readonly hours?: readonly ExceptionHours[]
  readonly label?: string
}

/** Every date from `from` to `to`, both included, closed or with its hours replaced. */
export interface RangeExceptionEntry {
  /** `YYYY-MM-DD`, the first date. */
  readonly from: string
  /** `YYYY-MM-DD`, the last date (included). */
  readonly to: string
  readonly closed?: boolean
  readonly hours?: readonly ExceptionHours[]
  readonly label?: string
}

/** The same month and day every year (`--12-25`, ISO 8601 month-day; `--02-29` in leap years only). */
export interface YearlyExceptionEntry {
  readonly date: `--${string}`
  readonly closed?: boolean
  readonly hours?: readonly ExceptionHours[]
  readonly label?: string
}

/**
 * Absolute instants, half-open `[start, end)`: ISO 8601 with `Z` or an offset, on whole minutes
 * (`2026-12-01T14:35:00Z`). Closed (`closed: true`) or open (`open: true`) whatever the local clock says.
 */
export interface InstantExceptionEntry {
  readonly start: string
  readonly end: string
  readonly closed?: boolean
  readonly open?: boolean
  readonly label?: string
}

/**
 * One calendar exception as JSON-friendly input: exactly one of a date, a range of dates, a
 * yearly month-day, or a span of absolute instants; a date entry has `closed: true` or `hours`,
 * an instant entry `closed: true` or `open: true`.
 */
export type ExceptionEntry = DateExceptionEntry | RangeExceptionEntry | YearlyExceptionEntry | InstantExceptionEntry
