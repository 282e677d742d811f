/**
 * Rails (ActiveSupport::TimeZone) zone names → IANA time-zone ids.
 *
 * The 152 names of ActiveSupport::TimeZone::MAPPING as released in Rails 7.1–8.1, plus the names
 * Rails used before renaming them, which old target rows still carry. Values are the ids Rails
 * itself maps to, so a zone read here is the zone the Rails side meant. Several are tzdb
 * "backward" names (Europe/Kiev, Asia/Rangoon, Asia/Chongqing, Australia/Canberra…), which every
 * engine accepts. `Intl` may canonicalise any id in `resolvedOptions().timeZone` (Node 20 with
 * ICU 78 reports 'America/Godthab' for 'America/Nuuk', 'Asia/Shanghai' for 'Asia/Chongqing',
 * 'UTC' for 'Etc/UTC'), so compare zones by their offsets, never by id strings.
 */

/**
 * Rails zone name → IANA id, frozen. Look names up with {@link railsTimeZoneToIana}: indexing
 * this object directly also finds `Object.prototype` members such as `'constructor'`.
 *
 * @example
 * RAILS_TIME_ZONES['Eastern Time (US & Canada)']
 * //=> 'America/New_York'
 *
 * @example
 * // Names are exact, as in Rails: no trimming, no case folding
 * RAILS_TIME_ZONES['eastern time (us & canada)']
 * //=> undefined
 */
