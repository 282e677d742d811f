/** Day of the week as the Retreaver API numbers it: Sunday = 0 … Saturday = 6. */
export type DayOfWeek = 0 | 1 | 2 | 3 | 4 | 5 | 6

/** English day names, indexed like the API's `day_of_week` (Sunday = 0). */
export const DAY_NAMES = Object.freeze(['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const)

/** Three-letter English day names, indexed like the API's `day_of_week` (Sunday = 0). */
export const DAY_ABBREVIATIONS = Object.freeze(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const)
