import type { Hours } from '../../calendar/types'
import type { PathSegment } from '../../ground/issues'
import { MINUTES_PER_DAY, MINUTES_PER_WEEK, type WeekInterval } from '../../week/types'
import { readFormatOptions } from '../formatResult'
import { clockText, DAY_NAMES, hoursToWrite, readChoice, writtenZoneName, type ZoneStyle } from '../dayPieces'
import type { FormatLoss, WriteFormatOptions, WriteFormatResult } from '../types'

/** A Ringba time of day. */
export interface RingbaTime {
  readonly hour: number
  readonly minute: number
}

/** One day's Ringba hours setting, camelCase as the API's JSON spells it. */
export interface RingbaOpenSetting {
  readonly openTime: RingbaTime
  readonly closeTime: RingbaTime
  readonly inverted: boolean
  readonly isClosed: boolean
}

/** What {@link writeRingba} writes (with `fieldNames: 'snake_case'` the same fields as `hours_of_operation`, `open_time`, …). */
export interface RingbaSchedule {
  readonly timeZoneId?: string
  readonly hoursOfOperation: readonly RingbaOpenSetting[]
}

/** One day's Ringba hours setting with the generated SDKs' snake_case names. */
export interface RingbaOpenSettingSnake {
  readonly open_time: RingbaTime
  readonly close_time: RingbaTime
  readonly inverted: boolean
  readonly is_closed: boolean
}

/** What {@link writeRingba} writes with `fieldNames: 'snake_case'`. */
export interface RingbaScheduleSnake {
  readonly time_zone_id?: string
  readonly hours_of_operation: readonly RingbaOpenSettingSnake[]
}

/** Options of {@link writeRingba}. */
export interface WriteRingbaOptions extends WriteFormatOptions {
  /** Which day the first setting is: `'sunday'` (the default) or `'monday'`, as {@link readRingba} reads it. */
  readonly firstDay?: 'sunday' | 'monday'
  /** `'camelCase'` (the default: the API's JSON) or `'snake_case'` (the generated SDKs' names). */
  readonly fieldNames?: 'camelCase' | 'snake_case'
  /** How `timeZoneId` names the zone: `'windows'` (the default: `Eastern Standard Time`) or `'iana'`. */
  readonly timeZoneStyle?: ZoneStyle
}

/** One day's pieces: minutes from that day's midnight (a piece may run past the next midnight). */
type Piece = { start: number; end: number }

/** The week as circular spans: a span over Saturday→Sunday is one span ending past 10080. */
function circularSpans(intervals: readonly WeekInterval[]): Piece[] {
  const spans = intervals.map((interval) => ({ start: interval.start, end: interval.end }))
  if (spans.length > 1 && spans[0]!.start === 0 && spans[spans.length - 1]!.end === MINUTES_PER_WEEK) {
    const first = spans.shift()!
    spans[spans.length - 1]!.end = MINUTES_PER_WEEK + first.end
  }
  return spans
}

/** A day's setting for its pieces (minutes of the day, sorted), or undefined when one setting cannot hold them. */
function settingOf(pieces: readonly Piece[]): { open: number; close: number; inverted: boolean } | undefined {
  if (pieces.length === 1) {
    const { start, end } = pieces[0]!
    const length = end - start
    if (length > MINUTES_PER_DAY) return undefined
    if (length === MINUTES_PER_DAY) return { open: start, close: start === 0 ? MINUTES_PER_DAY : start, inverted: false }
    return { open: start, close: end > MINUTES_PER_DAY ? end - MINUTES_PER_DAY : end, inverted: false }
  }
  if (pieces.length === 2 && pieces[0]!.start === 0 && pieces[1]!.end === MINUTES_PER_DAY && pieces[0]!.end < pieces[1]!.start) {
    return { open: pieces[0]!.end, close: pieces[1]!.start, inverted: true }
  }
  return undefined
}

