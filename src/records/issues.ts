import type { Issue, PathSegment } from './types'

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/

/**
 * Renders an issue path the way people read it.
 *
 * A path that starts at an array index gets `root` in front; string keys that are not identifiers
 * are quoted.
 *
 * @param path - segments such as `[3, 'time_close']`
 * @param root - the name of the thing validated (default `business_hours`)
 * @returns the rendered path
 *
 * @example
 * formatIssuePath([3, 'time_close'])
 * //=> 'business_hours[3].time_close'
 *
 * @example
 * // A path that already names its root, and an odd key
 * formatIssuePath(['target', 'caps', 1, 'cap'])
 * //=> 'target.caps[1].cap'
 * formatIssuePath([])
 * //=> 'business_hours'
 */
export function formatIssuePath(path: readonly PathSegment[], root = 'business_hours'): string {
  let text = typeof path[0] === 'string' ? '' : root
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`
    else if (IDENTIFIER.test(segment)) text += text === '' ? segment : `.${segment}`
    else text += `[${JSON.stringify(segment)}]`
  }
  return text
}

/** How many issues a `BusinessHoursError` message spells out before it says "and N more". */
const ISSUES_IN_MESSAGE = 3

/**
 * Thrown by the parsing functions when input has errors. `issues` holds every problem found,
 * errors and warnings, each located by its path.
 *
 * @example
 * try { parseBusinessHours([{ day_of_week: 9 }]) } catch (error) {
 *   error instanceof BusinessHoursError //=> true
 *   error.issues[0].path //=> [0, 'day_of_week']
 * }
 */
export class BusinessHoursError extends Error {
  readonly issues: readonly Issue[]

  /**
   * @param issues - every issue found (errors and warnings)
   * @param root - how a path that starts at an index is rooted in the message (`business_hours[3]…`)
   * @param subject - what was invalid, for the message's opening words
   */
  constructor(issues: readonly Issue[], root = 'business_hours', subject = 'business hours') {
    const errors = issues.filter((issue) => issue.severity === 'error')
    const shown = errors
      .slice(0, ISSUES_IN_MESSAGE)
      .map((issue) => `${formatIssuePath(issue.path, root)}: ${issue.message}`)
    const more = errors.length > ISSUES_IN_MESSAGE ? `; and ${errors.length - ISSUES_IN_MESSAGE} more` : ''
    const count = errors.length === 1 ? '1 error' : `${errors.length} errors`
    super(`Invalid ${subject} (${count}): ${shown.join('; ')}${more}`)
    this.name = 'BusinessHoursError'
    this.issues = issues
  }
}

/** Describes any value briefly for a message: what came. */
export function describeReceived(value: unknown): string {
  if (value === undefined) return 'undefined'
  if (value === null) return 'null'
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value)
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value
    return `the string ${JSON.stringify(shown)}`
  }
  if (typeof value === 'boolean' || typeof value === 'bigint') return `${typeof value} ${String(value)}`
  if (Array.isArray(value)) return `an array of ${value.length}`
  if (typeof value === 'object') return 'an object'
  return `a ${typeof value}`
}
