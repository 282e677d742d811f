// callhours/formats: business hours in and out of other systems' formats, each a read<Format> /
// write<Format> pair on one contract (./types.ts). No runtime dependency; each format tree-shakes.

export type { FormatLoss, FormatYears, LossCode, ReadFormatOptions, ReadFormatResult, WriteFormatOptions, WriteFormatResult } from './types'

// Google Business Profile and Places
export { readGoogle, type ReadGoogleOptions } from './google/readGoogle'
export { writeGoogle, MAX_GOOGLE_SPECIAL_DATES, type WriteGoogleOptions } from './google/writeGoogle'
export type { GoogleBusinessHours, GoogleDate, GoogleDayOfWeek, GoogleHours, GoogleSpecialHourPeriod, GoogleSpecialHours, GoogleTimeOfDay, GoogleTimePeriod } from './google/types'

// Plain text
export { readText, MAX_HOURS_TEXT, type ReadTextOptions } from './text/readText'
export { writeText, type WriteTextOptions } from './text/writeText'
