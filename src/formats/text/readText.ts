import { collectIssues, describeReceived, report, reportError, type IssueCollector } from '../../ground/issues'
import { toEpochMs, type Instant } from '../../ground/instant'
import type { ExceptionEntry, ExceptionHours } from '../../calendar/entryTypes'
import { MINUTES_PER_DAY, type WeekInterval } from '../../week/types'
import { daysInMonth, isoDate } from '../../zone/civil'
import { zoneFor } from '../../zone/resolveTimeZone'
import { offsetAt } from '../../zone/zoneOffsets'
import { formatReadResult, pushDaySpan, readFormatOptions } from '../formatResult'
import type { FormatLoss, ReadFormatOptions, ReadFormatResult } from '../types'
import { textTokens, type TextToken } from './textTokens'
import { IST_ALTERNATIVES, ZONE_ABBREVIATIONS, ZONE_REGIONS, type ZoneWord } from './zoneWords'

/** Options of `readText`: the shared ones, and `at`, the instant whose season a zone abbreviation is checked against. */
export interface ReadTextOptions extends ReadFormatOptions {
  /** When the text applies (a Date or epoch ms): "EST" then is checked against the zone's clock on that day. */
  readonly at?: Instant
}

/** The longest text `readText` reads: partner hours are a line or a paragraph; longer is an `out_of_range` issue. */
export const MAX_HOURS_TEXT = 100_000

const DAY_WORDS: ReadonlyMap<string, number> = new Map([
  ...['sunday', 'sundays', 'sun', 'su', 'u'].map((w) => [w, 0] as const),
  ...['monday', 'mondays', 'mon', 'mo', 'm'].map((w) => [w, 1] as const),
  ...['tuesday', 'tuesdays', 'tue', 'tues', 'tu'].map((w) => [w, 2] as const),
  ...['wednesday', 'wednesdays', 'wed', 'weds', 'we', 'w'].map((w) => [w, 3] as const),
  ...['thursday', 'thursdays', 'thu', 'thur', 'thurs', 'th', 'r'].map((w) => [w, 4] as const),
  ...['friday', 'fridays', 'fri', 'fr', 'f'].map((w) => [w, 5] as const),
  ...['saturday', 'saturdays', 'sat', 'sa'].map((w) => [w, 6] as const),
])
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const MONTH_WORDS: ReadonlyMap<string, number> = new Map([
  ...MONTHS.map((w, i) => [w, i + 1] as const),
  ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].map((w, i) => [w, i + 1] as const),
  ['sept', 9],
])
const WEEKDAYS = 0b0111110
const WEEKENDS = 0b1000001
const ALL_DAYS = 0b1111111
const FILLER = new Set([
  'hoo', 'hours', 'hour', 'hrs', 'hr', 'open', 'opens', 'opening', 'operation', 'operating', 'of', 'from', 'on', 'at', 'are', 'is', 'the', 'we', 'were', 'our',
  'business', 'office', 'service', 'call', 'calls', 'center', 'centre', 'available', 'a', 'week', 'only', 'between', 'normal', 'regular', 'time', 'times', 'in', 'zone', 'tz', 'days', 'day',
])
const CLOSED_WORDS = new Set(['closed', 'close', 'off'])
const EXCEPT_WORDS = new Set(['except', 'excluding', 'excl', 'but', 'not'])
const HOLIDAY_WORDS = new Set(['holiday', 'holidays'])

interface Span {
  readonly open: number
  readonly close: number
}

type DateSpec =
  | { readonly kind: 'date'; readonly text: string }
  | { readonly kind: 'range'; readonly from: string; readonly to: string }
  | { readonly kind: 'yearly'; readonly monthDay: string }
  | { readonly kind: 'instant'; readonly start: number; readonly end: number }

interface Group {
  start: number
  days: number | null
  daysFirst: boolean
  except: number
  dates: DateSpec | null
  spans: Span[]
  closed: boolean
  openWord: boolean
  label: string | null
  holidays: number | null
}

const newGroup = (start: number): Group => ({ start, days: null, daysFirst: false, except: 0, dates: null, spans: [], closed: false, openWord: false, label: null, holidays: null })

