/**
 * Minutes in one week: Sunday 00:00 is minute 0, Saturday 24:00 is minute 10080.
 *
 * @example
 * // Monday 09:00 as a minute of the week
 * 1 * MINUTES_PER_DAY + 9 * 60 //=> 1980
 * MINUTES_PER_WEEK //=> 10080
 */
export const MINUTES_PER_WEEK = 10080

/**
 * Minutes in one day.
 *
 * @example
 * MINUTES_PER_DAY //=> 1440
 */
export const MINUTES_PER_DAY = 1440

/**
 * A half-open span of the week in minutes since Sunday 00:00: open at `start`, closed at `end`.
 * Always `0 ≤ start < end ≤ 10080` and integers.
 */
export interface WeekInterval {
  readonly start: number
  readonly end: number
}

/**
 * The weekly model: when a target is open, as wall-clock minutes of the week.
 *
 * `intervals` is in normal form: sorted, disjoint, touching intervals merged. A span across
 * Saturday→Sunday is kept as two pieces (`…–10080` and `0–…`); queries treat them as one.
 * An empty list means never open; `[{ start: 0, end: 10080 }]` means open 24/7.
 */
export interface WeeklySchedule {
  readonly intervals: readonly WeekInterval[]
}
