import type HolidaysModule from 'date-holidays'
import { missingPeer } from './missingPeer'

// The CommonJS build's loader (tsup.config.ts puts it in place of dateHolidaysPeer.ts): required
// on the first call of holidayExceptions, so a missing package fails only there, by name.
let loaded: typeof HolidaysModule | undefined

/** date-holidays' constructor, or an error naming the package to install. Internal. */
export function dateHolidaysPeer(): typeof HolidaysModule {
  if (loaded === undefined) {
    try {
      loaded = require('date-holidays') as typeof HolidaysModule
    } catch {
      throw missingPeer('date-holidays', 'holidayExceptions')
    }
  }
  return loaded
}
