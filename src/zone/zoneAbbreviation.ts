import { toEpochMs, type Instant } from '../ground/instant'
import { resolveTimeZone } from './resolveTimeZone'

/** One formatter per zone id; at most this many are kept (then the cache starts over). */
const MAX_FORMATTERS = 64
const formatters = new Map<string, Intl.DateTimeFormat>()

/**
 * The zone's short English name at an instant, as people read it beside a time: `EST`, `EDT`,
 * `UTC`, or the offset where English has no abbreviation (`GMT+5:45`). Display only; internal to
 * the package (the week editor and the open-status element print it).
 *
 * @param instant - a `Date` or epoch ms
 * @param timeZone - an IANA id, `UTC`, or a Retreaver (Rails) zone name
 * @returns the abbreviation or offset
 * @throws {RangeError} for a zone no one knows
 *
 * @example
 * zoneAbbreviation(Date.UTC(2026, 0, 5), 'Eastern Time (US & Canada)') //=> 'EST'
 * zoneAbbreviation(Date.UTC(2026, 6, 5), 'America/New_York') //=> 'EDT'
 *
 * @example
 * // Edge: no English abbreviation, so the offset
 * zoneAbbreviation(Date.UTC(2026, 0, 5), 'Asia/Kathmandu') //=> 'GMT+5:45'
 */
export function zoneAbbreviation(instant: Instant, timeZone: string): string {
  const ms = toEpochMs(instant, 'instant')
  const id = resolveTimeZone(timeZone)
  let format = formatters.get(id)
  if (format === undefined) {
    if (formatters.size >= MAX_FORMATTERS) formatters.clear()
    format = new Intl.DateTimeFormat('en-US', { timeZone: id, timeZoneName: 'short' })
    formatters.set(id, format)
  }
  for (const part of format.formatToParts(ms)) if (part.type === 'timeZoneName') return part.value
  return id
}
