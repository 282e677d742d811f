import type Holidays from 'date-holidays'
import { dateHolidaysPeer } from './peers/dateHolidaysPeer'
import { collectIssues, describeReceived, reportError, throwIfErrors, type IssueCollector } from '../ground/issues'
import { readArrayLength, readEnum, readItem, readOptionFields, UNREADABLE } from '../ground/readers'
import type { ExceptionEntry, HolidayExceptionsOptions, HolidayType } from './types'
import { daysFromCivil, isoDateOfDay } from '../zone/civil'
import { readYears } from './years'
import { DAY_MS, HOUR_MS } from '../ground/timeUnits'

const HOLIDAY_TYPES: readonly HolidayType[] = ['public', 'bank', 'school', 'optional', 'observance']
const DEFAULT_TYPES: readonly HolidayType[] = ['public']
const COUNTRY_EXPECTED = 'an ISO 3166 country code such as US, GB or DE, optionally with a region: US-CA'
/** Codes people write for a country whose ISO 3166 code is another. */
const ALIASES: Readonly<Record<string, string>> = { UK: 'GB', EL: 'GR', USA: 'US' }

let directory: Holidays | undefined

/** One date-holidays instance for questions about countries and regions, made on first use. */
function lookup(): Holidays {
  directory ??= new (dateHolidaysPeer())()
  return directory
}

/**
 * The holidays of a country (or one of its regions) in the given years, as calendar exceptions
 * that close each holiday's local date: `{ date: 'YYYY-MM-DD', closed: true, label }`, sorted by
 * date. The data is date-holidays' (an optional peer dependency: install it to use this entry).
 *
 * Only `public` holidays are listed unless `types` says otherwise (`bank`, `school`, `optional`,
 * `observance`). Labels are date-holidays' names in the country's first language (German for DE).
 * A holiday that lasts several days becomes a range `{ from, to, closed: true, label }`; a holiday
 * that starts part-way through a day (Germany's Heiliger Abend, a bank holiday from 14:00) closes
 * its whole date. Dates are never repeated: holidays that share a date make one entry whose label
 * joins their names with ` / `, and consecutive dates with the same label make one range.
 *
 * @param country - an ISO 3166 country code (`'US'`), or a country and region (`'US-CA'`, `'DE-BY'`)
 * @param options - `years` (required): a list such as `[2026, 2027]` or a span `{ from, to }`, within
 *   1900–2200, at most 200 years; `region`: a region code of the country (`'CA'`), the same as
 *   writing `'US-CA'`; `types`: the kinds of holiday to list (default `['public']`)
 * @returns the holidays as exception entries, sorted by date
 * @throws {BusinessHoursError} listing every issue, located: `['country']` `unknown_country` (or
 *   `invalid_type`); `['region']` `unknown_country` (wherever the region was written), `invalid_type`
 *   or `conflicting_field` (`'US-CA'` with `region: 'NY'`); `['years', …]` `missing_field`,
 *   `invalid_type`, `not_an_integer`, `out_of_range`, `out_of_order`; `['types', …]` `not_an_array`,
 *   `invalid_type`
 * @throws {TypeError} when options are not an object
 *
 * @example
 * holidayExceptions('US', { years: [2026] })
 * //=> [{ date: '2026-01-01', closed: true, label: "New Year's Day" }, …,
 * //    { date: '2026-11-26', closed: true, label: 'Thanksgiving Day' },
 * //    { date: '2026-12-25', closed: true, label: 'Christmas Day' }]
 *
 * @example
 * // A region, and a holiday that lasts three days
 * holidayExceptions('US-CA', { years: [2026] }).find((entry) => entry.label === 'César Chávez Day')
 * //=> { date: '2026-03-31', closed: true, label: 'César Chávez Day' }
 * holidayExceptions('KR', { years: { from: 2026, to: 2026 } })[1]
 * //=> { from: '2026-02-17', to: '2026-02-19', closed: true, label: '설날' }
 *
 * @example
 * holidayExceptions('XX', { years: [2026] })
 * // throws BusinessHoursError: Invalid holiday options (1 error): country: country "XX" is not a country date-holidays knows: expected an ISO 3166 country code such as US, GB or DE, optionally with a region: US-CA
 */