/**
 * Writes callhours hours as Ringba hours of operation: seven settings `{ openTime, closeTime,
 * inverted, isClosed }` in day order (Sunday first, `firstDay`), and `timeZoneId` when a zone is given
 * (its Windows id, `timeZoneStyle`).
 *
 * One setting a day holds one span (running into the next day when it closes before it opens, so
 * spans past midnight are written on the day they start), or, `inverted`, a day open at both ends
 * around one closed gap; the end of the day is written 23:59, 24 hours as equal times. Of the ways to
 * cut the week at midnights, the writer takes one that every day can hold, with the fewest settings. A day that still needs
 * more (two breaks, say) keeps its first span: the
 * others are an `approximated` loss naming them. Also lost: a real close at 23:59 (reads back as
 * midnight), and every dated exception of a calendar (`not_supported`).
 *
 * @param scheduleOrCalendar - a WeeklySchedule, or a Calendar from withExceptions
 * @param options - `timeZone`, `firstDay`, `fieldNames`, `timeZoneStyle`
 * @returns `{ value, losses }`
 * @throws {TypeError | RangeError} for a value that is not a schedule or calendar, or wrong options
 *
 * @example
 * // Friday 22:00 to Saturday 02:00 is one setting, on Friday
 * const written = writeRingba(scheduleFromIntervals([{ start: 8520, end: 8760 }]), { timeZone: 'America/New_York' })
 * written.value.timeZoneId //=> 'Eastern Standard Time'
 * written.value.hoursOfOperation[5]
 * //=> { openTime: { hour: 22, minute: 0 }, closeTime: { hour: 2, minute: 0 }, inverted: false, isClosed: false }
 * written.value.hoursOfOperation[6].isClosed //=> true
 *
 * @example
 * // Open at both ends of Monday: one inverted setting
 * writeRingba(scheduleFromIntervals([{ start: 1440, end: 1980 }, { start: 2580, end: 2880 }])).value.hoursOfOperation[1]
 * //=> { openTime: { hour: 9, minute: 0 }, closeTime: { hour: 19, minute: 0 }, inverted: true, isClosed: false }
 */
export function writeRingba(scheduleOrCalendar: Hours, options: WriteRingbaOptions & { readonly fieldNames: 'snake_case' }): WriteFormatResult<RingbaScheduleSnake>
export function writeRingba(scheduleOrCalendar: Hours, options?: WriteRingbaOptions & { readonly fieldNames?: 'camelCase' }): WriteFormatResult<RingbaSchedule>
export function writeRingba(scheduleOrCalendar: Hours, options?: WriteRingbaOptions): WriteFormatResult<RingbaSchedule | RingbaScheduleSnake>
export function writeRingba(scheduleOrCalendar: Hours, options?: WriteRingbaOptions): WriteFormatResult<RingbaSchedule | RingbaScheduleSnake> {
  const shared = readFormatOptions(options, ['firstDay', 'fieldNames', 'timeZoneStyle'], 'writeRingba')
  const firstDay = readChoice(shared.own.firstDay, ['sunday', 'monday'] as const, 'sunday', 'writeRingba options.firstDay')
  const fieldNames = readChoice(shared.own.fieldNames, ['camelCase', 'snake_case'] as const, 'camelCase', 'writeRingba options.fieldNames')
  const zoneStyle = readChoice(shared.own.timeZoneStyle, ['windows', 'iana'] as const, 'windows', 'writeRingba options.timeZoneStyle')
  const { schedule, exceptions } = hoursToWrite(scheduleOrCalendar, 'writeRingba')
  const losses: FormatLoss[] = []
  const byDay = bestCut(circularSpans(schedule.intervals))
  const settings: { open: number; close: number; inverted: boolean; isClosed: boolean }[] = []
  for (let day = 0; day < 7; day++) {
    const pieces = byDay[day]!
    if (pieces.length === 0) {
      settings.push({ open: 0, close: 0, inverted: false, isClosed: true })
      continue
    }
    let setting = settingOf(pieces)
    if (setting === undefined) {
      setting = settingOf([pieces[0]!])!
      const dropped = pieces.slice(1).map((piece) => `${clockText(piece.start)}–${clockText(Math.min(piece.end, MINUTES_PER_DAY))}`)
      losses.push({ code: 'approximated', path: ['schedule', 'intervals'], message: `${DAY_NAMES[day]} needs more than one Ringba setting can hold: written ${clockText(pieces[0]!.start)}–${clockText(Math.min(pieces[0]!.end, MINUTES_PER_DAY))}; not written: ${dropped.join(', ')}` })
    }
    if (setting.close === 1439) losses.push({ code: 'approximated', path: ['schedule', 'intervals'], message: `${DAY_NAMES[day]} closes at 23:59, which Ringba's 23:59 cannot tell from midnight: it reads back as open until midnight` })
    settings.push({ ...setting, isClosed: false })
  }
  exceptions.forEach((_, index) => losses.push({ code: 'not_supported', path: ['exceptions', index], message: 'Ringba hours of operation have no dated hours: this exception is not written' }))
  const snake = fieldNames === 'snake_case'
  const time = (minute: number): RingbaTime => Object.freeze(minute === MINUTES_PER_DAY ? { hour: 23, minute: 59 } : { hour: Math.floor(minute / 60), minute: minute % 60 })
  const ordered = [0, 1, 2, 3, 4, 5, 6].map((index) => settings[firstDay === 'sunday' ? index : (index + 1) % 7]!)
  const list = ordered.map((s) =>
    Object.freeze(
      snake
        ? { open_time: time(s.open), close_time: time(s.close), inverted: s.inverted, is_closed: s.isClosed }
        : { openTime: time(s.open), closeTime: time(s.close), inverted: s.inverted, isClosed: s.isClosed },
    ),
  )
  const zonePath: PathSegment[] = [snake ? 'time_zone_id' : 'timeZoneId']
  const zone = shared.timeZone === undefined ? undefined : writtenZoneName(shared.timeZone, zoneStyle, zonePath, losses)
  const value: Record<string, unknown> = {}
  if (zone !== undefined) value[zonePath[0] as string] = zone
  value[snake ? 'hours_of_operation' : 'hoursOfOperation'] = Object.freeze(list)
  return Object.freeze({ value: Object.freeze(value) as unknown as RingbaSchedule, losses: Object.freeze(losses.map((loss) => Object.freeze(loss))) })
}

