import {
  HELP_OPTION,
  JSON_OPTION,
  NO_COLOR_OPTION,
  VERSION_OPTION,
  type BooleanOptionSpec,
  type CommandSpec,
} from '../commandSpecs'
import { checkCommand, checkSpec } from './check'
import { convertCommand, convertSpec } from './convert'
import type { CommandContext } from './common'
import { coverageCommand, coverageSpec } from './coverage'
import { diffCommand, diffSpec } from './diff'
import { planCommand, planSpec } from './plan'
import { previewCommand, previewSpec } from './preview'
import { pullCommand, pullSpec } from './pull'
import { pushCommand, pushSpec } from './push'
import { resetCapCommand, resetCapSpec } from './resetCap'
import { routesCommand, routesSpec } from './routes'
import { statusCommand, statusSpec } from './status'
import { syncCommand, syncSpec } from './sync'

// The commands of `callhours`. A command is one file under commands/ — its spec (the data its
// parser and help come from) and its handler — and one line here.

/** The invocation a spec makes. */
type InvocationOf<S> = S extends CommandSpec<infer I> ? I : never

/**
 * What a command asks for, values parsed and checked: one member per command, each as its own
 * file names it (`Invocation<'check', CheckOptions>`).
 *
 * @example
 * const invocation: CommandInvocation = { kind: 'check', file: undefined, json: false, noColor: false }
 */
export type CommandInvocation =
  | InvocationOf<typeof checkSpec>
  | InvocationOf<typeof statusSpec>
  | InvocationOf<typeof previewSpec>
  | InvocationOf<typeof diffSpec>
  | InvocationOf<typeof planSpec>
  | InvocationOf<typeof coverageSpec>
  | InvocationOf<typeof routesSpec>
  | InvocationOf<typeof pullSpec>
  | InvocationOf<typeof pushSpec>
  | InvocationOf<typeof syncSpec>
  | InvocationOf<typeof resetCapSpec>
  | InvocationOf<typeof convertSpec>

/**
 * The commands `callhours` has.
 *
 * @example
 * const command: CommandName = 'status'
 */
export type CommandName = CommandInvocation['kind']

/**
 * A command spec of any of the commands, its invocation type kept.
 *
 * @example
 * const spec: AnyCommandSpec = COMMAND_SPECS[0]!
 */
export type AnyCommandSpec = { readonly [K in CommandName]: CommandSpec<Extract<CommandInvocation, { readonly kind: K }>> }[CommandName]

/** A command: how it is described, and what it does. */
export interface Command<I extends CommandInvocation = CommandInvocation> {
  readonly spec: CommandSpec<I>
  readonly run: (invocation: I, ctx: CommandContext) => Promise<number>
}

/** A command of any kind, its invocation type kept. */
type AnyCommand = { readonly [K in CommandInvocation['kind']]: Command<Extract<CommandInvocation, { readonly kind: K }>> }[CommandInvocation['kind']]

/**
 * Every command, in the order the overview lists them.
 *
 * @example
 * COMMANDS.map((command) => command.spec.name) //=> ['check', 'status', 'preview', 'diff', 'plan', 'coverage', 'routes', 'pull', 'push', 'sync', 'reset-cap', 'convert']
 */
export const COMMANDS: readonly AnyCommand[] = [
  { spec: checkSpec, run: checkCommand },
  { spec: statusSpec, run: statusCommand },
  { spec: previewSpec, run: previewCommand },
  { spec: diffSpec, run: diffCommand },
  { spec: planSpec, run: planCommand },
  { spec: coverageSpec, run: coverageCommand },
  { spec: routesSpec, run: routesCommand },
  { spec: pullSpec, run: pullCommand },
  { spec: pushSpec, run: pushCommand },
  { spec: syncSpec, run: syncCommand },
  { spec: resetCapSpec, run: resetCapCommand },
  { spec: convertSpec, run: convertCommand },
]

/**
 * Runs the command an invocation names.
 *
 * @example
 * await runCommand({ kind: 'check', file: undefined, json: false, noColor: true }, ctx)
 * //=> 0
 */
export function runCommand(invocation: CommandInvocation, ctx: CommandContext): Promise<number> {
  const command = COMMANDS.find((candidate) => candidate.spec.name === invocation.kind) as Command<typeof invocation>
  return command.run(invocation, ctx)
}

/**
 * Every command, in the order the overview lists them.
 *
 * @example
 * COMMAND_SPECS.map((spec) => spec.name) //=> ['check', 'status', 'preview', 'diff', 'plan', 'coverage', 'routes', 'pull', 'push', 'sync', 'reset-cap', 'convert']
 *
 * @example
 * // Edge: the instant parsers take any four-digit year, 0050 as 50 (not 1950)
 * const status = COMMAND_SPECS.find((spec) => spec.name === 'status')!
 * const at = status.options.find((option) => option.long === 'at')!
 * at.type === 'string' ? at.parse('0050-01-01T00:00Z', '--at') : undefined
 * //=> '0050-01-01T00:00:00.000Z'
 */
export const COMMAND_SPECS: readonly AnyCommandSpec[] = COMMANDS.map((command) => command.spec as AnyCommandSpec)

/**
 * The options the overview (`callhours --help`) lists: help, version, colour, and `--json` for the
 * commands that have it.
 *
 * @example
 * OVERVIEW_OPTIONS.map((option) => option.long) //=> ['help', 'version', 'no-color', 'json']
 */
export const OVERVIEW_OPTIONS: readonly BooleanOptionSpec[] = [
  { ...HELP_OPTION, help: ["show help (callhours <command> --help for a command's options)"] },
  VERSION_OPTION,
  NO_COLOR_OPTION,
  {
    ...JSON_OPTION,
    help: [
      `machine-readable output (${COMMAND_SPECS.filter((spec) => spec.options.some((option) => option.long === JSON_OPTION.long))
        .map((spec) => spec.name)
        .join(', ')})`,
    ],
  },
]
