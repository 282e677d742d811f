// callhours/holidays/country: public holidays only (date-holidays, an optional peer). Importing it
// never loads ical.js; callhours/holidays gives both sources.

export { holidayExceptions } from './holidayExceptions'
export type { DateExceptionEntry, ExceptionEntry, HolidayExceptionsOptions, HolidayType, RangeExceptionEntry, YearsOption } from './types'
