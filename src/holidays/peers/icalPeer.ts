import type ICALModule from 'ical.js'
import { missingPeer } from './missingPeer'

// The ES module build: loaded once with callhours/holidays, and only if installed — a missing
// package is reported when exceptionsFromIcs is called, not when the entry is imported. The
// CommonJS build swaps this file for icalPeer.cjs.ts (tsup.config.ts), which requires it
// on first use. The CLI imports the source that uses it only for an .ics file.
const loaded: typeof ICALModule | undefined = await import('ical.js').then(
  (module) => module.default,
  () => undefined,
)

/** ical.js, or an error naming the package to install. Internal. */
export function icalPeer(): typeof ICALModule {
  if (loaded === undefined) throw missingPeer('ical.js', 'exceptionsFromIcs')
  return loaded
}
