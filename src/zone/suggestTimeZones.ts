import { RAILS_TIME_ZONES, RENAMED_RAILS_TIME_ZONE_NAMES } from './railsTimeZones'

/** No zone name is near this long; capping the input bounds the work for any string. */
const MAX_INPUT_LENGTH = 64

interface KnownName {
  readonly name: string
  /** As {@link fold} leaves it. */
  readonly folded: string
}

/** Lower case, and `_` read as a space, so 'new york' meets 'America/New_York'. */
function fold(text: string): string {
  return text.toLowerCase().replaceAll('_', ' ')
}

/** Whether `query` occurs in `text` at the start of a word ('est' is not in 'Budapest'). */
function containsAtWordStart(text: string, query: string): boolean {
  for (let at = text.indexOf(query); at !== -1; at = text.indexOf(query, at + 1)) {
    if (at === 0 || !/[\p{L}\p{N}]/u.test(text.charAt(at - 1))) return true
  }
  return false
}

/** Built on first use: suggestions are only wanted on the error path. */
let knownNames: readonly KnownName[] | undefined

function getKnownNames(): readonly KnownName[] {
  if (knownNames !== undefined) return knownNames
  const renamed = new Set(RENAMED_RAILS_TIME_ZONE_NAMES)
  // Rails names first, so that on a tie the name a target's `time_zone` field expects wins.
  const names = new Set(
    Object.keys(RAILS_TIME_ZONES)
      .filter((name) => !renamed.has(name))
      .sort(),
  )
  names.add('UTC')
  for (const id of supportedIanaTimeZones()) names.add(id)
  knownNames = [...names].map((name) => ({ name, folded: fold(name) }))
  return knownNames
}

/** IANA ids the engine knows; none where `Intl.supportedValuesOf` is missing (engines before 2022). */
function supportedIanaTimeZones(): readonly string[] {
  if (typeof Intl.supportedValuesOf !== 'function') return []
  try {
    return Intl.supportedValuesOf('timeZone')
  } catch {
    return []
  }
}

/** Levenshtein distance, one row at a time. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  let current = new Array<number>(b.length + 1).fill(0)
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution)
    }
    const finished = current
    current = previous
    previous = finished
  }
  return previous[b.length] ?? 0
}

/**
 * Suggests known zone names close to one that was not recognised, nearest first, for error messages.
 *
 * Candidates are the current Rails zone names, `'UTC'`, and the IANA ids of
 * `Intl.supportedValuesOf('timeZone')` (only Rails names where the engine lacks it). Matching
 * ignores case and surrounding spaces, reads `_` as a space, and looks at no more than the first
 * 64 characters. Names with the input at the start of a word come first; the rest are ranked by
 * edit distance and kept only within `max(2, ceil(0.4 × length))` edits. Ties go to Rails names,
 * then alphabetical order.
 *
 * @param name - the zone name that was not recognised
 * @param max - how many suggestions at most (default 3); below 1 gives none
 * @returns up to `max` known names, best first; empty when nothing is close or the input is blank
 *
 * @example
 * suggestTimeZones('Eastern Time')
 * //=> ['Eastern Time (US & Canada)']
 *
 * @example
 * suggestTimeZones('new york') //=> ['America/New_York']
 * suggestTimeZones('London', 2) //=> ['London', 'Europe/London']
 * suggestTimeZones('America/New_Yrok', 1) //=> ['America/New_York']
 *
 * @example
 * // Blank input, or nothing near: no suggestions
 * suggestTimeZones('   ') //=> []
 * suggestTimeZones('closed') //=> []
 */
export function suggestTimeZones(name: string, max = 3): string[] {
  const limit = Math.floor(max)
  // Callers pass raw `time_zone` values from JSON on the error path; a non-string has no neighbours.
  if (typeof name !== 'string' || !(limit >= 1)) return []
  const query = fold(name.trim().slice(0, MAX_INPUT_LENGTH))
  if (query === '') return []
  const allowed = Math.max(2, Math.ceil(query.length * 0.4))
  const ranked: { name: string; contains: boolean; distance: number; order: number }[] = []
  getKnownNames().forEach((known, order) => {
    const contains = containsAtWordStart(known.folded, query)
    const distance = editDistance(query, known.folded)
    if (contains || distance <= allowed) ranked.push({ name: known.name, contains, distance, order })
  })
  ranked.sort(
    (a, b) => Number(b.contains) - Number(a.contains) || a.distance - b.distance || a.order - b.order,
  )
  return ranked.slice(0, limit).map((entry) => entry.name)
}
