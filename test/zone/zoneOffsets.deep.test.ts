/**
 * Deep check (npm run test:deep only): for every zone the runtime knows, the offset engine's
 * transitions 1900–2100 are exactly the oracle's, found by sampling Intl daily and bisecting to the
 * ms. The engine samples every 3 days; this keeps true its assumption that no two transitions that
 * cancel out are closer than that (the closest in tzdb 2025c are 6.96 days apart), and that every
 * transition it reports is real, to the millisecond. About a minute on one core.
 */
import { describe, expect, it } from 'vitest'
import { createZoneOffsets, segmentAt, zoneFormat } from '../../src/zone/zoneOffsets'
import { findTransitions, offsetMs } from '../oracles/wallClock'

const FROM = Date.UTC(1900, 0, 1)
const TO = Date.UTC(2100, 0, 1)
const DAY_MS = 86_400_000

/** The engine's transitions in [FROM, TO) from a fresh zone, walking segment to segment. */
function engineTransitions(zone: string): number[] {
  const offsets = createZoneOffsets(zone, zoneFormat(zone))
  const found: number[] = []
  let previous = segmentAt(offsets, FROM).offset
  for (let t = FROM; t < TO; ) {
    const segment = segmentAt(offsets, t)
    if (segment.offset !== previous) found.push(t)
    previous = segment.offset
    t = segment.end
  }
  return found
}

const ZONES = ['UTC', ...Intl.supportedValuesOf('timeZone')]
const AREAS = [...new Set(ZONES.map((z) => z.split('/')[0]!))]

describe('every zone, every transition 1900–2100, against daily sampling', () => {
  for (const area of AREAS) {
    it(`${area}/*`, () => {
      const differences: { zone: string; onlyEngine: string[]; onlyOracle: string[] }[] = []
      for (const zone of ZONES.filter((z) => z.split('/')[0] === area)) {
        const engine = engineTransitions(zone)
        const oracle = findTransitions(zone, FROM, TO, DAY_MS)
        const show = (t: number) => `${new Date(t).toISOString()} → ${offsetMs(t, zone) / 60_000} min`
        const onlyEngine = engine.filter((t) => !oracle.includes(t)).map(show)
        const onlyOracle = oracle.filter((t) => !engine.includes(t)).map(show)
        if (onlyEngine.length + onlyOracle.length > 0) differences.push({ zone, onlyEngine, onlyOracle })
      }
      expect(differences).toEqual([])
    })
  }
})
