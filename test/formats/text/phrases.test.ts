/**
 * readText on phrases in the styles partners write, each with the week it means (as
 * describeSchedule says it), its zone, or the issue it must raise. Read with `at` in January
 * (standard time) unless the row says otherwise.
 */
import { describe, expect, it } from 'vitest'
import { describeSchedule } from '../../../src/index'
import { readText } from '../../../src/formats/index'

const WEEKDAYS_9_5 = 'Mon–Fri 09:00–17:00, Sat–Sun closed'
const DAILY_9_5 = 'Every day 09:00–17:00'

/** [phrase, week (describeSchedule), zone?] */
const WEEKS: [string, string, string?][] = [
  ['Mon-Fri 9am-5pm', WEEKDAYS_9_5],
  ['Mon–Fri 9 am–5 pm', WEEKDAYS_9_5],
  ['Monday - Friday 9:00 AM - 5:00 PM', WEEKDAYS_9_5],
  ['Monday through Friday 9 to 5', WEEKDAYS_9_5],
  ['Monday thru Friday, 9a-5p', WEEKDAYS_9_5],
  ['M-F 9-5', WEEKDAYS_9_5],
  ['M–F 9–5', WEEKDAYS_9_5],
  ['Weekdays 9-5', WEEKDAYS_9_5],
  ['weekdays 9am to 5pm', WEEKDAYS_9_5],
  ['Mon - Fri: 09:00 - 17:00', WEEKDAYS_9_5],
  ['Mon-Fri 0900-1700', WEEKDAYS_9_5],
  ['Mon-Fri 9.00-17.00', WEEKDAYS_9_5],
  ['MON-FRI 9AM-5PM', WEEKDAYS_9_5],
  ['Mo-Fr 09:00-17:00', WEEKDAYS_9_5],
  ['Mon, Tue, Wed, Thu, Fri 9-5', WEEKDAYS_9_5],
  ['Mon/Tue/Wed/Thu/Fri 9-5', WEEKDAYS_9_5],
  ['Mon-Fri 9 a.m. - 5 p.m.', WEEKDAYS_9_5],
  ['Mon-Fri 9-5pm', WEEKDAYS_9_5],
  ['Mon-Fri 9am-5', WEEKDAYS_9_5],
  ['Hours: Mon-Fri 9am-5pm', WEEKDAYS_9_5],
  ['HOO: M-F 9-5', WEEKDAYS_9_5],
  ['Business hours are Monday to Friday from 9am to 5pm', WEEKDAYS_9_5],
  ['Mon-Fri 9-5, closed weekends', WEEKDAYS_9_5],
  ['Mon-Fri 9-5, Sat-Sun closed', WEEKDAYS_9_5],
  ['Daily 9-5 except weekends', WEEKDAYS_9_5],
  ['Mon-Sun 9-5 excluding Sat & Sun', WEEKDAYS_9_5],
  ['9am-5pm Mon-Fri', WEEKDAYS_9_5],
  ['9-5 weekdays', WEEKDAYS_9_5],
  ['Daily 9-5', DAILY_9_5],
  ['Every day 9am-5pm', DAILY_9_5],
  ['everyday 9-5', DAILY_9_5],
  ['7 days 9-5', DAILY_9_5],
  ['7 days a week, 9am - 5pm', DAILY_9_5],
  ['Mon-Sun 9-5', DAILY_9_5],
  ['Sun-Sat 9-5', DAILY_9_5],
  ['all week 9-5', DAILY_9_5],
  ['9am - 5pm (every day)', DAILY_9_5],
  ['24/7', 'Open 24/7'],
  ['24x7', 'Open 24/7'],
  ['Open 24/7', 'Open 24/7'],
  ['open 24 hours 7 days a week', 'Open 24/7'],
  ['Daily 24 hours', 'Open 24/7'],
  ['Every day 24hrs', 'Open 24/7'],
  ['Mon-Sun 12am-12am', 'Open 24/7'],
  ['Daily midnight-midnight', 'Open 24/7'],
  ['Daily 00:00-24:00', 'Open 24/7'],
  ['Mon-Fri 24 hours', 'Mon–Fri open 24 hours, Sat–Sun closed'],
  ['Weekdays open 24 hours', 'Mon–Fri open 24 hours, Sat–Sun closed'],
  ['Mon-Fri all day', 'Mon–Fri open 24 hours, Sat–Sun closed'],
  ['M-F 8:30a-6p, Sat 9-1', 'Mon–Fri 08:30–18:00, Sat 09:00–13:00, Sun closed'],
  ['Mon–Fri 9 am–5 pm, Sat 10 am–2 pm', 'Mon–Fri 09:00–17:00, Sat 10:00–14:00, Sun closed'],
  ['Mon-Fri 8-6; Sat 10-2', 'Mon–Fri 08:00–18:00, Sat 10:00–14:00, Sun closed'],
  ['Mon-Fri 8-6\nSat 10-2\nSun closed', 'Mon–Fri 08:00–18:00, Sat 10:00–14:00, Sun closed'],
  ['Mon-Fri 8-6 / Sat 10-2', 'Mon–Fri 08:00–18:00, Sat 10:00–14:00, Sun closed'],
  ['Weekdays 7-7, weekends 10-4', 'Mon–Fri 07:00–19:00, Sat–Sun 10:00–16:00'],
  ['Weekends 10am-4pm', 'Sat–Sun 10:00–16:00, Mon–Fri closed'],
  ['Sat & Sun 10-4', 'Sat–Sun 10:00–16:00, Mon–Fri closed'],
  ['Saturday and Sunday 10-4', 'Sat–Sun 10:00–16:00, Mon–Fri closed'],
  ['Sa-Su 10:00-16:00', 'Sat–Sun 10:00–16:00, Mon–Fri closed'],
  ['Mon-Fri 9-12, 1-5', 'Mon–Fri 09:00–12:00 & 13:00–17:00, Sat–Sun closed'],
  ['Mon-Fri 9-12, 13-17', 'Mon–Fri 09:00–12:00 & 13:00–17:00, Sat–Sun closed'],
  ['Mon-Fri 9am-12pm & 1pm-5pm', 'Mon–Fri 09:00–12:00 & 13:00–17:00, Sat–Sun closed'],
  ['Mon-Fri 9am-noon and 1pm-5pm', 'Mon–Fri 09:00–12:00 & 13:00–17:00, Sat–Sun closed'],
  ['Mon-Fri 09:00-12:00 / 13:00-17:00', 'Mon–Fri 09:00–12:00 & 13:00–17:00, Sat–Sun closed'],
  ['M/W/F 9-5', 'Mon, Wed, Fri 09:00–17:00, Tue, Thu, Sat–Sun closed'],
  ['Tu/Th 10-2', 'Tue, Thu 10:00–14:00, Mon, Wed, Fri–Sun closed'],
  ['Tues & Thurs 10-2', 'Tue, Thu 10:00–14:00, Mon, Wed, Fri–Sun closed'],
  ['Mondays 9-5', 'Mon 09:00–17:00, Tue–Sun closed'],
  ['every Monday 9-5', 'Mon 09:00–17:00, Tue–Sun closed'],
  ['Mon 9-5, Wed 9-5', 'Mon, Wed 09:00–17:00, Tue, Thu–Sun closed'],
  ['Fri-Mon 10-6', 'Mon, Fri–Sun 10:00–18:00, Tue–Thu closed'],
  ['Fri 10pm-2am', 'Fri 22:00–02:00 (next day), Mon–Thu, Sat–Sun closed'],
  ['Fri-Sat 8pm-2am', 'Fri–Sat 20:00–02:00 (next day), Mon–Thu, Sun closed'],
  ['Sat 22:00-06:00', 'Sat 22:00–06:00 (next day), Mon–Fri, Sun closed'],
  ['Daily 6pm-6am', 'Every day 18:00–06:00 (next day)'],
  ['Mon-Fri 5pm-9am', 'Mon–Fri 17:00–09:00 (next day), Sat–Sun closed'],
  ['Daily 8am-midnight', 'Every day 08:00–24:00'],
  ['Daily 8am-12am', 'Every day 08:00–24:00'],
  ['Mon-Fri noon-8pm', 'Mon–Fri 12:00–20:00, Sat–Sun closed'],
  ['Mon-Fri 12 noon - 8', 'Mon–Fri 12:00–20:00, Sat–Sun closed'],
  ['Mon-Fri 12-8', 'Mon–Fri 12:00–20:00, Sat–Sun closed'],
  ['Mon-Fri 11-7', 'Mon–Fri 11:00–19:00, Sat–Sun closed'],
  ['Mon-Fri 10-10', 'Mon–Fri 10:00–22:00, Sat–Sun closed'],
  ['Mon-Fri 1-5', 'Mon–Fri 13:00–17:00, Sat–Sun closed'],
  ['Mon-Fri 7:30-4:30', 'Mon–Fri 07:30–16:30, Sat–Sun closed'],
  ['Mon-Fri 730-430', 'Mon–Fri 07:30–16:30, Sat–Sun closed'],
  ['Mon-Fri 6am-10am', 'Mon–Fri 06:00–10:00, Sat–Sun closed'],
  ['Mon-Fri 11-2pm', 'Mon–Fri 11:00–14:00, Sat–Sun closed'],
  ['Mon-Fri 10-11am', 'Mon–Fri 10:00–11:00, Sat–Sun closed'],
  ['Mon-Fri 21:00-23:30', 'Mon–Fri 21:00–23:30, Sat–Sun closed'],
  ['Mon-Fri 00:00-06:00', 'Mon–Fri 00:00–06:00, Sat–Sun closed'],
  ['Mon-Fri 12:30am-1am', 'Mon–Fri 00:30–01:00, Sat–Sun closed'],
  ['every day 9-5, closed Sunday', 'Mon–Sat 09:00–17:00, Sun closed'],
  ['Daily 9-5 but closed Sundays', 'Mon–Sat 09:00–17:00, Sun closed'],
  ['Closed Sunday, Mon-Sat 9-5', 'Mon–Sat 09:00–17:00, Sun closed'],
  ['Sunday: closed; Monday-Saturday: 9-5', 'Mon–Sat 09:00–17:00, Sun closed'],
  ['Sun off, Mon-Sat 9-5', 'Mon–Sat 09:00–17:00, Sun closed'],
  ['Closed', 'Closed all week'],
  ['closed all week', 'Closed all week'],
  ['Mon-Fri 9-5 EST', WEEKDAYS_9_5, 'America/New_York'],
  ['Mon-Fri 9-5 ET', WEEKDAYS_9_5, 'America/New_York'],
  ['Mon-Fri 9-5 Eastern', WEEKDAYS_9_5, 'America/New_York'],
  ['Mon-Fri 9-5 Eastern Time', WEEKDAYS_9_5, 'America/New_York'],
  ['Mon-Fri 9-5 Eastern Standard Time', WEEKDAYS_9_5, 'America/New_York'],
  ['Mon-Fri 9-5 Eastern Time (US & Canada)', WEEKDAYS_9_5, 'America/New_York'],
  ['Mon-Fri 9-5 America/New_York', WEEKDAYS_9_5, 'America/New_York'],
  ['Mon-Fri 9-5 (america/new_york)', WEEKDAYS_9_5, 'America/New_York'],
  ['Mon-Fri 9-5 CT', WEEKDAYS_9_5, 'America/Chicago'],
  ['Mon-Fri 9-5 Central', WEEKDAYS_9_5, 'America/Chicago'],
  ['Mon-Fri 9-5 Central Time (US & Canada)', WEEKDAYS_9_5, 'America/Chicago'],
  ['Mon-Fri 9-5 MT', WEEKDAYS_9_5, 'America/Denver'],
  ['Mon-Fri 9-5 Mountain', WEEKDAYS_9_5, 'America/Denver'],
  ['Mon-Fri 9-5 Arizona', WEEKDAYS_9_5, 'America/Phoenix'],
  ['Weekdays 9 to 5 Pacific', WEEKDAYS_9_5, 'America/Los_Angeles'],
  ['Mon-Fri 9-5 PST', WEEKDAYS_9_5, 'America/Los_Angeles'],
  ['Mon-Fri 9-5 PT', WEEKDAYS_9_5, 'America/Los_Angeles'],
  ['Mon-Fri 9-5 Pacific Time (US & Canada)', WEEKDAYS_9_5, 'America/Los_Angeles'],
  ['Mon-Fri 9-5 Hawaii', WEEKDAYS_9_5, 'Pacific/Honolulu'],
  ['Mon–Fri 09:00–17:00 Europe/London', WEEKDAYS_9_5, 'Europe/London'],
  ['Mon-Fri 9-5 London', WEEKDAYS_9_5, 'Europe/London'],
  ['Mon-Fri 9-5 GMT', WEEKDAYS_9_5, 'Europe/London'],
  ['Mon-Fri 9-5 CET', WEEKDAYS_9_5, 'Europe/Berlin'],
  ['Mon-Fri 9-5 UTC', WEEKDAYS_9_5, 'UTC'],
  ['Mon-Fri 9-5 UTC+2', WEEKDAYS_9_5, 'Etc/GMT-2'],
  ['Mon-Fri 9-5 GMT-5', WEEKDAYS_9_5, 'Etc/GMT+5'],
  ['Mon-Fri 9-5 JST', WEEKDAYS_9_5, 'Asia/Tokyo'],
  ['Mon-Fri 9-5 AEST', WEEKDAYS_9_5, 'Australia/Sydney'],
  ['Mon-Fri 9-5 Asia/Kolkata', WEEKDAYS_9_5, 'Asia/Kolkata'],
  ['HOO: 9am - 5pm EST (every day)', DAILY_9_5, 'America/New_York'],
  ['M-F 8:30a-6p CST, Sat 9-1', 'Mon–Fri 08:30–18:00, Sat 09:00–13:00, Sun closed', 'America/Chicago'],
]

