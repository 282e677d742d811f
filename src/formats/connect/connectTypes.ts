// Amazon Connect's hours of operation and their overrides, as the API answers them (types only).
// Source: https://docs.aws.amazon.com/connect/latest/APIReference/API_HoursOfOperation.html and the
// pages it links (HoursOfOperationConfig, HoursOfOperationOverride, RecurrencePattern).

import type { ReadFormatOptions, WriteFormatOptions } from '../types'

/** `SUNDAY` … `SATURDAY`. */
export type ConnectDay = 'SUNDAY' | 'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY'

/** A time of day: `Hours` 0–23, `Minutes` 0–59 (an `EndTime` of 0:00 is the end of the day). */
export interface ConnectTimeSlice {
  readonly Hours: number
  readonly Minutes: number
}

/** One span of one day (`HoursOfOperationConfig`, and `HoursOfOperationOverrideConfig`). */
export interface ConnectConfig {
  readonly Day: ConnectDay
  readonly StartTime: ConnectTimeSlice
  readonly EndTime: ConnectTimeSlice
}

/** `RecurrencePattern`: every `Interval` weeks, months or years (1–6), on the listed month, month day or weekday occurrence. */
export interface ConnectRecurrencePattern {
  readonly Frequency: 'WEEKLY' | 'MONTHLY' | 'YEARLY'
  readonly Interval: number
  readonly ByMonth?: readonly number[]
  readonly ByMonthDay?: readonly number[]
  readonly ByWeekdayOccurrence?: readonly number[]
}

/** `HoursOfOperationOverride`: dated hours, temporary (`STANDARD`) or recurring (`OPEN`, `CLOSED`). */
export interface ConnectOverride {
  readonly Name: string
  readonly Description?: string
  readonly Config: readonly ConnectConfig[]
  readonly EffectiveFrom: string
  readonly EffectiveTill: string
  readonly OverrideType?: 'STANDARD' | 'OPEN' | 'CLOSED'
  readonly RecurrenceConfig?: { readonly RecurrencePattern: ConnectRecurrencePattern }
}

/** `HoursOfOperation`: the weekly spans and the zone. */
export interface ConnectHoursOfOperation {
  readonly Name: string
  readonly TimeZone?: string
  readonly Config: readonly ConnectConfig[]
}

/**
 * What `writeConnect` answers and `readConnect` reads whole: the `DescribeHoursOfOperation`
 * answer's `HoursOfOperation` beside the `ListHoursOfOperationOverrides` answer's list.
 */
export interface ConnectHours {
  readonly HoursOfOperation: ConnectHoursOfOperation
  readonly HoursOfOperationOverrideList: readonly ConnectOverride[]
}

/** Options of `readConnect`. */
export interface ReadConnectOptions extends ReadFormatOptions {
  /**
   * What an `EndTime` before its `StartTime` (other than 0:00) means — the API reference does not
   * say: `'nextDay'` (default) runs the span past midnight into the next day; `'reject'` makes it a
   * located `close_before_open` issue.
   */
  readonly endBeforeStart?: 'nextDay' | 'reject'
}

/** Options of `writeConnect`. */
export interface WriteConnectOptions extends WriteFormatOptions {
  /** The `Name` of the hours of operation written (default `"Business hours"`). */
  readonly name?: string
}

/** Connect's fixed limit: at most 50 overrides per hours of operation (not adjustable). */
export const CONNECT_MAX_OVERRIDES = 50

/** The days of `Day`, Sunday first (index = callhours' day of the week). */
export const CONNECT_DAYS: readonly ConnectDay[] = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY']
