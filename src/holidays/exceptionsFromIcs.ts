import type ICALModule from 'ical.js'
import { icalPeer } from './peers/icalPeer'
import { collectIssues, describeReceived, reportError, throwIfErrors, type IssueCollector, type PathSegment } from '../ground/issues'
import { describeCause, readOptionFields } from '../ground/readers'
import type { ExceptionEntry, ExceptionsFromIcsOptions } from './types'
import { daysFromCivil, daysInMonth, isoDateOfDay } from '../zone/civil'
import { isoInstant, pad2, readYears } from './years'
import { zoneFor } from '../zone/resolveTimeZone'
import { instantOfWallClock } from '../zone/instantOfWallClock'
import type { ZoneOffsets } from '../zone/zoneOffsets'

type Component = InstanceType<typeof ICALModule.Component>
type Property = InstanceType<typeof ICALModule.Property>
type Event = InstanceType<typeof ICALModule.Event>
type Time = InstanceType<typeof ICALModule.Time>

/** ical.js, set at each call of exceptionsFromIcs (src/holidays/peers/icalPeer.ts). */
let ICAL: typeof ICALModule

/** TZIDs read as UTC even when the file has no VTIMEZONE for them. */
const UTC_NAMES = new Set(['UTC', 'Z', 'GMT', 'ETC/UTC', 'ETC/GMT', 'ETC/UCT', 'UCT', 'ETC/ZULU', 'ZULU'])
/** At most this many occurrences of one repeating event are stepped through (about half a second). */
const MAX_STEPS = 100_000
/**
 * No exceptions related by ical.js itself (it would relate every RECURRENCE-ID event of the file,
 * whatever its UID): they are related here, by UID.
 */
const EVENT_OPTIONS = { strictExceptions: true, exceptions: [] }
const YEARS_HINT = 'exceptionsFromIcs(text, { years: { from: 2026, to: 2027 } })'

/**
 * Calendar exceptions from an iCalendar (.ics) file, such as a holiday calendar exported from
 * Google Calendar or Outlook: every event becomes a closure.
 *
 * - an all-day event closes its date, `{ date, closed: true, label: SUMMARY }`; one of several days
 *   (DTEND is exclusive) closes `{ from, to, closed: true, label }`;
 * - without `years`, an all-day event that repeats every year on its date (`RRULE:FREQ=YEARLY`, no
 *   COUNT, UNTIL, INTERVAL, EXDATE or BY-part that moves it) becomes `{ date: '--MM-DD', closed: true,
 *   label }`, which applies in every year, before its DTSTART too; with `years` it is expanded like
 *   any other rule, from its DTSTART to its UNTIL or COUNT;
 * - a timed event becomes absolute instants `{ start, end, closed: true, label }` in UTC (`…Z`),
 *   read as RFC 5545 says: a local time a spring-forward skips takes the offset before the gap
 *   (02:30 on 2026-03-08 in New York is 03:30 EDT), one a fall-back repeats is its first showing
 *   (EDT). A TZID callhours knows by name (IANA) is read with its own zone data, another (Outlook's
 *   `Eastern Standard Time`) through the file's VTIMEZONE; a UTC time as written; a local time with no zone
 *   is an `invalid_date` issue and a time with seconds a `not_whole_minute` issue; a timed event of
 *   no length is skipped;
 * - any other repetition is expanded into its occurrences whose (local) start falls in
 *   `options.years`, honouring EXDATE, RDATE and changed or cancelled occurrences (RECURRENCE-ID);
 *   without `years` it is a `missing_field` issue naming the event. A date that does not exist
 *   (`BYMONTH=2;BYMONTHDAY=30`) is skipped, never rolled into the next month; `INTERVAL=0` and a rule
 *   that repeats more often than every minute are `invalid_calendar` at the RRULE.
 *
 * Events with `STATUS:CANCELLED` are skipped; a cancelled series takes its RECURRENCE-ID overrides with it. Transparent events (`TRANSP:TRANSPARENT`, as holiday
 * calendars mark theirs) are kept: transparency is about the calendar owner's free/busy time, not
 * about being closed. Other components (to-dos, journals, alarms) are ignored. Entries come sorted:
 * yearly ones by month-day first, then by date or start.
 *
 * @param text - the contents of an .ics file
 * @param options - `years`: the years to expand repeating events in, a list such as `[2026, 2027]` or
 *   a span `{ from, to }`, within 1900–2200, at most 200 years
 * @returns the exceptions, as JSON-friendly entries
 * @throws {BusinessHoursError} listing every issue: `invalid_calendar` at `[]` (text that does not
 *   parse, or not a VCALENDAR) or at `['events', i]` (the i-th VEVENT of the file, named by its
 *   SUMMARY and UID in the message); at `['events', i, 'DTSTART' | 'DTEND']` `invalid_date`,
 *   `unknown_time_zone`, `not_whole_minute`, `out_of_order`; at `['events', i, 'RRULE']`
 *   `missing_field` (pass `years`) or `out_of_range`; at `['years', …]` the option's issues
 * @throws {TypeError} when the text is not a string or the options are not an object
 *
 * @example
 * const ics = [
 *   'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//example//EN',
 *   'BEGIN:VEVENT', 'UID:xmas@example.com', 'SUMMARY:Christmas',
 *   'DTSTART;VALUE=DATE:20261225', 'DTEND;VALUE=DATE:20261226', 'RRULE:FREQ=YEARLY', 'END:VEVENT',
 *   'BEGIN:VEVENT', 'UID:move@example.com', 'SUMMARY:Office move',
 *   'DTSTART;VALUE=DATE:20261228', 'DTEND;VALUE=DATE:20261231', 'END:VEVENT',
 *   'BEGIN:VEVENT', 'UID:drill@example.com', 'SUMMARY:Fire drill',
 *   'DTSTART:20261201T143500Z', 'DTEND:20261201T161000Z', 'END:VEVENT',
 *   'END:VCALENDAR',
 * ].join('\r\n')
 * exceptionsFromIcs(ics)
 * //=> [{ date: '--12-25', closed: true, label: 'Christmas' },
 * //    { start: '2026-12-01T14:35:00Z', end: '2026-12-01T16:10:00Z', closed: true, label: 'Fire drill' },
 * //    { from: '2026-12-28', to: '2026-12-30', closed: true, label: 'Office move' }]
 *
 * @example
 * // A weekly event is expanded within the years asked for
 * const weekly = [
 *   'BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'UID:sat@example.com', 'SUMMARY:Closed Saturdays',
 *   'DTSTART;VALUE=DATE:20261205', 'RRULE:FREQ=WEEKLY;UNTIL=20261231', 'END:VEVENT', 'END:VCALENDAR',
 * ].join('\r\n')
 * exceptionsFromIcs(weekly, { years: [2026] }).map((entry) => entry.date)
 * //=> ['2026-12-05', '2026-12-12', '2026-12-19', '2026-12-26']
 * exceptionsFromIcs(weekly)
 * // throws BusinessHoursError: Invalid calendar (1 error): events[0].RRULE: event "Closed Saturdays" (UID sat@example.com) repeats (FREQ=WEEKLY;UNTIL=20261231): pass the years to expand it in, e.g. exceptionsFromIcs(text, { years: { from: 2026, to: 2027 } })
 */
