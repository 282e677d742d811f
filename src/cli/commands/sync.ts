import { removedRedundant } from '../../diff/redundantBusinessHours'
import { AT_OPTION, JSON_OPTION, valueError, withCommonOptions, type Invocation, type CommandSpec, type StringOptionSpec } from '../commandSpecs'
import {
  BusinessHoursError,
  diffBusinessHours,
  hoursOn,
  parseBusinessHours,
  planExceptionUpdates,
  weekRecordsAt,
  type BusinessHourAttributes,
  type BusinessHourInput,
  type BusinessHourRecord,
  type BusinessHoursUpdate,
  type Hours,
} from '../../index'
import { API_EXIT_CODES, callApi, clientFromEnv, diffFailure, parseTargetId, QUIET_OPTION, YES_OPTION } from '../apiClient'
import { describePayload } from './common'
import { updateNotes } from './push'
import { EXCEPTIONS_OPTION, HOLIDAYS_OPTION, loadExceptions, yearsAround } from '../exceptionsInput'
import { formatLocal, formatUtc, readLocal, shown } from '../format'
import { loadTarget, readLoaded, type LoadedTarget } from '../input'
import { CliError } from '../io'
import { countOf, currentMinute, describeZone, requireTarget, targetLabel, type CommandContext } from './common'
import { DAY_MS } from '../../ground/timeUnits'

/**
 * Options of the `sync` command, as parsed from the command line.
 *
 * @example
 * const options: SyncOptions = { target: 7, exceptions: 'christmas.json', holidays: undefined, hours: 'usual.json', yes: false, json: false, at: undefined, quiet: false }
 */
export interface SyncOptions {
  readonly target: number
  readonly exceptions: string | undefined
  readonly holidays: string | undefined
  /** `--hours <file>`: the target's usual week; default the server's. */
  readonly hours: string | undefined
  readonly yes: boolean
  readonly json: boolean
  /** `--at`: a dry run as at another instant (refused with `--yes`); default now. */
  readonly at: Date | undefined
  /** `--quiet`: no line for each retry. */
  readonly quiet: boolean
}

/**
 * What `sync --json` prints: the target and its zone, the instant, whether the server already held
 * the week, whether the body was sent (and verified), the body, the seven days of records the
 * server must hold now, and the next change with its window (null when none is planned within
 * {@link SYNC_HORIZON_DAYS} days).
 *
 * @example
 * const report: SyncReport = { target: 7, timeZone: 'UTC', at: '2026-12-23T15:00:00.000Z', hoursFrom: 'server', inStep: true, sent: false, business_hours_attributes: [], records: [], next: null }
 */
export interface SyncReport {
  readonly target: number
  readonly timeZone: string
  readonly at: string
  /** Where the usual week came from: `server`, or the `--hours` file. */
  readonly hoursFrom: string
  readonly inStep: boolean
  readonly sent: boolean
  readonly business_hours_attributes: readonly BusinessHourAttributes[]
  readonly records: readonly BusinessHourInput[]
  readonly next: { readonly notBefore: string; readonly notAfter: string; readonly dates: readonly string[]; readonly labels: readonly string[] } | null
}

/**
 * How far ahead `sync` looks for the next change it must be run for.
 *
 * @example
 * SYNC_HORIZON_DAYS //=> 60
 */
export const SYNC_HORIZON_DAYS = 60


