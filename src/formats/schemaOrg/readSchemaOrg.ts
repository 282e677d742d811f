// schema.org opening hours (JSON-LD `OpeningHoursSpecification`, and the `openingHours` text) → a
// week and dated entries.

import { collectIssues, describeReceived, reportError, type IssueCollector, type PathSegment } from '../../ground/issues'
import { isPlainObject, readArrayLength, readItem, readOwnFields, UNREADABLE } from '../../ground/readers'
import type { ExceptionEntry } from '../../calendar/entryTypes'
import { daysFromCivil, daysInMonth, isoDateOfDay } from '../../zone/civil'
import type { WeekInterval } from '../../week/types'
import { normalizeIntervals } from '../../week/normalizeIntervals'
import { formatReadResult, pushDaySpan, readFormatOptions, readJsonInput } from '../formatResult'
import type { FormatLoss, ReadFormatOptions, ReadFormatResult } from '../types'
import { parseOsm } from '../osm/parseOsm'
import { daySpansOf, evaluateOsmDay, genericDay } from '../osm/evaluateOsm'
import { schemaDayOf, schemaTimeOf } from './schemaOrgNames'

/** The most dates a special spec restricted to weekdays is written out as (ten years). */
const MAX_SPECIAL_DAYS = 3660

/** Options of `readSchemaOrg`: the shared ones, and how `closes: "23:59"` reads. */
export interface ReadSchemaOrgOptions extends ReadFormatOptions {
  /**
   * `'endOfDay'` (the default): `closes` `23:59` (or `23:59:59`) is the end of the day, 24:00 — the
   * convention listings follow for "open all day", so no one-minute gap opens every night.
   * `'asWritten'`: it closes at 23:59.
   */
  readonly lastMinute?: 'endOfDay' | 'asWritten'
}

interface Context {
  readonly collector: IssueCollector
  readonly losses: FormatLoss[]
  readonly week: WeekInterval[]
  /** Special hours by `from|to`, added up. */
  readonly specials: Map<string, { from: number; to: number; hours: { start: number; end: number }[] }>
  readonly endOfDay: boolean
}

const military = (minute: number): number => Math.floor(minute / 60) * 100 + (minute % 60)

function readDate(value: unknown, path: readonly PathSegment[], ctx: Context): number | undefined {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})(T.*)?$/.exec(value.trim()) : null
  const year = Number(match?.[1])
  const month = Number(match?.[2])
  const day = Number(match?.[3])
  if (match === null || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    reportError(ctx.collector, path, 'invalid_date', `expected a date YYYY-MM-DD (or a date and time), received ${describeReceived(value)}`, 'a date YYYY-MM-DD', describeReceived(value))
    return undefined
  }
  return daysFromCivil(year, month, day)
}

function readTime(value: unknown, path: readonly PathSegment[], ctx: Context): number | undefined {
  const time = typeof value === 'string' ? schemaTimeOf(value) : undefined
  if (time === undefined) {
    reportError(ctx.collector, path, typeof value === 'string' ? 'invalid_minutes' : 'invalid_type', `expected a time HH:MM or HH:MM:SS, received ${describeReceived(value)}`, 'a time HH:MM', describeReceived(value))
    return undefined
  }
  if (time.offset) ctx.losses.push({ code: 'zone', path, message: `the time ${String(value)} names a zone offset: read as a local time (the zone is options.timeZone)` })
  return time.minute
}

