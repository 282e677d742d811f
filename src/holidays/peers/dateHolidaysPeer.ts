import type HolidaysModule from 'date-holidays'
import { missingPeer } from './missingPeer'

// The ES module build: loaded once with callhours/holidays, and only if installed — a missing
// package is reported when holidayExceptions is called, not when the entry is imported. The
// CommonJS build swaps this file for dateHolidaysPeer.cjs.ts (tsup.config.ts), which requires it
// on first use. The CLI imports the source that uses it only for --holidays.
const loaded: typeof HolidaysModule | undefined = await import('date-holidays').then(
  (module) => module.default,
  () => undefined,
)

/** date-holidays' constructor, or an error naming the package to install. Internal. */
export function dateHolidaysPeer(): typeof HolidaysModule {
  if (loaded === undefined) throw missingPeer('date-holidays', 'holidayExceptions')
  return loaded
}
