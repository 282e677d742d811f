import { daysInMonth, isLeapYear } from '../zone/civil'
import { readIsoInstant } from '../zone/isoInstant'
import { MINUTE_MS } from '../ground/timeUnits'
// Reads exception entries (holidays, special hours, closures) once, at the edge, into checked,
// frozen data; then finds entries of one kind that give one date or instant different hours.

import { describeReceived, reportError, type IssueCollector, type PathSegment } from '../ground/issues'
import { isPlainObject, readArrayLength, readBoolean, readItem, readMilitaryTime, readOwnKeys, readText, UNREADABLE, minuteOfMilitary } from '../ground/readers'
import { daysFromCivil } from '../zone/civil'
import type { CalendarException, DayInterval } from './types'

/** The fields an entry may have; anything else is a typo worth an error, not a field to drop. */
const ENTRY_KEYS = ['date', 'from', 'to', 'start', 'end', 'closed', 'open', 'hours', 'label'] as const
const BLOCK_KEYS = ['time_open', 'time_close'] as const
const MAX_LABEL = 200
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const MONTH_DAY = /^--(\d{2})-(\d{2})$/
const DATE_EXPECTED = 'a calendar date YYYY-MM-DD'
const MONTH_DAY_EXPECTED = 'a date YYYY-MM-DD, or --MM-DD for every year'
const INSTANT_EXPECTED = 'an ISO 8601 instant with a zone, such as 2026-12-01T14:35:00Z or 2026-12-01T09:35-05:00'
/** Days in each month of a leap year: `--02-29` is a real month-day. */
const MONTH_LENGTHS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

const EXPECTED_ENTRY =
  "an exception such as { date: '2026-12-25', closed: true }, { from, to, hours: [...] }, { date: '--12-25', closed: true } or { start, end, closed: true }"

/** Days since 1970-01-01 of a `YYYY-MM-DD` that names a real date, or undefined. */
export function dayOfDate(text: string): number | undefined {
  const match = DATE.exec(text)
  if (match === null) return undefined
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined
  return daysFromCivil(year, month, day)
}

/** Reads a `YYYY-MM-DD` argument to a day number, or throws a RangeError naming it. Internal. */
export function requireDate(date: unknown, name: string): number {
  const day = typeof date === 'string' ? dayOfDate(date) : undefined
  if (day === undefined) throw new RangeError(`${name} must be a calendar date YYYY-MM-DD, received ${describeReceived(date)}`)
  return day
}

export { isLeapYear }

/** Reads one `YYYY-MM-DD` field; `invalid_date` says which rule it broke. */
function readDate(value: unknown, parent: readonly PathSegment[], key: string, collector: IssueCollector): { text: string; day: number } | undefined {
  const path = [...parent, key]
  if (typeof value !== 'string') {
    reportError(collector, path, 'invalid_date', `${key} must be ${DATE_EXPECTED}, received ${describeReceived(value)}`, DATE_EXPECTED, describeReceived(value))
    return undefined
  }
  const day = dayOfDate(value)
  if (day === undefined) {
    const why = DATE.test(value) ? `${JSON.stringify(value)} is not a day on the calendar` : `received ${describeReceived(value)}`
    reportError(collector, path, 'invalid_date', `${key} must be ${DATE_EXPECTED}: ${why}`, DATE_EXPECTED, describeReceived(value))
    return undefined
  }
  return { text: value, day }
}

