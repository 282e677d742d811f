import { formatIssuePath, validateTarget, type ExceptionEntry, type Issue, type ParseTargetOptions, type TargetValidationResult } from '../index'
import { EXAMPLE_SOURCE, EXAMPLE_TARGET_RESPONSE } from './example'
import { shown } from './format'
import { CliError, describeFileError, type CliIo } from './io'
import { locateJsonError } from './locateJsonError'

/**
 * What a file held, read through the library's one target reader (`validateTarget`): a target as
 * the API returns it (`{"target": {...}}` or the bare object), a request body, or a bare array of
 * business-hour records (read as a target with those `business_hours`). The CLI never reads a
 * target's fields beside the library.
 *
 * @example
 * // [{ "day_of_week": 1 }] piped to `callhours check -`
 * const loaded = await loadTarget('-', ioWithStdin('[{ "day_of_week": 1 }]'))
 * loaded.source //=> '<stdin>'
 * loaded.shape //=> 'records'
 * loaded.result.ok //=> true
 */
export interface LoadedTarget {
  /** How messages name the input: the path given, `<stdin>`, or the bundled example. */
  readonly source: string
  /** `records` for a bare array of business-hour records, `target` for a target document. */
  readonly shape: 'target' | 'records'
  /** What `validateTarget` answered, with the options the command reads targets with. */
  readonly result: TargetValidationResult
  /**
   * The zone name as the input gave it (`time_zone`, or `--tz`), for display only: the zone used
   * is `result.target.timeZone`, which the library resolved. Undefined when none was given.
   */
  readonly givenZone: string | undefined
  /** Where the zone came from: `--tz`, the target's `time_zone`, or the UTC default. */
  readonly zoneOrigin: 'flag' | 'target' | 'default'
  /** How many records the input's list of hours holds, for display; undefined when it has none. */
  readonly records: number | undefined
  /**
   * The list of hours as given (for `diff`, which pairs records by their ids and checks them again
   * with the server's rules), and the field that held it; undefined when there is no list.
   */
  readonly hoursList: readonly unknown[] | undefined
  readonly hoursKey: 'business_hours' | 'business_hours_attributes'
  /**
   * The target's id and name for headings: the library's when the target is valid, else as the
   * file has them when they are well formed (so an invalid target is still named), else null.
   */
  readonly id: number | null
  readonly name: string | null
}

/** How a command reads its target. */
export interface LoadOptions {
  /** `--tz`: read the hours in this zone (through the library's `timeZone` option). */
  readonly tz?: string | undefined
  /** Where the hours may be; the CLI's default is `'either'` (a target or a request body). */
  readonly hoursFrom?: ParseTargetOptions['hoursFrom']
  /** `--exceptions` / `--holidays` entries (`loadExceptions`), checked with the target: the schedule is then a calendar. */
  readonly exceptions?: readonly unknown[] | undefined
}

/**
 * Reads a target from a file (`-` for stdin), or the bundled example when no file is given, and
 * checks it with `validateTarget`.
 *
 * @param path - a file name, `-`, or undefined for the bundled example
 * @param io - where files and stdin come from
 * @param options - `tz` and `hoursFrom`
 * @returns the loaded target, valid or not
 * @throws {CliError} exit 2 when the file cannot be read, is not JSON, is not a target (an error
 *   body, `null`, a list of targets), or `--tz` names no zone
 *
 * @example
 * (await loadTarget(undefined, io)).result.ok //=> true
 *
 * @example
 * // Edge: an error body from the API is not a target (exit 2)
 * await loadTarget('error.json', io)
 * // throws CliError: error.json holds no target: expected a target as the API returns it …
 */
export async function loadTarget(path: string | undefined, io: CliIo, options: LoadOptions = {}): Promise<LoadedTarget> {
  const source = path === undefined ? EXAMPLE_SOURCE : path === '-' ? '<stdin>' : path
  const json = path === undefined ? EXAMPLE_TARGET_RESPONSE : parseJson(await readText(path, source, io), source)
  return readLoaded(json, source, options)
}

