import { describeReceived } from './issues'
import type { DayOfWeek, Issue, PathSegment } from './types'

/**
 * One record after reading: defaults applied, times converted to minutes of the day.
 * `index` is the record's position in the input, for locating issues.
 */
export interface ReadRecord {
  readonly index: number
  readonly id: number | undefined
  readonly day_of_week: DayOfWeek
  readonly time_open: number
  readonly time_close: number
  readonly work_day: boolean
  readonly invert: boolean
  /** `time_open` in minutes of the day, 0–1439. */
  readonly openMinute: number
  /** `time_close` in minutes of the day, 0–1440. */
  readonly closeMinute: number
}

/** What reading a list of records found: the usable records, errors and warnings. */
export interface ReadResult {
  readonly records: readonly ReadRecord[]
  /** How many records were given with `_destroy: true` and left out. */
  readonly destroyed: number
  readonly errors: Issue[]
  readonly warnings: Issue[]
}

/** Converts checked military time (hhmm, mm < 60) to minutes of the day. */
function militaryToMinutes(military: number): number {
  return Math.floor(military / 100) * 60 + (military % 100)
}

function ownField(record: object, key: string): unknown {
  return Object.hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined
}

/**
 * Reads the API's records, checking every field of every record and collecting all issues.
 * Internal: the public entry points are `validateBusinessHours` and `parseBusinessHours`.
 */
