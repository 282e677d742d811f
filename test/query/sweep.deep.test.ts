/**
 * Deep sweep (npm run test:deep only): every zone the runtime knows, every offset transition of
 * each between 1970 and 2040, checked against the brute-force oracle with a few fixed schedules.
 *
 * Transitions are found by sampling each zone's offset daily with Intl and bisecting to the ms. (A
 * pair less than a day apart that cancel out would be missed; sampling every 3 hours instead found
 * exactly the same transitions for all 418 zones on Node 20 / ICU 78.2 / tzdata 2025c.) Around each transition T the oracle walks the local minutes of
 * [T − 3 h − 1 min, T + 1 day) once; every schedule's spans come from that one walk, and
 * isOpen/nextOpening/nextClosing/nextChange at instants around T are read off those spans, and
 * openIntervals over the whole window must equal them. An
 * answer beyond the window is checked to be beyond it and to be a real edge (state differs 1 ms
 * before). Takes a few minutes on two cores.
 */
import { describe, expect, it } from 'vitest'
import { isOpen, nextChange, nextClosing, nextOpening, openIntervals } from '../../src/index'
import type { WeekInterval, WeeklySchedule } from '../../src/week/types'
import {
  findTransitions,
  localMinuteSteps,
  localWeekMinute,
  oracleIsOpen,
  spansFromSteps,
  type OracleSpan,
} from '../oracles/wallClock'
import { complement } from './arbitraries'

const MINUTE = 60_000
const HOUR = 3_600_000
const DAY = 86_400_000
const FROM = Date.UTC(1970, 0, 1)
const TO = Date.UTC(2040, 0, 1)

/** Instants tried around each transition T, as offsets from T. */
const OFFSETS = [-3 * HOUR, -61 * MINUTE, -MINUTE, -30_000, -1, 0, 1, MINUTE - 1, MINUTE, 29 * MINUTE + 500, 61 * MINUTE, 2 * HOUR + 1, 3 * HOUR]
const WINDOW_BEFORE = 3 * HOUR + MINUTE
const WINDOW_AFTER = DAY

/** A block of week minutes [a, b), wrapped around the week, in normal form. */
function blockSchedule(a: number, b: number): WeeklySchedule {
  const start = ((a % 10080) + 10080) % 10080
  const end = start + (b - a)
  if (end <= 10080) return { intervals: [{ start, end }] }
  return { intervals: [{ start: 0, end: end - 10080 }, { start, end: 10080 }] }
}

/** Every hour of every day: open :00–:20 and :45–:50, so boundaries fall on :00, :15-style and :30-style offsets alike. */
const FINE_GRAINED: WeeklySchedule = {
  intervals: Array.from({ length: 168 }, (_, h) => [
    { start: h * 60, end: h * 60 + 20 },
    { start: h * 60 + 45, end: h * 60 + 50 },
  ]).flat(),
}

/** Monday–Friday 09:00–17:00 and Saturday 10:00–14:00. */
const OFFICE: WeeklySchedule = {
  intervals: [
    ...[1, 2, 3, 4, 5].map((d): WeekInterval => ({ start: d * 1440 + 540, end: d * 1440 + 1020 })),
    { start: 6 * 1440 + 600, end: 6 * 1440 + 840 },
  ],
}

interface Failure {
  zone: string
  transition: string
  at: string
  schedule: string
  query: string
  expected: string
  got: string
}

const show = (t: number | null | undefined) => (t === null ? 'null' : t === undefined ? 'beyond window' : new Date(t).toISOString())

/** The oracle's answers at `p`, read off the spans of the window [w0, w1); undefined: beyond w1. */
function expectedAt(spans: readonly OracleSpan[], p: number, w1: number) {
  const containing = spans.find((s) => s.start.getTime() <= p && p < s.end.getTime())
  const nextStart = spans.find((s) => s.start.getTime() > p)?.start.getTime()
  if (containing === undefined) return { open: false, opening: nextStart, closing: p, change: nextStart }
  const end = containing.end.getTime()
  const closing = end >= w1 ? undefined : end
  return { open: true, opening: p, closing, change: closing }
}

