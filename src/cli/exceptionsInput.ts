import { BusinessHoursError, formatIssuePath, validateExceptions, type CalendarException } from '../index'
import type { ExceptionEntry } from '../holidays/index'
import { quoted, valueError, type StringOptionSpec } from './commandSpecs'
import { shown } from './format'
import { parseJson, readText } from './input'
import { CliError, type CliIo } from './io'
import { DAY_MS } from '../ground/timeUnits'

/**
 * `--exceptions <file>`: holidays, special hours and closures, as JSON (the library's entries) or
 * an iCalendar file (`.ics`, or text that starts `BEGIN:VCALENDAR`).
 *
 * @example
 * EXCEPTIONS_OPTION.parse('holidays.json', '--exceptions') //=> 'holidays.json'
 */
export const EXCEPTIONS_OPTION: StringOptionSpec<string> = {
  long: 'exceptions',
  type: 'string',
  valueName: '<file>',
  example: 'holidays.json',
  listed: 'usage',
  help: [
    'holidays, special hours and closures: a JSON array of entries ({"date":"2026-12-25","closed":true}, {"from":…,"to":…,"hours":[…]}, {"date":"--12-25",…}, {"start":…,"end":…,"closed":true}) or an iCalendar .ics file; "-" reads stdin',
  ],
  parse: (text, flag) => {
    if (text.trim() === '') throw valueError(`${flag} needs a file name, e.g. ${flag} ${EXCEPTIONS_OPTION.example}`)
    return text
  },
}

/**
 * `--holidays <CC>`: a country's public holidays closed (date-holidays' data, bundled).
 *
 * @example
 * HOLIDAYS_OPTION.parse('us-ca', '--holidays') //=> 'US-CA'
 */
export const HOLIDAYS_OPTION: StringOptionSpec<string> = {
  long: 'holidays',
  type: 'string',
  valueName: '<CC>',
  example: 'US-CA',
  listed: 'usage',
  help: ["close on a country's public holidays: an ISO 3166 code (US, GB, DE), or a country and region (US-CA, DE-BY)"],
  parse: (text, flag) => {
    if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,6}){0,2}$/.test(text.trim())) throw valueError(`${flag} must be a country code such as US or US-CA, got ${quoted(text)}`)
    return text.trim().toUpperCase()
  },
}

/** The years holidays and repeating calendar events are listed for: a year either side of the window. */
export interface ExceptionYears {
  readonly from: number
  readonly to: number
}

/** The UTC date `days` days from an instant, `YYYY-MM-DD`: where a listing of exceptions starts or ends. */
export function isoDay(at: Date, days: number): string {
  return new Date(at.getTime() + days * 86_400_000).toISOString().slice(0, 10)
}

/** The years around a window of instants. */
export function yearsAround(start: Date, end: Date): ExceptionYears {
  return { from: start.getUTCFullYear() - 1, to: end.getUTCFullYear() + 1 }
}

/**
 * Reads `--exceptions` and `--holidays` into one list of entries, or undefined when neither was
 * given. The file's entries come first, in its order, so issue paths `exceptions[3]` count from the
 * file; they are checked where the target is read (`validateTarget`'s `exceptions`), with the
 * target's issues. Sources have a precedence: the user's entries beat a holiday source on the same
 * date, so a holiday can be reopened and never conflicts with the file (docs/exceptions.md §7).
 * Entries read from an `.ics` file or a holiday source that the library refuses are reported here,
 * naming their source and entry (`holidays.ics: 2026-12-25 "Christmas": …`), never by an index the
 * user's file does not have.
 *
 * @throws {CliError} exit 2 when the file cannot be read, is not JSON or iCalendar, is JSON but not
 *   an array, both the target and the exceptions are standard input, or the holiday source refuses
 *   the country or the calendar
 */
export async function loadExceptions(
  options: { readonly exceptions?: string | undefined; readonly holidays?: string | undefined; readonly file?: string | undefined },
  years: ExceptionYears,
  io: CliIo,
): Promise<unknown[] | undefined> {
  if (options.exceptions === undefined && options.holidays === undefined) return undefined
  if (options.exceptions === '-' && options.file === '-') {
    throw new CliError('standard input can be read once: give the target or the exceptions as a file (--exceptions holidays.json), not both as "-"', 2)
  }
  const entries: unknown[] = []
  if (options.exceptions !== undefined) {
    const source = options.exceptions === '-' ? '<stdin>' : options.exceptions
    const text = await readText(options.exceptions, source, io)
    if (/\.ics$/i.test(options.exceptions) || /^\uFEFF?\s*BEGIN:VCALENDAR/i.test(text)) {
      // ical.js is loaded only now: a run without an .ics file never evaluates it (bench/README.md).
      const { exceptionsFromIcs } = await import('../holidays/exceptionsFromIcs')
      appendAll(entries, checkedSource(source, fromSource(`${source}`, () => exceptionsFromIcs(text, { years }))))
    } else {
      const json = parseJson(text, source)
      if (!Array.isArray(json)) throw new CliError(`${shown(source)}: expected a JSON array of exceptions ([{"date":"2026-12-25","closed":true}, …]), got ${json === null ? 'null' : typeof json}`, 2)
      appendAll(entries, json as unknown[])
    }
  }
  if (options.holidays !== undefined) {
    const source = `--holidays ${options.holidays}`
    // date-holidays (with moment-timezone, most of the command's size) is loaded only for --holidays.
    const { holidayExceptions } = await import('../holidays/holidayExceptions')
    const holidays = checkedSource(source, fromSource(source, () => holidayExceptions(options.holidays!, { years })))
    appendAll(entries, withoutDatesOf(entries, holidays))
  }
  return entries
}

