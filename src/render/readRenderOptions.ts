import { describeReceived } from '../ground/issues'
import { readOptionFields } from '../ground/readers'
import { MINUTES_PER_DAY, MINUTES_PER_WEEK } from '../week/types'
import type { WeekStart } from './weekDays'

// Options of the renderings, each read once, own fields only, each value checked: a `TypeError`
// for options that are not an object or cannot be read, a `RangeError` for a value out of place.

/** `weekStart`: `'monday'` (default) or `'sunday'`. */
export function readWeekStart(value: unknown): WeekStart {
  if (value === undefined) return 'monday'
  if (value === 'monday' || value === 'sunday') return value
  throw new RangeError(`weekStart must be 'monday' or 'sunday', got ${describeReceived(value)}`)
}

/** Options of `describeSchedule`. */
export function readDescribeOptions(options: unknown): { weekStart: WeekStart; from: string | undefined; to: string | undefined; timeZone: string | undefined } {
  const fields = readOptionFields(options, ['weekStart', 'from', 'to', 'timeZone'], 'describeSchedule')
  return {
    weekStart: readWeekStart(fields.weekStart),
    from: readOptionalText(fields.from, 'from'),
    to: readOptionalText(fields.to, 'to'),
    timeZone: readOptionalText(fields.timeZone, 'timeZone'),
  }
}

/** Options of `renderWeekGrid`, defaults applied. */
export function readGridOptions(
  options: unknown,
  defaults: { readonly open: string; readonly closed: string; readonly partial: string },
): { weekStart: WeekStart; cellMinutes: number; marks: { open: string; closed: string; partial: string }; weekOf: string | undefined; timeZone: string | undefined } {
  const fields = readOptionFields(options, ['weekStart', 'cellMinutes', 'marks', 'weekOf', 'timeZone'], 'renderWeekGrid')
  const cellMinutes = fields.cellMinutes ?? 30
  if (typeof cellMinutes !== 'number' || !Number.isInteger(cellMinutes) || cellMinutes <= 0 || MINUTES_PER_DAY % cellMinutes !== 0) {
    throw new RangeError(`cellMinutes must be a whole number of minutes that divides 1440 (a day), got ${describeReceived(cellMinutes)}`)
  }
  const given = readOptionFields(fields.marks, ['open', 'closed', 'partial'], 'renderWeekGrid marks')
  const marks = { open: defaults.open, closed: defaults.closed, partial: defaults.partial }
  for (const kind of ['open', 'closed', 'partial'] as const) {
    const mark = given[kind] ?? defaults[kind]
    if (typeof mark !== 'string' || Array.from(mark).length !== 1) {
      throw new RangeError(`marks.${kind} must be exactly one character, got ${typeof mark === 'string' ? JSON.stringify(mark.slice(0, 40)) : describeReceived(mark)}`)
    }
    marks[kind] = mark
  }
  return { weekStart: readWeekStart(fields.weekStart), cellMinutes, marks, weekOf: readOptionalText(fields.weekOf, 'weekOf'), timeZone: readOptionalText(fields.timeZone, 'timeZone') }
}

/** Options of `renderWeekSvg`, defaults applied. */
export function readSvgOptions(
  options: unknown,
  defaultWidth: number,
): { weekStart: WeekStart; width: number; title: string | undefined; timeZone: string | undefined; nowMinute: number | undefined; weekOf: string | undefined } {
  const fields = readOptionFields(options, ['weekStart', 'title', 'timeZone', 'now', 'width', 'weekOf'], 'renderWeekSvg')
  const width = fields.width ?? defaultWidth
  if (typeof width !== 'number' || !Number.isFinite(width) || width <= 0) {
    throw new RangeError(`width must be a positive number of pixels, got ${describeReceived(width)}`)
  }
  const text = (name: 'title' | 'timeZone'): string | undefined => {
    const value = fields[name]
    if (value === undefined || typeof value === 'string') return value
    throw new RangeError(`${name} must be text, got ${describeReceived(value)}`)
  }
  const nowMinute = readOptionFields(fields.now, ['weekMinute'], 'renderWeekSvg now').weekMinute
  if (nowMinute !== undefined && !(typeof nowMinute === 'number' && Number.isFinite(nowMinute) && nowMinute >= 0 && nowMinute < MINUTES_PER_WEEK)) {
    throw new RangeError(`now.weekMinute must be a minute of the week, 0 ≤ m < 10080, got ${describeReceived(nowMinute)}`)
  }
  return { weekStart: readWeekStart(fields.weekStart), width, title: text('title'), timeZone: text('timeZone'), nowMinute, weekOf: readOptionalText(fields.weekOf, 'weekOf') }
}

/** A text option, or undefined when not given; anything else is a RangeError naming it. */
function readOptionalText(value: unknown, name: string): string | undefined {
  if (value === undefined || typeof value === 'string') return value
  throw new RangeError(`${name} must be text, got ${describeReceived(value)}`)
}
