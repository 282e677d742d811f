import { BusinessHoursError, formatIssuePath } from '../index'
import { exceptionsFromIcs, holidayExceptions } from '../holidays/index'
import { quoted, valueError, type StringOptionSpec } from './commandSpecs'
import { shown } from './format'
import { parseJson, readText } from './input'
import { CliError, type CliIo } from './io'

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
 * Reads `--exceptions` and `--holidays` into one list of entries (the file's first, in its order,
 * so issue paths `exceptions[3]` count from the file), or undefined when neither was given. The
 * entries are checked where the target is read (`validateTarget`'s `exceptions`), so their issues
 * are reported with the target's.
 *
 * @throws {CliError} exit 2 when the file cannot be read, is not JSON or iCalendar, is JSON but not
 *   an array, or the holiday source refuses the country or the calendar
 */
export async function loadExceptions(
  options: { readonly exceptions?: string | undefined; readonly holidays?: string | undefined },
  years: ExceptionYears,
  io: CliIo,
): Promise<unknown[] | undefined> {
  if (options.exceptions === undefined && options.holidays === undefined) return undefined
  const entries: unknown[] = []
  if (options.exceptions !== undefined) {
    const source = options.exceptions === '-' ? '<stdin>' : options.exceptions
    const text = await readText(options.exceptions, source, io)
    if (/\.ics$/i.test(options.exceptions) || /^\uFEFF?\s*BEGIN:VCALENDAR/i.test(text)) {
      for (const entry of fromSource(`${source}`, () => exceptionsFromIcs(text, { years }))) entries.push(entry)
    } else {
      const json = parseJson(text, source)
      if (!Array.isArray(json)) throw new CliError(`${shown(source)}: expected a JSON array of exceptions ([{"date":"2026-12-25","closed":true}, …]), got ${json === null ? 'null' : typeof json}`, 2)
      for (const entry of json as unknown[]) entries.push(entry)
    }
  }
  if (options.holidays !== undefined) for (const entry of fromSource(`--holidays ${options.holidays}`, () => holidayExceptions(options.holidays!, { years }))) entries.push(entry)
  return entries
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