export function exceptionsFromIcs(text: string, options?: ExceptionsFromIcsOptions): ExceptionEntry[] {
  if (typeof text !== 'string') throw new TypeError(`exceptionsFromIcs text must be a string (the contents of an .ics file), received ${describeReceived(text)}`)
  ICAL = icalPeer()
  const fields = readOptionFields(options, ['years'], 'exceptionsFromIcs')
  const collector = collectIssues()
  const years = fields.years === undefined ? undefined : readYears(fields.years, collector)
  const calendars = parseCalendars(text, collector)
  const entries: Keyed[] = []
  if (calendars !== undefined) {
    // The rules as written: ical.js reads INTERVAL=0 as 1, and RFC 5545 makes it an error.
    const raw = rawEvents(text.split(/\r\n|\n|\r/))
    let index = 0
    for (const calendar of calendars) index = readCalendar(calendar, index, { years, yearsGiven: fields.years !== undefined, collector, entries, raw })
  }
  throwIfErrors(collector, 'calendar', 'calendar')
  // A stable sort: entries of one key keep the file's order.
  return entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((keyed) => keyed.entry)
}

/** An entry and the text it sorts by. */
interface Keyed {
  readonly key: string
  readonly entry: ExceptionEntry
}

/** What reading the events of one call shares. */
interface Context {
  readonly years: readonly number[] | undefined
  readonly yearsGiven: boolean
  readonly collector: IssueCollector
  readonly entries: Keyed[]
  /** The file's VEVENT blocks as written, in file order (for what ical.js reads differently). */
  readonly raw: readonly RawEvent[]
}

// ---------------------------------------------------------------------------------------------------
// Parsing, and locating what does not parse
// ---------------------------------------------------------------------------------------------------

