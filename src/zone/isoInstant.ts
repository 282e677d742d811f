import { DAY_MS, MINUTE_MS } from '../ground/timeUnits'
import { daysFromCivil, daysInMonth } from './civil'

/** `YYYY-MM-DDThh:mm[:ss[.fff]]` and `Z` or an offset (`±hh:mm`, `±hhmm`); `T`/`Z` in either case, or a space for `T`. */
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?$/

/** What reading an ISO instant found: the instant, or why not — not the format, no zone, or not a real date and time. */
export type IsoInstantReading = { readonly ok: true; readonly ms: number } | { readonly ok: false; readonly reason: 'format' | 'no_zone' | 'not_real' }

/**
 * Reads an ISO 8601 instant — a date, a time, and `Z` or an offset — by arithmetic, any year
 * 0000–9999: the package's one ISO instant parser (exception entries, the command's `--at`/`--from`).
 * A time without an offset is refused (`no_zone`) rather than read in the machine's zone; a date or
 * time that does not exist (`2026-02-30`, `24:00`, an offset past ±18:00) is `not_real`.
 *
 * @example
 * readIsoInstant('2026-12-01T09:35-05:00') //=> { ok: true, ms: 1796135700000 }
 * readIsoInstant('2026-12-01T14:35') //=> { ok: false, reason: 'no_zone' }
 * readIsoInstant('2026-02-30T10:00Z') //=> { ok: false, reason: 'not_real' }
 */
export function readIsoInstant(text: string): IsoInstantReading {
  const match = ISO_INSTANT.exec(text)
  if (match === null) return { ok: false, reason: 'format' }
  const [, y, mo, d, h, mi, s = '0', fraction = '', zulu, sign, oh, om] = match
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number]
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return { ok: false, reason: 'not_real' }
  if (zulu === undefined && sign === undefined) return { ok: false, reason: 'no_zone' }
  const offsetMinutes = zulu !== undefined ? 0 : (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om))
  if (Number(om ?? 0) > 59 || Math.abs(offsetMinutes) > 18 * 60) return { ok: false, reason: 'not_real' }
  const millisecond = Number(fraction.padEnd(3, '0').slice(0, 3))
  const ms = daysFromCivil(year, month, day) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + millisecond - offsetMinutes * MINUTE_MS
  return { ok: true, ms }
}
