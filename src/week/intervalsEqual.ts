import type { WeekInterval } from './types'

/** Whether two interval lists hold the same spans in the same order. Internal. */
export function intervalsEqual(a: readonly WeekInterval[], b: readonly WeekInterval[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i]!.start !== b[i]!.start || a[i]!.end !== b[i]!.end) return false
  return true
}
