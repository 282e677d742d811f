import { JSON_OPTION, REMOVAL_OPTION, withCommonOptions, type Invocation, type CommandSpec } from '../commandSpecs'
import { removedRedundant } from '../../diff/redundantBusinessHours'
import { BusinessHoursError, buildTargetUpdate, diffBusinessHours, type BusinessHourAttributes, type BusinessHourInput, type BusinessHourRecord, type BusinessHoursUpdate } from '../../index'
import { API_EXIT_CODES, callApi, clientFromEnv, diffFailure, QUIET_OPTION, TARGET_OPTION, YES_OPTION } from '../apiClient'
import { describePayload } from './common'
import { shown } from '../format'
import { loadTarget, readLoaded } from '../input'
import { CliError } from '../io'
import { countOf, requireTarget, type CommandContext } from './common'

/**
 * Options of the `push` command, as parsed from the command line.
 *
 * @example
 * const options: PushOptions = { file: 'edited.json', target: 7, yes: false, removal: 'destroy', json: false, quiet: false }
 */
export interface PushOptions {
  readonly file: string
  /** `--target`: required (checked when the command runs, as plan's exceptions are). */
  readonly target: number | undefined
  readonly yes: boolean
  readonly removal: 'destroy' | 'empty'
  readonly json: boolean
  /** `--quiet`: no line for each retry. */
  readonly quiet: boolean
}

/**
 * What `push --json` prints: the target, whether it already held the hours, whether the body was
 * sent (and then verified: a failed verification is exit 4), and the `business_hours_attributes`
 * sent or that would be sent.
 *
 * @example
 * const report: PushReport = { target: 7, inStep: false, sent: false, business_hours_attributes: [{ id: 50, _destroy: true }], redundant: [50] }
 */
export interface PushReport {
  readonly target: number
  readonly inStep: boolean
  readonly sent: boolean
  readonly business_hours_attributes: readonly BusinessHourAttributes[]
  /** The server records the body removes because they change nothing (duplicates, spans inside others). */
  readonly redundant: readonly number[]
}

/**
 * `callhours push`: makes a target's business hours on the server the ones of a file. The file is
 * read like `diff`'s edited file (a target, a request body or bare records), through the library,
 * and must be valid before anything is asked of the server. Then the target is read
 * (`GET /targets/:id.json`) and the `PUT` body that `diff` would print is shown; only with `--yes`
 * is it sent, by the client's `updateBusinessHours` (GET, diff, PUT when needed, GET again, and a
 * check that the server holds exactly the edited week). Only business hours are sent: the file's
 * other fields (zone, caps, name) are not.
 *
 * Output, as `diff`'s: the body on stdout and the summary on stderr, then on stderr what was done.
 * `--json`: one object on stdout ({@link PushReport}), nothing on stderr.
 *
 * @param options - the file, `--target`, `--yes`, `--removal`, `--json`
 * @param ctx - io (the environment holds the key) and style
 * @returns 0 (sent, shown, or in step); 1 invalid hours, 2 input, 3 API and 4 verification errors are thrown as `CliError`
 *
 * @example
 * // RETREAVER_API_KEY=… callhours push edited.json --target 7
 * // stdout: { "target": { "business_hours_attributes": [ … ] } }
 * // stderr: PUT /targets/7.json — 3 changes (2 updates, 1 destroy)
 * //         not sent: nothing was changed. To send it: callhours push edited.json --target 7 --yes
 */
