// Issue 12 benchmark: calendars (weekly hours + 30 exceptions a year) against the bare week, and
// against the peers that model exceptions — opening_hours.js (dated rules in its own syntax) and
// moment-business-time (closed dates as locale holidays) — with the process TZ set to the zone,
// the only way those two know zones. Answers are compared before speed is.
import openingHoursModule from 'opening_hours'
import moment from 'moment-business-time'
import { addOpenTime, isAccepting, isOpen, openDuration, parseBusinessHours, parseTarget, planExceptionUpdates, withExceptions } from '../dist/index.js'
import { opsPerSecond, printTable } from './measure.mjs'
import * as limit from './limitPrototype.mjs'

const OpeningHours = openingHoursModule.default ?? openingHoursModule
const ZONE = 'America/New_York'
const DAY_MS = 86_400_000
const YEAR_START = Date.UTC(2026, 0, 1, 5)
const YEAR_END = Date.UTC(2027, 0, 1, 5)

const RECORDS = [
  { day_of_week: 0, work_day: false },
  ...[1, 2, 3, 4, 5].map((day) => ({ day_of_week: day, time_open: 900, time_close: 1700 })),
  { day_of_week: 6, work_day: false },
]

/** Eleven US public holidays of 2026, closed. */
const HOLIDAYS = ['2026-01-01', '2026-01-19', '2026-02-16', '2026-05-25', '2026-06-19', '2026-07-03', '2026-09-07', '2026-10-12', '2026-11-11', '2026-11-26', '2026-12-25']
/** Ten days with short hours. */
const SHORT_DAYS = ['2026-01-02', '2026-02-13', '2026-04-03', '2026-05-22', '2026-07-02', '2026-09-04', '2026-11-25', '2026-11-27', '2026-12-24', '2026-12-31']
/** Five closed ranges (inventory, training, moves). */
const RANGES = [['2026-03-09', '2026-03-10'], ['2026-06-01', '2026-06-02'], ['2026-08-17', '2026-08-19'], ['2026-10-05', '2026-10-06'], ['2026-12-28', '2026-12-30']]
/** Four emergency closures. */
const CLOSURES = [['2026-02-11T15:30:00Z', '2026-02-11T18:00:00Z'], ['2026-05-06T13:00:00Z', '2026-05-06T16:45:00Z'], ['2026-08-26T18:15:00Z', '2026-08-26T21:00:00Z'], ['2026-11-18T19:00:00Z', '2026-11-18T22:00:00Z']]

const DATED = [
  ...HOLIDAYS.map((date) => ({ date, closed: true, label: 'holiday' })),
  ...SHORT_DAYS.map((date) => ({ date, hours: [{ time_open: 900, time_close: 1300 }], label: 'short day' })),
  ...RANGES.map(([from, to]) => ({ from, to, closed: true, label: 'closed' })),
]
const ENTRIES = [...DATED, ...CLOSURES.map(([start, end]) => ({ start, end, closed: true, label: 'emergency' }))]

/** The dated entries in opening_hours syntax: later rules override earlier ones for their days. */
const ohDate = (iso) => {
  const [year, month, day] = iso.split('-').map(Number)
  return `${year} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][month - 1]} ${String(day).padStart(2, '0')}`
}
const OPENING_HOURS = [
  'Mo-Fr 09:00-17:00',
  ...SHORT_DAYS.map((date) => `${ohDate(date)} 09:00-13:00`),
  ...HOLIDAYS.map((date) => `${ohDate(date)} off`),
  ...RANGES.map(([from, to]) => `${ohDate(from)}-${to.slice(8)} off`),
].join('; ')

/** 4,096 instants over 2026, minutes apart, around both clock changes. */
const INSTANTS = Array.from({ length: 4096 }, (_, i) => YEAR_START + ((i * 7_919_993) % (365 * DAY_MS)))
const DATES = INSTANTS.map((ms) => new Date(ms))