/** [phrase, issue code, offset in the text] */
const ISSUES: [string, string, number][] = [
  ['Mon-Fri 9-5 by appointment', 'unreadable', 12],
  ['9-5', 'missing_field', 0],
  ['9am-5pm EST', 'missing_field', 0],
  ['Mon-Fri', 'missing_field', 0],
  ['Mon-Fri 9', 'unreadable', 8],
  ['T-F 9-5', 'unreadable', 0],
  ['S 10-2', 'unreadable', 0],
  ['Mon-Fri 9-5, Fri 9-3', 'conflicting_field', 13],
  ['Mon-Fri 9-5 EST, Sat 10-2 PST', 'conflicting_field', 26],
  ['Mon-Fri 9-5 America/New_Yrok', 'unknown_time_zone', 12],
  ['Mon-Fri 9-5 UTC+5:30', 'unknown_time_zone', 12],
  ['Mon-Fri 25:00-26:00', 'out_of_range', 8],
  ['Mon-Fri 9:75-5', 'out_of_range', 8],
  ['Mon-Fri 13pm-5pm', 'out_of_range', 8],
  ['Mon-Fri 9-5 ish', 'unreadable', 12],
  ['Mon-Fri 9-5 😀', 'unreadable', 12],
  ['Mon-Fri 9-5; Dec 25 closed', 'invalid_date', 13],
  ['2026-02-30 closed', 'unreadable', 0],
  ['2026-12-24 10pm-2am', 'close_before_open', 0],
  ['2027-01-02 to 2026-12-24 closed', 'invalid_date', 0],
  ['Mon-Fri 9-5 closed', 'missing_field', 12],
  ['- 9-5', 'unreadable', 0],
  ['every 9-5', 'unreadable', 0],
]

describe('readText: phrases partners write', () => {
  it.each(WEEKS)('%s', (phrase, week, zone) => {
    const read = readText(phrase, { at: Date.UTC(2026, 0, 15) })
    expect(read.issues.filter((issue) => issue.severity === 'error')).toEqual([])
    expect(describeSchedule(read.schedule!)).toBe(week)
    expect(read.timeZone).toBe(zone)
  })

  it.each(ISSUES)('%s is an issue, never a guess', (phrase, code, offset) => {
    const read = readText(phrase)
    expect(read.ok).toBe(false)
    expect(read.issues.filter((issue) => issue.severity === 'error').map((issue) => [issue.code, issue.path])).toContainEqual([code, ['text', offset]])
  })

  it('has at least 100 phrases', () => {
    expect(WEEKS.length + ISSUES.length).toBeGreaterThanOrEqual(100)
  })
})