/**
 * `callhours sync`: puts on the server the weekly records a target must hold now so that it
 * answers as its hours with the exceptions (`weekRecordsAt`: each weekday's current or next date,
 * after every holiday and special day), and says by when to run it again (the next step of
 * `planExceptionUpdates` over {@link SYNC_HORIZON_DAYS} days). Stateless and idempotent, for cron:
 * the target is read from the server (`GET /targets/:id.json`), the exceptions from `--exceptions`
 * / `--holidays`, and a run when the server already holds the week sends nothing. Only with
 * `--yes` is anything sent (by the client's `updateBusinessHours`, which verifies).
 *
 * The usual week comes from `--hours <file>`, else from the server. The server's is right only
 * while it holds the usual hours: once sync has sent a holiday's hours they are the server's
 * weekly hours, and a later run that reads them as usual would keep them. So a run that would send
 * a change without `--hours` says so on stderr; a cron job gives `--hours`.
 *
 * @param options - the target id, `--exceptions`, `--holidays`, `--hours`, `--yes`, `--json`
 * @param ctx - io (the environment holds the key) and style
 * @returns 0 (sent, shown, or in step); 1 invalid hours or exceptions, 2 input, 3 API and 4
 *   verification errors are thrown as `CliError`
 *
 * @example
 * // RETREAVER_API_KEY=… callhours sync 42 --exceptions christmas.json --hours usual.json --yes   (on 2026-12-21)
 * // stdout: … 2 days to change: Thu 2026-12-24 09:00–17:00 → 09:00–13:00 … sent and verified … Next change: New Year …
 */