export async function run() {
  const previousTz = process.env.TZ
  process.env.TZ = ZONE
  try {
    const week = parseBusinessHours(RECORDS)
    const calendar = withExceptions(week, ENTRIES)
    const dated = withExceptions(week, DATED)
    const closedOnly = withExceptions(week, [...HOLIDAYS.map((date) => ({ date, closed: true })), ...RANGES.map(([from, to]) => ({ from, to, closed: true }))])
    const oh = new OpeningHours(OPENING_HOURS)
    const mask = INSTANTS.length - 1

    let ohDisagree = 0
    for (let i = 0; i < DATES.length; i++) if (oh.getState(DATES[i]) !== isOpen(dated, INSTANTS[i], ZONE)) ohDisagree++

    // moment-business-time: working hours and holidays as locale data (closed dates only: it has no special hours).
    moment.updateLocale('en', {
      workinghours: { 0: null, 1: ['09:00:00', '17:00:00'], 2: ['09:00:00', '17:00:00'], 3: ['09:00:00', '17:00:00'], 4: ['09:00:00', '17:00:00'], 5: ['09:00:00', '17:00:00'], 6: null },
      holidays: [...HOLIDAYS, ...RANGES.flatMap(([from, to]) => {
        const days = []
        for (let t = Date.parse(`${from}T12:00:00Z`); t <= Date.parse(`${to}T12:00:00Z`); t += DAY_MS) days.push(new Date(t).toISOString().slice(0, 10))
        return days
      })],
    })
    const mbtMinutes = moment(YEAR_END).workingDiff(moment(YEAR_START), 'minutes')
    const ourMinutes = openDuration(closedOnly, YEAR_START, YEAR_END, ZONE) / 60_000
    let mbtAddDisagree = 0
    for (let i = 0; i < 256; i++) {
      const at = INSTANTS[i]
      if (moment(at).addWorkingTime(8, 'hours').valueOf() !== addOpenTime(closedOnly, at, 8 * 3_600_000, ZONE, { epochMs: true })) mbtAddDisagree++
    }

    const bareOps = opsPerSecond((i) => isOpen(week, INSTANTS[i & mask], ZONE))
    const calendarOps = opsPerSecond((i) => isOpen(calendar, INSTANTS[i & mask], ZONE))
    const ohOps = opsPerSecond((i) => oh.getState(DATES[i & mask]))
    const mbtOps = opsPerSecond((i) => moment(INSTANTS[i & mask]).isWorkingTime())
    const durationOps = opsPerSecond(() => openDuration(calendar, YEAR_START, YEAR_END, ZONE))
    const mbtDurationOps = opsPerSecond(() => moment(YEAR_END).workingDiff(moment(YEAR_START), 'minutes'))
    const addOps = opsPerSecond((i) => addOpenTime(calendar, INSTANTS[i & mask], 8 * 3_600_000, ZONE, { epochMs: true }))
    const mbtAddOps = opsPerSecond((i) => moment(INSTANTS[i & mask]).addWorkingTime(8, 'hours').valueOf())
    const planOps = opsPerSecond(() => planExceptionUpdates(calendar, YEAR_START, YEAR_END, ZONE).length)
    const steps = planExceptionUpdates(calendar, YEAR_START, YEAR_END, ZONE).length
    // Many entries, each with hours of its own: one call, as a user with a long list would make it.
    const military = (minute) => Math.floor(minute / 60) * 100 + (minute % 60)
    const many = Array.from({ length: 50_000 }, (_, i) => ({
      date: new Date(Date.UTC(2000, 0, 1) + i * DAY_MS).toISOString().slice(0, 10),
      hours: [{ time_open: military(i % 600), time_close: military(720 + Math.floor(i / 600)) }],
    }))
    const compileStarted = performance.now()
    const big = withExceptions(week, many)
    const compileMs = performance.now() - compileStarted
    const bigOps = opsPerSecond((i) => isOpen(big, INSTANTS[i & mask], ZONE))

    printTable(`isOpen with 30 exceptions a year (${ENTRIES.length} entries; opening_hours disagrees with callhours on ${ohDisagree} of ${DATES.length} instants)`, [
      { name: 'callhours isOpen, bare weekly schedule', ops: bareOps },
      { name: 'callhours isOpen, calendar (goal ≥ 0.5× bare)', ops: calendarOps, baseline: bareOps },
      { name: 'opening_hours getState, dated rules (ratio: callhours calendar ÷ it)', ops: ohOps, baseline: ohOps / calendarOps * ohOps },
      { name: 'moment-business-time isWorkingTime, holidays only', ops: mbtOps, baseline: mbtOps / calendarOps * mbtOps },
    ])
    printTable(`business time over a year (moment-business-time: ${mbtMinutes} min, callhours ${ourMinutes} min on closed dates only; addWorkingTime(8 h) disagrees on ${mbtAddDisagree} of 256)`, [
      { name: 'callhours openDuration, one year', ops: durationOps },
      { name: 'moment-business-time workingDiff, one year (ratio: callhours ÷ it)', ops: mbtDurationOps, baseline: mbtDurationOps / durationOps * mbtDurationOps },
      { name: 'callhours addOpenTime 8 h', ops: addOps },
      { name: 'moment-business-time addWorkingTime 8 h (ratio: callhours ÷ it)', ops: mbtAddOps, baseline: mbtAddOps / addOps * mbtAddOps },
      { name: `callhours planExceptionUpdates, one year (${steps} steps)`, ops: planOps },
    ])
    // Against the limit prototype with a day table (bench/limitPrototype.mjs): the same calendar,
    // its dates resolved by hand, asked in order as a routing process asks ("now", moving on).
    const localDay = (iso) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS
    const protoDays = [
      ...HOLIDAYS.map((date) => ({ day: localDay(date), intervals: [] })),
      ...SHORT_DAYS.map((date) => ({ day: localDay(date), intervals: [{ start: 540, end: 780 }] })),
      ...RANGES.flatMap(([from, to]) => Array.from({ length: localDay(to) - localDay(from) + 1 }, (_, k) => ({ day: localDay(from) + k, intervals: [] }))),
    ]
    const protoSpans = CLOSURES.map(([start, end]) => ({ start: Date.parse(start), end: Date.parse(end), open: false }))
    const protoCalendar = limit.compileCalendar(limit.compileWeek(week.intervals), protoDays, protoSpans)
    const protoZone = limit.buildZone(ZONE)
    const orders = [
      { name: 'in order, 5 s apart from 2026-12-24 00:00 local', instants: Float64Array.from({ length: 16_384 }, (_, k) => Date.UTC(2026, 11, 24, 5) + k * 5000) },
      { name: 'in order through 2026, 32 min apart', instants: Float64Array.from({ length: 16_384 }, (_, k) => YEAR_START + Math.floor((k * 365 * DAY_MS) / 16_384)) },
      { name: 'shuffled over 2026', instants: Float64Array.from(INSTANTS) },
    ]
    // The same calendar on a target: the router's road, with its hours and zone resolved once.
    const calendarTarget = parseTarget({ id: 1, time_zone: ZONE, business_hours: RECORDS }, { exceptions: ENTRIES })
    const protoRows = []
    for (const { name, instants } of orders) {
      const m = instants.length - 1
      let differ = 0
      for (const ms of instants) if (isOpen(calendar, ms, ZONE) !== limit.isCalendarOpen(protoCalendar, protoZone, ms)) differ++
      const mine = opsPerSecond((i) => isOpen(calendar, instants[i & m], ZONE))
      const reference = opsPerSecond((i) => limit.isCalendarOpen(protoCalendar, protoZone, instants[i & m]))
      protoRows.push({ name: `${name}: limit prototype (${differ === 0 ? 'same answers' : `**DISAGREES on ${differ}**`})`, ops: reference })
      protoRows.push({ name: `${name}: callhours isOpen (goal in order ≥ 0.7×)`, ops: mine, baseline: reference })
      let targetDiffer = 0
      for (const ms of instants) if (isAccepting(calendarTarget, ms) !== limit.isCalendarOpen(protoCalendar, protoZone, ms)) targetDiffer++
      const routed = opsPerSecond((i) => isAccepting(calendarTarget, instants[i & m]))
      protoRows.push({ name: `${name}: callhours isAccepting, a target with that calendar (${targetDiffer === 0 ? 'same answers' : `**DISAGREES on ${targetDiffer}**`})`, ops: routed, baseline: reference })
    }
    // The same harness for the bare week against the week prototype: what the public call costs
    // whatever the hours are (the instant check, the hours and the zone looked up by argument).
    {
      const { instants } = orders[1]
      const m = instants.length - 1
      const protoWeek = limit.compileWeek(week.intervals)
      const reference = opsPerSecond((i) => limit.isOpen(protoWeek, protoZone, instants[i & m]))
      const mine = opsPerSecond((i) => isOpen(week, instants[i & m], ZONE))
      protoRows.push({ name: `${orders[1].name}: the bare week, limit prototype (a week table)`, ops: reference })
      protoRows.push({ name: `${orders[1].name}: the bare week, callhours isOpen`, ops: mine, baseline: reference })
    }
    printTable(`Calendar isOpen against the limit prototype with a day table (${ENTRIES.length} entries, ${ZONE})`, protoRows)
    printTable(`50,000 dates, each with hours of its own: withExceptions took ${compileMs.toFixed(0)} ms (one call)`, [
      { name: 'callhours isOpen on that calendar (ratio: ÷ the 30-exception calendar)', ops: bigOps, baseline: calendarOps },
    ])
  } finally {
    if (previousTz === undefined) delete process.env.TZ
    else process.env.TZ = previousTz
  }
}
