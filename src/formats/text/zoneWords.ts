// The zone words partners write beside their hours — abbreviations (EST, PT, CET, IST…) and
// informal names (Eastern, Pacific Time) — and the zone each is read as. An abbreviation that
// names a season (EST is standard time, EDT daylight) is checked against the season at a
// reference instant; one that names several zones (CST, IST, AST, BST) is read as the documented
// default and warned about. Internal to callhours/formats.

/** What a zone word is read as: the zone, the season it names (if any), and the other zones it may mean. */
export interface ZoneWord {
  readonly zone: string
  readonly season?: 'standard' | 'daylight'
  /** The other zones the word names, for the ambiguity warning (the default is `zone`). */
  readonly alternatives?: readonly string[]
}

const std = (zone: string, alternatives?: readonly string[]): ZoneWord => ({ zone, season: 'standard', ...(alternatives === undefined ? {} : { alternatives }) })
const dst = (zone: string, alternatives?: readonly string[]): ZoneWord => ({ zone, season: 'daylight', ...(alternatives === undefined ? {} : { alternatives }) })
const any = (zone: string): ZoneWord => ({ zone })

/**
 * Abbreviations, lower case. Defaults where a word names several zones: CST the US Central
 * (China Standard Time and Cuba are named in the warning), IST India (Ireland, Israel), AST the
 * Atlantic (Arabia), BST British Summer Time (Bangladesh). GMT is London's winter clock (UTC is
 * `UTC`); MST is Denver's (Phoenix keeps MST all year: named in a season warning).
 */
export const ZONE_ABBREVIATIONS: ReadonlyMap<string, ZoneWord> = new Map([
  ['est', std('America/New_York')],
  ['edt', dst('America/New_York')],
  ['et', any('America/New_York')],
  ['cst', std('America/Chicago', ['Asia/Shanghai', 'America/Havana'])],
  ['cdt', dst('America/Chicago', ['America/Havana'])],
  ['ct', any('America/Chicago')],
  ['mst', std('America/Denver', ['America/Phoenix'])],
  ['mdt', dst('America/Denver')],
  ['mt', any('America/Denver')],
  ['pst', std('America/Los_Angeles')],
  ['pdt', dst('America/Los_Angeles')],
  ['pt', any('America/Los_Angeles')],
  ['akst', std('America/Anchorage')],
  ['akdt', dst('America/Anchorage')],
  ['akt', any('America/Anchorage')],
  ['hst', any('Pacific/Honolulu')],
  ['ast', std('America/Halifax', ['Asia/Riyadh'])],
  ['adt', dst('America/Halifax')],
  ['nst', std('America/St_Johns')],
  ['ndt', dst('America/St_Johns')],
  ['gmt', std('Europe/London')],
  ['bst', dst('Europe/London', ['Asia/Dhaka'])],
  ['utc', any('UTC')],
  ['wet', std('Europe/Lisbon')],
  ['west', dst('Europe/Lisbon')],
  ['cet', std('Europe/Berlin')],
  ['cest', dst('Europe/Berlin')],
  ['eet', std('Europe/Athens')],
  ['eest', dst('Europe/Athens')],
  ['msk', any('Europe/Moscow')],
  ['ist', any('Asia/Kolkata')],
  ['pkt', any('Asia/Karachi')],
  ['sgt', any('Asia/Singapore')],
  ['hkt', any('Asia/Hong_Kong')],
  ['jst', any('Asia/Tokyo')],
  ['kst', any('Asia/Seoul')],
  ['pht', any('Asia/Manila')],
  ['awst', any('Australia/Perth')],
  ['acst', std('Australia/Adelaide')],
  ['acdt', dst('Australia/Adelaide')],
  ['aest', std('Australia/Sydney')],
  ['aedt', dst('Australia/Sydney')],
  ['aet', any('Australia/Sydney')],
  ['nzst', std('Pacific/Auckland')],
  ['nzdt', dst('Pacific/Auckland')],
  ['sast', any('Africa/Johannesburg')],
  ['wat', any('Africa/Lagos')],
  ['cat', any('Africa/Maputo')],
  ['eat', any('Africa/Nairobi')],
  ['brt', any('America/Sao_Paulo')],
  ['art', any('America/Argentina/Buenos_Aires')],
])

/** IST's other zones, for its warning (it names no single season: India has none). */
export const IST_ALTERNATIVES: readonly string[] = Object.freeze(['Europe/Dublin', 'Asia/Jerusalem'])

/** Informal region names, lower case, read with an optional "standard"/"daylight" and "time" after them. */
export const ZONE_REGIONS: ReadonlyMap<string, string> = new Map([
  ['eastern', 'America/New_York'],
  ['central', 'America/Chicago'],
  ['mountain', 'America/Denver'],
  ['pacific', 'America/Los_Angeles'],
  ['atlantic', 'America/Halifax'],
  ['alaska', 'America/Anchorage'],
  ['hawaii', 'Pacific/Honolulu'],
])
