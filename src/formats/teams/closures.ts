// Teams holidays are closures: spans of local minutes (since 1970-01-01 00:00 on the zone's clock)
// when the auto attendant leaves its business-hours flow. These turn them into callhours' dated
// entries and back. Internal to callhours/formats.

import type { DayInterval } from '../../calendar/types'
import type { ExceptionEntry, ExceptionHours } from '../../calendar/entryTypes'
import { MINUTES_PER_DAY } from '../../week/types'
import { dateText } from './teamsTime'

/** A closed span of local minutes, with the name of the schedule it came from. */
export interface Closure {
  readonly start: number
  readonly end: number
  readonly label?: string
}

/** Sorted, overlapping and touching spans merged (the first span's label kept). */
export function mergeClosures(closures: readonly Closure[]): Closure[] {
  const sorted = [...closures].sort((a, b) => a.start - b.start || a.end - b.end)
  const merged: Closure[] = []
  for (const closure of sorted) {
    const last = merged[merged.length - 1]
    if (last !== undefined && closure.start <= last.end) {
      if (closure.end > last.end) merged[merged.length - 1] = { ...last, end: closure.end }
    } else merged.push(closure)
  }
  return merged
}

/** `spans` minus `cut`, both sorted and disjoint spans of one day. */
export function subtractSpans(spans: readonly DayInterval[], cut: readonly DayInterval[]): DayInterval[] {
  const out: DayInterval[] = []
  for (const span of spans) {
    let start = span.start
    for (const piece of cut) {
      if (piece.end <= start || piece.start >= span.end) continue
      if (piece.start > start) out.push({ start, end: piece.start })
      start = Math.max(start, piece.end)
    }
    if (start < span.end) out.push({ start, end: span.end })
  }
  return out
}

/** The weekday (Sunday = 0) of a day number; 1970-01-01 was a Thursday. */
export function weekdayOf(days: number): number {
  return (((days + 4) % 7) + 7) % 7
}

function militaryOf(minute: number): number {
  return Math.floor(minute / 60) * 100 + (minute % 60)
}

function withLabel<T extends object>(entry: T, label: string | undefined): T {
  return label === undefined ? entry : { ...entry, label }
}

/**
 * Dated entries for closures over a week (`weekPieces[weekday]`: the day's open spans): whole days
 * closed become `{ date | from, to, closed: true }`, a partly closed day `{ date, hours }` — the day's
 * weekly hours less the closure — or nothing when the closure only covers time already closed.
 * Linear in the closures: a range of years is one entry, never a day at a time.
 */
export function entriesOfClosures(closures: readonly Closure[], weekPieces: readonly (readonly DayInterval[])[]): ExceptionEntry[] {
  const entries: ExceptionEntry[] = []
  const partial = new Map<number, { cut: DayInterval[]; label: string | undefined }>()
  const cutDay = (day: number, start: number, end: number, label: string | undefined): void => {
    const known = partial.get(day)
    if (known === undefined) partial.set(day, { cut: [{ start, end }], label })
    else known.cut.push({ start, end })
  }
  for (const closure of mergeClosures(closures)) {
    const firstDay = Math.floor(closure.start / MINUTES_PER_DAY)
    const endDay = Math.floor(closure.end / MINUTES_PER_DAY) // the day the closure ends in (at `end % 1440`)
    const startMinute = closure.start - firstDay * MINUTES_PER_DAY
    const endMinute = closure.end - endDay * MINUTES_PER_DAY
    if (firstDay === endDay) {
      cutDay(firstDay, startMinute, endMinute, closure.label)
      continue
    }
    let fullFrom = firstDay
    if (startMinute > 0) {
      cutDay(firstDay, startMinute, MINUTES_PER_DAY, closure.label)
      fullFrom = firstDay + 1
    }
    const fullTo = endDay - 1
    if (endMinute > 0) cutDay(endDay, 0, endMinute, closure.label)
    if (fullFrom === fullTo) entries.push(withLabel({ date: dateText(fullFrom), closed: true }, closure.label))
    else if (fullFrom < fullTo) entries.push(withLabel({ from: dateText(fullFrom), to: dateText(fullTo), closed: true }, closure.label))
  }
  const days = [...partial.keys()].sort((a, b) => a - b)
  for (const day of days) {
    const { cut, label } = partial.get(day)!
    cut.sort((a, b) => a.start - b.start)
    const weekly = weekPieces[weekdayOf(day)]!
    const open = subtractSpans(weekly, cut)
    if (open.length === weekly.length && open.every((span, i) => span.start === weekly[i]!.start && span.end === weekly[i]!.end)) continue
    const date = dateText(day)
    if (open.length === 0) entries.push(withLabel({ date, closed: true }, label))
    else entries.push(withLabel({ date, hours: open.map((span): ExceptionHours => ({ time_open: militaryOf(span.start), time_close: militaryOf(span.end) })) }, label))
  }
  return entries
}