/** `dayOfWeek`: one value or a list, as weekday indexes; undefined after an issue, `[]` when absent. */
function readDays(value: unknown, path: readonly PathSegment[], ctx: Context): number[] | undefined {
  if (value === undefined) return []
  const items: { value: unknown; path: readonly PathSegment[] }[] = []
  if (Array.isArray(value)) {
    const length = readArrayLength(value, path, ctx.collector, 'a list of days')
    if (length === undefined) return undefined
    for (let i = 0; i < Math.min(length, 100); i++) items.push({ value: readItem(value, i, [...path, i], ctx.collector, 'a day'), path: [...path, i] })
  } else items.push({ value, path })
  const days: number[] = []
  for (const item of items) {
    if (item.value === UNREADABLE) return undefined
    const day = typeof item.value === 'string' ? schemaDayOf(item.value) : undefined
    if (day === 'holiday') {
      ctx.losses.push({ code: 'not_supported', path: item.path, message: 'PublicHolidays names no dates: not read (give the holidays as special hours)' })
      continue
    }
    if (day === undefined) {
      reportError(ctx.collector, item.path, 'out_of_range', `expected a schema.org day (https://schema.org/Monday or Monday), received ${describeReceived(item.value)}`, 'a schema.org DayOfWeek', describeReceived(item.value))
      return undefined
    }
    days.push(day)
  }
  return days
}

/** One `OpeningHoursSpecification`: regular (a week's days) or special (`validFrom`/`validThrough`). */
function readSpecification(spec: object, path: readonly PathSegment[], special: boolean, ctx: Context): void {
  const fields = readOwnFields(spec, ['dayOfWeek', 'opens', 'closes', 'validFrom', 'validThrough'], path, ctx.collector, 'the specification')
  if (fields === undefined) return
  const days = readDays(fields.dayOfWeek, [...path, 'dayOfWeek'], ctx)
  const isSpecial = special || fields.validFrom !== undefined || fields.validThrough !== undefined
  const hasTimes = fields.opens !== undefined || fields.closes !== undefined
  if (hasTimes && (fields.opens === undefined || fields.closes === undefined)) {
    const missing = fields.opens === undefined ? 'opens' : 'closes'
    reportError(ctx.collector, [...path, missing], 'missing_field', `${missing} is missing (a specification has both opens and closes, or neither on a closed special day)`, `${missing}: "HH:MM"`, 'nothing')
    return
  }
  const opens = hasTimes ? readTime(fields.opens, [...path, 'opens'], ctx) : 0
  let closes = hasTimes ? readTime(fields.closes, [...path, 'closes'], ctx) : 0
  if (days === undefined || opens === undefined || closes === undefined) return
  if (ctx.endOfDay && closes === 23 * 60 + 59) closes = 1440
  // 00:00–00:00 is a closed day; any other equal pair is 24 hours from opens.
  const closed = opens === 0 && (closes === 0 || !hasTimes)
  if (!isSpecial) {
    // "The place is open if the opens property is specified, and closed otherwise" (schema.org).
    if (fields.dayOfWeek === undefined) {
      reportError(ctx.collector, [...path, 'dayOfWeek'], 'missing_field', 'dayOfWeek is missing: a regular specification names its days', 'dayOfWeek', 'nothing')
      return
    }
    if (closed || !hasTimes) return
    for (const day of days) pushDaySpan(ctx.week, day, opens, closes, true)
    return
  }
  const from = fields.validFrom !== undefined ? readDate(fields.validFrom, [...path, 'validFrom'], ctx) : undefined
  const through = fields.validThrough !== undefined ? readDate(fields.validThrough, [...path, 'validThrough'], ctx) : undefined
  if ((fields.validFrom !== undefined && from === undefined) || (fields.validThrough !== undefined && through === undefined)) return
  if (from === undefined && through === undefined) {
    reportError(ctx.collector, [...path, 'validFrom'], 'missing_field', 'a special specification needs validFrom or validThrough', 'validFrom: "YYYY-MM-DD"', 'nothing')
    return
  }
  const first = from ?? through!
  const last = through ?? from!
  if (last < first) {
    reportError(ctx.collector, [...path, 'validThrough'], 'out_of_order', `validThrough ${isoDateOfDay(last)} is before validFrom ${isoDateOfDay(first)}`, 'validThrough on or after validFrom', isoDateOfDay(last))
    return
  }
  const hours: { start: number; end: number }[] = []
  if (!closed) {
    const end = closes > opens ? closes : 1440
    hours.push({ start: opens, end })
    if (closes < opens || closes === opens) {
      if (closes > 0) ctx.losses.push({ code: 'not_supported', path: [...path, 'closes'], message: `special hours that run past midnight (to ${String(fields.closes)}) are cut at midnight: a dated entry holds its own day only` })
    }
  }
  const add = (a: number, b: number): void => {
    const key = `${a}|${b}`
    const entry = ctx.specials.get(key) ?? { from: a, to: b, hours: [] }
    for (const span of hours) entry.hours.push(span)
    ctx.specials.set(key, entry)
  }
  if (days.length === 0 || days.length === 7) {
    add(first, last)
    return
  }
  if (last - first >= MAX_SPECIAL_DAYS) {
    reportError(ctx.collector, path, 'out_of_range', `a special specification restricted to weekdays over ${last - first + 1} dates: at most ${MAX_SPECIAL_DAYS}`, `at most ${MAX_SPECIAL_DAYS} dates`, String(last - first + 1))
    return
  }
  for (let day = first; day <= last; day++) if (days.includes((((day + 4) % 7) + 7) % 7)) add(day, day)
}

