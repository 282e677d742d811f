import { isOpen, openIntervals, type Hours } from '../index'

/** Far enough back to see the last change of any schedule that has one: a week, a DST hour, and a day to spare. */
const LOOK_BACK_MS = 8 * 24 * 3_600_000

/**
 * The schedule's state at an instant and since when it has held.
 *
 * @example
 * stateSince(weekdays9to5, new Date('2026-11-30T10:15Z'), 'UTC') //=> { open: true, since: 2026-11-30T09:00:00.000Z }
 */
export interface StateSince {
  readonly open: boolean
  /** When the current state began; null when it has held for over 8 days (never open, or open 24/7). */
  readonly since: Date | null
}

// The library answers "what comes next"; `status` also says since when. This derives it from the
// library's own answers (isOpen and openIntervals over the last 8 days) rather than from the weekly
// model, so the CLI holds no schedule logic of its own.

/**
 * Whether the schedule is open at `at`, and the instant that state began.
 *
 * Open: the start of the open span that reaches `at` (or `at` itself when it opens right then).
 * Closed: the end of the last open span before `at`.
 *
 * @param schedule - the weekly model
 * @param at - the instant
 * @param timeZone - a zone name the library accepts
 * @returns `{ open, since }`; `since` is null when the state has not changed in the last 8 days
 *
 * @example
 * // Mon–Fri 09:00–17:00 UTC, asked Monday 2026-11-30 10:15Z
 * stateSince(weekdays9to5, new Date('2026-11-30T10:15Z'), 'UTC')
 * //=> { open: true, since: 2026-11-30T09:00:00.000Z }
 *
 * @example
 * // Edge: never open
 * stateSince({ intervals: [] }, new Date(0), 'UTC') //=> { open: false, since: null }
 */
export function stateSince(schedule: Hours, at: Date, timeZone: string): StateSince {
  const open = isOpen(schedule, at, timeZone)
  const windowStart = at.getTime() - LOOK_BACK_MS
  const spans = openIntervals(schedule, windowStart, at, timeZone)
  const last = spans[spans.length - 1]
  if (open) {
    // Spans are maximal, so the one reaching `at` started when this opening began.
    if (last === undefined || last.end.getTime() !== at.getTime()) return { open, since: new Date(at.getTime()) }
    return { open, since: last.start.getTime() === windowStart ? null : last.start }
  }
  return { open, since: last === undefined ? null : last.end }
}