export const RAILS_TIME_ZONES: Readonly<Record<string, string>> = Object.freeze({
  'International Date Line West': 'Etc/GMT+12',
  'Midway Island': 'Pacific/Midway',
  'American Samoa': 'Pacific/Pago_Pago',
  'Hawaii': 'Pacific/Honolulu',
  'Alaska': 'America/Juneau',
  'Pacific Time (US & Canada)': 'America/Los_Angeles',
  'Tijuana': 'America/Tijuana',
  'Mountain Time (US & Canada)': 'America/Denver',
  'Arizona': 'America/Phoenix',
  'Chihuahua': 'America/Chihuahua',
  'Mazatlan': 'America/Mazatlan',
  'Central Time (US & Canada)': 'America/Chicago',
  'Saskatchewan': 'America/Regina',
  'Guadalajara': 'America/Mexico_City',
  'Mexico City': 'America/Mexico_City',
  'Monterrey': 'America/Monterrey',
  'Central America': 'America/Guatemala',
  'Eastern Time (US & Canada)': 'America/New_York',
  'Indiana (East)': 'America/Indiana/Indianapolis',
  'Bogota': 'America/Bogota',
  'Lima': 'America/Lima',
  'Quito': 'America/Lima',
  'Atlantic Time (Canada)': 'America/Halifax',
  'Caracas': 'America/Caracas',
  'La Paz': 'America/La_Paz',
  'Santiago': 'America/Santiago',
  'Asuncion': 'America/Asuncion',
  'Newfoundland': 'America/St_Johns',
  'Brasilia': 'America/Sao_Paulo',
  'Buenos Aires': 'America/Argentina/Buenos_Aires',
  'Montevideo': 'America/Montevideo',
  'Georgetown': 'America/Guyana',
  'Puerto Rico': 'America/Puerto_Rico',
  // Rails 8.x (rails/rails#55494) maps to America/Nuuk; Rails ≤ 7.2 and the rails-timezone
  // package say America/Godthab, the old name of the same tzdb zone: identical offsets.
  'Greenland': 'America/Nuuk',
  'Mid-Atlantic': 'Atlantic/South_Georgia',
  'Azores': 'Atlantic/Azores',
  'Cape Verde Is.': 'Atlantic/Cape_Verde',
  'Dublin': 'Europe/Dublin',
  'Edinburgh': 'Europe/London',
  'Lisbon': 'Europe/Lisbon',
  'London': 'Europe/London',
  'Casablanca': 'Africa/Casablanca',
  'Monrovia': 'Africa/Monrovia',
  'UTC': 'Etc/UTC',
  'Belgrade': 'Europe/Belgrade',
  'Bratislava': 'Europe/Bratislava',
  'Budapest': 'Europe/Budapest',
  'Ljubljana': 'Europe/Ljubljana',
  'Prague': 'Europe/Prague',
  'Sarajevo': 'Europe/Sarajevo',
  'Skopje': 'Europe/Skopje',
  'Warsaw': 'Europe/Warsaw',
  'Zagreb': 'Europe/Zagreb',
  'Brussels': 'Europe/Brussels',
  'Copenhagen': 'Europe/Copenhagen',
  'Madrid': 'Europe/Madrid',
  'Paris': 'Europe/Paris',
  'Amsterdam': 'Europe/Amsterdam',
  'Berlin': 'Europe/Berlin',
  'Bern': 'Europe/Zurich',
  'Zurich': 'Europe/Zurich',
  'Rome': 'Europe/Rome',
  'Stockholm': 'Europe/Stockholm',
  'Vienna': 'Europe/Vienna',
  'West Central Africa': 'Africa/Algiers',
  'Bucharest': 'Europe/Bucharest',
  'Cairo': 'Africa/Cairo',
  'Helsinki': 'Europe/Helsinki',
  // Rails' released versions keep the tzdb backward name Europe/Kiev. Rails main switched to
  // Europe/Kyiv (rails/rails#57266); same zone, but engines with ICU < 72 reject Europe/Kyiv.
  'Kyiv': 'Europe/Kiev',
  'Riga': 'Europe/Riga',
  'Sofia': 'Europe/Sofia',
  'Tallinn': 'Europe/Tallinn',
  'Vilnius': 'Europe/Vilnius',
  'Athens': 'Europe/Athens',
  'Istanbul': 'Europe/Istanbul',
  'Minsk': 'Europe/Minsk',
  'Jerusalem': 'Asia/Jerusalem',
  'Harare': 'Africa/Harare',
  'Pretoria': 'Africa/Johannesburg',
  'Kaliningrad': 'Europe/Kaliningrad',
  'Moscow': 'Europe/Moscow',
  'St. Petersburg': 'Europe/Moscow',
  'Volgograd': 'Europe/Volgograd',
  'Samara': 'Europe/Samara',
  'Kuwait': 'Asia/Kuwait',
  'Riyadh': 'Asia/Riyadh',
  'Nairobi': 'Africa/Nairobi',
  'Baghdad': 'Asia/Baghdad',
  'Tehran': 'Asia/Tehran',
  'Abu Dhabi': 'Asia/Muscat',
  'Muscat': 'Asia/Muscat',
  'Baku': 'Asia/Baku',
  'Tbilisi': 'Asia/Tbilisi',
  'Yerevan': 'Asia/Yerevan',
  'Kabul': 'Asia/Kabul',
  'Ekaterinburg': 'Asia/Yekaterinburg',
  'Islamabad': 'Asia/Karachi',
  'Karachi': 'Asia/Karachi',
  'Tashkent': 'Asia/Tashkent',
  'Chennai': 'Asia/Kolkata',
  'Kolkata': 'Asia/Kolkata',
  'Mumbai': 'Asia/Kolkata',
  'New Delhi': 'Asia/Kolkata',
  'Kathmandu': 'Asia/Kathmandu',
  'Dhaka': 'Asia/Dhaka',
  'Sri Jayawardenepura': 'Asia/Colombo',
  'Almaty': 'Asia/Almaty',
  'Astana': 'Asia/Almaty',
  'Novosibirsk': 'Asia/Novosibirsk',
  // Asia/Rangoon is the backward name of Asia/Yangon (Rails main: rails/rails#57266).
  'Rangoon': 'Asia/Rangoon',
  'Bangkok': 'Asia/Bangkok',
  'Hanoi': 'Asia/Bangkok',
  'Jakarta': 'Asia/Jakarta',
  'Krasnoyarsk': 'Asia/Krasnoyarsk',
  'Beijing': 'Asia/Shanghai',
  'Chongqing': 'Asia/Chongqing',
  'Hong Kong': 'Asia/Hong_Kong',
  'Urumqi': 'Asia/Urumqi',
  'Kuala Lumpur': 'Asia/Kuala_Lumpur',
  'Singapore': 'Asia/Singapore',
  'Taipei': 'Asia/Taipei',
  'Perth': 'Australia/Perth',
  'Irkutsk': 'Asia/Irkutsk',
  'Ulaanbaatar': 'Asia/Ulaanbaatar',
  'Seoul': 'Asia/Seoul',
  'Osaka': 'Asia/Tokyo',
  'Sapporo': 'Asia/Tokyo',
  'Tokyo': 'Asia/Tokyo',
  'Yakutsk': 'Asia/Yakutsk',
  'Darwin': 'Australia/Darwin',
  'Adelaide': 'Australia/Adelaide',
  'Canberra': 'Australia/Canberra',
  'Melbourne': 'Australia/Melbourne',
  'Sydney': 'Australia/Sydney',
  'Brisbane': 'Australia/Brisbane',
  'Hobart': 'Australia/Hobart',
  'Vladivostok': 'Asia/Vladivostok',
  'Guam': 'Pacific/Guam',
  'Port Moresby': 'Pacific/Port_Moresby',
  'Magadan': 'Asia/Magadan',
  'Srednekolymsk': 'Asia/Srednekolymsk',
  'Solomon Is.': 'Pacific/Guadalcanal',
  'New Caledonia': 'Pacific/Noumea',
  'Fiji': 'Pacific/Fiji',
  'Kamchatka': 'Asia/Kamchatka',
  'Marshall Is.': 'Pacific/Majuro',
  'Auckland': 'Pacific/Auckland',
  'Wellington': 'Pacific/Auckland',
  "Nuku'alofa": 'Pacific/Tongatapu',
  'Tokelau Is.': 'Pacific/Fakaofo',
  'Chatham Is.': 'Pacific/Chatham',
  'Samoa': 'Pacific/Apia',

  // Names Rails renamed; old rows still hold them. 'Kyev' is the Rails 2 era spelling (the
  // tzinfo_timezone plugin; 'Kyiv' by Rails 3). 'Ulaan Bataar' is Rails 3, 'Ulaanbaatar' since Rails 4.
  'Kyev': 'Europe/Kiev',
  'Ulaan Bataar': 'Asia/Ulaanbaatar',
})

