// Instants as local minutes and back, for formats whose dated ranges are wall-clock date-times with
// no offset (Teams' fixed schedules). Local minutes count from 1970-01-01 00:00 on the zone's clock.

import { instantOfWallClock } from './instantOfWallClock'
import { zoneFor } from './resolveTimeZone'
import { offsetAt } from './zoneOffsets'
import { MINUTE_MS } from '../ground/timeUnits'

/**
 * The local minute an instant reads in a zone (whole minutes since local 1970-01-01 00:00, seconds
 * dropped), and whether reading that minute back names the same instant: false inside a fall-back's
 * repeated hour's second showing, and for an offset that is not whole minutes. Internal.
 *
 * @example
 * // 2026-12-24 14:00Z is 09:00 in New York
 * localMinuteOfInstant(Date.UTC(2026, 11, 24, 14), 'America/New_York')
 * //=> { minute: 29968380, exact: true }
 */
export function localMinuteOfInstant(ms: number, timeZone: string): { minute: number; exact: boolean } {
  const zone = zoneFor(timeZone)
  const local = ms + offsetAt(zone, ms)
  const minute = Math.floor(local / MINUTE_MS)
  return { minute, exact: minute * MINUTE_MS === local && instantOfWallClock(zone, local) === ms }
}
