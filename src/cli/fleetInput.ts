import { formatIssuePath, validateExceptions, validateTarget, type ExceptionEntry, type Issue, type Target } from '../index'
import { countOf } from './commands/common'
import { shown, type Style } from './format'
import { parseJson, readText } from './input'
import { CliError, type CliIo } from './io'
import { locateJsonError } from './locateJsonError'

// A list of targets for `coverage` and `routes`. Each target is read by the library's one target
// reader, `validateTarget` (never beside it); this module only finds the documents in the file,
// and adds the two rules a fleet has on top of a target's: each target needs an id (answers name
// targets by it), and no two may share one.

/**
 * How the file wrote its list: a JSON array (the items of `GET /targets.json`), an object with a
 * `targets` array, or one target document per line (NDJSON).
 *
 * @example
 * const shape: FleetShape = 'ndjson'
 */
export type FleetShape = 'array' | 'object' | 'ndjson'

/**
 * A target of the list that the library read without errors, and that has an id of its own.
 *
 * @example
 * const member: FleetMember = { index: 0, line: undefined, target, warnings: [] }
 */
export interface FleetMember {
  /** Its index in the file's list (for NDJSON: among the non-blank lines). */
  readonly index: number
  /** Its line in an NDJSON file (1-based); undefined for a JSON list. */
  readonly line: number | undefined
  readonly target: Target
  readonly warnings: readonly Issue[]
}

/**
 * A target of the list that cannot be used, with every reason: the library's issues, or the
 * fleet's own (`missing_field` at `target.id`, `duplicate_id`).
 *
 * @example
 * const problem: FleetProblem = { index: 3, line: undefined, id: 12, issues: [], warnings: [] }
 */
export interface FleetProblem {
  readonly index: number
  readonly line: number | undefined
  /** The id as the document has it when it is well formed (so a bad target is still named), else null. */
  readonly id: number | null
  readonly issues: readonly Issue[]
  readonly warnings: readonly Issue[]
}

/**
 * What a fleet file held: the usable targets and the problems, in the file's order.
 *
 * @example
 * readFleet('[]', 'fleet.json').members //=> []
 */
export interface LoadedFleet {
  /** How messages name the input: the path given, or `<stdin>`. */
  readonly source: string
  readonly shape: FleetShape
  /** How many target documents the file held. */
  readonly count: number
  readonly members: readonly FleetMember[]
  readonly problems: readonly FleetProblem[]
}

/**
 * The most targets a fleet file may hold: `coverage` of 50,000 over 366 days peaks near 350 MB of
 * heap and of 100,000 near 650 MB (bench/README.md), within 1 GB; more is an exit-2 error naming
 * this limit, never a heap crash.
 *
 * @example
 * MAX_FLEET_TARGETS //=> 100000
 */
export const MAX_FLEET_TARGETS = 100_000

/** How a fleet's targets are read. */
export interface FleetReadOptions {
  /**
   * `--exceptions` / `--holidays` entries (`loadExceptions`): checked once with the library's
   * `validateExceptions`, then given to every target's `validateTarget`.
   */
  readonly exceptions?: readonly unknown[] | undefined
}

/**
 * Reads a list of targets from a file (`-` for stdin) and checks each with `validateTarget`.
 *
 * @param path - a file name, or `-`
 * @param io - where files and stdin come from
 * @param options - the exceptions every target is read with
 * @returns the usable targets and the problems
 * @throws {CliError} exit 2 when the file cannot be read or holds no list of targets; exit 1 when
 *   the exceptions are invalid
 */
export async function loadFleet(path: string, io: CliIo, options: FleetReadOptions = {}): Promise<LoadedFleet> {
  const source = path === '-' ? '<stdin>' : path
  return readFleet(await readText(path, source, io), source, options)
}

