/**
 * Windows time-zone ids → IANA ids: the CLDR mapping (unicode-org/cldr,
 * common/supplemental/windowsZones.xml, mapTimezones otherVersion 7e11800, typeVersion 2021a), its
 * territory "001" rows — the one IANA zone CLDR names for each Windows id. Values are CLDR's own
 * spellings (some are tzdb backward names: America/Indianapolis, Asia/Calcutta, Europe/Kiev…),
 * which every engine accepts and resolveTimeZone answers in its own spelling.
 *
 * Systems built on .NET (Microsoft Teams' auto attendant `TimeZoneId`, Ringba's `timeZoneId`) name
 * zones this way: `Eastern Standard Time` is New York's zone, daylight saving time included.
 */

import { resolveTimeZone } from './resolveTimeZone'

/**
 * Windows zone id → IANA id (CLDR territory 001), frozen. Look ids up with
 * {@link windowsTimeZoneToIana}: indexing this object directly also finds `Object.prototype` members.
 *
 * @example
 * WINDOWS_TIME_ZONES['Eastern Standard Time']
 * //=> 'America/New_York'
 *
 * @example
 * Object.keys(WINDOWS_TIME_ZONES).length
 * //=> 139
 */
export const WINDOWS_TIME_ZONES: Readonly<Record<string, string>> = Object.freeze({
  'Dateline Standard Time': 'Etc/GMT+12',
  'UTC-11': 'Etc/GMT+11',
  'Aleutian Standard Time': 'America/Adak',
  'Hawaiian Standard Time': 'Pacific/Honolulu',
  'Marquesas Standard Time': 'Pacific/Marquesas',
  'Alaskan Standard Time': 'America/Anchorage',
  'UTC-09': 'Etc/GMT+9',
  'Pacific Standard Time (Mexico)': 'America/Tijuana',
  'UTC-08': 'Etc/GMT+8',
  'Pacific Standard Time': 'America/Los_Angeles',
  'US Mountain Standard Time': 'America/Phoenix',
  'Mountain Standard Time (Mexico)': 'America/Mazatlan',
  'Mountain Standard Time': 'America/Denver',
  'Yukon Standard Time': 'America/Whitehorse',
  'Central America Standard Time': 'America/Guatemala',
  'Central Standard Time': 'America/Chicago',
  'Easter Island Standard Time': 'Pacific/Easter',
  'Central Standard Time (Mexico)': 'America/Mexico_City',
  'Canada Central Standard Time': 'America/Regina',
  'SA Pacific Standard Time': 'America/Bogota',
  'Eastern Standard Time (Mexico)': 'America/Cancun',
  'Eastern Standard Time': 'America/New_York',
  'Haiti Standard Time': 'America/Port-au-Prince',
  'Cuba Standard Time': 'America/Havana',
  'US Eastern Standard Time': 'America/Indianapolis',
  'Turks And Caicos Standard Time': 'America/Grand_Turk',
  'Paraguay Standard Time': 'America/Asuncion',
  'Atlantic Standard Time': 'America/Halifax',
  'Venezuela Standard Time': 'America/Caracas',
  'Central Brazilian Standard Time': 'America/Cuiaba',
  'SA Western Standard Time': 'America/La_Paz',
  'Pacific SA Standard Time': 'America/Santiago',
  'Newfoundland Standard Time': 'America/St_Johns',
  'Tocantins Standard Time': 'America/Araguaina',
  'E. South America Standard Time': 'America/Sao_Paulo',
  'SA Eastern Standard Time': 'America/Cayenne',
  'Argentina Standard Time': 'America/Buenos_Aires',
  'Greenland Standard Time': 'America/Godthab',
  'Montevideo Standard Time': 'America/Montevideo',
  'Magallanes Standard Time': 'America/Punta_Arenas',
  'Saint Pierre Standard Time': 'America/Miquelon',
  'Bahia Standard Time': 'America/Bahia',
  'UTC-02': 'Etc/GMT+2',
  'Azores Standard Time': 'Atlantic/Azores',
  'Cape Verde Standard Time': 'Atlantic/Cape_Verde',
  'UTC': 'Etc/UTC',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'Sao Tome Standard Time': 'Africa/Sao_Tome',
  'Morocco Standard Time': 'Africa/Casablanca',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Romance Standard Time': 'Europe/Paris',
  'Central European Standard Time': 'Europe/Warsaw',
  'W. Central Africa Standard Time': 'Africa/Lagos',
  'Jordan Standard Time': 'Asia/Amman',
  'GTB Standard Time': 'Europe/Bucharest',
  'Middle East Standard Time': 'Asia/Beirut',
  'Egypt Standard Time': 'Africa/Cairo',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'Syria Standard Time': 'Asia/Damascus',
  'West Bank Standard Time': 'Asia/Hebron',
  'South Africa Standard Time': 'Africa/Johannesburg',
  'FLE Standard Time': 'Europe/Kiev',
  'Israel Standard Time': 'Asia/Jerusalem',
  'South Sudan Standard Time': 'Africa/Juba',
  'Kaliningrad Standard Time': 'Europe/Kaliningrad',
  'Sudan Standard Time': 'Africa/Khartoum',
  'Libya Standard Time': 'Africa/Tripoli',
  'Namibia Standard Time': 'Africa/Windhoek',
  'Arabic Standard Time': 'Asia/Baghdad',
  'Turkey Standard Time': 'Europe/Istanbul',
  'Arab Standard Time': 'Asia/Riyadh',
  'Belarus Standard Time': 'Europe/Minsk',
  'Russian Standard Time': 'Europe/Moscow',
  'E. Africa Standard Time': 'Africa/Nairobi',
  'Iran Standard Time': 'Asia/Tehran',
  'Arabian Standard Time': 'Asia/Dubai',
  'Astrakhan Standard Time': 'Europe/Astrakhan',
  'Azerbaijan Standard Time': 'Asia/Baku',
  'Russia Time Zone 3': 'Europe/Samara',
  'Mauritius Standard Time': 'Indian/Mauritius',
  'Saratov Standard Time': 'Europe/Saratov',
  'Georgian Standard Time': 'Asia/Tbilisi',
  'Volgograd Standard Time': 'Europe/Volgograd',
  'Caucasus Standard Time': 'Asia/Yerevan',
  'Afghanistan Standard Time': 'Asia/Kabul',
  'West Asia Standard Time': 'Asia/Tashkent',
  'Ekaterinburg Standard Time': 'Asia/Yekaterinburg',
  'Pakistan Standard Time': 'Asia/Karachi',
  'Qyzylorda Standard Time': 'Asia/Qyzylorda',
  'India Standard Time': 'Asia/Calcutta',
  'Sri Lanka Standard Time': 'Asia/Colombo',
  'Nepal Standard Time': 'Asia/Katmandu',
  'Central Asia Standard Time': 'Asia/Bishkek',
  'Bangladesh Standard Time': 'Asia/Dhaka',
  'Omsk Standard Time': 'Asia/Omsk',
  'Myanmar Standard Time': 'Asia/Rangoon',
  'SE Asia Standard Time': 'Asia/Bangkok',
  'Altai Standard Time': 'Asia/Barnaul',
  'W. Mongolia Standard Time': 'Asia/Hovd',
  'North Asia Standard Time': 'Asia/Krasnoyarsk',
  'N. Central Asia Standard Time': 'Asia/Novosibirsk',
  'Tomsk Standard Time': 'Asia/Tomsk',
  'China Standard Time': 'Asia/Shanghai',
  'North Asia East Standard Time': 'Asia/Irkutsk',
  'Singapore Standard Time': 'Asia/Singapore',
  'W. Australia Standard Time': 'Australia/Perth',
  'Taipei Standard Time': 'Asia/Taipei',
  'Ulaanbaatar Standard Time': 'Asia/Ulaanbaatar',
  'Aus Central W. Standard Time': 'Australia/Eucla',
  'Transbaikal Standard Time': 'Asia/Chita',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'North Korea Standard Time': 'Asia/Pyongyang',
  'Korea Standard Time': 'Asia/Seoul',
  'Yakutsk Standard Time': 'Asia/Yakutsk',
  'Cen. Australia Standard Time': 'Australia/Adelaide',
  'AUS Central Standard Time': 'Australia/Darwin',
  'E. Australia Standard Time': 'Australia/Brisbane',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  'West Pacific Standard Time': 'Pacific/Port_Moresby',
  'Tasmania Standard Time': 'Australia/Hobart',
  'Vladivostok Standard Time': 'Asia/Vladivostok',
  'Lord Howe Standard Time': 'Australia/Lord_Howe',
  'Bougainville Standard Time': 'Pacific/Bougainville',
  'Russia Time Zone 10': 'Asia/Srednekolymsk',
  'Magadan Standard Time': 'Asia/Magadan',
  'Norfolk Standard Time': 'Pacific/Norfolk',
  'Sakhalin Standard Time': 'Asia/Sakhalin',
  'Central Pacific Standard Time': 'Pacific/Guadalcanal',
  'Russia Time Zone 11': 'Asia/Kamchatka',
  'New Zealand Standard Time': 'Pacific/Auckland',
  'UTC+12': 'Etc/GMT-12',
  'Fiji Standard Time': 'Pacific/Fiji',
  'Chatham Islands Standard Time': 'Pacific/Chatham',
  'UTC+13': 'Etc/GMT-13',
  'Tonga Standard Time': 'Pacific/Tongatapu',
  'Samoa Standard Time': 'Pacific/Apia',
  'Line Islands Standard Time': 'Pacific/Kiritimati',
})

