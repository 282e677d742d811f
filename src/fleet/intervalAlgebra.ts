import { toEpochMs, wantsEpochMs, type InstantOptions } from '../ground/instant'
import { BusinessHoursError, collectIssues, describeReceived, errorsOf, reportError, type IssueCollector, type PathSegment } from '../ground/issues'
import { readArrayLength, readItem, readOwnFields, UNREADABLE, isPlainObject } from '../ground/readers'
import type { Span } from './types'

const EXPECTED = 'a sorted list of disjoint { start, end } spans (Dates or epoch ms, start ≤ end)'

/**
 * An instant read by the library's one instant reader (`toEpochMs`): a `Date` of any realm, or
 * epoch ms within the `Date` range, a fraction dropped toward zero — or undefined, with the reader's
 * own words, for anything else (so `1e300` is refused here as everywhere, never a raw "Invalid time value").
 */
function instantOf(value: unknown, name: string): { ms: number } | { problem: string } {
  try {
    return { ms: toEpochMs(value as number, name) }
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) }
  }
}

/**
 * Reads a list of spans into flat epoch-ms pairs, checking it is sorted and disjoint (touching
 * allowed). Internal to src/fleet.
 */
export function readSpans(list: unknown, path: readonly PathSegment[], collector: IssueCollector): number[] | undefined {
  const length = readArrayLength(list, path, collector, EXPECTED)
  if (length === undefined) return undefined
  const flat: number[] = []
  let previousEnd = -Infinity
  const before = collector.errorCount
  for (let index = 0; index < length; index++) {
    const at = [...path, index]
    const item = readItem(list, index, at, collector, 'the span')
    if (item === UNREADABLE) continue
    const fields = isPlainObject(item) ? readOwnFields(item, ['start', 'end'], at, collector, 'the span') : undefined
    if (fields === undefined) {
      if (!isPlainObject(item)) reportError(collector, at, 'not_an_object', `expected a span { start, end }, received ${describeReceived(item)}`, '{ start, end }', describeReceived(item))
      continue
    }
    const startRead = instantOf(fields.start, 'start')
    const endRead = instantOf(fields.end, 'end')
    for (const [key, value, read] of [['start', fields.start, startRead], ['end', fields.end, endRead]] as const) {
      if ('problem' in read) reportError(collector, [...at, key], 'invalid_type', read.problem, 'a valid Date or epoch ms within the Date range', describeReceived(value))
    }
    if ('problem' in startRead || 'problem' in endRead) continue
    const start = startRead.ms
    const end = endRead.ms
    if (end < start) {
      reportError(collector, [...at, 'end'], 'out_of_order', `end ${new Date(end).toISOString()} is before start ${new Date(start).toISOString()}`, 'an end at or after start', String(end))
      continue
    }
    if (start < previousEnd) {
      reportError(collector, [...at, 'start'], 'not_normal_form', `spans must be sorted and disjoint, but this one starts before the previous one ends (${new Date(previousEnd).toISOString()})`, `a start at or after ${previousEnd}`, String(start))
      continue
    }
    previousEnd = end
    flat.push(start, end)
  }
  return collector.errorCount > before ? undefined : flat
}

function fail(collector: IssueCollector): never {
  throw new BusinessHoursError(errorsOf(collector), 'spans', 'spans')
}

/** Flat pairs as spans in the asked form, empty spans dropped and touching ones merged. */
export function toSpans(flat: readonly number[], epochMs: boolean): Span<Date | number>[] {
  const spans: Span<Date | number>[] = []
  let start = Number.NaN
  let end = Number.NaN
  for (let i = 0; i < flat.length; i += 2) {
    const s = flat[i]!
    const e = flat[i + 1]!
    if (s >= e) continue
    if (s <= end) {
      end = Math.max(end, e)
      continue
    }
    if (!Number.isNaN(start)) spans.push(epochMs ? { start, end } : { start: new Date(start), end: new Date(end) })
    start = s
    end = e
  }
  if (!Number.isNaN(start)) spans.push(epochMs ? { start, end } : { start: new Date(start), end: new Date(end) })
  return spans
}

/** The union of sorted flat pair lists: a k-way merge by start. Internal to src/fleet. */
export function unionFlat(lists: readonly (readonly number[])[]): number[] {
  const all: number[] = []
  for (const list of lists) for (const value of list) all.push(value)
  if (lists.length <= 1) return all
  // Sort pairs by start: pair indexes in a typed array, sorted by their start.
  const count = all.length / 2
  const order = new Uint32Array(count)
  for (let i = 0; i < count; i++) order[i] = i
  order.sort((a, b) => all[2 * a]! - all[2 * b]!)
  const merged: number[] = []
  for (const i of order) {
    const s = all[2 * i]!
    const e = all[2 * i + 1]!
    if (s >= e) continue
    const last = merged.length - 1
    if (last > 0 && s <= merged[last]!) merged[last] = Math.max(merged[last]!, e)
    else merged.push(s, e)
  }
  return merged
}

/** `a ∩ b` (`keepB`) or `a − b` (`!keepB`) of sorted flat pair lists, by one walk over both. */
function combineFlat(a: readonly number[], b: readonly number[], keepB: boolean): number[] {
  const out: number[] = []
  let j = 0
  for (let i = 0; i < a.length; i += 2) {
    let start = a[i]!
    const end = a[i + 1]!
    while (j < b.length && b[j + 1]! <= start) j += 2
    for (let k = j; k < b.length && b[k]! < end; k += 2) {
      const bs = Math.max(b[k]!, start)
      const be = Math.min(b[k + 1]!, end)
      if (keepB) {
        if (bs < be) out.push(bs, be)
      } else {
        if (bs > start) out.push(start, bs)
        start = Math.max(start, be)
      }
    }
    if (!keepB && start < end) out.push(start, end)
  }
  return out
}