/** Appends one by one: a file may hold more entries than a spread's arguments can (about 125,000). */
function appendAll<T>(into: T[], items: readonly T[]): void {
  for (const item of items) into.push(item)
}

/** How a message names an entry of a source: its date (or span) and its label. */
function describeEntry(entry: Readonly<Record<string, unknown>>): string {
  const when = typeof entry.date === 'string' ? entry.date : typeof entry.from === 'string' ? `${entry.from}–${String(entry.to)}` : `${String(entry.start)}–${String(entry.end)}`
  return typeof entry.label === 'string' ? `${when} ${JSON.stringify(entry.label)}` : when
}

/**
 * The entries of a source the library accepts, else a CliError naming the source and its entries:
 * `--holidays US: 2026-12-25 "Christmas Day": …`. Indices into the combined list would name
 * entries the user's file does not have.
 */
function checkedSource(source: string, entries: ExceptionEntry[]): ExceptionEntry[] {
  const checked = validateExceptions(entries)
  if (checked.ok) return entries
  const problems: string[] = []
  for (const issue of checked.issues) {
    if (issue.severity !== 'error') continue
    const index = typeof issue.path[0] === 'number' ? issue.path[0] : -1
    const entry = entries[index]
    problems.push(`${entry === undefined ? '' : `${describeEntry(entry as unknown as Record<string, unknown>)}: `}${issue.message}`)
    if (problems.length === 5) break
  }
  if (problems.length > 0) throw new CliError(`${shown(source)}: ${shown(problems.join('; '), 600)}`, 2)
  return entries
}

const isoOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10)

/**
 * A holiday source's entries without the dates the user's entries already give (the user's win):
 * a holiday range loses just those dates. Dates are compared as `YYYY-MM-DD` text.
 */
function withoutDatesOf(userEntries: readonly unknown[], holidays: readonly ExceptionEntry[]): ExceptionEntry[] {
  const dated = userEntries.filter((entry) => typeof entry === 'object' && entry !== null && !('start' in entry))
  const whole = validateExceptions(dated)
  const exceptions: CalendarException[] = []
  if (whole.ok) appendAll(exceptions, whole.exceptions)
  else {
    // The file's own issues are reported with the target; the entries that are well formed still win.
    for (const entry of dated) {
      const one = validateExceptions([entry])
      if (one.ok) appendAll(exceptions, one.exceptions)
    }
  }
  const singles = new Set<string>()
  const monthDays = new Set<string>()
  const ranges: { from: string; to: string }[] = []
  for (const exception of exceptions) {
    if (exception.kind === 'date') singles.add(exception.date)
    else if (exception.kind === 'yearly') monthDays.add(exception.date.slice(2))
    else if (exception.kind === 'range') ranges.push({ from: exception.from, to: exception.to })
  }
  if (singles.size === 0 && monthDays.size === 0 && ranges.length === 0) return [...holidays]
  const taken = (date: string): boolean => singles.has(date) || monthDays.has(date.slice(5)) || ranges.some((range) => range.from <= date && date <= range.to)
  const kept: ExceptionEntry[] = []
  for (const holiday of holidays) {
    if ('date' in holiday && typeof holiday.date === 'string' && !holiday.date.startsWith('--')) {
      if (!taken(holiday.date)) kept.push(holiday)
    } else if ('from' in holiday && 'to' in holiday) {
      const { from, to, ...rest } = holiday
      // A holiday of a few days: each date the user does not give stays closed.
      for (let ms = Date.parse(`${from}T00:00:00Z`), last = Date.parse(`${to}T00:00:00Z`); ms <= last; ms += DAY_MS) {
        if (!taken(isoOf(ms))) kept.push({ ...rest, date: isoOf(ms) } as ExceptionEntry)
      }
    } else kept.push(holiday)
  }
  return kept
}

/** Runs a holiday source; its located issues become one input error naming the source. */
function fromSource<T>(source: string, read: () => T[]): T[] {
  try {
    return read()
  } catch (error) {
    if (!(error instanceof BusinessHoursError)) throw error
    const problems = error.issues
      .filter((issue) => issue.severity === 'error')
      .slice(0, 5)
      .map((issue) => `${issue.path.length === 0 ? '' : `${formatIssuePath(issue.path, 'calendar')}: `}${issue.message}`)
    throw new CliError(`${shown(source)}: ${shown(problems.join('; '), 600)}`, 2)
  }
}
