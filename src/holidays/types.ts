export type { DateExceptionEntry, ExceptionEntry, ExceptionHours, InstantExceptionEntry, RangeExceptionEntry, YearlyExceptionEntry } from '../calendar/entryTypes'

/** The kinds of holiday date-holidays knows. */
export type HolidayType = 'public' | 'bank' | 'school' | 'optional' | 'observance'

/** Years to produce or expand: a list (`[2026, 2027]`) or an inclusive span (`{ from: 2026, to: 2030 }`), within 1900–2200, at most 200. */
export type YearsOption = readonly number[] | { readonly from: number; readonly to: number }

/** The options of `holidayExceptions`. */
export interface HolidayExceptionsOptions {
  /** A region (state, province) code of the country, such as `'CA'` for US-CA; `'LA-NO'` names a region within a state. */
  readonly region?: string
  /** The years to list holidays of (required). */
  readonly years: YearsOption
  /** The kinds of holiday to list; default `['public']`. */
  readonly types?: readonly HolidayType[]
}

/** The options of `exceptionsFromIcs`. */
export interface ExceptionsFromIcsOptions {
  /** The years to expand repeating events in; required when the file has events that repeat other than yearly on one date. */
  readonly years?: YearsOption
}

/** @deprecated Renamed {@link ExceptionsFromIcsOptions}; this alias goes in the next minor version. */
export type IcsOptions = ExceptionsFromIcsOptions