function readSpecifications(value: unknown, path: readonly PathSegment[], special: boolean, ctx: Context): void {
  if (isPlainObject(value) && !Array.isArray(value)) {
    readSpecification(value, path, special, ctx)
    return
  }
  const length = readArrayLength(value, path, ctx.collector, 'a list of OpeningHoursSpecification')
  if (length === undefined) return
  for (let i = 0; i < length && ctx.collector.errorCount < 1000; i++) {
    const item = readItem(value, i, [...path, i], ctx.collector, 'a specification')
    if (item === UNREADABLE) continue
    if (!isPlainObject(item) || Array.isArray(item)) {
      reportError(ctx.collector, [...path, i], 'not_an_object', `expected an OpeningHoursSpecification, received ${describeReceived(item)}`, 'an OpeningHoursSpecification', describeReceived(item))
      continue
    }
    readSpecification(item, [...path, i], special, ctx)
  }
}

/** The `openingHours` text form (`"Mo-Fr 09:00-17:00"`, one string or a list): its week, added up. */
function readOpeningHoursText(value: unknown, path: readonly PathSegment[], ctx: Context, into: WeekInterval[]): void {
  const items: { text: unknown; path: readonly PathSegment[] }[] = []
  if (Array.isArray(value)) {
    const length = readArrayLength(value, path, ctx.collector, 'a list of openingHours texts')
    if (length === undefined) return
    for (let i = 0; i < Math.min(length, 1000); i++) items.push({ text: readItem(value, i, [...path, i], ctx.collector, 'a text'), path: [...path, i] })
  } else items.push({ text: value, path })
  for (const item of items) {
    if (typeof item.text !== 'string') {
      if (item.text !== UNREADABLE) reportError(ctx.collector, item.path, 'invalid_type', `expected openingHours text ("Mo-Fr 09:00-17:00"), received ${describeReceived(item.text)}`, 'text', describeReceived(item.text))
      continue
    }
    // "Mo-Fr 10:00-19:00 Sa 10:00-22:00": schema.org's examples put several day groups in one string.
    const text = item.text.replace(/(\d{2}:\d{2})\s+(?=(Mo|Tu|We|Th|Fr|Sa|Su)\b)/g, '$1, ')
    const collector = collectIssues()
    const parsed = parseOsm(text.slice(0, 100_000), collector)
    for (const issue of collector.errors) reportError(ctx.collector, [...item.path, ...issue.path], issue.code, issue.message, issue.expected, issue.received)
    for (const loss of parsed.losses) ctx.losses.push({ ...loss, path: [...item.path, ...loss.path] })
    const rules = parsed.rules.filter((rule) => {
      if (rule.dates === undefined && !rule.holiday) return true
      ctx.losses.push({ code: 'not_supported', path: [...item.path, 'rule', rule.index], message: `"${rule.text}": openingHours holds weekly hours; dated and PH rules are not read (use specialOpeningHoursSpecification)` })
      return false
    })
    const minutes = new Uint8Array(1440)
    for (let weekday = 0; weekday < 7; weekday++) {
      evaluateOsmDay(rules, genericDay(weekday), genericDay((weekday + 6) % 7), minutes)
      for (const span of daySpansOf(minutes)) into.push({ start: weekday * 1440 + span.start, end: weekday * 1440 + span.end })
    }
  }
}

