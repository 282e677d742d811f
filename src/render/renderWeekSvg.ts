import type { Hours } from '../calendar/types'
import { MINUTES_PER_DAY } from '../week/types'
import { describeSchedule } from './describeSchedule'
import { escapeXml } from './escapeXml'
import { readSvgOptions } from './readRenderOptions'
import { DAY_ABBREVIATIONS, formatDayMinute, weekRows, type DayIndex } from './weekDays'

/** Options of {@link renderWeekSvg}. */
export interface RenderWeekSvgOptions {
  /** First row: `'monday'` (default, Mon…Sun) or `'sunday'` (Sun…Sat). */
  readonly weekStart?: 'sunday' | 'monday'
  /** Heading drawn above the week and used as the SVG's `<title>`. */
  readonly title?: string
  /** A zone label drawn under the title, e.g. `'America/New_York'` (text only, nothing is converted). */
  readonly timeZone?: string
  /** Draws a vertical "now" line at this wall-clock minute of the week (`0 ≤ weekMinute < 10080`). */
  readonly now?: { readonly weekMinute: number }
  /** Displayed width in pixels (default 820); the height follows the drawing's proportions. */
  readonly width?: number
  /**
   * Draws the dated week holding this date (`YYYY-MM-DD`), rows labelled `Thu 24`, with a
   * calendar's exceptions applied (absolute ones on the clock of `timeZone`, default UTC).
   */
  readonly weekOf?: string
}

// Drawing units: one unit across is one minute of the day, so open blocks have exact integer widths.
const LABEL_WIDTH = 160
const RIGHT_MARGIN = 60
const TOTAL_WIDTH = LABEL_WIDTH + MINUTES_PER_DAY + RIGHT_MARGIN
const TOP_MARGIN = 20
const TITLE_HEIGHT = 72
const ZONE_HEIGHT = 52
const RULER_HEIGHT = 48
const ROW_HEIGHT = 80
const BAR_INSET = 12
const BAR_HEIGHT = ROW_HEIGHT - 2 * BAR_INSET
const BOTTOM_MARGIN = 20
const DEFAULT_WIDTH = 820
const COLOURS = {
  background: '#ffffff',
  text: '#212121',
  muted: '#616161',
  closed: '#eceff1',
  tick: '#dde3e7',
  majorTick: '#b0bec5',
  open: '#2e7d32',
  now: '#d32f2f',
} as const

/**
 * Draws the week as a standalone SVG document: one labelled row per day, hour ticks, and one
 * `<rect class="open">` per open span per day (a span over midnight is two rects on two rows).
 *
 * Drawing units are minutes across (the `viewBox` is 1660 units wide, the day chart 1440 of them), so
 * every open rect's `width` is its length in minutes. `<desc>` holds {@link describeSchedule}'s text
 * for screen readers. All text is XML-escaped (`& < > " '`) and characters XML cannot hold are
 * replaced by `�`. No trailing newline.
 *
 * @param schedule - the week in normal form, or a `Calendar`
 * @param options - `title`, `timeZone` label, `now` marker, `weekStart`, `width` in pixels, `weekOf` for a dated week
 * @returns the SVG markup, starting `<svg xmlns="http://www.w3.org/2000/svg"`
 * @throws {RangeError} when `now.weekMinute` is outside `0 ≤ m < 10080`, `width` is not a positive number,
 *   `title`/`timeZone` are not text or `weekStart` is neither `'monday'` nor `'sunday'`
 * @throws {TypeError} when `options` is not an object or cannot be read
 *
 * @example
 * const svg = renderWeekSvg({ intervals: [{ start: 1980, end: 2460 }] }, { title: 'Sales & Support' })
 * svg.split('\n')[0]
 * //=> '<svg xmlns="http://www.w3.org/2000/svg" width="820" height="355.663" viewBox="0 0 1660 720" role="img" font-family="system-ui, sans-serif">'
 * svg.split('\n').filter((line) => line.includes('<title>'))
 * //=> ['  <title>Sales &amp; Support</title>',
 * //    '    <rect class="open" x="700" y="152" width="480" height="56" fill="#2e7d32"><title>Mon 09:00–17:00</title></rect>']
 *
 * @example
 * // Edge: an empty week still draws seven labelled, empty rows and no open rects
 * renderWeekSvg({ intervals: [] }).includes('class="open"') //=> false
 */