/** Lower-cased Windows id → its spelling in the table; built on the first look-up that needs it. */
let lowerCaseIds: Map<string, string> | undefined

/**
 * The IANA id of a Windows zone id (`Eastern Standard Time` → `America/New_York`), in the spelling
 * resolveTimeZone answers; undefined for a name that is not a Windows id. Ids match exactly or, failing
 * that, ignoring case and surrounding spaces. Never throws.
 *
 * @param name - a Windows zone id as .NET's TimeZoneInfo names it
 * @returns the IANA id, or undefined
 *
 * @example
 * windowsTimeZoneToIana('Pacific Standard Time') //=> 'America/Los_Angeles'
 * windowsTimeZoneToIana(' eastern standard time') //=> 'America/New_York'
 *
 * @example
 * // Not a Windows id (IANA ids are resolveTimeZone's)
 * windowsTimeZoneToIana('America/New_York') //=> undefined
 * windowsTimeZoneToIana('constructor') //=> undefined
 */
export function windowsTimeZoneToIana(name: string): string | undefined {
  if (typeof name !== 'string' || name.length > 100) return undefined
  let id: string | undefined = Object.hasOwn(WINDOWS_TIME_ZONES, name) ? name : undefined
  if (id === undefined) {
    if (lowerCaseIds === undefined) {
      lowerCaseIds = new Map()
      for (const key of Object.keys(WINDOWS_TIME_ZONES)) lowerCaseIds.set(key.toLowerCase(), key)
    }
    id = lowerCaseIds.get(name.trim().toLowerCase())
  }
  if (id === undefined) return undefined
  try {
    return resolveTimeZone(WINDOWS_TIME_ZONES[id]!)
  } catch {
    return undefined // an engine without this zone's data
  }
}

