/**
 * Independent oracle for issue 4: what a Rails app does with `business_hours_attributes`,
 * written from `accepts_nested_attributes_for ... allow_destroy: true` and without any of src/.
 *
 * `assign_nested_attributes_for_collection_association` walks the items in order:
 * - no `id`: unless `_destroy` is truthy (then the new record is skipped), build a new record from
 *   the column defaults and the given fields;
 * - an `id`: find that record among the association's (none → `RecordNotFound`), assign the given
 *   fields, and if `_destroy` is truthy mark it for destruction.
 * Saving deletes the marked records and inserts the new ones, whose ids the database counts up.
 * Loading the association again gives the kept records (here: in their old order), then the new.
 *
 * Column defaults are assumed to be the ones the API documents by example: `time_open` 0,
 * `time_close` 2400, `work_day` true, `invert` false.
 */

/** A stored row. */
export interface Row {
  readonly id: number
  readonly target_id?: number
  readonly day_of_week: number
  readonly time_open: number
  readonly time_close: number
  readonly work_day: boolean
  readonly invert: boolean
}

/** What `ActiveRecord::RecordNotFound` would say. */
export class RecordNotFound extends Error {}

const COLUMNS = ['day_of_week', 'time_open', 'time_close', 'work_day', 'invert'] as const
const DEFAULTS = { time_open: 0, time_close: 2400, work_day: true, invert: false }

/** Rails' `has_destroy_flag?`: ActiveModel's boolean cast of `_destroy`. */
function truthy(value: unknown): boolean {
  return value === true || value === 1 || value === '1' || value === 'true' || value === 't' || value === 'on'
}

/**
 * Applies nested attributes as Rails would.
 *
 * @param rows - the association as loaded
 * @param items - the `business_hours_attributes` items
 * @param firstNewId - the id the database gives the first inserted row (then +1 each)
 * @returns the association as loaded after save
 */
export function railsNestedAttributes(
  rows: readonly Row[],
  items: readonly Readonly<Record<string, unknown>>[],
  firstNewId: number,
): Row[] {
  const working = rows.map((row) => ({ row: { ...row } as Record<string, unknown>, destroy: false }))
  const built: Record<string, unknown>[] = []
  for (const item of items) {
    const id = item.id
    if (id === undefined || id === null || id === '') {
      if (truthy(item._destroy)) continue
      const row: Record<string, unknown> = { ...DEFAULTS }
      if (rows[0]?.target_id !== undefined) row.target_id = rows[0].target_id
      for (const column of COLUMNS) if (column in item) row[column] = item[column]
      built.push(row)
      continue
    }
    const found = working.find((entry) => String(entry.row.id) === String(id))
    if (found === undefined) throw new RecordNotFound(`Couldn't find BusinessHour with ID=${String(id)}`)
    for (const column of COLUMNS) if (column in item) found.row[column] = item[column]
    if (truthy(item._destroy)) found.destroy = true
  }
  let nextId = firstNewId
  return [
    ...working.filter((entry) => !entry.destroy).map((entry) => entry.row as unknown as Row),
    ...built.map((row) => ({ id: nextId++, ...row }) as unknown as Row),
  ]
}
