// Field readers: one rule, one code, one message shape everywhere a field of that kind is read.
// Each reports into the caller's collector and returns the value, or undefined when it is unusable.

import { describeReceived, reportError, type IssueCollector, type PathSegment } from './issues'

/** The field name a path ends with, for messages: `caps[1].cap` says `cap`. */
export function fieldName(path: readonly PathSegment[]): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const segment = path[i]
    if (typeof segment === 'string') return segment
  }
  return 'value'
}

/**
 * Reads the listed own properties of an object once, into a plain record (a key left out or
 * inherited reads as undefined). Returns undefined, after reporting an `unreadable` issue, when a
 * getter throws or the object is a revoked proxy.
 */
export function readOwnFields<K extends string>(
  value: object,
  keys: readonly K[],
  path: readonly PathSegment[],
  collector: IssueCollector,
  what = 'the object',
): Record<K, unknown> | undefined {
  try {
    // No prototype: a key named "__proto__" is a field like any other, never the object's prototype.
    const fields = Object.create(null) as Record<K, unknown>
    for (const key of keys) fields[key] = Object.hasOwn(value, key) ? (value as Record<K, unknown>)[key] : undefined
    return fields
  } catch (cause) {
    reportError(collector, path, 'unreadable', `${what} could not be read: ${describeCause(cause)}`, 'a plain object', 'an object whose fields throw')
    return undefined
  }
}

/** The own enumerable keys of an object, or undefined (after an `unreadable` issue) when they cannot be listed. */
export function readOwnKeys(value: object, path: readonly PathSegment[], collector: IssueCollector, what = 'the object'): string[] | undefined {
  try {
    return Object.keys(value)
  } catch (cause) {
    reportError(collector, path, 'unreadable', `${what} could not be read: ${describeCause(cause)}`, 'a plain object', 'an object whose fields throw')
    return undefined
  }
}

/** A message-sized account of what a getter or proxy threw. */
export function describeCause(cause: unknown): string {
  try {
    const text = cause instanceof Error ? `${String(cause.name)}: ${String(cause.message)}` : String(cause)
    return text.length > 200 ? `${text.slice(0, 200)}…` : text
  } catch {
    return 'an error that cannot be shown'
  }
}

/** Whether a value is an object that is not an array (a record, a target, options). Never throws. */
export function isPlainObject(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false
  try {
    return !Array.isArray(value)
  } catch {
    return true // a revoked proxy: reading its fields reports it
  }
}

/**
 * At most this many items are read from any one list: ten million records take about a second to
 * check; a list that claims more (an array of 2³² − 1 holes, a proxy that lies) is refused at once.
 */
export const MAX_LIST_LENGTH = 10_000_000

/**
 * The length of an array, or undefined after a located issue: `not_an_array` when it is not one,
 * `unreadable` for a proxy that throws, `out_of_range` past `MAX_LIST_LENGTH`.
 */
export function readArrayLength(value: unknown, path: readonly PathSegment[], collector: IssueCollector, expected: string): number | undefined {
  let length: unknown
  try {
    if (!Array.isArray(value)) {
      reportError(collector, path, 'not_an_array', `expected ${expected}, received ${describeReceived(value)}`, expected, describeReceived(value))
      return undefined
    }
    length = value.length
  } catch (cause) {
    reportError(collector, path, 'unreadable', `${fieldOrInput(path)} could not be read: ${describeCause(cause)}`, expected, 'an unreadable object')
    return undefined
  }
  // A proxy may claim any length; a real array's is a whole number.
  if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0) {
    reportError(collector, path, 'unreadable', `${fieldOrInput(path)} could not be read: its length is ${describeReceived(length)}`, expected, 'an array with a broken length')
    return undefined
  }
  if (length > MAX_LIST_LENGTH) {
    reportError(collector, path, 'out_of_range', `${fieldOrInput(path)} has ${length} items: at most ${MAX_LIST_LENGTH} are read`, `at most ${MAX_LIST_LENGTH} items`, String(length))
    return undefined
  }
  return length
}

/** What `readItem` answers for an item whose read threw (after reporting it). */
export const UNREADABLE: unique symbol = Symbol('unreadable')

/** Item `index` of a list, read once; `UNREADABLE` after an `unreadable` issue at `path` when the read throws. */
export function readItem(list: unknown, index: number, path: readonly PathSegment[], collector: IssueCollector, what: string): unknown {
  try {
    return (list as unknown[])[index]
  } catch (cause) {
    reportError(collector, path, 'unreadable', `${what} could not be read: ${describeCause(cause)}`, 'a value that can be read', 'an unreadable value')
    return UNREADABLE
  }
}

