import { DAY_NAMES } from '../ground/days'
import { report, type IssueCollector, type PathSegment } from '../ground/issues'
import { normalizeIntervals } from '../week/normalizeIntervals'
import { OPEN_ALL_WEEK } from '../week/sealedSchedule'
import { MINUTES_PER_DAY, type WeekInterval, type WeeklySchedule } from '../week/types'
import type { ReadRecord } from './readBusinessHours'

/**
 * The open minutes of one day that one record gives, as minutes of the day.
 * `invert` closes `[open, close)` and opens the rest; with `open === close` that is the whole day.
 */
function recordDaySpans(record: Pick<ReadRecord, 'openMinute' | 'closeMinute' | 'invert'>): WeekInterval[] {
  const { openMinute, closeMinute, invert } = record
  if (!invert) return openMinute < closeMinute ? [{ start: openMinute, end: closeMinute }] : []
  if (openMinute === closeMinute) return [{ start: 0, end: MINUTES_PER_DAY }]
  const spans: WeekInterval[] = []
  if (openMinute > 0) spans.push({ start: 0, end: openMinute })
  if (closeMinute < MINUTES_PER_DAY) spans.push({ start: closeMinute, end: MINUTES_PER_DAY })
  return spans
}

/**
 * Turns read records into the weekly model in normal form — not sealed: callers that hand it out
 * seal it (`sealSchedule`), the diff uses it inside and saves the cost — reporting the day-level warnings (missing day,
 * days whose records disagree on `work_day`, no records at all) to `collector` when one is given.
 * Internal to the package.
 */
export function scheduleFromRecords(
  records: readonly ReadRecord[],
  destroyed: number,
  pathPrefix: readonly PathSegment[] = [],
  collector?: IssueCollector,
): WeeklySchedule {
  const warn = (path: readonly PathSegment[], code: 'no_records' | 'missing_day' | 'conflicting_work_day', message: string) => {
    if (collector !== undefined) report(collector, { code, path, severity: 'warning', message })
  }
  if (records.length === 0) {
    warn(
      [...pathPrefix],
      'no_records',
      destroyed > 0
        ? 'every record is marked _destroy: with no records left the API treats the target as open 24/7'
        : 'no records: the API treats a target without business hours as open 24/7',
    )
    return OPEN_ALL_WEEK
  }

  const byDay: ReadRecord[][] = [[], [], [], [], [], [], []]
  for (const record of records) byDay[record.day_of_week]!.push(record)

  const intervals: WeekInterval[] = []
  byDay.forEach((dayRecords, day) => {
    if (dayRecords.length === 0) {
      warn([...pathPrefix], 'missing_day', `no record for ${DAY_NAMES[day]} (day_of_week ${day}): that day is closed; add { "day_of_week": ${day}, "work_day": false } to say so`)
      return
    }
    const offDay = dayRecords.find((record) => !record.work_day)
    if (offDay !== undefined) {
      if (dayRecords.some((record) => record.work_day)) {
        warn([...pathPrefix, offDay.index, 'work_day'], 'conflicting_work_day', `${DAY_NAMES[day]} has records with work_day true and false: the day is closed`)
      }
      return
    }
    const dayStart = day * MINUTES_PER_DAY
    for (const record of dayRecords) {
      for (const span of recordDaySpans(record)) intervals.push({ start: dayStart + span.start, end: dayStart + span.end })
    }
  })
  return { intervals: normalizeIntervals(intervals) }
}
