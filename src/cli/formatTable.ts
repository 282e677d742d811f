/**
 * The formats `callhours convert` and `check --from` know, as data: a name, whether the file is text
 * or JSON, and the library's reader and writer. Adding a format (google, text, connect, genesys,
 * teams, ringba, trackdrive) is one line here. `retreaver` is the CLI's own input: a target, a
 * request body or a bare array of records, read through the library's `validateTarget`.
 */
import { toBusinessHours, validateTarget, withExceptions, type Hours } from '../index'
import {
  readConnect,
  readGenesys,
  readGoogle,
  readOsm,
  readRingba,
  readSchemaOrg,
  readTeams,
  readText,
  readTrackDrive,
  writeConnect,
  writeGenesys,
  writeGoogle,
  writeOsm,
  writeRingba,
  writeSchemaOrg,
  writeTeams,
  writeText,
  writeTrackDrive,
  type ReadFormatResult,
  type WriteFormatResult,
} from '../formats/index'

/** The options the CLI passes to every reader and writer. */
export interface CliFormatOptions {
  readonly timeZone?: string
  readonly years?: readonly number[]
}

/**
 * One format of the CLI.
 *
 * @example
 * const osm: CliFormat = { name: 'osm', value: 'text', read: readOsm, write: writeOsm }
 */
export interface CliFormat {
  readonly name: string
  /** `text`: the file is read and printed as text; `json`: parsed and printed as JSON. */
  readonly value: 'text' | 'json'
  readonly read: (input: unknown, options: CliFormatOptions) => ReadFormatResult
  readonly write: (hours: Hours, options: CliFormatOptions) => WriteFormatResult<unknown>
}

/**
 * Reads Retreaver's hours (a target, a request body, or a bare array of records) as a format:
 * `validateTarget`'s answer in the readers' shape. A target holds no dated entries.
 */
function readRetreaver(input: unknown, options: CliFormatOptions): ReadFormatResult {
  const json = Array.isArray(input) ? { business_hours: input } : input
  const result = validateTarget(json, { hoursFrom: 'either', ...(options.timeZone === undefined ? {} : { timeZone: options.timeZone }) })
  if (!result.ok) return { ok: false, exceptions: [], issues: [...result.issues, ...result.warnings], losses: [] }
  const hours = result.target.schedule
  const schedule = 'schedule' in hours ? hours.schedule : hours
  return { ok: true, schedule, calendar: withExceptions(schedule, []), exceptions: [], timeZone: result.target.timeZone, issues: result.warnings, losses: [] }
}

/**
 * Writes Retreaver's hours: `{ time_zone, business_hours }`, the records as `toBusinessHours` gives
 * them — a target body every command reads. The API stores no dated entries: the converter writes
 * them to the file `--exceptions-out` names (the JSON `--exceptions` reads), or says they are lost.
 */
function writeRetreaver(hours: Hours, options: CliFormatOptions): WriteFormatResult<unknown> {
  const schedule = 'schedule' in hours ? hours.schedule : hours
  return { value: { ...(options.timeZone === undefined ? {} : { time_zone: options.timeZone }), business_hours: toBusinessHours(schedule) }, losses: [] }
}

/**
 * The formats, in the order help lists them.
 *
 * @example
 * CLI_FORMATS.map((format) => format.name) //=> ['retreaver', 'osm', 'schema-org', 'google', 'text', 'connect', 'genesys', 'teams', 'ringba', 'trackdrive']
 */
export const CLI_FORMATS: readonly CliFormat[] = [
  { name: 'retreaver', value: 'json', read: readRetreaver, write: writeRetreaver },
  { name: 'osm', value: 'text', read: readOsm, write: writeOsm },
  { name: 'schema-org', value: 'json', read: readSchemaOrg, write: writeSchemaOrg },
  { name: 'google', value: 'json', read: readGoogle, write: writeGoogle },
  { name: 'text', value: 'text', read: readText, write: writeText },
  { name: 'connect', value: 'json', read: readConnect, write: writeConnect },
  { name: 'genesys', value: 'json', read: readGenesys, write: writeGenesys },
  { name: 'teams', value: 'json', read: readTeams, write: writeTeams },
  { name: 'ringba', value: 'json', read: readRingba, write: writeRingba },
  { name: 'trackdrive', value: 'json', read: readTrackDrive, write: writeTrackDrive },
]

/**
 * The format of a name, or undefined.
 *
 * @example
 * formatNamed('osm')?.value //=> 'text'
 */
export function formatNamed(name: string): CliFormat | undefined {
  return CLI_FORMATS.find((format) => format.name === name)
}
