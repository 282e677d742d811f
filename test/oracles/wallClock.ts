/**
 * Brute-force oracle for the time queries of issue 3, written without any of src/zone.
 *
 * It applies THE ONE RULE literally: at instant t a schedule is open iff the local weekday and
 * local minute of t in the zone (wall clock, seconds dropped) fall in one of its intervals. The
 * local reading comes straight from `Intl.DateTimeFormat` with `timeZone`; nothing is cached but
 * the formatter. Searches walk forward through every instant at which the local minute can change,
 * so they are slow (one `Intl` call per local minute) but need no reasoning about DST.
 *
 * Why "every instant at which the local minute can change" and not "every UTC minute": offsets are
 * whole seconds, not whole minutes (New York before 18 Nov 1883 was −4:56:02), so with such an
 * offset the local minute ticks at UTC hh:mm:02, and an instant such as `at` need not sit on any
 * boundary at all. Between offset transitions the local minute changes exactly when t + offset
 * crosses a multiple of 60 000 ms; at a transition it may jump. The walker therefore steps to the
 * next multiple under the current offset and, if the offset read there differs, bisects (to the
 * millisecond) for the transition in between and stops there first. Every instant where the state
 * can change is visited, in order, so "the first visited instant with property P" is the earliest.
 */
import type { WeeklySchedule } from '../../src/week/types'

const MINUTE_MS = 60_000
const DAY_MINUTES = 1440
const WEEK_MINUTES = 10080

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone)
  if (f === undefined) {
    // en-US numeric with h23 prints "9/8/2001, 21:46:40"; `format` is ~4× faster than
    // `formatToParts`, which matters for the deep sweep. wallClock.test.ts checks the two agree.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    })
    formatters.set(zone, f)
  }
  return f
}

const READING = /^(\d+)\/(\d+)\/(\d+), (\d+):(\d+):(\d+)$/

/** Floor-style modulo: the result has the sign of `m` (positive here), also for instants before 1970. */
function mod(n: number, m: number): number {
  return ((n % m) + m) % m
}

/**
 * The local wall-clock reading of `ms` in `zone`, as milliseconds "as if the wall clock were UTC".
 * Intl prints whole seconds (floored); offsets are whole seconds, so adding back the sub-second part
 * of `ms` gives the exact local time.
 */
export function localWallMs(ms: number, zone: string): number {
  const { year, month, day, hour, minute, second } = readClock(ms, zone)
  const wholeSeconds = new Date(0)
  wholeSeconds.setUTCFullYear(year, month - 1, day) // setUTCFullYear: no 1900+ mapping for years < 100
  wholeSeconds.setUTCHours(hour, minute, second, 0)
  return wholeSeconds.getTime() + mod(ms, 1000)
}

/** A local wall-clock reading, as Intl prints it (seconds floored). */
export interface Reading {
  readonly year: number
  readonly month: number
  readonly day: number
  readonly hour: number
  readonly minute: number
  readonly second: number
}

/** The local clock reading of `ms` in `zone`, from `Intl.DateTimeFormat` directly. */
export function readClock(ms: number, zone: string): Reading {
  const text = formatterFor(zone).format(ms)
  const m = READING.exec(text)
  if (m === null) throw new Error(`oracle cannot read Intl output ${JSON.stringify(text)} for ${zone}`)
  const [, month, day, year, hour, minute, second] = m.map(Number) as [number, number, number, number, number, number, number]
  if (hour > 23) throw new Error(`oracle got hour ${hour} from Intl for ${zone}`)
  return { year, month, day, hour, minute, second }
}

/** UTC offset of `zone` at `ms`, in ms (local − UTC), straight from Intl. */
export function offsetMs(ms: number, zone: string): number {
  return localWallMs(ms, zone) - ms
}

/** Local minute of the week (Sunday 00:00 = 0) of instant `ms` in `zone`, seconds dropped. */
export function localWeekMinute(ms: number, zone: string): number {
  return weekMinuteOfWall(localWallMs(ms, zone))
}

/** Week minute of a local wall-clock time given as ms "as if UTC". */
function weekMinuteOfWall(wallMs: number): number {
  const localMinutes = Math.floor(wallMs / MINUTE_MS)
  const day = Math.floor(localMinutes / DAY_MINUTES)
  const weekday = mod(day + 4, 7) // 1970-01-01 was a Thursday
  return weekday * DAY_MINUTES + mod(localMinutes, DAY_MINUTES)
}

/** Is week minute `weekMinute` inside one of the (half-open) intervals? Linear scan on purpose. */
export function scheduleContains(schedule: WeeklySchedule, weekMinute: number): boolean {
  return schedule.intervals.some((iv) => iv.start <= weekMinute && weekMinute < iv.end)
}

/** True when no minute of the week is open. */
export function neverOpen(schedule: WeeklySchedule): boolean {
  for (let m = 0; m < WEEK_MINUTES; m++) if (scheduleContains(schedule, m)) return false
  return true
}

/** True when every minute of the week is open. */
export function alwaysOpen(schedule: WeeklySchedule): boolean {
  for (let m = 0; m < WEEK_MINUTES; m++) if (!scheduleContains(schedule, m)) return false
  return true
}

