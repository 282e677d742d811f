import { reportError, type IssueCollector, type PathSegment } from '../ground/issues'
import { readBusinessHours, type ReadRecord, type StampKey } from '../records/readBusinessHours'

/** A server record after reading: like any read record, but it always has its id. */
export interface ServerReadRecord extends ReadRecord {
  readonly id: number
}

/** What reading the server's records found. `records` keeps the input order. */
export interface ServerRead {
  readonly records: readonly ServerReadRecord[]
  /** Each record's own `target_id`, `created_at`, `updated_at`, by index (only when asked). */
  readonly stamps: ReadonlyMap<number, Partial<Record<StampKey, unknown>>>
}

/**
 * Reads the records a server returned (`target.business_hours`), with the record checks plus two
 * of its own: every record must carry its `id` (without it the record cannot be updated), and
 * none may carry `_destroy: true` (the server never returns one; such a list is a payload, not a
 * state). Issues go to `collector`; undefined when the input is not an array. Internal.
 */
export function readServerRecords(
  input: unknown,
  pathPrefix: readonly PathSegment[],
  collector: IssueCollector,
  withStamps = false,
): ServerRead | undefined {
  const read = readBusinessHours(input, pathPrefix, collector, withStamps)
  if (read === undefined) return undefined
  for (const mark of read.destroys) {
    reportError(
      collector,
      [...pathPrefix, mark.index, '_destroy'],
      'unexpected_destroy',
      'a server record cannot be marked _destroy: pass the records as the API returned them (target.business_hours), not a payload',
      'no _destroy field',
      'true',
    )
  }
  const records: ServerReadRecord[] = []
  for (const record of read.records) {
    if (record.id === undefined) {
      reportError(collector, [...pathPrefix, record.index, 'id'], 'missing_field', 'a server record needs its id: pass the records as the API returned them, each with its "id"', 'a positive integer', 'nothing')
      continue
    }
    records.push(record as ServerReadRecord)
  }
  return { records, stamps: read.stamps }
}

/**
 * The ids, for messages: ` (ids: 43, 44, …)`, at most ten shown. Sorting is done once per call
 * of the returned function's first use, however many messages quote it.
 */
export function idListText(ids: Iterable<number>): () => string {
  let text: string | undefined
  return () => {
    if (text !== undefined) return text
    const sorted = Array.from(ids).sort((a, b) => a - b)
    text = sorted.length === 0 ? ' (there are none)' : ` (ids: ${sorted.slice(0, 10).join(', ')}${sorted.length > 10 ? ', …' : ''})`
    return text
  }
}
