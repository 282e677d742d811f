/** The server week the editor tests start from: Mon–Fri 09:00–17:00, Saturday and Sunday closed, ids 101–107. */
export const SERVER_RECORDS = [0, 1, 2, 3, 4, 5, 6].map((day) =>
  day === 0 || day === 6
    ? { id: 101 + day, day_of_week: day, time_open: 0, time_close: 2400, work_day: false, invert: false }
    : { id: 101 + day, day_of_week: day, time_open: 900, time_close: 1700, work_day: true, invert: false },
)

/** SERVER_RECORDS as open cells at a 30-minute step, Sunday first (`'1'` open). */
export function serverCells(): string[] {
  return [0, 1, 2, 3, 4, 5, 6].map((day) => (day === 0 || day === 6 ? '0'.repeat(48) : '0'.repeat(18) + '1'.repeat(16) + '0'.repeat(14)))
}