export function oracleIsOpen(schedule: WeeklySchedule, ms: number, zone: string): boolean {
  return scheduleContains(schedule, localWeekMinute(ms, zone))
}

/**
 * Calls `visit(t, weekMinute)` for `from` and then for every later instant t < `until` at which the
 * local minute may change, in increasing order, until `visit` returns true. Returns that t, or
 * undefined when `until` is reached first.
 */
export function walkLocalMinutes(
  zone: string,
  from: number,
  until: number,
  visit: (t: number, weekMinute: number) => boolean,
): number | undefined {
  let t = from
  let wall = localWallMs(t, zone)
  while (t < until) {
    if (visit(t, weekMinuteOfWall(wall))) return t
    const offset = wall - t
    // Next instant at which (t + offset) reaches a whole local minute, strictly after t.
    let next = t + (MINUTE_MS - mod(wall, MINUTE_MS))
    let nextWall = localWallMs(next, zone)
    if (nextWall - next !== offset) {
      // A transition lies in (t, next]: find its first instant (lo keeps the old offset, hi not).
      let lo = t
      let hi = next
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2)
        if (offsetMs(mid, zone) === offset) lo = mid
        else hi = mid
      }
      next = hi
      nextWall = localWallMs(next, zone)
    }
    t = next
    wall = nextWall
  }
  return undefined
}

/** `null`: the schedule never opens; `undefined`: it does, but not within `horizonMs` of `at`. */
export type OracleAnswer = Date | null | undefined

export function oracleNextOpening(schedule: WeeklySchedule, at: number, zone: string, horizonMs: number): OracleAnswer {
  if (neverOpen(schedule)) return null
  const t = walkLocalMinutes(zone, at, at + horizonMs, (_, wm) => scheduleContains(schedule, wm))
  return t === undefined ? undefined : new Date(t)
}

export function oracleNextClosing(schedule: WeeklySchedule, at: number, zone: string, horizonMs: number): OracleAnswer {
  if (alwaysOpen(schedule)) return null
  const t = walkLocalMinutes(zone, at, at + horizonMs, (_, wm) => !scheduleContains(schedule, wm))
  return t === undefined ? undefined : new Date(t)
}

export function oracleNextChange(schedule: WeeklySchedule, at: number, zone: string, horizonMs: number): OracleAnswer {
  if (neverOpen(schedule) || alwaysOpen(schedule)) return null
  const openAtStart = oracleIsOpen(schedule, at, zone)
  const t = walkLocalMinutes(zone, at, at + horizonMs, (t, wm) => t > at && scheduleContains(schedule, wm) !== openAtStart)
  return t === undefined ? undefined : new Date(t)
}

export interface OracleSpan {
  start: Date
  end: Date
}

/** One visited instant of a walk and the local week minute from then until the next step. */
export interface LocalMinuteStep {
  t: number
  weekMinute: number
}

/** Every instant in [from, to) at which the local minute may change (and `from`), with its reading. */
export function localMinuteSteps(zone: string, from: number, to: number): LocalMinuteStep[] {
  const steps: LocalMinuteStep[] = []
  walkLocalMinutes(zone, from, to, (t, weekMinute) => {
    steps.push({ t, weekMinute })
    return false
  })
  return steps
}

/** Maximal open spans within [steps[0].t, to) given the walk's steps (so one walk serves many schedules). */
export function spansFromSteps(schedule: WeeklySchedule, steps: readonly LocalMinuteStep[], to: number): OracleSpan[] {
  const spans: OracleSpan[] = []
  let openSince: number | undefined
  for (const { t, weekMinute } of steps) {
    const open = scheduleContains(schedule, weekMinute)
    if (open && openSince === undefined) openSince = t
    if (!open && openSince !== undefined) {
      spans.push({ start: new Date(openSince), end: new Date(t) })
      openSince = undefined
    }
  }
  if (openSince !== undefined && openSince < to) spans.push({ start: new Date(openSince), end: new Date(to) })
  return spans
}

/** Maximal open spans within [from, to), found by walking every local minute in between. */
export function oracleOpenIntervals(schedule: WeeklySchedule, from: number, to: number, zone: string): OracleSpan[] {
  return spansFromSteps(schedule, localMinuteSteps(zone, from, to), to)
}

/**
 * Offset transitions of `zone` in [from, to): instants T with offset(T) ≠ offset(T − 1 ms).
 * Sampled every `stepMs` then bisected to the millisecond; two transitions inside one step that
 * cancel out are missed (use a step shorter than any such pair).
 */
export function findTransitions(zone: string, from: number, to: number, stepMs = 86_400_000): number[] {
  const found: number[] = []
  let lo = from
  let loOffset = offsetMs(lo, zone)
  while (lo < to) {
    const hiEnd = Math.min(lo + stepMs, to)
    const hiOffset = offsetMs(hiEnd, zone)
    if (hiOffset === loOffset) {
      lo = hiEnd
      continue
    }
    // Earliest instant in (lo, hiEnd] whose offset differs from loOffset.
    let a = lo
    let b = hiEnd
    while (b - a > 1) {
      const mid = Math.floor((a + b) / 2)
      if (offsetMs(mid, zone) === loOffset) a = mid
      else b = mid
    }
    if (b < to) found.push(b)
    lo = b
    loOffset = offsetMs(b, zone)
  }
  return found
}
