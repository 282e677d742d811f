import { railsTimeZoneToIana } from './railsTimeZones'
import { suggestTimeZones } from './suggestTimeZones'
import { createZoneOffsets, type ZoneOffsets } from './zoneOffsets'

/** Zones by the name callers use (IANA id, Rails name, any spelling Intl accepts). */
const zonesByName = new Map<string, ZoneOffsets>()
/** Zones by resolved IANA id, so two names of one zone share one cache. */
const zonesById = new Map<string, ZoneOffsets>()

function unknownZone(name: unknown): Error {
  const shown = typeof name === 'string' ? JSON.stringify(name.length > 80 ? `${name.slice(0, 80)}…` : name) : String(name)
  const suggestions = typeof name === 'string' ? suggestTimeZones(name) : []
  const hint = suggestions.length > 0 ? `; did you mean ${suggestions.map((s) => JSON.stringify(s)).join(', ')}?` : ''
  return new RangeError(
    `Unknown time zone ${shown}: expected an IANA id such as "America/New_York", "UTC", or a Retreaver (Rails) zone name such as "Eastern Time (US & Canada)"${hint}`,
  )
}

function ianaId(name: string): string | undefined {
  // "UTC" is both a Rails name (→ Etc/UTC) and an IANA id; as given is the plainer answer.
  if (name === 'UTC') return name
  const rails = railsTimeZoneToIana(name)
  if (rails !== undefined) return rails
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone
    // Intl may canonicalise to an older alias (Asia/Kolkata → Asia/Calcutta): keep the caller's
    // id unless Intl only corrected its case.
    return resolved.toLowerCase() === name.toLowerCase() ? resolved : name
  } catch {
    return undefined
  }
}

let lastName: string | undefined
let lastZone: ZoneOffsets | undefined

/**
 * The zone's offsets by any accepted name, created on first use. Internal to the package.
 * @throws {RangeError} naming the zone, with the nearest known names, when it is unknown
 */
export function zoneFor(name: string): ZoneOffsets {
  // Routing asks about one zone many times in a row: skip even the map lookup then.
  if (name === lastName && lastZone !== undefined) return lastZone
  const known = zonesByName.get(name)
  if (known !== undefined) {
    lastName = name
    lastZone = known
    return known
  }
  if (typeof name !== 'string' || name.trim() === '') throw unknownZone(name)
  const id = ianaId(name)
  if (id === undefined) throw unknownZone(name)
  let zone = zonesById.get(id)
  if (zone === undefined) {
    zone = createZoneOffsets(id)
    zonesById.set(id, zone)
  }
  zonesByName.set(name, zone)
  return zone
}

/**
 * The IANA id for an IANA id, `UTC`, or a Retreaver (Rails ActiveSupport) zone name.
 *
 * Target time zones come from the API as Rails names (`"Eastern Time (US & Canada)"`); an IANA id
 * comes back as given, its case corrected where Intl knows the zone by that very name, so
 * `"america/new_york"` becomes `"America/New_York"` and `"Asia/Kolkata"` stays `"Asia/Kolkata"` (Intl
 * itself would say `"Asia/Calcutta"`). `"UTC"` stays `"UTC"`.
 *
 * @param name - a zone name
 * @returns the IANA id
 * @throws {RangeError} naming the zone and the nearest known names, when it is unknown
 *
 * @example
 * resolveTimeZone('Eastern Time (US & Canada)')
 * //=> 'America/New_York'
 *
 * @example
 * resolveTimeZone('america/new_york') //=> 'America/New_York'
 * resolveTimeZone('Mars/Olympus') // throws RangeError: Unknown time zone "Mars/Olympus" …
 */
export function resolveTimeZone(name: string): string {
  return zoneFor(name).id
}
