// Reading the `years` option, shared by both holiday sources, and plain calendar-date arithmetic.

import { reportError, type IssueCollector, type PathSegment } from '../ground/issues'
import { readArrayLength, readInteger, readItem, readOwnFields, UNREADABLE } from '../ground/readers'

/** The first year either source produces or expands. */
export const MIN_YEAR = 1900
/** The last year either source produces or expands. */
export const MAX_YEAR = 2200
/** At most this many years are asked for in one call. */
export const MAX_YEARS = 200

const YEAR_RULE = { min: MIN_YEAR, max: MAX_YEAR, expected: `an integer year ${MIN_YEAR}–${MAX_YEAR}` }
const EXPECTED = `a list of at most ${MAX_YEARS} years such as [2026, 2027], or a span such as { from: 2026, to: 2030 }, within ${MIN_YEAR}–${MAX_YEAR}`

/**
 * The years of a `years` option, distinct and ascending; undefined after located issues at
 * `['years', …]`: `missing_field`, `invalid_type`, `not_an_integer`, `out_of_range` (a year outside
 * 1900–2200, more than 200 years) and `out_of_order` (`from` after `to`). Internal.
 */
export function readYears(value: unknown, collector: IssueCollector): number[] | undefined {
  const path: PathSegment[] = ['years']
  if (value === undefined) {
    reportError(collector, path, 'missing_field', `years is required: expected ${EXPECTED}`, EXPECTED, 'undefined')
    return undefined
  }
  let isArray = false
  try {
    isArray = Array.isArray(value)
  } catch {
    // A revoked proxy: read as an object below, which reports it unreadable.
  }
  if (isArray) return readYearList(value, path, collector)
  if (typeof value !== 'object' || value === null) {
    const received = value === null ? 'null' : typeof value === 'number' ? `the number ${value} (a list is needed: [${value}])` : typeof value
    reportError(collector, path, 'invalid_type', `years must be ${EXPECTED}, received ${received}`, EXPECTED, value === null ? 'null' : typeof value)
    return undefined
  }
  const fields = readOwnFields(value, ['from', 'to'], path, collector, 'years')
  if (fields === undefined) return undefined
  const from = readInteger(fields.from, path, 'from', collector, YEAR_RULE)
  const to = readInteger(fields.to, path, 'to', collector, YEAR_RULE)
  if (from === undefined || to === undefined) return undefined
  if (from > to) {
    reportError(collector, path, 'out_of_order', `years.from ${from} is after years.to ${to}: the span runs from the earlier year to the later`, 'from ≤ to', `from ${from}, to ${to}`)
    return undefined
  }
  if (to - from + 1 > MAX_YEARS) {
    reportError(collector, path, 'out_of_range', `years ${from}–${to} spans ${to - from + 1} years: at most ${MAX_YEARS} are read in one call`, `at most ${MAX_YEARS} years`, String(to - from + 1))
    return undefined
  }
  const years: number[] = []
  for (let year = from; year <= to; year++) years.push(year)
  return years
}

function readYearList(list: unknown, path: readonly PathSegment[], collector: IssueCollector): number[] | undefined {
  const length = readArrayLength(list, path, collector, EXPECTED)
  if (length === undefined) return undefined
  if (length > MAX_YEARS) {
    reportError(collector, path, 'out_of_range', `years lists ${length} years: at most ${MAX_YEARS} are read in one call`, `at most ${MAX_YEARS} years`, String(length))
    return undefined
  }
  const years = new Set<number>()
  let ok = true
  for (let i = 0; i < length; i++) {
    const item = readItem(list, i, [...path, i], collector, `years[${i}]`)
    const year = item === UNREADABLE ? undefined : readInteger(item, path, i, collector, YEAR_RULE)
    if (year === undefined) ok = false
    else years.add(year)
  }
  return ok ? [...years].sort((a, b) => a - b) : undefined
}



/** Two digits, zero-padded. */
export function pad2(value: number): string {
  return String(value).padStart(2, '0')
}

/** An ISO instant on whole seconds, without milliseconds: `2026-12-01T14:35:00Z`. */
export function isoInstant(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
}