/**
 * Reads a list of targets from text: a JSON array of target documents (`[{ "target": {…} }, …]`, as
 * `GET /targets.json` returns them, or bare target objects), `{ "targets": [...] }`, or NDJSON (one
 * target document per line; blank lines are skipped). Each is checked with `validateTarget(doc, {
 * hoursFrom: 'either', exceptions })`; a target without an id, and a second target with the same
 * id, are problems too. One bad target does not hide the others.
 *
 * @param text - the file's text
 * @param source - how messages name the file
 * @param options - the exceptions every target is read with
 * @returns the usable targets and the problems, in the file's order
 * @throws {CliError} exit 2 for text that is no such list (bad JSON, an NDJSON line that is not
 *   JSON, an error body, a single target document written over several lines); exit 1 for invalid
 *   exceptions, listed with their paths
 *
 * @example
 * const fleet = readFleet('{"target":{"id":1}}\n\n{"target":{"id":2,"priority":"high"}}\n{"target":{"id":1}}\n', 'fleet.ndjson')
 * fleet.shape //=> 'ndjson'
 * fleet.members.map((member) => member.target.id) //=> [1]
 * fleet.problems.map((problem) => fleetProblemLines(problem))
 * //=> [['targets[1] (line 3, id 2): target.priority: priority must be an integer (lower is tried first; negative allowed), received the string "high"'],
 * //    ['targets[2] (line 4, id 1): target.id: id 1 is also the id of targets[0]: each target needs its own id']]
 *
 * @example
 * // Edge: an empty list is a fleet of no targets; a line that is not JSON is named
 * readFleet('{"targets": []}', 'fleet.json').count //=> 0
 * readFleet('{"target":{"id":1}}\n{"target":\n', 'fleet.ndjson')
 * // throws CliError: fleet.ndjson: line 2 is not JSON: column 11: unexpected end of input, expected a value
 */
export function readFleet(text: string, source: string, options: FleetReadOptions = {}): LoadedFleet {
  const { shape, documents } = fleetDocuments(text, source)
  // Checked before any target is read: past it the targets alone could outgrow the heap.
  if (documents.length > MAX_FLEET_TARGETS) {
    throw new CliError(`${shown(source)} holds ${documents.length} targets, more than ${MAX_FLEET_TARGETS}, the most coverage and routes read at once: split the fleet`, 2)
  }
  const exceptions = checkedExceptions(options.exceptions)
  const members: FleetMember[] = []
  const problems: FleetProblem[] = []
  const firstWithId = new Map<number, number>()
  documents.forEach(({ document, line }, index) => {
    const result = validateTarget(document, { hoursFrom: 'either', ...(exceptions === undefined ? {} : { exceptions: exceptions as readonly ExceptionEntry[] }) })
    if (!result.ok) {
      problems.push({ index, line, id: idAsWritten(document), issues: result.issues, warnings: result.warnings })
      return
    }
    const { target, warnings } = result
    if (target.id === null) {
      const issue: Issue = {
        code: 'missing_field',
        path: ['target', 'id'],
        severity: 'error',
        message: 'a target of a fleet needs its id: coverage and routes name targets by it',
        expected: 'a positive integer',
        received: 'no id',
      }
      problems.push({ index, line, id: null, issues: [issue], warnings })
      return
    }
    const first = firstWithId.get(target.id)
    if (first !== undefined) {
      const issue: Issue = {
        code: 'duplicate_id',
        path: ['target', 'id'],
        severity: 'error',
        message: `id ${target.id} is also the id of targets[${first}]: each target needs its own id`,
        received: String(target.id),
      }
      problems.push({ index, line, id: target.id, issues: [issue], warnings })
      return
    }
    firstWithId.set(target.id, index)
    members.push({ index, line, target, warnings })
  })
  return { source, shape, count: documents.length, members, problems }
}

/** The exceptions, checked once by the library, so each target gets the checked list. */
function checkedExceptions(entries: readonly unknown[] | undefined): unknown {
  if (entries === undefined) return undefined
  const result = validateExceptions(entries)
  if (result.ok) return result.exceptions
  const lines = result.issues.map((issue) => `  ${shown(formatIssuePath(issue.path, 'exceptions'))}: ${shown(issue.message, 400)}`)
  throw new CliError([`invalid exceptions (${countOf(result.issues.length, 'error')}):`, ...lines].join('\n'), 1)
}

