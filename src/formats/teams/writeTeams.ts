import type { CalendarException, DayInterval, Hours } from '../../calendar/types'
import type { PathSegment } from '../../ground/issues'
import { daysFromCivil, isLeapYear } from '../../zone/civil'
import { localMinuteOfInstant } from '../../zone/localMinutes'
import { MINUTES_PER_DAY } from '../../week/types'
import { readFormatOptions } from '../formatResult'
import { clockText, DAY_NAMES, dayPiecesOfWeek, hoursToWrite, readChoice, writtenZoneName, type ZoneStyle } from '../dayPieces'
import type { FormatLoss, WriteFormatOptions, WriteFormatResult } from '../types'
import { mergeClosures, subtractSpans, weekdayOf, type Closure } from './closures'
import { dateText, localDateTimeText, timeSpanText } from './teamsTime'

/** A TimeRange as New-CsOnlineTimeRange takes it. */
export interface TeamsTimeRange {
  readonly Start: string
  readonly End: string
}

/** A DateTimeRange: local date-times with no offset. */
export interface TeamsDateTimeRange {
  readonly Start: string
  readonly End: string
}

/** The business hours: a weekly recurrent schedule. */
export interface TeamsWeeklySchedule {
  readonly Name: string
  readonly Type: 'WeeklyRecurrence'
  readonly WeeklyRecurrentSchedule: {
    readonly MondayHours: readonly TeamsTimeRange[]
    readonly TuesdayHours: readonly TeamsTimeRange[]
    readonly WednesdayHours: readonly TeamsTimeRange[]
    readonly ThursdayHours: readonly TeamsTimeRange[]
    readonly FridayHours: readonly TeamsTimeRange[]
    readonly SaturdayHours: readonly TeamsTimeRange[]
    readonly SundayHours: readonly TeamsTimeRange[]
    readonly ComplementEnabled: boolean
  }
}

/** A holiday: a fixed schedule of at most 10 date-time ranges. */
export interface TeamsFixedSchedule {
  readonly Name: string
  readonly Type: 'Fixed'
  readonly FixedSchedule: { readonly DateTimeRanges: readonly TeamsDateTimeRange[] }
}

/** What {@link writeTeams} writes: the schedules, and the auto attendant's `TimeZoneId` when a zone is given. */
export interface TeamsSchedules {
  readonly TimeZoneId?: string
  readonly Schedules: readonly (TeamsWeeklySchedule | TeamsFixedSchedule)[]
}

/** Options of {@link writeTeams}. */
export interface WriteTeamsOptions extends WriteFormatOptions {
  /**
   * Which way a time off Teams' grid (15 minutes in the week, 30 in holidays) moves: `'inward'` (the
   * default) opens less — spans shrink, closures grow — so no call is routed to a closed center;
   * `'outward'` opens more. Either way each moved time is a `rounded` loss.
   */
  readonly rounding?: 'inward' | 'outward'
  /** How `TimeZoneId` names the zone: `'windows'` (the default, as Teams' auto attendants do) or `'iana'`. */
  readonly timeZoneStyle?: ZoneStyle
}

/** Teams' fixed schedules hold at most this many date-time ranges. */
export const TEAMS_MAX_FIXED_RANGES = 10

const WEEK_GRID = 15
const HOLIDAY_GRID = 30

function snapOpen(spans: readonly DayInterval[], grid: number, rounding: 'inward' | 'outward', limit: number): DayInterval[] {
  const out: DayInterval[] = []
  for (const span of spans) {
    const start = rounding === 'inward' ? Math.ceil(span.start / grid) * grid : Math.floor(span.start / grid) * grid
    const end = Math.min(limit, rounding === 'inward' ? Math.floor(span.end / grid) * grid : Math.ceil(span.end / grid) * grid)
    if (start >= end) continue
    const last = out[out.length - 1]
    if (last !== undefined && start <= last.end) out[out.length - 1] = { start: last.start, end: Math.max(last.end, end) }
    else out.push({ start, end })
  }
  return out
}

function sameSpans(a: readonly DayInterval[], b: readonly DayInterval[]): boolean {
  return a.length === b.length && a.every((span, i) => span.start === b[i]!.start && span.end === b[i]!.end)
}

