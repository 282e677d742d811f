import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BusinessHoursError, type Issue } from '../../src/ground/issues'
import { exceptionsFromIcs } from '../../src/holidays'
import { issuesThrown } from '../thrown'

/** An iCalendar text around the given lines, with CRLF line ends as RFC 5545 writes them. */
function calendar(...lines: string[]): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//callhours tests//EN', ...lines, 'END:VCALENDAR'].join('\r\n')
}

/** A VEVENT of the given properties. */
function event(...properties: string[]): string[] {
  return ['BEGIN:VEVENT', ...properties, 'END:VEVENT']
}

const NEW_YORK = [
  'BEGIN:VTIMEZONE',
  'TZID:America/New_York',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:-0500',
  'TZOFFSETTO:-0400',
  'TZNAME:EDT',
  'DTSTART:19700308T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:-0400',
  'TZOFFSETTO:-0500',
  'TZNAME:EST',
  'DTSTART:19701101T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
]

const issuesOf = issuesThrown

const where = (issues: readonly Issue[]) => issues.map((issue) => [issue.code, issue.path])

describe('exceptionsFromIcs: examples', () => {
  it('turns an all-day Christmas repeating yearly into the month-day --12-25', () => {
    const ics = calendar(...event('UID:xmas@example.com', 'SUMMARY:Christmas', 'DTSTART;VALUE=DATE:20261225', 'DTEND;VALUE=DATE:20261226', 'RRULE:FREQ=YEARLY'))
    expect(exceptionsFromIcs(ics)).toEqual([{ date: '--12-25', closed: true, label: 'Christmas' }])
    // BY-parts that only restate the date keep it yearly.
    const restated = calendar(...event('UID:x', 'SUMMARY:Christmas', 'DTSTART;VALUE=DATE:20261225', 'RRULE:FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=25'))
    expect(exceptionsFromIcs(restated)).toEqual([{ date: '--12-25', closed: true, label: 'Christmas' }])
  })

  it('expands a yearly rule that moves the date, or ends, within the years', () => {
    const thanksgiving = calendar(...event('UID:t', 'SUMMARY:Thanksgiving', 'DTSTART;VALUE=DATE:20261126', 'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=4TH'))
    expect(exceptionsFromIcs(thanksgiving, { years: { from: 2026, to: 2028 } })).toEqual([
      { date: '2026-11-26', closed: true, label: 'Thanksgiving' },
      { date: '2027-11-25', closed: true, label: 'Thanksgiving' },
      { date: '2028-11-23', closed: true, label: 'Thanksgiving' },
    ])
    const twice = calendar(...event('UID:c', 'SUMMARY:Christmas', 'DTSTART;VALUE=DATE:20261225', 'RRULE:FREQ=YEARLY;COUNT=2'))
    expect(exceptionsFromIcs(twice, { years: [2026, 2027, 2028] })).toEqual([
      { date: '2026-12-25', closed: true, label: 'Christmas' },
      { date: '2027-12-25', closed: true, label: 'Christmas' },
    ])
  })

  it('turns a multi-day all-day event into a range whose last date is the day before DTEND', () => {
    const ics = calendar(...event('UID:m', 'SUMMARY:Office move', 'DTSTART;VALUE=DATE:20261228', 'DTEND;VALUE=DATE:20270102'))
    expect(exceptionsFromIcs(ics)).toEqual([{ from: '2026-12-28', to: '2027-01-01', closed: true, label: 'Office move' }])
    const oneDay = calendar(...event('UID:d', 'SUMMARY:Inventory', 'DTSTART;VALUE=DATE:20260301'))
    expect(exceptionsFromIcs(oneDay)).toEqual([{ date: '2026-03-01', closed: true, label: 'Inventory' }])
    const byDuration = calendar(...event('UID:p', 'DTSTART;VALUE=DATE:20260301', 'DURATION:P2D'))
    expect(exceptionsFromIcs(byDuration)).toEqual([{ from: '2026-03-01', to: '2026-03-02', closed: true }])
  })

  it('converts timed events with a TZID and its VTIMEZONE to UTC instants, on both sides of a DST change', () => {
    const ics = calendar(
      ...NEW_YORK,
      ...event('UID:s', 'SUMMARY:Summer drill', 'DTSTART;TZID=America/New_York:20260701T093500', 'DTEND;TZID=America/New_York:20260701T111000'),
      ...event('UID:w', 'SUMMARY:Winter drill', 'DTSTART;TZID=America/New_York:20261201T093500', 'DURATION:PT1H'),
      ...event('UID:u', 'SUMMARY:Outage', 'DTSTART:20260315T120000Z', 'DTEND:20260315T123000Z'),
    )
    expect(exceptionsFromIcs(ics)).toEqual([
      { start: '2026-03-15T12:00:00Z', end: '2026-03-15T12:30:00Z', closed: true, label: 'Outage' },
      { start: '2026-07-01T13:35:00Z', end: '2026-07-01T15:10:00Z', closed: true, label: 'Summer drill' },
      { start: '2026-12-01T14:35:00Z', end: '2026-12-01T15:35:00Z', closed: true, label: 'Winter drill' },
    ])
  })

  it('expands a weekly rule within the years, honouring EXDATE and changed or cancelled occurrences', () => {
    const ics = calendar(
      ...event('UID:sat@example.com', 'SUMMARY:Closed Saturday', 'DTSTART;VALUE=DATE:20251227', 'RRULE:FREQ=WEEKLY;BYDAY=SA;UNTIL=20260207', 'EXDATE;VALUE=DATE:20260110'),
      ...event('UID:sat@example.com', 'RECURRENCE-ID;VALUE=DATE:20260117', 'SUMMARY:Closed Sunday instead', 'DTSTART;VALUE=DATE:20260118'),
      ...event('UID:sat@example.com', 'RECURRENCE-ID;VALUE=DATE:20260124', 'STATUS:CANCELLED', 'DTSTART;VALUE=DATE:20260124'),
    )
    expect(exceptionsFromIcs(ics, { years: [2026] })).toEqual([
      { date: '2026-01-03', closed: true, label: 'Closed Saturday' },
      { date: '2026-01-18', closed: true, label: 'Closed Sunday instead' },
      { date: '2026-01-31', closed: true, label: 'Closed Saturday' },
      { date: '2026-02-07', closed: true, label: 'Closed Saturday' },
    ])
  })

  it('expands a weekly timed rule across a DST change, in UTC', () => {
    const ics = calendar(...NEW_YORK, ...event('UID:n', 'SUMMARY:Night work', 'DTSTART;TZID=America/New_York:20261025T220000', 'DTEND;TZID=America/New_York:20261026T010000', 'RRULE:FREQ=WEEKLY;COUNT=2'))
    expect(exceptionsFromIcs(ics, { years: [2026] })).toEqual([
      { start: '2026-10-26T02:00:00Z', end: '2026-10-26T05:00:00Z', closed: true, label: 'Night work' },
      { start: '2026-11-02T03:00:00Z', end: '2026-11-02T06:00:00Z', closed: true, label: 'Night work' },
    ])
  })

  it('skips cancelled events and keeps transparent ones', () => {
    const ics = calendar(
      ...event('UID:c', 'SUMMARY:Called off', 'STATUS:CANCELLED', 'DTSTART;VALUE=DATE:20260501'),
      // A cancelled event is not checked: its floating time is no issue.
      ...event('UID:f', 'SUMMARY:Called off too', 'STATUS:CANCELLED', 'DTSTART:20260502T090000'),
      ...event('UID:t', 'SUMMARY:Independence Day', 'TRANSP:TRANSPARENT', 'DTSTART;VALUE=DATE:20260704'),
    )
    expect(exceptionsFromIcs(ics)).toEqual([{ date: '2026-07-04', closed: true, label: 'Independence Day' }])
  })

  it('reads several calendars in one text, an empty calendar, and TZID=UTC without a VTIMEZONE', () => {
    const two = [calendar(...event('UID:a', 'DTSTART;VALUE=DATE:20260102')), calendar(...event('UID:b', 'DTSTART;TZID=UTC:20260103T100000', 'DTEND;TZID=Etc/UTC:20260103T110000'))].join('\r\n')
    expect(exceptionsFromIcs(two)).toEqual([{ date: '2026-01-02', closed: true }, { start: '2026-01-03T10:00:00Z', end: '2026-01-03T11:00:00Z', closed: true }])
    expect(exceptionsFromIcs(calendar())).toEqual([])
  })
})

