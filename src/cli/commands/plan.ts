import { daysOption, EXIT_CODES, FILE, FROM_OPTION, JSON_OPTION, TZ_OPTION, withCommonOptions, type Invocation, type CommandSpec } from '../commandSpecs'
import { hoursOn, planExceptionUpdates, type BusinessHourInput, type Hours } from '../../index'
import { EXCEPTIONS_OPTION, HOLIDAYS_OPTION, loadExceptions, yearsAround } from '../exceptionsInput'
import { formatLocal, formatUtc, readLocal, shown } from '../format'
import { loadTarget } from '../input'
import { CliError } from '../io'
import { currentMinute, describeZone, noteWarnings, requireTarget, targetLabel, type CommandContext } from './common'
import { DAY_MS } from '../../ground/timeUnits'

/**
 * Options of the `plan` command, as parsed from the command line.
 *
 * @example
 * const options: PlanOptions = { file: 'target.json', exceptions: 'holidays.json', holidays: undefined, from: undefined, days: 60, tz: undefined, json: false }
 */
export interface PlanOptions {
  readonly file: string | undefined
  readonly exceptions: string | undefined
  readonly holidays: string | undefined
  readonly from: Date | undefined
  readonly days: number
  readonly tz: string | undefined
  readonly json: boolean
}

/**
 * What `plan --json` prints: the window, then each step — when to send it (ISO 8601, UTC), the
 * dates it puts in place with their labels, and the seven days of records the server must hold.
 *
 * @example
 * const report: PlanReport = { timeZone: 'UTC', from: '2026-12-14T00:00:00.000Z', to: '2027-02-12T00:00:00.000Z', steps: [] }
 */
export interface PlanReport {
  readonly timeZone: string
  readonly from: string
  readonly to: string
  readonly steps: readonly {
    readonly notBefore: string
    readonly notAfter: string
    readonly dates: readonly string[]
    readonly labels: readonly string[]
    readonly records: readonly BusinessHourInput[]
  }[]
}


/**
 * What to do after a window was missed (docs/exceptions.md §5): a stale step is wrong from the
 * moment it is sent; the week as it must be now is right until the next step is due.
 *
 * @example
 * MISSED_WINDOW.startsWith('Missed a window?') //=> true
 */
export const MISSED_WINDOW =
  'Missed a window? Never send that step late: send the week as it must be now (callhours sync), then go on with the next step. Until then the server answers with the old hours.'

/**
 * `callhours plan`: the timed updates that keep a Retreaver target in step with its exceptions —
 * the server stores only weekly hours, so each holiday means changing its weekday's records before
 * it and back after. Each step: the window to send it in (local time and UTC), the dates it puts in
 * place with their hours and labels.
 *
 * @param options - file, `--exceptions`, `--holidays`, `--from`, `--days`, `--tz`, `--json`
 * @param ctx - io and style
 * @returns the exit code: 0 (1 and 2 are thrown as `CliError`)
 *
 * @example
 * await planCommand({ file: 'target.json', exceptions: 'christmas.json', holidays: undefined, from: new Date('2026-12-14T05:00Z'), days: 21, tz: undefined, json: false }, ctx)
 * // stdout: 3 steps, the first the week as it must be on 2026-12-14 …
 * //=> 0
 *
 * @example
 * // The steps as data (Friday 2027-01-01 is closed like Friday 2026-12-25: no change for it)
 * JSON.parse(await stdoutOf('callhours plan target.json --exceptions christmas.json --from 2026-12-14T05:00Z --days 21 --json')).steps.map((step) => [step.notAfter, step.dates, step.labels])
 * //=> [['2026-12-14T05:00:00.000Z', ['2026-12-14', '2026-12-15', '2026-12-16', '2026-12-17', '2026-12-18', '2026-12-19', '2026-12-20'], []],
 * //    ['2026-12-24T18:00:00.000Z', ['2026-12-24', '2026-12-25'], ['Christmas Eve', 'Christmas']],
 * //    ['2026-12-31T14:00:00.000Z', ['2026-12-31'], ['New Year']]]
 */
