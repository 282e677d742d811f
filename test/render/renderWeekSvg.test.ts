import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { describeSchedule } from '../../src/render/describeSchedule'
import { renderWeekSvg } from '../../src/render/renderWeekSvg'
import type { WeeklySchedule } from '../../src/week/types'
import { weeklyScheduleArb } from '../arbitraries'
import { allElements, parseXml, type XmlElement } from './wellFormedXml'
import { WEEKDAYS, daily, openFlags, week, weekMinute } from './weekOracle'

const LABEL_WIDTH = 160

const byClass = (root: XmlElement, className: string): XmlElement[] =>
  allElements(root).filter((element) => element.attributes.get('class') === className)

const attr = (element: XmlElement, name: string): string => {
  const value = element.attributes.get(name)
  if (value === undefined) throw new Error(`<${element.name}> has no ${name}`)
  return value
}

const openRects = (root: XmlElement): { day: string; x: number; width: number }[] =>
  byClass(root, 'day').flatMap((group) =>
    group.children
      .filter((child) => child.attributes.get('class') === 'open')
      .map((rect) => ({ day: attr(group, 'data-day'), x: Number(attr(rect, 'x')), width: Number(attr(rect, 'width')) })),
  )

describe('the XML well-formedness checker used here', () => {
  it('accepts well-formed markup and decodes references', () => {
    const root = parseXml(`<?xml version="1.0"?>\n<a x='&lt;1&#x41;' y="&#66;"><!-- c --><b/>t&amp;u</a>\n`)
    expect(root.attributes.get('x')).toBe('<1A')
    expect(root.attributes.get('y')).toBe('B')
    expect(root.text).toBe('t&u')
    expect(root.children.map((c) => c.name)).toEqual(['b'])
  })

  it.each([
    ['crossed tags', '<a><b></a></b>'],
    ['a bare ampersand', '<a>&</a>'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['a duplicate attribute', '<a x="1" x="2"/>'],
    ['an unquoted attribute', '<a x=1/>'],
    ['a "<" in an attribute', '<a x="<"/>'],
    ['two roots', '<a/><b/>'],
    ['an unclosed element', '<a><b>'],
    ['a control character', '<a>\u0001</a>'],
    ['attributes without space between them', '<a x="1"y="2"/>'],
  ])('rejects %s', (_what, markup) => {
    expect(() => parseXml(markup)).toThrow()
  })
})

describe('renderWeekSvg — examples', () => {
  const officeHours = daily(WEEKDAYS, ['09:00', '17:00'])

  it('is a standalone SVG with xmlns, viewBox, width and height', () => {
    const svg = renderWeekSvg(officeHours)
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" ')).toBe(true)
    const root = parseXml(svg)
    expect(root.name).toBe('svg')
    expect(attr(root, 'xmlns')).toBe('http://www.w3.org/2000/svg')
    const [, , viewWidth, viewHeight] = attr(root, 'viewBox').split(' ').map(Number)
    expect(viewWidth).toBe(1660)
    expect(attr(root, 'width')).toBe('820')
    expect(Number(attr(root, 'height'))).toBeCloseTo((820 * (viewHeight ?? 0)) / 1660, 2)
    expect(svg.endsWith('</svg>')).toBe(true)
  })

  it('labels seven day rows in reading order and draws hour ticks and labels', () => {
    const root = parseXml(renderWeekSvg(officeHours))
    expect(byClass(root, 'day').map((g) => attr(g, 'data-day'))).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'])
    expect(byClass(root, 'day-label').map((t) => t.text)).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'])
    const sunday = parseXml(renderWeekSvg(officeHours, { weekStart: 'sunday' }))
    expect(byClass(sunday, 'day').map((g) => attr(g, 'data-day'))).toEqual(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'])
    const grid = byClass(root, 'grid')[0]
    expect(grid?.children.filter((c) => c.name === 'line')).toHaveLength(25)
    expect(byClass(root, 'ruler')[0]?.children.map((t) => t.text)).toEqual(
      ['00', '03', '06', '09', '12', '15', '18', '21', '24'],
    )
  })

  it('draws one open rect per span per day, one unit per minute', () => {
    const root = parseXml(renderWeekSvg(officeHours))
    expect(openRects(root)).toEqual(
      WEEKDAYS.map((day) => ({ day, x: LABEL_WIDTH + 540, width: 480 })),
    )
    const lunch = parseXml(renderWeekSvg(daily(['Tue'], ['09:00', '12:00'], ['13:00', '17:00'])))
    expect(openRects(lunch)).toEqual([
      { day: 'Tue', x: LABEL_WIDTH + 540, width: 180 },
      { day: 'Tue', x: LABEL_WIDTH + 780, width: 240 },
    ])
  })

  it('splits a span over midnight into a rect on each day, also across Saturday→Sunday', () => {
    const root = parseXml(renderWeekSvg(week(['Fri 22:00', 'Sat 02:00'], ['Sat 23:00', 'Sun 01:00'])))
    expect(openRects(root)).toEqual([
      { day: 'Fri', x: LABEL_WIDTH + 1320, width: 120 },
      { day: 'Sat', x: LABEL_WIDTH, width: 120 },
      { day: 'Sat', x: LABEL_WIDTH + 1380, width: 60 },
      { day: 'Sun', x: LABEL_WIDTH, width: 60 },
    ])
  })

  it('draws no open rects for the empty week and a full-width one per day for 24/7', () => {
    expect(openRects(parseXml(renderWeekSvg({ intervals: [] })))).toEqual([])
    const always = openRects(parseXml(renderWeekSvg({ intervals: [{ start: 0, end: 10080 }] })))
    expect(always).toHaveLength(7)
    expect(always.every((r) => r.x === LABEL_WIDTH && r.width === 1440)).toBe(true)
  })

  it('escapes the title and zone label, and keeps them out of the markup', () => {
    const title = `Sales & <Support> "24/7" it's`
    const svg = renderWeekSvg(officeHours, { title, timeZone: 'America/New_York' })
    expect(svg).toContain('Sales &amp; &lt;Support&gt; &quot;24/7&quot; it&apos;s')
    const root = parseXml(svg)
    expect(root.children.find((c) => c.name === 'title')?.text).toBe(title)
    expect(byClass(root, 'title')[0]?.text).toBe(title)
    expect(byClass(root, 'time-zone')[0]?.text).toBe('Time zone: America/New_York')
  })

  it('replaces characters XML cannot hold', () => {
    const root = parseXml(renderWeekSvg(officeHours, { title: 'a\u0000b\uD800c\u{1F4DE}', timeZone: '\u001b[31m' }))
    expect(byClass(root, 'title')[0]?.text).toBe('a\uFFFDb\uFFFDc\u{1F4DE}')
    expect(byClass(root, 'time-zone')[0]?.text).toBe('Time zone: \uFFFD[31m')
  })

  it('has a default <title> and the spoken description as <desc>', () => {
    const root = parseXml(renderWeekSvg(officeHours))
    expect(root.children[0]?.name).toBe('title')
    expect(root.children[0]?.text).toBe('Weekly business hours')
    expect(root.children.find((c) => c.name === 'desc')?.text).toBe(describeSchedule(officeHours))
    expect(byClass(root, 'title')).toEqual([])
    expect(byClass(root, 'time-zone')).toEqual([])
  })

  it('draws the now marker on the right row at the right minute', () => {
    const at = weekMinute('Wed 13:45')
    const root = parseXml(renderWeekSvg(officeHours, { now: { weekMinute: at } }))
    const [marker] = byClass(root, 'now')
    expect(attr(marker as XmlElement, 'x1')).toBe(String(LABEL_WIDTH + 13 * 60 + 45))
    expect(attr(marker as XmlElement, 'x2')).toBe(attr(marker as XmlElement, 'x1'))
    const wednesdayLabel = byClass(root, 'day-label').find((t) => t.text === 'Wed') as XmlElement
    const y1 = Number(attr(marker as XmlElement, 'y1'))
    const y2 = Number(attr(marker as XmlElement, 'y2'))
    const labelY = Number(attr(wednesdayLabel, 'y'))
    expect(y1 < labelY && labelY < y2).toBe(true)
    expect(marker?.children[0]?.text).toBe('now: Wed 13:45')
    expect(byClass(parseXml(renderWeekSvg(officeHours)), 'now')).toEqual([])
    // Saturday's last minute is on the last row in both reading orders' sense of "Saturday"
    const late = parseXml(renderWeekSvg(officeHours, { now: { weekMinute: 10079 }, weekStart: 'sunday' }))
    expect(byClass(late, 'now')[0]?.children[0]?.text).toBe('now: Sat 23:59')
  })

  it('rejects a now outside the week and a bad width', () => {
    for (const bad of [-1, 10080, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => renderWeekSvg(officeHours, { now: { weekMinute: bad } })).toThrow(RangeError)
    }
    expect(() => renderWeekSvg(officeHours, { width: 0 })).toThrow(/width.*got 0/)
    expect(parseXml(renderWeekSvg(officeHours, { width: 400 })).attributes.get('width')).toBe('400')
  })
})

/** Open spans per day from the minute flags: maximal runs within each day. */
function spanCountByDay(schedule: WeeklySchedule): number {
  const flags = openFlags(schedule)
  let count = 0
  for (let day = 0; day < 7; day++) {
    for (let m = 0; m < 1440; m++) {
      if (flags[day * 1440 + m] && (m === 0 || !flags[day * 1440 + m - 1])) count++
    }
  }
  return count
}

const textArb = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: fc.constantFrom('&', '<', '>', '"', "'", ';', '#', 'a', ' ', '\u0000', '\uD800', ']]>'), maxLength: 12 }),
)

