import { describe, expect, it } from 'vitest'
import { resolveTimeZone } from '../../src/index'

describe('resolveTimeZone', () => {
  it('gives the IANA id of a Retreaver (Rails) zone name', () => {
    expect(resolveTimeZone('Eastern Time (US & Canada)')).toBe('America/New_York')
    expect(resolveTimeZone('Newfoundland')).toBe('America/St_Johns')
  })

  it('returns UTC as UTC, though Rails maps its "UTC" to Etc/UTC', () => {
    expect(resolveTimeZone('UTC')).toBe('UTC')
  })

  it('returns an IANA id as given, correcting only its case', () => {
    expect(resolveTimeZone('Asia/Kathmandu')).toBe('Asia/Kathmandu')
    expect(resolveTimeZone('america/new_york')).toBe('America/New_York')
    // Intl canonicalises Asia/Kolkata to Asia/Calcutta; the caller's id is kept.
    expect(resolveTimeZone('Asia/Kolkata')).toBe('Asia/Kolkata')
  })

  it('names an unknown zone and suggests near names', () => {
    expect(() => resolveTimeZone('Eastern Time')).toThrow(RangeError)
    expect(() => resolveTimeZone('Eastern Time')).toThrow(/Unknown time zone "Eastern Time".*"Eastern Time \(US & Canada\)"/)
  })

  it('rejects what is not a zone name without crashing', () => {
    for (const bad of ['', '   ', '__proto__', 'constructor', 42 as unknown as string, null as unknown as string]) {
      expect(() => resolveTimeZone(bad)).toThrow(RangeError)
    }
  })
})