export function renderWeekSvg(schedule: Hours, options: RenderWeekSvgOptions = {}): string {
  const { weekStart, width: displayWidth, title: givenTitle, timeZone, nowMinute, weekOf } = readSvgOptions(options, DEFAULT_WIDTH)
  const rows = weekRows(schedule, weekStart, weekOf, weekOf === undefined ? undefined : timeZone)
  const out: string[] = []
  const title = givenTitle ?? 'Weekly business hours'

  let y = TOP_MARGIN
  const header: string[] = []
  if (givenTitle !== undefined) {
    header.push(
      `  <text class="title" x="${LABEL_WIDTH}" y="${y + 50}" font-size="44" font-weight="bold" fill="${COLOURS.text}">${escapeXml(givenTitle)}</text>`,
    )
    y += TITLE_HEIGHT
  }
  if (timeZone !== undefined) {
    header.push(
      `  <text class="time-zone" x="${LABEL_WIDTH}" y="${y + 36}" font-size="32" fill="${COLOURS.muted}">Time zone: ${escapeXml(timeZone)}</text>`,
    )
    y += ZONE_HEIGHT
  }
  const rulerY = y + 34
  y += RULER_HEIGHT
  const rowsTop = y
  const rowsBottom = rowsTop + 7 * ROW_HEIGHT
  const totalHeight = rowsBottom + BOTTOM_MARGIN
  const displayHeight = round((displayWidth * totalHeight) / TOTAL_WIDTH)

  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${round(displayWidth)}" height="${displayHeight}" viewBox="0 0 ${TOTAL_WIDTH} ${totalHeight}" role="img" font-family="system-ui, sans-serif">`,
    `  <title>${escapeXml(title)}</title>`,
    `  <desc>${escapeXml(describeSchedule(schedule, { weekStart }))}</desc>`,
    `  <rect class="background" x="0" y="0" width="${TOTAL_WIDTH}" height="${totalHeight}" fill="${COLOURS.background}"/>`,
    ...header,
  )

  out.push(`  <g class="ruler" font-size="30" fill="${COLOURS.muted}" text-anchor="middle">`)
  for (let hour = 0; hour <= 24; hour += 3) {
    out.push(`    <text x="${LABEL_WIDTH + hour * 60}" y="${rulerY}">${String(hour).padStart(2, '0')}</text>`)
  }
  out.push('  </g>')

  out.push('  <g class="grid">')
  rows.forEach((_row, row) => {
    const rowY = rowsTop + row * ROW_HEIGHT + BAR_INSET
    out.push(
      `    <rect x="${LABEL_WIDTH}" y="${rowY}" width="${MINUTES_PER_DAY}" height="${BAR_HEIGHT}" fill="${COLOURS.closed}"/>`,
    )
  })
  for (let hour = 0; hour <= 24; hour++) {
    const x = LABEL_WIDTH + hour * 60
    const colour = hour % 3 === 0 ? COLOURS.majorTick : COLOURS.tick
    out.push(`    <line x1="${x}" y1="${rowsTop}" x2="${x}" y2="${rowsBottom}" stroke="${colour}" stroke-width="2"/>`)
  }
  out.push('  </g>')

  rows.forEach(({ day, dayOfMonth, spans }, row) => {
    const name = DAY_ABBREVIATIONS[day]
    const shown = dayOfMonth === undefined ? name : `${name} ${dayOfMonth}`
    const rowTop = rowsTop + row * ROW_HEIGHT
    out.push(`  <g class="day" data-day="${name}">`)
    out.push(
      `    <text class="day-label" x="${LABEL_WIDTH - 20}" y="${rowTop + 52}" font-size="34" fill="${COLOURS.text}" text-anchor="end">${shown}</text>`,
    )
    for (const span of spans) {
      const label = `${shown} ${formatDayMinute(span.start)}–${formatDayMinute(span.end)}`
      out.push(
        `    <rect class="open" x="${LABEL_WIDTH + span.start}" y="${rowTop + BAR_INSET}" width="${span.end - span.start}" height="${BAR_HEIGHT}" fill="${COLOURS.open}"><title>${label}</title></rect>`,
      )
    }
    out.push('  </g>')
  })

  if (nowMinute !== undefined) {
    const day = Math.floor(nowMinute / MINUTES_PER_DAY) as DayIndex
    const row = rows.findIndex((candidate) => candidate.day === day)
    const minute = nowMinute - day * MINUTES_PER_DAY
    const x = round(LABEL_WIDTH + minute)
    const rowTop = rowsTop + row * ROW_HEIGHT
    const name = DAY_ABBREVIATIONS[day]
    out.push(
      `  <line class="now" x1="${x}" y1="${rowTop + 2}" x2="${x}" y2="${rowTop + ROW_HEIGHT - 2}" stroke="${COLOURS.now}" stroke-width="6"><title>now: ${name} ${formatDayMinute(minute)}</title></line>`,
    )
  }

  out.push('</svg>')
  return out.join('\n')
}

/** Rounds to at most 3 decimals and prints without a trailing `.0`. */
function round(value: number): string {
  return String(Math.round(value * 1000) / 1000)
}
