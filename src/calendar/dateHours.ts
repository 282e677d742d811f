// The hours one local date really has, in minutes of that date: what the server's record for its
// weekday must say while the date lasts.

import { dayOverride, isWorkingCalendar, workingHours } from './sealedCalendar'
import type { DayInterval, Hours } from './types'
import { localDayRanges } from '../zone/localDay'
import { daySpans } from '../week/daySpans'
import type { WorkingWeek } from '../week/sealedSchedule'
import { offsetAt, stretchEndAfterOffsetAt, type ZoneOffsets } from '../zone/zoneOffsets'
import type { DayOfWeek } from '../ground/days'
import { MINUTE_MS } from '../ground/timeUnits'

const MINUTES_PER_DAY = 1440

/** The weekday (Sunday = 0) of a day count since 1970-01-01, a Thursday. */
export function weekdayOf(day: number): DayOfWeek {
  return ((((day + 4) % 7) + 7) % 7) as DayOfWeek
}

/**
 * The open spans (minutes of the day) of local date `day`: its dated entry or its weekday's hours,
 * then every absolute entry over the instants the date covers, at the local minutes they read.
 * Where a fall-back repeats an hour, an absolute entry that covers either reading of a minute sets
 * that minute: one weekly record cannot tell the two readings apart (docs/exceptions.md). A date
 * the clock skips (Pacific/Apia, 2011-12-30) has no hours. Internal.
 */
export function dateHours(hours: Hours, zone: ZoneOffsets, day: number): DayInterval[] {
  const readings = localDayRanges(zone, day)
  if (readings.length === 0) return []
  const working = workingHours(hours)
  const week: WorkingWeek = isWorkingCalendar(working) ? working.week : working
  const override = isWorkingCalendar(working) ? dayOverride(working, day) : undefined
  const base = override !== undefined ? override.intervals : daySpans(week, weekdayOf(day))
  if (!isWorkingCalendar(working) || working.instantStart.length === 0) return base.map((span) => ({ start: span.start, end: span.end }))
  const open = new Uint8Array(MINUTES_PER_DAY)
  for (const span of base) open.fill(1, span.start, span.end)
  const { instantStart, instantEnd, instantOpen } = working
  for (const instants of readings) {
    for (let i = 0; i < instantStart.length; i++) {
      const from = Math.max(instantStart[i]!, instants.start)
      const to = Math.min(instantEnd[i]!, instants.end)
      for (let t = from; t < to; ) {
        const offset = offsetAt(zone, t)
        const stop = Math.min(stretchEndAfterOffsetAt(zone), to)
        const first = Math.max(Math.floor((t + offset) / MINUTE_MS) - day * MINUTES_PER_DAY, 0)
        const last = Math.min(Math.ceil((stop + offset) / MINUTE_MS) - day * MINUTES_PER_DAY, MINUTES_PER_DAY)
        open.fill(instantOpen[i]!, first, last)
        t = stop
      }
    }
  }
  const spans: DayInterval[] = []
  for (let m = 0; m < MINUTES_PER_DAY; m++) {
    if (open[m] === 0) continue
    const start = m
    while (m < MINUTES_PER_DAY && open[m] === 1) m++
    spans.push({ start, end: m })
  }
  return spans
}
