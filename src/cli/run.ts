import { version } from '../../package.json'
import { isCommandName, parseInvocation, shortUsage, usageText } from './args'
import { runCommand } from './commands'
import { createStyle, guardTerminal, shouldUseColor, shown } from './format'
import { messageOf } from './commands/common'
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
 * User errors (unknown flags, unreadable files, bad JSON, documents that are no target, invalid
 * hours) are printed as lines on stderr, never as stack traces. Anything else is a defect: one line
 * on stderr asking for a report, and exit 70. Everything written is guarded for the terminal
 * (control characters escaped), and colour is decided for stdout and stderr separately.
 *
 * @param argv - the arguments after the script, e.g. `['status', '--json']`
 * @param io - stdout, stderr, stdin, env, the two TTY flags, now, readFile, writeFile
 * @returns the exit code: 0 ok, 1 invalid business hours, 2 usage or input error, 70 a defect
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
  const guarded: CliIo = { ...io, stdout: (text) => io.stdout(guardTerminal(text)), stderr: (text) => io.stderr(guardTerminal(text)) }
  const noColorFlag = argv.includes('--no-color')
  // Each stream is coloured only when it is a terminal itself.
  const errStyle = createStyle(shouldUseColor(io.stderrIsTTY, io.env, noColorFlag))
  try {
    const invocation = parseInvocation(argv)
    if (invocation.kind === 'version') {
      guarded.stdout(`${VERSION}\n`)
      return 0
    }
    if (invocation.kind === 'help') {
      guarded.stdout(`${usageText(invocation.command)}\n`)
      return 0
    }
    const ctx = {
      io: guarded,
      style: createStyle(shouldUseColor(io.isTTY, io.env, invocation.noColor)),
      errStyle: createStyle(shouldUseColor(io.stderrIsTTY, io.env, invocation.noColor)),
    }
    return await runCommand(invocation, ctx)
  } catch (error) {
    if (error instanceof CliError) {
      guarded.stderr(`${errStyle.red('callhours:')} ${error.message}\n`)
      if (error.showUsage) guarded.stderr(`${shortUsage(isCommandName(error.command) ? error.command : undefined)}\n`)
      return error.exitCode
    }
    // A defect: one line, no stack trace (EX_SOFTWARE).
    guarded.stderr(`callhours: internal error: ${shown(messageOf(error), 300)} — please report it, with the command you ran\n`)
    return 70
  }
}
