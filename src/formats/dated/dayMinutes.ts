// One local day's open minutes as a mask of 1,440 flags, and the dated entries a set of such days
// becomes. Shared by the formats whose dated rules layer over the week (Amazon Connect overrides,
// Genesys Cloud schedule groups): each resolves a day minute by minute, then writes callhours
// entries — a run of consecutive days with the same hours is one range entry. Internal.

import type { DayInterval } from '../../calendar/types'
import type { ExceptionEntry, ExceptionHours } from '../../calendar/entryTypes'
import { MINUTES_PER_DAY, MINUTES_PER_WEEK, type WeekInterval } from '../../week/types'
import { isoDateOfDay } from '../../zone/civil'

/** The open minutes of one local day: `mask[m] === 1` when minute `m` (0–1439) is open. */
export type DayMask = Uint8Array

/** A closed day. */
export function emptyDay(): DayMask {
  return new Uint8Array(MINUTES_PER_DAY)
}

/** Opens (`value` 1) or closes (`value` 0) minutes `[start, end)` of a day, clamped to 0–1440. */
export function markSpan(mask: DayMask, start: number, end: number, value: 0 | 1): void {
  mask.fill(value, Math.max(0, start), Math.min(MINUTES_PER_DAY, end))
}

/** The minutes of `weekday` (0 = Sunday) that a week in normal form holds open (a span from the day before included). */
export function weekDayMask(week: readonly WeekInterval[], weekday: number): DayMask {
  const mask = emptyDay()
  const first = weekday * MINUTES_PER_DAY
  for (const { start, end } of week) {
    if (end <= first || start >= first + MINUTES_PER_DAY) continue
    markSpan(mask, start - first, end - first, 1)
  }
  return mask
}

/** The seven day masks of a week, Sunday first. */
export function weekMasks(week: readonly WeekInterval[]): DayMask[] {
  const masks: DayMask[] = []
  for (let day = 0; day < 7; day++) masks.push(weekDayMask(week, day))
  return masks
}

/** Whether two days have the same open minutes. */
export function sameDay(a: DayMask, b: DayMask): boolean {
  for (let m = 0; m < MINUTES_PER_DAY; m++) if (a[m] !== b[m]) return false
  return true
}

/** A day's open minutes as sorted, disjoint spans `[start, end)` (touching ones joined). */
export function dayIntervals(mask: DayMask): DayInterval[] {
  const spans: DayInterval[] = []
  let m = 0
  while (m < MINUTES_PER_DAY) {
    if (mask[m] === 0) {
      m++
      continue
    }
    const start = m
    while (m < MINUTES_PER_DAY && mask[m] === 1) m++
    spans.push({ start, end: m })
  }
  return spans
}

/** Military time (`hhmm`) of a minute of the day; 1,440 is 2400. */
export function militaryOfMinute(minute: number): number {
  return Math.floor(minute / 60) * 100 + (minute % 60)
}

/** A day's spans as entry hours (military time). */
export function entryHours(spans: readonly DayInterval[]): ExceptionHours[] {
  return spans.map((span) => ({ time_open: militaryOfMinute(span.start), time_close: militaryOfMinute(span.end) }))
}

/** Day of the week (0 = Sunday) of a day count since 1970-01-01 (a Thursday). */
export function weekdayOfDay(day: number): number {
  return (((day + 4) % 7) + 7) % 7
}

/**
 * The entries that give each listed day its resolved hours: days whose hours equal the week's are
 * left out; a run of consecutive days with the same hours is one range entry (`{ from, to }`), a
 * lone day one date entry; a closed day is `closed: true`.
 */
export function entriesOfDays(days: ReadonlyMap<number, DayMask>, week: readonly DayMask[]): ExceptionEntry[] {
  return labelledEntriesOfDays(days, week, new Map())
}

/** Whether a week interval list is the whole week. */
export function isWholeWeek(week: readonly WeekInterval[]): boolean {
  return week.length === 1 && week[0]!.start === 0 && week[0]!.end === MINUTES_PER_WEEK
}

/**
 * Like `entriesOfDays`, with a label per day (the name of the rule that decided it): a run stops
 * where the label changes, and each entry carries its day's label (at most 200 characters).
 */
export function labelledEntriesOfDays(days: ReadonlyMap<number, DayMask>, week: readonly DayMask[], labels: ReadonlyMap<number, string>): ExceptionEntry[] {
  const sorted = [...days.keys()].sort((a, b) => a - b)
  const entries: ExceptionEntry[] = []
  let i = 0
  while (i < sorted.length) {
    const first = sorted[i]!
    const mask = days.get(first)!
    if (sameDay(mask, week[weekdayOfDay(first)]!)) {
      i++
      continue
    }
    const label = labels.get(first)
    let last = first
    while (
      i + 1 < sorted.length &&
      sorted[i + 1] === last + 1 &&
      labels.get(last + 1) === label &&
      sameDay(days.get(last + 1)!, mask) &&
      !sameDay(mask, week[weekdayOfDay(last + 1)]!)
    ) {
      i++
      last++
    }
    i++
    const spans = dayIntervals(mask)
    const effect = spans.length === 0 ? { closed: true as const } : { hours: entryHours(spans) }
    const named = label === undefined || label.trim() === '' ? {} : { label: label.length > 200 ? label.slice(0, 200) : label }
    entries.push(first === last ? { date: isoDateOfDay(first), ...effect, ...named } : { from: isoDateOfDay(first), to: isoDateOfDay(last), ...effect, ...named })
  }
  return entries
}