/** The documents of a fleet file, each with its line for NDJSON. */
function fleetDocuments(text: string, source: string): { shape: FleetShape; documents: { document: unknown; line: number | undefined }[] } {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  const whole = parseWhole(body)
  if (whole.ok) {
    const json = whole.value
    if (Array.isArray(json)) return { shape: 'array', documents: json.map((document) => ({ document, line: undefined })) }
    if (typeof json === 'object' && json !== null && Object.hasOwn(json, 'targets')) {
      const targets = (json as { targets: unknown }).targets
      if (!Array.isArray(targets)) throw new CliError(`${shown(source)}: "targets" must be an array of targets, got ${describeJson(targets)}`, 2)
      return { shape: 'object', documents: targets.map((document) => ({ document, line: undefined })) }
    }
    const single = validateTarget(json, { hoursFrom: 'either' })
    const notATarget = single.ok ? undefined : single.issues.find((issue) => issue.code === 'not_a_target')
    if (notATarget !== undefined) throw new CliError(`${shown(source)} holds no list of targets: ${shown(notATarget.message, 400)}`, 2)
    if (nonBlankLines(body).length !== 1) {
      throw new CliError(
        `${shown(source)} holds one target, not a list of targets: give a JSON array ([{"target": {...}}, ...], as GET /targets.json returns), {"targets": [...]}, or one target per line (NDJSON)`,
        2,
      )
    }
  }
  const lines = nonBlankLines(body)
  // Not one JSON value, and its first line is no JSON value either: a broken JSON document, not NDJSON.
  if (!whole.ok && lines.length > 0 && !parseWhole(lines[0]!.text).ok) parseJson(body, source)
  return {
    shape: 'ndjson',
    documents: lines.map(({ text: lineText, line }) => {
      const parsed = parseWhole(lineText)
      if (!parsed.ok) {
        const location = locateJsonError(lineText)
        const where = location === null ? '' : `column ${location.column}: `
        throw new CliError(`${shown(source)}: line ${line} is not JSON: ${where}${shown(location?.problem ?? parsed.message)}`, 2)
      }
      return { document: parsed.value, line }
    }),
  }
}

function parseWhole(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) }
  }
}

/** The lines that hold something, numbered from 1 as an editor numbers them. */
function nonBlankLines(text: string): { text: string; line: number }[] {
  return text
    .split(/\r?\n/)
    .map((lineText, i) => ({ text: lineText, line: i + 1 }))
    .filter(({ text: lineText }) => lineText.trim() !== '')
}

function describeJson(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}

/** The id a document gives, when well formed, to name a target the library could not read. */
function idAsWritten(document: unknown): number | null {
  const body = typeof document === 'object' && document !== null && Object.hasOwn(document, 'target') ? (document as { target: unknown }).target : document
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null
  const id = (body as Record<string, unknown>).id
  return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? id : null
}

/**
 * How messages name a target of the list: `targets[3] (id 12)`, `targets[3] (line 5, id 12)` for
 * NDJSON, `targets[3] (no id)`.
 *
 * @example
 * fleetLabel({ index: 3, line: undefined, id: 12 }) //=> 'targets[3] (id 12)'
 *
 * @example
 * fleetLabel({ index: 0, line: 2, id: null }) //=> 'targets[0] (line 2, no id)'
 */
export function fleetLabel(entry: { readonly index: number; readonly line: number | undefined; readonly id: number | null }): string {
  const id = entry.id === null ? 'no id' : `id ${entry.id}`
  return `targets[${entry.index}] (${entry.line === undefined ? '' : `line ${entry.line}, `}${id})`
}

