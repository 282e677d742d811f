import { JSON_OPTION, withCommonOptions, type Invocation, type CommandSpec } from '../commandSpecs'
import { API_READ_EXIT_CODES, callApi, clientFromEnv, parseTargetId, QUIET_OPTION, YES_OPTION } from '../apiClient'
import type { CommandContext } from './common'

/**
 * Options of the `reset-cap` command, as parsed from the command line.
 *
 * @example
 * const options: ResetCapOptions = { target: 7, yes: true, json: false, quiet: false }
 */
export interface ResetCapOptions {
  readonly target: number
  readonly yes: boolean
  readonly json: boolean
  /** `--quiet`: no line for each retry (a POST is never retried; kept for one grammar). */
  readonly quiet: boolean
}

/**
 * What `reset-cap --json` prints.
 *
 * @example
 * const report: ResetCapReport = { target: 7, request: 'POST /targets/7/reset_cap.json', sent: false }
 */
export interface ResetCapReport {
  readonly target: number
  readonly request: string
  /** Whether the POST was sent (and answered 2xx): false without `--yes`. */
  readonly sent: boolean
}

/**
 * `callhours reset-cap`: `POST /targets/:id/reset_cap.json`, which sets the count of the target's
 * Hard cap back to 0 (a Hard cap never resets by itself; the others reset with their period).
 * Without `--yes` it only says what it would send, and sends nothing. The request is never
 * retried: a POST is not sent twice.
 *
 * @param options - the target id, `--yes`
 * @param ctx - io (the environment holds the key) and style
 * @returns 0; API errors are thrown as `CliError` exit 3, a missing key exit 2
 *
 * @example
 * // RETREAVER_API_KEY=… callhours reset-cap 7 --yes
 * // stdout: reset: target 7's Hard cap count is 0 again (POST /targets/7/reset_cap.json)
 */
export async function resetCapCommand(options: ResetCapOptions, ctx: CommandContext): Promise<number> {
  const { io, style } = ctx
  const id = options.target
  // The key is checked with or without --yes, so a dry run also says whether the real one can run.
  const client = clientFromEnv(io, 'reset-cap', { quiet: options.quiet })
  const request = `POST /targets/${id}/reset_cap.json`
  if (options.yes) await callApi(() => client.resetCap(id))
  if (options.json) {
    const report: ResetCapReport = { target: id, request, sent: options.yes }
    io.stdout(`${JSON.stringify(report)}\n`)
    return 0
  }
  if (!options.yes) {
    io.stdout(`would reset the count of target ${id}'s Hard cap to 0 (${request})\n`)
    io.stdout(`${style.yellow('not sent:')} nothing was changed. To send it: callhours reset-cap ${id} --yes\n`)
    return 0
  }
  io.stdout(`${style.green('reset:')} target ${id}'s Hard cap count is 0 again (${request})\n`)
  return 0
}

/**
 * `callhours reset-cap`, described once: its help and its parser come from this.
 *
 * @example
 * resetCapSpec.name //=> 'reset-cap'
 */
export const resetCapSpec: CommandSpec<Invocation<'reset-cap', ResetCapOptions>> = {
  name: 'reset-cap',
  summary: "reset a target's Hard cap count",
  description: [
    "POST /targets/:id/reset_cap.json: the count of the target's Hard cap goes back",
    'to 0 (a Hard cap never resets by itself). Without --yes, only says what it',
    'would do.',
    'The key is read from RETREAVER_API_KEY.',
  ],
  positionals: [{ name: 'id', noun: 'target id', optional: false, help: ['the id of the target'] }],
  options: withCommonOptions([YES_OPTION, QUIET_OPTION], ['print one JSON object: target, request and sent']),
  exitCodes: API_READ_EXIT_CODES,
  toInvocation: ({ positionals, flag, noColor }) => ({
    kind: 'reset-cap',
    target: parseTargetId(positionals[0] ?? '', 'the target'),
    yes: flag(YES_OPTION),
    json: flag(JSON_OPTION),
    quiet: flag(QUIET_OPTION),
    noColor,
  }),
}
