// Reads the text of an OpenStreetMap `opening_hours` value into rules (./osmRules.ts): the subset
// that maps to a week and dated entries. What the format has and callhours does not (sunrise,
// `week`, `SH`, nth weekdays, open ends, fallback `||`) is a located loss and the rule is not
// carried; what is not the format at all is a located issue. Internal to callhours/formats.

import { reportError, type IssueCollector } from '../../ground/issues'
import { daysFromCivil, daysInMonth } from '../../zone/civil'
import type { FormatLoss } from '../types'
import { OSM_MONTHS, OSM_WEEKDAYS, type OsmDateItem, type OsmRule, type OsmSpan } from './osmRules'

/** The longest `opening_hours` text read (OSM itself stores at most 255 characters). */
export const MAX_OSM_TEXT = 100_000

/** The most rules read; more is an `out_of_range` issue. */
export const MAX_OSM_RULES = 1000

interface Token {
  readonly type: 'word' | 'number' | 'time' | 'comment' | 'always' | '-' | ',' | ';' | '||' | 'other'
  readonly text: string
  readonly offset: number
}

/** Words of the format callhours does not model: a rule with one is a loss, not an error. */
const UNSUPPORTED_WORDS = new Set(['sunrise', 'sunset', 'dawn', 'dusk', 'week', 'easter', 'sh', 'day', 'days'])

/** What the parse gives: the rules callhours carries, and what it does not. */
export interface ParsedOsm {
  readonly rules: readonly OsmRule[]
  readonly losses: readonly FormatLoss[]
}

class RuleError {
  constructor(
    readonly kind: 'issue' | 'loss',
    readonly message: string,
    readonly token: Token | undefined,
  ) {}
}

/** Splits the text into tokens; an unterminated comment is an issue (and ends the text). */
function tokenize(text: string, collector: IssueCollector): Token[] | undefined {
  const tokens: Token[] = []
  let i = 0
  while (i < text.length) {
    const c = text[i]!
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++
      continue
    }
    const start = i
    if (c === '"') {
      const close = text.indexOf('"', i + 1)
      if (close < 0) {
        reportError(collector, [], 'unreadable', `the comment opened at character ${i} is never closed with "`, 'a comment in double quotes', 'an unterminated comment')
        return undefined
      }
      tokens.push({ type: 'comment', text: text.slice(i + 1, close), offset: start })
      i = close + 1
      continue
    }
    if (text.startsWith('24/7', i)) {
      tokens.push({ type: 'always', text: '24/7', offset: start })
      i += 4
      continue
    }
    if (c >= '0' && c <= '9') {
      while (i < text.length && text[i]! >= '0' && text[i]! <= '9') i++
      if (text[i] === ':' && i - start <= 2 && /^[0-9]{2}/.test(text.slice(i + 1, i + 3))) {
        i += 3
        tokens.push({ type: 'time', text: text.slice(start, i), offset: start })
      } else tokens.push({ type: 'number', text: text.slice(start, i), offset: start })
      continue
    }
    if (/[A-Za-z]/.test(c)) {
      while (i < text.length && /[A-Za-z_]/.test(text[i]!)) i++
      tokens.push({ type: 'word', text: text.slice(start, i), offset: start })
      continue
    }
    if (c === '|' && text[i + 1] === '|') {
      tokens.push({ type: '||', text: '||', offset: start })
      i += 2
      continue
    }
    i++
    tokens.push({ type: c === '-' || c === '–' ? '-' : c === ',' ? ',' : c === ';' ? ';' : 'other', text: c, offset: start })
  }
  return tokens
}

const weekdayOf = (token: Token | undefined): number | undefined => {
  if (token?.type !== 'word') return undefined
  const index = OSM_WEEKDAYS.findIndex((name) => name.toLowerCase() === token.text.toLowerCase())
  return index < 0 ? undefined : index
}
const monthOf = (token: Token | undefined): number | undefined => {
  if (token?.type !== 'word') return undefined
  const index = OSM_MONTHS.findIndex((name) => name.toLowerCase() === token.text.toLowerCase())
  return index < 0 ? undefined : index + 1
}
const isYear = (token: Token | undefined): boolean => token?.type === 'number' && token.text.length === 4
const isDay = (token: Token | undefined): boolean => token?.type === 'number' && token.text.length <= 2
const isWord = (token: Token | undefined, ...words: string[]): boolean => token?.type === 'word' && words.includes(token.text.toLowerCase())

