// Inputs shared by the benchmarks.

/** Mon–Fri 09:00–17:00, weekend off, as the API returns it: the shape most targets have. */
export const WEEKDAY_RECORDS = [0, 1, 2, 3, 4, 5, 6].map((day) => ({
  id: 43 + day,
  target_id: 7,
  day_of_week: day,
  time_open: 900,
  time_close: 1700,
  work_day: day !== 0 && day !== 6,
  invert: false,
  created_at: '2015-08-31T17:48:46.995Z',
  updated_at: '2015-08-31T17:48:46.995Z',
}))

/** Zones as the API sends them: Rails names and IANA ids, DST and not, +05:45 among them. */
export const FLEET_ZONES = [
  'Eastern Time (US & Canada)',
  'Pacific Time (US & Canada)',
  'America/Chicago',
  'Europe/London',
  'Asia/Kathmandu',
  'Australia/Sydney',
  'America/Havana',
  'UTC',
]

/** A small deterministic generator, so every run benchmarks the same inputs. */
export function lcg(seed) {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0
    return state / 4_294_967_296
  }
}

/**
 * Target `i` of a benchmark fleet, as the API returns it: weekday hours `open`–`close` (military
 * time), caps (some full), a priority, a weight, sometimes paused or at its concurrency cap, all
 * drawn from `next` in a fixed order.
 */
export function fleetTargetDocument(i, next, open, close) {
  const capped = next()
  return {
    target: {
      id: i + 1,
      name: `target ${i + 1}`,
      number: `+1866${String(1_000_000 + i).slice(1)}`,
      time_zone: FLEET_ZONES[i % FLEET_ZONES.length],
      priority: Math.floor(next() * 4),
      weight: Math.floor(next() * 10),
      paused: next() < 0.05,
      concurrency_cap: next() < 0.3 ? 3 : null,
      calls_in_progress: Math.floor(next() * 4),
      caps: [
        { id: 4 * i + 1, type: 'Hard', cap: 1000, filled: capped < 0.05 ? 1000 : 10 },
        { id: 4 * i + 2, type: 'Hourly', cap: 20, filled: capped < 0.15 ? 20 : 3 },
        { id: 4 * i + 3, type: 'Daily', cap: 200, filled: capped < 0.25 ? 200 : 30 },
        { id: 4 * i + 4, type: 'Monthly', cap: null, filled: 400 },
      ],
      business_hours: [0, 1, 2, 3, 4, 5, 6].map((day) => ({
        id: 7 * i + day + 1,
        day_of_week: day,
        time_open: Math.min(open, 2300),
        time_close: Math.min(close, 2400),
        work_day: day !== 0 && day !== 6,
        invert: false,
      })),
    },
  }
}
