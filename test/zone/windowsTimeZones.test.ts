import { describe, expect, it } from 'vitest'
import { ianaToWindowsTimeZone, windowsTimeZoneToIana, WINDOWS_TIME_ZONES } from '../../src/zone/windowsTimeZones'
import { resolveTimeZone } from '../../src/zone/resolveTimeZone'

describe('Windows zone ids (CLDR windowsZones, territory 001)', () => {
  it('maps every id to a zone the engine knows, and that zone back to the same id', () => {
    for (const [windowsId, zone] of Object.entries(WINDOWS_TIME_ZONES)) {
      const iana = windowsTimeZoneToIana(windowsId)
      expect(iana, windowsId).toBe(resolveTimeZone(zone))
      expect(ianaToWindowsTimeZone(iana!), windowsId).toBe(windowsId)
    }
  })

  it('reads the ids .NET systems send', () => {
    expect(windowsTimeZoneToIana('Eastern Standard Time')).toBe('America/New_York')
    expect(windowsTimeZoneToIana('Central Standard Time')).toBe('America/Chicago')
    expect(windowsTimeZoneToIana('Mountain Standard Time')).toBe('America/Denver')
    expect(windowsTimeZoneToIana('US Mountain Standard Time')).toBe('America/Phoenix')
    expect(windowsTimeZoneToIana('GMT Standard Time')).toBe('Europe/London')
    expect(windowsTimeZoneToIana('  eastern standard time ')).toBe('America/New_York')
  })

  it('answers undefined for what is not a Windows id, never throws', () => {
    for (const name of ['America/New_York', 'Eastern Time (US & Canada)', '', 'toString', '__proto__', 'x'.repeat(10_000)]) {
      expect(windowsTimeZoneToIana(name)).toBeUndefined()
    }
    expect(windowsTimeZoneToIana(42 as unknown as string)).toBeUndefined()
    expect(ianaToWindowsTimeZone('Mars/Olympus')).toBeUndefined()
    expect(ianaToWindowsTimeZone('America/Detroit')).toBeUndefined()
    expect(ianaToWindowsTimeZone('Eastern Time (US & Canada)')).toBe('Eastern Standard Time')
  })
})
