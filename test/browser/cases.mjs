// The calls the browser check makes, shared by the page (test/browser/page.mjs, in headless
// Chromium) and the runner (test/browser/run.mjs, in Node) so both run identical code on the same
// dist/index.js. Plain JavaScript with no imports: the page loads it as it is, without a build.
//
// Every answer is pinned by the unit tests already; here only agreement matters. The cases lean on
// what differs between engines: Intl time-zone data and zone-name handling (src/zone/), DST
// transitions, a +05:45 zone, non-ASCII text, and thrown messages.

/** Sunday-indexed records of the Retreaver Target API document's example target 7 (src/cli/example.ts). */
const RETREAVER_EXAMPLE_RECORDS = [
  { id: 43, target_id: 7, work_day: true, time_open: 0, time_close: 2400, day_of_week: 0, invert: false },
  { id: 44, target_id: 7, work_day: true, time_open: 0, time_close: 2400, day_of_week: 1, invert: false },
  { id: 45, target_id: 7, work_day: true, time_open: 0, time_close: 2400, day_of_week: 2, invert: false },
  { id: 46, target_id: 7, work_day: true, time_open: 0, time_close: 1200, day_of_week: 3, invert: false },
  { id: 47, target_id: 7, work_day: true, time_open: 0, time_close: 2400, day_of_week: 4, invert: false },
  { id: 48, target_id: 7, work_day: true, time_open: 0, time_close: 2400, day_of_week: 5, invert: false },
  { id: 49, target_id: 7, work_day: true, time_open: 0, time_close: 2400, day_of_week: 6, invert: false },
]

/** The README's office: Mon–Fri 09:00–17:00, Sat 10:00–14:00, Sun a day off. */
const OFFICE_RECORDS = [
  { id: 43, day_of_week: 0, time_open: 0, time_close: 2400, work_day: false, invert: false },
  ...[1, 2, 3, 4, 5].map((day) => ({ id: 43 + day, day_of_week: day, time_open: 900, time_close: 1700, work_day: true, invert: false })),
  { id: 49, day_of_week: 6, time_open: 1000, time_close: 1400, work_day: true, invert: false },
]

/** Every kind of mistake at once, so validation has to report them all, each located. */
const BAD_RECORDS = [
  { day_of_week: 7, time_open: 900, time_close: 2460 },
  { day_of_week: 1, time_open: 1700, time_close: 900 },
  { day_of_week: 2, time_open: '9am', time_close: 1700, work_day: 'yes' },
  'not a record',
  { day_of_week: 4, time_open: 900, time_close: 900 },
  { time_open: 2400, time_close: 2400, invert: 1 },
]

const NEW_YORK = 'America/New_York'
const KATHMANDU = 'Asia/Kathmandu'
const EASTERN_RAILS = 'Eastern Time (US & Canada)'

/** An ISO instant as epoch milliseconds. */
const at = (iso) => Date.parse(iso)

/** A thrown error as data, for calls that are meant to throw. */
function thrown(call) {
  try {
    return { returned: call() }
  } catch (error) {
    return { threw: `${error?.name}: ${error?.message}` }
  }
}

/** An issue as data, its path rendered the way messages show it. */
const issueAsData = (lib) => (issue) => ({
  code: issue.code,
  severity: issue.severity,
  path: lib.formatIssuePath(issue.path),
  message: issue.message,
})

/** A stable 32-bit FNV-1a hash of a string's UTF-16 code units, as 8 hex digits. */
function fnv1a(text) {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}

/**
 * Runs every case against the library and returns `[name, answer]` pairs, answers as plain JSON
 * (Dates as ISO strings). Throws when a call that should answer throws.
 *
 * @param lib - the module namespace of dist/index.js
 * @returns the cases in a fixed order
 */