function checkTransition(zone: string, T: number, failures: Failure[]): number {
  const w0 = T - WINDOW_BEFORE
  const w1 = T + WINDOW_AFTER
  const steps = localMinuteSteps(zone, w0, w1)
  const oldReading = localWeekMinute(T - 1, zone)
  const around = blockSchedule(oldReading - 60, oldReading + 60)
  const schedules: [string, WeeklySchedule][] = [
    ['around', around],
    ['around-complement', complement(around)],
    ['fine-grained', FINE_GRAINED],
    ['office', OFFICE],
  ]
  let checks = 0
  for (const [name, schedule] of schedules) {
    const spans = spansFromSteps(schedule, steps, w1)
    checks++
    const gotSpans = openIntervals(schedule, w0, w1, zone).map((s) => `${show(s.start.getTime())}–${show(s.end.getTime())}`)
    const expectedSpans = spans.map((s) => `${show(s.start.getTime())}–${show(s.end.getTime())}`)
    if (gotSpans.join() !== expectedSpans.join()) {
      failures.push({
        zone,
        transition: show(T),
        at: `[${show(w0)}, ${show(w1)})`,
        schedule: name,
        query: 'openIntervals',
        expected: expectedSpans.join(' '),
        got: gotSpans.join(' '),
      })
    }
    for (const d of OFFSETS) {
      const p = T + d
      const { open, opening, closing, change } = expectedAt(spans, p, w1)
      const fail = (query: string, expected: number | boolean | null | undefined, got: number | boolean | null) =>
        failures.push({
          zone,
          transition: show(T),
          at: `${show(p)} (${p})`,
          schedule: `${name} ${JSON.stringify(schedule.intervals.slice(0, 4))}${schedule.intervals.length > 4 ? '…' : ''}`,
          query,
          expected: typeof expected === 'boolean' ? String(expected) : show(expected),
          got: typeof got === 'boolean' ? String(got) : show(got),
        })
      /** Compares an answer; `expected` undefined means "after w1, at a real edge to state `to`". */
      const compare = (query: string, expected: number | undefined, got: Date | null, to: boolean) => {
        checks++
        const g = got === null ? null : got.getTime()
        if (expected !== undefined) {
          if (g !== expected) fail(query, expected, g)
          return
        }
        if (g === null || g < w1 || oracleIsOpen(schedule, g, zone) !== to || oracleIsOpen(schedule, g - 1, zone) === to) {
          fail(query, undefined, g)
        }
      }

      checks++
      const gotOpen = isOpen(schedule, p, zone)
      if (gotOpen !== open) fail('isOpen', open, gotOpen)
      compare('nextOpening', opening, nextOpening(schedule, p, zone), true)
      compare('nextClosing', closing, nextClosing(schedule, p, zone), false)
      compare('nextChange', change, nextChange(schedule, p, zone), !open)
    }
  }
  return checks
}

const ZONES = ['UTC', ...Intl.supportedValuesOf('timeZone')]
const AREAS = [...new Set(ZONES.map((z) => z.split('/')[0]!))]

describe('every zone, every transition 1970–2040, against the oracle', () => {
  for (const area of AREAS) {
    it(`${area}/*`, () => {
      const failures: Failure[] = []
      let transitions = 0
      let checks = 0
      for (const zone of ZONES.filter((z) => z.split('/')[0] === area)) {
        const found = findTransitions(zone, FROM, TO)
        transitions += found.length
        for (const T of found) checks += checkTransition(zone, T, failures)
        // A zone with no transitions still gets one check, at a fixed instant.
        if (found.length === 0) checks += checkTransition(zone, Date.UTC(2026, 0, 5, 12), failures)
      }
      expect(checks).toBeGreaterThan(0)
      // Report the first few failures in full; the count says how many there were.
      expect({ failures: failures.length, first: failures.slice(0, 15) }, `${area}: ${transitions} transitions`).toEqual({
        failures: 0,
        first: [],
      })
    })
  }
})
