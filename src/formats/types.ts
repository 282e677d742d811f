// The one contract every format of `callhours/formats` keeps: what a reader answers, what a writer
// answers, and the options they share. Types only.

import type { Issue, PathSegment } from '../ground/issues'
import type { WeeklySchedule } from '../week/types'
import type { Calendar } from '../calendar/types'
import type { ExceptionEntry } from '../calendar/entryTypes'

/** The years over which recurring or positional rules are expanded: `[2026, 2027]` or `{ from: 2026, to: 2030 }` (1900–2200, at most 200 years). */
export type FormatYears = readonly number[] | { readonly from: number; readonly to: number }

/**
 * What one format holds that the other side cannot, as plain data.
 *
 * On reading, `path` locates the part of the source that was not carried (`[2, 'comment']`, or the
 * character offsets `['rule', 3]` of a text format); on writing, it locates the part of the schedule
 * or calendar that the format cannot hold (`['schedule', 'intervals', 4]`, `['exceptions', 2]`).
 * `code` names the kind of loss; `message` says in words what was lost and what was done instead
 * ("yearly Dec 25 expanded over 2026–2027", "Monday 09:10 rounded out to 09:00").
 */
export interface FormatLoss {
  readonly code: LossCode
  readonly path: readonly PathSegment[]
  readonly message: string
}

/**
 * The kinds of loss:
 * - `not_supported` — the source holds something callhours has no model for (an OSM comment or
 *   `unknown`, sunrise, a cap matrix), or the target format has no field for a part of the hours;
 * - `expanded` — a rule was written or read as its dates over `years` (a yearly rule in a format
 *   without recurrence; OSM precedence materialised): the instants are kept only within those years;
 * - `rounded` — a time was moved to fit the format's grid (Teams' 15 minutes);
 * - `over_limit` — more than the format allows (Connect's 50 overrides, Teams' 10 holidays): the
 *   part beyond the limit is named and not written;
 * - `zone` — the zone could not be written or read as it is (a name the format has no word for);
 * - `approximated` — written as near as the format allows, with the difference said in `message`.
 */
export type LossCode = 'not_supported' | 'expanded' | 'rounded' | 'over_limit' | 'zone' | 'approximated'

/** Options every reader takes; a format adds its own conventions beside these. */
export interface ReadFormatOptions {
  /** The zone to report when the source names none (IANA or Retreaver/Rails name). */
  readonly timeZone?: string
  /** The years over which rules the week cannot hold are expanded into dated entries. */
  readonly years?: FormatYears
}

/** Options every writer takes; a format adds its own conventions beside these. */
export interface WriteFormatOptions {
  /** The zone to write when the format holds one (IANA or Retreaver/Rails name). */
  readonly timeZone?: string
  /** The years over which a rule the format cannot hold (yearly, a range) is expanded. */
  readonly years?: FormatYears
}

/**
 * What every `read<Format>` answers. It never throws on data: `ok: false` with located `issues`
 * (and no schedule) when the input cannot be read as hours; `ok: true` with the weekly `schedule`,
 * the dated `exceptions` in callhours' own entry shapes, `calendar` = `withExceptions(schedule,
 * exceptions)` (present even with no entries), and `timeZone` when the source names one (else
 * `options.timeZone`, else absent). Warnings may come with `ok: true`. `losses` say what the source
 * holds that callhours cannot carry — never silently dropped.
 */
export type ReadFormatResult =
  | {
      readonly ok: true
      readonly schedule: WeeklySchedule
      readonly calendar: Calendar
      readonly exceptions: readonly ExceptionEntry[]
      readonly timeZone?: string
      readonly issues: readonly Issue[]
      readonly losses: readonly FormatLoss[]
    }
  | {
      readonly ok: false
      readonly schedule?: undefined
      readonly calendar?: undefined
      readonly exceptions: readonly ExceptionEntry[]
      readonly timeZone?: string
      readonly issues: readonly Issue[]
      readonly losses: readonly FormatLoss[]
    }

/** What every `write<Format>` answers: the format's own `value` and what it could not hold. */
export interface WriteFormatResult<V> {
  readonly value: V
  readonly losses: readonly FormatLoss[]
}