/**
 * Reads business hours as partners write them: "Mon–Fri 9 am–5 pm, Sat 10 am–2 pm", "M-F 8:30a-6p
 * CST, Sat 9-1", "HOO: 9am - 5pm EST (every day)", "24/7", "Weekdays 9 to 5 Pacific". Never throws
 * on data; every word it does not know is an issue at its character offset (`['text', 14]`),
 * never a guess.
 *
 * Days: names and abbreviations (`Mon`, `Tues`, `M`, `Th`, `R`), ranges with `-`, `–`, `to`,
 * `through`, lists with `,` `&` `/` `and`, `weekdays`, `weekends`, `daily`, `every day`, `7 days`,
 * `24/7`, `closed Sunday`, `except Sunday`. Times: `9am`, `9 AM`, `9:30 p.m.`, `8:30a`, `noon`,
 * `midnight`, `21:00`, `0900`, `24 hours`; several spans a day (`9-12, 13-17`); a close at or
 * before the open runs past midnight. Times with no am/pm and no 24-hour sign (`9-5`) are read on
 * a working day's clock: an open at 6–11 is am, 12 noon, 1–5 pm, and the close is the first such
 * hour after the open. Days not named are closed; a day given hours twice is an issue; `closed`
 * wins over hours given elsewhere. A zone: an IANA name, a Retreaver/Rails name, `UTC+5`, an
 * abbreviation (`EST`, `PT`, `CET`, `IST`…) or a region (`Pacific`, `Eastern Time`) — an
 * abbreviation that names several zones or a season the day contradicts (see `options.at`) comes
 * with an `ambiguous_time_zone` warning. Dates: `2026-12-24 9am-1pm`, `2026-12-24 to 2027-01-01
 * closed`, `every Dec 25 closed`, `Dec 25 2026 closed`, instants `2026-12-01T14:35Z to …Z closed`,
 * a label in quotes. "Closed on holidays" is a loss: callhours knows no holidays unless given them.
 *
 * @param text - the hours as text (at most `MAX_HOURS_TEXT` characters)
 * @param options - `timeZone` (when the text names none), `years`, `at`
 * @returns the week, dated entries, calendar, zone, issues (warnings included) and losses
 * @throws {TypeError | RangeError} only for wrong options
 *
 * @example
 * const read = readText('M-F 8:30a-6p CST, Sat 9-1', { at: Date.UTC(2026, 0, 15) })
 * describeSchedule(read.schedule)
 * //=> 'Mon–Fri 08:30–18:00, Sat 09:00–13:00, Sun closed'
 * read.timeZone //=> 'America/Chicago'
 * read.issues.map((issue) => [issue.severity, issue.code]) //=> [['warning', 'ambiguous_time_zone']]
 *
 * @example
 * // EST in July: read as New York's clock, with a warning
 * readText('HOO: 9am - 5pm EST (every day)', { at: Date.UTC(2026, 6, 15) }).issues[0].message
 * //=> 'EST names standard time, but on 2026-07-15 America/New_York keeps daylight time: read as America/New_York, whose clock the hours follow'
 *
 * @example
 * // Words it does not know are located, never guessed
 * readText('Mon-Fri 9-5 by appointment').issues.map((issue) => [issue.code, issue.path])
 * //=> [['unreadable', ['text', 12]], ['unreadable', ['text', 15]]]
 */
export function readText(text: unknown, options?: ReadTextOptions): ReadFormatResult {
  const shared = readFormatOptions(options, ['at'], 'readText')
  const at = shared.own.at === undefined ? undefined : toEpochMs(shared.own.at as Instant, 'readText options.at')
  const collector = collectIssues()
  const losses: FormatLoss[] = []
  const week: WeekInterval[] = []
  const entries: ExceptionEntry[] = []
  if (typeof text !== 'string') {
    reportError(collector, [], 'invalid_type', `expected hours as text, received ${describeReceived(text)}`, 'a string', describeReceived(text))
    return formatReadResult(collector, week, entries, shared.timeZone, losses)
  }
  if (text.length > MAX_HOURS_TEXT) {
    reportError(collector, ['text'], 'out_of_range', `the text is ${text.length} characters: at most ${MAX_HOURS_TEXT} are read`, `at most ${MAX_HOURS_TEXT} characters`, String(text.length))
    return formatReadResult(collector, week, entries, shared.timeZone, losses)
  }
  const parser = new TextParser(text, collector, losses)
  parser.parse()
  const zone = parser.zone(at) ?? shared.timeZone
  if (collector.errorCount === 0) parser.build(week, entries)
  return formatReadResult(collector, week, entries, zone, losses)
}

