// The coverage grid as data: made by `coverageGrid` (src/fleet), drawn by src/render. Here, below
// both, so that the renderings need nothing from the floor of fleets.

/** One cell of a {@link CoverageGrid}: a stretch of `cellMinutes` of the zone's wall clock on one date. */
export interface CoverageGridCell {
  /** Real minutes of the window counted here (fractional at the window's edges; past `cellMinutes` where the clock repeats minutes; 0 outside the window). */
  readonly minutes: number
  /** The fewest targets accepting calls at any instant of it, or null when no instant of the window falls here. */
  readonly least: number | null
  /** The most targets accepting calls at any instant of it, or null as `least`. */
  readonly most: number | null
  /** Some instant of it has no target accepting calls. */
  readonly gap: boolean
  /** The set of accepting targets changes inside it from some targets to others, with no gap between. */
  readonly handOver: boolean
  /** Minutes of it the clock skips (spring forward): no instant reads them. */
  readonly skippedMinutes: number
  /** Minutes of it the clock reads twice (fall back). */
  readonly repeatedMinutes: number
}

/** One local date of a {@link CoverageGrid}. */
export interface CoverageGridRow {
  /** `YYYY-MM-DD` (years outside 0–9999 as `±YYYYYY`, as `toISOString` writes them). */
  readonly date: string
  /** `Sun` … `Sat`. */
  readonly weekday: string
  /** `1440 / cellMinutes` cells, from local 00:00. */
  readonly cells: readonly CoverageGridCell[]
}

/** What `coverageGrid` answers. */
export interface CoverageGrid {
  /** The zone's IANA id. */
  readonly timeZone: string
  readonly cellMinutes: number
  /** How many targets the coverage considered (its `targets`). */
  readonly targets: number
  readonly rows: readonly CoverageGridRow[]
}
