/**
 * Errors of the fleet functions (issue 20, item 9): instants read by the library's one reader,
 * never a raw "Invalid time value"; what coverageSummary was given, said; option typos refused;
 * the per-target span limit naming the target.
 */
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { BusinessHoursError, coverage, coverageSummary, intersectIntervals, parseTarget, routingTimeline, scheduleFromIntervals, subtractIntervals, unionIntervals, EPOCH_MS, type Coverage } from '../../src/index'

const issuesOf = (run: () => unknown) => {
  try {
    run()
  } catch (error) {
    if (error instanceof BusinessHoursError) return error.issues.map((issue) => [issue.path.join('.'), issue.message])
    throw error
  }
  throw new Error('no error')
}

describe('the interval algebra reads instants as the library does', () => {
  it('refuses epoch ms outside the Date range (1e300) as a located issue, never "Invalid time value"', () => {
    const issues = issuesOf(() => unionIntervals([[{ start: 0, end: 1e300 }]], EPOCH_MS))
    expect(issues).toEqual([['lists.0.0.end', 'end must be a valid Date or finite epoch milliseconds within the Date range, received 1e+300']])
    expect(() => intersectIntervals([{ start: 8.64e15 + 1, end: 8.64e15 + 2 }], [])).toThrow(BusinessHoursError)
  })

  it('drops a fraction of a millisecond toward zero, as new Date does', () => {
    expect(unionIntervals([[{ start: 0.5, end: 10.9 }]], EPOCH_MS)).toEqual([{ start: 0, end: 10 }])
  })

  it('takes a Date from another realm', () => {
    const foreign = runInNewContext('[new Date(0), new Date(100)]') as Date[]
    expect(foreign[0] instanceof Date).toBe(false)
    expect(subtractIntervals([{ start: foreign[0]!, end: foreign[1]! }], [{ start: 20, end: 30 }], EPOCH_MS)).toEqual([{ start: 0, end: 20 }, { start: 30, end: 100 }])
  })
})

describe('coverageSummary says what it was given', () => {
  it('names a routingTimeline', () => {
    const timeline = routingTimeline([], 0, 3_600_000)
    expect(() => coverageSummary(timeline as unknown as Coverage)).toThrow('coverageSummary needs what coverage answered, received a routingTimeline (segments with shares, not targets)')
  })
  it('names a segment without targets and an instant out of range', () => {
    const good = coverage([], 0, 3_600_000, { epochMs: true })
    const broken = { ...good, segments: [...good.segments, { start: 3_600_000, end: 7_200_000 }] } as unknown as Coverage<number>
    expect(() => coverageSummary(broken)).toThrow(/segments\[1\] is an object, not \{ start, end, targets \}|segments\[1\] is .*not \{ start, end, targets \}/)
    const far = { ...good, segments: [{ start: 0, end: 1e300, targets: [] }] }
    expect(() => coverageSummary(far)).toThrow(/segments\[0\]\.end must be a valid Date/)
  })
})

describe('option typos are refused', () => {
  it.each([['coverage'], ['routingTimeline']])('%s({ cap: true }) is a TypeError naming the option', (name) => {
    const run = name === 'coverage' ? () => coverage([], 0, 1, { cap: true } as never) : () => routingTimeline([], 0, 1, { cap: true } as never)
    expect(run).toThrow(TypeError)
    expect(run).toThrow(`${name} has no option "cap": its options are caps, skipInvalid, epochMs`)
  })
})

describe('the per-target span limit names the target', () => {
  it('targets[1] (id 7): …', () => {
    const quiet = parseTarget({ id: 3, time_zone: 'UTC' })
    const busy = { ...parseTarget({ id: 7, time_zone: 'UTC' }), schedule: scheduleFromIntervals(Array.from({ length: 5040 }, (_, i) => ({ start: 2 * i, end: 2 * i + 1 }))) }
    expect(() => coverage([quiet, busy], 0, 400 * 86_400_000)).toThrow(/^targets\[1\] \(id 7\): the window holds more than \d+ open spans/)
  })
})
