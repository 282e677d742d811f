/** Day of the week as the Retreaver API numbers it: Sunday = 0 … Saturday = 6. */
export type DayOfWeek = 0 | 1 | 2 | 3 | 4 | 5 | 6

/**
 * One business-hour record in the shape the API accepts (`business_hours_attributes`).
 *
 * `time_open`/`time_close` are military time (0–2400, last two digits 00–59); 2400 only closes.
 * `id` must be sent back when updating an existing record; `_destroy: true` deletes it.
 */
export interface BusinessHourInput {
  readonly id?: number
  readonly day_of_week: DayOfWeek
  readonly time_open: number
  readonly time_close: number
  readonly work_day: boolean
  readonly invert: boolean
  readonly _destroy?: boolean
}

/** One business-hour record as the API returns it inside `target.business_hours`. */
export interface BusinessHourRecord extends BusinessHourInput {
  readonly id: number
  readonly target_id?: number
  readonly created_at?: string
  readonly updated_at?: string
}

/** One segment of the location of an issue: an object key or an array index. */
export type PathSegment = string | number

/** Machine-readable kinds of problem that validation reports. */
export type IssueCode =
  | 'not_an_array'
  | 'not_an_object'
  | 'missing_field'
  | 'invalid_type'
  | 'not_an_integer'
  | 'out_of_range'
  | 'invalid_minutes'
  | 'open_at_2400'
  | 'close_before_open'
  | 'conflicting_invert'
  | 'duplicate_id'
  | 'unknown_id'
  | 'unknown_cap_type'
  | 'unknown_time_zone'
  | 'conflicting_field'
  | 'unexpected_destroy'
  | 'empty_block'
  | 'missing_day'
  | 'no_records'
  | 'conflicting_work_day'

/**
 * One problem found in input, as plain data.
 *
 * `path` locates the value inside what was validated (`[3, 'time_close']`); render it with
 * `formatIssuePath`. `expected` and `received` say, in words, what should have been there and what came.
 */
export interface Issue {
  readonly code: IssueCode
  readonly path: readonly PathSegment[]
  readonly message: string
  readonly severity: 'error' | 'warning'
  readonly expected?: string
  readonly received?: string
}