export function readBusinessHours(input: unknown, pathPrefix: readonly PathSegment[] = []): ReadResult {
  const errors: Issue[] = []
  const warnings: Issue[] = []
  const records: ReadRecord[] = []
  let destroyed = 0

  const error = (path: readonly PathSegment[], code: Issue['code'], message: string, expected?: string, received?: string) => {
    errors.push({ code, path: [...pathPrefix, ...path], severity: 'error', message, expected, received })
  }

  let isArray: boolean
  let length = 0
  try {
    isArray = Array.isArray(input)
    if (isArray) length = (input as unknown[]).length
  } catch (cause) {
    // A revoked Proxy throws even on Array.isArray.
    error([], 'invalid_type', `the input could not be read: ${String(cause)}`, 'an array of records', 'an unreadable object')
    return { records, destroyed, errors, warnings }
  }
  if (!isArray) {
    error([], 'not_an_array', `expected an array of business-hour records, received ${describeReceived(input)}`, 'an array of records', describeReceived(input))
    return { records, destroyed, errors, warnings }
  }

  const firstIndexOfId = new Map<number, number>()
  for (let index = 0; index < length; index++) {
    let fields: Record<string, unknown>
    try {
      const record: unknown = (input as unknown[])[index]
      if (typeof record !== 'object' || record === null || Array.isArray(record)) {
        error([index], 'not_an_object', `expected a record object, received ${describeReceived(record)}`, 'an object', describeReceived(record))
        continue
      }
      fields = {
        id: ownField(record, 'id'),
        day_of_week: ownField(record, 'day_of_week'),
        time_open: ownField(record, 'time_open'),
        time_close: ownField(record, 'time_close'),
        work_day: ownField(record, 'work_day'),
        invert: ownField(record, 'invert'),
        inverted: ownField(record, 'inverted'),
        _destroy: ownField(record, '_destroy'),
      }
    } catch (cause) {
      error([index], 'invalid_type', `the record could not be read: ${String(cause)}`, 'a plain object', 'an object whose fields throw')
      continue
    }
    const before = errors.length

    const id = readId(fields.id, index)
    const destroy = fields._destroy
    if (destroy !== undefined && typeof destroy !== 'boolean') {
      error([index, '_destroy'], 'invalid_type', `_destroy must be true or false, received ${describeReceived(destroy)}`, 'a boolean', describeReceived(destroy))
    }
    if (destroy === true) {
      destroyed++
      continue
    }

    const day = fields.day_of_week
    if (day === undefined) {
      error([index, 'day_of_week'], 'missing_field', 'day_of_week is required: an integer 0–6, Sunday = 0', 'an integer 0–6', 'nothing')
    } else if (typeof day !== 'number' || !Number.isInteger(day)) {
      error([index, 'day_of_week'], typeof day === 'number' ? 'not_an_integer' : 'invalid_type', `day_of_week must be an integer 0–6 (Sunday = 0), received ${describeReceived(day)}`, 'an integer 0–6', describeReceived(day))
    } else if (day < 0 || day > 6) {
      error([index, 'day_of_week'], 'out_of_range', `day_of_week must be 0–6 (Sunday = 0), received ${day}`, 'an integer 0–6', String(day))
    }

    const open = readMilitary(fields.time_open, 0, index, 'time_open')
    const close = readMilitary(fields.time_close, 2400, index, 'time_close')
    if (open === 2400) {
      error([index, 'time_open'], 'open_at_2400', 'time_open 2400 is not allowed: 2400 means the end of the day and can only close; use 0 to open at midnight', 'a military time 0–2359', '2400')
    }

    const workDay = readBoolean(fields.work_day, true, index, 'work_day')
    let invert = readBoolean(fields.invert, false, index, 'invert')
    const inverted = readBoolean(fields.inverted, false, index, 'inverted')
    if (fields.invert === undefined) invert = inverted
    else if (fields.inverted !== undefined && typeof fields.inverted === 'boolean' && fields.inverted !== fields.invert) {
      error([index, 'inverted'], 'conflicting_invert', `inverted (${String(fields.inverted)}) contradicts invert (${String(fields.invert)}); give one of them`, `the same value as invert (${String(fields.invert)})`, String(fields.inverted))
    }

    if (open !== undefined && close !== undefined && open !== 2400 && close < open) {
      error([index, 'time_close'], 'close_before_open', `time_close ${close} is before time_open ${open}: a record cannot run past midnight; split hours over midnight into one record on each day, or swap them and set invert: true (time_open ${close}, time_close ${open}) to close ${pad(close)}–${pad(open)} and open the rest of the day`, `a time at or after time_open ${open}`, String(close))
    }

    if (errors.length > before) continue
    const openMinute = militaryToMinutes(open!)
    const closeMinute = militaryToMinutes(close!)
    if (openMinute === closeMinute && !invert && workDay) {
      warnings.push({
        code: 'empty_block',
        path: [...pathPrefix, index, 'time_close'],
        severity: 'warning',
        message: `time_open and time_close are both ${open}: this record opens nothing (with invert: true it would open the whole day)`,
      })
    }
    records.push({
      index,
      id,
      day_of_week: day as DayOfWeek,
      time_open: open!,
      time_close: close!,
      work_day: workDay,
      invert,
      openMinute,
      closeMinute,
    })
  }
  return { records, destroyed, errors, warnings }

  function readId(value: unknown, index: number): number | undefined {
    if (value === undefined || value === null) return undefined
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
      error([index, 'id'], 'invalid_type', `id must be a positive integer as the API returned it, received ${describeReceived(value)}`, 'a positive integer', describeReceived(value))
      return undefined
    }
    const first = firstIndexOfId.get(value)
    if (first !== undefined) {
      error([index, 'id'], 'duplicate_id', `id ${value} is used again: it is already the id of record ${first}; each record must have its own id`, 'an id no other record has', String(value))
    } else {
      firstIndexOfId.set(value, index)
    }
    return value
  }

  function readMilitary(value: unknown, fallback: number, index: number, field: string): number | undefined {
    if (value === undefined) return fallback
    const expected = 'military time, an integer 0–2400 whose last two digits are 00–59'
    if (typeof value !== 'number') {
      const hint = typeof value === 'string' ? ' (text such as "9:30 am" can be converted with parseMilitaryTime)' : ''
      error([index, field], 'invalid_type', `${field} must be ${expected}, received ${describeReceived(value)}${hint}`, expected, describeReceived(value))
      return undefined
    }
    if (!Number.isInteger(value)) {
      error([index, field], 'not_an_integer', `${field} must be ${expected}, received ${describeReceived(value)}`, expected, describeReceived(value))
      return undefined
    }
    // Minutes first: 2460 is a typo for an hour, and the message should say so.
    if (value >= 0 && value % 100 >= 60) {
      error([index, field], 'invalid_minutes', `${field} ${value} is not military time: the minutes must be 00–59`, expected, String(value))
      return undefined
    }
    if (value < 0 || value > 2400) {
      error([index, field], 'out_of_range', `${field} ${value} is out of range: expected ${expected}`, expected, String(value))
      return undefined
    }
    return value
  }

  function readBoolean(value: unknown, fallback: boolean, index: number, field: string): boolean {
    if (value === undefined) return fallback
    if (typeof value !== 'boolean') {
      error([index, field], 'invalid_type', `${field} must be true or false, received ${describeReceived(value)}`, 'a boolean', describeReceived(value))
      return fallback
    }
    return value
  }
}

function pad(military: number): string {
  return String(military).padStart(4, '0')
}
