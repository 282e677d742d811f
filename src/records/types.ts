import type { DayOfWeek } from '../ground/days'

export type { DayOfWeek }

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

