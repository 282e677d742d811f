// Genesys Cloud Architect schedule groups and schedules, as the Platform API's JSON holds them
// (types only). Source: https://developer.genesys.cloud/routing/architect/ (ScheduleGroup, Schedule).

import type { ReadFormatOptions, WriteFormatOptions } from '../types'

/** A schedule: a local start and end (`2026-01-05T09:00:00.000`, no offset), repeated by an iCal RRULE when given. */
export interface GenesysSchedule {
  readonly id?: string
  readonly name: string
  readonly start: string
  readonly end: string
  readonly rrule?: string
}

/** A reference to a schedule, as the API answers a group's lists: `{ id, name, selfUri }`. */
export interface GenesysScheduleRef {
  readonly id: string
  readonly name?: string
  readonly selfUri?: string
}

/** A schedule group: its zone and its open, closed and holiday schedules (evaluated Holiday > Closed > Open). */
export interface GenesysScheduleGroup {
  readonly name: string
  readonly timeZone?: string
  readonly openSchedules: readonly GenesysSchedule[]
  readonly closedSchedules: readonly GenesysSchedule[]
  readonly holidaySchedules: readonly GenesysSchedule[]
}

/** Options of `readGenesys`. */
export type ReadGenesysOptions = ReadFormatOptions

/** Options of `writeGenesys`. */
export interface WriteGenesysOptions extends WriteFormatOptions {
  /** The group's `name` (default `"Business hours"`). */
  readonly name?: string
}
