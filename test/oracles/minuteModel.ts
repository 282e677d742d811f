/**
 * Independent per-minute oracle for issue 2's record semantics, written without any of src/.
 *
 * The week is 10080 flags, one per minute since Sunday 00:00 (1 = open). Records are applied
 * literally, one record and one minute at a time, straight from the issue's rules:
 *
 * 1. Defaults: `time_open` 0, `time_close` 2400, `work_day` true, `invert` false; `inverted` is
 *    read when `invert` is absent. Military hhmm becomes minute hh·60 + mm.
 * 2. A record opens minute m of its day when `time_open ≤ m < time_close`; `invert` flips that
 *    (so an inverted record with open == close opens the whole day, with no special case).
 * 3. A day is open where any of its records is open; `work_day: false` on any record closes it.
 * 4. A day with no record is closed; no live records at all is open 24/7; `_destroy: true`
 *    records are left out; other fields are ignored.
 *
 * Slow on purpose (7 × 1440 × records steps): it is the thing the fast code is compared with.
 * `isValidRecordList` is the matching naive answer to "does this input have any error?".
 */
import type { WeeklySchedule } from '../../src/week/types'

export const WEEK_MINUTES = 10080
export const DAY_MINUTES = 1440

/** A record as it may come in: any field may be absent. */
export interface LooseRecord {
  readonly day_of_week?: unknown
  readonly time_open?: unknown
  readonly time_close?: unknown
  readonly work_day?: unknown
  readonly invert?: unknown
  readonly inverted?: unknown
  readonly _destroy?: unknown
  readonly id?: unknown
  readonly [other: string]: unknown
}

function own(record: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? (record as Record<string, unknown>)[key] : undefined
}

function militaryToMinuteOfDay(military: number): number {
  return Math.floor(military / 100) * 60 + (military % 100)
}

/** Does this (valid) record open minute `minute` (0–1439) of its own day? */
function recordOpensMinute(record: object, minute: number): boolean {
  const open = militaryToMinuteOfDay((own(record, 'time_open') as number | undefined) ?? 0)
  const close = militaryToMinuteOfDay((own(record, 'time_close') as number | undefined) ?? 2400)
  const invert = ((own(record, 'invert') ?? own(record, 'inverted')) as boolean | undefined) ?? false
  const inside = open <= minute && minute < close
  return invert ? !inside : inside
}

/**
 * The open minutes of the week that a valid list of records describes.
 *
 * @param records - records already known to be valid (see `isValidRecordList`)
 * @returns 10080 flags, 1 where open
 */
export function minuteModelOfRecords(records: readonly object[]): Uint8Array {
  const flags = new Uint8Array(WEEK_MINUTES)
  const live = records.filter((record) => own(record, '_destroy') !== true)
  if (live.length === 0) {
    flags.fill(1)
    return flags
  }
  for (let day = 0; day < 7; day++) {
    const dayRecords = live.filter((record) => own(record, 'day_of_week') === day)
    if (dayRecords.length === 0) continue
    if (dayRecords.some((record) => own(record, 'work_day') === false)) continue
    for (let minute = 0; minute < DAY_MINUTES; minute++) {
      for (const record of dayRecords) {
        if (recordOpensMinute(record, minute)) flags[day * DAY_MINUTES + minute] = 1
      }
    }
  }
  return flags
}

/** The open minutes of the week that a schedule's intervals cover (any intervals, any order). */
export function minuteModelOfSchedule(schedule: WeeklySchedule): Uint8Array {
  return minuteModelOfIntervals(schedule.intervals)
}

/** Union of half-open minute intervals as flags; empty or reversed intervals add nothing. */
export function minuteModelOfIntervals(intervals: readonly { readonly start: number; readonly end: number }[]): Uint8Array {
  const flags = new Uint8Array(WEEK_MINUTES)
  for (const { start, end } of intervals) {
    for (let minute = start; minute < end; minute++) flags[minute] = 1
  }
  return flags
}

/** The open minutes of one day (0–6) of a week's flags. */
export function dayFlags(flags: Uint8Array, day: number): Uint8Array {
  return flags.subarray(day * DAY_MINUTES, (day + 1) * DAY_MINUTES)
}

/** Where two flag arrays first differ, as a readable string, or `undefined` when they agree. */
export function firstDifference(expected: Uint8Array, actual: Uint8Array): string | undefined {
  for (let minute = 0; minute < WEEK_MINUTES; minute++) {
    if (expected[minute] !== actual[minute]) {
      const day = Math.floor(minute / DAY_MINUTES)
      const ofDay = minute % DAY_MINUTES
      return `minute ${minute} (day ${day} ${Math.floor(ofDay / 60)}:${String(ofDay % 60).padStart(2, '0')}): expected ${expected[minute]}, got ${actual[minute]}`
    }
  }
  return undefined
}

function isMilitary(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 2400 && value % 100 < 60
}

function isOptionalBoolean(value: unknown): boolean {
  return value === undefined || typeof value === 'boolean'
}

/**
 * Naive validity check of the "bad input" list, plus the implementation's documented
 * decisions: ids are positive safe integers (or null) and unique across all records, destroyed
 * ones included; a `_destroy: true` record is checked for `id` and `_destroy` only.
 */
export function isValidRecordList(input: unknown): boolean {
  if (!Array.isArray(input)) return false
  const ids = new Set<number>()
  for (const record of input as unknown[]) {
    if (typeof record !== 'object' || record === null || Array.isArray(record)) return false
    const id = own(record, 'id')
    if (id !== undefined && id !== null) {
      if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1) return false
      if (ids.has(id)) return false
      ids.add(id)
    }
    const destroy = own(record, '_destroy')
    if (!isOptionalBoolean(destroy)) return false
    if (destroy === true) continue
    const day = own(record, 'day_of_week')
    if (typeof day !== 'number' || !Number.isInteger(day) || day < 0 || day > 6) return false
    const open = own(record, 'time_open')
    const close = own(record, 'time_close')
    if (open !== undefined && (!isMilitary(open) || open === 2400)) return false
    if (close !== undefined && !isMilitary(close)) return false
    if (((close as number | undefined) ?? 2400) < ((open as number | undefined) ?? 0)) return false
    const invert = own(record, 'invert')
    const inverted = own(record, 'inverted')
    if (!isOptionalBoolean(own(record, 'work_day')) || !isOptionalBoolean(invert) || !isOptionalBoolean(inverted)) return false
    if (invert !== undefined && inverted !== undefined && invert !== inverted) return false
  }
  return true
}

/**
 * What is wrong with a schedule's normal form, or `undefined` when nothing is: intervals must be
 * integers, `0 ≤ start < end ≤ 10080`, sorted, disjoint and not touching.
 */
export function normalFormProblem(schedule: WeeklySchedule): string | undefined {
  let previousEnd = -1
  for (const [i, { start, end }] of schedule.intervals.entries()) {
    if (!Number.isInteger(start) || !Number.isInteger(end)) return `interval ${i} is not whole minutes: ${start}–${end}`
    if (start < 0 || end > WEEK_MINUTES) return `interval ${i} leaves the week: ${start}–${end}`
    if (start >= end) return `interval ${i} is empty or reversed: ${start}–${end}`
    if (start <= previousEnd) return `interval ${i} (${start}–${end}) overlaps or touches the one before, which ends at ${previousEnd}`
    previousEnd = end
  }
  return undefined
}
