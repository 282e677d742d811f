import { fstatSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { version } from '../../package.json'

// The entry of dist/cli.js (the `callhours` bin): the real process as the command's io.

/** Reads all of stdin as UTF-8; a directory on stdin is refused as a file would be (EISDIR). */
async function readStdin(): Promise<string> {
  if (fstatSync(0).isDirectory()) throw Object.assign(new Error('stdin is a directory'), { code: 'EISDIR' })
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * A write that fails (a full disk, a closed terminal) ends the command with one line and exit 2,
 * the code for input and output problems; `callhours preview | head` closing the pipe early
 * (EPIPE) stops quietly with the code the command had.
 */
function onWriteError(stream: 'stdout' | 'stderr') {
  return (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    if (stream === 'stdout') {
      try {
        process.stderr.write(`callhours: cannot write to stdout: ${error.code ?? error.message}\n`)
      } catch {
        // stderr is gone too: the exit code is all that is left.
      }
    }
    process.exit(2)
  }
}
process.stdout.on('error', onWriteError('stdout'))
process.stderr.on('error', onWriteError('stderr'))

// `callhours --version` alone answers before the rest of the command is loaded (issue 19: start-up).
const args = process.argv.slice(2)
if (args.length === 1 && args[0] === '--version') process.stdout.write(`${version}\n`)
else await runCommandLine()

async function runCommandLine(): Promise<void> {
  const [{ run }, { writeFileAtomic }] = await Promise.all([import('./run'), import('./writeFileAtomic')])
  process.exitCode = await run(args, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin,
    env: process.env,
    isTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    now: () => new Date(),
    readFile: (path) => readFile(path, 'utf8'),
    // A file is replaced whole or not at all: a full disk never leaves a cut copy.
    writeFile: (path, text) => writeFileAtomic(path, text),
    // A pipe takes writes asynchronously: without waiting, a gigabyte of --json would sit in memory.
    // A write error ends the process (onWriteError), so a 'drain' that never comes cannot hang it.
    stdoutDrained: () => (process.stdout.writableNeedDrain ? new Promise<void>((resolve) => process.stdout.once('drain', () => resolve())) : Promise.resolve()),
  })
}
