// The pieces every format shares, so that each reader and writer is only its format: reading the
// input and the shared options once, turning day spans into week minutes, and making the one result
// shape. Internal to callhours/formats.

import { collectIssues, errorOfIssues, errorsOf, reportError, warningsOf, type IssueCollector, type PathSegment } from '../ground/issues'
import { describeCause, readOptionFields } from '../ground/readers'
import { validateExceptions } from '../calendar/validateExceptions'
import { withExceptions } from '../calendar/sealedCalendar'
import type { ExceptionEntry } from '../calendar/entryTypes'
import { normalizeIntervals } from '../week/normalizeIntervals'
import { sealSchedule } from '../week/sealedSchedule'
import { MINUTES_PER_DAY, MINUTES_PER_WEEK, type WeekInterval } from '../week/types'
import { resolveTimeZone } from '../zone/resolveTimeZone'
import { readYears } from '../holidays/years'
import type { FormatLoss, ReadFormatResult } from './types'

/** The longest JSON text a reader parses (16 MiB): larger input is a located `out_of_range` issue, not a parse. */
export const MAX_FORMAT_TEXT = 16 * 1024 * 1024

/** The shared options, read: the zone resolved to IANA, the years distinct and ascending. */
export interface SharedFormatOptions {
  readonly timeZone?: string
  readonly years?: readonly number[]
}

/**
 * Reads a format function's options once, own fields only: `timeZone` and `years` (checked here)
 * and the format's own `keys` (returned as they came, for the format to check). A wrong kind is a
 * `TypeError`, a wrong value (an unknown zone, a year out of range) a `RangeError` — options are the
 * caller's, not data.
 */
export function readFormatOptions<K extends string>(options: unknown, keys: readonly K[], owner: string): SharedFormatOptions & { readonly own: Partial<Record<K, unknown>> } {
  const fields = readOptionFields(options, ['timeZone', 'years', ...keys] as const, owner) as Partial<Record<'timeZone' | 'years' | K, unknown>>
  let timeZone: string | undefined
  if (fields.timeZone !== undefined) {
    if (typeof fields.timeZone !== 'string') throw new TypeError(`${owner} options.timeZone must be a zone name (a string), received ${typeof fields.timeZone}`)
    timeZone = resolveTimeZone(fields.timeZone)
  }
  let years: readonly number[] | undefined
  if (fields.years !== undefined) {
    const collector = collectIssues()
    const read = readYears(fields.years, collector)
    if (read === undefined) {
      const issues = errorsOf(collector).map((issue) => ({ ...issue, path: ['options', ...issue.path] }))
      throw errorOfIssues(issues)
    }
    years = read
  }
  const own = Object.create(null) as Partial<Record<K, unknown>>
  for (const key of keys) if (fields[key] !== undefined) own[key] = fields[key]
  return { timeZone, years, own }
}

/**
 * A format's JSON input as a value: parsed JSON passes through; a string is parsed (at most
 * `MAX_FORMAT_TEXT` characters), and a string that is not JSON is an `unreadable` issue at `[]`
 * naming where the parser stopped. Returns `undefined` after an issue.
 */
export function readJsonInput(input: unknown, collector: IssueCollector, what: string): unknown {
  if (typeof input !== 'string') return input
  if (input.length > MAX_FORMAT_TEXT) {
    reportError(collector, [], 'out_of_range', `${what} is ${input.length} characters of text: at most ${MAX_FORMAT_TEXT} are read`, `at most ${MAX_FORMAT_TEXT} characters`, String(input.length))
    return undefined
  }
  try {
    return JSON.parse(input) as unknown
  } catch (error) {
    reportError(collector, [], 'unreadable', `${what} is text that is not JSON: ${describeCause(error)}`, `${what} as JSON (text or parsed)`, 'text that is not JSON')
    return undefined
  }
}

/**
 * The week minutes of one day's span: `day` 0–6 (Sunday = 0), `open` and `close` minutes of the day
 * (0–1440). `close ≤ open` runs into the next day (a close of 0 after an open is midnight); a span
 * past Saturday's midnight wraps to Sunday. `open === close` is the whole 24 hours only when the
 * caller says so (`sameMeansAllDay`), else nothing. Pushes onto `into`.
 */
export function pushDaySpan(into: WeekInterval[], day: number, open: number, close: number, sameMeansAllDay = false): void {
  const start = day * MINUTES_PER_DAY + open
  let end = day * MINUTES_PER_DAY + close
  if (close === open) {
    if (!sameMeansAllDay) return
    end = start + MINUTES_PER_DAY
  } else if (close < open) end += MINUTES_PER_DAY
  pushWeekSpan(into, start, end)
}

/** A span of week minutes that may run past the week's end (at most one week long), wrapped to Sunday. Pushes onto `into`. */
export function pushWeekSpan(into: WeekInterval[], start: number, end: number): void {
  if (end - start >= MINUTES_PER_WEEK) {
    into.push({ start: 0, end: MINUTES_PER_WEEK })
    return
  }
  const s = ((start % MINUTES_PER_WEEK) + MINUTES_PER_WEEK) % MINUTES_PER_WEEK
  const e = s + (end - start)
  if (e <= MINUTES_PER_WEEK) into.push({ start: s, end: e })
  else {
    into.push({ start: s, end: MINUTES_PER_WEEK })
    into.push({ start: 0, end: e - MINUTES_PER_WEEK })
  }
}

/**
 * The one result shape of every reader. With any error in `collector` (or in the dated entries, read
 * here as `withExceptions` reads them, their paths under `exceptionsPath`), `ok: false` and no
 * schedule; otherwise the week in normal form, the entries, and `calendar` =
 * `withExceptions(schedule, exceptions)`. Everything in it is frozen.
 */
export function formatReadResult(
  collector: IssueCollector,
  week: readonly WeekInterval[],
  exceptions: readonly ExceptionEntry[],
  timeZone: string | undefined,
  losses: readonly FormatLoss[],
  exceptionsPath: readonly PathSegment[] = ['exceptions'],
): ReadFormatResult {
  const frozenLosses = Object.freeze(losses.map((loss) => Object.freeze({ ...loss, path: Object.freeze([...loss.path]) })))
  const entries = Object.freeze(exceptions.map((entry) => Object.freeze(entry)))
  const zone = timeZone === undefined ? {} : { timeZone }
  if (collector.errorCount === 0 && entries.length > 0) {
    const checked = validateExceptions(entries, { pathPrefix: exceptionsPath })
    if (!checked.ok) for (const issue of checked.issues) reportError(collector, issue.path, issue.code, issue.message, issue.expected, issue.received)
  }
  if (collector.errorCount > 0) {
    return Object.freeze({ ok: false as const, exceptions: entries, ...zone, issues: Object.freeze([...errorsOf(collector), ...warningsOf(collector)]), losses: frozenLosses })
  }
  const schedule = sealSchedule(normalizeIntervals(week.map((interval) => ({ start: interval.start, end: interval.end }))))
  const calendar = withExceptions(schedule, entries)
  return Object.freeze({ ok: true as const, schedule, calendar, exceptions: entries, ...zone, issues: Object.freeze(warningsOf(collector)), losses: frozenLosses })
}
