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
