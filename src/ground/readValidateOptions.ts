import { reportError, type IssueCollector, type PathSegment } from './issues'
import { isPlainObject, readArrayLength, readOwnFields, reportUnknownFields } from './readers'
import { describeReceived } from './issues'

/** Options for `validateBusinessHours`, `validateExceptions` and their throwing twins. */
export interface ValidateOptions {
  /** Put in front of every issue path, e.g. `['target', 'business_hours']`. Default none. */
  readonly pathPrefix?: readonly PathSegment[]
}

/** At most this many segments in a `pathPrefix`: prefixes are a few names deep. */
const MAX_PREFIX = 32

/**
 * Reads `{ pathPrefix }` once; anything unusable is an issue under `options`, and the prefix is
 * then empty. Internal.
 */
export function readValidateOptions(options: unknown, collector: IssueCollector, owner: string): { pathPrefix: readonly PathSegment[] } {
  if (options === undefined || options === null) return { pathPrefix: [] }
  if (!isPlainObject(options)) {
    reportError(collector, ['options'], 'not_an_object', `options must be an object such as { pathPrefix: ['target'] }, received ${describeReceived(options)}`, 'an object', describeReceived(options))
    return { pathPrefix: [] }
  }
  const fields = readOwnFields(options, ['pathPrefix'], ['options'], collector, 'options')
  if (fields !== undefined) reportUnknownFields(options, ['pathPrefix'], ['options'], collector, owner)
  const prefix = fields?.pathPrefix
  if (prefix === undefined) return { pathPrefix: [] }
  const expected = `an array of at most ${MAX_PREFIX} keys (strings) and indexes (non-negative integers)`
  const length = readArrayLength(prefix, ['options', 'pathPrefix'], collector, expected)
  if (length === undefined) return { pathPrefix: [] }
  const segments: PathSegment[] = []
  try {
    for (let i = 0; i < length && i <= MAX_PREFIX; i++) {
      const segment: unknown = (prefix as unknown[])[i]
      if (i === MAX_PREFIX || !(typeof segment === 'string' || (typeof segment === 'number' && Number.isSafeInteger(segment) && segment >= 0))) {
        reportError(collector, ['options', 'pathPrefix', i], 'invalid_type', `options.pathPrefix must be ${expected}, received ${describeReceived(segment)} at ${i}`, expected, describeReceived(segment))
        return { pathPrefix: [] }
      }
      segments.push(segment)
    }
  } catch {
    reportError(collector, ['options', 'pathPrefix'], 'unreadable', 'options.pathPrefix could not be read', expected, 'an unreadable array')
    return { pathPrefix: [] }
  }
  return { pathPrefix: segments }
}
