// OSM's own precedence, per day: rules apply in the order written, a rule joined with `;` replaces
// the whole day (a previous day's spill past midnight too) unless it only closes some times, one
// joined with `,` adds to it, and a
// span past midnight adds to the next day whatever rule holds that day. Checked against
// opening_hours.js (test/formats/osm). Internal to callhours/formats.

import { civilFromDays } from '../../zone/civil'
import type { DayInterval } from '../../calendar/types'
import type { OsmDateItem, OsmRule } from './osmRules'

/** One day as the rules see it: a day number (undefined for "a date no date selector names"), its weekday, a holiday. */
interface OsmDay {
  readonly day: number | undefined
  readonly weekday: number
  readonly holiday: boolean
  /** `month * 100 + day`, for yearly items. */
  readonly monthDay: number
}

function dateItemMatches(item: OsmDateItem, day: OsmDay): boolean {
  if (day.day === undefined) return false
  if (item.kind === 'explicit') return day.day >= item.fromDay && day.day <= item.toDay
  return item.from <= item.to ? day.monthDay >= item.from && day.monthDay <= item.to : day.monthDay >= item.from || day.monthDay <= item.to
}

/** Whether a rule's selectors take a day: every kind of selector it has must. */
export function ruleMatches(rule: OsmRule, day: OsmDay): boolean {
  if (rule.dates !== undefined && !rule.dates.some((item) => dateItemMatches(item, day))) return false
  if (rule.weekdays !== undefined || rule.holiday) return ((rule.weekdays ?? 0) & (1 << day.weekday)) !== 0 || (rule.holiday && day.holiday)
  return true
}

/** The day as the rules see it. */
export function osmDay(day: number, weekday: number, holidays: ReadonlySet<number>): OsmDay {
  const civil = civilFromDays(day)
  return { day, weekday, holiday: holidays.has(day), monthDay: civil.month * 100 + civil.day }
}

/** The generic day of a weekday: one that no date selector and no holiday names. */
export function genericDay(weekday: number): OsmDay {
  return { day: undefined, weekday, holiday: false, monthDay: 0 }
}

/**
 * The minutes a day is open under the rules (1 open, 0 not), written into `minutes` (1440 long),
 * given the day and the day before it. Returns the index of the last rule that set any minute of
 * the day, or -1.
 */
export function evaluateOsmDay(rules: readonly OsmRule[], today: OsmDay, yesterday: OsmDay, minutes: Uint8Array): number {
  minutes.fill(0)
  let last = -1
  for (const rule of rules) {
    const value = rule.state === 'open' ? 1 : 0
    if (ruleMatches(rule, today)) {
      // `We 12:00-13:00 off` closes that hour and leaves the rest of Wednesday as it was.
      if (!rule.additional && !(rule.state !== 'open' && rule.timed)) minutes.fill(0)
      for (const span of rule.spans) minutes.fill(value, span.start, Math.min(span.end, 1440))
      last = rule.index
    }
    if (rule.spans.some((span) => span.end > 1440) && ruleMatches(rule, yesterday)) {
      for (const span of rule.spans) if (span.end > 1440) minutes.fill(value, 0, span.end - 1440)
      last = rule.index
    }
  }
  return last
}

/** The open minutes as spans of the day, in order. */
export function daySpansOf(minutes: Uint8Array): DayInterval[] {
  const spans: DayInterval[] = []
  for (let m = 0; m < 1440; m++) {
    if (minutes[m] === 0) continue
    const start = m
    while (m < 1440 && minutes[m] === 1) m++
    spans.push({ start, end: m })
  }
  return spans
}