/** The reading of one text: items from tokens, grouped into days or dates with their hours. */
class TextParser {
  private readonly tokens: TextToken[]
  private p = 0
  private readonly groups: Group[] = []
  private group: Group
  private lastWasDays = false
  private readonly zones: { zone: string; word?: ZoneWord; name: string; start: number }[] = []

  constructor(
    private readonly text: string,
    private readonly collector: IssueCollector,
    private readonly losses: FormatLoss[],
  ) {
    this.tokens = textTokens(text)
    this.group = newGroup(0)
  }

  private issue(token: { start: number; end: number }, message: string, expected: string, code: 'unreadable' | 'missing_field' | 'conflicting_field' | 'out_of_range' | 'invalid_date' | 'unknown_time_zone' | 'close_before_open' = 'unreadable'): void {
    const shown = this.text.slice(token.start, Math.min(token.end, token.start + 40))
    reportError(this.collector, ['text', token.start], code, `${message} (at ${token.start}–${token.end}: ${JSON.stringify(shown)})`, expected, JSON.stringify(shown))
  }

  private peek(offset = 0): TextToken | undefined {
    return this.tokens[this.p + offset]
  }

  parse(): void {
    while (this.p < this.tokens.length) {
      const token = this.tokens[this.p]!
      this.p++
      this.item(token)
    }
    this.finish()
  }

  private item(token: TextToken): void {
    this.sepBefore = this.sepSince
    if (token.kind !== 'sep') this.sepSince = false
    switch (token.kind) {
      case 'sep':
        this.sepSince = true
        return
      case 'time':
      case 'noon':
      case 'midnight':
        return this.timeRange(token)
      case 'allDay':
        return this.addSpan(token, { open: 0, close: MINUTES_PER_DAY })
      case 'allWeek':
        this.addDays(token, ALL_DAYS)
        this.addSpan(token, { open: 0, close: MINUTES_PER_DAY })
        return
      case 'everyDay':
        return this.addDays(token, ALL_DAYS)
      case 'date':
        return this.dateItem(token)
      case 'instant':
        return this.instantItem(token)
      case 'zone':
        this.zones.push({ zone: token.zone, name: this.text.slice(token.start, token.end), start: token.start })
        return
      case 'badZone':
        return this.issue(token, `${JSON.stringify(token.text)} is not a time zone: ${token.why}`, 'an IANA zone, a Rails zone name or an abbreviation', 'unknown_time_zone')
      case 'label':
        if (this.group.dates === null) return this.issue(token, 'a label in quotes names a dated entry: put it after the date and its hours', 'a label after a date')
        this.group.label = token.text.slice(0, 200)
        return
      case 'dash':
        return this.issue(token, 'a dash with nothing to join: expected a range such as Mon-Fri or 9am-5pm', 'a day or time range')
      case 'unknown':
        return this.issue(token, token.why ?? `${JSON.stringify(token.text)} means nothing in hours`, 'days, times, a zone or a date')
      case 'word':
        return this.word(token)
    }
  }