/** The VCALENDAR components of the text, or undefined after `invalid_calendar` issues. */
function parseCalendars(text: string, collector: IssueCollector): Component[] | undefined {
  const expected = 'iCalendar text: BEGIN:VCALENDAR … END:VCALENDAR'
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/).find((line) => line.trim() !== '')
  if (firstLine !== undefined && !/^BEGIN:/i.test(firstLine.trim())) {
    const shown = firstLine.trim().length > 60 ? `${firstLine.trim().slice(0, 60)}…` : firstLine.trim()
    reportError(collector, [], 'invalid_calendar', `the text is not iCalendar: it starts with ${JSON.stringify(shown)}, not BEGIN:VCALENDAR`, expected, describeReceived(text))
    return undefined
  }
  let parsed: unknown
  try {
    parsed = ICAL.parse(text.replace(/^\uFEFF/, ''))
  } catch (cause) {
    locateParseErrors(text, cause, collector)
    return undefined
  }
  const roots: unknown[] = Array.isArray(parsed) && typeof parsed[0] === 'string' ? [parsed] : Array.isArray(parsed) ? parsed : []
  if (roots.length === 0) {
    reportError(collector, [], 'invalid_calendar', `the text holds no iCalendar data: expected ${expected}`, expected, describeReceived(text))
    return undefined
  }
  const calendars: Component[] = []
  for (const root of roots) {
    const name = Array.isArray(root) && typeof root[0] === 'string' ? root[0].toUpperCase() : '?'
    if (name !== 'VCALENDAR') {
      reportError(collector, [], 'invalid_calendar', `the text holds a ${name}, not a VCALENDAR: expected ${expected}`, expected, `BEGIN:${name}`)
      continue
    }
    try {
      calendars.push(new ICAL.Component(root as unknown[]))
    } catch (cause) {
      reportError(collector, [], 'invalid_calendar', `the calendar could not be read: ${describeCause(cause)}`, expected, 'a calendar ical.js cannot read')
    }
  }
  return calendars.length === roots.length ? calendars : undefined
}

/** One VEVENT as written: its lines and what names it. */
interface RawEvent {
  readonly first: number
  readonly last: number
  readonly text: string
  readonly uid: string | undefined
  readonly summary: string | undefined
  /** The RRULE values as written. */
  readonly rules: readonly string[]
}

/**
 * Reports why the text does not parse: each VEVENT that does not parse on its own at
 * `['events', i]`, then the rest of the text at `[]` when it still does not parse.
 */
function locateParseErrors(text: string, cause: unknown, collector: IssueCollector): void {
  const lines = text.split(/\r\n|\n|\r/)
  const events = rawEvents(lines)
  const broken = new Set<RawEvent>()
  events.forEach((event, i) => {
    try {
      ICAL.parse(`BEGIN:VCALENDAR\r\n${event.text}\r\nEND:VCALENDAR`)
    } catch (eventCause) {
      broken.add(event)
      reportError(
        collector,
        ['events', i],
        'invalid_calendar',
        `${describeEvent(event.summary, event.uid)} (lines ${event.first + 1}–${event.last + 1}) does not parse: ${parseMessage(eventCause)}`,
        'a VEVENT of iCalendar lines (NAME;PARAM=value:value)',
        'text that does not parse',
      )
    }
  })
  let restCause: unknown = cause
  if (broken.size > 0) {
    const dropped = new Uint8Array(lines.length)
    for (const event of broken) dropped.fill(1, event.first, event.last + 1)
    const kept = lines.filter((_, line) => dropped[line] === 0)
    try {
      ICAL.parse(kept.join('\r\n'))
      restCause = undefined
    } catch (again) {
      restCause = again
    }
  }
  if (restCause !== undefined) {
    reportError(collector, [], 'invalid_calendar', `the text does not parse as iCalendar: ${parseMessage(restCause)}`, 'iCalendar text: BEGIN:VCALENDAR … END:VCALENDAR', 'text that does not parse')
  }
}

/** The VEVENT blocks of the lines, in order: an unclosed one runs to the next BEGIN:VEVENT or END:VCALENDAR. */
function rawEvents(lines: readonly string[]): RawEvent[] {
  const events: RawEvent[] = []
  let first = -1
  const close = (last: number): void => {
    if (first < 0) return
    const block = lines.slice(first, last + 1)
    const unfolded = block.join('\n').replace(/\n[ \t]/g, '').split('\n')
    const value = (name: string): string | undefined => {
      const line = unfolded.find((candidate) => new RegExp(`^${name}[;:]`, 'i').test(candidate))
      return line === undefined ? undefined : line.slice(line.indexOf(':') + 1).replace(/\\([,;\\])/g, '$1')
    }
    const rules: string[] = []
    for (const line of unfolded) if (/^RRULE[;:]/i.test(line)) rules.push(line.slice(line.indexOf(':') + 1))
    events.push({ first, last, text: block.join('\r\n'), uid: value('UID'), summary: value('SUMMARY'), rules })
    first = -1
  }
  lines.forEach((line, i) => {
    const trimmed = line.trim().toUpperCase()
    if (trimmed === 'BEGIN:VEVENT') {
      close(i - 1)
      first = i
    } else if (trimmed === 'END:VEVENT') close(i)
    else if (trimmed === 'END:VCALENDAR') close(i - 1)
  })
  close(lines.length - 1)
  return events
}

