// THROWAWAY REFERENCE, NOT LIBRARY CODE. Nothing in src/ imports this file, and it is not shipped.
//
// The "limit" prototype of issue 11: about the least work an `isOpen` can do, so that
// bench/engine.bench.mjs can print callhours ÷ limit in one process. It cuts every corner the
// library may not cut: no name resolution, no validation of inputs, no bound on memory (a zone's
// table spans 1850–2250 and is built in full, up front), instants outside 1850–2250 throw, and the
// caller holds the compiled week and the zone table itself instead of passing a schedule and a name.
//
// - A week is a Uint8Array of its 10,080 minutes (Sunday 00:00 = 0): 1 where open.
// - A zone is a sorted Float64Array of the instants its offset changes, and the offsets, found once
//   with Intl: the offset is sampled every 12 hours over 1850–2250 and each change is bisected to the
//   second (tzdb transitions fall on whole seconds). Like the library, two changes less than 12 hours
//   apart that cancel out would go unseen.
// - `isOpen(ms)` is table[weekMinute(ms + offset)], the offset read from the stretch the last call
//   used when `ms` falls in it, by binary search otherwise.

const MINUTES_PER_WEEK = 10_080
/** 1970-01-01 was a Thursday: local minute 0 is minute 4 × 1440 of the week. */
const EPOCH_WEEK_MINUTE = 4 * 1440
const SAMPLE_MS = 12 * 3_600_000
export const FIRST_INSTANT = Date.UTC(1850, 0, 1)
export const LAST_INSTANT = Date.UTC(2250, 0, 1)

/** The open minutes of a week given as half-open `{ start, end }` minute intervals. */
export function compileWeek(intervals) {
  const table = new Uint8Array(MINUTES_PER_WEEK)
  for (const { start, end } of intervals) table.fill(1, start, end)
  return table
}

const FIELDS = /^(\d+)\/(\d+)\/(\d+), (\d+):(\d+):(\d+)$/

/** The offset (local − UTC, ms) at the second containing `ms`, read from Intl. */
function intlOffset(format, ms) {
  const second = Math.floor(ms / 1000) * 1000
  const m = FIELDS.exec(format.format(second))
  if (m === null) throw new Error(`unexpected Intl output ${format.format(second)}`)
  const local = Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2]), Number(m[4]), Number(m[5]), Number(m[6]))
  return local - second
}

/** Every offset change of a zone over 1850–2250, as parallel typed arrays, and the current stretch. */
export function buildZone(timeZone) {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  })
  const starts = [FIRST_INSTANT]
  const offsets = [intlOffset(format, FIRST_INSTANT)]
  let current = offsets[0]
  let known = FIRST_INSTANT
  for (let sample = FIRST_INSTANT + SAMPLE_MS; sample <= LAST_INSTANT; sample += SAMPLE_MS) {
    let sampled = intlOffset(format, sample)
    while (sampled !== current) {
      // The first whole second in (known, sample] whose offset is not `current`.
      let lo = Math.floor(known / 1000)
      let hi = Math.ceil(sample / 1000)
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2)
        if (intlOffset(format, mid * 1000) === current) lo = mid
        else hi = mid
      }
      known = hi * 1000
      current = intlOffset(format, known)
      starts.push(known)
      offsets.push(current)
    }
    known = sample
  }
  starts.push(LAST_INSTANT) // the end of the last stretch
  return {
    timeZone,
    starts: Float64Array.from(starts),
    offsets: Float64Array.from(offsets),
    // The stretch the last lookup found: [lo, hi) with offset `offset`.
    lo: 0,
    hi: 0,
    offset: 0,
  }
}

/** The offset at `ms` (local = ms + offset). */
export function offsetAt(zone, ms) {
  if (ms >= zone.lo && ms < zone.hi) return zone.offset
  const starts = zone.starts
  if (!(ms >= starts[0] && ms < starts[starts.length - 1])) throw new RangeError(`limit prototype covers 1850–2250 only, got ${ms}`)
  // The last stretch starting at or before ms.
  let lo = 0
  let hi = starts.length - 2
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid] <= ms) lo = mid
    else hi = mid - 1
  }
  zone.lo = starts[lo]
  zone.hi = starts[lo + 1]
  zone.offset = zone.offsets[lo]
  return zone.offset
}

/** Whether the compiled week is open at epoch ms `ms` on the zone's wall clock (seconds dropped). */
export function isOpen(week, zone, ms) {
  const m = (Math.floor((ms + offsetAt(zone, ms)) / 60_000) + EPOCH_WEEK_MINUTE) % MINUTES_PER_WEEK
  return week[m < 0 ? m + MINUTES_PER_WEEK : m] === 1
}

// ——— A calendar with a day table (issue 22) ———
// The same corner-cutting for a calendar: one Int32Array entry per local day over 1850–2250 (about
// 146,000 days, 584 KB, built in full up front), 0 for "the weekly hours", else 1 + the index of the
// day's own 1,440-minute table, with NEAR set on the days an absolute span may touch. The caller
// resolves precedence among dated entries itself (the bench's entries do not overlap).

const DAY_MS = 86_400_000
const NEAR = 0x40000000
const FIRST_DAY = Math.floor(FIRST_INSTANT / DAY_MS) - 1
const LAST_DAY = Math.floor(LAST_INSTANT / DAY_MS) + 1

/**
 * A calendar: `week` a compiled week; `days` local days (days since 1970-01-01) each with its open
 * minutes as `{ start, end }` intervals (an empty list: closed all day); `spans` absolute
 * `{ start, end, open }` in epoch ms, sorted and disjoint.
 */
export function compileCalendar(week, days, spans) {
  const table = new Int32Array(LAST_DAY - FIRST_DAY + 1)
  const minutes = []
  for (const { day, intervals } of days) {
    const flags = new Uint8Array(1440)
    for (const { start, end } of intervals) flags.fill(1, start, end)
    minutes.push(flags)
    table[day - FIRST_DAY] = minutes.length
  }
  for (const { start, end } of spans) {
    const reach = 26 * 3_600_000
    for (let day = Math.floor((start - reach) / DAY_MS); day <= Math.floor((end - 1 + reach) / DAY_MS); day++) table[day - FIRST_DAY] |= NEAR
  }
  return {
    week,
    table,
    minutes,
    spanStart: Float64Array.from(spans, (s) => s.start),
    spanEnd: Float64Array.from(spans, (s) => s.end),
    spanOpen: Uint8Array.from(spans, (s) => (s.open ? 1 : 0)),
  }
}

/** Whether the calendar is open at epoch ms `ms` on the zone's wall clock. */
export function isCalendarOpen(calendar, zone, ms) {
  const local = Math.floor((ms + offsetAt(zone, ms)) / 60_000)
  const day = Math.floor(local / 1440)
  const code = calendar.table[day - FIRST_DAY]
  if (code !== 0) {
    if ((code & NEAR) !== 0) {
      const { spanStart, spanEnd } = calendar
      let lo = 0
      let hi = spanEnd.length
      while (lo < hi) {
        const mid = (lo + hi) >>> 1
        if (spanEnd[mid] <= ms) lo = mid + 1
        else hi = mid
      }
      if (lo < spanStart.length && spanStart[lo] <= ms) return calendar.spanOpen[lo] === 1
    }
    const index = code & ~NEAR
    if (index !== 0) return calendar.minutes[index - 1][local - day * 1440] === 1
  }
  const m = (local + EPOCH_WEEK_MINUTE) % MINUTES_PER_WEEK
  return calendar.week[m < 0 ? m + MINUTES_PER_WEEK : m] === 1
}