export async function syncCommand(options: SyncOptions, ctx: CommandContext): Promise<number> {
  const { io, style, errStyle } = ctx
  if (options.exceptions === undefined && options.holidays === undefined) {
    throw new CliError('sync needs the exceptions to keep the target in step with: --exceptions <file> or --holidays <CC>', 2, {
      showUsage: true,
      command: 'sync',
    })
  }
  const id = options.target
  const name = `target ${id}`
  // --at is a dry run only: what is sent must be the week as it must be now.
  const now = options.at === undefined ? currentMinute(io) : new Date(Math.floor(options.at.getTime() / 60_000) * 60_000)
  const horizon = new Date(now.getTime() + SYNC_HORIZON_DAYS * DAY_MS)
  // The exceptions first: an unreadable file ends the command before any request.
  const exceptions = await loadExceptions(options, yearsAround(now, horizon), io)
  // The usual week from a file (--hours), read and checked before any request.
  let usual: LoadedTarget | undefined
  if (options.hours !== undefined) {
    usual = await loadTarget(options.hours, io)
    if (usual.hoursList === undefined) {
      throw new CliError(`${shown(usual.source)} has no business hours: expected business_hours, business_hours_attributes or a bare array of records`, 2)
    }
    requireTarget(usual, style)
  }
  const client = clientFromEnv(io, 'sync', { quiet: options.quiet })
  const document = await callApi(() => client.getTarget(id))
  const server = readLoaded({ target: document }, name, { hoursFrom: 'business_hours', ...(usual === undefined ? { exceptions } : {}) })
  const checked = requireTarget(server, style)
  if (server.hoursList === undefined) {
    throw new CliError(`GET /targets/${id}.json: the server's target has no business_hours list: nothing to keep in step`, 3)
  }
  // The calendar: the usual week (the file's, else the server's) with the exceptions, in the server's zone.
  const loaded =
    usual === undefined
      ? server
      : readLoaded({ target: { ...document, business_hours: usual.hoursList } }, `${name} with the hours of ${usual.source}`, { hoursFrom: 'business_hours', exceptions })
  const { target, warnings } = usual === undefined ? checked : requireTarget(loaded, style)
  const serverRecords = server.hoursList as readonly BusinessHourRecord[]
  const { schedule, timeZone } = target
  const records = weekRecordsAt(schedule, now, timeZone)
  const steps = planExceptionUpdates(schedule, now, horizon, timeZone)
  const current = steps[0]!
  const next = steps[1]

  let payload: readonly BusinessHourAttributes[]
  let sent = false
  let update: BusinessHoursUpdate | undefined
  let redundant: readonly number[] = []
  try {
    if (options.yes) {
      update = await callApi(() => client.updateBusinessHours(id, records))
      payload = update.payload
      sent = update.changed
      redundant = update.removedRedundant
    } else {
      payload = diffBusinessHours(serverRecords, records)
      redundant = removedRedundant(serverRecords, payload)
    }
  } catch (error) {
    if (error instanceof BusinessHoursError) throw diffFailure(error, { server: name, edited: 'the week sync computed' }, errStyle)
    throw error
  }
  const inStep = payload.length === 0
  if (warnings.length > 0) {
    io.stderr(`${errStyle.yellow('note:')} ${shown(loaded.source)} has ${countOf(warnings.length, 'warning')}; callhours check lists them\n`)
  }
  if (!inStep && usual === undefined) {
    // Once a holiday's hours are on the server, they are its weekly hours: a later run that reads
    // the usual week from the server would keep them. The usual week must then come from a file.
    io.stderr(
      `${errStyle.yellow('note:')} the usual week was read from the server; once these hours are there, the next sync would take them as usual: keep the usual week in a file (callhours pull ${id} -o usual.json, before this change) and give it with --hours\n`,
    )
  }

  if (options.json) {
    const report: SyncReport = {
      target: id,
      timeZone,
      at: now.toISOString(),
      hoursFrom: usual === undefined ? 'server' : usual.source,
      inStep,
      sent,
      business_hours_attributes: payload,
      records,
      next:
        next === undefined
          ? null
          : { notBefore: next.notBefore.toISOString(), notAfter: next.notAfter.toISOString(), dates: next.dates, labels: next.labels },
    }
    io.stdout(`${JSON.stringify(report, null, 2)}\n`)
    return 0
  }

  const lines = [`${style.bold(targetLabel(loaded))} · ${describeZone(loaded, timeZone)}`]
  const week = `${current.dates[0]} to ${current.dates[current.dates.length - 1]}`
  const labels = current.labels.length > 0 ? ` (${current.labels.join(', ')})` : ''
  if (inStep) {
    lines.push(`${style.green('in step:')} at ${formatLocal(now, timeZone)} the server holds the hours of ${week}${labels}; nothing to send`)
  } else {
    const weekly = parseBusinessHours(serverRecords)
    const changed = current.dates.flatMap((date) => {
      const before = dayHours(weekly, date, timeZone)
      const after = dayHours(schedule, date, timeZone)
      return before === after ? [] : [`  ${weekdayOf(date)} ${date}  ${before}  →  ${after}`]
    })
    lines.push(`At ${formatLocal(now, timeZone)} the server must hold the hours of ${week}${labels}:`)
    lines.push(changed.length === 0 ? '  the same hours, in other records' : `  ${countOf(changed.length, 'day')} to change:`)
    for (const line of changed) lines.push(line)
    lines.push(`PUT /targets/${id}.json — ${describePayload(payload)}`)
    for (const note of updateNotes(redundant, update)) lines.push(`${style.yellow('note:')} ${note}`)
    if (sent) lines.push(`${style.green('sent and verified:')} ${name} now holds these hours`)
    else {
      const source = options.exceptions === undefined ? '' : ` --exceptions ${options.exceptions === '-' ? '-' : shown(options.exceptions)}`
      const holidays = options.holidays === undefined ? '' : ` --holidays ${options.holidays}`
      const hours = usual === undefined ? '' : ` --hours ${usual.source === '<stdin>' ? '-' : shown(usual.source)}`
      const notNow = options.at === undefined ? '' : ` (this was a dry run at ${formatUtc(now)}: sync sends only the week as it must be now)`
      lines.push(`${style.yellow('not sent:')} nothing was changed${notNow}. To send it: callhours sync ${id}${source}${holidays}${hours} --yes`)
    }
  }
  if (next === undefined) lines.push(`Next change: none planned in the next ${SYNC_HORIZON_DAYS} days`)
  else {
    const what = next.labels.length > 0 ? next.labels.join(', ') : 'back to the weekly hours'
    lines.push(`Next change: ${what} (${next.dates.join(', ')})`)
    lines.push(`  run sync again from ${formatLocal(next.notBefore, timeZone)}  (${formatUtc(next.notBefore)})`)
    lines.push(`                and by ${formatLocal(next.notAfter, timeZone)}  (${formatUtc(next.notAfter)})`)
  }
  io.stdout(`${lines.join('\n')}\n`)
  return 0
}