function parseMessage(cause: unknown): string {
  if (cause instanceof Error) return typeof cause.message === 'string' ? cause.message.slice(0, 200) : describeCause(cause)
  return describeCause(cause)
}

/** How a message names an event: `event "Christmas" (UID xmas@example.com)`. */
function describeEvent(summary: string | undefined, uid: string | undefined): string {
  const short = (value: string): string => JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value)
  const named = summary !== undefined && summary !== '' ? `event ${short(summary)}` : 'event'
  const id = uid !== undefined && uid !== '' ? ` (UID ${uid.length > 60 ? `${uid.slice(0, 60)}…` : uid})` : ''
  return named === 'event' && id === '' ? 'event with no SUMMARY or UID' : named + id
}

// ---------------------------------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------------------------------

/** A VEVENT whose dates were checked. */
interface CheckedEvent {
  readonly index: number
  readonly component: Component
  readonly event: Event
  readonly name: string
}

/** Reads the VEVENTs of one calendar, numbered from `index`; answers the next free index. */
function readCalendar(calendar: Component, index: number, ctx: Context): number {
  const zones = new Set<string>()
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    const tzid = zone.getFirstPropertyValue('tzid')
    if (typeof tzid === 'string') zones.add(tzid)
  }
  const masters = new Map<string, CheckedEvent>()
  const overrides: CheckedEvent[] = []
  const singles: CheckedEvent[] = []
  // A cancelled series cancels its changed occurrences (RECURRENCE-ID) too: RFC 5545 §3.8.1.11.
  const cancelledSeries = new Set<string>()
  for (const component of calendar.getAllSubcomponents('vevent')) {
    const uid = component.getFirstPropertyValue('uid')
    if (typeof uid === 'string' && isCancelled(component) && !component.hasProperty('recurrence-id')) cancelledSeries.add(uid)
  }
  for (const component of calendar.getAllSubcomponents('vevent')) {
    const uid = component.getFirstPropertyValue('uid')
    const position = index++
    if (typeof uid === 'string' && cancelledSeries.has(uid)) continue
    const checked = checkEvent(component, position, zones, ctx.collector)
    if (checked === undefined) continue
    if (component.hasProperty('recurrence-id')) overrides.push(checked)
    else if (typeof uid === 'string' && !masters.has(uid)) masters.set(uid, checked)
    else singles.push(checked)
  }
  for (const override of overrides) {
    const uid = override.component.getFirstPropertyValue('uid')
    const master = typeof uid === 'string' ? masters.get(uid) : undefined
    if (master !== undefined && master.event.isRecurring()) {
      try {
        master.event.relateException(override.event)
        continue
      } catch {
        // Read on its own below.
      }
    }
    singles.push(override)
  }
  for (const event of [...masters.values(), ...singles].sort((a, b) => a.index - b.index)) {
    if (!isCancelled(event.component)) readEvent(event, ctx)
  }
  return index
}

function isCancelled(component: Component): boolean {
  const status = component.getFirstPropertyValue('status')
  return typeof status === 'string' && status.trim().toUpperCase() === 'CANCELLED'
}

/** The event, when its DTSTART and DTEND can be used; else undefined after located issues. */
function checkEvent(component: Component, index: number, zones: ReadonlySet<string>, collector: IssueCollector): CheckedEvent | undefined {
  const summary = component.getFirstPropertyValue('summary')
  const uid = component.getFirstPropertyValue('uid')
  const name = describeEvent(typeof summary === 'string' ? summary : undefined, typeof uid === 'string' ? uid : undefined)
  if (isCancelled(component)) {
    // Skipped, unchecked; a cancelled occurrence of a repeating event is kept to remove it.
    if (!component.hasProperty('recurrence-id')) return undefined
    try {
      return { index, component, event: new ICAL.Event(component, EVENT_OPTIONS), name }
    } catch {
      return undefined
    }
  }
  const path: PathSegment[] = ['events', index]
  const start = component.getFirstProperty('dtstart')
  if (start === null) {
    reportError(collector, path, 'invalid_calendar', `${name} has no DTSTART`, 'a VEVENT with a DTSTART', 'a VEVENT without DTSTART')
    return undefined
  }
  const before = collector.errorCount
  const startKind = checkTime(start, 'DTSTART', name, [...path, 'DTSTART'], zones, collector)
  const end = component.getFirstProperty('dtend')
  if (end !== null) {
    const endKind = checkTime(end, 'DTEND', name, [...path, 'DTEND'], zones, collector)
    if (startKind !== undefined && endKind !== undefined && (startKind === 'date') !== (endKind === 'date')) {
      const expected = startKind === 'date' ? 'a DATE, as DTSTART is' : 'a DATE-TIME, as DTSTART is'
      reportError(collector, [...path, 'DTEND'], 'invalid_calendar', `${name}: DTEND must be ${expected}`, expected, endKind === 'date' ? 'a DATE' : 'a DATE-TIME')
    }
  }
  if (collector.errorCount > before) return undefined
  try {
    return { index, component, event: new ICAL.Event(component, EVENT_OPTIONS), name }
  } catch (cause) {
    reportError(collector, path, 'invalid_calendar', `${name} could not be read: ${describeCause(cause)}`, 'a VEVENT ical.js can read', 'a VEVENT it cannot read')
    return undefined
  }
}

