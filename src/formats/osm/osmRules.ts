// The OpenStreetMap `opening_hours` rules callhours reads, as plain data, and the names the format
// spells days and months with. Internal to callhours/formats.

/** OSM's two-letter weekdays, Sunday = 0 (the week's index in callhours). */
export const OSM_WEEKDAYS = ['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'] as const

/** OSM's three-letter months, January = index 0. */
export const OSM_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const

/**
 * One date selector item: explicit dates (`2026 Dec 24`, `2026 Dec 24-2027 Jan 02`, `2026`) as
 * signed day numbers, both included; or a yearly month-day span (`Dec 24-26`, `Dec`, `Dec 24-Jan 02`)
 * as `month * 100 + day` keys, `from > to` running over the new year.
 */
export type OsmDateItem =
  | { readonly kind: 'explicit'; readonly fromDay: number; readonly toDay: number }
  | { readonly kind: 'yearly'; readonly from: number; readonly to: number }

/** A span of the rule's day in minutes since its midnight; `end > 1440` runs into the next day. */
export interface OsmSpan {
  readonly start: number
  readonly end: number
}

/**
 * One rule of an `opening_hours` value, read: its selectors (a date list, a weekday set, `PH`),
 * its spans and state, its comment, and where it stands in the text.
 */
export interface OsmRule {
  /** The rule's position among the value's rules (0-based). */
  readonly index: number
  /** The character offset where the rule starts. */
  readonly offset: number
  /** The rule as written (trimmed), for messages. */
  readonly text: string
  /** Joined to the previous rule with `,`: adds to the day instead of replacing it. */
  readonly additional: boolean
  /** The date selector items (any of them matches), or undefined when the rule has none. */
  readonly dates: readonly OsmDateItem[] | undefined
  /** The weekdays as a bit set (Sunday = bit 0), or undefined when the rule names none. */
  readonly weekdays: number | undefined
  /** `PH` in the weekday selector: a public holiday matches too. */
  readonly holiday: boolean
  /** Whether the rule names its times (`off` with times only closes those: it does not replace the day). */
  readonly timed: boolean
  /** The spans the rule sets (the whole day when it names none). */
  readonly spans: readonly OsmSpan[]
  readonly state: 'open' | 'off' | 'unknown'
  /** Whether the state was written (`open`, `off`, `closed`, `unknown`), not implied. */
  readonly stated: boolean
  /** The comment in double quotes, or undefined. */
  readonly comment: string | undefined
}

/** Whether a rule's spans reach into the next day. */
export function ruleWraps(rule: OsmRule): boolean {
  return rule.spans.some((span) => span.end > 1440)
}