/** Reads an ISO instant with a zone, on a whole minute, to epoch ms (the one ISO reader, `readIsoInstant`). */
function readInstant(value: unknown, parent: readonly PathSegment[], key: string, collector: IssueCollector): number | undefined {
  const path = [...parent, key]
  const reading = typeof value === 'string' ? readIsoInstant(value) : ({ ok: false, reason: 'format' } as const)
  if (!reading.ok && reading.reason !== 'no_zone') {
    reportError(collector, path, 'invalid_date', `${key} must be ${INSTANT_EXPECTED}, received ${describeReceived(value)}`, INSTANT_EXPECTED, describeReceived(value))
    return undefined
  }
  if (!reading.ok) {
    reportError(
      collector,
      path,
      'invalid_date',
      `${key} ${JSON.stringify(value)} has no zone: an instant needs Z or an offset such as -05:00 (for local dates use { date } entries)`,
      INSTANT_EXPECTED,
      describeReceived(value),
    )
    return undefined
  }
  if (reading.ms % MINUTE_MS !== 0) {
    reportError(
      collector,
      path,
      'not_whole_minute',
      `${key} ${JSON.stringify(value)} is not on a whole minute: the server's hours have minute precision`,
      'an instant on a whole minute (seconds 00)',
      describeReceived(value),
    )
    return undefined
  }
  return reading.ms
}

/** Reads `hours: [{ time_open, time_close }, …]` into a day's hours in normal form. */
function readHours(value: unknown, parent: readonly PathSegment[], collector: IssueCollector): DayInterval[] | undefined {
  const path = [...parent, 'hours']
  const expected = 'an array of { time_open, time_close } blocks in military time ([] closes the date)'
  const length = readArrayLength(value, path, collector, expected)
  if (length === undefined) return undefined
  const before = collector.errorCount
  const blocks: DayInterval[] = []
  for (let index = 0; index < length; index++) {
    const at = [...path, index]
    const block = readItem(value, index, at, collector, 'the block')
    if (block === UNREADABLE) continue
    if (!isPlainObject(block)) {
      reportError(collector, at, 'not_an_object', `expected a block { time_open, time_close }, received ${describeReceived(block)}`, '{ time_open, time_close }', describeReceived(block))
      continue
    }
    const fields = readFields(block, BLOCK_KEYS, at, collector, 'the block', '{ time_open, time_close } (no invert or work_day: a closed date is closed: true)')
    if (fields === undefined) continue
    for (const key of BLOCK_KEYS) {
      if (fields[key] === undefined) reportError(collector, [...at, key], 'missing_field', `${key} is required in an exception's block`, 'military time 0–2400', 'nothing')
    }
    const open = fields.time_open === undefined ? undefined : readMilitaryTime(fields.time_open, at, 'time_open', collector)
    const close = fields.time_close === undefined ? undefined : readMilitaryTime(fields.time_close, at, 'time_close', collector)
    if (open === undefined || close === undefined) continue
    if (open === 2400) {
      reportError(collector, [...at, 'time_open'], 'open_at_2400', 'time_open 2400 is the end of the day: a block cannot open then', 'military time 0–2359', '2400')
      continue
    }
    if (close <= open) {
      reportError(
        collector,
        [...at, 'time_close'],
        'close_before_open',
        `time_close ${close} must be after time_open ${open}: a block runs within its date (2400 is midnight at its end)`,
        `military time after ${open}`,
        String(close),
      )
      continue
    }
    blocks.push({ start: minuteOfMilitary(open), end: minuteOfMilitary(close) })
  }
  return collector.errorCount > before ? undefined : normalizeDay(blocks)
}


/** Sorted, disjoint, touching blocks merged, frozen. */
function normalizeDay(blocks: DayInterval[]): DayInterval[] {
  blocks.sort((a, b) => a.start - b.start)
  const merged: { start: number; end: number }[] = []
  for (const block of blocks) {
    const last = merged[merged.length - 1]
    if (last !== undefined && block.start <= last.end) last.end = Math.max(last.end, block.end)
    else merged.push({ start: block.start, end: block.end })
  }
  return merged.map((block) => Object.freeze(block))
}