const DATE_FORM = /^(\d{4})-(\d{2})-(\d{2})$/
const DATE_TIME_FORM = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(Z?)$/

/**
 * Checks a DTSTART or DTEND as written: a real date (and time), and for a time, a zone that makes
 * it an instant and whole minutes. Answers `date`, `utc` or `zoned` (a VTIMEZONE of the file), or
 * undefined after located issues.
 */
function checkTime(property: Property, field: string, name: string, path: readonly PathSegment[], zones: ReadonlySet<string>, collector: IssueCollector): 'date' | 'utc' | 'zoned' | undefined {
  const json: unknown = property.toJSON()
  const type = Array.isArray(json) ? json[2] : undefined
  const value = Array.isArray(json) ? json[3] : undefined
  const expected = 'a DATE (20261225) or a DATE-TIME (20261225T090000Z, or with a TZID)'
  const form = typeof value === 'string' ? (type === 'date' ? DATE_FORM : type === 'date-time' ? DATE_TIME_FORM : undefined)?.exec(value) : undefined
  const written = typeof value === 'string' ? value.replace(/[-:]/g, '') : describeReceived(value)
  if (form === undefined || form === null) {
    reportError(collector, path, 'invalid_date', `${name}: ${field} ${written} is not ${expected}`, expected, written)
    return undefined
  }
  const [, year, month, day, hour, minute, second] = form.map(Number)
  const monthOk = month! >= 1 && month! <= 12
  if (!monthOk || day! < 1 || day! > daysInMonth(year!, month!) || (hour ?? 0) > 23 || (minute ?? 0) > 59 || (second ?? 0) > 60) {
    reportError(collector, path, 'invalid_date', `${name}: ${field} ${written} is not a date and time that exist`, expected, written)
    return undefined
  }
  if (type === 'date') return 'date'
  let kind: 'utc' | 'zoned' | undefined
  const tzid = property.getParameter('tzid')
  if (form[7] === 'Z') kind = 'utc'
  else if (typeof tzid === 'string' && zones.has(tzid)) kind = 'zoned'
  else if (typeof tzid === 'string' && UTC_NAMES.has(tzid.trim().toUpperCase())) kind = 'utc'
  else if (typeof tzid === 'string') {
    const expectedZone = 'a TZID with its VTIMEZONE in the file, or a time in UTC (…Z)'
    reportError(collector, path, 'unknown_time_zone', `${name}: ${field} is in TZID ${JSON.stringify(tzid)}, which has no VTIMEZONE in the file: the time cannot be placed`, expectedZone, `TZID ${tzid}`)
  } else {
    const expectedZone = 'a time with a TZID (and its VTIMEZONE) or in UTC (…Z)'
    reportError(
      collector,
      path,
      'invalid_date',
      `${name}: ${field} ${written} is a floating local time: an instant needs a zone — add a TZID with its VTIMEZONE, write it in UTC (…Z), or make the event all-day`,
      expectedZone,
      `${written} (no zone)`,
    )
  }
  if (second !== 0) {
    reportError(collector, path, 'not_whole_minute', `${name}: ${field} ${written} has seconds: exceptions are on whole minutes`, 'a time on a whole minute (seconds 00)', written)
    return undefined
  }
  return kind
}

/** Adds the entries of one event (or, for a repeating one, of its occurrences). */
function readEvent(checked: CheckedEvent, ctx: Context): void {
  const { event, component, index, name } = checked
  const path: PathSegment[] = ['events', index]
  const label = labelOf(event)
  try {
    if (!event.isRecurring()) {
      addOccurrence(event.startDate, event.endDate, label, path, name, ctx)
      return
    }
    if (!ruleIsUsable(checked, ctx)) return
    // With years, a yearly rule is expanded like any other: it starts at DTSTART and ends at its
    // UNTIL or COUNT. Without them, an open-ended one is `--MM-DD`, which every year has.
    const yearly = ctx.years === undefined ? yearlyDate(event, component) : undefined
    if (yearly !== undefined) {
      ctx.entries.push({ key: yearly, entry: withLabel({ date: yearly as `--${string}`, closed: true }, label) })
      return
    }
    expand(checked, ctx)
  } catch (cause) {
    reportError(ctx.collector, path, 'invalid_calendar', `${name} could not be read: ${describeCause(cause)}`, 'a VEVENT ical.js can read', 'a VEVENT it cannot read')
  }
}

