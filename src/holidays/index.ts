// callhours/holidays: calendar exceptions from public-holiday data (date-holidays) and from
// iCalendar files (ical.js). Both packages are optional peer dependencies: install the one you use.

export { holidayExceptions } from './holidayExceptions'
export { exceptionsFromIcs } from './exceptionsFromIcs'
export type {
  DateExceptionEntry,
  ExceptionEntry,
  ExceptionHours,
  HolidayExceptionsOptions,
  HolidayType,
  ExceptionsFromIcsOptions,
  IcsOptions,
  InstantExceptionEntry,
  RangeExceptionEntry,
  YearlyExceptionEntry,
  YearsOption,
} from './types'
