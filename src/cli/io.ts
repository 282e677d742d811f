/**
 * Everything the command touches outside itself. `main.ts` passes the real process; tests pass
 * fakes and call `run` in-process.
 *
 * @example
 * // What main.ts passes (abridged)
 * const io: CliIo = {
 *   stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text),
 *   readStdin, env: process.env, isTTY: process.stdout.isTTY === true,
 *   stderrIsTTY: process.stderr.isTTY === true, now: () => new Date(),
 *   readFile: (path) => readFile(path, 'utf8'), writeFile: (path, text) => writeFileAtomic(path, text),
 * }
 */
export interface CliIo {
  /** Writes to standard output, as given (callers add the newlines). */
  readonly stdout: (text: string) => void
  /** Writes to standard error, as given. */
  readonly stderr: (text: string) => void
  /** Reads all of standard input as UTF-8 (for the file name `-`). */
  readonly readStdin: () => Promise<string>
  /** The environment (`NO_COLOR`). */
  readonly env: Readonly<Record<string, string | undefined>>
  /** Whether standard output is a terminal (colour is only printed to one). */
  readonly isTTY: boolean
  /** Whether standard error is a terminal: its colour is decided on its own. */
  readonly stderrIsTTY: boolean
  /** The current instant (the default for `--at` and `--from`). */
  readonly now: () => Date
  /** Reads a UTF-8 text file; rejects with a Node file-system error. */
  readonly readFile: (path: string) => Promise<string>
  /**
   * Writes a UTF-8 text file whole or not at all (a temporary file renamed over it: `writeFileAtomic`);
   * rejects with a Node file-system error, the old file untouched.
   */
  readonly writeFile: (path: string, text: string) => Promise<void>
  /**
   * Resolves once stdout has taken what was written so far (its buffer back under the high-water
   * mark). Optional: without it, what `stdout` is given counts as taken at once (a fake io, a
   * file). Output streamed in chunks (`coverage --json`, `routes --json`) waits on it between
   * chunks, so a slow pipe never makes the command hold its whole answer in memory.
   */
  readonly stdoutDrained?: () => Promise<void>
}

/**
 * The exit codes a `CliError` ends with: 1 invalid business hours, 2 usage or input error, 3 the
 * API refused the request or could not be reached, 4 the server did not hold what was sent.
 *
 * @example
 * const code: CliExitCode = 3
 */
export type CliExitCode = 1 | 2 | 3 | 4

/**
 * A failure the user can fix, with the exit code to end with: printed as one line (plus the
 * usage when `showUsage`), never with a stack trace.
 *
 * Exit 2 is for the invocation or the input file (unknown flag, unreadable file, bad JSON);
 * exit 1 is for business hours that are invalid; exit 3 is for the Retreaver API refusing a request
 * or not answering, exit 4 for an update the server did not hold (`pull`, `push`, `sync`,
 * `reset-cap`: `apiClient.ts`).
 *
 * @example
 * throw new CliError('broken.json: cannot read: no such file', 2)
 *
 * @example
 * // Edge: a usage error also prints the command's usage
 * throw new CliError("unknown option '--bogus'", 2, { showUsage: true, command: 'status' })
 */
export class CliError extends Error {
  readonly exitCode: CliExitCode
  readonly showUsage: boolean
  readonly command: string | undefined

  constructor(message: string, exitCode: CliExitCode, options: { showUsage?: boolean; command?: string } = {}) {
    super(message)
    this.name = 'CliError'
    this.exitCode = exitCode
    this.showUsage = options.showUsage ?? false
    this.command = options.command
  }
}

/**
 * A file-system error in words, without a stack or a syscall name.
 *
 * @param error - what `readFile` or `writeFile` rejected with
 * @returns a short reason
 *
 * @example
 * describeFileError(Object.assign(new Error('ENOENT: no such file…'), { code: 'ENOENT' }))
 * //=> 'no such file or directory'
 *
 * @example
 * // Edge: an error without a code keeps its message
 * describeFileError(new Error('disk on fire')) //=> 'disk on fire'
 */
export function describeFileError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EISDIR':
      return 'it is a directory'
    case 'ENOTDIR':
      return 'a part of the path is not a directory'
    case 'ENAMETOOLONG':
      return 'the name is too long'
    case 'ENOSPC':
      return 'no space left on the device'
    default:
      // Node's own message repeats the path (already named once, escaped); the code says enough.
      if (code !== undefined) return code
      return error instanceof Error ? error.message : String(error)
  }
}
