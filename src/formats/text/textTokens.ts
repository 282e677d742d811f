// Partner hours text cut into tokens, each with its character offsets: times, dashes, separators,
// words, dates, instants, zone names (Rails, IANA, UTC±h — found first, since they hold spaces,
// slashes and parentheses), labels in quotes, and characters that mean nothing here. Internal.

import { RAILS_TIME_ZONES } from '../../zone/railsTimeZones'
import { resolveTimeZone } from '../../zone/resolveTimeZone'
import { readIsoInstant } from '../../zone/isoInstant'
import { dayOfDate } from '../../calendar/readExceptions'

interface At {
  readonly start: number
  readonly end: number
}

/** One token; `start`/`end` are offsets into the text (end excluded). */
export type TextToken = At &
  (
    | { readonly kind: 'time'; readonly hour: number; readonly minute: number; readonly meridiem?: 'am' | 'pm'; readonly literal24: boolean; readonly digits: string; readonly colon: boolean }
    | { readonly kind: 'noon' | 'midnight' | 'dash' | 'sep' | 'allWeek' | 'allDay' | 'everyDay' }
    | { readonly kind: 'word'; readonly text: string }
    | { readonly kind: 'date'; readonly text: string; readonly day: number }
    | { readonly kind: 'instant'; readonly ms: number }
    | { readonly kind: 'zone'; readonly zone: string }
    | { readonly kind: 'badZone'; readonly text: string; readonly why: string }
    | { readonly kind: 'label'; readonly text: string }
    | { readonly kind: 'unknown'; readonly text: string; readonly why?: string }
  )