/**
 * Whether the event's rule can be expanded, else false after a located issue at its RRULE:
 * `INTERVAL=0` (RFC 5545 wants a positive integer; ical.js reads it as 1), or a rule that repeats
 * more often than every minute (exceptions are on whole minutes).
 */
function ruleIsUsable(checked: CheckedEvent, ctx: Context): boolean {
  const { component, index, name } = checked
  const path: PathSegment[] = ['events', index, 'RRULE']
  const raw = ctx.raw[index]
  for (const written of raw?.rules ?? []) {
    const interval = /(?:^|;)INTERVAL=([^;]*)/i.exec(written)?.[1]
    if (interval !== undefined && !/^\d+$/.test(interval.trim())) continue
    if (interval !== undefined && Number(interval) === 0) {
      reportError(ctx.collector, path, 'invalid_calendar', `${name}: INTERVAL=0 in ${written}: an interval is a positive integer (RFC 5545)`, 'INTERVAL=1 or more', 'INTERVAL=0')
      return false
    }
  }
  for (const property of component.getAllProperties('rrule')) {
    const rule = property.getFirstValue()
    if (!(rule instanceof ICAL.Recur)) continue
    const interval = rule.interval ?? 1
    const bySecond = ((rule.parts ?? {}) as Record<string, unknown>).BYSECOND
    const subMinute = (rule.freq === 'SECONDLY' && interval % 60 !== 0) || (Array.isArray(bySecond) && bySecond.some((second) => Number(second) !== 0))
    if (subMinute) {
      reportError(ctx.collector, path, 'invalid_calendar', `${name} repeats more often than every minute (${rule.toString()}): exceptions are on whole minutes`, 'a rule that repeats at most every minute', rule.toString())
      return false
    }
  }
  return true
}

/** The most days a month can have (February: 29, in leap years). */
const MONTH_LENGTHS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** Whether some month of the rule's BYMONTH has a day of its BYMONTHDAY (in some year). */
function anyDateFulfils(rule: InstanceType<typeof ICALModule.Recur>): boolean {
  const parts = (rule.parts ?? {}) as Record<string, unknown>
  const byMonthDay = Array.isArray(parts.BYMONTHDAY) ? parts.BYMONTHDAY.map(Number) : []
  if (byMonthDay.length === 0) return true
  const byMonth = Array.isArray(parts.BYMONTH) && parts.BYMONTH.length > 0 ? parts.BYMONTH.map(Number) : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
  for (const month of byMonth) for (const day of byMonthDay) if (Math.abs(day) >= 1 && Math.abs(day) <= (MONTH_LENGTHS[month - 1] ?? 0)) return true
  return false
}

/**
 * Whether an occurrence ical.js gives keeps to the rule's BYMONTH and BYMONTHDAY: RFC 5545 skips a
 * date that does not exist (BYMONTH=2;BYMONTHDAY=30), where ical.js rolls it into March.
 */
function keepsToRule(rule: InstanceType<typeof ICALModule.Recur> | undefined, time: Time): boolean {
  if (rule === undefined) return true
  const parts = (rule.parts ?? {}) as Record<string, unknown>
  const byMonth = parts.BYMONTH
  if (Array.isArray(byMonth) && byMonth.length > 0 && !byMonth.some((month) => Number(month) === time.month)) return false
  const byMonthDay = parts.BYMONTHDAY
  if (Array.isArray(byMonthDay) && byMonthDay.length > 0) {
    const length = daysInMonth(time.year, time.month)
    if (!byMonthDay.some((value) => { const day = Number(value); return day > 0 ? day === time.day : length + day + 1 === time.day })) return false
  }
  return true
}

function labelOf(event: Event): string | undefined {
  const summary: unknown = event.summary
  return typeof summary === 'string' && summary !== '' ? summary : undefined
}

function withLabel<T extends object>(entry: T, label: string | undefined): T & { label?: string } {
  return label === undefined ? entry : { ...entry, label }
}

