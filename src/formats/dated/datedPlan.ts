// What a calendar's dated entries mean once callhours' precedence is applied, in pieces a format
// with its own precedence can write without changing an instant: runs of days with replaced hours
// (a single date cut out of the range it falls in), yearly month-days with the years in which a
// date or range entry decides that day instead, and the absolute entries (which neither Connect nor
// Genesys can hold). Internal to the formats.

import type { CalendarException, DayInterval } from '../../calendar/types'
import { civilFromDays, daysFromCivil, isLeapYear } from '../../zone/civil'

/** Consecutive days `from`–`to` (day counts since 1970-01-01) whose hours are `hours` (empty: closed). */
export interface DatedRun {
  readonly from: number
  readonly to: number
  readonly hours: readonly DayInterval[]
  readonly label: string | null
  /** The index of the entry in `calendar.exceptions` it comes from. */
  readonly index: number
}

/** A yearly month-day, and the year spans in which a date or range entry decides that day instead. */
export interface YearlyPlan {
  readonly month: number
  readonly day: number
  readonly hours: readonly DayInterval[]
  readonly label: string | null
  readonly index: number
  /** Sorted, disjoint `[firstYear, lastYear]` spans whose occurrence must not be written. */
  readonly excludedYears: readonly (readonly [number, number])[]
}

/** A calendar's dated part, resolved. */
export interface DatedPlan {
  readonly runs: readonly DatedRun[]
  readonly yearly: readonly YearlyPlan[]
  /** Indexes of the absolute (`start`/`end`) entries. */
  readonly instants: readonly number[]
}

const keyOf = (hours: readonly DayInterval[]): string => hours.map((span) => `${span.start}-${span.end}`).join(',')

/**
 * Resolves a sealed calendar's exceptions: ranges with the same hours that touch are joined, each
 * single date cuts the run it falls in (a date beats a range), and each yearly month-day learns the
 * years whose occurrence a run decides. Work: O(n log n) in the number of entries.
 */
export function datedPlan(exceptions: readonly CalendarException[]): DatedPlan {
  const singles: DatedRun[] = []
  const ranges: DatedRun[] = []
  const yearlyEntries: { month: number; day: number; hours: readonly DayInterval[]; label: string | null; index: number }[] = []
  const instants: number[] = []
  exceptions.forEach((exception, index) => {
    if (exception.kind === 'date') {
      const day = dayOfIso(exception.date)
      singles.push({ from: day, to: day, hours: exception.hours, label: exception.label, index })
    } else if (exception.kind === 'range') ranges.push({ from: dayOfIso(exception.from), to: dayOfIso(exception.to), hours: exception.hours, label: exception.label, index })
    else if (exception.kind === 'yearly') yearlyEntries.push({ month: exception.month, day: exception.day, hours: exception.hours, label: exception.label, index })
    else instants.push(index)
  })
  ranges.sort((a, b) => a.from - b.from)
  const merged: DatedRun[] = []
  for (const range of ranges) {
    const last = merged[merged.length - 1]
    // Overlapping ranges have the same hours (a calendar refuses conflicts); touching ones join only then.
    if (last !== undefined && range.from <= last.to + 1 && (range.from <= last.to || keyOf(range.hours) === keyOf(last.hours))) {
      merged[merged.length - 1] = { ...last, to: Math.max(last.to, range.to) }
    } else merged.push(range)
  }
  singles.sort((a, b) => a.from - b.from)
  const distinct: DatedRun[] = []
  for (const single of singles) if (distinct.length === 0 || distinct[distinct.length - 1]!.from !== single.from) distinct.push(single)
  const runs: DatedRun[] = []
  let s = 0
  for (const range of merged) {
    while (s < distinct.length && distinct[s]!.from < range.from) runs.push(distinct[s++]!)
    let from = range.from
    while (s < distinct.length && distinct[s]!.from <= range.to) {
      const single = distinct[s++]!
      if (single.from > from) runs.push({ ...range, from, to: single.from - 1 })
      runs.push(single)
      from = single.from + 1
    }
    if (from <= range.to) runs.push({ ...range, from, to: range.to })
  }
  while (s < distinct.length) runs.push(distinct[s++]!)
  const yearly = yearlyEntries.map((entry) => ({ ...entry, excludedYears: excludedYears(entry.month, entry.day, runs) }))
  return { runs, yearly, instants }
}

/** The year spans in which a run covers `month`-`day`. */
function excludedYears(month: number, day: number, runs: readonly DatedRun[]): [number, number][] {
  const spans: [number, number][] = []
  for (const run of runs) {
    const firstYear = civilFromDays(run.from).year
    const lastYear = civilFromDays(run.to).year
    let first: number | undefined
    let last: number | undefined
    // Only the end years can miss the month-day; every year between is covered whole.
    for (const year of firstYear === lastYear ? [firstYear] : [firstYear, lastYear]) {
      if (month === 2 && day === 29 && !isLeapYear(year)) continue
      const at = daysFromCivil(year, month, day)
      if (at >= run.from && at <= run.to) {
        first = first === undefined ? year : Math.min(first, year)
        last = last === undefined ? year : Math.max(last, year)
      }
    }
    const innerFirst = firstYear + 1
    const innerLast = lastYear - 1
    if (innerFirst <= innerLast) {
      first = first === undefined ? innerFirst : Math.min(first, innerFirst)
      last = last === undefined ? innerLast : Math.max(last, innerLast)
    }
    if (first !== undefined && last !== undefined) spans.push([first, last])
  }
  spans.sort((a, b) => a[0] - b[0])
  const joined: [number, number][] = []
  for (const span of spans) {
    const prev = joined[joined.length - 1]
    if (prev !== undefined && span[0] <= prev[1] + 1) prev[1] = Math.max(prev[1], span[1])
    else joined.push([span[0], span[1]])
  }
  return joined
}

/** Day count of a checked `YYYY-MM-DD`. */
export function dayOfIso(date: string): number {
  return daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)))
}
