import { MINUTE_MS } from '../ground/timeUnits'
// Display only: how the command shows instants, durations and colour. Intl is used here to print
// local times for people, never to answer a schedule question (the library does that).

/**
 * Text styles; each returns its input unchanged when colour is off.
 *
 * @example
 * createStyle(false).red('CLOSED') //=> 'CLOSED'
 */
export interface Style {
  readonly bold: (text: string) => string
  readonly dim: (text: string) => string
  readonly green: (text: string) => string
  readonly red: (text: string) => string
  readonly yellow: (text: string) => string
  readonly cyan: (text: string) => string
}

/**
 * Whether to print colour: only to a terminal, and never when `NO_COLOR` is set to a non-empty
 * value (https://no-color.org) or `--no-color` was given.
 *
 * @param isTTY - whether standard output is a terminal
 * @param env - the environment
 * @param noColorFlag - whether `--no-color` was given
 * @returns true when colour codes may be printed
 *
 * @example
 * shouldUseColor(true, {}, false) //=> true
 *
 * @example
 * // Edge: NO_COLOR wins even on a terminal; an empty NO_COLOR does not count
 * shouldUseColor(true, { NO_COLOR: '1' }, false) //=> false
 * shouldUseColor(true, { NO_COLOR: '' }, false) //=> true
 */
export function shouldUseColor(
  isTTY: boolean,
  env: Readonly<Record<string, string | undefined>>,
  noColorFlag: boolean,
): boolean {
  if (noColorFlag || !isTTY) return false
  const noColor = env.NO_COLOR
  return noColor === undefined || noColor === ''
}

/**
 * The styles for printing, as ANSI SGR codes or as no-ops.
 *
 * @param enabled - from {@link shouldUseColor}
 * @returns a {@link Style}
 *
 * @example
 * createStyle(true).green('OPEN') //=> '\u001b[32mOPEN\u001b[39m'
 *
 * @example
 * // Edge: off means the text comes back exactly
 * createStyle(false).bold('OPEN') //=> 'OPEN'
 */
export function createStyle(enabled: boolean): Style {
  const sgr = (open: number, close: number) => (text: string) =>
    enabled ? `\u001b[${open}m${text}\u001b[${close}m` : text
  return {
    bold: sgr(1, 22),
    dim: sgr(2, 22),
    green: sgr(32, 39),
    red: sgr(31, 39),
    yellow: sgr(33, 39),
    cyan: sgr(36, 39),
  }
}

/** How many characters of one value from the input are shown: enough to recognise it. */
export const SHOWN_LENGTH = 200

/**
 * The characters a terminal must not receive raw from input: C0 controls, DEL, C1 controls, and the
 * invisible ones that reorder or hide text (the bidi controls U+061C, U+200E–U+200F, U+202A–U+202E,
 * U+2066–U+2069, the line and paragraph separators U+2028–U+2029): `evil\u202Etxt.exe` must not
 * print as `evilexe.txt`.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g
const UNSAFE_BUT_NEWLINE = /\u001b\[[0-9;]*m|[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g

/**
 * A value from the input, safe to print on any terminal: C0 controls (tab and newline included),
 * DEL, C1 controls and the bidi and separator characters that reorder text are written as escapes
 * (`\u001b`, `\u202e`), so no escape sequence in a target's name or a file name can run or
 * disguise it; and it is cut to `max` characters with `…`.
 *
 * @param text - a value that came from input (a name, a file name, a message that quotes input)
 * @param max - how many characters to keep (default 200)
 * @returns the text to print
 *
 * @example
 * shown('Sales\u001b]0;pwned\u0007')
 * //=> 'Sales\\u001b]0;pwned\\u0007'
 *
 * @example
 * // Edge: a long value is cut; a right-to-left override cannot turn text around
 * shown('x'.repeat(500), 10) //=> 'xxxxxxxxxx…'
 * shown('invoice\u202Egnp.exe') //=> 'invoice\\u202egnp.exe'
 */
