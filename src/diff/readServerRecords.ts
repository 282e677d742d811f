import { readBusinessHours, type ReadRecord } from '../records/readBusinessHours'
import type { Issue, PathSegment } from '../records/types'

/** A server record after reading: like any read record, but it always has its id. */
export interface ServerReadRecord extends ReadRecord {
  readonly id: number
}

/** What reading the server's records found. `records` keeps the input order. */
export interface ServerRead {
  readonly records: readonly ServerReadRecord[]
  readonly errors: Issue[]
  readonly warnings: Issue[]
}

/**
 * Reads the records a server returned (`target.business_hours`), with the foundation's checks plus
 * two of its own: every record must carry its `id` (without it the record cannot be updated), and
 * none may carry `_destroy` (the server never returns one; such a list is a payload, not a state).
 * Internal to the package.
 */
export function readServerRecords(input: unknown, pathPrefix: readonly PathSegment[]): ServerRead {
  const read = readBusinessHours(input, pathPrefix)
  const errors = [...read.errors]
  if (Array.isArray(input)) {
    input.forEach((raw: unknown, index) => {
      if (typeof raw === 'object' && raw !== null && Object.hasOwn(raw, '_destroy')) {
        const value = (raw as Record<string, unknown>)._destroy
        if (value === true) {
          errors.push({
            code: 'unexpected_destroy',
            path: [...pathPrefix, index, '_destroy'],
            severity: 'error',
            message:
              'a server record cannot be marked _destroy: pass the records as the API returned them (target.business_hours), not a payload',
            expected: 'no _destroy field',
            received: 'true',
          })
        }
      }
    })
  }
  const records: ServerReadRecord[] = []
  for (const record of read.records) {
    if (record.id === undefined) {
      errors.push({
        code: 'missing_field',
        path: [...pathPrefix, record.index, 'id'],
        severity: 'error',
        message: 'a server record needs its id: pass the records as the API returned them, each with its "id"',
        expected: 'a positive integer',
        received: 'nothing',
      })
      continue
    }
    records.push(record as ServerReadRecord)
  }
  return { records, errors, warnings: read.warnings }
}

/** The ids, for a message: ` (ids: 43, 44, …)`, at most ten shown. */
export function listIds(ids: Iterable<number>): string {
  const sorted = [...ids].sort((a, b) => a - b)
  if (sorted.length === 0) return ' (there are none)'
  return ` (ids: ${sorted.slice(0, 10).join(', ')}${sorted.length > 10 ? ', …' : ''})`
}