export function holidayExceptions(country: string, options: HolidayExceptionsOptions): ExceptionEntry[] {
  if (options === undefined || options === null) {
    throw new TypeError(`holidayExceptions options must be an object such as { years: [2026] }, received ${describeReceived(options)}`)
  }
  const fields = readOptionFields(options, ['region', 'years', 'types'], 'holidayExceptions')
  const collector = collectIssues()
  const place = readPlace(country, fields.region, collector)
  const years = readYears(fields.years, collector)
  const types = readTypes(fields.types, collector)
  throwIfErrors(collector, 'holidays', 'holiday options')
  // Each reader answers undefined only after reporting an issue, which throwIfErrors has thrown.
  if (place === undefined || years === undefined || types === undefined) return []
  if (types.length === 0 || years.length === 0) return []

  const holidays = new (dateHolidaysPeer())(place, { types: [...types] })
  const namesByDay = new Map<number, string[]>()
  for (const year of years) {
    for (const holiday of holidays.getHolidays(year)) {
      if (!types.includes(holiday.type)) continue
      const span = holidayDays(holiday)
      if (span === undefined) continue
      for (let day = span.first; day <= span.last; day++) {
        const names = namesByDay.get(day)
        if (names === undefined) namesByDay.set(day, [holiday.name])
        else if (!names.includes(holiday.name)) names.push(holiday.name)
      }
    }
  }
  return compress(namesByDay)
}

/** The local dates a holiday covers, as day numbers, read from its local `date` and its length. */
function holidayDays(holiday: { date: string; start: Date; end: Date }): { first: number; last: number } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}))?/.exec(holiday.date)
  if (match === null) return undefined
  const first = daysFromCivil(Number(match[1]), Number(match[2]), Number(match[3]))
  const length = holiday.end.getTime() - holiday.start.getTime()
  if (!Number.isFinite(length)) return { first, last: first }
  // Where the holiday ends on the local clock; a daylight-saving change inside it moves that by an
  // hour, so an end within two hours after midnight is read as that midnight.
  const startWall = first * DAY_MS + Number(match[4] ?? 0) * HOUR_MS + Number(match[5] ?? 0) * 60_000
  const last = Math.floor((startWall + length - 2 * HOUR_MS) / DAY_MS)
  return { first, last: Math.max(first, last) }
}

/** One entry per run of consecutive dates with the same names, in date order. */
function compress(namesByDay: ReadonlyMap<number, readonly string[]>): ExceptionEntry[] {
  const entries: ExceptionEntry[] = []
  let run: { first: number; last: number; label: string } | undefined
  const flush = (): void => {
    if (run === undefined) return
    entries.push(
      run.first === run.last
        ? { date: isoDateOfDay(run.first), closed: true, label: run.label }
        : { from: isoDateOfDay(run.first), to: isoDateOfDay(run.last), closed: true, label: run.label },
    )
  }
  for (const day of [...namesByDay.keys()].sort((a, b) => a - b)) {
    const label = (namesByDay.get(day) ?? []).join(' / ')
    if (run !== undefined && day === run.last + 1 && label === run.label) run.last = day
    else {
      flush()
      run = { first: day, last: day, label }
    }
  }
  flush()
  return entries
}

/** Where the holidays are: date-holidays' country, state and region codes. */
interface Place {
  country: string
  state?: string
  region?: string
}