export async function pushCommand(options: PushOptions, ctx: CommandContext): Promise<number> {
  const { io, style, errStyle } = ctx
  if (options.target === undefined) {
    throw new CliError('push needs the target to change: --target <id>', 2, { showUsage: true, command: 'push' })
  }
  const id = options.target
  const serverName = `target ${id}`
  // The file first: an unreadable or invalid file ends the command before any request.
  const edited = await loadTarget(options.file, io)
  if (edited.hoursList === undefined) {
    throw new CliError(
      `${shown(edited.source)} has no business hours to push: expected business_hours, business_hours_attributes or a bare array of records (an empty array means no records: open 24/7)`,
      2,
    )
  }
  requireTarget(edited, style)
  const hours = edited.hoursList as readonly BusinessHourInput[]
  const names = { server: serverName, edited: edited.source, editedKey: edited.hoursKey }
  const client = clientFromEnv(io, 'push', { quiet: options.quiet })

  let payload: readonly BusinessHourAttributes[]
  let sent = false
  let update: BusinessHoursUpdate | undefined
  let redundant: readonly number[] = []
  try {
    if (options.yes) {
      update = await callApi(() => client.updateBusinessHours(id, hours, { removal: options.removal }))
      payload = update.payload
      sent = update.changed
      redundant = update.removedRedundant
    } else {
      const document = await callApi(() => client.getTarget(id))
      const server = readLoaded({ target: document }, serverName, { hoursFrom: 'business_hours' })
      if (server.hoursList === undefined) {
        throw new CliError(`GET /targets/${id}.json: the server's target has no business_hours list: nothing to diff against`, 3)
      }
      payload = diffBusinessHours(server.hoursList as readonly BusinessHourRecord[], hours, { removal: options.removal })
      redundant = removedRedundant(server.hoursList as readonly BusinessHourRecord[], payload)
    }
  } catch (error) {
    if (error instanceof BusinessHoursError) throw diffFailure(error, names, errStyle)
    throw error
  }

  const inStep = payload.length === 0
  if (options.json) {
    const report: PushReport = { target: id, inStep, sent, business_hours_attributes: payload, redundant }
    io.stdout(`${JSON.stringify(report)}\n`)
    return 0
  }
  if (inStep) {
    io.stderr(`in step: ${serverName} already holds the business hours of ${shown(edited.source)}; nothing to send\n`)
    return 0
  }
  io.stdout(`${JSON.stringify(buildTargetUpdate({ businessHours: [...payload] }), null, 2)}\n`)
  io.stderr(`${errStyle.dim(`PUT /targets/${id}.json — ${describePayload(payload)}`)}\n`)
  for (const line of updateNotes(redundant, update)) io.stderr(`${errStyle.yellow('note:')} ${line}\n`)
  if (sent) {
    io.stderr(`${errStyle.green('sent and verified:')} ${serverName} now holds the business hours of ${shown(edited.source)}\n`)
  } else {
    const file = edited.source === '<stdin>' ? '-' : shown(edited.source)
    const removal = options.removal === 'destroy' ? '' : ` --removal ${options.removal}`
    io.stderr(`${errStyle.yellow('not sent:')} nothing was changed. To send it: callhours push ${file} --target ${id}${removal} --yes\n`)
  }
  return 0
}

/**
 * What push and sync say about an update besides the payload: records removed because they
 * changed nothing, a second writer's copies, an answer that was lost although the write held.
 *
 * @param redundant - the ids of records removed that changed nothing
 * @param update - what `updateBusinessHours` answered, when it ran
 * @returns one line each
 *
 * @example
 * updateNotes([51, 52], undefined)
 * //=> ['2 removed records changed nothing (duplicates or spans inside others): ids 51, 52; the target converges to one record per span']
 *
 * @example
 * // Edge: nothing to say
 * updateNotes([], undefined) //=> []
 */
export function updateNotes(redundant: readonly number[], update: BusinessHoursUpdate | undefined): string[] {
  const lines: string[] = []
  if (redundant.length > 0) {
    const ids = redundant.length > 10 ? `${redundant.slice(0, 10).join(', ')}, …` : redundant.join(', ')
    lines.push(`${countOf(redundant.length, 'removed record')} changed nothing (duplicates or spans inside others): ids ${ids}; the target converges to one record per span`)
  }
  if (update !== undefined && update.puts > 1) lines.push(`another writer sent the same change at the same moment: its copies were removed (${update.puts} PUTs in all)`)
  if (update?.answerLost != null) {
    const answer = update.answerLost.status === null ? 'no answer came' : `it was answered ${update.answerLost.status}`
    lines.push(`the PUT's answer was lost (${answer}), but the target read afterwards holds exactly what was sent`)
  }
  return lines
}

/**
 * `callhours push`, described once: its help and its parser come from this.
 *
 * @example
 * pushSpec.name //=> 'push'
 */
export const pushSpec: CommandSpec<Invocation<'push', PushOptions>> = {
  name: 'push',
  summary: "send a file's hours to a target",
  description: [
    "Shows the PUT body that turns the target's business hours on the server into",
    "the file's (as diff does, the server's side read by GET /targets/:id.json); with",
    '--yes, sends it and reads the target again to check the server holds them.',
    'Only business hours are sent. The key is read from RETREAVER_API_KEY.',
  ],
  positionals: [
    {
      name: 'file',
      noun: 'file',
      optional: false,
      help: ['the hours wanted: a target, a request body or an array of records (ids optional); "-" reads stdin'],
    },
  ],
  options: withCommonOptions(
    [TARGET_OPTION, YES_OPTION, REMOVAL_OPTION, QUIET_OPTION],
    ['print one JSON object: target, inStep, sent and business_hours_attributes'],
  ),
  exitCodes: API_EXIT_CODES,
  toInvocation: ({ positionals, value, flag, noColor }) => ({
    kind: 'push',
    file: positionals[0] ?? '',
    target: value(TARGET_OPTION),
    yes: flag(YES_OPTION),
    removal: value(REMOVAL_OPTION) ?? 'destroy',
    json: flag(JSON_OPTION),
    quiet: flag(QUIET_OPTION),
    noColor,
  }),
}
