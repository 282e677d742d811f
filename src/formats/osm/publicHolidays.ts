// The `publicHolidays` option of the OSM reader: the dates `PH` stands for. Internal.

import { readOptionFields } from '../../ground/readers'
import { daysFromCivil, daysInMonth } from '../../zone/civil'

/** The most holiday dates read (about 270 years of a country's holidays). */
const MAX_HOLIDAY_DAYS = 100_000

/** The holiday dates as day numbers, with the labels the entries gave. */
export interface HolidayDays {
  readonly days: ReadonlySet<number>
  readonly labels: ReadonlyMap<number, string>
}

function dayOf(text: unknown, where: string): number {
  if (typeof text !== 'string') throw new TypeError(`readOsm options.publicHolidays${where} must be a date YYYY-MM-DD (a string), received ${typeof text}`)
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  const year = Number(match?.[1])
  const month = Number(match?.[2])
  const day = Number(match?.[3])
  if (match === null || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) throw new RangeError(`readOsm options.publicHolidays${where} must be a date YYYY-MM-DD, received "${text.slice(0, 40)}"`)
  return daysFromCivil(year, month, day)
}

/**
 * Reads `publicHolidays`: dates, or date and range entries (as `holidayExceptions` gives them).
 * @throws {TypeError | RangeError} for anything else: options are the caller's
 */
export function readHolidayDays(value: unknown): HolidayDays | undefined {
  if (value === undefined) return undefined
  if (!Array.isArray(value)) throw new TypeError('readOsm options.publicHolidays must be an array of dates or holiday entries')
  if (value.length > MAX_HOLIDAY_DAYS) throw new RangeError(`readOsm options.publicHolidays holds ${value.length} items: at most ${MAX_HOLIDAY_DAYS}`)
  const days = new Set<number>()
  const labels = new Map<number, string>()
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i]
    if (typeof item === 'string') {
      days.add(dayOf(item, `[${i}]`))
      continue
    }
    const fields = readOptionFields(item, ['date', 'from', 'to', 'label', 'closed', 'hours'] as const, `readOsm options.publicHolidays[${i}]`)
    const label = typeof fields.label === 'string' ? fields.label : undefined
    const first = fields.date !== undefined ? dayOf(fields.date, `[${i}].date`) : dayOf(fields.from, `[${i}].from`)
    const last = fields.date !== undefined ? first : dayOf(fields.to, `[${i}].to`)
    if (last < first || last - first > MAX_HOLIDAY_DAYS) throw new RangeError(`readOsm options.publicHolidays[${i}] must end after it starts, within ${MAX_HOLIDAY_DAYS} days`)
    for (let day = first; day <= last && days.size < MAX_HOLIDAY_DAYS; day++) {
      days.add(day)
      if (label !== undefined) labels.set(day, label)
    }
  }
  return { days, labels }
}
