/**
 * The editor's clock-change note (src/editor/clockChangeNote.ts) in the zones whose changes are odd:
 * Chatham at 02:45, Lord Howe by half an hour, and a 12-hour clock.
 */
import { describe, expect, it } from 'vitest'
import { clockChangeNote } from '../../src/editor/clockChangeNote'

describe('clockChangeNote', () => {
  it('names a change at 02:45 (Chatham, 2026-09-27: 02:45 +12:45 → 03:45 +13:45)', () => {
    expect(clockChangeNote(Date.UTC(2026, 8, 22), 'Pacific/Chatham')).toBe('Sun 2026-09-27: clocks go forward, 02:45–03:45 does not exist')
  })

  it('names half-hour changes (Lord Howe: back 02:00 → 01:30 on 2026-04-05, forward 02:00 → 02:30 on 2026-10-04)', () => {
    expect(clockChangeNote(Date.UTC(2026, 3, 1), 'Australia/Lord_Howe')).toBe('Sun 2026-04-05: clocks go back, 01:30–02:00 happens twice')
    expect(clockChangeNote(Date.UTC(2026, 9, 1), 'Australia/Lord_Howe')).toBe('Sun 2026-10-04: clocks go forward, 02:00–02:30 does not exist')
  })

  it('writes times on a 12-hour clock when asked, and reads Retreaver zone names', () => {
    expect(clockChangeNote(Date.UTC(2026, 9, 20), 'London', 'h12')).toBe('Sun 2026-10-25: clocks go back, 1:00 AM–2:00 AM happens twice')
  })

  it('says nothing beyond a week, and nothing for a zone without changes', () => {
    expect(clockChangeNote(Date.UTC(2026, 9, 17), 'Europe/London')).toBeUndefined()
    expect(clockChangeNote(Date.UTC(2026, 2, 1), 'Asia/Kolkata')).toBeUndefined()
  })
})
