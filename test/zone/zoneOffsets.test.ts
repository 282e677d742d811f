/**
 * The offset engine (src/zone/zoneOffsets.ts): its stretches against the brute-force oracle
 * (test/oracles/wallClock.ts, which reads Intl directly), and the cache itself — ranges forgotten
 * least recently used first without changing any answer, fixed-offset zones answered without Intl,
 * instants spread over two centuries answered as a fresh zone answers them, and without refilling.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { zoneFor } from '../../src/zone/resolveTimeZone'
import {
  createZoneOffsets,
  fixedOffsetOf,
  MAX_RANGES,
  offsetAt,
  RANGE_MS,
  segmentAt,
  zoneFormat,
  type OffsetSegment,
  type ZoneOffsets,
} from '../../src/zone/zoneOffsets'
import { offsetMs } from '../oracles/wallClock'

const DEEP = Number(process.env.CALLHOURS_DEEP) > 0
const runs = (small: number, big: number) => ({ numRuns: DEEP ? big : small })

const HOUR_MS = 3_600_000
const DAY_MS = 86_400_000
const FROM_1850 = Date.UTC(1850, 0, 1)
const TO_2200 = Date.UTC(2200, 0, 1)
const FROM_1900 = Date.UTC(1900, 0, 1)
const TO_2100 = Date.UTC(2100, 0, 1)

/** Zones with odd offsets, seconds in their offsets, 30-minute and 2-hour DST, skipped days, and none. */
const ZONES = [
  'America/New_York',
  'Europe/London',
  'Europe/Dublin',
  'Africa/Casablanca',
  'Australia/Lord_Howe',
  'Antarctica/Troll',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'Pacific/Apia',
  'America/St_Johns',
  'America/Santiago',
  'Asia/Kolkata',
  'UTC',
  'Etc/GMT+5',
] as const

const iso = (t: number) => (Number.isFinite(t) ? new Date(t).toISOString() : String(t))

/** A formatter that counts its `format` calls: every Intl reading the engine makes goes through it. */
function countingFormat(id: string): { format: Intl.DateTimeFormat; calls: () => number; failNext: () => void } {
  const real = zoneFormat(id)
  let calls = 0
  let fail = false
  const format = {
    format(date?: number | Date): string {
      calls++
      if (fail) {
        fail = false
        throw new RangeError('Intl failed (on purpose)')
      }
      return real.format(date)
    },
    resolvedOptions: () => real.resolvedOptions(),
  } as unknown as Intl.DateTimeFormat
  return { format, calls: () => calls, failNext: () => (fail = true) }
}

/**
 * What a segment must be: it holds the instant, the oracle reads its offset at the instant and at
 * both of its ends, and each finite end is a range boundary or a real transition (the oracle reads
 * another offset just before it).
 */
function checkSegment(zone: string, instant: number, segment: OffsetSegment): void {
  const what = `${zone} at ${iso(instant)} (${instant}): segment [${iso(segment.start)}, ${iso(segment.end)}) offset ${segment.offset}`
  expect(segment.start <= instant && instant < segment.end, what).toBe(true)
  expect(segment.offset, what).toBe(offsetMs(instant, zone))
  for (const edge of [segment.start, segment.end]) {
    if (!Number.isFinite(edge) || Math.abs(edge) > 8.64e15) continue
    if (edge === segment.start) expect(offsetMs(edge, zone), `${what}: at its start`).toBe(segment.offset)
    else expect(offsetMs(edge - 1, zone), `${what}: 1 ms before its end`).toBe(segment.offset)
    if (edge % RANGE_MS !== 0) expect(offsetMs(edge - 1, zone), `${what}: ${iso(edge)} is no transition`).not.toBe(offsetMs(edge, zone))
  }
}

