// The Google shapes callhours reads and writes: Business Profile's `BusinessHours` and
// `SpecialHours` (Business Information API v1, and v4's older spellings) and Places API (New)
// `OpeningHours`. Types only; the pages are cited in docs/formats.md.

/** A day as Business Profile names it. */
export type GoogleDayOfWeek = 'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY'

/** `google.type.TimeOfDay` as JSON: fields that are zero are left out, so `{}` is midnight; `{ hours: 24 }` is the end of the day. */
export interface GoogleTimeOfDay {
  readonly hours?: number
  readonly minutes?: number
}

/** `google.type.Date` as JSON. */
export interface GoogleDate {
  readonly year: number
  readonly month: number
  readonly day: number
}

/** One opening of the week: from `openDay` `openTime` to `closeDay` `closeTime` (a later time that day, or a later day). */
export interface GoogleTimePeriod {
  readonly openDay: GoogleDayOfWeek
  readonly openTime: GoogleTimeOfDay
  readonly closeDay: GoogleDayOfWeek
  readonly closeTime: GoogleTimeOfDay
}

/** A location's regular hours. */
export interface GoogleBusinessHours {
  readonly periods: readonly GoogleTimePeriod[]
}

/** One date closed (`closed: true`), or one opening on it (under 24 hours; `endDate` the next day when it runs past midnight). */
export interface GoogleSpecialHourPeriod {
  readonly startDate: GoogleDate
  readonly endDate?: GoogleDate
  readonly openTime?: GoogleTimeOfDay
  readonly closeTime?: GoogleTimeOfDay
  readonly closed?: boolean
}

/** A location's special hours. */
export interface GoogleSpecialHours {
  readonly specialHourPeriods: readonly GoogleSpecialHourPeriod[]
}

/** What `writeGoogle` writes: the two hours fields of a Business Profile `Location` (`specialHours` when a calendar was given). */
export interface GoogleHours {
  readonly regularHours: GoogleBusinessHours
  readonly specialHours?: GoogleSpecialHours
}
