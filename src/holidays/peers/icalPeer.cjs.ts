import type ICALModule from 'ical.js'
import { missingPeer } from './missingPeer'

// The CommonJS build's loader (tsup.config.ts puts it in place of icalPeer.ts): required
// on the first call of exceptionsFromIcs, so a missing package fails only there, by name.
let loaded: typeof ICALModule | undefined

/** ical.js, or an error naming the package to install. Internal. */
export function icalPeer(): typeof ICALModule {
  if (loaded === undefined) {
    try {
      loaded = require('ical.js') as typeof ICALModule
    } catch {
      throw missingPeer('ical.js', 'exceptionsFromIcs')
    }
  }
  return loaded
}
