import { railsTimeZoneToIana, RAILS_TIME_ZONES } from './railsTimeZones'
import { suggestTimeZones } from './suggestTimeZones'
import { createZoneOffsets, fixedOffsetOf, zoneFormat, type ZoneOffsets } from './zoneOffsets'

/**
 * How many caller spellings are remembered. Past this, the oldest is forgotten (first in, first
 * out), so no stream of names — 100,000 case variants, or garbage — can grow memory without bound.
 */
const MAX_NAMES = 1000
/** How many unknown names keep their error (message and suggestions) ready. */
const MAX_UNKNOWN = 256

/** Caller spelling → zone. Bounded (`MAX_NAMES`). */
const zonesByName = new Map<string, ZoneOffsets>()
/** Canonical id → zone, so every spelling of one zone shares one cache. Bounded by the ids the engine knows. */
const zonesById = new Map<string, ZoneOffsets>()
/** Unknown name → its error message. Bounded (`MAX_UNKNOWN`). */
const unknownNames = new Map<string, string>()

/**
 * Current tzdb names that engines built on ICU (Node 20 among them) know only as aliases of an
 * older name (`Intl` answers 'Asia/Calcutta' for 'Asia/Kolkata'). Kept as the answer for their
 * own spelling in any case.
 */
const CURRENT_NAMES = [
  'Africa/Asmara', 'America/Argentina/Buenos_Aires', 'America/Argentina/Catamarca', 'America/Argentina/Cordoba',
  'America/Argentina/Jujuy', 'America/Argentina/Mendoza', 'America/Atikokan', 'America/Indiana/Indianapolis',
  'America/Kentucky/Louisville', 'America/Nuuk', 'Asia/Dhaka', 'Asia/Ho_Chi_Minh', 'Asia/Kathmandu', 'Asia/Kolkata',
  'Asia/Macau', 'Asia/Makassar', 'Asia/Thimphu', 'Asia/Ulaanbaatar', 'Asia/Yangon', 'Atlantic/Faroe', 'Europe/Kyiv',
  'Pacific/Chuuk', 'Pacific/Kanton', 'Pacific/Pohnpei',
]

/** Lower-cased id → its tzdb spelling; built on the first name that needs its case corrected. */
let spellings: Map<string, string> | undefined

function knownSpellings(): Map<string, string> {
  if (spellings !== undefined) return spellings
  const ids = [...CURRENT_NAMES, ...Object.values(RAILS_TIME_ZONES)]
  try {
    if (typeof Intl.supportedValuesOf === 'function') for (const id of Intl.supportedValuesOf('timeZone')) ids.push(id)
  } catch {
    // An engine without the list: the names above and Intl's own answer still correct the case.
  }
  spellings = new Map()
  for (const id of ids) if (!spellings.has(id.toLowerCase())) spellings.set(id.toLowerCase(), id)
  return spellings
}

function unknownZone(name: unknown): RangeError {
  if (typeof name !== 'string') {
    return new RangeError(`Unknown time zone: expected a zone name (a string) such as "America/New_York", received ${name === null ? 'null' : typeof name}`)
  }
  let message = unknownNames.get(name)
  if (message === undefined) {
    const shown = JSON.stringify(name.length > 80 ? `${name.slice(0, 80)}…` : name)
    const suggestions = suggestTimeZones(name)
    const hint = suggestions.length > 0 ? `; did you mean ${suggestions.map((s) => JSON.stringify(s)).join(', ')}?` : ''
    message = `Unknown time zone ${shown}: expected an IANA id such as "America/New_York", "UTC", or a Retreaver (Rails) zone name such as "Eastern Time (US & Canada)"${hint}`
    if (unknownNames.size >= MAX_UNKNOWN) unknownNames.delete(unknownNames.keys().next().value!)
    unknownNames.set(name, message)
  }
  return new RangeError(message)
}