const RAILS_NAMES = Object.keys(RAILS_TIME_ZONES).sort((a, b) => b.length - a.length)
const IANA_AREAS = new Set(['africa', 'america', 'antarctica', 'arctic', 'asia', 'atlantic', 'australia', 'europe', 'indian', 'pacific', 'etc', 'us', 'canada', 'mexico', 'brazil', 'chile'])
const IANA_LIKE = /[A-Za-z][A-Za-z_]*(?:\/[A-Za-z0-9_+-]+)+/g
const OFFSET = /\b(?:UTC|GMT)\s?([+\-−])\s?(\d{1,2})(?::?(\d{2}))?(?!\d)/gi
const ISO_INSTANT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})/iy
const ISO_DATE = /\d{4}-\d{2}-\d{2}(?![\dT])/y
const ALL_WEEK = /24\s*[/x]\s*7(?!\d)/iy
const NUMBER = /(\d{1,4})(?:([:.])(\d{2}))?(?!\d)/y
const HOURS_WORD = /\s*(?:hours|hour|hrs|hr|h)(?![a-z])/iy
const DAYS_WORD = /\s*days?(?![a-z])/iy
const MERIDIEM = /\s*(a\.m\.?|p\.m\.?|am|pm)(?![a-z])|(a|p)(?![a-z.])/iy
const NOON_OR_MIDNIGHT = /\s*(noon|midnight)(?![a-z])/iy
const WORD = /[A-Za-z][A-Za-z'’]*\.?/y
const DASH_WORDS = new Set(['to', 'through', 'thru', 'till', 'til', 'until', 'till'])
const DASHES = '-–—‐‑~'
const SEPARATORS = ',;/|&+'
const IGNORED = '():.!*[]'

/** Zone names found in the text, earliest and longest first, none overlapping. */
function zoneSpans(text: string): (At & ({ kind: 'zone'; zone: string } | { kind: 'badZone'; text: string; why: string }))[] {
  const found: (At & ({ kind: 'zone'; zone: string } | { kind: 'badZone'; text: string; why: string }))[] = []
  const lower = text.toLowerCase()
  const isLetter = (c: string | undefined) => c !== undefined && /[a-z]/i.test(c)
  for (const name of RAILS_NAMES) {
    const needle = name.toLowerCase()
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
      if (isLetter(text[at - 1]) || isLetter(text[at + needle.length])) continue
      found.push({ start: at, end: at + needle.length, kind: 'zone', zone: resolveTimeZone(name) })
    }
  }
  for (const match of text.matchAll(IANA_LIKE)) {
    const area = match[0].slice(0, match[0].indexOf('/')).toLowerCase()
    if (!IANA_AREAS.has(area)) continue
    const at = { start: match.index, end: match.index + match[0].length }
    try {
      found.push({ ...at, kind: 'zone', zone: resolveTimeZone(match[0]) })
    } catch (error) {
      found.push({ ...at, kind: 'badZone', text: match[0], why: error instanceof Error ? error.message : 'unknown zone' })
    }
  }
  for (const match of text.matchAll(OFFSET)) {
    const sign = match[1] === '+' ? 1 : -1
    const hours = Number(match[2])
    const minutes = Number(match[3] ?? 0)
    const at = { start: match.index, end: match.index + match[0].length }
    // Etc/GMT zones count the other way: UTC+5 is Etc/GMT-5.
    if (minutes === 0 && hours <= 14) found.push({ ...at, kind: 'zone', zone: hours === 0 ? 'UTC' : `Etc/GMT${sign > 0 ? '-' : '+'}${hours}` })
    else found.push({ ...at, kind: 'badZone', text: match[0], why: 'only whole-hour offsets up to 14 have a zone (Etc/GMT±h); name the zone instead' })
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: typeof found = []
  for (const span of found) if (kept.length === 0 || span.start >= kept[kept.length - 1]!.end) kept.push(span)
  return kept
}

function sticky(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at
  return pattern.exec(text)
}

/** The tokens of `text`, in order. Bounded: one pass, every token at least one character. */
export function textTokens(text: string): TextToken[] {
  const tokens: TextToken[] = []
  const zones = zoneSpans(text)
  let z = 0
  let i = 0
  while (i < text.length) {
    const zone = zones[z]
    if (zone !== undefined && zone.start === i) {
      tokens.push(zone)
      i = zone.end
      z++
      continue
    }
    const c = text[i]!
    if (c === '\n' || c === '\r') {
      tokens.push({ kind: 'sep', start: i, end: i + 1 })
      i++
      continue
    }
    if (/\s/.test(c) || IGNORED.includes(c)) {
      i++
      continue
    }
    if (c === '"' || c === '“') {
      const close = text.slice(i + 1).search(/["”]/)
      if (close < 0) {
        tokens.push({ kind: 'unknown', start: i, end: text.length, text: text.slice(i, i + 40), why: 'a label opens with " and never closes' })
        break
      }
      tokens.push({ kind: 'label', start: i, end: i + close + 2, text: text.slice(i + 1, i + 1 + close) })
      i += close + 2
      continue
    }
    let match = sticky(ISO_INSTANT, text, i)
    if (match !== null) {
      const read = readIsoInstant(match[0])
      const end = i + match[0].length
      if (read.ok && read.ms % 60_000 === 0) tokens.push({ kind: 'instant', start: i, end, ms: read.ms })
      else tokens.push({ kind: 'unknown', start: i, end, text: match[0], why: 'not a real instant on a whole minute' })
      i = end
      continue
    }
    match = sticky(ISO_DATE, text, i)
    if (match !== null) {
      const day = dayOfDate(match[0])
      const end = i + match[0].length
      if (day === undefined) tokens.push({ kind: 'unknown', start: i, end, text: match[0], why: 'not a day on the calendar' })
      else tokens.push({ kind: 'date', start: i, end, text: match[0], day })
      i = end
      continue
    }
    match = sticky(ALL_WEEK, text, i)
    if (match !== null) {
      tokens.push({ kind: 'allWeek', start: i, end: i + match[0].length })
      i += match[0].length
      continue
    }
    match = sticky(NUMBER, text, i)
    if (match !== null) {
      i = numberToken(text, i, match, tokens)
      continue
    }
    if (DASHES.includes(c)) {
      tokens.push({ kind: 'dash', start: i, end: i + 1 })
      i++
      continue
    }
    if (SEPARATORS.includes(c)) {
      tokens.push({ kind: 'sep', start: i, end: i + 1 })
      i++
      continue
    }
    match = sticky(WORD, text, i)
    if (match !== null) {
      const end = i + match[0].length
      const word = match[0].toLowerCase().replace(/[.'’]/g, '')
      if (DASH_WORDS.has(word)) tokens.push({ kind: 'dash', start: i, end })
      else if (word === 'and') tokens.push({ kind: 'sep', start: i, end })
      else if (word === 'noon' || word === 'midday') tokens.push({ kind: 'noon', start: i, end })
      else if (word === 'midnight') tokens.push({ kind: 'midnight', start: i, end })
      else tokens.push({ kind: 'word', start: i, end, text: word })
      i = end
      continue
    }
    tokens.push({ kind: 'unknown', start: i, end: i + 1, text: c })
    i++
  }
  return tokens
}

function numberToken(text: string, at: number, match: RegExpExecArray, tokens: TextToken[]): number {
  const [whole, digits = '', separator, minuteText] = match
  let end = at + whole.length
  const colon = separator !== undefined
  if (!colon && digits === '24') {
    const hours = sticky(HOURS_WORD, text, end)
    if (hours !== null) {
      tokens.push({ kind: 'allDay', start: at, end: end + hours[0].length })
      return end + hours[0].length
    }
  }
  if (!colon && digits === '7') {
    const days = sticky(DAYS_WORD, text, end)
    if (days !== null) {
      tokens.push({ kind: 'everyDay', start: at, end: end + days[0].length })
      return end + days[0].length
    }
  }
  if (!colon && digits === '12') {
    const word = sticky(NOON_OR_MIDNIGHT, text, end)
    if (word !== null) {
      const kind = word[1]!.toLowerCase() === 'noon' ? 'noon' : 'midnight'
      tokens.push({ kind, start: at, end: end + word[0].length })
      return end + word[0].length
    }
  }
  let hour: number
  let minute: number
  if (colon) {
    hour = Number(digits)
    minute = Number(minuteText)
  } else if (digits.length >= 3) {
    // Military time: 0900, 2100, 930.
    hour = Number(digits.slice(0, -2))
    minute = Number(digits.slice(-2))
  } else {
    hour = Number(digits)
    minute = 0
  }
  let meridiem: 'am' | 'pm' | undefined
  const m = sticky(MERIDIEM, text, end)
  if (m !== null) {
    meridiem = (m[1] ?? m[2])!.toLowerCase().startsWith('a') ? 'am' : 'pm'
    end += m[0].length
  }
  const leadingZero = digits.length >= 2 && digits.startsWith('0')
  const literal24 = meridiem === undefined && (hour === 0 || hour >= 13 || leadingZero || digits.length === 4)
  tokens.push({ kind: 'time', start: at, end, hour, minute, ...(meridiem === undefined ? {} : { meridiem }), literal24, digits, colon })
  return end
}
