// Examples of every rule of readGenesys / writeGenesys and of the RRULE expander. The fixture
// (test/fixtures/formats/genesys/schedule-group.json) is written from the Platform API's shapes
// (ScheduleGroup with { id, name, selfUri } references; the schedules list answer { entities }) and
// the Resource Center's examples (help.mypurecloud.com create-new-schedule, configure the
// schedule's recurrence settings: "system maintenance every two days", a one-time election day).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { scheduleFromIntervals, withExceptions } from '../../../src/index'
import { readGenesys, writeGenesys } from '../../../src/formats/index'
import { collectIssues } from '../../../src/ground/issues'
import { daysFromCivil, isoDateOfDay } from '../../../src/zone/civil'
import { readRrule, rruleDays } from '../../../src/formats/genesys/rrule'

const fixture = readFileSync(join(__dirname, '../../fixtures/formats/genesys/schedule-group.json'), 'utf8')
const sched = (name: string, start: string, end: string, rrule?: string): object => (rrule === undefined ? { name, start, end } : { name, start, end, rrule })

function expand(rule: string, start: string, last: string): string[] {
  const collector = collectIssues()
  const parsed = readRrule(rule, ['rrule'], collector)
  expect(collector.errors).toEqual([])
  const [y, m, d] = start.split('-').map(Number)
  const [ly, lm, ld] = last.split('-').map(Number)
  return rruleDays(parsed!, daysFromCivil(y!, m!, d!), 540, daysFromCivil(ly!, lm!, ld!))!.map(isoDateOfDay)
}

describe('RRULE expander', () => {
  it('DAILY, WEEKLY with INTERVAL and WKST, COUNT, UNTIL', () => {
    expect(expand('FREQ=DAILY;INTERVAL=2;COUNT=3', '2026-11-01', '2027-01-01')).toEqual(['2026-11-01', '2026-11-03', '2026-11-05'])
    expect(expand('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;UNTIL=20260120', '2026-01-06', '2027-01-01')).toEqual(['2026-01-06', '2026-01-08', '2026-01-20'])
    // WKST=SU vs the default MO moves which weeks count for INTERVAL=2 (RFC 5545's own example)
    expect(expand('FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO', '1997-08-05', '1998-01-01')).toEqual(['1997-08-05', '1997-08-10', '1997-08-19', '1997-08-24'])
    expect(expand('FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU', '1997-08-05', '1998-01-01')).toEqual(['1997-08-05', '1997-08-17', '1997-08-19', '1997-08-31'])
  })
  it('MONTHLY by month day (negative, missing days skipped) and by weekday ordinal; YEARLY with BYMONTH', () => {
    expect(expand('FREQ=MONTHLY;BYMONTHDAY=31;COUNT=3', '2026-01-31', '2027-01-01')).toEqual(['2026-01-31', '2026-03-31', '2026-05-31'])
    expect(expand('FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=3', '2026-01-31', '2027-01-01')).toEqual(['2026-01-31', '2026-02-28', '2026-03-31'])
    expect(expand('FREQ=MONTHLY;BYDAY=-1FR;COUNT=2', '2026-01-30', '2027-01-01')).toEqual(['2026-01-30', '2026-02-27'])
    expect(expand('FREQ=YEARLY;BYMONTH=11;BYDAY=4TH', '2026-11-26', '2028-12-31')).toEqual(['2026-11-26', '2027-11-25', '2028-11-23'])
    expect(expand('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29', '2024-02-29', '2032-12-31')).toEqual(['2024-02-29', '2028-02-29', '2032-02-29'])
  })
  it('unsupported parts and bad values are located issues', () => {
    const collector = collectIssues()
    readRrule('FREQ=HOURLY;BYSETPOS=1;BYDAY=XX;COUNT=0;INTERVAL=-1', ['rrule'], collector)
    expect(collector.errors.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['unknown_field', 'rrule.BYSETPOS'],
      ['unknown_field', 'rrule.FREQ'],
      ['out_of_range', 'rrule.INTERVAL'],
      ['out_of_range', 'rrule.COUNT'],
      ['invalid_type', 'rrule.BYDAY'],
    ])
  })
})

