import { withCommonOptions, valueError, type BooleanOptionSpec, type Invocation, type CommandSpec, type StringOptionSpec } from '../commandSpecs'
import { API_READ_EXIT_CODES, callApi, clientFromEnv, parseTargetRef, QUIET_OPTION, type TargetRef } from '../apiClient'
import { shown } from '../format'
import { CliError, describeFileError } from '../io'
import { countOf, type CommandContext } from './common'

/**
 * Options of the `pull` command, as parsed from the command line.
 *
 * @example
 * const options: PullOptions = { target: { kind: 'id', id: 7 }, all: false, output: undefined, quiet: false }
 */
export interface PullOptions {
  /** The target, by id or tid; undefined with `--all`. */
  readonly target: TargetRef | undefined
  readonly all: boolean
  /** `-o <file>`: write there instead of stdout. */
  readonly output: string | undefined
  /** `--quiet`: no line for each retry. */
  readonly quiet: boolean
}

/**
 * `callhours pull`: a target as the server holds it, `{ "target": { … } }` pretty-printed, ready
 * for every other command (`check`, `status`, `diff`'s server side); with `--all`, every target
 * (`GET /targets.json`, following its pages) as `[{ "target": { … } }, …]`, ready for `coverage`
 * and `routes`. The documents are written as the server sent them: nothing is read or dropped.
 * `-o FILE` replaces the file whole or not at all (a temporary file renamed over it).
 *
 * @param options - the target or `--all`, `-o`
 * @param ctx - io (the environment holds the key) and style
 * @returns 0; API errors are thrown as `CliError` exit 3, input errors exit 2
 *
 * @example
 * // RETREAVER_API_KEY=… callhours pull 7 -o target.json
 * // stderr: Wrote target 7 (GET /targets/7.json) to target.json
 */
export async function pullCommand(options: PullOptions, ctx: CommandContext): Promise<number> {
  const { io } = ctx
  if (options.target === undefined && !options.all) {
    throw new CliError('pull needs a target (an id such as 7, or tid:TID) or --all', 2, { showUsage: true, command: 'pull' })
  }
  const client = clientFromEnv(io, 'pull', { quiet: options.quiet })
  let document: unknown
  let what: string
  if (options.target === undefined) {
    let pages = 0
    const targets = await callApi(() =>
      client.listTargets({
        onPage: (_targets, page) => {
          pages = page
        },
      }),
    )
    document = targets.map((target) => ({ target }))
    what = `${countOf(targets.length, 'target')} (GET /targets.json, ${countOf(pages, 'page')})`
  } else if (options.target.kind === 'id') {
    const { id } = options.target
    document = { target: await callApi(() => client.getTarget(id)) }
    what = `target ${id} (GET /targets/${id}.json)`
  } else {
    const { tid } = options.target
    document = { target: await callApi(() => client.getTargetByTid(tid)) }
    what = `target tid:${shown(tid, 80)} (GET /targets/tid/${shown(encodeURIComponent(tid), 80)}.json)`
  }
  const text = `${JSON.stringify(document, null, 2)}\n`
  if (options.output === undefined) {
    io.stdout(text)
    return 0
  }
  try {
    await io.writeFile(options.output, text)
  } catch (error) {
    throw new CliError(`${shown(options.output)}: cannot write: ${describeFileError(error)}`, 2)
  }
  io.stderr(`Wrote ${what} to ${shown(options.output)}\n`)
  return 0
}

const ALL_OPTION: BooleanOptionSpec = {
  long: 'all',
  type: 'boolean',
  help: ['every target of the account (GET /targets.json, all pages), as [{ "target": {...} }, ...], ready for callhours coverage and routes'],
}

const OUTPUT_OPTION: StringOptionSpec<string> = {
  long: 'output',
  short: 'o',
  type: 'string',
  valueName: '<file>',
  example: 'target.json',
  help: ['write to this file instead of stdout'],
  parse: (text, flag) => {
    if (text.trim() === '') throw valueError(`${flag} needs a file name, e.g. ${flag} ${OUTPUT_OPTION.example}`)
    return text
  },
}

/**
 * `callhours pull`, described once: its help and its parser come from this.
 *
 * @example
 * pullSpec.name //=> 'pull'
 */
export const pullSpec: CommandSpec<Invocation<'pull', PullOptions>> = {
  name: 'pull',
  summary: 'a target (or all) from the server',
  description: [
    'Prints the target as GET /targets/:id.json returns it, { "target": { ... } },',
    'ready for check, status, diff and push; with --all, every target of the account.',
    'The key is read from RETREAVER_API_KEY (also RETREAVER_COMPANY_ID,',
    'RETREAVER_BASE_URL, RETREAVER_TIMEOUT_MS, RETREAVER_RETRIES), never from a flag.',
  ],
  positionals: [
    {
      name: 'target',
      noun: 'target',
      optional: true,
      help: ['the target: its id (7), or tid:TID for the tid it was created with (client_tid)'],
    },
  ],
  options: withCommonOptions([ALL_OPTION, OUTPUT_OPTION, QUIET_OPTION], undefined),
  exitCodes: API_READ_EXIT_CODES,
  toInvocation: ({ positionals, value, flag, noColor }) => {
    const all = flag(ALL_OPTION)
    const text = positionals[0]
    if (text !== undefined && all) throw valueError('give a target or --all, not both')
    return { kind: 'pull', target: text === undefined ? undefined : parseTargetRef(text), all, output: value(OUTPUT_OPTION), quiet: flag(QUIET_OPTION), noColor }
  },
}
