import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { RAILS_TIME_ZONES, RENAMED_RAILS_TIME_ZONE_NAMES } from '../../src/zone/railsTimeZones'
import { suggestTimeZones } from '../../src/zone/suggestTimeZones'

const renamed = new Set(RENAMED_RAILS_TIME_ZONE_NAMES)
const currentRailsNames = Object.keys(RAILS_TIME_ZONES).filter((name) => !renamed.has(name))
const knownNames = new Set([...currentRailsNames, 'UTC', ...Intl.supportedValuesOf('timeZone')])

describe('suggestTimeZones', () => {
  it('suggests the Rails name that starts with a partial name', () => {
    expect(suggestTimeZones('Eastern Time')[0]).toBe('Eastern Time (US & Canada)')
    expect(suggestTimeZones('central time')[0]).toBe('Central Time (US & Canada)')
  })

  it('suggests the IANA id a typo was meant to be', () => {
    expect(suggestTimeZones('America/New_Yrok')[0]).toBe('America/New_York')
    expect(suggestTimeZones('new york')).toEqual(['America/New_York'])
  })

  it('ignores case and surrounding spaces', () => {
    expect(suggestTimeZones('  eastern time (us & canada) ')[0]).toBe('Eastern Time (US & Canada)')
    expect(suggestTimeZones('utc')[0]).toBe('UTC')
  })

  it('offers a renamed Rails name’s current name, never the renamed one', () => {
    expect(suggestTimeZones('Kyev')).toEqual(['Kyiv'])
    expect(suggestTimeZones('Ulan Bator')).toEqual(['Ulaanbaatar'])
    expect(suggestTimeZones('Kyevv')).not.toContain('Kyev')
  })

  it('puts every Rails name first among its own suggestions', () => {
    const misplaced = currentRailsNames.filter((name) => suggestTimeZones(name)[0] !== name)
    expect(misplaced).toEqual([])
  })

  it('returns nothing for blank input, for input far from every name, and for max below 1', () => {
    expect(suggestTimeZones('')).toEqual([])
    expect(suggestTimeZones('   ')).toEqual([])
    expect(suggestTimeZones('closed')).toEqual([])
    expect(suggestTimeZones('London', 0)).toEqual([])
    expect(suggestTimeZones('London', Number.NaN)).toEqual([])
  })

  it('keeps to max', () => {
    expect(suggestTimeZones('London', 2)).toEqual(['London', 'Europe/London'])
    expect(suggestTimeZones('London', 1)).toEqual(['London'])
  })

  // The timeout is a guard against a hang, not a timing assertion: without the 64-character cap
  // a 1 MB input would mean ~10¹⁰ edit-distance steps.
  it('reads only the start of a 1 MB string', { timeout: 10_000 }, () => {
    const megabyte = 'x'.repeat(1_000_000)
    const result = suggestTimeZones(megabyte)
    expect(Array.isArray(result)).toBe(true)
    expect(result).toEqual([])
    expect(Array.isArray(suggestTimeZones(`Eastern Time${megabyte}`))).toBe(true)
    expect(suggestTimeZones(`London${' '.repeat(1_000_000)}`)[0]).toBe('London')
  })

  it('returns at most max distinct known names, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.integer({ min: -1, max: 6 }), (input, max) => {
        const result = suggestTimeZones(input, max)
        expect(result.length).toBeLessThanOrEqual(Math.max(0, max))
        expect(new Set(result).size).toBe(result.length)
        for (const name of result) expect(knownNames.has(name), name).toBe(true)
      }),
    )
  })
})

describe('suggestTimeZones without Intl.supportedValuesOf', () => {
  const original = Intl.supportedValuesOf

  afterEach(() => {
    Object.defineProperty(Intl, 'supportedValuesOf', { value: original, configurable: true, writable: true })
    vi.resetModules()
  })

  it('falls back to Rails names only', async () => {
    Object.defineProperty(Intl, 'supportedValuesOf', { value: undefined, configurable: true, writable: true })
    vi.resetModules()
    const fresh = await import('../../src/zone/suggestTimeZones')
    expect(fresh.suggestTimeZones('Eastern Time')).toEqual(['Eastern Time (US & Canada)'])
    expect(fresh.suggestTimeZones('London')).toEqual(['London', 'Lisbon'])
    for (const input of ['America/New_Yrok', 'Europe/Kyiv', 'new york', 'Bern']) {
      for (const name of fresh.suggestTimeZones(input)) expect(currentRailsNames, name).toContain(name)
    }
  })
})