/** `a ∩ b` on flat pair lists. Internal to src/fleet. */
export function intersectFlat(a: readonly number[], b: readonly number[]): number[] {
  return combineFlat(a, b, true)
}

/** `a − b` on flat pair lists. Internal to src/fleet. */
export function subtractFlat(a: readonly number[], b: readonly number[]): number[] {
  return combineFlat(a, b, false)
}

/**
 * The union of lists of spans: every instant in any of them, as sorted, disjoint spans (touching
 * ones merged, empty ones dropped).
 *
 * @param lists - lists of half-open `{ start, end }` spans, each sorted and disjoint (touching
 *   allowed), in `Date`s or epoch ms
 * @param options - `{ epochMs: true }` (or `EPOCH_MS`) answers in epoch ms
 * @returns the union, in `Date`s unless `epochMs`
 * @throws {BusinessHoursError} for a list that is not sorted and disjoint, located (`lists[1][3].start`)
 *
 * @example
 * unionIntervals([[{ start: 0, end: 60_000 }], [{ start: 60_000, end: 120_000 }, { start: 180_000, end: 240_000 }]], EPOCH_MS)
 * //=> [{ start: 0, end: 120000 }, { start: 180000, end: 240000 }]
 */
export function unionIntervals(lists: readonly (readonly Span<Date | number>[])[]): Span[]
export function unionIntervals(lists: readonly (readonly Span<Date | number>[])[], options: InstantOptions & { readonly epochMs: true }): Span<number>[]
export function unionIntervals(lists: readonly (readonly Span<Date | number>[])[], options?: InstantOptions): Span<Date | number>[]
export function unionIntervals(lists: readonly (readonly Span<Date | number>[])[], options?: InstantOptions): Span<Date | number>[] {
  const epochMs = wantsEpochMs(options)
  const collector = collectIssues()
  const length = readArrayLength(lists, ['lists'], collector, 'an array of span lists')
  const flats: number[][] = []
  for (let index = 0; length !== undefined && index < length; index++) {
    const list = readItem(lists, index, ['lists', index], collector, 'the list')
    if (list === UNREADABLE) continue
    const flat = readSpans(list, ['lists', index], collector)
    if (flat !== undefined) flats.push(flat)
  }
  if (collector.errorCount > 0) fail(collector)
  return toSpans(unionFlat(flats), epochMs)
}

/**
 * The instants in both lists, as sorted, disjoint spans.
 *
 * @param a - sorted, disjoint `{ start, end }` spans (Dates or epoch ms)
 * @param b - the same
 * @param options - `{ epochMs: true }` answers in epoch ms
 * @returns `a ∩ b`
 * @throws {BusinessHoursError} for a list that is not sorted and disjoint, located (`b[2].start`)
 *
 * @example
 * intersectIntervals([{ start: 0, end: 100 }], [{ start: 50, end: 70 }, { start: 90, end: 200 }], EPOCH_MS)
 * //=> [{ start: 50, end: 70 }, { start: 90, end: 100 }]
 */
export function intersectIntervals(a: readonly Span<Date | number>[], b: readonly Span<Date | number>[]): Span[]
export function intersectIntervals(a: readonly Span<Date | number>[], b: readonly Span<Date | number>[], options: InstantOptions & { readonly epochMs: true }): Span<number>[]
export function intersectIntervals(a: readonly Span<Date | number>[], b: readonly Span<Date | number>[], options?: InstantOptions): Span<Date | number>[]
export function intersectIntervals(a: readonly Span<Date | number>[], b: readonly Span<Date | number>[], options?: InstantOptions): Span<Date | number>[] {
  const epochMs = wantsEpochMs(options)
  const [x, y] = readPair(a, b)
  return toSpans(intersectFlat(x, y), epochMs)
}

/**
 * The instants of `a` that are not in `b`, as sorted, disjoint spans.
 *
 * @param a - sorted, disjoint `{ start, end }` spans (Dates or epoch ms)
 * @param b - the spans to take away
 * @param options - `{ epochMs: true }` answers in epoch ms
 * @returns `a − b`
 * @throws {BusinessHoursError} for a list that is not sorted and disjoint, located (`a[0].end`)
 *
 * @example
 * subtractIntervals([{ start: 0, end: 100 }], [{ start: 20, end: 30 }], EPOCH_MS)
 * //=> [{ start: 0, end: 20 }, { start: 30, end: 100 }]
 */
export function subtractIntervals(a: readonly Span<Date | number>[], b: readonly Span<Date | number>[]): Span[]
export function subtractIntervals(a: readonly Span<Date | number>[], b: readonly Span<Date | number>[], options: InstantOptions & { readonly epochMs: true }): Span<number>[]
export function subtractIntervals(a: readonly Span<Date | number>[], b: readonly Span<Date | number>[], options?: InstantOptions): Span<Date | number>[]
export function subtractIntervals(a: readonly Span<Date | number>[], b: readonly Span<Date | number>[], options?: InstantOptions): Span<Date | number>[] {
  const epochMs = wantsEpochMs(options)
  const [x, y] = readPair(a, b)
  return toSpans(subtractFlat(x, y), epochMs)
}

function readPair(a: unknown, b: unknown): [number[], number[]] {
  const collector = collectIssues()
  const x = readSpans(a, ['a'], collector)
  const y = readSpans(b, ['b'], collector)
  if (x === undefined || y === undefined) fail(collector)
  return [x, y]
}