export function runCases(lib) {
  const christmas = lib.withExceptions(lib.parseBusinessHours(OFFICE_RECORDS), [
    { date: '--12-25', closed: true, label: 'Christmas' },
    { date: '2026-12-24', hours: [{ time_open: 900, time_close: 1300 }], label: 'Christmas Eve' },
    { start: '2026-12-22T15:00:00Z', end: '2026-12-22T16:30:00Z', closed: true, label: 'Storm' },
  ])
  const example = lib.parseBusinessHours(RETREAVER_EXAMPLE_RECORDS)
  const office = lib.parseBusinessHours(OFFICE_RECORDS)
  // Sunday 01:00–03:00 local. 2026-03-08 (spring forward) 02:00 EST jumps to 03:00 EDT, so in New
  // York it is open 06:00Z–07:00Z, one hour. 2026-11-01 (fall back) 02:00 EDT returns to 01:00 EST,
  // so 01:00–02:00 happens twice and it is open 05:00Z–08:00Z, three hours.
  const smallHours = lib.parseBusinessHours([{ day_of_week: 0, time_open: 100, time_close: 300 }])
  // Sunday 02:00–02:30 local: wholly inside the 2026-03-08 gap, so that Sunday never opens.
  const inTheGap = lib.parseBusinessHours([{ day_of_week: 0, time_open: 200, time_close: 230 }])

  const validation = lib.validateBusinessHours(BAD_RECORDS)
  const edited = OFFICE_RECORDS.map(({ id, ...record }) =>
    record.day_of_week === 6 ? { ...record, work_day: false } : record.day_of_week === 5 ? { ...record, time_close: 1500 } : record)
  const svg = lib.renderWeekSvg(office, { title: 'Sales · New York', timeZone: NEW_YORK })

  const cases = [
    ['parseBusinessHours: Retreaver example (Wed 0–1200, rest 0–2400)', example],
    ['parseBusinessHours: README office', office],
    ['toBusinessHours: README office', lib.toBusinessHours(office)],
    ['validateBusinessHours: bad records, ok', validation.ok],
    ['validateBusinessHours: bad records, issues', validation.ok ? [] : validation.issues.map(issueAsData(lib))],
    ['validateBusinessHours: bad records, warnings', validation.warnings.map(issueAsData(lib))],
    ['formatIssuePath: custom root and nested path', lib.formatIssuePath(['target', 'business_hours', 3, 'time_close'], 'body')],
    ['parseBusinessHours: bad records throw', thrown(() => lib.parseBusinessHours(BAD_RECORDS))],
    ['parseMilitaryTime: "9:30 pm"', lib.parseMilitaryTime('9:30 pm')],

    // Spring forward, New York, Sunday 2026-03-08.
    ['isOpen: smallHours NY at 2026-03-08T05:59Z (00:59 EST)', lib.isOpen(smallHours, at('2026-03-08T05:59:00Z'), NEW_YORK)],
    ['isOpen: smallHours NY at 2026-03-08T06:00Z (01:00 EST)', lib.isOpen(smallHours, at('2026-03-08T06:00:00Z'), NEW_YORK)],
    ['isOpen: smallHours NY at 2026-03-08T06:59Z (01:59 EST)', lib.isOpen(smallHours, at('2026-03-08T06:59:00Z'), NEW_YORK)],
    ['isOpen: smallHours NY at 2026-03-08T07:00Z (03:00 EDT)', lib.isOpen(smallHours, at('2026-03-08T07:00:00Z'), NEW_YORK)],
    ['nextClosing: smallHours NY from 2026-03-08T06:30Z', lib.nextClosing(smallHours, at('2026-03-08T06:30:00Z'), NEW_YORK)],
    ['nextOpening: inTheGap NY from 2026-03-07T12:00Z (skips the gap Sunday)', lib.nextOpening(inTheGap, at('2026-03-07T12:00:00Z'), NEW_YORK)],
    ['openIntervals: smallHours NY 2026-03-07..2026-03-10', lib.openIntervals(smallHours, at('2026-03-07T00:00:00Z'), at('2026-03-10T00:00:00Z'), NEW_YORK)],
    ['openIntervals: inTheGap NY 2026-03-01..2026-03-16', lib.openIntervals(inTheGap, at('2026-03-01T00:00:00Z'), at('2026-03-16T00:00:00Z'), NEW_YORK)],
    ['nextOpening: office NY from Sat 2026-03-07T20:00Z', lib.nextOpening(office, at('2026-03-07T20:00:00Z'), NEW_YORK)],

    // Fall back, New York, Sunday 2026-11-01.
    ['isOpen: smallHours NY at 2026-11-01T05:30Z (01:30 EDT)', lib.isOpen(smallHours, at('2026-11-01T05:30:00Z'), NEW_YORK)],
    ['isOpen: smallHours NY at 2026-11-01T06:30Z (01:30 EST, again)', lib.isOpen(smallHours, at('2026-11-01T06:30:00Z'), NEW_YORK)],
    ['isOpen: smallHours NY at 2026-11-01T07:59Z (02:59 EST)', lib.isOpen(smallHours, at('2026-11-01T07:59:00Z'), NEW_YORK)],
    ['isOpen: smallHours NY at 2026-11-01T08:00Z (03:00 EST)', lib.isOpen(smallHours, at('2026-11-01T08:00:00Z'), NEW_YORK)],
    ['nextClosing: smallHours NY from 2026-11-01T05:30Z', lib.nextClosing(smallHours, at('2026-11-01T05:30:00Z'), NEW_YORK)],
    ['nextOpening: smallHours NY from 2026-10-31T12:00Z', lib.nextOpening(smallHours, at('2026-10-31T12:00:00Z'), NEW_YORK)],
    ['openIntervals: smallHours NY 2026-10-31..2026-11-03', lib.openIntervals(smallHours, at('2026-10-31T00:00:00Z'), at('2026-11-03T00:00:00Z'), NEW_YORK)],

    // The same queries through the Retreaver (Rails) zone name, and the README's examples.
    ['isOpen: office Eastern at Fri 2026-11-27T21:30Z', lib.isOpen(office, at('2026-11-27T21:30:00Z'), EASTERN_RAILS)],
    ['nextClosing: office Eastern from 2026-11-27T21:30Z', lib.nextClosing(office, at('2026-11-27T21:30:00Z'), EASTERN_RAILS)],
    ['nextOpening: office Eastern from 2026-11-27T23:00Z', lib.nextOpening(office, at('2026-11-27T23:00:00Z'), EASTERN_RAILS)],
    ['openIntervals: office Eastern 2026-11-28..2026-11-30', lib.openIntervals(office, at('2026-11-28T00:00:00Z'), at('2026-11-30T00:00:00Z'), EASTERN_RAILS)],
    ['openIntervals: smallHours Eastern across fall-back', lib.openIntervals(smallHours, at('2026-10-31T00:00:00Z'), at('2026-11-03T00:00:00Z'), EASTERN_RAILS)],

    // Kathmandu, UTC+05:45, no DST.
    ['isOpen: office Kathmandu at 2026-03-09T03:14Z (08:59 NPT)', lib.isOpen(office, at('2026-03-09T03:14:00Z'), KATHMANDU)],
    ['isOpen: office Kathmandu at 2026-03-09T03:15Z (09:00 NPT)', lib.isOpen(office, at('2026-03-09T03:15:00Z'), KATHMANDU)],
    ['nextOpening: office Kathmandu from Sat 2026-03-07T12:00Z', lib.nextOpening(office, at('2026-03-07T12:00:00Z'), KATHMANDU)],
    ['nextClosing: office Kathmandu from 2026-03-09T06:00Z', lib.nextClosing(office, at('2026-03-09T06:00:00Z'), KATHMANDU)],
    ['openIntervals: example Kathmandu 2026-03-10..2026-03-13', lib.openIntervals(example, at('2026-03-10T00:00:00Z'), at('2026-03-13T00:00:00Z'), KATHMANDU)],
    ['openIntervals: office Kathmandu week of 2026-03-08', lib.openIntervals(office, at('2026-03-08T00:00:00Z'), at('2026-03-15T00:00:00Z'), KATHMANDU)],

    ['describeSchedule: Retreaver example', lib.describeSchedule(example)],
    ['describeSchedule: README office', lib.describeSchedule(office)],
    ['describeSchedule: smallHours, week from Sunday', lib.describeSchedule(smallHours, { weekStart: 'sunday' })],
    ['renderWeekGrid: Retreaver example', lib.renderWeekGrid(example)],
    ['renderWeekGrid: office, hourly, from Sunday', lib.renderWeekGrid(office, { cellMinutes: 60, weekStart: 'sunday' })],
    ['renderWeekSvg: office, length', svg.length],
    ['renderWeekSvg: office, FNV-1a', fnv1a(svg)],
    ['diffBusinessHours: Fri closes 15:00, Sat a day off', lib.diffBusinessHours(OFFICE_RECORDS, edited)],
    ['diffBusinessHours: example to office schedule', lib.diffBusinessHours(RETREAVER_EXAMPLE_RECORDS, office)],

    ['resolveTimeZone: Eastern Time (US & Canada)', lib.resolveTimeZone(EASTERN_RAILS)],
    ['resolveTimeZone: Kathmandu (Rails)', lib.resolveTimeZone('Kathmandu')],
    ['resolveTimeZone: america/new_york (case corrected)', lib.resolveTimeZone('america/new_york')],
    ['resolveTimeZone: Asia/Kolkata (not Intl\'s Asia/Calcutta)', lib.resolveTimeZone('Asia/Kolkata')],
    ['resolveTimeZone: UTC', lib.resolveTimeZone('UTC')],
    ['resolveTimeZone: Mars/Olympus throws', thrown(() => lib.resolveTimeZone('Mars/Olympus'))],

    // Calendars: dated entries on local days (a Santiago date without midnight), absolute ones, the plan.
    ['hoursOn: Christmas Eve short, New York', lib.hoursOn(christmas, '2026-12-24', NEW_YORK)],
    ['hoursOn: Santiago 2026-09-06 (midnight skipped), open 24/7', lib.hoursOn(lib.withExceptions(example, []), '2026-09-06', 'America/Santiago')],
    ['nextOpening: after Christmas Eve closes', lib.nextOpening(christmas, Date.UTC(2026, 11, 24, 18, 30), NEW_YORK)],
    ['openDuration: Christmas week', lib.openDuration(christmas, Date.UTC(2026, 11, 20), Date.UTC(2026, 11, 27), NEW_YORK)],
    ['addOpenTime: 4 h back from Monday 11:00', lib.addOpenTime(christmas, Date.UTC(2026, 11, 28, 16), -4 * 3_600_000, NEW_YORK)],
    ['planExceptionUpdates: Christmas', lib.planExceptionUpdates(christmas, Date.UTC(2026, 11, 14, 5), Date.UTC(2027, 0, 4, 5), NEW_YORK)],
    ['validateExceptions: bad entries', lib.validateExceptions([{ date: '2026-02-30', closed: true }, { start: '2026-12-01T14:35', end: '2026-12-01T16:10Z', closed: true }])],
  ]
  return cases.map(([name, answer]) => [name, toPlainJson(answer)])
}

/**
 * A value as JSON would carry it, Dates as ISO strings (an invalid Date as the string
 * 'Invalid Date'), so the page and Node compare the same representation.
 */
export function toPlainJson(value) {
  return JSON.parse(JSON.stringify(value, function (key, item) {
    const original = this[key]
    if (original instanceof Date) return Number.isNaN(original.getTime()) ? 'Invalid Date' : original.toISOString()
    if (item === undefined) return { undefined: true }
    return item
  }))
}
