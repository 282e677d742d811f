import type { Hours } from '../calendar/types'

/**
 * Numbers the hours of a fleet's targets by content: two targets get one number exactly when their
 * hours are the same weekly schedule (sealed schedules are interned by content, so one object) with
 * the same exceptions, compared entry by entry as written — so the 50,000 calendars a fleet read
 * with one holiday list makes (one per target) count as one, and their spans are computed once.
 * One numbering per call; lists already seen are found by identity first. Internal to src/fleet.
 *
 * @example
 * const number = hoursNumbering()
 * number(withExceptions(weekdays9to5, [{ date: '--12-25', closed: true }])) === number(withExceptions(weekdays9to5, [{ date: '--12-25', closed: true }]))
 * //=> true
 */
export function hoursNumbering(): (hours: Hours) => number {
  const weeks = new Map<object, number>()
  const listKeys = new Map<object, string>()
  const byContent = new Map<string, number>()
  const weekNumber = (week: object): number => {
    let n = weeks.get(week)
    if (n === undefined) weeks.set(week, (n = weeks.size))
    return n
  }
  return (hours) => {
    if (!('exceptions' in hours)) return numberOf(`w${weekNumber(hours)}`)
    let listKey = listKeys.get(hours.exceptions)
    if (listKey === undefined) {
      // The entries are plain, frozen data read by the library: their JSON is their content.
      listKey = JSON.stringify(hours.exceptions)
      listKeys.set(hours.exceptions, listKey)
    }
    return numberOf(`c${weekNumber(hours.schedule)}|${listKey}`)
  }
  function numberOf(key: string): number {
    let n = byContent.get(key)
    if (n === undefined) byContent.set(key, (n = byContent.size))
    return n
  }
}