  private word(token: TextToken & { kind: 'word' }): void {
    const word = token.text
    const day = DAY_WORDS.get(word)
    if (day !== undefined) return this.dayItem(token, day)
    if (word === 't' || word === 's') {
      if (this.peek()?.kind === 'dash' && this.peek(1)?.kind === 'word') this.p += 2
      return this.issue(token, `${JSON.stringify(word.toUpperCase())} could be two days: write Tu/Th or Sa/Su`, 'an unambiguous day')
    }
    if (word === 'weekdays' || word === 'weekday') return this.addDays(token, WEEKDAYS)
    if (word === 'weekends' || word === 'weekend') return this.addDays(token, WEEKENDS)
    if (word === 'daily' || word === 'everyday') return this.addDays(token, ALL_DAYS)
    if (word === 'every' || word === 'all') return this.every(token)
    const month = MONTH_WORDS.get(word)
    if (month !== undefined) return this.monthDay(token, month, false)
    if (CLOSED_WORDS.has(word)) return this.closedItem(token)
    if (EXCEPT_WORDS.has(word)) {
      this.exceptMode = true
      return
    }
    if (word === 'open' || word === 'opens') this.group.openWord = true
    if (HOLIDAY_WORDS.has(word) || ((word === 'public' || word === 'bank' || word === 'federal') && this.peek()?.kind === 'word' && HOLIDAY_WORDS.has((this.peek() as { text: string }).text))) {
      if (!HOLIDAY_WORDS.has(word)) this.p++
      return this.holidayItem(token)
    }
    const abbreviation = ZONE_ABBREVIATIONS.get(word)
    if (abbreviation !== undefined) {
      this.zones.push({ zone: abbreviation.zone, word: { ...abbreviation, ...(word === 'ist' ? { alternatives: IST_ALTERNATIVES } : {}) }, name: word.toUpperCase(), start: token.start })
      return
    }
    const region = ZONE_REGIONS.get(word)
    if (region !== undefined) return this.regionZone(token, region)
    if (FILLER.has(word)) return
    this.issue(token, `${JSON.stringify(this.text.slice(token.start, token.end))} is not a day, a time or a zone`, 'days, times, a zone or a date')
  }

  private exceptMode = false
  /** The days joined to a group's list since its last separator ("closed Sunday, Mon-Sat"). */
  private lastJoin = 0
  /** Whether a separator came since the last item: "closed; 2026-12-25 9-1" is two clauses, "closed 2026-12-25" one. */
  private sepSince = false
  private sepBefore = false

  private regionZone(token: TextToken, zone: string): void {
    let season: 'standard' | 'daylight' | undefined
    const next = this.peek()
    if (next?.kind === 'word' && (next.text === 'standard' || next.text === 'daylight' || next.text === 'summer')) {
      season = next.text === 'standard' ? 'standard' : 'daylight'
      this.p++
    }
    const name = this.text.slice(token.start, this.tokens[this.p - 1]!.end)
    this.zones.push({ zone, ...(season === undefined ? {} : { word: { zone, season } }), name, start: token.start })
  }

  private every(token: TextToken): void {
    const next = this.peek()
    if (next?.kind === 'word') {
      if ((next.text === 'day' || next.text === 'days') && (token as { text: string }).text === 'every') {
        this.p++
        return this.addDays(token, ALL_DAYS)
      }
      if (next.text === 'week' && (token as { text: string }).text === 'all') {
        this.p++
        return this.addDays(token, ALL_DAYS)
      }
      if (next.text === 'day' || (next.text === 'night' && (token as { text: string }).text === 'all')) {
        this.p++
        return this.addSpan(token, { open: 0, close: MINUTES_PER_DAY })
      }
      const month = MONTH_WORDS.get(next.text)
      if (month !== undefined && (token as { text: string }).text === 'every') {
        this.p++
        return this.monthDay(next, month, true)
      }
      const day = DAY_WORDS.get(next.text)
      if (day !== undefined) return // "every Monday": the day is read next
    }
    this.issue(token, `${JSON.stringify(this.text.slice(token.start, token.end))} needs a day, "day", "week" or a month after it`, 'every day, every Monday, every Dec 25, all day')
  }

  private dayItem(token: TextToken, first: number): void {
    let mask = 1 << first
    let end = token.end
    if (this.peek()?.kind === 'dash' && this.peek(1)?.kind === 'word') {
      const last = DAY_WORDS.get((this.peek(1) as { text: string }).text)
      if (last !== undefined) {
        end = this.peek(1)!.end
        this.p += 2
        for (let d = first; d !== last; d = (d + 1) % 7) mask |= 1 << d
        mask |= 1 << last
      }
    }
    this.addDays({ start: token.start, end }, mask)
  }