/** The table's invariants: −∞ … +∞ in order, offsets one fewer, no two neighbours alike, a range count within the bound. */
function checkTable(zone: ZoneOffsets): void {
  const { starts, offsets, used } = zone
  expect(starts.length).toBe(offsets.length + 1)
  expect(used.length).toBe(offsets.length)
  expect(starts[0]).toBe(-Infinity)
  expect(starts[starts.length - 1]).toBe(Infinity)
  for (let i = 1; i < starts.length; i++) expect(starts[i - 1]! < starts[i]!, `stretch ${i} starts in order`).toBe(true)
  for (let i = 1; i < offsets.length; i++) expect(offsets[i - 1], `stretches ${i - 1} and ${i} differ`).not.toBe(offsets[i])
  // The ranges counted are the ranges the known stretches cover, whole.
  const covered = new Set<number>()
  for (let i = 0; i < offsets.length; i++) {
    if (offsets[i] === -2_147_483_648 || !Number.isFinite(starts[i]!) || !Number.isFinite(starts[i + 1]!)) continue
    for (let k = Math.floor(starts[i]! / RANGE_MS); k * RANGE_MS < starts[i + 1]!; k++) covered.add(k)
  }
  for (const k of covered) {
    expect(offsets[search(starts, k * RANGE_MS)], `range ${k} is loaded from its start`).not.toBe(-2_147_483_648)
    expect(offsets[search(starts, (k + 1) * RANGE_MS - 1)], `range ${k} is loaded to its end`).not.toBe(-2_147_483_648)
  }
  expect(zone.ranges).toBe(covered.size)
  expect(zone.ranges).toBeLessThanOrEqual(zone.maxRanges)
}

/** The stretch holding `instant`, by linear search. */
function search(starts: Float64Array, instant: number): number {
  let i = 0
  while (starts[i + 1]! <= instant) i++
  return i
}

const instantArb = (from: number, to: number) => fc.integer({ min: from, max: to })

describe('segmentAt and offsetAt agree with the oracle', () => {
  it('at examples: a transition, local mean time with seconds, the skipped day of Apia', () => {
    const newYork = zoneFor('America/New_York')
    // 2026-03-08 07:00Z: 02:00 EST → 03:00 EDT
    expect(segmentAt(newYork, Date.UTC(2026, 2, 8, 7) - 1).offset).toBe(-5 * HOUR_MS)
    expect(segmentAt(newYork, Date.UTC(2026, 2, 8, 7)).offset).toBe(-4 * HOUR_MS)
    expect(segmentAt(newYork, Date.UTC(2026, 2, 8, 7)).start).toBe(Date.UTC(2026, 2, 8, 7))
    // Before 1883-11-18 17:00Z New York kept local mean time, −4:56:02
    expect(offsetAt(newYork, Date.UTC(1883, 10, 18, 16, 59, 59))).toBe(-(4 * HOUR_MS + 56 * 60_000 + 2000))
    expect(offsetAt(newYork, Date.UTC(1883, 10, 18, 17))).toBe(-5 * HOUR_MS)
    // Apia: Thu 2011-12-29 23:59:59 −10 → Sat 2011-12-31 00:00 +14, at 2011-12-30 10:00Z
    const apia = zoneFor('Pacific/Apia')
    expect(segmentAt(apia, Date.UTC(2011, 11, 30, 10) - 1).offset).toBe(-10 * HOUR_MS)
    expect(segmentAt(apia, Date.UTC(2011, 11, 30, 10)).offset).toBe(14 * HOUR_MS)
  })

  it('find changes a week apart: the shortest in tzdb, which sampling every 3 days cannot miss', () => {
    const walk = (name: string, from: number, to: number) => {
      const zone = zoneFor(name)
      const changes: string[] = []
      let previous = Number.NaN
      for (let t = from; t < to; ) {
        const segment = segmentAt(zone, t)
        expect(segment.start <= t && t < segment.end, `${name} at ${iso(t)}`).toBe(true)
        if (segment.offset !== previous) changes.push(`${iso(t)} ${segment.offset / HOUR_MS}`)
        previous = segment.offset
        t = segment.end
      }
      return changes
    }
    // Fernando de Noronha kept DST for one week of 2000: −2 → −1 on 8 Oct 00:00, back on 15 Oct
    expect(walk('America/Noronha', Date.UTC(2000, 9, 1), Date.UTC(2000, 10, 1))).toEqual([
      '2000-10-01T00:00:00.000Z -2',
      '2000-10-08T02:00:00.000Z -1',
      '2000-10-15T01:00:00.000Z -2',
    ])
    // Tucumán went to −4 on 1 June 2004 and back to −3 on 13 June
    expect(walk('America/Argentina/Tucuman', Date.UTC(2004, 4, 25), Date.UTC(2004, 5, 25))).toEqual([
      '2004-05-25T00:00:00.000Z -3',
      '2004-06-01T03:00:00.000Z -4',
      '2004-06-13T04:00:00.000Z -3',
    ])
    // Tunis, 1943: +2 → +1 on 17 April, +2 again on 25 April
    expect(walk('Africa/Tunis', Date.UTC(1943, 3, 10), Date.UTC(1943, 4, 1))).toEqual([
      '1943-04-10T00:00:00.000Z 2',
      '1943-04-17T00:00:00.000Z 1',
      '1943-04-25T01:00:00.000Z 2',
    ])
  })

  it('at random instants 1850–2200 in zones with every kind of offset change', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), instantArb(FROM_1850, TO_2200), (name, instant) => {
        const zone = zoneFor(name)
        checkSegment(name, instant, segmentAt(zone, instant))
        expect(offsetAt(zone, instant)).toBe(segmentAt(zone, instant).offset)
      }),
      runs(400, 10_000),
    )
  })

  it('walking forward from segment to segment finds exactly the oracle’s transitions', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), instantArb(FROM_1850, TO_2200), (name, from) => {
        const zone = zoneFor(name)
        let t = from
        let previous = offsetMs(from, name)
        // Three years: the segments' ends are transitions or ends of ranges, nothing in between.
        while (t < from + 3 * 366 * DAY_MS) {
          const segment = segmentAt(zone, t)
          expect(segment.start <= t && t < segment.end).toBe(true)
          if (segment.offset !== previous) expect(offsetMs(t - 1, name), `${name}: a transition at ${iso(t)}`).not.toBe(offsetMs(t, name))
          expect(segment.offset, `${name} at ${iso(t)}`).toBe(offsetMs(t, name))
          previous = segment.offset
          if (!Number.isFinite(segment.end)) break
          // Midway through a long stretch, the oracle agrees too.
          const middle = Math.floor((t + segment.end) / 2)
          if (segment.end - t > 2 * DAY_MS) expect(offsetMs(middle, name), `${name} at ${iso(middle)}`).toBe(segment.offset)
          t = segment.end
        }
      }),
      runs(12, 200),
    )
  })
})