const sameWeek = (a: readonly WeekInterval[], b: readonly WeekInterval[]): boolean => {
  const x = normalizeIntervals(a)
  const y = normalizeIntervals(b)
  return x.length === y.length && x.every((span, i) => span.start === y[i]!.start && span.end === y[i]!.end)
}

/**
 * Reads schema.org opening hours into callhours' week and dated entries.
 *
 * Takes a `LocalBusiness` (or any node) with `openingHoursSpecification`,
 * `specialOpeningHoursSpecification` and/or `openingHours`; a JSON-LD document with `@graph` (its
 * first node with hours); a bare list of `OpeningHoursSpecification`, or one — parsed JSON or JSON
 * text. `dayOfWeek` is a full schema.org URL (`https://schema.org/Monday`, `http://…`,
 * `schema:Monday`) or the bare name. The conventions listings follow: `00:00`–`23:59` is open all
 * day (read as 24:00, option `lastMinute`), `00:00`–`00:00` is closed, `closes` before `opens` runs
 * into the next day (a special day's spill is cut at its midnight, a loss). A specification with
 * `validFrom`/`validThrough` is special: one date, a range, or (with `dayOfWeek`) its weekdays within
 * the range as single dates; several for one date add up. When both the specification and the
 * `openingHours` text are given, the specification is read and a different text is a loss.
 * Never throws on data; JSON text up to 16 MiB, issues located (`openingHoursSpecification[2].opens`).
 *
 * @param input - a schema.org value, parsed or as JSON text
 * @param options - `timeZone` (schema.org names none), `lastMinute`
 * @returns the common reader result (`ReadFormatResult`)
 * @throws {TypeError | RangeError} only for wrong options
 *
 * @example
 * const read = readSchemaOrg({
 *   '@type': 'LocalBusiness',
 *   openingHoursSpecification: [{ '@type': 'OpeningHoursSpecification', dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'], opens: '09:00', closes: '17:00' }],
 *   specialOpeningHoursSpecification: [{ '@type': 'OpeningHoursSpecification', validFrom: '2026-12-25', validThrough: '2026-12-25', opens: '00:00', closes: '00:00' }],
 * })
 * describeSchedule(read.calendar)
 * //=> 'Mon–Fri 09:00–17:00, Sat–Sun closed; exceptions: 2026-12-25 closed'
 *
 * @example
 * // Edge: 00:00–23:59 is the whole day, with no gap at 23:59
 * readSchemaOrg([{ dayOfWeek: 'https://schema.org/Saturday', opens: '00:00', closes: '23:59' }]).schedule.intervals
 * //=> [{ start: 8640, end: 10080 }]
 */
export function readSchemaOrg(input: unknown, options?: ReadSchemaOrgOptions): ReadFormatResult {
  const { timeZone, own } = readFormatOptions(options, ['lastMinute'], 'readSchemaOrg')
  if (own.lastMinute !== undefined && own.lastMinute !== 'endOfDay' && own.lastMinute !== 'asWritten') throw new RangeError(`readSchemaOrg options.lastMinute must be 'endOfDay' or 'asWritten', received ${describeReceived(own.lastMinute)}`)
  const collector = collectIssues()
  const ctx: Context = { collector, losses: [], week: [], specials: new Map(), endOfDay: own.lastMinute !== 'asWritten' }
  const value = readJsonInput(input, collector, 'schema.org opening hours')
  if (collector.errorCount === 0) readRoot(value, ctx)
  const exceptions: ExceptionEntry[] = []
  for (const special of [...ctx.specials.values()].sort((a, b) => a.from - b.from || a.to - b.to)) {
    const hours = normalizeIntervals(special.hours)
    const effect = hours.length === 0 ? { closed: true as const } : { hours: hours.map((span) => ({ time_open: military(span.start), time_close: military(span.end) })) }
    exceptions.push(special.from === special.to ? { date: isoDateOfDay(special.from), ...effect } : { from: isoDateOfDay(special.from), to: isoDateOfDay(special.to), ...effect })
  }
  return formatReadResult(collector, ctx.week, exceptions, timeZone, ctx.losses, ['specialOpeningHoursSpecification'])
}