/** Reads the own fields of an object, refusing keys it does not know (a typo must not be dropped). */
function readFields<K extends string>(
  value: object,
  keys: readonly K[],
  path: readonly PathSegment[],
  collector: IssueCollector,
  what: string,
  expected: string,
): Partial<Record<K, unknown>> | undefined {
  const present = readOwnKeys(value, path, collector, what)
  if (present === undefined) return undefined
  const fields = Object.create(null) as Partial<Record<K, unknown>>
  let ok = true
  try {
    for (const key of present) {
      if ((keys as readonly string[]).includes(key)) fields[key as K] = (value as Record<string, unknown>)[key]
      else {
        reportError(collector, [...path, key], 'unknown_field', `${what} has an unknown field ${JSON.stringify(key)}: expected ${expected}`, expected, JSON.stringify(key))
        ok = false
      }
    }
  } catch {
    reportError(collector, path, 'unreadable', `${what} could not be read`, 'a plain object', 'an object whose fields throw')
    return undefined
  }
  return ok ? fields : undefined
}

/** Reads `closed: true` / `hours: [...]` (and, for instants, `open: true`) into the entry's effect. */
function readEffect(
  fields: Partial<Record<(typeof ENTRY_KEYS)[number], unknown>>,
  at: readonly PathSegment[],
  collector: IssueCollector,
  instant: boolean,
): { hours?: DayInterval[]; open?: boolean } | undefined {
  const given = (['closed', 'open', 'hours'] as const).filter((key) => fields[key] !== undefined)
  const allowed = instant ? 'closed: true or open: true' : 'closed: true or hours: [...]'
  if (given.length === 0) {
    reportError(collector, at, 'missing_field', `the exception says neither ${allowed.replace(' or ', ' nor ')}`, allowed, 'neither')
    return undefined
  }
  if (given.length > 1) {
    reportError(collector, [...at, given[1]!], 'conflicting_field', `the exception gives both ${given[0]} and ${given[1]}: expected ${allowed}, one of them`, allowed, `${given[0]} and ${given[1]}`)
    return undefined
  }
  const key = given[0]!
  if (key === 'hours') {
    if (instant) {
      reportError(collector, [...at, 'hours'], 'conflicting_field', 'an exception with start and end is open or closed as a whole: expected closed: true or open: true, not hours', allowed, 'hours')
      return undefined
    }
    const hours = readHours(fields.hours, at, collector)
    return hours === undefined ? undefined : { hours }
  }
  if (key === 'open' && !instant) {
    reportError(collector, [...at, 'open'], 'conflicting_field', 'a date is opened with hours: [{ time_open, time_close }], not open: true', allowed, 'open')
    return undefined
  }
  const flag = readBoolean(fields[key], at, key, collector)
  if (flag === undefined) return undefined
  if (!flag) {
    const instead = key === 'closed' ? (instant ? 'open: true' : 'hours: [...]') : 'closed: true'
    reportError(collector, [...at, key], 'invalid_type', `${key} must be true when given (for the other case write ${instead})`, 'true', 'false')
    return undefined
  }
  return instant ? { open: key === 'open' } : { hours: [] }
}

function readLabel(value: unknown, at: readonly PathSegment[], collector: IssueCollector): string | null | undefined {
  if (value === undefined || value === null) return null
  const text = readText(value, at, 'label', collector)
  if (text === undefined) return undefined
  if (text.length > MAX_LABEL) {
    reportError(collector, [...at, 'label'], 'out_of_range', `label has ${text.length} characters: at most ${MAX_LABEL}`, `at most ${MAX_LABEL} characters`, String(text.length))
    return undefined
  }
  return text
}