function spansText(spans: readonly DayInterval[]): string {
  return spans.length === 0 ? 'closed' : spans.map((span) => `${clockText(span.start)}–${clockText(span.end)}`).join(', ')
}

function dayOfDate(text: string): number {
  return daysFromCivil(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10)))
}

/**
 * Writes callhours hours as Microsoft Teams auto attendant schedules: one `WeeklyRecurrence`
 * schedule for the week (each day's spans as `{ Start, End }` TimeSpans, `"1.00:00"` for the end of
 * the day, a span past midnight cut there) and one `Fixed` schedule per dated exception (its closed
 * time as date-time ranges), with `TimeZoneId` (a Windows id) when `options.timeZone` is given.
 *
 * Teams' grid: week times on quarter hours, holiday times on half hours (New-CsOnlineTimeRange,
 * New-CsOnlineDateTimeRange); a time off it moves `rounding`'s way (inward by default) and is a
 * `rounded` loss. A closed week is written as the complement of the whole week (Teams needs one
 * range at least). Teams holidays only close, so:
 * - a date's hours that open time the week keeps closed are `not_supported` (what they close is written);
 * - an open instant entry is `not_supported`; a closed one is written in local time (`timeZone`
 *   needed), `approximated` when its ends fall in a repeated hour;
 * - a yearly entry is written as its dates in `years` (`expanded`), or not at all without `years`;
 * - a holiday needing more than 10 ranges keeps the first 10 (`over_limit`).
 * Entries are written after callhours' precedence is applied (a single date over a range over a
 * yearly date), so a date reopened inside a closed range stays open.
 *
 * @param scheduleOrCalendar - a WeeklySchedule, or a Calendar from withExceptions
 * @param options - `timeZone`, `years`, `rounding`, `timeZoneStyle`
 * @returns `{ value, losses }`
 * @throws {TypeError | RangeError} for a value that is not a schedule or calendar, or wrong options
 *
 * @example
 * const calendar = withExceptions(scheduleFromIntervals([{ start: 1980, end: 2460 }, { start: 8520, end: 8760 }]), [{ date: '2026-12-25', closed: true, label: 'Christmas' }])
 * const written = writeTeams(calendar, { timeZone: 'America/New_York' })
 * written.value.TimeZoneId //=> 'Eastern Standard Time'
 * written.value.Schedules[0].WeeklyRecurrentSchedule.FridayHours //=> [{ Start: '22:00', End: '1.00:00' }]
 * written.value.Schedules[0].WeeklyRecurrentSchedule.SaturdayHours //=> [{ Start: '00:00', End: '02:00' }]
 * written.value.Schedules[1]
 * //=> { Name: 'Christmas', Type: 'Fixed', FixedSchedule: { DateTimeRanges: [{ Start: '2026-12-25T00:00:00', End: '2026-12-26T00:00:00' }] } }
 *
 * @example
 * // 09:10 is off the quarter-hour grid: inward, Monday opens at 09:15
 * const off = writeTeams(scheduleFromIntervals([{ start: 1990, end: 2460 }]))
 * off.value.Schedules[0].WeeklyRecurrentSchedule.MondayHours //=> [{ Start: '09:15', End: '17:00' }]
 * off.losses[0].code //=> 'rounded'
 */
