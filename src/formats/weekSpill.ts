// A week as each weekday's own spans, a span that runs past midnight kept whole on the day it starts
// (`end > 1440`) where writing it so reads back unambiguously. Shared by the writers of formats that
// write a span past midnight as "closes before it opens" (OSM, schema.org). Internal.

import type { WeeklySchedule } from '../week/types'

/** One span of a weekday in minutes since its midnight; `end > 1440` runs into the next day. */
export interface SpillSpan {
  readonly start: number
  readonly end: number
}

/**
 * Each weekday's spans (Sunday = 0), in order. A day's last span that runs to midnight joins the
 * next day's first span from midnight when it starts after midnight, the joined span ends before
 * it starts (so `22:00–02:00` cannot be read as a day's own 02:00–22:00… nor as 24 hours), and the
 * next day is not open all day. `wraps[d]` says day d's last span runs into day d + 1.
 */
export function weekWithSpill(schedule: WeeklySchedule): { days: SpillSpan[][]; wraps: boolean[] } {
  const minutes = new Uint8Array(10080)
  for (const interval of schedule.intervals) minutes.fill(1, interval.start, interval.end)
  const days: SpillSpan[][] = []
  for (let day = 0; day < 7; day++) {
    const spans: SpillSpan[] = []
    for (let m = day * 1440; m < (day + 1) * 1440; m++) {
      if (minutes[m] === 0) continue
      const start = m
      while (m < (day + 1) * 1440 && minutes[m] === 1) m++
      spans.push({ start: start - day * 1440, end: m - day * 1440 })
    }
    days.push(spans)
  }
  const wraps: boolean[] = []
  for (let day = 0; day < 7; day++) {
    const next = (day + 1) % 7
    const last = days[day]![days[day]!.length - 1]
    const first = days[next]![0]
    const wrap = last !== undefined && first !== undefined && last.end === 1440 && last.start > 0 && first.start === 0 && first.end < last.start && !(days[next]!.length === 1 && first.end === 1440)
    wraps.push(wrap)
    if (wrap) {
      days[day]![days[day]!.length - 1] = { start: last.start, end: 1440 + first.end }
      days[next] = days[next]!.slice(1)
    }
  }
  return { days, wraps }
}

/**
 * The week's intervals as spans of week minutes with the Saturday→Sunday wrap joined: a last
 * interval ending at 10080 and a first starting at 0 become one span ending past 10080. Fresh,
 * mutable copies, for a writer to cut as its format needs. Internal.
 */
export function spansWithWrapJoined(intervals: readonly { readonly start: number; readonly end: number }[]): { start: number; end: number }[] {
  const spans = intervals.map((interval) => ({ start: interval.start, end: interval.end }))
  const first = spans[0]
  const last = spans[spans.length - 1]
  if (spans.length > 1 && first!.start === 0 && last!.end === 10080) {
    spans.shift()
    last!.end = 10080 + first!.end
  }
  return spans
}