export async function planCommand(options: PlanOptions, ctx: CommandContext): Promise<number> {
  const { io, style } = ctx
  if (options.exceptions === undefined && options.holidays === undefined) {
    throw new CliError('plan needs exceptions to plan for: --exceptions <file> or --holidays <CC>', 2, { showUsage: true, command: 'plan' })
  }
  const from = options.from ?? currentMinute(io)
  const to = new Date(from.getTime() + options.days * DAY_MS)
  const exceptions = await loadExceptions(options, yearsAround(from, to), io)
  const loaded = await loadTarget(options.file, io, { tz: options.tz, exceptions })
  const { target, warnings } = requireTarget(loaded, style)
  const { schedule, timeZone } = target
  const steps = planExceptionUpdates(schedule, from, to, timeZone)

  if (options.json) {
    const report: PlanReport = {
      timeZone,
      from: from.toISOString(),
      to: to.toISOString(),
      steps: steps.map((step) => ({
        notBefore: step.notBefore.toISOString(),
        notAfter: step.notAfter.toISOString(),
        dates: step.dates,
        labels: step.labels,
        records: step.records,
      })),
    }
    io.stdout(`${JSON.stringify(report, null, 2)}\n`)
    noteWarnings(ctx, loaded, warnings)
    return 0
  }

  const lines = [
    `${style.bold(targetLabel(loaded))} · ${describeZone(loaded, timeZone)}`,
    `Plan for ${options.days === 1 ? '1 day' : `${options.days} days`} from ${style.bold(formatLocal(from, timeZone))}: ${steps.length === 1 ? '1 step' : `${steps.length} steps`}`,
    style.dim('Each step: send its records (callhours diff, or PUT business_hours_attributes) at any time in its window.'),
    style.dim(MISSED_WINDOW),
  ]
  steps.forEach((step, index) => {
    lines.push('')
    // Labels come from input (a subscribed calendar's SUMMARY): escaped, so they cannot forge lines.
    const heading = index === 0 ? 'the week as the server must hold it at the start' : step.labels.length > 0 ? step.labels.map((label) => shown(label)).join(', ') : 'back to the weekly hours'
    lines.push(`${style.bold(`${index + 1}.`)} ${style.bold(heading)}`)
    lines.push(`   send from ${formatLocal(step.notBefore, timeZone)}  (${formatUtc(step.notBefore)})`)
    lines.push(`     and by ${formatLocal(step.notAfter, timeZone)}  (${formatUtc(step.notAfter)})`)
    for (const date of step.dates) lines.push(`   ${dayLine(schedule, date, timeZone)}`)
  })
  io.stdout(`${lines.join('\n')}\n`)
  noteWarnings(ctx, loaded, warnings)
  return 0
}

/** `Thu 2026-12-24  09:00–13:00`: a date and the hours it really has. */
function dayLine(schedule: Hours, date: string, timeZone: string): string {
  const spans = hoursOn(schedule, date, timeZone)
  const weekday = new Date(`${date}T12:00:00Z`).toUTCString().slice(0, 3)
  const hours =
    spans.length === 0
      ? 'closed'
      : spans
          .map((span) => {
            const start = readLocal(span.start, timeZone)
            const end = readLocal(span.end, timeZone)
            return `${start.time}–${end.date === date ? end.time : '24:00'}`
          })
          .join(', ')
  return `${weekday} ${date}  ${hours}`
}

/**
 * Days `plan --days` accepts at most: five years of 366 days, the library's bound.
 *
 * @example
 * MAX_PLAN_DAYS //=> 1830
 */
export const MAX_PLAN_DAYS = 5 * 366

const DAYS_OPTION = daysOption(MAX_PLAN_DAYS, '30', `how far to plan, in days of 24 hours, 1–${MAX_PLAN_DAYS}; default 60`)

/**
 * `callhours plan`, described once: its help and its parser come from this.
 *
 * @example
 * planSpec.name //=> 'plan'
 */
export const planSpec: CommandSpec<Invocation<'plan', PlanOptions>> = {
  name: 'plan',
  summary: 'when to change hours for holidays',
  description: [
    'The server stores only weekly hours: each holiday or special day means changing',
    'its weekday before it and back after. The steps, each with the window to send it',
    'in (local time and UTC) and the dates it puts in place with their hours.',
  ],
  positionals: [FILE],
  options: withCommonOptions(
    [EXCEPTIONS_OPTION, HOLIDAYS_OPTION, FROM_OPTION, DAYS_OPTION, TZ_OPTION],
    ['print one JSON object: timeZone, from, to and steps (each with notBefore, notAfter, dates, labels and the records)'],
  ),
  exitCodes: EXIT_CODES,
  toInvocation: ({ positionals, value, flag, noColor }) => ({
    kind: 'plan',
    file: positionals[0],
    exceptions: value(EXCEPTIONS_OPTION),
    holidays: value(HOLIDAYS_OPTION),
    from: value(FROM_OPTION),
    days: value(DAYS_OPTION) ?? 60,
    tz: value(TZ_OPTION),
    json: flag(JSON_OPTION),
    noColor,
  }),
}