/** One `;`-separated group of tokens, read into rules (the first normal, the rest `,` additions). */
class GroupReader {
  private at: number
  constructor(
    private readonly tokens: readonly Token[],
    start: number,
    private readonly end: number,
  ) {
    this.at = start
  }

  get done(): boolean {
    return this.at >= this.end
  }
  peek(ahead = 0): Token | undefined {
    return this.at + ahead < this.end ? this.tokens[this.at + ahead] : undefined
  }
  next(): Token | undefined {
    const token = this.peek()
    if (token !== undefined) this.at++
    return token
  }
  position(): number {
    return this.at
  }

  fail(message: string, token = this.peek(), kind: 'issue' | 'loss' = 'issue'): never {
    if (kind === 'issue' && token !== undefined && (token.type === 'other' || token.type === 'word') && (UNSUPPORTED_WORDS.has(token.text.toLowerCase()) || '[]+()/'.includes(token.text))) {
      throw new RuleError('loss', `${token.text === '+' ? 'an open end ("+")' : `"${token.text}"`} is not in the part of opening_hours callhours reads (weekdays, times, dates, PH, off)`, token)
    }
    throw new RuleError(kind, message, token)
  }

  /** A day of the month after `month` (1–12) in `year` (a leap year when yearly, so Feb 29 passes). */
  day(month: number, year: number): number {
    const token = this.next()
    if (!isDay(token)) this.fail('expected a day of the month (1–31)', token)
    const day = Number(token!.text)
    if (day < 1 || day > daysInMonth(year, month)) this.fail(`there is no day ${day} in ${OSM_MONTHS[month - 1]}`, token)
    return day
  }

  /** `[year] month [day]` of a range's end; the year and month default to the start's. */
  dateItem(): OsmDateItem {
    let year: number | undefined
    if (isYear(this.peek())) {
      year = Number(this.next()!.text)
      if (year < 1900 || year > 2200) this.fail(`year ${year} is outside 1900–2200`, this.tokens[this.at - 1])
      if (this.peek()?.type === '-' && isYear(this.peek(1))) {
        this.next()
        const to = Number(this.next()!.text)
        if (to < year || to > 2200) this.fail(`the year range ends at ${to}, before ${year} or after 2200`, this.tokens[this.at - 1])
        return { kind: 'explicit', fromDay: daysFromCivil(year, 1, 1), toDay: daysFromCivil(to, 12, 31) }
      }
      if (monthOf(this.peek()) === undefined) return { kind: 'explicit', fromDay: daysFromCivil(year, 1, 1), toDay: daysFromCivil(year, 12, 31) }
    }
    const month = monthOf(this.next())
    if (month === undefined) this.fail('expected a month (Jan–Dec)', this.tokens[this.at - 1])
    const leap = year ?? 2000
    const fromDay = isDay(this.peek()) ? this.day(month!, leap) : undefined
    let toYear = year
    let toMonth = month!
    let toDay = fromDay ?? daysInMonth(leap, month!)
    if (this.peek()?.type === '-') {
      this.next()
      if (isYear(this.peek())) {
        if (year === undefined) this.fail('a range from a yearly date cannot end on a dated year', this.peek())
        toYear = Number(this.next()!.text)
        if (toYear > 2200) this.fail(`year ${toYear} is after 2200`, this.tokens[this.at - 1])
      }
      const named = monthOf(this.peek())
      if (named !== undefined) {
        this.next()
        toMonth = named
        toDay = isDay(this.peek()) ? this.day(toMonth, toYear ?? 2000) : daysInMonth(toYear ?? 2000, toMonth)
      } else if (isDay(this.peek()) && fromDay !== undefined) toDay = this.day(toMonth, toYear ?? 2000)
      else this.fail('expected the end of the date range: a day, a month, or a year and a month', this.peek())
    }
    const first = fromDay ?? 1
    if (year === undefined) return { kind: 'yearly', from: month! * 100 + first, to: toMonth * 100 + toDay }
    let lastYear = toYear ?? year
    // `2026 Dec 24-Jan 02` ends in the next year, as a yearly span over the new year does.
    if (toYear === undefined && toMonth * 100 + toDay < month! * 100 + first) lastYear = year + 1
    const fromNumber = daysFromCivil(year, month!, first)
    const toNumber = daysFromCivil(lastYear, toMonth, Math.min(toDay, daysInMonth(lastYear, toMonth)))
    if (toNumber < fromNumber) this.fail('the date range ends before it starts', this.tokens[this.at - 1])
    return { kind: 'explicit', fromDay: fromNumber, toDay: toNumber }
  }