/** `--MM-DD` when the event is one all-day date repeating every year, unchanged; else undefined. */
function yearlyDate(event: Event, component: Component): string | undefined {
  const start = event.startDate
  if (!start.isDate) return undefined
  const rules = component.getAllProperties('rrule')
  if (rules.length !== 1 || component.hasProperty('rdate') || component.hasProperty('exdate')) return undefined
  if (Object.keys(event.exceptions ?? {}).length > 0) return undefined
  const rule = rules[0]?.getFirstValue()
  if (!(rule instanceof ICAL.Recur)) return undefined
  if (rule.freq !== 'YEARLY' || (rule.interval ?? 1) !== 1 || rule.count || rule.until) return undefined
  const parts = (rule.parts ?? {}) as Record<string, unknown>
  for (const [part, values] of Object.entries(parts)) {
    const only = Array.isArray(values) && values.length === 1 ? Number(values[0]) : NaN
    if (part === 'BYMONTH' && only === start.month) continue
    if (part === 'BYMONTHDAY' && only === start.day) continue
    return undefined
  }
  const end = event.endDate
  if (!end.isDate || dayOf(end) - dayOf(start) > 1) return undefined
  return `--${pad2(start.month)}-${pad2(start.day)}`
}

/** The occurrences of a repeating event whose local start falls in the years asked for. */
function expand(checked: CheckedEvent, ctx: Context): void {
  const { event, component, index, name } = checked
  const rulePath: PathSegment[] = ['events', index, component.hasProperty('rrule') ? 'RRULE' : 'RDATE']
  if (ctx.years === undefined) {
    if (!ctx.yearsGiven) {
      const rule = component.getFirstProperty('rrule')?.getFirstValue()
      const written = rule instanceof ICAL.Recur ? rule.toString() : 'RDATE'
      reportError(
        ctx.collector,
        rulePath,
        'missing_field',
        `${name} repeats (${written}): pass the years to expand it in, e.g. ${YEARS_HINT}`,
        'options.years, to expand repeating events in',
        'no years',
      )
    }
    return
  }
  const years = new Set(ctx.years)
  let lastYear = -Infinity
  for (const year of ctx.years) lastYear = Math.max(lastYear, year)
  const rules = component.getAllProperties('rrule')
  const onlyRule = rules.length === 1 ? rules[0]!.getFirstValue() : undefined
  const rule = onlyRule instanceof ICAL.Recur ? onlyRule : undefined
  const first = event.startDate
  if (rule !== undefined && !anyDateFulfils(rule)) {
    // No date fulfils it (BYMONTH=2;BYMONTHDAY=30): ical.js would search for one for minutes.
    // DTSTART still counts as the first occurrence (RFC 5545 §3.8.5.3).
    if (years.has(first.year)) addOccurrence(first, event.endDate, labelOf(event), ['events', index], name, ctx)
    return
  }
  // Dates without a rule (RDATE only) are listed here in O(n log n): ical.js's iterator takes
  // quadratic time over them (25,000 RDATEs: 29 s).
  const listed = rules.length === 0 ? listedDates(component, first) : undefined
  let position = 0
  const ownCancelled = isCancelled(component)
  const ownLabel = labelOf(event)
  // getOccurrenceDetails reads the event's properties anew at each call: with 100,000 RDATEs that
  // is quadratic. Listed dates take the length once.
  const duration = listed === undefined ? undefined : event.duration
  const iterator = listed === undefined ? event.iterator() : { next: (): Time | undefined => listed[position++] }
  let steps = 0
  const errorsBefore = ctx.collector.errorCount
  for (let next = nextOccurrence(iterator, rulePath, name, ctx); next; next = nextOccurrence(iterator, rulePath, name, ctx)) {
    if (next.year > lastYear) break
    // One located issue per event is enough: a rule that yields many bad occurrences says it once.
    if (ctx.collector.errorCount > errorsBefore) return
    if (++steps > MAX_STEPS) {
      reportError(
        ctx.collector,
        rulePath,
        'out_of_range',
        `${name} repeats more than ${MAX_STEPS} times before the end of ${lastYear}: too many occurrences to expand; write it as fewer events`,
        `at most ${MAX_STEPS} occurrences`,
        `more than ${MAX_STEPS}`,
      )
      return
    }
    if (!years.has(next.year)) continue
    if (next.compare(first) !== 0 && !keepsToRule(rule, next)) continue
    const details = listed === undefined ? event.getOccurrenceDetails(next) : listedDetails(event, next, duration!)
    const item = details.item ?? event
    // The event's own status and label are read once: each read scans all its properties.
    if (item === event ? ownCancelled : isCancelled(item.component)) continue
    addOccurrence(details.startDate, details.endDate, item === event ? ownLabel : labelOf(item), ['events', index], name, ctx)
  }
}

/**
 * An event's dates when it has no RRULE: DTSTART and every RDATE, without the EXDATEs, once each,
 * in time order; undefined when an RDATE is not a date or date-time (a PERIOD: ical.js expands it).
 */
