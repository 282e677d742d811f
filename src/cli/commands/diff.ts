import { EXIT_CODES, JSON_OPTION, REMOVAL_OPTION, valueError, withCommonOptions, type Invocation, type CommandSpec } from '../commandSpecs'
import {
  BusinessHoursError,
  buildTargetUpdate,
  diffBusinessHours,
  formatIssuePath,
  type BusinessHourAttributes,
  type BusinessHourInput,
  type BusinessHourRecord,
  type Issue,
} from '../../index'
import { shown } from '../format'
import { loadTarget, type LoadedTarget } from '../input'
import { CliError } from '../io'
import { countIssues, countOf, describePayload, requireTarget, type CommandContext } from './common'

/**
 * Options of the `diff` command, as parsed from the command line.
 *
 * @example
 * const options: DiffOptions = { serverFile: 'server.json', editedFile: '-', removal: 'destroy', json: false }
 */
export interface DiffOptions {
  readonly serverFile: string
  readonly editedFile: string
  readonly removal: 'destroy' | 'empty'
  readonly json: boolean
}

/**
 * `callhours diff`: the body of `PUT /targets/:id.json` that turns the server's business hours
 * into the edited ones, from the library's `diffBusinessHours` and `buildTargetUpdate`.
 *
 * Default output: the body, pretty-printed, on stdout (`{ "target": { "business_hours_attributes":
 * [...] } }`, ready for `curl --data @-`), and one summary line on stderr. `--json`: only the bare
 * array, on one line, and nothing on stderr.
 *
 * @param options - the two files, `--removal`, `--json`
 * @param ctx - io and style
 * @returns 0, also when nothing changes (an empty list); invalid records are thrown as `CliError` exit 1
 *
 * @example
 * await diffCommand({ serverFile: 'server.json', editedFile: 'edited.json', removal: 'destroy', json: true }, ctx)
 * // stdout: [{"id":46,"day_of_week":3,"time_open":0,"time_close":2400,"work_day":true,"invert":false}]
 * //=> 0
 *
 * @example
 * // Edge: an edited record with an id the server does not have
 * await diffCommand({ serverFile: 'server.json', editedFile: 'unknown-id.json', removal: 'destroy', json: true }, ctx)
 * // throws CliError: cannot diff: 1 error … unknown-id.json: business_hours[0].id: id 99 is not one of the server's records …
 */
export async function diffCommand(options: DiffOptions, ctx: CommandContext): Promise<number> {
  const { io, style } = ctx
  // The server side is a target as GET /targets/:id.json returns it, read by the library; the
  // edited side may also be a request body or a bare array of records.
  const server = await loadTarget(options.serverFile, io, { hoursFrom: 'business_hours' })
  const edited = await loadTarget(options.editedFile, io)
  if (server.hoursList === undefined) {
    throw new CliError(
      `${shown(server.source)} has no business_hours array: the server side of diff must be the target as GET /targets/:id.json returns it, with its records and their ids (an empty array means no records)`,
      2,
    )
  }
  let items: BusinessHourAttributes[]
  try {
    // The library checks both lists again with the diff's own rules (server ids, unknown ids) and
    // reports each problem by path.
    items = diffBusinessHours(server.hoursList as readonly BusinessHourRecord[], (edited.hoursList ?? []) as readonly BusinessHourInput[], {
      removal: options.removal,
    })
  } catch (error) {
    if (!(error instanceof BusinessHoursError)) throw error
    const lines = error.issues.map((issue) => {
      const label = issue.severity === 'error' ? style.red('error  ') : style.yellow('warning')
      return `  ${label}  ${style.bold(locate(issue, server, edited))}: ${shown(issue.message, 400)}`
    })
    throw new CliError([`cannot diff: ${countOf(countIssues(error.issues, 'error'), 'error')} in the business hours:`, ...lines].join('\n'), 1)
  }
  // The hours are fine; the rest of each document must be a valid target too (zone, caps, …).
  requireTarget(server, style)
  requireTarget(edited, style)

  if (options.json) {
    io.stdout(`${JSON.stringify(items)}\n`)
    return 0
  }
  io.stdout(`${JSON.stringify(buildTargetUpdate({ businessHours: items }), null, 2)}\n`)
  const target = server.id === null ? ':id' : String(server.id)
  const summary =
    items.length === 0
      ? 'no changes: the edited hours are what the server has'
      : describePayload(items)
  io.stderr(`${ctx.errStyle.dim(`PUT /targets/${target}.json — ${summary}`)}\n`)
  return 0
}

/**
 * An issue's place in the user's terms: the library roots diff issues at `server` / `edited`;
 * here they name the file and its record list (`server.json: business_hours[2].time_open`).
 */
function locate(issue: Issue, server: LoadedTarget, edited: LoadedTarget): string {
  const [root, ...rest] = issue.path
  if (root === 'server') return `${shown(server.source)}: ${shown(formatIssuePath(rest, server.hoursKey))}`
  if (root === 'edited') return `${shown(edited.source)}: ${shown(formatIssuePath(rest, edited.hoursKey))}`
  return shown(formatIssuePath(issue.path))
}


/**
 * `callhours diff`, described once: its help and its parser come from this.
 *
 * @example
 * diffSpec.name //=> 'diff'
 */
export const diffSpec: CommandSpec<Invocation<'diff', DiffOptions>> = {
  name: 'diff',
  summary: 'the PUT body making the server match',
  description: [
    "Prints the body of PUT /targets/:id.json that turns the server's business hours",
    "into the edited ones, keeping the server's record ids:",
    '  { "target": { "business_hours_attributes": [ ... ] } }',
    'A one-line summary goes to stderr, so stdout can be sent as it is.',
  ],
  positionals: [
    {
      name: 'server-file',
      noun: 'file',
      optional: false,
      help: ['the target as GET /targets/:id.json returned it (records with ids)'],
    },
    {
      name: 'edited-file',
      noun: 'file',
      optional: false,
      help: ['the hours wanted: a target or an array of records (ids optional)', 'Either may be "-" for stdin (not both).'],
    },
  ],
  options: withCommonOptions([REMOVAL_OPTION], ['print only the bare business_hours_attributes array, on one line']),
  exitCodes: EXIT_CODES,
  toInvocation: ({ positionals, value, flag, noColor }) => {
    const [serverFile = '', editedFile = ''] = positionals
    if (serverFile === '-' && editedFile === '-') throw valueError('only one of the two files can be "-" (stdin)')
    return { kind: 'diff', serverFile, editedFile, removal: value(REMOVAL_OPTION) ?? 'destroy', json: flag(JSON_OPTION), noColor }
  },
}