/**
 * Item `index` of a list when it is an object (not an array); undefined after a located issue —
 * `unreadable`, or `not_an_object` naming `expected` and what came.
 */
export function readObjectItem(list: unknown, index: number, path: readonly PathSegment[], collector: IssueCollector, what: string, expected: string): object | undefined {
  const item = readItem(list, index, path, collector, what)
  if (item === UNREADABLE) return undefined
  if (isPlainObject(item)) return item
  reportError(collector, path, 'not_an_object', `expected ${expected}, received ${describeReceived(item)}`, expected, describeReceived(item))
  return undefined
}

/**
 * Reads the options of a function that throws on bad arguments, once, own fields only: none for
 * `undefined` or `null`; a `TypeError` naming the function for anything that is not an object or
 * cannot be read, and for a key it does not know (a typo is never silently ignored).
 */
export function readOptionFields<K extends string>(options: unknown, keys: readonly K[], owner: string): Partial<Record<K, unknown>> {
  if (options === undefined || options === null) return Object.create(null) as Partial<Record<K, unknown>>
  if (!isPlainObject(options)) throw new TypeError(`${owner} options must be an object, received ${describeReceived(options)}`)
  const collector: IssueCollector = { errors: [], warnings: [], errorCount: 0, warningCount: 0 }
  const fields = readOwnFields(options, keys, ['options'], collector, `${owner} options`)
  if (fields !== undefined) reportUnknownFields(options, keys, ['options'], collector, owner)
  if (fields === undefined || collector.errorCount > 0) throw new TypeError(collector.errors[0]?.message ?? `${owner} options could not be read`)
  return fields
}

/**
 * Reports each own key of an options object that is not one of `keys` as an `unknown_field` error
 * at `[...path, key]`: `coverage has no option "cap": its options are caps, epochMs`; options whose
 * keys cannot be listed are `unreadable`. One rule for options everywhere: an unknown option is
 * refused, never ignored.
 *
 * @example
 * const collector = { errors: [], warnings: [], errorCount: 0, warningCount: 0 }
 * reportUnknownFields({ cap: true }, ['caps', 'epochMs'], ['options'], collector, 'coverage')
 * collector.errors[0].message //=> 'coverage has no option "cap": its options are caps, epochMs'
 */
export function reportUnknownFields(value: object, keys: readonly string[], path: readonly PathSegment[], collector: IssueCollector, owner: string): void {
  const own = readOwnKeys(value, path, collector, `${owner} options`)
  if (own === undefined) return
  const known = keys.join(', ')
  for (const key of own) {
    if (keys.includes(key)) continue
    const shown = JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key)
    reportError(collector, [...path, key], 'unknown_field', `${owner} has no option ${shown}: its options are ${known === '' ? 'none' : known}`, `one of ${known}`, shown)
  }
}

function fieldOrInput(path: readonly PathSegment[]): string {
  return path.length === 0 ? 'the input' : fieldName(path)
}

/**
 * An id as the API gives it: a positive safe integer. `undefined` and `null` are "no id" (returns
 * null). Codes: `invalid_type` (not a number), `not_an_integer`, `out_of_range` (below 1 or unsafe).
 */
export function readId(value: unknown, parent: readonly PathSegment[], key: PathSegment, collector: IssueCollector): number | null | undefined {
  if (value === undefined || value === null) return null
  return readInteger(value, parent, key, collector, ID_RULE)
}

const ID_RULE: IntegerRule = { min: 1, expected: 'a positive integer as the API returned it' }

/** Bounds and wording of an integer field. */
export interface IntegerRule {
  readonly min?: number
  readonly max?: number
  /** What the field must be, in words: `a non-negative integer`. */
  readonly expected: string
}

/**
 * A safe integer within `[min, max]`. Codes: `invalid_type` (not a number), `not_an_integer`
 * (NaN, ±Infinity, fractions), `out_of_range`.
 */
export function readInteger(value: unknown, parent: readonly PathSegment[], key: PathSegment, collector: IssueCollector, rule: IntegerRule): number | undefined {
  // The valid case allocates nothing: paths and messages are built only for an issue.
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= (rule.min ?? -Infinity) && value <= (rule.max ?? Infinity)) return value
  const path = [...parent, key]
  const field = fieldName(path)
  if (typeof value !== 'number') {
    reportError(collector, path, 'invalid_type', `${field} must be ${rule.expected}, received ${describeReceived(value)}`, rule.expected, describeReceived(value))
  } else if (!Number.isInteger(value)) {
    reportError(collector, path, 'not_an_integer', `${field} must be ${rule.expected}, received ${describeReceived(value)}`, rule.expected, describeReceived(value))
  } else {
    reportError(collector, path, 'out_of_range', `${field} must be ${rule.expected}, received ${value}`, rule.expected, String(value))
  }
  return undefined
}