export function writeTeams(scheduleOrCalendar: Hours, options?: WriteTeamsOptions): WriteFormatResult<TeamsSchedules> {
  const shared = readFormatOptions(options, ['rounding', 'timeZoneStyle'], 'writeTeams')
  const rounding = readChoice(shared.own.rounding, ['inward', 'outward'] as const, 'inward', 'writeTeams options.rounding')
  const zoneStyle = readChoice(shared.own.timeZoneStyle, ['windows', 'iana'] as const, 'windows', 'writeTeams options.timeZoneStyle')
  const { schedule, exceptions } = hoursToWrite(scheduleOrCalendar, 'writeTeams')
  const losses: FormatLoss[] = []

  // The week, on the quarter-hour grid.
  const given = dayPiecesOfWeek(schedule.intervals)
  const written = given.map((spans, day) => {
    const snapped = snapOpen(spans, WEEK_GRID, rounding, MINUTES_PER_DAY)
    if (!sameSpans(spans, snapped)) {
      const index = schedule.intervals.findIndex((interval) => interval.end > day * MINUTES_PER_DAY && interval.start < (day + 1) * MINUTES_PER_DAY)
      losses.push({ code: 'rounded', path: ['schedule', 'intervals', index], message: `${DAY_NAMES[day]} ${spansText(spans)} is off Teams' quarter-hour grid: written ${rounding} as ${spansText(snapped)}` })
    }
    return snapped
  })
  const empty = written.every((spans) => spans.length === 0)
  const dayLists = written.map((spans) => (empty ? [{ start: 0, end: MINUTES_PER_DAY }] : spans).map((span) => Object.freeze({ Start: timeSpanText(span.start), End: timeSpanText(span.end) })))
  const weekly: TeamsWeeklySchedule = Object.freeze({
    Name: 'Business hours',
    Type: 'WeeklyRecurrence' as const,
    WeeklyRecurrentSchedule: Object.freeze({
      MondayHours: dayLists[1]!, TuesdayHours: dayLists[2]!, WednesdayHours: dayLists[3]!, ThursdayHours: dayLists[4]!,
      FridayHours: dayLists[5]!, SaturdayHours: dayLists[6]!, SundayHours: dayLists[0]!, ComplementEnabled: empty,
    }),
  })

  const fixed = holidaysOf(exceptions, written, shared.years, shared.timeZone, rounding, losses)
  const value: TeamsSchedules = shared.timeZone === undefined
    ? { Schedules: Object.freeze([weekly, ...fixed]) }
    : { TimeZoneId: writtenZoneName(shared.timeZone, zoneStyle, ['TimeZoneId'], losses), Schedules: Object.freeze([weekly, ...fixed]) }
  return Object.freeze({ value: Object.freeze(value), losses: Object.freeze(losses.map((loss) => Object.freeze(loss))) })
}