  /** `Mo-Fr,Su,PH`: the weekday bit set and whether public holidays match. */
  weekdayList(): { weekdays: number | undefined; holiday: boolean } {
    let weekdays: number | undefined
    let holiday = false
    for (;;) {
      const token = this.next()
      if (isWord(token, 'ph')) holiday = true
      else {
        const from = weekdayOf(token)
        if (from === undefined) this.fail('expected a weekday (Mo, Tu, We, Th, Fr, Sa, Su) or PH', token)
        if (this.peek()?.text === '[') this.fail('nth weekdays ("Mo[1]") are not read', this.peek(), 'loss')
        let to = from!
        if (this.peek()?.type === '-') {
          this.next()
          to = weekdayOf(this.peek()) ?? this.fail('expected a weekday after "-"', this.peek())
          this.next()
        }
        weekdays ??= 0
        for (let day = from!, steps = 0; steps < 7; day = (day + 1) % 7, steps++) {
          weekdays |= 1 << day
          if (day === to) break
        }
      }
      if (this.peek()?.type === ',' && (weekdayOf(this.peek(1)) !== undefined || isWord(this.peek(1), 'ph'))) {
        this.next()
        continue
      }
      return { weekdays, holiday }
    }
  }

  /** `HH:MM` as minutes, hours up to 48 (OSM's extended time). */
  time(): number {
    const token = this.next()
    if (token?.type !== 'time') this.fail('expected a time (HH:MM)', token)
    const [hours, minutes] = token!.text.split(':').map(Number) as [number, number]
    if (minutes > 59 || hours > 48 || (hours === 48 && minutes > 0)) this.fail(`${token!.text} is not a time of day (00:00–48:00)`, token)
    return hours * 60 + minutes
  }

  spans(): OsmSpan[] {
    const spans: OsmSpan[] = []
    for (;;) {
      const startToken = this.peek()
      const start = this.time()
      if (start >= 1440) this.fail(`a span cannot start at ${startToken!.text}`, startToken)
      if (this.peek()?.type !== '-') this.fail('expected "-" and the closing time', this.peek())
      this.next()
      let end = this.time()
      if (end <= start) end += 1440
      if (end > start + 1440) this.fail('a span is at most 24 hours', this.tokens[this.at - 1])
      spans.push({ start, end })
      if (this.peek()?.type === ',' && this.peek(1)?.type === 'time') {
        this.next()
        continue
      }
      return spans
    }
  }
}

/**
 * Reads an `opening_hours` value into rules. Issues go to `collector` (paths `['rule', i]`), losses
 * come back with the rules; rules with a loss are left out (the loss says so).
 */
