import { describe, expect, it } from 'vitest'
import { colorGrid, createStyle, formatDuration, formatLocal, formatUtc, readLocal, shouldUseColor } from '../../src/cli/format'

describe('formatDuration', () => {
  it.each([
    [0, '0m'],
    [59_999, 'under 1m'],
    [60_000, '1m'],
    [8_100_000, '2h 15m'],
    [8_159_999, '2h 15m'],
    [3_600_000, '1h'],
    [86_400_000, '1d'],
    [93_600_000, '1d 2h'],
    [86_700_000, '1d 5m'],
    [-8_100_000, '2h 15m'],
  ])('%d ms is %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text)
  })
})

describe('shouldUseColor', () => {
  it('needs a terminal, no NO_COLOR and no --no-color', () => {
    expect(shouldUseColor(true, {}, false)).toBe(true)
    expect(shouldUseColor(false, {}, false)).toBe(false)
    expect(shouldUseColor(true, { NO_COLOR: '1' }, false)).toBe(false)
    expect(shouldUseColor(true, { NO_COLOR: 'false' }, false)).toBe(false)
    expect(shouldUseColor(true, { NO_COLOR: '' }, false)).toBe(true)
    expect(shouldUseColor(true, {}, true)).toBe(false)
  })
})

describe('local and UTC display', () => {
  it('shows the zone abbreviation, which follows daylight saving time', () => {
    expect(formatLocal(new Date('2026-11-30T14:00:00Z'), 'America/New_York')).toBe('Mon 2026-11-30 09:00 EST')
    expect(formatLocal(new Date('2026-07-01T13:00:00Z'), 'America/New_York')).toBe('Wed 2026-07-01 09:00 EDT')
    expect(formatLocal(new Date('2026-07-01T13:00:00Z'), 'UTC')).toBe('Wed 2026-07-01 13:00 UTC')
  })

  it('shows an offset where English has no abbreviation (Kathmandu +05:45)', () => {
    const local = readLocal(new Date('2026-01-01T00:00:00Z'), 'Asia/Kathmandu')
    expect(local).toEqual({ weekday: 'Thu', date: '2026-01-01', time: '05:45', zoneName: 'GMT+5:45', dayIndex: 4, minuteOfDay: 345 })
  })

  it('reads midnight as 00:00, never 24:00', () => {
    expect(readLocal(new Date('2026-07-05T00:00:00Z'), 'UTC')).toMatchObject({ weekday: 'Sun', time: '00:00', dayIndex: 0, minuteOfDay: 0 })
  })

  it('writes UTC instants short, keeping seconds only when there are some', () => {
    expect(formatUtc(new Date('2026-07-15T11:30:00.000Z'))).toBe('2026-07-15T11:30Z')
    expect(formatUtc(new Date('2026-07-15T11:30:05.250Z'))).toBe('2026-07-15T11:30:05.250Z')
  })
})

describe('styles', () => {
  it('wrap text in SGR codes only when enabled', () => {
    expect(createStyle(true).green('OPEN')).toBe('\u001b[32mOPEN\u001b[39m')
    expect(createStyle(false).green('OPEN')).toBe('OPEN')
  })

  it('colour grid cells by kind and leave the characters', () => {
    const style = createStyle(true)
    const grid = '    00\nMon ██▌··'
    const coloured = colorGrid(grid, style)
    expect(coloured).toBe(`    00\nMon ${style.green('██')}${style.yellow('▌')}${style.dim('··')}`)
    expect(colorGrid(grid, createStyle(false))).toBe(grid)
  })
})
