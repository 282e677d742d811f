import { toEpochMs } from '../ground/instant'
import { describeReceived } from '../ground/issues'
import type { Coverage, CoverageSummary, Span, TargetCoverage } from './types'
import { MINUTE_MS } from '../ground/timeUnits'


function msOf(value: unknown, where: string): number {
  // The library's one instant reader: a Date of any realm, epoch ms within the Date range.
  try {
    return toEpochMs(value as number, where)
  } catch (error) {
    throw new TypeError(`coverageSummary needs what coverage answered: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/**
 * The figures of a coverage: open minutes per target and overall, gap minutes, the longest gap, and
 * the minutes covered by exactly one target (single points of failure), per target too.
 *
 * @param result - what `coverage` answered (in `Date`s or epoch ms)
 * @returns minutes (fractional where the range's edges are), and the longest gap as it came
 * @throws {TypeError} for a value that is not a coverage
 *
 * @example
 * coverageSummary(coverage([newYorkDesk, manilaDesk], Date.UTC(2026, 10, 30), Date.UTC(2026, 11, 1)))
 * //=> { totalMinutes: 1440, coveredMinutes: 960, gapMinutes: 480, longestGap: { start: 2026-11-30T09:00:00.000Z, end: 2026-11-30T14:00:00.000Z },
 * //     singleMinutes: 960, targets: [{ id: 1, openMinutes: 480, soleMinutes: 480 }, { id: 2, openMinutes: 480, soleMinutes: 480 }] }
 */
export function coverageSummary<I extends Date | number>(result: Coverage<I>): CoverageSummary<I> {
  if (typeof result !== 'object' || result === null || !Array.isArray(result.segments)) {
    throw new TypeError(`coverageSummary needs what coverage answered, received ${describeReceived(result)}`)
  }
  // A routingTimeline has segments too, with shares instead of targets: say so, rather than count it wrong.
  const first: unknown = result.segments[0]
  if (typeof first === 'object' && first !== null && !Array.isArray((first as { targets?: unknown }).targets)) {
    const what = Array.isArray((first as { shares?: unknown }).shares) ? 'a routingTimeline (segments with shares, not targets)' : `segments[0] without a targets list`
    throw new TypeError(`coverageSummary needs what coverage answered, received ${what}`)
  }
  const open = new Map<number, number>()
  const sole = new Map<number, number>()
  const byList = new Map<readonly number[], number>()
  let total = 0
  let gap = 0
  let single = 0
  let longest: Span<I> | null = null
  let longestLength = 0
  result.segments.forEach((segment, index) => {
    if (typeof segment !== 'object' || segment === null || !Array.isArray(segment.targets)) {
      throw new TypeError(`coverageSummary needs what coverage answered: segments[${index}] is ${describeReceived(segment)}, not { start, end, targets }`)
    }
    const length = msOf(segment.end, `segments[${index}].end`) - msOf(segment.start, `segments[${index}].start`)
    total += length
    if (segment.targets.length === 0) {
      gap += length
      if (length > longestLength) {
        longest = { start: segment.start, end: segment.end }
        longestLength = length
      }
    }
    if (segment.targets.length === 1) {
      single += length
      sole.set(segment.targets[0]!, (sole.get(segment.targets[0]!) ?? 0) + length)
    }
    // Segments with the same set share one array (coverage lists each set once): sum by array first.
    byList.set(segment.targets, (byList.get(segment.targets) ?? 0) + length)
  })
  for (const [list, length] of byList) for (const id of list) open.set(id, (open.get(id) ?? 0) + length)
  // Every target considered, in input order (one that never accepts has 0 minutes).
  const ids = Array.isArray(result.targets) ? result.targets : Array.from(open.keys())
  const targets: TargetCoverage[] = ids.map((id) => ({ id, openMinutes: (open.get(id) ?? 0) / MINUTE_MS, soleMinutes: (sole.get(id) ?? 0) / MINUTE_MS }))
  return { totalMinutes: total / MINUTE_MS, coveredMinutes: (total - gap) / MINUTE_MS, gapMinutes: gap / MINUTE_MS, longestGap: longest, singleMinutes: single / MINUTE_MS, targets }
}