/**
 * Rails zone names that Rails has since renamed ('Kyev' → 'Kyiv', 'Ulaan Bataar' →
 * 'Ulaanbaatar'). They resolve through {@link railsTimeZoneToIana}, but are never suggested.
 *
 * @example
 * RENAMED_RAILS_TIME_ZONE_NAMES.includes('Kyev')
 * //=> true
 *
 * @example
 * // The current spelling is not in this list
 * RENAMED_RAILS_TIME_ZONE_NAMES.includes('Kyiv')
 * //=> false
 */
export const RENAMED_RAILS_TIME_ZONE_NAMES: readonly string[] = Object.freeze(['Kyev', 'Ulaan Bataar'])

/**
 * Returns the IANA id for a Rails zone name, or `undefined` when the name is not a Rails name.
 *
 * Matching is exact, as in Rails. Only the table's own keys count, so `'__proto__'`,
 * `'constructor'` and `'toString'` are not names. IANA ids themselves are not Rails names either.
 *
 * @param name - a Rails zone name, e.g. `'Eastern Time (US & Canada)'`
 * @returns the IANA id Rails maps it to, or `undefined`
 *
 * @example
 * railsTimeZoneToIana('Newfoundland')
 * //=> 'America/St_Johns'
 *
 * @example
 * // A renamed Rails name still resolves; prototype members and IANA ids do not
 * railsTimeZoneToIana('Kyev') //=> 'Europe/Kiev'
 * railsTimeZoneToIana('constructor') //=> undefined
 * railsTimeZoneToIana('America/New_York') //=> undefined
 */
export function railsTimeZoneToIana(name: string): string | undefined {
  return Object.hasOwn(RAILS_TIME_ZONES, name) ? RAILS_TIME_ZONES[name] : undefined
}