  private addDays(token: { start: number; end: number }, mask: number): void {
    if (this.exceptMode) {
      this.group.except |= mask
      return
    }
    const g = this.group
    if (g.dates !== null || g.holidays !== null) this.next(token.start)
    const h = this.group
    if (h.days === null) {
      h.days = mask
      h.daysFirst = h.spans.length === 0 && !h.closed
    } else if ((h.spans.length === 0 && !h.closed) || this.lastWasDays) {
      h.days |= mask
      this.lastJoin = this.sepBefore ? mask : this.lastJoin | mask
      this.lastWasDays = true
      return
    } else {
      this.next(token.start)
      this.group.days = mask
      this.group.daysFirst = true
    }
    this.lastWasDays = true
  }

  private closedItem(token: TextToken): void {
    const g = this.group
    if (g.spans.length > 0 || (g.closed && g.days !== null && g.dates === null) || (g.closed && g.dates !== null)) this.next(token.start)
    this.group.closed = true
    this.lastWasDays = false
    this.exceptMode = false
  }

  private holidayItem(token: TextToken): void {
    if (this.group.spans.length > 0 || this.group.days !== null || this.group.dates !== null) this.next(token.start)
    this.group.holidays = token.start
    this.lastWasDays = true
  }

  private addSpan(token: { start: number }, span: Span): void {
    const g = this.group
    // "Closed Sunday, Mon-Sat 9-5": the days after the separator are the hours' own.
    if (g.closed && g.spans.length === 0 && g.days !== null && g.dates === null && this.lastJoin !== 0 && this.lastJoin !== g.days) {
      const days = this.lastJoin
      g.days &= ~days
      this.next(token.start)
      this.group.days = days
      this.group.daysFirst = true
    }
    // Days written after their hours close the group: the next hours start another.
    const h = this.group
    if ((h.days !== null && !h.daysFirst && (h.spans.length > 0 || h.closed)) || h.holidays !== null) this.next(token.start)
    this.group.spans.push(span)
    this.lastWasDays = false
    this.exceptMode = false
  }

  private next(start: number): void {
    this.lastJoin = 0
    this.finish()
    this.group = newGroup(start)
    this.lastWasDays = false
    this.exceptMode = false
  }

  private finish(): void {
    const g = this.group
    if (g.days !== null || g.dates !== null || g.spans.length > 0 || g.closed || g.holidays !== null) this.groups.push(g)
  }

  /** A time range `open–close`: the first time is `first`, the dash and the close come next. */
  private timeRange(first: TextToken): void {
    const dash = this.peek()
    const second = this.peek(1)
    if (dash?.kind !== 'dash' || second === undefined || (second.kind !== 'time' && second.kind !== 'noon' && second.kind !== 'midnight')) {
      return this.issue(first, 'a time needs a range: an open and a close such as 9am-5pm', 'a time range open–close')
    }
    this.p += 2
    const span = timeSpan(first as TimeToken, second as TimeToken)
    if (typeof span === 'string') return this.issue({ start: first.start, end: second.end }, span, 'a time range such as 9am-5pm or 21:00-02:00', 'out_of_range')
    this.addSpan(first, span)
  }

  private dateItem(token: TextToken & { kind: 'date' }): void {
    if (this.peek()?.kind === 'dash' && this.peek(1)?.kind === 'date') {
      const to = this.peek(1) as TextToken & { kind: 'date' }
      this.p += 2
      if (to.day < token.day) return this.issue({ start: token.start, end: to.end }, 'the range ends before it starts', 'a range from an earlier date to a later one', 'invalid_date')
      return this.setDates(token.start, { kind: 'range', from: token.text, to: to.text })
    }
    this.setDates(token.start, { kind: 'date', text: token.text })
  }

  private instantItem(token: TextToken & { kind: 'instant' }): void {
    const to = this.peek(1)
    if (this.peek()?.kind !== 'dash' || to?.kind !== 'instant') return this.issue(token, 'an instant needs a range: start to end', 'an instant range such as 2026-12-01T14:35Z to 2026-12-01T16:10Z')
    this.p += 2
    if (to.ms <= token.ms) return this.issue({ start: token.start, end: to.end }, 'the range ends before it starts', 'a later end', 'invalid_date')
    this.setDates(token.start, { kind: 'instant', start: token.ms, end: to.ms })
  }