/**
 * A problem target's errors, one line each: `targets[3] (id 12): target.business_hours[0].day_of_week: …`.
 *
 * @example
 * fleetProblemLines({ index: 1, line: undefined, id: 9, warnings: [], issues: [{ code: 'out_of_range',
 *   path: ['target', 'weight'], severity: 'error', message: 'weight must be at least 0, received -1' }] })
 * //=> ['targets[1] (id 9): target.weight: weight must be at least 0, received -1']
 */
export function fleetProblemLines(problem: FleetProblem): string[] {
  return problem.issues.map((issue) => `${fleetLabel(problem)}: ${issueText(issue)}`)
}

function issueText(issue: Issue): string {
  const path = issue.path.length === 0 ? '' : `${shown(formatIssuePath(issue.path, 'target'))}: `
  return `${path}${shown(issue.message, 400)}`
}

/**
 * The targets to use: every one when the list is clean; with problems, exit 1 listing them all, or
 * (`--skip-invalid`) the good ones, the problems listed on stderr with a line saying they were left
 * out. Warnings are one line per target on stderr, for the first 20 such targets, then a count.
 *
 * @param fleet - from {@link loadFleet}
 * @param skipInvalid - `--skip-invalid`
 * @param io - for stderr
 * @param errStyle - colours for stderr
 * @returns the usable targets, in the file's order
 * @throws {CliError} exit 1 listing every problem, when there are problems and `skipInvalid` is false
 *
 * @example
 * requireFleet(readFleet('[{"target":{"id":1}}]', 'fleet.json'), false, io, createStyle(false)).map((member) => member.target.id)
 * //=> [1]
 *
 * @example
 * // Edge: an invalid target ends the command, unless skipped
 * requireFleet(readFleet('[{"target":{"id":1,"weight":-1}}]', 'fleet.json'), false, io, createStyle(false))
 * // throws CliError: fleet.json: 1 of 1 target is invalid:…
 */
export function requireFleet(fleet: LoadedFleet, skipInvalid: boolean, io: CliIo, errStyle: Style): readonly FleetMember[] {
  // One line per target with warnings, the first MAX_WARNED_TARGETS of them, then a count: a big
  // fleet's file must not bury the answer (or the terminal) under its notes.
  let warned = 0
  for (const member of fleet.members) {
    if (member.warnings.length === 0) continue
    if (warned++ < MAX_WARNED_TARGETS) noteTargetWarnings(io, errStyle, member.warnings, fleetLabel({ ...member, id: member.target.id }))
  }
  if (warned > MAX_WARNED_TARGETS) io.stderr(`${errStyle.yellow('note:')} … and ${countOf(warned - MAX_WARNED_TARGETS, 'more target')} with warnings (${warned} in all)\n`)
  if (fleet.problems.length === 0) return fleet.members
  const heading = `${shown(fleet.source)}: ${fleet.problems.length} of ${countOf(fleet.count, 'target')} ${fleet.problems.length === 1 ? 'is' : 'are'} invalid`
  const lines = fleet.problems.flatMap(fleetProblemLines).map((line) => `  ${line}`)
  if (!skipInvalid) throw new CliError([`${heading}:`, ...lines, '(--skip-invalid leaves them out)'].join('\n'), 1)
  io.stderr(`${errStyle.yellow('note:')} ${heading}; left out (--skip-invalid):\n${lines.join('\n')}\n`)
  return fleet.members
}

/**
 * Targets whose warnings are printed, one line each, before the rest are counted.
 *
 * @example
 * MAX_WARNED_TARGETS //=> 20
 */
export const MAX_WARNED_TARGETS = 20

function noteTargetWarnings(io: CliIo, errStyle: Style, warnings: readonly Issue[], label: string): void {
  const first = warnings[0]
  if (first === undefined) return
  const more = warnings.length > 1 ? ` (and ${countOf(warnings.length - 1, 'more warning')})` : ''
  io.stderr(`${errStyle.yellow('note:')} ${label}: ${issueText(first)}${more}\n`)
}
