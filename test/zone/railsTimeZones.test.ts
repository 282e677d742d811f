import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import {
  RAILS_TIME_ZONES,
  RENAMED_RAILS_TIME_ZONE_NAMES,
  railsTimeZoneToIana,
} from '../../src/zone/railsTimeZones'

// rails-timezone is CommonJS assigned through a variable, so an ESM import sees only `default`;
// require it to use the API its index.d.ts declares (from, to, list).
const railsTimezone = createRequire(import.meta.url)('rails-timezone') as typeof import('rails-timezone')

/**
 * Names whose IANA id differs from the rails-timezone package (a copy of the Rails ≤ 7.2 MAPPING),
 * and why. Each must still give the same UTC offsets; a new difference fails until listed here.
 */
const DIFFERENCES_FROM_RAILS_TIMEZONE: Readonly<Record<string, string>> = {
  Greenland:
    'Rails 8.x maps it to America/Nuuk (rails/rails#55494); the package has America/Godthab, the name tzdb 2020a replaced',
}

/**
 * Package names we deliberately do not accept, and why. None: every name in the package is a
 * current Rails name.
 */
const LEFT_OUT_FROM_RAILS_TIMEZONE: Readonly<Record<string, string>> = {}

const offsetFormats = new Map<string, Intl.DateTimeFormat>()

/** The zone's UTC offset at an instant, as Intl writes it: 'GMT-03:30' ('GMT' or 'GMT+00:00' for zero). */
function utcOffset(timeZone: string, at: Date): string {
  let format = offsetFormats.get(timeZone)
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    offsetFormats.set(timeZone, format)
  }
  return format.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? ''
}

/** Noon UTC every day of 2000–2037: any transition that moves by a day or more shows up. */
const SAMPLE_INSTANTS: readonly Date[] = Array.from(
  { length: Math.round((Date.UTC(2038, 0, 1) - Date.UTC(2000, 0, 1)) / 86_400_000) },
  (_, day) => new Date(Date.UTC(2000, 0, 1 + day, 12)),
)

/** Instants where the two zones' offsets differ (empty when they always agree). */
function offsetMismatches(a: string, b: string): string[] {
  return SAMPLE_INSTANTS.filter((at) => utcOffset(a, at) !== utcOffset(b, at)).map(
    (at) => `${at.toISOString()}: ${a} ${utcOffset(a, at)}, ${b} ${utcOffset(b, at)}`,
  )
}

function isIntlTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone })
    return true
  } catch {
    return false
  }
}

const renamed = new Set(RENAMED_RAILS_TIME_ZONE_NAMES)
const currentNames = Object.keys(RAILS_TIME_ZONES).filter((name) => !renamed.has(name))

describe('railsTimeZoneToIana', () => {
  it('maps Rails names to the IANA ids Rails uses', () => {
    expect(railsTimeZoneToIana('Eastern Time (US & Canada)')).toBe('America/New_York')
    expect(railsTimeZoneToIana('Newfoundland')).toBe('America/St_Johns')
    expect(railsTimeZoneToIana('Kyiv')).toBe('Europe/Kiev')
    expect(railsTimeZoneToIana('UTC')).toBe('Etc/UTC')
    expect(railsTimeZoneToIana('Kathmandu')).toBe('Asia/Kathmandu')
    expect(railsTimeZoneToIana('International Date Line West')).toBe('Etc/GMT+12')
    expect(railsTimeZoneToIana("Nuku'alofa")).toBe('Pacific/Tongatapu')
  })

  it('resolves renamed Rails names to the same zone as their current names', () => {
    expect(railsTimeZoneToIana('Kyev')).toBe(railsTimeZoneToIana('Kyiv'))
    expect(railsTimeZoneToIana('Ulaan Bataar')).toBe(railsTimeZoneToIana('Ulaanbaatar'))
  })

  it('finds no prototype members', () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf']) {
      expect(railsTimeZoneToIana(name), name).toBeUndefined()
    }
  })

  it('matches names exactly, as Rails does', () => {
    expect(railsTimeZoneToIana('eastern time (us & canada)')).toBeUndefined()
    expect(railsTimeZoneToIana(' UTC')).toBeUndefined()
    expect(railsTimeZoneToIana('')).toBeUndefined()
    expect(railsTimeZoneToIana('America/New_York')).toBeUndefined()
  })
})