/** The fixed schedules of a calendar's exceptions, precedence applied, one per entry that closes something. */
function holidaysOf(
  exceptions: readonly CalendarException[],
  week: readonly (readonly DayInterval[])[],
  years: readonly number[] | undefined,
  timeZone: string | undefined,
  rounding: 'inward' | 'outward',
  losses: FormatLoss[],
): TeamsFixedSchedule[] {
  const closuresByEntry = new Map<number, Closure[]>()
  const opensBeyondWeek = new Set<number>()
  const add = (index: number, start: number, end: number): void => {
    if (start >= end) return
    const list = closuresByEntry.get(index)
    if (list === undefined) closuresByEntry.set(index, [{ start, end }])
    else list.push({ start, end })
  }
  const closeDay = (index: number, day: number, hours: readonly DayInterval[]): void => {
    const weekday = week[weekdayOf(day)]!
    if (subtractSpans(hours, weekday).length > 0) opensBeyondWeek.add(index)
    for (const closed of subtractSpans([{ start: 0, end: MINUTES_PER_DAY }], hours)) add(index, day * MINUTES_PER_DAY + closed.start, day * MINUTES_PER_DAY + closed.end)
  }
  const singles = new Set<number>()
  const ranges: { from: number; to: number }[] = []
  for (const exception of exceptions) {
    if (exception.kind === 'date') singles.add(dayOfDate(exception.date))
    else if (exception.kind === 'range') ranges.push({ from: dayOfDate(exception.from), to: dayOfDate(exception.to) })
  }
  exceptions.forEach((exception, index) => {
    const at: PathSegment[] = ['exceptions', index]
    switch (exception.kind) {
      case 'date':
        closeDay(index, dayOfDate(exception.date), exception.hours)
        break
      case 'range': {
        const from = dayOfDate(exception.from)
        const to = dayOfDate(exception.to)
        let runStart: number | undefined
        for (let day = from; day <= to + 1; day++) {
          const covered = day <= to && !singles.has(day)
          if (covered && exception.hours.length === 0) {
            runStart ??= day
            continue
          }
          if (runStart !== undefined) add(index, runStart * MINUTES_PER_DAY, day * MINUTES_PER_DAY)
          runStart = undefined
          if (covered) closeDay(index, day, exception.hours)
        }
        break
      }
      case 'yearly': {
        if (years === undefined) {
          losses.push({ code: 'not_supported', path: at, message: `the yearly ${exception.date} has no Teams form (holidays are dated): pass options.years to write its dates` })
          break
        }
        for (const year of years) {
          if (exception.month === 2 && exception.day === 29 && !isLeapYear(year)) continue
          const day = daysFromCivil(year, exception.month, exception.day)
          if (singles.has(day) || ranges.some((range) => range.from <= day && day <= range.to)) continue
          closeDay(index, day, exception.hours)
        }
        losses.push({ code: 'expanded', path: at, message: `the yearly ${exception.date} is written as its dates in ${years[0]}–${years[years.length - 1]}: later years are not covered` })
        break
      }
      case 'instant': {
        if (exception.open) {
          losses.push({ code: 'not_supported', path: at, message: 'Teams holidays only close: extra open hours are not written' })
          break
        }
        if (timeZone === undefined) {
          losses.push({ code: 'not_supported', path: at, message: 'a closure at absolute instants needs options.timeZone: Teams holidays are local date-times' })
          break
        }
        const start = localMinuteOfInstant(exception.start, timeZone)
        const end = localMinuteOfInstant(exception.end, timeZone)
        if (!start.exact || !end.exact) losses.push({ code: 'approximated', path: at, message: `this closure begins or ends in a repeated hour of ${timeZone}: written as the local times it reads, which Teams takes at their first showing` })
        add(index, start.minute, end.minute)
        break
      }
    }
  })
  for (const index of opensBeyondWeek) {
    losses.push({ code: 'not_supported', path: ['exceptions', index], message: 'Teams holidays only close: the hours this exception opens outside the weekly hours are not written (what it closes is)' })
  }
  const schedules: TeamsFixedSchedule[] = []
  const indices = [...closuresByEntry.keys()].sort((a, b) => a - b)
  for (const index of indices) {
    const merged = mergeClosures(closuresByEntry.get(index)!)
    const snapped = mergeClosures(
      merged
        .map((closure) => {
          const grow = rounding === 'inward'
          const start = grow ? Math.floor(closure.start / HOLIDAY_GRID) * HOLIDAY_GRID : Math.ceil(closure.start / HOLIDAY_GRID) * HOLIDAY_GRID
          const end = grow ? Math.ceil(closure.end / HOLIDAY_GRID) * HOLIDAY_GRID : Math.floor(closure.end / HOLIDAY_GRID) * HOLIDAY_GRID
          return { start, end }
        })
        .filter((closure) => closure.start < closure.end),
    )
    if (!sameSpans(merged, snapped)) losses.push({ code: 'rounded', path: ['exceptions', index], message: `a closure off Teams' half-hour grid for holidays is written ${rounding === 'inward' ? 'wider (inward: open less)' : 'narrower (outward: open more)'}` })
    if (snapped.length === 0) continue
    if (snapped.length > TEAMS_MAX_FIXED_RANGES) {
      losses.push({ code: 'over_limit', path: ['exceptions', index], message: `this exception needs ${snapped.length} date-time ranges; a Teams fixed schedule holds ${TEAMS_MAX_FIXED_RANGES}: the ranges from ${localDateTimeText(snapped[TEAMS_MAX_FIXED_RANGES]!.start)} on are not written` })
    }
    const exception = exceptions[index]!
    const name = exception.label ?? (exception.kind === 'date' ? exception.date : exception.kind === 'range' ? `${exception.from} – ${exception.to}` : exception.kind === 'yearly' ? exception.date : `Closed ${dateText(Math.floor(snapped[0]!.start / MINUTES_PER_DAY))}`)
    const ranges = snapped.slice(0, TEAMS_MAX_FIXED_RANGES).map((span) => Object.freeze({ Start: localDateTimeText(span.start), End: localDateTimeText(span.end) }))
    schedules.push(Object.freeze({ Name: name, Type: 'Fixed' as const, FixedSchedule: Object.freeze({ DateTimeRanges: Object.freeze(ranges) }) }))
  }
  return schedules
}