/**
 * The week's pieces by the day they start on, for the cut at midnights (join or split at each midnight
 * a span crosses: at most 2⁷ ways) that leaves the fewest days one setting cannot hold.
 */
function bestCut(spans: readonly Piece[]): Piece[][] {
  const crossed: number[] = []
  for (const span of spans) {
    for (let midnight = Math.floor(span.start / MINUTES_PER_DAY) + 1; midnight * MINUTES_PER_DAY < span.end; midnight++) crossed.push(midnight * MINUTES_PER_DAY)
  }
  let best: Piece[][] | undefined
  let bestScore = Infinity
  const ways = crossed.length > 14 ? 1 : 2 ** crossed.length
  for (let way = 0; way < ways; way++) {
    // Bit i set: split at crossed[i]. The first way splits at every midnight: always a valid start.
    const split = new Set(crossed.filter((_, i) => ((way >> i) & 1) === 0))
    const byDay: Piece[][] = [[], [], [], [], [], [], []]
    let valid = true
    for (const span of spans) {
      let start = span.start
      for (let cut = Math.floor(start / MINUTES_PER_DAY) + 1; cut * MINUTES_PER_DAY < span.end; cut++) {
        if (!split.has(cut * MINUTES_PER_DAY)) continue
        valid = addPiece(byDay, start, cut * MINUTES_PER_DAY) && valid
        start = cut * MINUTES_PER_DAY
      }
      valid = addPiece(byDay, start, span.end) && valid
    }
    if (!valid) continue
    // Fewest days one setting cannot hold first, then fewest pieces (a span kept whole over midnight).
    let score = 0
    for (const pieces of byDay) {
      pieces.sort((a, b) => a.start - b.start)
      score += pieces.length
      if (pieces.length > 0 && settingOf(pieces) === undefined) score += 1000
    }
    if (score < bestScore) {
      best = byDay
      bestScore = score
    }
  }
  return best!
}

/** Adds a piece to the day it starts on (minutes of that day); false when it is longer than a day. */
function addPiece(byDay: Piece[][], start: number, end: number): boolean {
  const day = Math.floor(start / MINUTES_PER_DAY)
  byDay[day % 7]!.push({ start: start - day * MINUTES_PER_DAY, end: end - day * MINUTES_PER_DAY })
  return end - start <= MINUTES_PER_DAY
}
