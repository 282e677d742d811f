/**
 * Brute-force oracle for fleets (issue 13), written from the issue's rules and WITHOUT src/fleet
 * (nor any of src/: the hours come from calendarModel.ts, the local clock from wallClock.ts).
 * Slow and literal on purpose: one answer per UTC whole minute.
 *
 * THE RULE, per UTC whole minute m in [from, to) (callers use whole-minute `from`/`to`, years ≥ 1990,
 * zones with whole-minute offsets, so the state is constant within each minute):
 * 1. a target accepts at m when its hours are open at m (calendarModel's rule: weekly hours plus
 *    exception entries, in its own zone) and it is not paused;
 * 2. with caps: among its caps that are full at `from` (`cap !== null && filled >= cap`), a Hard cap
 *    or a cap of 0 blocks every minute; an Hourly/Daily/Monthly cap blocks every minute before its
 *    first reset after `from` (the next start of a local hour/day/month, read here from Intl), and
 *    none after (then the target is as if it had no cap); without caps, caps are ignored;
 * 3. concurrency is never looked at.
 *
 * Segments merge equal consecutive minutes. Shares follow `routingShares`' documented rule: the
 * lowest priority among the accepting targets goes first; there, share = weight / total weight,
 * or 1 / the tier's size when every weight is 0 (so 0 for a weight-0 target beside positive
 * weights); every other accepting target gets 0.
 *
 * The interval algebra is checked on sets of minute numbers.
 */
import { oracleCalendarIsOpen, oracleOpenSpans, type WeekInterval } from './calendarModel'
import { readClock, type Reading } from './wallClock'

export const MINUTE_MS = 60_000

export type OracleCapType = 'Hard' | 'Hourly' | 'Daily' | 'Monthly'

export interface OracleCap {
  readonly type: OracleCapType
  readonly cap: number | null
  readonly filled: number
}

/** One target as plain data: what the oracle reads. */
export interface TargetDescription {
  readonly id: number
  /** Weekly hours, minutes since Sunday 00:00 local, half-open. */
  readonly weekly: readonly WeekInterval[]
  /** Exception entries as `validateExceptions` takes them. */
  readonly entries: readonly object[]
  /** IANA zone. */
  readonly zone: string
  readonly paused: boolean
  readonly priority: number
  readonly weight: number
  readonly caps?: readonly OracleCap[]
}

export type FleetDescription = readonly TargetDescription[]

export interface OracleFleetOptions {
  /** Take caps into account (the rule's step 2); default false. */
  readonly caps?: boolean
}

export interface OracleSegment {
  readonly start: number
  readonly end: number
  readonly targets: readonly number[]
}

export interface OracleShare {
  readonly id: number
  readonly share: number
}

function checkWholeMinutes(from: number, to: number): void {
  if (from % MINUTE_MS !== 0 || to % MINUTE_MS !== 0) throw new Error(`oracle: from/to must be whole UTC minutes (${from}, ${to})`)
  if (!(to > from)) throw new Error(`oracle: empty range ${from}…${to}`)
}

// ---------------------------------------------------------------------------------------------
// Hours

/**
 * 1 for each minute of [from, to) at which the target's hours are open.
 *
 * Uses calendarModel's `oracleOpenSpans`, which evaluates the very rule of `oracleCalendarIsOpen`
 * once per UTC minute while compiling the entries once: `oracleCalendarIsOpen` recompiles the model
 * on every call (~14 µs), which for 5 targets × 4 days of minutes is ~0.4 s per case. The two are
 * the same oracle (calendarModel.test.ts checks them); `oracleAcceptsAt` below calls
 * `oracleCalendarIsOpen` itself, and the fleet properties spot-check minutes with it.
 */
export function openMinuteFlags(target: TargetDescription, from: number, to: number): Uint8Array {
  checkWholeMinutes(from, to)
  const flags = new Uint8Array((to - from) / MINUTE_MS)
  for (const span of oracleOpenSpans(target.weekly, target.entries, target.zone, from, to)) {
    if (span.start % MINUTE_MS !== 0 || span.end % MINUTE_MS !== 0) throw new Error(`oracle: ${target.zone} open span not on whole minutes`)
    for (let t = span.start; t < span.end; t += MINUTE_MS) flags[(t - from) / MINUTE_MS] = 1
  }
  return flags
}

// ---------------------------------------------------------------------------------------------
// Caps

function unitIndex(r: Reading, type: Exclude<OracleCapType, 'Hard'>): number {
  if (type === 'Monthly') return r.year * 12 + r.month - 1
  const days = Date.UTC(r.year, r.month - 1, r.day) / 86_400_000
  return type === 'Daily' ? days : days * 24 + r.hour
}

/**
 * The first whole minute t in (from, until) at which a cap of this type counted at `from` resets,
 * or `until` when none does before it. Read from Intl minute by minute:
 * - Hourly: the clock reads hh:00:00, or its hour (date·24 + hour) moved on from the minute before
 *   (a spring-forward that skips hh:00, or a half-hour jump onto hh:30);
 * - Daily / Monthly: the local date (month) is later than at `from` — the first instant of the new
 *   date, at its midnight or at the jump that skips it (a second 00:00 after a fall-back onto
 *   midnight starts no new day).
 */
export function oracleCapReset(type: Exclude<OracleCapType, 'Hard'>, from: number, zone: string, until: number): number {
  const atFrom = unitIndex(readClock(from, zone), type)
  let previous = atFrom
  for (let t = from + MINUTE_MS; t < until; t += MINUTE_MS) {
    const reading = readClock(t, zone)
    const index = unitIndex(reading, type)
    if (type === 'Hourly') {
      if ((reading.minute === 0 && reading.second === 0) || index > previous) return t
    } else if (index > atFrom) {
      return t
    }
    previous = index
  }
  return until
}