describe('renderWeekSvg — properties', () => {
  it('is well-formed XML whose open rects add up to the open minutes, one per span per day', () => {
    fc.assert(
      fc.property(
        weeklyScheduleArb,
        fc.option(textArb, { nil: undefined }),
        fc.option(textArb, { nil: undefined }),
        fc.option(fc.integer({ min: 0, max: 10079 }), { nil: undefined }),
        fc.constantFrom('sunday' as const, 'monday' as const),
        (schedule, title, timeZone, now, weekStart) => {
          const root = parseXml(
            renderWeekSvg(schedule, {
              weekStart,
              ...(title === undefined ? {} : { title }),
              ...(timeZone === undefined ? {} : { timeZone }),
              ...(now === undefined ? {} : { now: { weekMinute: now } }),
            }),
          )
          const rects = openRects(root)
          const openMinutes = openFlags(schedule).filter(Boolean).length
          expect(rects.reduce((sum, rect) => sum + rect.width, 0)).toBe(openMinutes)
          expect(rects).toHaveLength(spanCountByDay(schedule))
          for (const rect of rects) {
            expect(rect.width).toBeGreaterThan(0)
            expect(rect.x).toBeGreaterThanOrEqual(LABEL_WIDTH)
            expect(rect.x + rect.width).toBeLessThanOrEqual(LABEL_WIDTH + 1440)
          }
          expect(byClass(root, 'now')).toHaveLength(now === undefined ? 0 : 1)
        },
      ),
      { numRuns: 200 },
    )
  })
})
