/** readText's zone warnings, dates, losses and hostile input; writeText's shapes. */
import { describe, expect, it } from 'vitest'
import { scheduleFromIntervals, withExceptions } from '../../../src/index'
import { readText, writeText } from '../../../src/formats/index'

const warnings = (text: string, at?: number) => readText(text, at === undefined ? {} : { at }).issues.filter((issue) => issue.severity === 'warning').map((issue) => issue.message)

describe('readText: zone words', () => {
  it('EST in July and EDT in January contradict the season; EST in January does not', () => {
    expect(warnings('Daily 9-5 EST', Date.UTC(2026, 6, 15))).toEqual([expect.stringContaining('EST names standard time, but on 2026-07-15')])
    expect(warnings('Daily 9-5 EDT', Date.UTC(2026, 0, 15))).toEqual([expect.stringContaining('EDT names daylight time, but on 2026-01-15')])
    expect(warnings('Daily 9-5 EST', Date.UTC(2026, 0, 15))).toEqual([])
  })

  it('without at, a seasonal abbreviation says the season is unknown; ET and zones without DST say nothing', () => {
    expect(warnings('Daily 9-5 PDT')).toEqual([expect.stringContaining('the season is unknown')])
    expect(warnings('Daily 9-5 ET')).toEqual([])
    expect(warnings('Daily 9-5 JST')).toEqual([])
  })

  it('CST, IST, AST, BST name several zones: the default, and a warning naming the others', () => {
    expect(readText('Daily 9-5 IST').timeZone).toBe('Asia/Kolkata')
    expect(warnings('Daily 9-5 IST')).toEqual([expect.stringContaining('Europe/Dublin, Asia/Jerusalem')])
    expect(warnings('Daily 9-5 CST', Date.UTC(2026, 0, 15))).toEqual([expect.stringContaining('Asia/Shanghai')])
    expect(readText('Daily 9-5 AST').timeZone).toBe('America/Halifax')
    expect(readText('Daily 9-5 BST').timeZone).toBe('Europe/London')
  })

  it('MST in summer names Phoenix in its warnings', () => {
    expect(warnings('Daily 9-5 MST', Date.UTC(2026, 6, 1)).join(' ')).toContain('America/Phoenix')
  })

  it('the text zone wins over options.timeZone; options.timeZone when the text names none', () => {
    expect(readText('Daily 9-5 PT', { timeZone: 'UTC' }).timeZone).toBe('America/Los_Angeles')
    expect(readText('Daily 9-5', { timeZone: 'Eastern Time (US & Canada)' }).timeZone).toBe('America/New_York')
  })
})

describe('readText: dates and losses', () => {
  it('dates, ranges, yearly and instants with labels', () => {
    const read = readText('Mon-Fri 9-5; 2026-12-24 9am-1pm "Christmas Eve"; every Dec 25 closed; Dec 31 2026 closed; 2026-12-26 to 2027-01-01 10-2; 2026-12-01T14:35Z to 2026-12-01T16:10Z closed; closed 2026-11-26')
    expect(read.ok).toBe(true)
    expect(read.exceptions).toEqual([
      { date: '2026-12-24', hours: [{ time_open: 900, time_close: 1300 }], label: 'Christmas Eve' },
      { date: '--12-25', closed: true },
      { date: '2026-12-31', closed: true },
      { from: '2026-12-26', to: '2027-01-01', hours: [{ time_open: 1000, time_close: 1400 }] },
      { start: '2026-12-01T14:35Z', end: '2026-12-01T16:10Z', closed: true },
      { date: '2026-11-26', closed: true },
    ])
  })

  it('closed on holidays is a loss: callhours knows holidays only from a holiday source', () => {
    const read = readText('Mon-Fri 9-5, closed on public holidays')
    expect(read.ok).toBe(true)
    expect(read.losses.map((loss) => [loss.code, loss.path])).toEqual([['not_supported', ['text', 23]]])
  })
})

describe('readText: hostile input', () => {
  it('wrong types, huge text, many unknown words: located issues in bounded time', () => {
    expect(readText(42 as never).issues[0]!.code).toBe('invalid_type')
    expect(readText('x'.repeat(100_001)).issues[0]!.code).toBe('out_of_range')
    const started = Date.now()
    const noise = readText('zz '.repeat(33_000))
    expect(noise.ok).toBe(false)
    expect(noise.issues.length).toBeLessThanOrEqual(1001)
    // The same hours said again and again are the same hours.
    expect(readText('Mon-Fri 9-5, '.repeat(7_000)).ok).toBe(true)
    expect(readText('Mon 9-5, Mon 9-6, '.repeat(3_000)).issues.length).toBeLessThanOrEqual(1001)
    expect(readText('('.repeat(99_999)).ok).toBe(true)
    expect(Date.now() - started).toBeLessThan(10_000)
  })

  it('wrong options throw', () => {
    expect(() => readText('Daily 9-5', { at: 'noon' } as never)).toThrow(TypeError)
    expect(() => readText('Daily 9-5', { at: Number.NaN })).toThrow(RangeError)
  })
})

describe('writeText', () => {
  const DAY = 1440
  it('whole days, spans over a day, noon and midnight, 24/7, closed', () => {
    expect(writeText(scheduleFromIntervals([{ start: DAY, end: 3 * DAY }])).value).toBe('Mon–Tue 24 hours')
    expect(writeText(scheduleFromIntervals([{ start: DAY + 720, end: 3 * DAY + 60 }])).value).toBe('Mon noon–midnight, Tue 24 hours, Wed midnight–1 am')
    expect(writeText(scheduleFromIntervals([{ start: 0, end: 7 * DAY }])).value).toBe('24/7')
    expect(writeText(scheduleFromIntervals([]), { timeZone: 'UTC' }).value).toBe('Closed (UTC)')
    expect(writeText(scheduleFromIntervals([1, 2, 3, 4, 5, 6, 0].map((d) => ({ start: d * DAY + 30, end: d * DAY + 90 })))).value).toBe('Daily 12:30 am–1:30 am')
  })

  it('a label with double quotes is written with single ones, and said so', () => {
    const written = writeText(withExceptions(scheduleFromIntervals([]), [{ date: '2026-12-25', closed: true, label: 'the "big" day' }]))
    expect(written.value).toBe('Closed; 2026-12-25 closed "the \'big\' day"')
    expect(written.losses.map((loss) => loss.code)).toEqual(['approximated'])
    expect(readText(written.value).exceptions).toEqual([{ date: '2026-12-25', closed: true, label: "the 'big' day" }])
  })

  it('wrong arguments and options throw', () => {
    expect(() => writeText('Mon-Fri 9-5')).toThrow(TypeError)
    expect(() => writeText(scheduleFromIntervals([]), { clock: 13 } as never)).toThrow(RangeError)
  })
})