  private monthDay(token: TextToken, month: number, yearly: boolean): void {
    const dayToken = this.peek()
    if (dayToken?.kind !== 'time' || dayToken.colon || dayToken.meridiem !== undefined || dayToken.digits.length > 2) {
      return this.issue(token, 'a month needs its day: Dec 25', 'a month and a day')
    }
    this.p++
    const day = Number(dayToken.digits)
    let year: number | undefined
    let lookahead = this.peek()?.kind === 'sep' && this.text[this.peek()!.start] === ',' ? 1 : 0
    const yearToken = this.peek(lookahead)
    if (yearToken?.kind === 'time' && yearToken.digits.length === 4 && !yearToken.colon && yearToken.meridiem === undefined && Number(yearToken.digits) >= 1900 && Number(yearToken.digits) <= 2200) {
      year = Number(yearToken.digits)
      this.p += lookahead + 1
    }
    lookahead = 0
    const end = this.tokens[this.p - 1]!.end
    const span = { start: token.start, end }
    if (day < 1 || day > (year === undefined ? [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]! : daysInMonth(year, month))) {
      return this.issue(span, 'not a day on the calendar', 'a real date', 'invalid_date')
    }
    if (year !== undefined) return this.setDates(token.start, { kind: 'date', text: isoDate(year, month, day) })
    if (!yearly) return this.issue(span, 'a date without a year: write the year (Dec 25 2026), or "every Dec 25" for every year', 'a year, or every', 'invalid_date')
    this.setDates(token.start, { kind: 'yearly', monthDay: `--${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` })
  }

  private setDates(start: number, dates: DateSpec): void {
    const g = this.group
    // "closed 2026-12-25" names the date after its state: keep the group.
    const pending = g.dates === null && g.days === null && g.holidays === null && (g.closed || g.spans.length > 0) && !this.lastWasDays && !this.sepBefore
    if (!(pending && g.closed && g.spans.length === 0) && (g.dates !== null || g.days !== null || g.spans.length > 0 || g.closed || g.holidays !== null)) this.next(start)
    this.group.dates = dates
    this.lastWasDays = false
  }

  /** The zone the text names, after the ambiguity and season warnings; an error when it names two. */
  zone(at: number | undefined): string | undefined {
    const first = this.zones[0]
    if (first === undefined) return undefined
    for (const other of this.zones.slice(1)) {
      if (other.zone !== first.zone) {
        reportError(this.collector, ['text', other.start], 'conflicting_field', `the text names two zones: ${first.name} (${first.zone}) and ${other.name} (${other.zone})`, 'one zone', other.name)
      }
    }
    const word = first.word
    if (word === undefined) return first.zone
    const warn = (message: string) => report(this.collector, { code: 'ambiguous_time_zone', path: ['text', first.start], severity: 'warning', message, expected: 'a zone named without doubt (an IANA name)', received: first.name })
    if (word.alternatives !== undefined) warn(`${first.name} names more than one zone: read as ${word.zone}; it may also mean ${word.alternatives.join(', ')} — write the IANA name to be sure`)
    if (word.season !== undefined) {
      const offsets = zoneFor(word.zone)
      const year = new Date(at ?? Date.UTC(2026, 0, 1)).getUTCFullYear()
      const january = offsetAt(offsets, Date.UTC(year, 0, 1))
      const july = offsetAt(offsets, Date.UTC(year, 6, 1))
      if (january !== july) {
        const seasonName = word.season === 'standard' ? 'standard time' : 'daylight time'
        if (at === undefined) warn(`${first.name} names ${seasonName}, and no options.at says when the hours apply, so the season is unknown: read as ${word.zone}, whose clock changes between standard and daylight time`)
        else {
          const daylight = offsetAt(offsets, at) === Math.max(january, july)
          if (daylight !== (word.season === 'daylight')) {
            const date = new Date(at).toISOString().slice(0, 10)
            warn(`${first.name} names ${seasonName}, but on ${date} ${word.zone} keeps ${daylight ? 'daylight' : 'standard'} time: read as ${word.zone}, whose clock the hours follow`)
          }
        }
      }
    }
    return first.zone
  }