/** Reads one entry; undefined after reporting its issues. */
function readEntry(entry: object, at: readonly PathSegment[], collector: IssueCollector): CalendarException | undefined {
  const fields = readFields(entry, ENTRY_KEYS, at, collector, 'the exception', EXPECTED_ENTRY)
  if (fields === undefined) return undefined
  const before = collector.errorCount
  const label = readLabel(fields.label, at, collector)
  const shapes = [fields.date !== undefined && 'date', (fields.from !== undefined || fields.to !== undefined) && 'from/to', (fields.start !== undefined || fields.end !== undefined) && 'start/end'].filter(
    (shape): shape is string => shape !== false,
  )
  if (shapes.length !== 1) {
    const message =
      shapes.length === 0
        ? `the exception has no date: expected ${EXPECTED_ENTRY}`
        : `the exception gives both ${shapes[0]} and ${shapes[1]}: expected one date, one range of dates, or one span of instants`
    reportError(collector, at, shapes.length === 0 ? 'missing_field' : 'conflicting_field', message, 'date, from/to, or start/end', shapes.length === 0 ? 'none' : shapes.join(' and '))
    return undefined
  }
  const instant = shapes[0] === 'start/end'
  const effect = readEffect(fields, at, collector, instant)
  if (instant) {
    for (const key of ['start', 'end'] as const) if (fields[key] === undefined) reportError(collector, [...at, key], 'missing_field', `${key} is required with ${key === 'start' ? 'end' : 'start'}`, INSTANT_EXPECTED, 'nothing')
    const start = fields.start === undefined ? undefined : readInstant(fields.start, at, 'start', collector)
    const end = fields.end === undefined ? undefined : readInstant(fields.end, at, 'end', collector)
    if (start !== undefined && end !== undefined && end <= start) {
      reportError(collector, [...at, 'end'], 'out_of_order', `end ${String(fields.end)} must be after start ${String(fields.start)}`, `an instant after ${String(fields.start)}`, describeReceived(fields.end))
    }
    if (collector.errorCount > before || effect === undefined || label === undefined) return undefined
    return Object.freeze({ kind: 'instant', start: start!, end: end!, open: effect.open!, label })
  }
  if (shapes[0] === 'from/to') {
    for (const key of ['from', 'to'] as const) if (fields[key] === undefined) reportError(collector, [...at, key], 'missing_field', `${key} is required with ${key === 'from' ? 'to' : 'from'}`, DATE_EXPECTED, 'nothing')
    const from = fields.from === undefined ? undefined : readDate(fields.from, at, 'from', collector)
    const to = fields.to === undefined ? undefined : readDate(fields.to, at, 'to', collector)
    if (from !== undefined && to !== undefined && to.day < from.day) {
      reportError(collector, [...at, 'to'], 'out_of_order', `to ${to.text} is before from ${from.text}: a range includes both ends, so one date is from: d, to: d`, `a date on or after ${from.text}`, to.text)
    }
    if (collector.errorCount > before || effect === undefined || label === undefined) return undefined
    return Object.freeze({ kind: 'range', from: from!.text, to: to!.text, hours: Object.freeze(effect.hours!), label })
  }
  const date = fields.date
  const monthDay = typeof date === 'string' ? MONTH_DAY.exec(date) : null
  if (monthDay !== null) {
    const month = Number(monthDay[1])
    const day = Number(monthDay[2])
    if (month < 1 || month > 12 || day < 1 || day > MONTH_LENGTHS[month - 1]!) {
      reportError(collector, [...at, 'date'], 'invalid_date', `date ${JSON.stringify(date)} is not a month and day that exists`, MONTH_DAY_EXPECTED, describeReceived(date))
    }
    if (collector.errorCount > before || effect === undefined || label === undefined) return undefined
    return Object.freeze({ kind: 'yearly', date: date as string, month, day, hours: Object.freeze(effect.hours!), label })
  }
  const single = readDate(date, at, 'date', collector)
  if (collector.errorCount > before || single === undefined || effect === undefined || label === undefined) return undefined
  return Object.freeze({ kind: 'date', date: single.text, hours: Object.freeze(effect.hours!), label })
}

/**
 * Reads a list of exception entries, reporting every problem at its path (`[3, 'date']` under
 * `prefix`), conflicts included. Returns the frozen list, or undefined when any entry has an error.
 * Internal.
 */
