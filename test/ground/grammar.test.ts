/**
 * One public grammar (issue 21), checked over every export: each function is listed here with a
 * call that works, so a new export must be placed in the grammar before its tests pass. Options are
 * the last argument and are read one way everywhere: an unknown key or options that are not an
 * object are a TypeError (a `validate*` function reports them as issues under `options` instead,
 * never throwing), and the built-in argument errors are not of the library's error family.
 */
import { describe, expect, it } from 'vitest'
import * as library from '../../src/index'
import { isCallhoursError } from '../../src/index'

const c = library
const week = c.parseBusinessHours([1, 2, 3, 4, 5].map((day) => ({ day_of_week: day, time_open: 900, time_close: 1700 })))
const target = c.parseTarget({ id: 1, time_zone: 'UTC', business_hours: [{ day_of_week: 1, time_open: 900, time_close: 1700 }] })
const t0 = Date.UTC(2026, 10, 30)
const t1 = Date.UTC(2026, 11, 7)
const records: library.BusinessHourRecord[] = [{ id: 1, day_of_week: 1, time_open: 900, time_close: 1700, work_day: true, invert: false }]

type Call = (options: unknown) => unknown

/** Functions whose last argument is options, each called the way its signature reads: subject, instants, zone, options. */
const TAKES_OPTIONS: Record<string, Call> = {
  parseBusinessHours: (o) => c.parseBusinessHours(records, o as never),
  nextOpening: (o) => c.nextOpening(week, t0, 'UTC', o as never),
  nextClosing: (o) => c.nextClosing(week, t0, 'UTC', o as never),
  nextChange: (o) => c.nextChange(week, t0, 'UTC', o as never),
  openIntervals: (o) => c.openIntervals(week, t0, t1, 'UTC', o as never),
  hoursOn: (o) => c.hoursOn(week, '2026-11-30', 'UTC', o as never),
  addOpenTime: (o) => c.addOpenTime(week, t0, 1000, 'UTC', o as never),
  describeSchedule: (o) => c.describeSchedule(week, o as never),
  renderWeekGrid: (o) => c.renderWeekGrid(week, o as never),
  renderWeekSvg: (o) => c.renderWeekSvg(week, o as never),
  diffBusinessHours: (o) => c.diffBusinessHours(records, records, o as never),
  applyBusinessHoursAttributes: (o) => c.applyBusinessHoursAttributes(records, [], o as never),
  parseTarget: (o) => c.parseTarget({ id: 1, business_hours: [] }, o as never),
  targetAvailability: (o) => c.targetAvailability(target, t0, o as never),
  isAccepting: (o) => c.isAccepting(target, t0, o as never),
  capResetsAt: (o) => c.capResetsAt('Daily', t0, 'UTC', o as never),
  nextAccepting: (o) => c.nextAccepting(target, t0, o as never),
  routingOrder: (o) => c.routingOrder([target], t0, o as never),
  unionIntervals: (o) => c.unionIntervals([], o as never),
  intersectIntervals: (o) => c.intersectIntervals([], [], o as never),
  subtractIntervals: (o) => c.subtractIntervals([], [], o as never),
  coverage: (o) => c.coverage([target], t0, t1, o as never),
  routingTimeline: (o) => c.routingTimeline([target], t0, t1, o as never),
  // Its options are its only argument: { apiKey } plus the rest.
  coverageGrid: (o) => c.coverageGrid(c.coverage([target], t0, t1), (o === undefined ? { timeZone: 'UTC' } : typeof o === 'object' && o !== null ? { timeZone: 'UTC', ...o } : o) as never),
  renderCoverageGrid: (o) => c.renderCoverageGrid(c.coverageGrid(c.coverage([target], t0, t1), { timeZone: 'UTC' }), o as never),
  renderCoverageSvg: (o) => c.renderCoverageSvg(c.coverageGrid(c.coverage([target], t0, t1), { timeZone: 'UTC' }), o as never),
  planExceptionUpdates: (o) => c.planExceptionUpdates(week, t0, t1, 'UTC', o as never),
  createRetreaverClient: (o) => c.createRetreaverClient((o === undefined ? { apiKey: 'k'.repeat(20) } : typeof o === 'object' ? { apiKey: 'k'.repeat(20), ...o } : o) as never),
}

/** `validate*`: options problems are issues under `options`, never thrown. */
const VALIDATES: Record<string, Call> = {
  validateBusinessHours: (o) => c.validateBusinessHours(records, o as never),
  validateExceptions: (o) => c.validateExceptions([], o as never),
  validateTarget: (o) => c.validateTarget({ id: 1, business_hours: [] }, o as never),
}

/** Functions without options (and the classes and constants), placed so that every export is accounted for. */
const NO_OPTIONS = new Set([
  'toBusinessHours', 'parseMilitaryTime', 'formatMilitaryTime', 'scheduleFromIntervals', 'schedulesEqual', 'parseExceptions', 'withExceptions',
  'isOpen', 'openDuration', 'resolveTimeZone', 'redundantBusinessHours', 'buildTargetUpdate', 'routingShares', 'weekRecordsAt',
  'coverageSummary', 'formatIssuePath', 'isCallhoursError', 'wallClockAt',
  'BusinessHoursError', 'CallhoursError', 'RetreaverApiError', 'MINUTES_PER_DAY', 'MINUTES_PER_WEEK', 'MAX_ISSUES', 'EPOCH_MS', 'CLIENT_BOUNDS',
])

const thrown = (run: () => unknown): unknown => {
  try {
    run()
  } catch (error) {
    return error
  }
  return undefined
}

describe('the grammar holds over every export', () => {
  it('every export is placed: takes options, validates, or has none', () => {
    const unplaced = Object.keys(library).filter((name) => !(name in TAKES_OPTIONS) && !(name in VALIDATES) && !NO_OPTIONS.has(name))
    expect(unplaced).toEqual([])
  })

  it.each(Object.entries(TAKES_OPTIONS))('%s: works without options; an unknown key and options that are not an object are TypeErrors, not of the family', (_name, call) => {
    expect(() => call(undefined)).not.toThrow()
    for (const bad of [{ bogusOption: true }, 5, 'epochMs']) {
      const error = thrown(() => call(bad))
      expect(error, JSON.stringify(bad)).toBeInstanceOf(TypeError)
      expect(isCallhoursError(error)).toBe(false)
    }
    expect(String((thrown(() => call({ bogusOption: true })) as Error).message)).toContain('bogusOption')
  })

  it.each(Object.entries(VALIDATES))('%s: never throws; bad options are issues under options', (_name, call) => {
    for (const bad of [{ bogusOption: true }, 5]) {
      const result = call(bad) as { ok: boolean; issues: readonly library.Issue[] }
      expect(result.ok).toBe(false)
      expect(result.issues.some((issue) => issue.path[0] === 'options')).toBe(true)
    }
  })
})
