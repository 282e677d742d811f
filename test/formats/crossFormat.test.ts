/**
 * Issue 24's cross-format property: for random calendars, Retreaver → each format → Retreaver gives
 * the same open instants, or the losses of a leg say that something was not carried. The Retreaver
 * side is callhours' own records (`toBusinessHours` of the week, read back by
 * `parseBusinessHours`) with the dated entries as the exceptions JSON; the judge is the independent
 * calendar oracle (test/formats/sameInstants.ts) over a fortnight around a clock change.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseBusinessHours, toBusinessHours, withExceptions } from '../../src/index'
import * as formats from '../../src/formats/index'
import type { FormatLoss, ReadFormatResult, WriteFormatResult } from '../../src/formats/index'
import type { Hours } from '../../src/calendar/types'
import { firstDifferentInstant } from './sameInstants'

type Pair = { name: string; write: (hours: Hours, options: object) => WriteFormatResult<unknown>; read: (value: unknown, options: object) => ReadFormatResult }

const PAIRS: Pair[] = [
  { name: 'osm', write: formats.writeOsm as Pair['write'], read: formats.readOsm as Pair['read'] },
  { name: 'schema-org', write: formats.writeSchemaOrg as Pair['write'], read: formats.readSchemaOrg as Pair['read'] },
  { name: 'google', write: formats.writeGoogle as Pair['write'], read: formats.readGoogle as Pair['read'] },
  { name: 'text', write: formats.writeText as Pair['write'], read: formats.readText as Pair['read'] },
  { name: 'connect', write: formats.writeConnect as Pair['write'], read: formats.readConnect as Pair['read'] },
  { name: 'genesys', write: formats.writeGenesys as Pair['write'], read: formats.readGenesys as Pair['read'] },
  { name: 'teams', write: formats.writeTeams as Pair['write'], read: formats.readTeams as Pair['read'] },
  { name: 'ringba', write: formats.writeRingba as Pair['write'], read: formats.readRingba as Pair['read'] },
  { name: 'trackdrive', write: formats.writeTrackDrive as Pair['write'], read: formats.readTrackDrive as Pair['read'] },
]

const DAY_MS = 86_400_000
/** Clock changes of 2026 in the zones below (a Sunday each): the fortnight judged is around one. */
const CASES = [
  { zone: 'America/New_York', change: Date.UTC(2026, 2, 8) },
  { zone: 'America/New_York', change: Date.UTC(2026, 10, 1) },
  { zone: 'Europe/London', change: Date.UTC(2026, 2, 29) },
  { zone: 'Australia/Sydney', change: Date.UTC(2026, 3, 5) },
]

const military = (minute: number): number => Math.floor(minute / 60) * 100 + (minute % 60)
const isoDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10)

/** A week of one span a day (on quarter hours, some past midnight, some days closed) and a few dated entries near the change. */
const caseArb = fc
  .record({
    place: fc.constantFrom(...CASES),
    days: fc.array(
      fc.option(fc.record({ open: fc.integer({ min: 0, max: 95 }), length: fc.integer({ min: 1, max: 64 }) }), { nil: undefined }),
      { minLength: 7, maxLength: 7 },
    ),
    entries: fc.uniqueArray(
      fc.record({ day: fc.integer({ min: -6, max: 6 }), closed: fc.boolean(), open: fc.integer({ min: 0, max: 80 }), length: fc.integer({ min: 1, max: 15 }) }),
      { selector: (entry) => entry.day, maxLength: 3 },
    ),
  })
  .map(({ place, days, entries }) => {
    const week: { start: number; end: number }[] = []
    days.forEach((span, day) => {
      if (span === undefined) return
      const start = day * 1440 + span.open * 15
      const end = start + span.length * 15
      if (end <= 10080) week.push({ start, end })
      else week.push({ start, end: 10080 }, { start: 0, end: end - 10080 })
    })
    const dated = entries.map((entry) => {
      const date = isoDate(place.change + entry.day * DAY_MS)
      return entry.closed ? { date, closed: true } : { date, hours: [{ time_open: military(entry.open * 15), time_close: military(Math.min(96, entry.open + entry.length) * 15) }] }
    })
    return { zone: place.zone, change: place.change, week, dated }
  })

