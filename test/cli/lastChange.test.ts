import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { stateSince } from '../../src/cli/lastChange'
import { isOpen, type WeeklySchedule } from '../../src/index'
import { caseArb } from '../query/arbitraries'

const MINUTE = 60_000
const weekdays9to5: WeeklySchedule = { intervals: [1, 2, 3, 4, 5].map((d) => ({ start: d * 1440 + 540, end: d * 1440 + 1020 })) }

/** Oracle: walk back minute by minute with isOpen while the state holds (up to 8 days). */
function sinceByScan(schedule: WeeklySchedule, at: number, zone: string): { open: boolean; since: number | null } {
  const open = isOpen(schedule, at, zone)
  let t = Math.floor(at / MINUTE) * MINUTE
  const limit = at - 8 * 1440 * MINUTE
  while (t - MINUTE > limit && isOpen(schedule, t - MINUTE, zone) === open) t -= MINUTE
  return { open, since: t - MINUTE > limit ? t : null }
}

describe('stateSince — examples', () => {
  it.each([
    ['open since 09:00', '2026-11-30T10:15:00Z', true, '2026-11-30T09:00:00.000Z'],
    ['opened this very instant', '2026-11-30T09:00:00Z', true, '2026-11-30T09:00:00.000Z'],
    ['open, with seconds', '2026-11-30T09:00:30Z', true, '2026-11-30T09:00:00.000Z'],
    ['closed since Friday 17:00 (weekend)', '2026-11-29T12:00:00Z', false, '2026-11-27T17:00:00.000Z'],
    ['closed this very instant', '2026-11-30T17:00:00Z', false, '2026-11-30T17:00:00.000Z'],
  ])('%s', (_what, at, open, since) => {
    const state = stateSince(weekdays9to5, new Date(at), 'UTC')
    expect(state).toEqual({ open, since: new Date(since) })
  })

  it('is null when the state never changes', () => {
    expect(stateSince({ intervals: [] }, new Date(0), 'UTC')).toEqual({ open: false, since: null })
    expect(stateSince({ intervals: [{ start: 0, end: 10080 }] }, new Date(0), 'UTC')).toEqual({ open: true, since: null })
  })

  it('counts real time across a clock change (New York, spring forward 2026-03-08)', () => {
    // Open Sat 22:00 – Sun 06:00 local; Sunday 02:00 EST jumps to 03:00 EDT. At Sun 05:00 EDT (09:00Z)
    // the span began Sat 22:00 EST = Sun 03:00Z.
    const overnight: WeeklySchedule = { intervals: [{ start: 0, end: 360 }, { start: 9960, end: 10080 }] }
    expect(stateSince(overnight, new Date('2026-03-08T09:00:00Z'), 'America/New_York')).toEqual({
      open: true,
      since: new Date('2026-03-08T03:00:00Z'),
    })
  })
})

describe('stateSince — agrees with a minute-by-minute scan of isOpen', () => {
  it('in zones with odd offsets and transitions', () => {
    fc.assert(
      fc.property(caseArb, ({ zone, at, schedule }) => {
        const actual = stateSince(schedule, new Date(at), zone)
        const expected = sinceByScan(schedule, at, zone)
        expect(actual.open).toBe(expected.open)
        expect(actual.since === null ? null : actual.since.getTime()).toBe(expected.since)
      }),
      { numRuns: 60 },
    )
  })
})