describe('UTC and fixed-offset zones', () => {
  const FIXED = ['UTC', 'Etc/UTC', 'Etc/GMT+5', 'Etc/GMT-14', 'Etc/GMT+12', 'Etc/GMT-5', 'Etc/Zulu', 'GMT', 'Etc/GMT0']

  it('answer every instant without a single Intl call: one stretch from −∞ to +∞', () => {
    for (const id of FIXED) {
      const counted = countingFormat(id)
      const zone = createZoneOffsets(id, counted.format)
      for (const instant of [-8.64e15, FROM_1850, -1, 0, Date.UTC(2026, 2, 8, 7), TO_2200, 8.64e15]) {
        expect(segmentAt(zone, instant), `${id} at ${instant}`).toEqual({ start: -Infinity, end: Infinity, offset: fixedOffsetOf(id) })
        expect(offsetAt(zone, instant)).toBe(fixedOffsetOf(id))
      }
      expect(counted.calls(), id).toBe(0)
      checkTable(zone)
    }
  })

  it('have the offsets Intl gives them, in the sign convention of tzdb (Etc/GMT+5 is UTC−5)', () => {
    const ids = [...FIXED, ...Array.from({ length: 14 }, (_, h) => `Etc/GMT-${h + 1}`), ...Array.from({ length: 12 }, (_, h) => `Etc/GMT+${h + 1}`)]
    for (const id of ids) {
      for (const instant of [FROM_1850, 0, Date.UTC(2026, 6, 1), TO_2200]) expect(fixedOffsetOf(id), `${id} at ${iso(instant)}`).toBe(offsetMs(instant, id))
    }
    expect(fixedOffsetOf('Etc/GMT+5')).toBe(-5 * HOUR_MS)
  })

  it('are only the zones whose offset never changed: EST is America/Panama, which had local mean time', () => {
    for (const id of ['EST', 'MST', 'HST', 'America/Panama', 'Europe/London', 'Etc/GMT+13', 'Etc/GMT-15', 'Etc/GMT+05', 'utc']) {
      expect(fixedOffsetOf(id), id).toBeUndefined()
    }
  })

  it('found by name, keep no formatter at all, so nothing can call Intl for their offsets', () => {
    for (const name of ['UTC', 'Etc/UTC', 'Etc/GMT+5', 'etc/gmt+5', 'Etc/GMT-14', 'International Date Line West', 'Etc/Zulu', 'GMT']) {
      expect(zoneFor(name).format, name).toBeUndefined()
    }
    expect(zoneFor('America/New_York').format).toBeInstanceOf(Intl.DateTimeFormat)
  })

  it('a zone that is not fixed cannot be made without its formatter', () => {
    expect(() => createZoneOffsets('America/New_York', undefined)).toThrow(/formatter/)
  })
})