/** Intl's canonical id of a zone → its Windows id; built on the first reverse look-up. */
let windowsIdsByZone: Map<string, string> | undefined

function canonicalZone(name: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone
  } catch {
    return undefined
  }
}

/**
 * The Windows zone id whose CLDR zone (territory 001) is `timeZone`, compared as the engine
 * canonicalises zones (`Asia/Kolkata` and `Asia/Calcutta` are one zone); undefined for a zone that is
 * no Windows id's own (`America/Detroit` keeps New York's clock but is not its zone). Never throws.
 *
 * @param timeZone - an IANA id or a Retreaver (Rails) zone name
 * @returns the Windows id, or undefined
 *
 * @example
 * ianaToWindowsTimeZone('America/New_York') //=> 'Eastern Standard Time'
 * ianaToWindowsTimeZone('Asia/Kolkata') //=> 'India Standard Time'
 * ianaToWindowsTimeZone('UTC') //=> 'UTC'
 *
 * @example
 * ianaToWindowsTimeZone('America/Detroit') //=> undefined
 */
export function ianaToWindowsTimeZone(timeZone: string): string | undefined {
  let iana: string
  try {
    iana = resolveTimeZone(timeZone)
  } catch {
    return undefined
  }
  if (windowsIdsByZone === undefined) {
    windowsIdsByZone = new Map()
    for (const [windowsId, zone] of Object.entries(WINDOWS_TIME_ZONES)) {
      const canonical = canonicalZone(zone)
      if (canonical !== undefined && !windowsIdsByZone.has(canonical)) windowsIdsByZone.set(canonical, windowsId)
    }
  }
  const canonical = canonicalZone(iana)
  return canonical === undefined ? undefined : windowsIdsByZone.get(canonical)
}