function readRoot(value: unknown, ctx: Context): void {
  if (Array.isArray(value)) {
    readSpecifications(value, [], false, ctx)
    return
  }
  if (!isPlainObject(value)) {
    reportError(ctx.collector, [], 'not_an_object', `expected a schema.org LocalBusiness or a list of OpeningHoursSpecification, received ${describeReceived(value)}`, 'a LocalBusiness or OpeningHoursSpecification', describeReceived(value))
    return
  }
  const fields = readOwnFields(value, ['@graph', 'openingHoursSpecification', 'specialOpeningHoursSpecification', 'openingHours', 'dayOfWeek', 'opens', 'closes', 'validFrom', 'validThrough'], [], ctx.collector, 'the schema.org value')
  if (fields === undefined) return
  if (fields.openingHoursSpecification === undefined && fields.specialOpeningHoursSpecification === undefined && fields.openingHours === undefined) {
    if (fields.dayOfWeek !== undefined || fields.opens !== undefined || fields.validFrom !== undefined || fields.validThrough !== undefined) {
      readSpecification(value, [], false, ctx)
      return
    }
    if (Array.isArray(fields['@graph'])) {
      const length = readArrayLength(fields['@graph'], ['@graph'], ctx.collector, 'a list of nodes') ?? 0
      for (let i = 0; i < Math.min(length, 10_000); i++) {
        const node = readItem(fields['@graph'], i, ['@graph', i], ctx.collector, 'a node')
        if (!isPlainObject(node)) continue
        const hours = readOwnFields(node, ['openingHoursSpecification', 'specialOpeningHoursSpecification', 'openingHours'], ['@graph', i], ctx.collector)
        if (hours !== undefined && (hours.openingHoursSpecification !== undefined || hours.specialOpeningHoursSpecification !== undefined || hours.openingHours !== undefined)) {
          readBusiness(hours, ['@graph', i], ctx)
          return
        }
      }
    }
    reportError(ctx.collector, ['openingHoursSpecification'], 'missing_field', 'no opening hours: expected openingHoursSpecification, specialOpeningHoursSpecification or openingHours', 'openingHoursSpecification', 'an object without hours')
    return
  }
  readBusiness(fields, [], ctx)
}

function readBusiness(fields: Record<string, unknown>, path: readonly PathSegment[], ctx: Context): void {
  if (fields.openingHoursSpecification !== undefined) readSpecifications(fields.openingHoursSpecification, [...path, 'openingHoursSpecification'], false, ctx)
  if (fields.specialOpeningHoursSpecification !== undefined) readSpecifications(fields.specialOpeningHoursSpecification, [...path, 'specialOpeningHoursSpecification'], true, ctx)
  if (fields.openingHours === undefined) return
  const textWeek: WeekInterval[] = []
  readOpeningHoursText(fields.openingHours, [...path, 'openingHours'], ctx, textWeek)
  if (fields.openingHoursSpecification === undefined) {
    for (const span of textWeek) ctx.week.push(span)
  } else if (ctx.collector.errorCount === 0 && !sameWeek(textWeek, ctx.week)) {
    ctx.losses.push({ code: 'not_supported', path: [...path, 'openingHours'], message: 'openingHours says other hours than openingHoursSpecification: the specification is read, the text is not' })
  }
}