describe('ranges are forgotten least recently used first, never all at once', () => {
  /** An instant in the middle of range `k` (ranges 5 apart never share a stretch). */
  const inRange = (k: number) => k * RANGE_MS + RANGE_MS / 2
  const base = Math.floor(Date.UTC(2026, 0, 1) / RANGE_MS)

  it('with room for three ranges, a fourth forgets the one looked up longest ago', () => {
    const counted = countingFormat('America/New_York')
    const zone = createZoneOffsets('America/New_York', counted.format, 3)
    const [a, b, c, d] = [base, base + 5, base + 10, base + 15].map(inRange) as [number, number, number, number]
    for (const t of [a, b, c]) segmentAt(zone, t)
    expect(zone.ranges).toBe(3)
    segmentAt(zone, a) // a is now used more recently than b
    let calls = counted.calls()
    segmentAt(zone, d) // full: b goes
    expect(counted.calls()).toBeGreaterThan(calls)
    expect(zone.ranges).toBe(3)
    calls = counted.calls()
    for (const t of [c, a, d, c]) segmentAt(zone, t)
    expect(counted.calls(), 'a, c and d are still loaded').toBe(calls)
    segmentAt(zone, b)
    expect(counted.calls(), 'b was forgotten').toBeGreaterThan(calls)
    checkTable(zone)
  })

  it('keeps every answer identical to a zone that forgets nothing (random instants, walks, tiny bounds)', () => {
    const step = fc.oneof(
      instantArb(FROM_1850, TO_2200).map((t) => ({ kind: 'at' as const, t })),
      instantArb(Date.UTC(2020, 0, 1), Date.UTC(2030, 0, 1)).map((t) => ({ kind: 'at' as const, t })),
      fc.integer({ min: 1, max: 6 }).map((n) => ({ kind: 'walk' as const, n })),
    )
    fc.assert(
      fc.property(fc.constantFrom(...ZONES.slice(0, 8)), fc.integer({ min: 1, max: 4 }), fc.array(step, { minLength: 1, maxLength: 25 }), (name, bound, steps) => {
        const small = createZoneOffsets(name, zoneFormat(name), bound)
        const whole = createZoneOffsets(name, zoneFormat(name))
        let t = Date.UTC(2026, 0, 1)
        for (const s of steps) {
          if (s.kind === 'at') t = s.t
          for (let k = 0; k < (s.kind === 'walk' ? s.n : 1); k++) {
            const got = segmentAt(small, t)
            const expected = segmentAt(whole, t)
            const what = `${name}, bound ${bound}, at ${iso(t)}`
            expect(got.offset, what).toBe(expected.offset)
            expect(offsetAt(small, t), what).toBe(expected.offset)
            expect(got.start <= t && t < got.end, what).toBe(true)
            // Both segments are stretches of one offset holding t: where one ends early, it is at a range's end.
            if (got.end !== expected.end) expect(Math.min(got.end, expected.end) % RANGE_MS === 0, what).toBe(true)
            if (got.start !== expected.start) expect(Math.max(got.start, expected.start) % RANGE_MS === 0, what).toBe(true)
            expect(small.ranges, what).toBeLessThanOrEqual(bound)
            if (s.kind === 'walk') t = got.end
          }
        }
        checkTable(small)
        checkTable(whole)
      }),
      runs(60, 1000),
    )
  })

  it('with room for one range, a walk over three years sees the same transitions', () => {
    for (const name of ['America/New_York', 'Africa/Casablanca', 'Australia/Lord_Howe']) {
      const walk = (zone: ZoneOffsets) => {
        const changes: string[] = []
        let t = Date.UTC(2011, 0, 1)
        let previous = Number.NaN
        while (t < Date.UTC(2014, 0, 1)) {
          // Ask just before each stretch too, as nextLocalBoundary does: a bound of one reloads it.
          segmentAt(zone, t - 1)
          const segment = segmentAt(zone, t)
          expect(segment.start <= t && t < segment.end, `${name} at ${iso(t)}`).toBe(true)
          if (segment.offset !== previous) changes.push(`${iso(t)} ${segment.offset}`)
          previous = segment.offset
          t = segment.end
        }
        return changes
      }
      const one = createZoneOffsets(name, zoneFormat(name), 1)
      expect(walk(one), name).toEqual(walk(createZoneOffsets(name, zoneFormat(name))))
      expect(one.ranges).toBe(1)
      checkTable(one)
    }
  })

  it('an Intl failure while loading a range leaves the table as it was', () => {
    const counted = countingFormat('Europe/London')
    const zone = createZoneOffsets('Europe/London', counted.format, 2)
    const summer = Date.UTC(2026, 6, 1)
    const winter = Date.UTC(1990, 0, 1)
    segmentAt(zone, summer)
    segmentAt(zone, winter)
    counted.failNext()
    expect(() => segmentAt(zone, Date.UTC(1950, 6, 1))).toThrow(RangeError)
    checkTable(zone)
    expect(zone.ranges).toBe(2)
    const calls = counted.calls()
    expect(offsetAt(zone, summer)).toBe(HOUR_MS)
    expect(offsetAt(zone, winter)).toBe(0)
    expect(counted.calls(), 'nothing was forgotten').toBe(calls)
    expect(offsetAt(zone, Date.UTC(1950, 6, 1))).toBe(HOUR_MS)
  })
})