export function parseOsm(text: string, collector: IssueCollector): ParsedOsm {
  const rules: OsmRule[] = []
  const losses: FormatLoss[] = []
  const tokens = tokenize(text, collector)
  if (tokens === undefined) return { rules, losses }
  let index = 0
  let at = 0
  while (at < tokens.length) {
    if (tokens[at]!.type === '||') {
      losses.push({ code: 'not_supported', path: ['rule', index], message: `the fallback rules after "||" at character ${tokens[at]!.offset} are not read ("${text.slice(tokens[at]!.offset + 2).trim().slice(0, 80)}")` })
      break
    }
    let end = at
    while (end < tokens.length && tokens[end]!.type !== ';' && tokens[end]!.type !== '||') end++
    const group = new GroupReader(tokens, at, end)
    let additional = false
    while (!group.done) {
      const first = group.peek()!
      if (index >= MAX_OSM_RULES) {
        reportError(collector, ['rule', index], 'out_of_range', `more than ${MAX_OSM_RULES} rules: the rest is not read`, `at most ${MAX_OSM_RULES} rules`, 'more')
        return { rules, losses }
      }
      try {
        rules.push(readRule(group, index, additional, text))
      } catch (error) {
        if (!(error instanceof RuleError)) throw error
        const ruleText = text.slice(first.offset, end < tokens.length ? tokens[end]!.offset : text.length).trim()
        const where = error.token === undefined ? 'at its end' : `at character ${error.token.offset}`
        if (error.kind === 'loss') losses.push({ code: 'not_supported', path: ['rule', index], message: `rule "${ruleText.slice(0, 120)}" is not read: ${error.message} (${where})` })
        else reportError(collector, ['rule', index], 'unreadable', `rule "${ruleText.slice(0, 120)}" ${where}: ${error.message}`, 'an opening_hours rule', error.token === undefined ? 'the end of the rule' : `"${error.token.text.slice(0, 40)}"`)
        index++
        break
      }
      index++
      if (group.done) break
      const separator = group.next()!
      if (separator.type !== ',' || group.done) {
        reportError(collector, ['rule', index - 1], 'unreadable', `unexpected "${separator.text}" at character ${separator.offset}`, 'a rule ends with ";", "," or the end of the value', `"${separator.text}"`)
        break
      }
      additional = true
    }
    at = end < tokens.length && tokens[end]!.type === ';' ? end + 1 : end
  }
  return { rules, losses }
}

function readRule(group: GroupReader, index: number, additional: boolean, text: string): OsmRule {
  const startToken = group.peek()!
  let dates: OsmDateItem[] | undefined
  let weekdays: number | undefined
  let holiday = false
  let spans: OsmSpan[] | undefined
  let state: OsmRule['state'] = 'open'
  let comment: string | undefined
  let stated = false
  let named = true
  if (group.peek()?.type === 'always') {
    group.next()
    spans = [{ start: 0, end: 1440 }]
  } else {
    while (isYear(group.peek()) || monthOf(group.peek()) !== undefined) {
      dates ??= []
      dates.push(group.dateItem())
      if (group.peek()?.type === ',' && (isYear(group.peek(1)) || monthOf(group.peek(1)) !== undefined)) group.next()
      else break
    }
    if (weekdayOf(group.peek()) !== undefined || isWord(group.peek(), 'ph')) ({ weekdays, holiday } = group.weekdayList())
    if (group.peek()?.type === 'time') spans = group.spans()
    named = dates !== undefined || weekdays !== undefined || holiday || spans !== undefined
  }
  if (isWord(group.peek(), 'open', 'closed', 'off', 'unknown')) {
    const word = group.next()!.text.toLowerCase()
    state = word === 'open' ? 'open' : word === 'unknown' ? 'unknown' : 'off'
    named = true
    stated = true
  }
  if (group.peek()?.type === 'comment') comment = group.next()!.text
  if (!named && comment !== undefined) group.fail('a rule of only a comment says nothing about the hours', startToken, 'loss')
  const after = group.peek()
  if (after !== undefined && after.type !== ',') group.fail(`unexpected "${after.text}"`, after)
  if (!named && comment === undefined) group.fail('expected a rule: weekdays, dates, times, 24/7, open or off', startToken)
  const endOffset = after === undefined ? undefined : after.offset
  return {
    index,
    offset: startToken.offset,
    text: text.slice(startToken.offset, endOffset).trim(),
    additional,
    dates,
    weekdays,
    holiday,
    timed: spans !== undefined && startToken.type !== 'always',
    spans: spans ?? [{ start: 0, end: 1440 }],
    state,
    stated,
    comment,
  }
}