/** `true` or `false`; anything else is `invalid_type`. */
export function readBoolean(value: unknown, parent: readonly PathSegment[], key: PathSegment, collector: IssueCollector): boolean | undefined {
  if (typeof value === 'boolean') return value
  const path = [...parent, key]
  reportError(collector, path, 'invalid_type', `${fieldName(path)} must be true or false, received ${describeReceived(value)}`, 'a boolean', describeReceived(value))
  return undefined
}

/** A string; anything else is `invalid_type` (callers that allow null check it first). */
export function readText(value: unknown, parent: readonly PathSegment[], key: PathSegment, collector: IssueCollector): string | undefined {
  if (typeof value === 'string') return value
  const path = [...parent, key]
  reportError(collector, path, 'invalid_type', `${fieldName(path)} must be a string or null, received ${describeReceived(value)}`, 'a string or null', describeReceived(value))
  return undefined
}

/**
 * One of a fixed set of strings. Codes: `invalid_type` (not a string) and `unknownCode` (a string
 * not in the set; a case-insensitive match is suggested).
 */
export function readEnum<T extends string>(
  value: unknown,
  parent: readonly PathSegment[],
  key: PathSegment,
  collector: IssueCollector,
  allowed: readonly T[],
  unknownCode: 'unknown_cap_type' | 'invalid_type' | 'out_of_range',
): T | undefined {
  const found = allowed.find((item) => item === value)
  if (found !== undefined) return found
  const path = [...parent, key]
  const expected = `one of ${allowed.map((item) => JSON.stringify(item)).join(', ')}`
  const field = fieldName(path)
  if (typeof value !== 'string') {
    reportError(collector, path, 'invalid_type', `${field} must be ${expected}, received ${describeReceived(value)}`, expected, describeReceived(value))
    return undefined
  }
  const hint = allowed.find((item) => item.toLowerCase() === value.trim().toLowerCase())
  reportError(
    collector,
    path,
    unknownCode,
    `${field} ${describeReceived(value)} is not allowed: expected ${expected}${hint === undefined ? '' : ` (did you mean "${hint}"?)`}`,
    expected,
    describeReceived(value),
  )
  return undefined
}

const MILITARY = 'military time, an integer 0–2400 whose last two digits are 00–59'

/**
 * Military time as the API stores it (`hhmm`, 0–2400, minutes 00–59). Codes: `invalid_type` (with
 * a pointer to `parseMilitaryTime` for text), `not_an_integer`, `invalid_minutes` (reported before
 * the range: 2460 reads as a typo for an hour), `out_of_range`.
 */
export function readMilitaryTime(value: unknown, parent: readonly PathSegment[], key: PathSegment, collector: IssueCollector): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 2400 && value % 100 < 60) return value
  const path = [...parent, key]
  const field = fieldName(path)
  if (typeof value !== 'number') {
    const hint = typeof value === 'string' ? ' (text such as "9:30 am" can be converted with parseMilitaryTime)' : ''
    reportError(collector, path, 'invalid_type', `${field} must be ${MILITARY}, received ${describeReceived(value)}${hint}`, MILITARY, describeReceived(value))
  } else if (!Number.isInteger(value)) {
    reportError(collector, path, 'not_an_integer', `${field} must be ${MILITARY}, received ${describeReceived(value)}`, MILITARY, describeReceived(value))
  } else if (value >= 0 && value % 100 >= 60) {
    reportError(collector, path, 'invalid_minutes', `${field} ${value} is not military time: the minutes must be 00–59`, MILITARY, String(value))
  } else {
    reportError(collector, path, 'out_of_range', `${field} ${value} is out of range: expected ${MILITARY}`, MILITARY, String(value))
  }
  return undefined
}

/**
 * Minutes of the day of a checked military time (`hhmm`, minutes below 60; 2400 is 1,440): the
 * package's one converter, for records, exceptions and the diff.
 *
 * @example
 * [minuteOfMilitary(930), minuteOfMilitary(0), minuteOfMilitary(2400)] //=> [570, 0, 1440]
 */
export function minuteOfMilitary(military: number): number {
  return Math.floor(military / 100) * 60 + (military % 100)
}
