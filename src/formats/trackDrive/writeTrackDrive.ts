import type { Hours } from '../../calendar/types'
import { readFormatOptions } from '../formatResult'
import { clockText, DAY_NAMES, dayPiecesOfWeek, hoursToWrite } from '../dayPieces'
import type { FormatLoss, WriteFormatOptions, WriteFormatResult } from '../types'

/** One TrackDrive open time: `day` 0–6 (Sunday = 0), times `"HH:MM"`, `"23:59"` for the end of the day. */
export interface TrackDriveOpenTime {
  readonly day: number
  readonly time_from: string
  readonly time_to: string
}

/** What {@link writeTrackDrive} writes: a business range's hours, and its zone when one was given. */
export interface TrackDriveBusinessRange {
  readonly time_zone?: string
  readonly open_times: readonly TrackDriveOpenTime[]
}

/** Options of {@link writeTrackDrive}: `timeZone` is written as the range's `time_zone` (IANA id). */
export type WriteTrackDriveOptions = WriteFormatOptions

/**
 * Writes callhours hours as a TrackDrive business range's `open_times`: one entry per open span of
 * each day, cut at midnight (a span past midnight is two entries), `"23:59"` for a span that runs to
 * the end of the day, closed days left out.
 *
 * Lost, each a located loss: a span that really ends at 23:59 (it reads back as running to
 * midnight: `approximated`), and every dated exception of a calendar (`not_supported` — a business
 * range has no dated hours).
 *
 * @param scheduleOrCalendar - a WeeklySchedule, or a Calendar from withExceptions
 * @param options - `timeZone`, written as `time_zone`
 * @returns `{ value, losses }`
 * @throws {TypeError} for a value that is not a schedule or calendar, or wrong options
 *
 * @example
 * const week = scheduleFromIntervals([{ start: 1980, end: 2460 }, { start: 8520, end: 10080 }])
 * writeTrackDrive(week, { timeZone: 'America/Chicago' }).value
 * //=> { time_zone: 'America/Chicago', open_times: [{ day: 1, time_from: '09:00', time_to: '17:00' }, { day: 5, time_from: '22:00', time_to: '23:59' }, { day: 6, time_from: '00:00', time_to: '23:59' }] }
 *
 * @example
 * // A close at 23:59 cannot be told from the end of the day
 * writeTrackDrive(scheduleFromIntervals([{ start: 540, end: 1439 }])).losses[0].code
 * //=> 'approximated'
 */
export function writeTrackDrive(scheduleOrCalendar: Hours, options?: WriteTrackDriveOptions): WriteFormatResult<TrackDriveBusinessRange> {
  const shared = readFormatOptions(options, [], 'writeTrackDrive')
  const { schedule, exceptions } = hoursToWrite(scheduleOrCalendar, 'writeTrackDrive')
  const losses: FormatLoss[] = []
  const openTimes: TrackDriveOpenTime[] = []
  const pieces = dayPiecesOfWeek(schedule.intervals)
  for (let day = 0; day < 7; day++) {
    for (const piece of pieces[day]!) {
      if (piece.end === 1439) {
        const index = schedule.intervals.findIndex((interval) => interval.end === day * 1440 + 1439)
        losses.push({ code: 'approximated', path: ['schedule', 'intervals', index], message: `${DAY_NAMES[day]} closes at 23:59, which TrackDrive's "23:59" cannot tell from the end of the day: it reads back as open until midnight` })
      }
      openTimes.push(Object.freeze({ day, time_from: clockText(piece.start), time_to: piece.end === 1440 ? '23:59' : clockText(piece.end) }))
    }
  }
  exceptions.forEach((_, index) => {
    losses.push({ code: 'not_supported', path: ['exceptions', index], message: 'a TrackDrive business range has no dated hours: this exception is not written' })
  })
  const value: TrackDriveBusinessRange = shared.timeZone === undefined ? { open_times: Object.freeze(openTimes) } : { time_zone: shared.timeZone, open_times: Object.freeze(openTimes) }
  return Object.freeze({ value: Object.freeze(value), losses: Object.freeze(losses.map((loss) => Object.freeze(loss))) })
}