/**
 * The instant until which the target's full caps block it within [from, to): `from` when none
 * blocks, `to` when one blocks the whole range (Hard, a cap of 0, or no reset before `to`).
 */
export function oracleCapBlockedUntil(target: TargetDescription, from: number, to: number): number {
  let until = from
  for (const cap of target.caps ?? []) {
    if (cap.cap === null || cap.filled < cap.cap) continue
    if (cap.type === 'Hard' || cap.cap === 0) return to
    until = Math.max(until, oracleCapReset(cap.type, from, target.zone, to))
  }
  return until
}

// ---------------------------------------------------------------------------------------------
// Acceptance

/** For each minute of [from, to) (index (t − from) / 60 000), the accepting ids in fleet order. */
export function oracleAcceptingByMinute(fleet: FleetDescription, from: number, to: number, options: OracleFleetOptions = {}): number[][] {
  checkWholeMinutes(from, to)
  const count = (to - from) / MINUTE_MS
  const minutes: number[][] = Array.from({ length: count }, () => [])
  for (const target of fleet) {
    if (target.paused) continue
    const open = openMinuteFlags(target, from, to)
    const blockedUntil = options.caps === true ? oracleCapBlockedUntil(target, from, to) : from
    for (let i = 0; i < count; i++) {
      if (open[i] === 1 && from + i * MINUTE_MS >= blockedUntil) minutes[i]!.push(target.id)
    }
  }
  return minutes
}

/** Whether one target accepts at one instant, by `oracleCalendarIsOpen` directly (for spot checks). */
export function oracleAcceptsAt(target: TargetDescription, from: number, to: number, ms: number, options: OracleFleetOptions = {}): boolean {
  if (target.paused) return false
  if (!oracleCalendarIsOpen(target.weekly, target.entries, target.zone, ms)) return false
  return options.caps !== true || ms >= oracleCapBlockedUntil(target, from, to)
}

const sameIds = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((id, i) => id === b[i])

/** Maximal spans of [from, to) with the same accepting ids (empty lists included). */
export function oracleSegments(fleet: FleetDescription, from: number, to: number, options: OracleFleetOptions = {}): OracleSegment[] {
  return segmentsOfMinutes(oracleAcceptingByMinute(fleet, from, to, options), from)
}

/** Merges per-minute id lists (minute i = [from + i·60 000, …)) into maximal segments. */
export function segmentsOfMinutes(minutes: readonly (readonly number[])[], from: number): OracleSegment[] {
  const segments: { start: number; end: number; targets: readonly number[] }[] = []
  minutes.forEach((ids, i) => {
    const start = from + i * MINUTE_MS
    const last = segments[segments.length - 1]
    if (last !== undefined && sameIds(last.targets, ids)) last.end = start + MINUTE_MS
    else segments.push({ start, end: start + MINUTE_MS, targets: [...ids] })
  })
  return segments
}

/** The gaps: segments with no target, as spans. */
export function oracleGaps(segments: readonly OracleSegment[]): { start: number; end: number }[] {
  return segments.filter((s) => s.targets.length === 0).map(({ start, end }) => ({ start, end }))
}

// ---------------------------------------------------------------------------------------------
// Shares

/** The priority tried first among the accepting ids, or null when none accepts. */
export function oraclePriority(fleet: FleetDescription, acceptingIds: readonly number[]): number | null {
  const accepting = fleet.filter((t) => acceptingIds.includes(t.id))
  return accepting.length === 0 ? null : Math.min(...accepting.map((t) => t.priority))
}

/** routingShares' rule, written from its doc, for the accepting ids; in fleet order. */
export function oracleShares(fleet: FleetDescription, acceptingIds: readonly number[]): OracleShare[] {
  const accepting = fleet.filter((t) => acceptingIds.includes(t.id))
  if (accepting.length === 0) return []
  const first = Math.min(...accepting.map((t) => t.priority))
  const tier = accepting.filter((t) => t.priority === first)
  const total = tier.reduce((sum, t) => sum + t.weight, 0)
  return accepting.map((t) => ({
    id: t.id,
    share: t.priority !== first ? 0 : total > 0 ? t.weight / total : 1 / tier.length,
  }))
}

// ---------------------------------------------------------------------------------------------
// Interval algebra on minute sets

type Spanish = { readonly start: Date | number; readonly end: Date | number }

const msOf = (v: Date | number): number => (typeof v === 'number' ? v : v.getTime())

/** The minute numbers (ms / 60 000) covered by whole-minute spans. */
export function minutesOf(spans: readonly Spanish[]): Set<number> {
  const set = new Set<number>()
  for (const span of spans) {
    const start = msOf(span.start)
    const end = msOf(span.end)
    if (start % MINUTE_MS !== 0 || end % MINUTE_MS !== 0) throw new Error(`oracle: span ${start}–${end} is not whole minutes`)
    for (let m = start / MINUTE_MS; m < end / MINUTE_MS; m++) set.add(m)
  }
  return set
}

export function unionMinutes(...sets: readonly ReadonlySet<number>[]): Set<number> {
  const out = new Set<number>()
  for (const s of sets) for (const m of s) out.add(m)
  return out
}

export function intersectMinutes(a: ReadonlySet<number>, b: ReadonlySet<number>): Set<number> {
  return new Set([...a].filter((m) => b.has(m)))
}

export function subtractMinutes(a: ReadonlySet<number>, b: ReadonlySet<number>): Set<number> {
  return new Set([...a].filter((m) => !b.has(m)))
}

/** Sorted array of a set, for comparisons with readable diffs. */
export function sortedMinutes(set: ReadonlySet<number>): number[] {
  return [...set].sort((a, b) => a - b)
}
