// schema.org's day names and the time conventions listings follow. Internal to callhours/formats.

/** schema.org `DayOfWeek` members, Sunday = 0 (callhours' index). */
export const SCHEMA_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const

/**
 * A `dayOfWeek` value as a weekday index: `https://schema.org/Monday`, `http://schema.org/Monday`,
 * `schema:Monday`, or the bare `Monday` (any case); `'holiday'` for `PublicHolidays`; undefined otherwise.
 */
export function schemaDayOf(text: string): number | 'holiday' | undefined {
  const name = text.trim().replace(/^(https?:\/\/schema\.org\/|schema:)/i, '').toLowerCase()
  if (name === 'publicholidays') return 'holiday'
  const index = SCHEMA_DAYS.findIndex((day) => day.toLowerCase() === name)
  return index < 0 ? undefined : index
}

/** `HH:MM` or `HH:MM:SS` (seconds 00), with an optional zone offset; minutes of the day 0–1440, and whether an offset was written. */
export function schemaTimeOf(text: string): { minute: number; offset: boolean } | undefined {
  const match = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(text.trim())
  if (match === null) return undefined
  const hours = Number(match[1])
  const minutes = Number(match[2])
  const seconds = match[3] === undefined ? 0 : Number(match[3])
  if (minutes > 59 || seconds > 59 || hours > 24 || (hours === 24 && (minutes > 0 || seconds > 0))) return undefined
  // 23:59:59 is the end of the day as much as 23:59 is.
  return { minute: hours * 60 + minutes + (hours === 23 && minutes === 59 && seconds === 59 ? 0 : 0), offset: match[4] !== undefined }
}
