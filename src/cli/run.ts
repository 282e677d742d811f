import { version } from '../../package.json'
import { isCommandName, parseInvocation, shortUsage, usageText } from './args'
import { checkCommand } from './commands/check'
import { diffCommand } from './commands/diff'
import { previewCommand } from './commands/preview'
import { statusCommand } from './commands/status'
import { createStyle, shouldUseColor } from './format'
import { CliError, type CliIo } from './io'

export type { CliIo } from './io'

/**
 * The package version, read from package.json when the command is built (tsup inlines it).
 *
 * @example
 * // callhours --version
 * VERSION //=> '0.1.0'
 */
export const VERSION: string = version

/**
 * Runs `callhours` with the given arguments against the given io, and says how to exit.
 *
 * User errors (unknown flags, unreadable files, bad JSON, invalid hours) are printed as lines on
 * stderr, never as stack traces; anything else is a bug and is reported as one (exit 3).
 *
 * @param argv - the arguments after the script, e.g. `['status', '--json']`
 * @param io - stdout, stderr, stdin, env, isTTY, now, readFile, writeFile
 * @returns the exit code: 0 ok, 1 invalid business hours, 2 usage error or unreadable input, 3 a bug
 *
 * @example
 * await run(['check'], io) // prints the bundled example's week
 * //=> 0
 *
 * @example
 * // Edge: an unknown flag prints the usage on stderr
 * await run(['status', '--bogus'], io)
 * //=> 2
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  // Colour for messages printed before the arguments are understood follows the environment only.
  const earlyStyle = createStyle(shouldUseColor(io.isTTY, io.env, argv.includes('--no-color')))
  try {
    const invocation = parseInvocation(argv)
    if (invocation.kind === 'version') {
      io.stdout(`${VERSION}\n`)
      return 0
    }
    if (invocation.kind === 'help') {
      io.stdout(`${usageText(invocation.command)}\n`)
      return 0
    }
    const ctx = { io, style: createStyle(shouldUseColor(io.isTTY, io.env, invocation.noColor)) }
    switch (invocation.kind) {
      case 'check':
        return await checkCommand(invocation, ctx)
      case 'status':
        return await statusCommand(invocation, ctx)
      case 'preview':
        return await previewCommand(invocation, ctx)
      case 'diff':
        return await diffCommand(invocation, ctx)
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`${earlyStyle.red('callhours:')} ${error.message}\n`)
      if (error.showUsage) io.stderr(`${shortUsage(isCommandName(error.command) ? error.command : undefined)}\n`)
      return error.exitCode
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error)
    io.stderr(`callhours: internal error (please report it with the command you ran):\n${detail}\n`)
    return 3
  }
}