describe('RAILS_TIME_ZONES', () => {
  it('is frozen, and so is the list of renamed names', () => {
    expect(Object.isFrozen(RAILS_TIME_ZONES)).toBe(true)
    expect(Object.isFrozen(RENAMED_RAILS_TIME_ZONE_NAMES)).toBe(true)
  })

  it('holds every value as a time zone Intl accepts', () => {
    const rejected = Object.entries(RAILS_TIME_ZONES).filter(([, timeZone]) => !isIntlTimeZone(timeZone))
    expect(rejected).toEqual([])
  })

  it('puts the zones where they are: Newfoundland at −3:30, Kathmandu at +5:45 (January 2025)', () => {
    const january = new Date(Date.UTC(2025, 0, 15, 12))
    expect(utcOffset(RAILS_TIME_ZONES['Newfoundland'] ?? '', january)).toBe('GMT-03:30')
    expect(utcOffset(RAILS_TIME_ZONES['Kathmandu'] ?? '', january)).toBe('GMT+05:45')
    expect(utcOffset(RAILS_TIME_ZONES['UTC'] ?? '', january)).toMatch(/^GMT(\+00:00)?$/)
  })

  it('has exactly the 152 current Rails names, plus the renamed ones', () => {
    expect(currentNames).toHaveLength(152)
    expect(new Set(currentNames)).toEqual(new Set(railsTimezone.list()))
    for (const name of RENAMED_RAILS_TIME_ZONE_NAMES) expect(Object.hasOwn(RAILS_TIME_ZONES, name), name).toBe(true)
  })
})

describe('RAILS_TIME_ZONES against the rails-timezone package', () => {
  const packageNames = railsTimezone.list()

  it('has every package name, with the same IANA id or a listed difference', () => {
    const unexplained: string[] = []
    for (const name of packageNames) {
      if (Object.hasOwn(LEFT_OUT_FROM_RAILS_TIMEZONE, name)) {
        expect(railsTimeZoneToIana(name), name).toBeUndefined()
        continue
      }
      const ours = railsTimeZoneToIana(name)
      const theirs = railsTimezone.from(name)
      if (ours !== theirs && !Object.hasOwn(DIFFERENCES_FROM_RAILS_TIMEZONE, name)) {
        unexplained.push(`${name}: ours ${String(ours)}, package ${theirs}`)
      }
    }
    expect(unexplained).toEqual([])
  })

  it('lists only differences that exist', () => {
    for (const name of Object.keys(DIFFERENCES_FROM_RAILS_TIMEZONE)) {
      expect(railsTimeZoneToIana(name), name).not.toBe(railsTimezone.from(name))
    }
  })

  it.each(Object.keys(DIFFERENCES_FROM_RAILS_TIMEZONE))(
    '%s keeps the package zone’s UTC offsets at every sampled instant 2000–2037',
    (name) => {
      const ours = railsTimeZoneToIana(name) ?? ''
      const theirs = railsTimezone.from(name)
      expect(isIntlTimeZone(theirs)).toBe(true)
      expect(offsetMismatches(ours, theirs)).toEqual([])
    },
  )

  it('would see a real difference: Greenland moved from −3 to −2 in 2023, Sao Paulo did not', () => {
    const mismatches = offsetMismatches('America/Nuuk', 'America/Sao_Paulo')
    expect(mismatches.length).toBeGreaterThan(0)
    expect(mismatches.some((line) => line.startsWith('2024-'))).toBe(true)
  })
})