/**
 * Fixed-offset ids that are their own answer, so they need no `Intl` at all: `Etc/UTC` and
 * `Etc/GMT-14` … `Etc/GMT+12` as tzdb spells them. (Other spellings of UTC, such as `Etc/Zulu`,
 * are answered `UTC` as Intl canonicalises them, so they go through Intl once, for their name.)
 */
function answersItself(name: string): boolean {
  if (name === 'Etc/UTC') return true
  // Etc/GMT0, Etc/GMT+0 and the like are UTC, and answered so.
  const offset = name.startsWith('Etc/GMT') ? fixedOffsetOf(name) : undefined
  return offset !== undefined && offset !== 0
}

/** The zone for a name not seen lately: resolves it, shares the zone by canonical id. */
function resolve(name: string): ZoneOffsets | undefined {
  // "UTC" is both a Rails name (→ Etc/UTC) and an IANA id; as given is the plainer answer.
  const rails = name === 'UTC' ? 'UTC' : railsTimeZoneToIana(name)
  const fixedId = rails ?? (answersItself(name) ? name : undefined)
  if (fixedId !== undefined && fixedOffsetOf(fixedId) !== undefined) return zoneById(fixedId, undefined)
  let format: Intl.DateTimeFormat
  try {
    format = zoneFormat(rails ?? name)
  } catch {
    return undefined
  }
  // Intl may answer an older alias (Asia/Kolkata → Asia/Calcutta) or correct only the case.
  const id = rails ?? knownSpellings().get(name.toLowerCase()) ?? format.resolvedOptions().timeZone
  return zoneById(id, format)
}

/** The one zone of an id, created on first use with `format` (undefined only for a fixed-offset id). */
function zoneById(id: string, format: Intl.DateTimeFormat | undefined): ZoneOffsets {
  let zone = zonesById.get(id)
  if (zone === undefined) {
    zone = createZoneOffsets(id, format)
    zonesById.set(id, zone)
  }
  return zone
}

let lastName: string | undefined
let lastZone: ZoneOffsets | undefined

/**
 * The zone's offsets by any accepted name, created on first use. Internal to the package.
 * @throws {RangeError} naming the zone, with the nearest known names, when it is unknown
 */
export function zoneFor(name: string): ZoneOffsets {
  // Routing asks about one zone many times in a row: skip even the map lookup then. The hot path
  // stays small, so that engines inline it into every query.
  // `lastName` is set only together with `lastZone`, so the name alone proves it.
  if (name === lastName) return lastZone!
  return zoneForName(name)
}

function zoneForName(name: string): ZoneOffsets {
  let zone = zonesByName.get(name)
  if (zone === undefined) {
    if (typeof name !== 'string' || name.trim() === '' || name.length > 200) throw unknownZone(name)
    if (unknownNames.has(name)) throw unknownZone(name)
    zone = resolve(name)
    if (zone === undefined) throw unknownZone(name)
    if (zonesByName.size >= MAX_NAMES) zonesByName.delete(zonesByName.keys().next().value!)
    zonesByName.set(name, zone)
  }
  lastName = name
  lastZone = zone
  return zone
}

/**
 * The IANA id for an IANA id, `UTC`, or a Retreaver (Rails ActiveSupport) zone name.
 *
 * Target time zones come from the API as Rails names (`"Eastern Time (US & Canada)"`). An IANA id
 * comes back in its tzdb spelling whatever its case (`"america/new_york"` → `"America/New_York"`,
 * `"asia/kolkata"` → `"Asia/Kolkata"`, though Intl itself says `"Asia/Calcutta"`); an alias the
 * engine maps to another zone comes back as that zone (`"US/Eastern"` → `"America/New_York"`).
 * `"UTC"` stays `"UTC"`. Names are remembered (at most 1,000, then the oldest is forgotten), and
 * so are unknown ones (at most 256), so a repeated mistake costs a map lookup.
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
 * resolveTimeZone('asia/kolkata') //=> 'Asia/Kolkata'
 * resolveTimeZone('Mars/Olympus') // throws RangeError: Unknown time zone "Mars/Olympus" …
 */
export function resolveTimeZone(name: string): string {
  return zoneFor(name).id
}