/** The losses of a leg, each well formed: located, coded, said. */
function checkLosses(losses: readonly FormatLoss[]): void {
  for (const loss of losses) {
    expect(Array.isArray(loss.path)).toBe(true)
    expect(typeof loss.code).toBe('string')
    expect(loss.message.length).toBeGreaterThan(0)
  }
}

describe('Retreaver → each format → Retreaver', () => {
  const runs = Number(process.env.CALLHOURS_DEEP) ? 60 : 15

  for (const pair of PAIRS) {
    it(`${pair.name}: the same open instants, or the losses say what was not carried`, () => {
      fc.assert(
        fc.property(caseArb, ({ zone, change, week, dated }) => {
          // Retreaver's side: records and the exceptions JSON, read as callhours reads them.
          const records = recordsOf(week)
          const calendar = withExceptions(parseBusinessHours(records), dated)
          const options = { timeZone: zone, years: [2026] }
          const written = pair.write(calendar, options)
          checkLosses(written.losses)
          const read = pair.read(written.value, options)
          checkLosses(read.losses)
          expect(read.issues.filter((issue) => issue.severity === 'error')).toEqual([])
          expect(read.ok).toBe(true)
          if (!read.ok) return
          // Back to Retreaver: the week as records, the entries as the exceptions JSON.
          const back = withExceptions(parseBusinessHours(toBusinessHours(read.schedule)), read.exceptions)
          const lost = written.losses.length + read.losses.length > 0
          const difference = firstDifferentInstant(week, dated, back, zone, change - 7 * DAY_MS, change + 7 * DAY_MS)
          if (!lost) expect(difference).toBeUndefined()
        }),
        { numRuns: runs },
      )
    }, 120_000)
  }

  // The property above only judges the faithful conversions: this example makes sure each format
  // has some, so it is never vacuous. Mon–Fri 09:00–17:00 and Saturday 22:00–02:00 in New York,
  // no dated entry: every format holds it, and it comes back open at the same instants.
  for (const pair of PAIRS) {
    it(`${pair.name}: a plain week with a span past midnight is carried with no loss`, () => {
      const week = [1, 2, 3, 4, 5].map((day) => ({ start: day * 1440 + 540, end: day * 1440 + 1020 }))
      week.push({ start: 6 * 1440 + 1320, end: 10080 }, { start: 0, end: 120 })
      const calendar = withExceptions(parseBusinessHours(recordsOf(week)), [])
      const options = { timeZone: 'America/New_York', years: [2026] }
      const written = pair.write(calendar, options)
      const read = pair.read(written.value, options)
      expect([...written.losses, ...read.losses]).toEqual([])
      expect(read.ok).toBe(true)
      if (!read.ok) return
      const back = withExceptions(parseBusinessHours(toBusinessHours(read.schedule)), read.exceptions)
      expect(firstDifferentInstant(week, [], back, 'America/New_York', Date.UTC(2026, 2, 1), Date.UTC(2026, 2, 15))).toBeUndefined()
    }, 60_000)
  }
})

/** Records for a week of spans (minutes), via the library's own writer of records. */
function recordsOf(week: readonly { start: number; end: number }[]) {
  return toBusinessHours({ intervals: normal(week) })
}

function normal(week: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const sorted = [...week].sort((a, b) => a.start - b.start)
  const merged: { start: number; end: number }[] = []
  for (const span of sorted) {
    const last = merged[merged.length - 1]
    if (last !== undefined && span.start <= last.end) last.end = Math.max(last.end, span.end)
    else merged.push({ ...span })
  }
  return merged
}
