// The bundled example, shipped as code so it is inside the package (dist/cli.js) and
// `npx callhours status` works on a fresh install with no file at hand.
//
// Source: the Retreaver Target API document ("Creating a target with business hours", the
// `HTTP/1.1 200 OK` response to `POST /targets.json`), kept in this repository's shared seeds as
// 000_2abd6b29fe898933.txt. The document's response is printed in broken pieces; this is the same
// target put back together, field for field. Its business hours are exactly as the document shows
// them: Wednesday (day_of_week 3) 0–1200, every other day 0–2400. The document gives no
// `time_zone`, so commands read it in UTC unless `--tz` says otherwise.

/**
 * Target 7 as the Retreaver Target API document's `POST /targets.json` response shows it: the
 * input every command uses when no file is given.
 *
 * Open around the clock except Wednesday afternoon and evening (Wednesday 00:00–12:00 only); no
 * `time_zone`, so UTC.
 *
 * @example
 * EXAMPLE_TARGET_RESPONSE.target.business_hours[3]
 * //=> { id: 46, target_id: 7, work_day: true, time_open: 0, time_close: 1200, day_of_week: 3, invert: false, … }
 *
 * @example
 * // Edge: no time_zone field at all
 * 'time_zone' in EXAMPLE_TARGET_RESPONSE.target
 * //=> false
 */
export const EXAMPLE_TARGET_RESPONSE = {
  target: {
    id: 7,
    number: '+18668987878',
    sip_username: null,
    sip_password: null,
    cid_number_id: null,
    obfuscate_cid: false,
    created_at: '2015-08-31T17:48:46.925Z',
    updated_at: '2015-08-31T17:48:46.925Z',
    object_key: '15c5c5e262eb1fd3cd241ceb5c68d03ed9412e53593913b894634358809876d9',
    tid: '2',
    priority: 1,
    weight: 1,
    timeout_seconds: 30,
    timer_offset: 0,
    send_digits: null,
    concurrency_cap: null,
    calls_in_progress: 0,
    paused: false,
    paused_at: null,
    name: null,
    caps: [
      { id: 35, filled: 0, cap: null, type: 'Daily' },
      { id: 33, filled: 0, cap: 100, type: 'Hard' },
      { id: 34, filled: 0, cap: null, type: 'Hourly' },
      { id: 36, filled: 0, cap: null, type: 'Monthly' },
    ],
    business_hours: [
      { id: 43, target_id: 7, work_day: true, time_open: 0, time_close: 2400, day_of_week: 0, invert: false, created_at: '2015-08-31T17:48:46.995Z', updated_at: '2015-08-31T17:48:46.995Z' },
      { id: 44, target_id: 7, work_day: true, time_open: 0, time_close: 2400, day_of_week: 1, invert: false, created_at: '2015-08-31T17:48:46.999Z', updated_at: '2015-08-31T17:48:46.999Z' },
      { id: 45, target_id: 7, work_day: true, time_open: 0, time_close: 2400, day_of_week: 2, invert: false, created_at: '2015-08-31T17:48:47.002Z', updated_at: '2015-08-31T17:48:47.002Z' },
      { id: 46, target_id: 7, work_day: true, time_open: 0, time_close: 1200, day_of_week: 3, invert: false, created_at: '2015-08-31T17:48:47.005Z', updated_at: '2015-08-31T17:48:47.005Z' },
      { id: 47, target_id: 7, work_day: true, time_open: 0, time_close: 2400, day_of_week: 4, invert: false, created_at: '2015-08-31T17:48:47.008Z', updated_at: '2015-08-31T17:48:47.008Z' },
      { id: 48, target_id: 7, work_day: true, time_open: 0, time_close: 2400, day_of_week: 5, invert: false, created_at: '2015-08-31T17:48:47.011Z', updated_at: '2015-08-31T17:48:47.011Z' },
      { id: 49, target_id: 7, work_day: true, time_open: 0, time_close: 2400, day_of_week: 6, invert: false, created_at: '2015-08-31T17:48:47.014Z', updated_at: '2015-08-31T17:48:47.014Z' },
    ],
  },
} as const

/**
 * How messages name the bundled example.
 *
 * @example
 * // The heading of `callhours check` without a file
 * (await stdoutOf('callhours check')).split('\n')[0]
 * //=> 'Target 7 · bundled example (target 7 from the Retreaver Target API document)'
 */
export const EXAMPLE_SOURCE = 'bundled example (target 7 from the Retreaver Target API document)'