function readPlace(countryValue: unknown, regionValue: unknown, collector: IssueCollector): Place | undefined {
  if (typeof countryValue !== 'string') {
    reportError(collector, ['country'], 'invalid_type', `country must be ${COUNTRY_EXPECTED}, received ${describeReceived(countryValue)}`, COUNTRY_EXPECTED, describeReceived(countryValue))
    return undefined
  }
  if (regionValue !== undefined && typeof regionValue !== 'string') {
    const expected = 'a region code of the country such as CA (for US)'
    reportError(collector, ['region'], 'invalid_type', `region must be ${expected}, received ${describeReceived(regionValue)}`, expected, describeReceived(regionValue))
    return undefined
  }
  const [, ...rawInCountry] = countryValue.trim().split('-')
  const [code = '', ...inCountry] = countryValue.trim().toUpperCase().split('-')
  const countries = lookup().getCountries('en')
  if (!/^[A-Z]{2}$/.test(code) || !Object.hasOwn(countries, code)) {
    const hint = suggestCountries(countryValue.trim(), countries)
    reportError(
      collector,
      ['country'],
      'unknown_country',
      `country ${JSON.stringify(countryValue.length > 40 ? `${countryValue.slice(0, 40)}…` : countryValue)} is not a country date-holidays knows: expected ${COUNTRY_EXPECTED}${hint}`,
      COUNTRY_EXPECTED,
      describeReceived(countryValue),
    )
    return undefined
  }
  const inOption = regionValue === undefined ? [] : regionValue.trim().toUpperCase().split('-')
  if (inCountry.length > 0 && inOption.length > 0 && inCountry.join('-') !== inOption.join('-')) {
    reportError(
      collector,
      ['region'],
      'conflicting_field',
      `region ${JSON.stringify(regionValue)} disagrees with the region in country ${JSON.stringify(countryValue)}: give the region once`,
      `the region ${inCountry.join('-')}, or no region option`,
      describeReceived(regionValue),
    )
    return undefined
  }
  const parts = inCountry.length > 0 ? inCountry : inOption
  const rawParts = inCountry.length > 0 ? rawInCountry : (regionValue ?? '').trim().split('-')
  const written = inCountry.length > 0 ? `in country ${JSON.stringify(countryValue)}` : ''
  const [state, region, ...extra] = parts
  if (state === undefined) return { country: code }
  const states = lookup().getStates(code, 'en') ?? {}
  if (!Object.hasOwn(states, state)) {
    reportUnknownRegion(collector, rawParts.join('-'), code, states, written)
    return undefined
  }
  if (region === undefined) return { country: code, state }
  const regions = lookup().getRegions(code, state, 'en') ?? {}
  if (!Object.hasOwn(regions, region) || extra.length > 0) {
    reportUnknownRegion(collector, rawParts.slice(1).join('-'), `${code}-${state}`, regions, written)
    return undefined
  }
  return { country: code, state, region }
}

function reportUnknownRegion(collector: IssueCollector, region: string, of: string, known: Readonly<Record<string, string>>, written: string): void {
  const codes = Object.keys(known)
  const shown = codes.length > 12 ? `${codes.slice(0, 12).join(', ')}, … (${codes.length} in all)` : codes.join(', ')
  const expected = codes.length === 0 ? `no region: date-holidays knows none for ${of}` : `one of ${shown}`
  const byName = codes.filter((key) => (known[key] ?? '').toLowerCase() === region.toLowerCase())
  const hint = byName.length > 0 ? ` (did you mean ${byName[0]}, ${known[byName[0] ?? '']}?)` : ''
  const shownRegion = region.length > 40 ? `${region.slice(0, 40)}…` : region
  reportError(
    collector,
    ['region'],
    'unknown_country',
    `region ${JSON.stringify(shownRegion)}${written === '' ? '' : ` (${written})`} is not a region of ${of} that date-holidays knows: expected ${expected}${hint}`,
    expected,
    `the string ${JSON.stringify(shownRegion)}`,
  )
}

/** A hint naming known codes close to what came: an alias (UK for GB) or a country whose name contains it. */
function suggestCountries(input: string, countries: Readonly<Record<string, string>>): string {
  const upper = input.toUpperCase()
  const alias = ALIASES[upper]
  if (alias !== undefined) return ` (did you mean ${alias}?)`
  if (input.length < 3) return ''
  const needle = input.toLowerCase()
  const native = lookup().getCountries()
  const found = Object.keys(countries).filter((key) => (countries[key] ?? '').toLowerCase().includes(needle) || (native[key] ?? '').toLowerCase().includes(needle))
  if (found.length === 0) return ''
  return ` (did you mean ${found.slice(0, 3).map((key) => `${key}, ${countries[key]}`).join('; ')}?)`
}

function readTypes(value: unknown, collector: IssueCollector): HolidayType[] | undefined {
  if (value === undefined) return [...DEFAULT_TYPES]
  const expected = `a list of holiday types from ${HOLIDAY_TYPES.join(', ')}`
  const length = readArrayLength(value, ['types'], collector, expected)
  if (length === undefined) return undefined
  if (length > HOLIDAY_TYPES.length * 4) {
    reportError(collector, ['types'], 'out_of_range', `types lists ${length} items: there are only ${HOLIDAY_TYPES.length} types`, `at most ${HOLIDAY_TYPES.length} types`, String(length))
    return undefined
  }
  const types = new Set<HolidayType>()
  let ok = true
  for (let i = 0; i < length; i++) {
    const item = readItem(value, i, ['types', i], collector, `types[${i}]`)
    const type = item === UNREADABLE ? undefined : readEnum(item, ['types'], i, collector, HOLIDAY_TYPES, 'invalid_type')
    if (type === undefined) ok = false
    else types.add(type)
  }
  return ok ? [...types] : undefined
}