function listedDates(component: Component, first: Time): Time[] | undefined {
  const excluded = new Set<string>()
  for (const property of component.getAllProperties('exdate')) for (const value of property.getValues()) if (value instanceof ICAL.Time) excluded.add(value.toString())
  const dates: Time[] = [first]
  for (const property of component.getAllProperties('rdate')) {
    for (const value of property.getValues()) {
      if (!(value instanceof ICAL.Time)) return undefined
      dates.push(value)
    }
  }
  const keyed = dates.filter((date) => !excluded.has(date.toString())).map((date) => ({ date, at: date.toUnixTime() }))
  keyed.sort((a, b) => a.at - b.at)
  const listed: Time[] = []
  let last = Number.NaN
  for (const { date, at } of keyed) {
    if (at === last) continue
    listed.push(date)
    last = at
  }
  return listed
}

/** What getOccurrenceDetails gives for a listed date: its override (RECURRENCE-ID), else the date and the event's length. */
function listedDetails(event: Event, date: Time, duration: InstanceType<typeof ICALModule.Duration>): { item: Event | undefined; startDate: Time; endDate: Time } {
  const override = (event.exceptions as unknown as Record<string, Event | undefined>)[date.toString()]
  if (override !== undefined) return { item: override, startDate: override.startDate, endDate: override.endDate }
  const endDate = date.clone()
  endDate.addDuration(duration)
  return { item: undefined, startDate: date, endDate }
}

/** The iterator's next occurrence, or undefined at its end or after a located issue (a rule no date fulfils). */
function nextOccurrence(iterator: { next(): Time | null | undefined }, path: readonly PathSegment[], name: string, ctx: Context): Time | undefined {
  try {
    return iterator.next() ?? undefined
  } catch (cause) {
    reportError(ctx.collector, path, 'invalid_calendar', `${name} repeats by a rule no date fulfils (ical.js: ${describeCause(cause)})`, 'a rule that yields dates', 'a rule that yields none')
    return undefined
  }
}

/** Day number of a Time's date. */
function dayOf(time: Time): number {
  return daysFromCivil(time.year, time.month, time.day)
}

/** Epoch ms of a checked time: in its VTIMEZONE or UTC; a floating Time here has a UTC TZID. */
function epochMs(time: Time): number {
  const wall = Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second)
  if (time.zone === undefined || time.zone === null || time.zone.tzid === 'floating') return wall
  if (time.zone.tzid === 'UTC') return wall
  // A TZID that names a zone callhours knows (America/New_York, as Google writes it) is read as
  // RFC 5545 says, in a gap and in a repeated hour too; another (Outlook's "Eastern Standard
  // Time") through the file's VTIMEZONE, as ical.js reads it (docs/exceptions.md §6).
  const zone = knownZone(time.zone.tzid)
  return zone !== undefined ? instantOfWallClock(zone, wall) : time.toUnixTime() * 1000
}

function knownZone(tzid: string): ZoneOffsets | undefined {
  if (!tzid.includes('/')) return undefined
  try {
    return zoneFor(tzid)
  } catch {
    return undefined
  }
}

/** Adds one occurrence: a date, a range of dates, or a span of instants. */
function addOccurrence(start: Time, end: Time, label: string | undefined, path: readonly PathSegment[], name: string, ctx: Context): void {
  if (start.isDate) {
    const first = dayOf(start)
    const after = end.isDate ? dayOf(end) : first + 1
    if (after < first) {
      reportError(ctx.collector, [...path, 'DTEND'], 'out_of_order', `${name} ends (${isoDateOfDay(after)}) before it starts (${isoDateOfDay(first)})`, 'DTEND after DTSTART', isoDateOfDay(after))
      return
    }
    const last = Math.max(first, after - 1)
    const entry: ExceptionEntry = first === last ? withLabel({ date: isoDateOfDay(first), closed: true as const }, label) : withLabel({ from: isoDateOfDay(first), to: isoDateOfDay(last), closed: true as const }, label)
    ctx.entries.push({ key: isoDateOfDay(first), entry })
    return
  }
  const from = epochMs(start)
  const to = epochMs(end)
  if (!Number.isFinite(from) || !Number.isFinite(to)) {
    reportError(ctx.collector, path, 'invalid_date', `${name}: its start or end cannot be placed in time`, 'a DTSTART and DTEND that exist', 'times that cannot be placed')
    return
  }
  if (to < from) {
    reportError(ctx.collector, [...path, 'DTEND'], 'out_of_order', `${name} ends (${isoInstant(to)}) before it starts (${isoInstant(from)})`, 'DTEND after DTSTART', isoInstant(to))
    return
  }
  if (to === from) return
  if (from % 60_000 !== 0 || to % 60_000 !== 0) {
    const odd = from % 60_000 !== 0 ? from : to
    reportError(ctx.collector, path, 'not_whole_minute', `${name}: ${isoInstant(odd)} is not on a whole minute: exceptions are on whole minutes`, 'times on whole minutes', isoInstant(odd))
    return
  }
  ctx.entries.push({ key: isoInstant(from), entry: withLabel({ start: isoInstant(from), end: isoInstant(to), closed: true as const }, label) })
}
