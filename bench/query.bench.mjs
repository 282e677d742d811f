// Issue 3 benchmark: callhours queries against opening_hours.js (with the process TZ set to the
// zone, the only way it knows zones) and a per-call date-fns-tz baseline, on the same schedule and
// the same instants. Run from bench/run.mjs after a build.
import openingHoursModule from 'opening_hours'
import { toZonedTime } from 'date-fns-tz'
import { isOpen, nextClosing, nextOpening, openIntervals, parseBusinessHours } from '../dist/index.js'
import { opsPerSecond, printTable } from './measure.mjs'

const OpeningHours = openingHoursModule.default ?? openingHoursModule
const ZONE = 'America/New_York'
const WEEK_MS = 7 * 86_400_000

/** Mon–Fri 09:00–17:00, Sat 10:00–14:00, Sunday closed. */
const RECORDS = [
  { day_of_week: 0, work_day: false },
  ...[1, 2, 3, 4, 5].map((day) => ({ day_of_week: day, time_open: 900, time_close: 1700 })),
  { day_of_week: 6, time_open: 1000, time_close: 1400 },
]
const OPENING_HOURS = 'Mo-Fr 09:00-17:00; Sa 10:00-14:00'

/** 4,096 instants spread over a year around the 2026 clock changes, minutes apart. */
const START = Date.UTC(2026, 0, 1)
const INSTANTS = Array.from({ length: 4096 }, (_, i) => START + ((i * 7_919_993) % (365 * 86_400_000)))
const DATES = INSTANTS.map((ms) => new Date(ms))

export async function run() {
  const previousTz = process.env.TZ
  process.env.TZ = ZONE
  try {
    const schedule = parseBusinessHours(RECORDS)
    const oh = new OpeningHours(OPENING_HOURS)
    const mask = INSTANTS.length - 1

    // Both libraries must agree before their speed means anything.
    let disagreements = 0
    for (const date of DATES) if (oh.getState(date) !== isOpen(schedule, date, ZONE)) disagreements++

    const isOpenOps = opsPerSecond((i) => isOpen(schedule, INSTANTS[i & mask], ZONE))
    const ohStateOps = opsPerSecond((i) => oh.getState(DATES[i & mask]))
    const dateFnsOps = opsPerSecond((i) => {
      const local = toZonedTime(INSTANTS[i & mask], ZONE)
      const weekMinute = local.getDay() * 1440 + local.getHours() * 60 + local.getMinutes()
      return schedule.intervals.some((iv) => iv.start <= weekMinute && weekMinute < iv.end)
    })
    const nextOpeningOps = opsPerSecond((i) => nextOpening(schedule, INSTANTS[i & mask], ZONE))
    const nextClosingOps = opsPerSecond((i) => nextClosing(schedule, INSTANTS[i & mask], ZONE))
    const ohNextOps = opsPerSecond((i) => oh.getNextChange(DATES[i & mask]))
    const intervalsOps = opsPerSecond((i) => openIntervals(schedule, INSTANTS[i & mask], INSTANTS[i & mask] + WEEK_MS, ZONE))
    const ohIntervalsOps = opsPerSecond((i) => oh.getOpenIntervals(DATES[i & mask], new Date(INSTANTS[i & mask] + WEEK_MS)))
    // openIntervals must return Dates; constructing the 12 Dates of one week's 6 spans is a floor no
    // implementation gets under, so it is measured on its own.
    const datesOps = opsPerSecond((i) => {
      const base = INSTANTS[i & mask]
      const spans = []
      for (let k = 0; k < 6; k++) spans.push({ start: new Date(base + k), end: new Date(base + k + 1) })
      return spans
    })
    // Routing asks about "now": instants a few seconds apart, in the same stretch of offset.
    const nowOps = opsPerSecond((i) => isOpen(schedule, START + 86_400_000 * 40 + (i & 8191) * 1000, ZONE))

    // The first query in a zone not seen before: the formatter and one cached chunk of offsets.
    const zones = Intl.supportedValuesOf('timeZone').filter((z) => z.includes('/')).slice(0, 200)
    const firstTimes = zones.map((zone) => {
      const started = performance.now()
      isOpen(schedule, INSTANTS[0], zone)
      return performance.now() - started
    })
    firstTimes.sort((a, b) => a - b)

    // Memory held per zone: heap growth after the first queries in 200 fresh zones, spread over a year.
    let heldPerZone = Number.NaN
    if (typeof globalThis.gc === 'function') {
      const fresh = Intl.supportedValuesOf('timeZone').filter((z) => !zones.includes(z)).slice(0, 200)
      globalThis.gc()
      const before = process.memoryUsage().heapUsed
      for (const zone of fresh) for (let k = 0; k < 13; k++) isOpen(schedule, START + k * 28 * 86_400_000, zone)
      globalThis.gc()
      heldPerZone = (process.memoryUsage().heapUsed - before) / fresh.length
    }

    printTable(`Queries, ${ZONE}, Mon–Fri 09–17 + Sat 10–14 (opening_hours.js with TZ=${ZONE})`, [
      { name: 'callhours isOpen', ops: isOpenOps },
      { name: 'callhours isOpen, instants seconds apart (routing "now")', ops: nowOps },
      { name: 'opening_hours getState', ops: ohStateOps },
      { name: 'date-fns-tz toZonedTime + lookup', ops: dateFnsOps },
      { name: 'isOpen ÷ getState', ops: isOpenOps, baseline: ohStateOps },
      { name: 'isOpen ÷ date-fns-tz baseline', ops: isOpenOps, baseline: dateFnsOps },
      { name: 'callhours nextOpening', ops: nextOpeningOps },
      { name: 'callhours nextClosing', ops: nextClosingOps },
      { name: 'opening_hours getNextChange', ops: ohNextOps },
      { name: 'nextOpening ÷ getNextChange', ops: nextOpeningOps, baseline: ohNextOps },
      { name: 'nextClosing ÷ getNextChange', ops: nextClosingOps, baseline: ohNextOps },
      { name: 'callhours openIntervals (1 week)', ops: intervalsOps },
      { name: 'opening_hours getOpenIntervals (1 week)', ops: ohIntervalsOps },
      { name: 'openIntervals ÷ getOpenIntervals', ops: intervalsOps, baseline: ohIntervalsOps },
      { name: 'floor: constructing 12 Dates (6 spans)', ops: datesOps },
    ])
    const median = firstTimes[Math.floor(firstTimes.length / 2)]
    const worst = firstTimes[firstTimes.length - 1]
    console.log(`\nFirst query in an unseen zone (200 zones): median ${median.toFixed(3)} ms, worst ${worst.toFixed(3)} ms`)
    console.log(`Heap held per zone after 13 queries a year apart: ${Number.isNaN(heldPerZone) ? 'n/a (run node with --expose-gc)' : `${(heldPerZone / 1024).toFixed(1)} KB`}`)
    console.log(`isOpen vs opening_hours getState on ${DATES.length} instants: ${disagreements} disagreements`)
    return { isOpenOps, nowOps, datesOps, ohStateOps, dateFnsOps, nextOpeningOps, nextClosingOps, ohNextOps, intervalsOps, ohIntervalsOps, firstMedianMs: median, firstWorstMs: worst, heldPerZone, disagreements }
  } finally {
    if (previousTz === undefined) delete process.env.TZ
    else process.env.TZ = previousTz
  }
}
