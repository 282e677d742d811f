// callhours/holidays/ics: iCalendar files only (ical.js, an optional peer). Importing it never
// loads date-holidays (with moment-timezone, 1.4 MB); callhours/holidays gives both sources.

export { exceptionsFromIcs } from './exceptionsFromIcs'
export type { DateExceptionEntry, ExceptionEntry, ExceptionsFromIcsOptions, IcsOptions, InstantExceptionEntry, RangeExceptionEntry, YearlyExceptionEntry, YearsOption } from './types'
