import { withCommonOptions, type Invocation, type CommandSpec } from '../commandSpecs'
import { routingTimeline, type Target, type TimelineSegment, type TimelineShare } from '../../index'
import { formatDuration } from '../format'
import type { CommandContext } from './common'
import {
  acceptLibrarySkipped,
  fleetInvocation,
  FLEET_EXIT_CODES,
  FLEET_FILE,
  FLEET_OPTIONS,
  fleetHeading,
  jsonStream,
  localSpan,
  readFleetWindow,
  targetName,
  utcSpan,
  withinLimits,
  type FleetCommandOptions,
  type SkippedReport,
} from './fleetCommon'

/**
 * Options of the `routes` command, as parsed from the command line: `coverage`'s but `--svg`.
 *
 * @example
 * const options: RoutesCommandOptions = { file: 'fleet.json', from: undefined, days: 7, tz: undefined, caps: false,
 *   skipInvalid: false, exceptions: undefined, holidays: undefined, json: false }
 */
export type RoutesCommandOptions = FleetCommandOptions

/**
 * What `routes --json` prints: the window and the display zone, and `routingTimeline`'s segments —
 * each with the priority tried first (null in a gap) and every accepting target's share of first
 * attempts — instants as ISO 8601 strings in UTC; `skipped` as for `coverage --json`.
 *
 * @example
 * const report: RoutesReport = { timeZone: 'UTC', from: '2026-11-30T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z',
 *   segments: [{ start: '2026-11-30T00:00:00.000Z', end: '2026-12-01T00:00:00.000Z', priority: null, shares: [] }], skipped: [] }
 */
export interface RoutesReport {
  readonly timeZone: string
  readonly from: string
  readonly to: string
  readonly segments: readonly {
    readonly start: string
    readonly end: string
    readonly priority: number | null
    readonly shares: readonly { readonly id: number; readonly share: number }[]
  }[]
  readonly skipped: readonly SkippedReport[]
}

/**
 * A share as a percentage: whole when it is, else to one decimal.
 *
 * @example
 * percent(2 / 3) //=> '66.7%'
 *
 * @example
 * percent(1) //=> '100%'
 */
export function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`
}

/**
 * `callhours routes`: who gets the calls, span by span — the library's `routingTimeline` over
 * `--days` days from `--from`: for each span, its start and end (display zone and UTC), the
 * priority tried first, and each accepting target's share of first attempts; "no target accepts
 * calls" in a gap.
 *
 * @param options - file, `--from`, `--days`, `--tz`, `--caps`, `--skip-invalid`, `--exceptions`, `--holidays`, `--json`
 * @param ctx - io and style
 * @returns 0 (1 and 2 are thrown as `CliError`)
 */
export async function routesCommand(options: RoutesCommandOptions, ctx: CommandContext): Promise<number> {
  const { io, style } = ctx
  const window = await readFleetWindow(options, ctx)
  const { from, to, timeZone } = window
  const timeline = withinLimits('routes', () => routingTimeline(
    window.members.map((member) => member.target),
    from,
    to,
    { caps: options.caps, skipInvalid: true },
  ))
  const { members, skipped } = acceptLibrarySkipped(window, timeline.skipped, options.skipInvalid, io, ctx.errStyle)

  if (options.json) {
    // Written as it goes: each distinct set's shares once as text, shared by the segments that have it.
    const json = jsonStream(io)
    await json.value('timeZone', timeZone)
    await json.value('from', from.toISOString())
    await json.value('to', to.toISOString())
    const sharesText = new Map<readonly TimelineShare[], string>()
    await json.list('segments', timeline.segments, (segment) => {
      let shares = sharesText.get(segment.shares)
      if (shares === undefined) sharesText.set(segment.shares, (shares = JSON.stringify(segment.shares)))
      return `{"start":${JSON.stringify(segment.start.toISOString())},"end":${JSON.stringify(segment.end.toISOString())},"priority":${JSON.stringify(segment.priority)},"shares":${shares}}`
    })
    await json.value('skipped', skipped)
    await json.end()
    return 0
  }

  const byId = new Map(members.map((member) => [member.target.id!, member.target]))
  const lines = fleetHeading('Routing', window, members, options.days, options.caps, style)
  lines.push(style.dim('Each span: the priority tried first, and each target\'s share of first attempts.'))
  for (const segment of timeline.segments) {
    lines.push('')
    lines.push(`${style.bold(localSpan(segment.start, segment.end, timeZone))}   ${utcSpan(segment.start, segment.end)}   ${formatDuration(segment.end.getTime() - segment.start.getTime())}`)
    for (const line of segmentLines(segment, byId, style)) lines.push(line)
  }
  io.stdout(`${lines.join('\n')}\n`)
  return 0
}

/** A span's routing: the tier, then each target's share; a gap says so. */
function segmentLines(segment: TimelineSegment, byId: ReadonlyMap<number, Target>, style: CommandContext['style']): string[] {
  if (segment.priority === null || segment.shares.length === 0) return [`  ${style.red('no target accepts calls')}`]
  const rows = segment.shares.map((entry) => {
    const target = byId.get(entry.id)
    const later =
      entry.share > 0 || target === undefined ? '' : target.priority !== segment.priority ? `  (priority ${target.priority}: tried after)` : '  (weight 0: tried after)'
    return `    ${percent(entry.share).padStart(6)}  ${targetName(entry.id, byId)}${later}`
  })
  rows.unshift(`  priority ${segment.priority} first:`)
  return rows
}

/**
 * `callhours routes`, described once: its help and its parser come from this.
 *
 * @example
 * routesSpec.name //=> 'routes'
 */
export const routesSpec: CommandSpec<Invocation<'routes', RoutesCommandOptions>> = {
  name: 'routes',
  summary: 'which targets get the calls, when',
  description: [
    'Who gets the calls, span by span: the priority tried first and each accepting',
    "target's share of first attempts (by weight), or that no target accepts calls.",
    'Times in --tz; each target keeps its own zone.',
  ],
  positionals: [FLEET_FILE],
  options: withCommonOptions(
    [...FLEET_OPTIONS],
    ['print one JSON object: timeZone, from, to, segments (each with start, end, priority and shares: id and share) and skipped'],
  ),
  exitCodes: FLEET_EXIT_CODES,
  toInvocation: (args) => ({ kind: 'routes', ...fleetInvocation(args) }),
}