describe('instants spread over 1900–2100', () => {
  /** A fixed, reproducible spread of instants (a linear congruential sequence). */
  function spread(count: number, seed: number): number[] {
    let x = seed
    return Array.from({ length: count }, () => {
      x = (x * 1_103_515_245 + 12_345) % 2_147_483_648
      return FROM_1900 + Math.floor((x / 2_147_483_648) * (TO_2100 - FROM_1900))
    })
  }

  it('give the offsets and stretches a fresh zone gives, and a second pass reads Intl no more', () => {
    for (const name of ['America/New_York', 'Europe/London', 'Pacific/Apia']) {
      const counted = countingFormat(name)
      const zone = createZoneOffsets(name, counted.format)
      const instants = spread(DEEP ? 4000 : 1500, name.length)
      for (const t of instants) {
        const got = segmentAt(zone, t)
        const fresh = segmentAt(createZoneOffsets(name, zoneFormat(name)), t)
        const what = `${name} at ${iso(t)}`
        expect(got.offset, what).toBe(fresh.offset)
        // The fresh zone knows one range; the cached one may see further, never less far.
        expect(got.start <= fresh.start && fresh.end <= got.end, what).toBe(true)
      }
      // 200 years are 762 ranges: all stay loaded, so the same instants again, in another order,
      // and offsetAt over them, are arithmetic alone.
      expect(zone.ranges).toBeLessThanOrEqual(MAX_RANGES)
      const calls = counted.calls()
      for (const t of [...instants].reverse()) segmentAt(zone, t)
      for (const t of instants) offsetAt(zone, t)
      expect(counted.calls(), name).toBe(calls)
      checkTable(zone)
    }
  })
})