  /** The week and the dated entries of the groups, with issues for what contradicts itself. */
  build(week: WeekInterval[], entries: ExceptionEntry[]): void {
    const dayHours: (Span[] | undefined)[] = []
    const dayGroup: number[] = []
    let closedMask = 0
    for (const g of this.groups) {
      const at = { start: g.start, end: g.start + 1 }
      if (g.holidays !== null) {
        this.losses.push({ code: 'not_supported', path: ['text', g.holidays], message: 'holidays were not read: callhours knows which days are holidays only from a holiday source (callhours/holidays)' })
        continue
      }
      if (g.closed && g.spans.length > 0 && g.dates?.kind !== 'instant') {
        this.issue(at, 'these days are both closed and given hours', 'closed, or hours', 'conflicting_field')
        continue
      }
      if (g.dates !== null) {
        this.dated(g, entries)
        continue
      }
      let mask = g.days
      if (mask === null) {
        if (g.closed && g.spans.length === 0 && this.groups.every((other) => other === g || other.dates !== null)) mask = ALL_DAYS
        else {
          this.issue(at, 'hours without days: name the days (Mon-Fri, daily, every day…)', 'days for these hours', 'missing_field')
          continue
        }
      }
      mask &= ~g.except
      if (g.closed) {
        closedMask |= mask
        continue
      }
      if (g.spans.length === 0) {
        this.issue(at, 'days without hours: give their hours or say closed', 'hours for these days', 'missing_field')
        continue
      }
      for (let d = 0; d < 7; d++) {
        if ((mask & (1 << d)) === 0) continue
        if (dayHours[d] !== undefined && !sameSpans(dayHours[d]!, g.spans)) {
          this.issue(at, `the day is given hours twice (also at ${dayGroup[d]}): say which hours it has`, 'each day given hours once', 'conflicting_field')
          continue
        }
        dayHours[d] = g.spans
        dayGroup[d] = g.start
      }
    }
    for (let d = 0; d < 7; d++) {
      if ((closedMask & (1 << d)) !== 0) continue
      for (const span of dayHours[d] ?? []) pushDaySpan(week, d, span.open, span.close, true)
    }
  }

  private dated(g: Group, entries: ExceptionEntry[]): void {
    const at = { start: g.start, end: g.start + 1 }
    const dates = g.dates!
    const label = g.label === null ? {} : { label: g.label }
    if (g.days !== null) return this.issue(at, 'a date and days in one clause: write them apart', 'a date, or days', 'conflicting_field')
    if (dates.kind === 'instant') {
      const start = new Date(dates.start).toISOString().slice(0, 16) + 'Z'
      const end = new Date(dates.end).toISOString().slice(0, 16) + 'Z'
      if (g.spans.length > 0) return this.issue(at, 'instants are closed or open, without hours', 'closed or open', 'conflicting_field')
      if (g.closed) entries.push({ start, end, closed: true, ...label })
      else if (g.openWord) entries.push({ start, end, open: true, ...label })
      else this.issue(at, 'say whether the instants are closed or open', 'closed or open', 'missing_field')
      return
    }
    let effect: { closed: true } | { hours: ExceptionHours[] }
    if (g.closed) effect = { closed: true }
    else if (g.spans.length === 0) return this.issue(at, 'a date without hours: give its hours or say closed', 'hours, or closed', 'missing_field')
    else {
      const hours: ExceptionHours[] = []
      for (const span of [...g.spans].sort((a, b) => a.open - b.open)) {
        const close = span.close === 0 ? MINUTES_PER_DAY : span.close
        if (close <= span.open) return this.issue(at, "a date's hours stop at its midnight: write the hours after midnight on the next date", 'hours within the date', 'close_before_open')
        hours.push({ time_open: military(span.open), time_close: military(close) })
      }
      effect = { hours }
    }
    if (dates.kind === 'date') entries.push({ date: dates.text, ...effect, ...label })
    else if (dates.kind === 'range') entries.push({ from: dates.from, to: dates.to, ...effect, ...label })
    else entries.push({ date: dates.monthDay as `--${string}`, ...effect, ...label })
  }
}