/** `Thu`: the weekday of a date. */
function weekdayOf(date: string): string {
  return new Date(`${date}T12:00:00Z`).toUTCString().slice(0, 3)
}

/** `09:00–13:00`, `closed`: the hours a date really has. */
function dayHours(hours: Hours, date: string, timeZone: string): string {
  const spans = hoursOn(hours, date, timeZone)
  if (spans.length === 0) return 'closed'
  return spans
    .map((span) => {
      const start = readLocal(span.start, timeZone)
      const end = readLocal(span.end, timeZone)
      return `${start.time}–${end.date === date ? end.time : '24:00'}`
    })
    .join(', ')
}

const HOURS_OPTION: StringOptionSpec<string> = {
  long: 'hours',
  type: 'string',
  valueName: '<file>',
  example: 'usual.json',
  listed: 'usage',
  help: [
    "the target's usual weekly hours: a target, a request body or an array of records (\"-\" reads stdin); default the server's, which are right only until sync has sent a holiday's hours",
  ],
  parse: (text, flag) => {
    if (text.trim() === '') throw valueError(`${flag} needs a file name, e.g. ${flag} ${HOURS_OPTION.example}`)
    return text
  },
}

/**
 * `callhours sync`, described once: its help and its parser come from this.
 *
 * @example
 * syncSpec.name //=> 'sync'
 */
export const syncSpec: CommandSpec<Invocation<'sync', SyncOptions>> = {
  name: 'sync',
  summary: 'keep a target in step with holidays',
  description: [
    'The server stores only weekly hours. sync reads the target from the server,',
    'works out the week it must hold now so that it answers as its hours with the',
    'exceptions (holidays, special days), sends the difference with --yes, and says',
    'by when to run it again. Idempotent and stateless: run it from cron.',
    'The key is read from RETREAVER_API_KEY.',
  ],
  positionals: [
    {
      name: 'id',
      noun: 'target id',
      optional: false,
      help: ['the id of the target (its time_zone, and its weekly hours unless --hours, are read from the server)'],
    },
  ],
  options: withCommonOptions(
    [EXCEPTIONS_OPTION, HOLIDAYS_OPTION, HOURS_OPTION, YES_OPTION, { ...AT_OPTION, help: ['a dry run as at this instant (ISO 8601, e.g. 2026-12-23T15:00Z); cannot be given with --yes, which sends the week as it must be now'] }, QUIET_OPTION],
    ['print one JSON object: target, timeZone, at, hoursFrom, inStep, sent, business_hours_attributes, records and next (notBefore, notAfter, dates, labels; or null)'],
  ),
  exitCodes: API_EXIT_CODES,
  toInvocation: ({ positionals, value, flag, noColor }) => {
    const exceptions = value(EXCEPTIONS_OPTION)
    const hours = value(HOURS_OPTION)
    if (exceptions === '-' && hours === '-') throw valueError('only one of --exceptions and --hours can be "-" (stdin)')
    const at = value(AT_OPTION)
    if (at !== undefined && flag(YES_OPTION)) throw valueError('--at is for a dry run and cannot be given with --yes: sync sends only the week as it must be now')
    return {
      kind: 'sync',
      target: parseTargetId(positionals[0] ?? '', 'the target'),
      exceptions,
      holidays: value(HOLIDAYS_OPTION),
      hours,
      yes: flag(YES_OPTION),
      json: flag(JSON_OPTION),
      at,
      quiet: flag(QUIET_OPTION),
      noColor,
    }
  },
}
