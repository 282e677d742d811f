/**
 * The example from the Retreaver Target API document (../shared/seeds/): the target the API returns
 * after `POST /targets.json`, id 7, with its seven business-hour records — open 0–2400 every day but
 * Wednesday, 0–1200. Written out here once, independently of the copy the CLI ships
 * (src/cli/example.ts), for every test that needs it.
 */
import type { BusinessHourRecord, DayOfWeek } from '../src/records/types'

/** The seven records in the read shape, ids 43–49. */
export const API_EXAMPLE_RECORDS: BusinessHourRecord[] = [0, 1, 2, 3, 4, 5, 6].map((day) => ({
  id: 43 + day,
  target_id: 7,
  work_day: true,
  time_open: 0,
  time_close: day === 3 ? 1200 : 2400,
  day_of_week: day as DayOfWeek,
  invert: false,
  created_at: '2015-08-31T17:48:46.995Z',
  updated_at: '2015-08-31T17:48:46.995Z',
}))

/** The whole response body, `{ target: { … } }`, as the document shows it. */
export const API_EXAMPLE_RESPONSE = {
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
    business_hours: API_EXAMPLE_RECORDS,
  },
}