/** Checks parsed JSON as a target, with the CLI's rules for what the file may hold. */
export function readLoaded(json: unknown, source: string, options: LoadOptions = {}): LoadedTarget {
  const shape = Array.isArray(json) ? 'records' : 'target'
  if (shape === 'records') refuseTargetList(json as unknown[], source)
  const input = shape === 'records' ? { business_hours: json } : json
  const result = validateTarget(input, {
    hoursFrom: options.hoursFrom ?? 'either',
    ...(options.tz === undefined ? {} : { timeZone: options.tz }),
    // Read as JSON from a file: the library checks every entry.
    ...(options.exceptions === undefined ? {} : { exceptions: options.exceptions as readonly ExceptionEntry[] }),
  })
  if (!result.ok) {
    const notTarget = result.issues.find((issue) => issue.code === 'not_a_target')
    if (notTarget !== undefined) throw new CliError(`${shown(source)} holds no target: ${shown(notTarget.message, 400)}`, 2)
    const badTz = options.tz === undefined ? undefined : result.issues.find((issue) => issue.code === 'unknown_time_zone')
    if (badTz !== undefined) throw new CliError(`--tz: ${shown(badTz.message)}`, 2)
  }
  const body = shape === 'target' ? targetBody(json) : undefined
  const fromTarget = typeof body?.time_zone === 'string' ? body.time_zone : undefined
  const attributes = body?.business_hours === undefined && Array.isArray(body?.business_hours_attributes)
  const list = shape === 'records' ? json : attributes ? body?.business_hours_attributes : body?.business_hours
  return {
    source,
    shape,
    result,
    givenZone: options.tz ?? fromTarget,
    zoneOrigin: options.tz !== undefined ? 'flag' : fromTarget !== undefined ? 'target' : 'default',
    records: Array.isArray(list) ? list.length : undefined,
    hoursList: Array.isArray(list) ? list : undefined,
    hoursKey: attributes ? 'business_hours_attributes' : 'business_hours',
    id: result.ok ? result.target.id : typeof body?.id === 'number' && Number.isSafeInteger(body.id) && body.id > 0 ? body.id : null,
    name: result.ok ? result.target.name : typeof body?.name === 'string' ? body.name : null,
  }
}

/** A list of targets (`GET /targets.json` items) where one target is expected is an input error. */
function refuseTargetList(items: readonly unknown[], source: string): void {
  const targets = items.filter((item) => typeof item === 'object' && item !== null && !Array.isArray(item) && (Object.hasOwn(item, 'target') || Object.hasOwn(item, 'business_hours')))
  if (targets.length === 0) return
  throw new CliError(`${shown(source)} holds a list of ${items.length} items, ${targets.length} of them targets: give one target (or a bare array of business-hour records)`, 2)
}

/**
 * The target object of a document, for display only (the zone as written, how many records):
 * everything the command decides comes from `validateTarget`. Undefined when it is no object.
 */
function targetBody(json: unknown): Readonly<Record<string, unknown>> | undefined {
  const body = typeof json === 'object' && json !== null && Object.hasOwn(json, 'target') ? (json as { target: unknown }).target : json
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined
}

/**
 * Renders an issue's path the way the input was written: under `target` for a target document,
 * and from `business_hours` for a bare array of records.
 *
 * @example
 * issuePath({ code: 'out_of_range', path: ['target', 'business_hours', 0, 'day_of_week'], message: '', severity: 'error' }, 'records')
 * //=> 'business_hours[0].day_of_week'
 */
export function issuePath(issue: Issue, shape: LoadedTarget['shape']): string {
  const path = shape === 'records' && issue.path[0] === 'target' ? issue.path.slice(1) : issue.path
  return shown(formatIssuePath(path, 'target'))
}

export async function readText(path: string, source: string, io: CliIo): Promise<string> {
  try {
    return path === '-' ? await io.readStdin() : await io.readFile(path)
  } catch (error) {
    throw new CliError(`${shown(source)}: cannot read: ${describeFileError(error)}`, 2)
  }
}

export function parseJson(text: string, source: string): unknown {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  try {
    return JSON.parse(body) as unknown
  } catch (error) {
    const location = locateJsonError(body)
    if (location !== null) {
      throw new CliError(
        `${shown(source)}: invalid JSON at line ${location.line}, column ${location.column} (position ${location.position}): ${shown(location.problem)}`,
        2,
      )
    }
    throw new CliError(`${shown(source)}: invalid JSON: ${shown(error instanceof Error ? error.message : String(error))}`, 2)
  }
}
