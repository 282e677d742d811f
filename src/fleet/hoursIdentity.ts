import type { CalendarException, Hours } from '../calendar/types'

/** Each exceptions list's content key, kept while the list lives: a calendar's list is frozen, so its content never changes. */
const LIST_KEYS = new WeakMap<object, string>()

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
  const byContent = new Map<string, number>()
  const weekNumber = (week: object): number => {
    let n = weeks.get(week)
    if (n === undefined) weeks.set(week, (n = weeks.size))
    return n
  }
  return (hours) => {
    if (!('exceptions' in hours)) return numberOf(`w${weekNumber(hours)}`)
    let listKey = LIST_KEYS.get(hours.exceptions)
    if (listKey === undefined) {
      listKey = exceptionsKey(hours.exceptions)
      LIST_KEYS.set(hours.exceptions, listKey)
    }
    return numberOf(`c${weekNumber(hours.schedule)}|${listKey}`)
  }
  function numberOf(key: string): number {
    let n = byContent.get(key)
    if (n === undefined) byContent.set(key, (n = byContent.size))
    return n
  }
}

/**
 * The content of a list of exceptions as text: every field that decides when it is open (labels
 * left out: they change no answer), each value written out in full, so two lists have one text
 * exactly when they hold the same entries in the same order. Built by hand rather than by
 * `JSON.stringify`, a few times faster, since a fleet read entry list by entry list pays it once a target.
 */
function exceptionsKey(exceptions: readonly CalendarException[]): string {
  let key = ''
  for (const entry of exceptions) {
    if (entry.kind === 'instant') {
      key += `i${entry.start},${entry.end},${entry.open ? 1 : 0};`
      continue
    }
    key += entry.kind === 'range' ? `r${entry.from},${entry.to}` : entry.kind === 'yearly' ? `y${entry.month},${entry.day}` : `d${entry.date}`
    key += ':'
    for (const span of entry.hours) key += `${span.start}-${span.end},`
    key += ';'
  }
  return key
}