const military = (minute: number): number => Math.floor(minute / 60) * 100 + (minute % 60)

function sameSpans(a: readonly Span[], b: readonly Span[]): boolean {
  return a.length === b.length && a.every((span, i) => span.open === b[i]!.open && span.close === b[i]!.close)
}

type TimeToken = TextToken & { kind: 'time' | 'noon' | 'midnight' }

/** The minutes of one time read with a meridiem: 12 am is 0, 12 pm noon. */
const withMeridiem = (hour: number, minute: number, meridiem: 'am' | 'pm'): number => ((hour % 12) + (meridiem === 'pm' ? 12 : 0)) * 60 + minute

/** The reading of an hour without am/pm that comes first after `after` (at most a day later), as minutes of the day. */
function firstAfter(hour: number, minute: number, after: number): number {
  const am = withMeridiem(hour, minute, 'am')
  const pm = withMeridiem(hour, minute, 'pm')
  if (am > after) return am
  if (pm > after) return pm
  return am
}

/** The latest reading of an hour without am/pm before `before` (else the latest reading). */
function lastBefore(hour: number, minute: number, before: number): number {
  const am = withMeridiem(hour, minute, 'am')
  const pm = withMeridiem(hour, minute, 'pm')
  if (pm < before) return pm
  if (am < before) return am
  return pm
}

/** Open and close minutes of a time range, or why it is not one. */
function timeSpan(first: TimeToken, second: TimeToken): Span | string {
  for (const token of [first, second]) {
    if (token.kind !== 'time') continue
    if (token.minute > 59) return 'minutes run 00–59'
    if (token.meridiem !== undefined && (token.hour < 1 || token.hour > 12)) return `${token.hour} ${token.meridiem} is not a 12-hour time`
    if (token.hour > 24 || (token.hour === 24 && token.minute > 0)) return 'hours run 0–24'
  }
  const word = (token: TimeToken, asClose: boolean): number | undefined => (token.kind === 'noon' ? 720 : token.kind === 'midnight' ? (asClose ? MINUTES_PER_DAY : 0) : undefined)
  const literal = (token: TimeToken & { kind: 'time' }): number => token.hour * 60 + token.minute
  const a = first as TimeToken & { kind: 'time' }
  const b = second as TimeToken & { kind: 'time' }
  let open = word(first, false)
  let close = word(second, true)
  if (open === undefined && first.kind === 'time' && (a.literal24 || a.meridiem !== undefined)) open = a.meridiem === undefined ? literal(a) : withMeridiem(a.hour, a.minute, a.meridiem)
  if (close === undefined && second.kind === 'time' && (b.literal24 || b.meridiem !== undefined)) close = b.meridiem === undefined ? literal(b) : withMeridiem(b.hour, b.minute, b.meridiem)
  // "10:00–10:00" is a 24-hour clock: both sides written hh:mm, neither with am/pm.
  const padded = (token: TimeToken): boolean => token.kind !== 'time' || (token.colon && token.digits.length === 2 && token.meridiem === undefined)
  const twentyFour = (first.kind === 'time' && a.literal24) || (second.kind === 'time' && b.literal24) || (first.kind === 'time' && second.kind === 'time' && padded(first) && padded(second))
  if (open === undefined && twentyFour) open = literal(a)
  if (close === undefined && twentyFour) close = literal(b)
  if (open === undefined && close !== undefined) open = lastBefore(a.hour, a.minute, close === 0 ? MINUTES_PER_DAY : close)
  if (open === undefined) {
    // Neither side says: a working day's clock — 6–11 am, 12 noon, 1–5 pm.
    open = a.hour >= 6 && a.hour <= 11 ? a.hour * 60 + a.minute : withMeridiem(a.hour, a.minute, 'pm')
  }
  if (close === undefined) close = firstAfter(b.hour, b.minute, open)
  if (open === MINUTES_PER_DAY) return 'a range cannot open at 24:00'
  return { open, close }
}
