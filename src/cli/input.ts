import { CliError, describeFileError, type CliIo } from './io'
import { EXAMPLE_SOURCE, EXAMPLE_TARGET_RESPONSE } from './example'
import { locateJsonError } from './locateJsonError'

/**
 * Which list of a target the records came from; issue paths are rooted there.
 *
 * @example
 * formatIssuePath([3, 'time_close'], loaded.recordsKey) //=> 'business_hours[3].time_close'
 */
export type RecordsKey = 'business_hours' | 'business_hours_attributes'

/**
 * A target's business hours as read from a file, stdin or the bundled example, not yet checked.
 *
 * @example
 * // [{ "day_of_week": 1 }] piped to `callhours check -`
 * await loadTarget('-', ioWithStdin('[{ "day_of_week": 1 }]'))
 * //=> { source: '<stdin>', records: [{ day_of_week: 1 }], recordsKey: 'business_hours',
 * //     timeZone: undefined, targetId: undefined, name: undefined }
 */
export interface LoadedTarget {
  /** How messages name the input: the path given, `<stdin>`, or the bundled example. */
  readonly source: string
  /** The records, exactly as found (any JSON value; the library checks them). */
  readonly records: unknown
  /** The name issue paths start with: `business_hours[3].time_close`. */
  readonly recordsKey: RecordsKey
  /** The target's `time_zone` as found; undefined when absent or null (a bare array of records has none). */
  readonly timeZone: unknown
  /** The target's `id`, when the input is a target that has a numeric one. */
  readonly targetId: number | undefined
  /** The target's `name`, when it has a non-empty one. */
  readonly name: string | undefined
}

/**
 * Reads a target's business hours from a file, from stdin (`-`) or, without a path, the bundled
 * example.
 *
 * Accepted shapes: `{"target": {...}}` as the API returns it, the bare target object, or a bare
 * array of records. A target's records are its `business_hours` (what the API returns), else its
 * `business_hours_attributes` (a request body); a target with neither, or with `null`, has no
 * records, which the API reads as open 24/7 (validation warns). A leading byte-order mark is ignored.
 *
 * @param path - a file path, `-` for stdin, or undefined for the bundled example
 * @param io - where files and stdin come from
 * @returns the records, their key, and the target's `time_zone`, `id` and `name`
 * @throws {CliError} exit 2, one line: an unreadable file, bad JSON (with line, column and
 *   position), or JSON that is neither an object (a target) nor an array (records)
 *
 * @example
 * await loadTarget(undefined, io)
 * //=> { source: 'bundled example (target 7 from the Retreaver Target API document)',
 * //     records: [{ id: 43, … }, …], recordsKey: 'business_hours',
 * //     timeZone: undefined, targetId: 7, name: undefined }
 *
 * @example
 * // Edge: bad JSON names the file and the place
 * await loadTarget('broken.json', io)
 * //=> throws CliError: broken.json: invalid JSON at line 3, column 18 (position 41): unexpected '}', expected a value
 */
export async function loadTarget(path: string | undefined, io: CliIo): Promise<LoadedTarget> {
  if (path === undefined) return fromJson(EXAMPLE_TARGET_RESPONSE, EXAMPLE_SOURCE)
  const source = path === '-' ? '<stdin>' : path
  const text = await readText(path, source, io)
  return fromJson(parseJson(text, source), source)
}

async function readText(path: string, source: string, io: CliIo): Promise<string> {
  try {
    return path === '-' ? await io.readStdin() : await io.readFile(path)
  } catch (error) {
    throw new CliError(`${source}: cannot read: ${describeFileError(error)}`, 2)
  }
}

function parseJson(text: string, source: string): unknown {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  try {
    return JSON.parse(body) as unknown
  } catch (error) {
    const location = locateJsonError(body)
    if (location !== null) {
      throw new CliError(
        `${source}: invalid JSON at line ${location.line}, column ${location.column} (position ${location.position}): ${location.problem}`,
        2,
      )
    }
    throw new CliError(`${source}: invalid JSON: ${error instanceof Error ? error.message : String(error)}`, 2)
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function fromJson(json: unknown, source: string): LoadedTarget {
  if (Array.isArray(json)) {
    return { source, records: json, recordsKey: 'business_hours', timeZone: undefined, targetId: undefined, name: undefined }
  }
  if (!isRecord(json)) {
    throw new CliError(`${source}: expected a target ({"target": {...}} or the target object) or an array of business-hour records, got ${kindOf(json)}`, 2)
  }
  const target = isRecord(json.target) ? json.target : json
  const key: RecordsKey | undefined = Object.hasOwn(target, 'business_hours')
    ? 'business_hours'
    : Object.hasOwn(target, 'business_hours_attributes')
      ? 'business_hours_attributes'
      : undefined
  // A target without hours (absent or null) is open 24/7, as the API and the library's parseTarget
  // treat it; reading it as an empty list makes validation say so in a warning.
  const records = key === undefined || target[key] === null ? [] : target[key]
  const id = target.id
  const name = target.name
  return {
    source,
    records,
    recordsKey: key ?? 'business_hours',
    timeZone: target.time_zone === null ? undefined : target.time_zone,
    targetId: typeof id === 'number' && Number.isSafeInteger(id) ? id : undefined,
    name: typeof name === 'string' && name.trim() !== '' ? name : undefined,
  }
}

function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (typeof value === 'string') return 'a string'
  if (typeof value === 'number') return 'a number'
  if (typeof value === 'boolean') return `${String(value)}`
  return typeof value
}