describe('readGenesys', () => {
  it('reads the group with references resolved against the schedules list answer', () => {
    const read = readGenesys(fixture, { years: [2026, 2027] })
    expect(read.issues).toEqual([])
    expect(read.timeZone).toBe('America/Chicago')
    expect(read.schedule!.intervals).toEqual([1, 2, 3, 4, 5].map((d) => ({ start: d * 1440 + 480, end: d * 1440 + 1020 })))
    expect(read.exceptions).toEqual([
      { date: '2026-11-03', closed: true, label: 'Election day' },
      { date: '2026-11-05', hours: [{ time_open: 800, time_close: 1600 }], label: 'Maintenance' },
      { date: '2026-12-25', closed: true, label: 'Christmas' },
    ])
    expect(read.losses.map((l) => l.code)).toEqual(['expanded', 'approximated'])
  })
  it('embedded schedules, snake_case keys, Holiday > Closed > Open, spans past midnight', () => {
    const read = readGenesys({
      time_zone: 'Europe/Berlin',
      open_schedules: [sched('Late', '2026-01-02T20:00:00.000', '2026-01-03T02:00:00.000', 'FREQ=WEEKLY;BYDAY=FR,SA')],
      closed_schedules: [sched('Break', '2026-01-02T23:00:00.000', '2026-01-02T23:30:00.000', 'FREQ=WEEKLY;BYDAY=FR')],
      holiday_schedules: [sched('Party', '2026-07-03T00:00:00.000', '2026-07-03T21:00:00.000')],
    })
    expect(read.schedule!.intervals).toEqual([
      { start: 0, end: 120 },
      { start: 5 * 1440 + 1200, end: 5 * 1440 + 1380 },
      { start: 5 * 1440 + 1410, end: 6 * 1440 + 120 },
      { start: 6 * 1440 + 1200, end: 10080 },
    ])
    expect(read.exceptions).toEqual([{ date: '2026-07-03', hours: [{ time_open: 2100, time_close: 2300 }, { time_open: 2330, time_close: 2400 }], label: 'Party' }])
  })
  it('an endless rule that is not weekly needs years (a loss without them); a reference without its schedule is an issue', () => {
    const group = { timeZone: 'UTC', openSchedules: [sched('Monthly', '2026-01-15T09:00:00.000', '2026-01-15T12:00:00.000', 'FREQ=MONTHLY')] }
    expect(readGenesys(group).losses[0]).toMatchObject({ code: 'not_supported', path: ['openSchedules', 0, 'rrule'] })
    expect(readGenesys(group, { years: [2026] }).exceptions).toHaveLength(12)
    const missing = readGenesys({ timeZone: 'UTC', openSchedules: [{ id: 'nope', name: 'x', selfUri: '/x' }] })
    expect(missing.issues[0]).toMatchObject({ code: 'unknown_id', path: ['openSchedules', 0, 'id'] })
  })
  it('hostile input: located issues in bounded time', () => {
    const started = Date.now()
    expect(readGenesys([]).issues[0]!.code).toBe('not_an_object')
    expect(readGenesys({ timeZone: 'Mars/Base', openSchedules: [] }).issues[0]!.code).toBe('unknown_time_zone')
    expect(readGenesys({ openSchedules: [sched('x', '2026-01-05T09:00:30.000', '2026-01-05T08:00:00.000')] }).issues.map((i) => i.code)).toEqual(['not_whole_minute'])
    expect(readGenesys({ openSchedules: [sched('x', '2026-01-05T09:00:00.000', '2026-01-05T08:00:00.000')] }).issues.map((i) => i.code)).toEqual(['out_of_order'])
    expect(readGenesys({ openSchedules: new Array(1_000_000).fill(0) }).issues[0]!.code).toBe('out_of_range')
    // A COUNT rule is walked from its start (at most 200,000 periods); a rule that never matches stops at the years' end.
    expect(readGenesys({ openSchedules: [sched('x', '0001-01-01T00:00:00.000', '0001-01-01T01:00:00.000', 'FREQ=DAILY;COUNT=100000')] }, { years: [2026] }).exceptions).toEqual([])
    expect(readGenesys({ openSchedules: [sched('x', '0001-01-01T00:00:00.000', '0001-01-01T01:00:00.000', 'FREQ=DAILY;BYMONTH=2;COUNT=100000')] }, { years: [2026] }).issues[0]!.code).toBe('out_of_range')
    expect(readGenesys({ openSchedules: [sched('x', '2026-01-01T00:00:00.000', '2026-01-01T01:00:00.000', 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30')] }, { years: [2026] }).exceptions).toEqual([])
    expect(readGenesys({ openSchedules: [sched('x', '2026-01-01T00:00:00.000', '2026-01-01T01:00:00.000', 'FREQ=DAILY;' + 'X'.repeat(5000))] }).issues[0]!.code).toBe('out_of_range')
    expect(Date.now() - started).toBeLessThan(10_000)
  })
})

describe('writeGenesys', () => {
  it('the Saturday→Sunday wrap is one weekly schedule; a closed date a holiday; a date with hours open + closed schedules', () => {
    const calendar = withExceptions(scheduleFromIntervals([{ start: 0, end: 120 }, { start: 8640 + 1320, end: 10080 }]), [
      { date: '2026-12-25', closed: true, label: 'Christmas' },
      { from: '2026-12-28', to: '2026-12-30', hours: [{ time_open: 900, time_close: 1300 }] },
    ])
    const { value, losses } = writeGenesys(calendar, { timeZone: 'Europe/Berlin' })
    expect(losses).toEqual([])
    expect(value.openSchedules).toEqual([
      { name: 'Open 22:00–02:00', start: '2000-01-08T22:00:00.000', end: '2000-01-09T02:00:00.000', rrule: 'FREQ=WEEKLY;BYDAY=SA' },
      { name: '2026-12-28–2026-12-30', start: '2026-12-28T09:00:00.000', end: '2026-12-28T13:00:00.000', rrule: 'FREQ=DAILY;COUNT=3' },
    ])
    expect(value.holidaySchedules).toEqual([{ name: 'Christmas', start: '2026-12-25T00:00:00.000', end: '2026-12-26T00:00:00.000' }])
    expect(value.closedSchedules.map((s) => `${s.start}–${s.end}`)).toEqual(['2026-12-28T00:00:00.000–2026-12-28T09:00:00.000', '2026-12-28T13:00:00.000–2026-12-29T00:00:00.000'])
  })
  it('a yearly entry is a YEARLY rule, split by UNTIL around a year a date decides; absolute entries are losses', () => {
    const calendar = withExceptions(scheduleFromIntervals([]), [
      { date: '--12-25', closed: true },
      { date: '2026-12-25', hours: [{ time_open: 1000, time_close: 1200 }] },
      { start: '2026-05-01T10:00:00Z', end: '2026-05-01T11:00:00Z', closed: true },
    ])
    const { value, losses } = writeGenesys(calendar)
    expect(value.holidaySchedules.map((s) => [s.start, s.rrule])).toEqual([
      ['2000-12-25T00:00:00.000', 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=25;UNTIL=20251231'],
      ['2027-12-25T00:00:00.000', 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=25'],
    ])
    expect(losses.map((l) => [l.code, l.path.join('.')])).toEqual([['not_supported', 'exceptions.2'], ['zone', '']])
    expect(() => writeGenesys('nope')).toThrow(TypeError)
  })
})