describe('exceptionsFromIcs: located issues', () => {
  it('a floating local time is an invalid_date saying an instant needs a zone', () => {
    const issues = issuesOf(() => exceptionsFromIcs(calendar(...event('UID:f@x', 'SUMMARY:Drill', 'DTSTART:20261201T093500', 'DTEND:20261201T111000Z'))))
    expect(where(issues)).toEqual([['invalid_date', ['events', 0, 'DTSTART']]])
    expect(issues[0]?.message).toMatch(/^event "Drill" \(UID f@x\): DTSTART 20261201T093500 is a floating local time: an instant needs a zone/)
  })

  it('a TZID without its VTIMEZONE is an unknown_time_zone', () => {
    const issues = issuesOf(() => exceptionsFromIcs(calendar(...event('UID:p', 'DTSTART;TZID=Europe/Paris:20261201T093500', 'DTEND;TZID=Europe/Paris:20261201T103500'))))
    expect(where(issues)).toEqual([
      ['unknown_time_zone', ['events', 0, 'DTSTART']],
      ['unknown_time_zone', ['events', 0, 'DTEND']],
    ])
    expect(issues[0]?.message).toMatch(/TZID "Europe\/Paris", which has no VTIMEZONE in the file/)
  })

  it('a time with seconds is not_whole_minute', () => {
    const issues = issuesOf(() => exceptionsFromIcs(calendar(...event('UID:s', 'SUMMARY:Odd', 'DTSTART:20261201T093530Z', 'DTEND:20261201T100000Z'))))
    expect(where(issues)).toEqual([['not_whole_minute', ['events', 0, 'DTSTART']]])
    const byDuration = issuesOf(() => exceptionsFromIcs(calendar(...event('UID:s', 'DTSTART:20261201T093500Z', 'DURATION:PT10M30S'))))
    expect(where(byDuration)).toEqual([['not_whole_minute', ['events', 0]]])
  })

  it('a repetition other than yearly on one date needs years, naming the event and the option', () => {
    const ics = calendar(...event('UID:sat@example.com', 'SUMMARY:Closed Saturday', 'DTSTART;VALUE=DATE:20260103', 'RRULE:FREQ=WEEKLY'))
    const issues = issuesOf(() => exceptionsFromIcs(ics))
    expect(where(issues)).toEqual([['missing_field', ['events', 0, 'RRULE']]])
    expect(issues[0]?.message).toMatch(/^event "Closed Saturday" \(UID sat@example\.com\) repeats \(FREQ=WEEKLY\): pass the years .*\{ years: /)
    const saturdays = exceptionsFromIcs(ics, { years: [2026] })
    expect(saturdays).toHaveLength(52)
    expect(saturdays.at(-1)).toEqual({ date: '2026-12-26', closed: true, label: 'Closed Saturday' })
  })

  it('text that does not parse is invalid_calendar: at the event that breaks, else at the root', () => {
    expect(where(issuesOf(() => exceptionsFromIcs('this is not a calendar')))).toEqual([['invalid_calendar', []]])
    expect(where(issuesOf(() => exceptionsFromIcs('')))).toEqual([['invalid_calendar', []]])
    expect(where(issuesOf(() => exceptionsFromIcs('BEGIN:VCARD\r\nVERSION:4.0\r\nEND:VCARD')))).toEqual([['invalid_calendar', []]])
    const broken = calendar(
      ...event('UID:one@x', 'SUMMARY:Good', 'DTSTART;VALUE=DATE:20260101'),
      ...event('UID:two@x', 'SUMMARY:Bad rule', 'DTSTART;VALUE=DATE:20260102', 'RRULE:FREQ=SOMETIMES'),
      ...event('UID:three@x', 'SUMMARY:Bad line', 'DTSTART;VALUE=DATE:20260103', 'this line has no colon'),
    )
    const issues = issuesOf(() => exceptionsFromIcs(broken))
    expect(where(issues)).toEqual([
      ['invalid_calendar', ['events', 1]],
      ['invalid_calendar', ['events', 2]],
    ])
    expect(issues[0]?.message).toMatch(/^event "Bad rule" \(UID two@x\) \(lines 9–14\) does not parse: invalid frequency "SOMETIMES"/)
    expect(issues[1]?.message).toMatch(/^event "Bad line" \(UID three@x\)/)
  })

  it('checks each event and reports every issue, not the first', () => {
    const ics = calendar(
      ...event('UID:a', 'SUMMARY:No start'),
      ...event('UID:b', 'DTSTART;VALUE=DATE:20260231'),
      ...event('UID:c', 'DTSTART;VALUE=DATE:20260210', 'DTEND;VALUE=DATE:20260205'),
      ...event('UID:d', 'DTSTART;VALUE=DATE:20260210', 'DTEND:20260211T000000Z'),
      ...event('UID:e', 'DTSTART:20260210T100000Z', 'DTEND:20260210T090000Z'),
    )
    expect(where(issuesOf(() => exceptionsFromIcs(ics, { years: [1899] })))).toEqual([
      ['out_of_range', ['years', 0]],
      ['invalid_calendar', ['events', 0]],
      ['invalid_date', ['events', 1, 'DTSTART']],
      ['invalid_calendar', ['events', 3, 'DTEND']],
      ['out_of_order', ['events', 2, 'DTEND']],
      ['out_of_order', ['events', 4, 'DTEND']],
    ])
  })

  it('throws a TypeError for text that is not a string or options that are not an object', () => {
    expect(() => exceptionsFromIcs(undefined as never)).toThrow(TypeError)
    expect(() => exceptionsFromIcs(Buffer.from(calendar()) as never)).toThrow(TypeError)
    expect(() => exceptionsFromIcs(calendar(), 2026 as never)).toThrow(TypeError)
  })
})

describe('exceptionsFromIcs: the error contract', () => {
  const PROPERTIES = [
    'UID:a', 'UID:b', 'SUMMARY:S', 'STATUS:CANCELLED', 'TRANSP:TRANSPARENT', 'X-FOO;BAR=1:baz',
    'DTSTART;VALUE=DATE:20261225', 'DTSTART;VALUE=DATE:20240229', 'DTSTART;VALUE=DATE:2026', 'DTSTART:garbage',
    'DTSTART;TZID=America/New_York:20261201T100000', 'DTSTART:20261201T100000Z', 'DTSTART:20261201T100000',
    'DTEND;VALUE=DATE:20261226', 'DTEND:20261201T110000Z', 'DTEND;TZID=Nope:20261201T100000',
    'DURATION:P1D', 'DURATION:PT1H', 'DURATION:-PT1H',
    'RRULE:FREQ=YEARLY', 'RRULE:FREQ=DAILY;COUNT=3', 'RRULE:FREQ=MONTHLY;BYDAY=-1FR', 'RRULE:FREQ=WEEKLY;INTERVAL=2',
    'RRULE:FREQ=YEARLY;UNTIL=20250101', 'RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30',
    'RDATE;VALUE=DATE:20261227', 'RDATE;VALUE=PERIOD:20261201T100000Z/PT1H', 'EXDATE;VALUE=DATE:20271225', 'EXDATE:20261202T150000Z',
    'RECURRENCE-ID;VALUE=DATE:20261225', 'RECURRENCE-ID;TZID=America/New_York:20261202T100000', 'RECURRENCE-ID:20261202T150000Z',
  ]

  it('answers entries or throws BusinessHoursError with issues, whatever the events hold', () => {
    const eventsArb = fc.array(fc.array(fc.constantFrom(...PROPERTIES), { maxLength: 8 }), { maxLength: 5 })
    const yearsArb = fc.option(fc.constantFrom([2026], { from: 2025, to: 2027 }), { nil: undefined })
    fc.assert(
      fc.property(fc.boolean(), eventsArb, yearsArb, (withZone, events, years) => {
        const text = calendar(...(withZone ? NEW_YORK : []), ...events.flatMap((properties) => event(...properties)))
        try {
          expect(Array.isArray(exceptionsFromIcs(text, years === undefined ? undefined : { years }))).toBe(true)
        } catch (error) {
          if (!(error instanceof BusinessHoursError)) throw error
          expect(error.issues.length).toBeGreaterThan(0)
        }
      }),
      { numRuns: 150 },
    )
  })
})

describe('issue 19: .ics read as RFC 5545 says', () => {
  const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8')
  const YEARS = { years: { from: 2026, to: 2029 } }
  const dateOf = (entry: object): string | undefined => ('date' in entry ? (entry.date as string) : undefined)

  it('Google export: a yearly all-day event starting 2027-03-16 closes 2027 and 2028, not 2026', () => {
    const founders = exceptionsFromIcs(fixture('google-closures.ics'), YEARS).filter((entry) => entry.label === 'Founders Day')
    expect(founders.map((entry) => dateOf(entry))).toEqual(['2027-03-16', '2028-03-16', '2029-03-16'])
  })

  it('Google export: 02:30 in the spring-forward gap is 03:30 EDT; 01:30 in the repeated hour is the first (EDT)', () => {
    const entries = exceptionsFromIcs(fixture('google-closures.ics'), YEARS)
    expect(entries.find((entry) => entry.label === 'Network work (spring forward)')).toEqual({ start: '2026-03-08T07:30:00Z', end: '2026-03-08T08:00:00Z', closed: true, label: 'Network work (spring forward)' })
    // 01:30 EDT = 05:30Z; 03:00 EST = 08:00Z.
    expect(entries.find((entry) => entry.label === 'Network work (fall back)')).toEqual({ start: '2026-11-01T05:30:00Z', end: '2026-11-01T08:00:00Z', closed: true, label: 'Network work (fall back)' })
  })

  it('Outlook export: UNTIL and COUNT end a yearly rule; a Windows TZID is read through its VTIMEZONE', () => {
    const entries = exceptionsFromIcs(fixture('outlook-closures.ics'), YEARS)
    expect(entries.filter((entry) => entry.label === 'Stocktake').map((entry) => dateOf(entry))).toEqual(['2026-03-16', '2027-03-16'])
    expect(entries.filter((entry) => entry.label === 'Inventory').map((entry) => dateOf(entry))).toEqual(['2026-07-01', '2027-07-01'])
    expect(entries.find((entry) => entry.label === 'Training')).toEqual({ start: '2026-12-02T19:00:00Z', end: '2026-12-02T21:00:00Z', closed: true, label: 'Training' })
  })

  it('without years, an open-ended yearly all-day rule is still --MM-DD (every year has it)', () => {
    const ics = calendar(...event('UID:x', 'SUMMARY:Christmas', 'DTSTART;VALUE=DATE:20261225', 'RRULE:FREQ=YEARLY'))
    expect(exceptionsFromIcs(ics)).toEqual([{ date: '--12-25', closed: true, label: 'Christmas' }])
    expect(exceptionsFromIcs(ics, { years: [2025, 2026] })).toEqual([{ date: '2026-12-25', closed: true, label: 'Christmas' }])
  })

  it('an impossible date (BYMONTH=2;BYMONTHDAY=30) is skipped, never rolled into March', () => {
    const yearly = calendar(...event('UID:f', 'SUMMARY:Feb 30', 'DTSTART;VALUE=DATE:20260101', 'RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30'))
    expect(exceptionsFromIcs(yearly, YEARS).filter((entry) => (dateOf(entry) ?? '').slice(5, 7) === '03')).toEqual([])
    const negative = calendar(...event('UID:g', 'SUMMARY:Feb -30', 'DTSTART;VALUE=DATE:20260201', 'RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-30'))
    expect(exceptionsFromIcs(negative, YEARS).map((entry) => dateOf(entry))).toEqual(['2026-02-01'])
    // A daily rule no date fulfils ends at once (ical.js searched for minutes): DTSTART alone.
    const daily = calendar(...event('UID:h', 'SUMMARY:never', 'DTSTART;VALUE=DATE:20260101', 'RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30'))
    expect(exceptionsFromIcs(daily, YEARS).map((entry) => dateOf(entry))).toEqual(['2026-01-01'])
  })

  it('INTERVAL=0 is an error at the rule', () => {
    const ics = calendar(...event('UID:i', 'SUMMARY:Zero', 'DTSTART;VALUE=DATE:20260101', 'RRULE:FREQ=DAILY;INTERVAL=0;COUNT=3'))
    const issues = issuesOf(() => exceptionsFromIcs(ics, YEARS))
    expect(where(issues)).toEqual([['invalid_calendar', ['events', 0, 'RRULE']]])
    expect(issues[0]!.message).toContain('INTERVAL=0')
  })

  it('a cancelled series cancels its RECURRENCE-ID overrides too', () => {
    const ics = calendar(
      ...event('UID:s', 'SUMMARY:Standup', 'STATUS:CANCELLED', 'DTSTART:20261201T140000Z', 'DTEND:20261201T150000Z', 'RRULE:FREQ=DAILY;COUNT=5'),
      ...event('UID:s', 'SUMMARY:Standup (moved)', 'RECURRENCE-ID:20261202T140000Z', 'DTSTART:20261202T160000Z', 'DTEND:20261202T170000Z'),
    )
    expect(exceptionsFromIcs(ics, YEARS)).toEqual([])
  })

  it('FREQ=SECONDLY says once that it repeats more often than every minute', () => {
    const ics = calendar(...event('UID:t', 'SUMMARY:Tick', 'DTSTART:20260316T000000Z', 'DTEND:20260316T000100Z', 'RRULE:FREQ=SECONDLY'))
    const issues = issuesOf(() => exceptionsFromIcs(ics, { years: [2026] }))
    expect(issues).toHaveLength(1)
    expect(issues[0]!.message).toContain('repeats more often than every minute')
    expect(issues[0]!.path).toEqual(['events', 0, 'RRULE'])
  })
})

describe('issue 19: RDATE lists', () => {
  it('RDATEs without a rule: DTSTART and each RDATE once, without EXDATEs, with a RECURRENCE-ID override', () => {
    const ics = calendar(
      ...event('UID:r', 'SUMMARY:Audit', 'DTSTART:20260302T140000Z', 'DTEND:20260302T150000Z', 'RDATE:20260305T140000Z,20260303T140000Z', 'RDATE:20260303T140000Z', 'RDATE:20260304T140000Z', 'EXDATE:20260304T140000Z'),
      ...event('UID:r', 'SUMMARY:Audit (late)', 'RECURRENCE-ID:20260305T140000Z', 'DTSTART:20260305T180000Z', 'DTEND:20260305T183000Z'),
    )
    expect(exceptionsFromIcs(ics, { years: [2026] })).toEqual([
      { start: '2026-03-02T14:00:00Z', end: '2026-03-02T15:00:00Z', closed: true, label: 'Audit' },
      { start: '2026-03-03T14:00:00Z', end: '2026-03-03T15:00:00Z', closed: true, label: 'Audit' },
      { start: '2026-03-05T18:00:00Z', end: '2026-03-05T18:30:00Z', closed: true, label: 'Audit (late)' },
    ])
  })

  it('100,000 RDATE values are read (in time linear in their number: bench/README.md)', () => {
    const at = (i: number) => new Date(Date.UTC(2000, 0, 1) + i * 7_200_000).toISOString().replace(/[-:]/g, '').slice(0, 15) + 'Z'
    const dates: string[] = []
    for (let i = 1; i < 100_000; i++) dates.push(`RDATE:${at(i)}`)
    const ics = calendar(...event('UID:many', 'SUMMARY:Many', `DTSTART:${at(0)}`, 'DURATION:PT30M', ...dates))
    const entries = exceptionsFromIcs(ics, { years: { from: 2000, to: 2030 } })
    expect(entries).toHaveLength(100_000)
    expect(entries[99_999]).toEqual({ start: new Date(Date.UTC(2000, 0, 1) + 99_999 * 7_200_000).toISOString().replace('.000', ''), end: new Date(Date.UTC(2000, 0, 1) + 99_999 * 7_200_000 + 1_800_000).toISOString().replace('.000', ''), closed: true, label: 'Many' })
  })
})