export function readExceptions(input: unknown, prefix: readonly PathSegment[], collector: IssueCollector): CalendarException[] | undefined {
  const before = collector.errorCount
  const length = readArrayLength(input, prefix, collector, `an array of exceptions, each ${EXPECTED_ENTRY}`)
  if (length === undefined) return undefined
  const exceptions: CalendarException[] = []
  const indexes: number[] = []
  for (let index = 0; index < length; index++) {
    const at = [...prefix, index]
    const entry = readItem(input, index, at, collector, 'the exception')
    if (entry === UNREADABLE) continue
    if (!isPlainObject(entry)) {
      reportError(collector, at, 'not_an_object', `expected ${EXPECTED_ENTRY}, received ${describeReceived(entry)}`, EXPECTED_ENTRY, describeReceived(entry))
      continue
    }
    const read = readEntry(entry, at, collector)
    if (read !== undefined) {
      exceptions.push(read)
      indexes.push(index)
    }
  }
  if (collector.errorCount > before) return undefined
  reportConflicts(exceptions, indexes, prefix, collector)
  return collector.errorCount > before ? undefined : exceptions
}

/** Whether two lists of a day's hours are the same (closed: true and hours: [] alike). */
export function sameDayHours(a: readonly DayInterval[], b: readonly DayInterval[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i]!.start !== b[i]!.start || a[i]!.end !== b[i]!.end) return false
  return true
}

/** A span of one kind, for the conflict sweep: `[low, high]` inclusive days, or `[start, end)` ms as `[start, end − 1]`. */
interface Covered {
  readonly low: number
  readonly high: number
  readonly index: number
  readonly exception: CalendarException
}

function sameEffect(a: CalendarException, b: CalendarException): boolean {
  if (a.kind === 'instant' || b.kind === 'instant') return a.kind === 'instant' && b.kind === 'instant' && a.open === b.open
  return sameDayHours(a.hours, b.hours)
}

/**
 * Entries of one kind that cover a common date (or instant) with different hours are an error at
 * the later entry naming the earlier one. A sweep in order of start: O(n log n); when conflicts
 * exist at least one is reported, and every entry that conflicts with the widest entry before it.
 */
export function reportConflicts(exceptions: readonly CalendarException[], indexes: readonly number[], prefix: readonly PathSegment[], collector: IssueCollector): void {
  const byKind: Record<CalendarException['kind'], Covered[]> = { date: [], range: [], yearly: [], instant: [] }
  exceptions.forEach((exception, position) => {
    const index = indexes[position]!
    switch (exception.kind) {
      case 'date': {
        const day = dayOfDate(exception.date)!
        byKind.date.push({ low: day, high: day, index, exception })
        break
      }
      case 'range':
        byKind.range.push({ low: dayOfDate(exception.from)!, high: dayOfDate(exception.to)!, index, exception })
        break
      case 'yearly': {
        const key = exception.month * 32 + exception.day
        byKind.yearly.push({ low: key, high: key, index, exception })
        break
      }
      case 'instant':
        byKind.instant.push({ low: exception.start, high: exception.end - 1, index, exception })
        break
    }
  })
  for (const [kind, covered] of Object.entries(byKind)) {
    covered.sort((a, b) => a.low - b.low || a.index - b.index)
    let widest: Covered | undefined
    for (const entry of covered) {
      if (widest !== undefined && entry.low <= widest.high && !sameEffect(entry.exception, widest.exception)) {
        const [first, second] = widest.index < entry.index ? [widest, entry] : [entry, widest]
        const field = kind === 'instant' ? 'start' : kind === 'range' ? 'from' : 'date'
        const what = kind === 'instant' ? 'overlaps' : kind === 'range' ? 'shares dates with' : 'is the same date as'
        reportError(
          collector,
          [...prefix, second.index, field],
          'conflicting_exception',
          `exception ${second.index} ${what} exception ${first.index} but gives ${kind === 'instant' ? 'the other state (open or closed)' : 'other hours'}: keep one, or make them agree`,
          `the same ${kind === 'instant' ? 'state' : 'hours'} as exception ${first.index}`,
          `other ${kind === 'instant' ? 'state' : 'hours'}`,
        )
      }
      if (widest === undefined || entry.high > widest.high) widest = entry
    }
  }
}