export function shown(text: string, max = SHOWN_LENGTH): string {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text
  return cut.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/**
 * The last guard before a terminal: every control character in text about to be written is escaped,
 * except newlines and the colour codes (`ESC [ digits m`) the command itself makes. Values from
 * input are already escaped by {@link shown}; this catches any that a future change forgets.
 *
 * @example
 * guardTerminal('\u001b[31mred\u001b[39m \u001b]0;title\u0007\n')
 * //=> '\u001b[31mred\u001b[39m \\u001b]0;title\\u0007\n'
 */
export function guardTerminal(text: string): string {
  return text.replace(UNSAFE_BUT_NEWLINE, (match) =>
    match.length > 1 ? match : `\\u${match.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}


/**
 * A duration as people say it: days, hours and minutes, zero parts left out (`2h 15m`, `1d 5m`).
 * Seconds are dropped (rounded down to the minute), as the schedule counts whole minutes.
 *
 * @param ms - a length of time in milliseconds (negative lengths are shown by their size)
 * @returns the duration, `0m` for none, `under 1m` for less than a minute
 *
 * @example
 * formatDuration(8_100_000) //=> '2h 15m'
 * formatDuration(93_600_000) //=> '1d 2h'
 *
 * @example
 * // Edge: nothing, and less than a minute
 * formatDuration(0) //=> '0m'
 * formatDuration(59_999) //=> 'under 1m'
 */
export function formatDuration(ms: number): string {
  const size = Math.abs(ms)
  if (size === 0) return '0m'
  if (size < MINUTE_MS) return 'under 1m'
  const totalMinutes = Math.floor(size / MINUTE_MS)
  const days = Math.floor(totalMinutes / 1440)
  const hours = Math.floor((totalMinutes % 1440) / 60)
  const minutes = totalMinutes % 60
  const parts: string[] = []
  if (days > 0) parts.push(`${days}d`)
  if (hours > 0) parts.push(`${hours}h`)
  if (minutes > 0) parts.push(`${minutes}m`)
  return parts.join(' ')
}

/**
 * The calendar and clock reading of an instant in a zone, for display.
 *
 * @example
 * readLocal(new Date('2026-07-15T11:30Z'), 'UTC')
 * //=> { weekday: 'Wed', date: '2026-07-15', time: '11:30', zoneName: 'UTC', dayIndex: 3, minuteOfDay: 690 }
 */
export interface LocalReading {
  /** `Sun` … `Sat`. */
  readonly weekday: string
  /** `2026-07-15`. */
  readonly date: string
  /** `09:30`, 24-hour. */
  readonly time: string
  /** The zone's abbreviation or offset at that instant: `EST`, `UTC`, `GMT+5:45`. */
  readonly zoneName: string
  /** Sunday = 0 … Saturday = 6. */
  readonly dayIndex: number
  /** Minutes since local midnight, 0–1439. */
  readonly minuteOfDay: number
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/**
 * Reads an instant on a zone's wall clock, for printing.
 *
 * @param instant - the instant
 * @param timeZone - an IANA id (resolve other names with `resolveTimeZone` first)
 * @returns weekday, date, time, zone abbreviation or offset
 * @throws {RangeError} for a zone Intl does not know
 *
 * @example
 * readLocal(new Date('2026-11-30T14:00:00Z'), 'America/New_York')
 * //=> { weekday: 'Mon', date: '2026-11-30', time: '09:00', zoneName: 'EST', dayIndex: 1, minuteOfDay: 540 }
 *
 * @example
 * // Edge: a zone without an abbreviation in English shows its offset
 * readLocal(new Date('2026-01-01T00:00:00Z'), 'Asia/Kathmandu').zoneName //=> 'GMT+5:45'
 */
export function readLocal(instant: Date, timeZone: string): LocalReading {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {}
  for (const part of formatterFor(timeZone).formatToParts(instant)) parts[part.type] = part.value
  const weekday = parts.weekday ?? '???'
  const hour = parts.hour ?? '00'
  const minute = parts.minute ?? '00'
  return {
    weekday,
    date: `${parts.year ?? '????'}-${parts.month ?? '??'}-${parts.day ?? '??'}`,
    time: `${hour}:${minute}`,
    zoneName: parts.timeZoneName ?? timeZone,
    dayIndex: WEEKDAYS.indexOf(weekday as (typeof WEEKDAYS)[number]),
    minuteOfDay: Number(hour) * 60 + Number(minute),
  }
}

/**
 * An instant on a zone's wall clock: `Wed 2026-07-15 11:30 UTC`.
 *
 * @param instant - the instant
 * @param timeZone - an IANA id
 * @returns weekday, date, 24-hour time and the zone's abbreviation or offset
 *
 * @example
 * formatLocal(new Date('2026-11-30T14:00:00Z'), 'America/New_York') //=> 'Mon 2026-11-30 09:00 EST'
 *
 * @example
 * // Edge: the abbreviation follows daylight saving time
 * formatLocal(new Date('2026-07-01T13:00:00Z'), 'America/New_York') //=> 'Wed 2026-07-01 09:00 EDT'
 */
export function formatLocal(instant: Date, timeZone: string): string {
  const local = readLocal(instant, timeZone)
  return `${local.weekday} ${local.date} ${local.time} ${local.zoneName}`
}

/**
 * An instant in UTC as a short ISO 8601 string: seconds only when not zero.
 *
 * @param instant - the instant
 * @returns `2026-07-15T11:30Z`
 *
 * @example
 * formatUtc(new Date('2026-07-15T11:30:00.000Z')) //=> '2026-07-15T11:30Z'
 *
 * @example
 * // Edge: seconds and milliseconds are kept when present
 * formatUtc(new Date('2026-07-15T11:30:05.250Z')) //=> '2026-07-15T11:30:05.250Z'
 */
export function formatUtc(instant: Date): string {
  const iso = instant.toISOString()
  return iso.endsWith(':00.000Z') ? `${iso.slice(0, -8)}Z` : iso
}

/**
 * Colours a week grid from `renderWeekGrid`: open cells green, partly open cells yellow, closed
 * cells dim. The characters themselves are kept, so the grid reads the same without colour.
 *
 * @param grid - the grid text (default marks `█`, `▌`, `·`)
 * @param style - the styles to use
 * @returns the grid, coloured per run of equal cells
 *
 * @example
 * colorGrid('Mon ██··', createStyle(false)) //=> 'Mon ██··'
 *
 * @example
 * // Edge: the ruler and day labels are left alone
 * colorGrid('    00', createStyle(true)) //=> '    00'
 */
export function colorGrid(grid: string, style: Style): string {
  return grid.replace(/█+|▌+|·+/g, (run) => {
    if (run.startsWith('█')) return style.green(run)
    if (run.startsWith('▌')) return style.yellow(run)
    return style.dim(run)
  })
}
