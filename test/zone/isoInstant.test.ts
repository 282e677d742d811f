/**
 * The one ISO instant parser (issue 21): exception entries and the command's --at/--from read
 * instants through it. Checked against Date.parse (an independent reader) on random instants and
 * offsets, and by example at the edges.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readIsoInstant } from '../../src/zone/isoInstant'

const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, '0')

describe('readIsoInstant', () => {
  it('reads what Date.parse reads, for any year 0000–9999 and offset within ±18:00', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: -18 * 60, max: 18 * 60 }), fc.boolean(),
        (year, month, day, hour, minute, second, offset, colon) => {
          const zone = `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}${colon ? ':' : ''}${pad(Math.abs(offset) % 60)}`
          const text = `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${zone}`
          const standard = `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`
          expect(readIsoInstant(text)).toEqual({ ok: true, ms: Date.parse(standard) })
        },
      ),
      { numRuns: Number(process.env.CALLHOURS_DEEP) ? 20_000 : 500 },
    )
  })

  it('refuses what is not an instant, says when the zone is missing, and what does not exist', () => {
    expect(readIsoInstant('2026-12-01T14:35Z')).toEqual({ ok: true, ms: Date.UTC(2026, 11, 1, 14, 35) })
    expect(readIsoInstant('2026-12-01 14:35z')).toEqual({ ok: true, ms: Date.UTC(2026, 11, 1, 14, 35) })
    expect(readIsoInstant('0001-01-01T00:00Z')).toEqual({ ok: true, ms: Date.parse('0001-01-01T00:00:00Z') })
    expect(readIsoInstant('2026-12-01T14:35')).toEqual({ ok: false, reason: 'no_zone' })
    for (const text of ['2026-02-29T10:00Z', '2026-04-31T10:00Z', '2026-12-01T24:00Z', '2026-12-01T10:60Z', '2026-12-01T10:00+18:01', '2026-12-01T10:00+05:60']) {
      expect(readIsoInstant(text), text).toEqual({ ok: false, reason: 'not_real' })
    }
    expect(readIsoInstant('2028-02-29T10:00Z').ok).toBe(true)
    for (const text of ['', 'tomorrow', '2026-12-01', '26-12-01T10:00Z', ' 2026-12-01T10:00Z']) expect(readIsoInstant(text), text).toEqual({ ok: false, reason: 'format' })
  })
})
