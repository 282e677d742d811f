import { randomBytes } from 'node:crypto'
import * as fs from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** The file operations `writeFileAtomic` uses: Node's, or a test's that fail on purpose. */
export interface AtomicWriteFs {
  readonly writeFile: (path: string, text: string, options: { encoding: 'utf8'; flag: 'wx'; mode: number }) => Promise<void>
  readonly rename: (from: string, to: string) => Promise<void>
  readonly unlink: (path: string) => Promise<void>
  readonly stat: (path: string) => Promise<{ mode: number; isFile(): boolean }>
}

const NODE_FS: AtomicWriteFs = {
  writeFile: (path, text, options) => fs.writeFile(path, text, options),
  rename: (from, to) => fs.rename(from, to),
  unlink: (path) => fs.unlink(path),
  stat: (path) => fs.stat(path),
}

/**
 * Writes a UTF-8 file so that it is either the old file or the whole new one, never a cut one: the
 * text goes to a new temporary file in the same folder (`.name.callhours-<random>.tmp`, created
 * exclusively), which is renamed over the target only once it is complete. If anything fails, the
 * temporary file is removed and the old file is as it was. An existing file's permissions are
 * kept; a new file gets 0o666 less the umask, as `fs.writeFile` would.
 *
 * @param path - the file to write
 * @param text - its new content
 * @param fileSystem - the file operations (tests pass failing ones)
 * @returns when the file holds `text`
 * @throws the file-system error that stopped it (ENOSPC, EACCES, …), after cleaning up
 *
 * @example
 * await writeFileAtomic('target.json', '{ "target": {} }\n')
 * // target.json now holds the new text; on a full disk it still holds the old
 */
export async function writeFileAtomic(path: string, text: string, fileSystem: AtomicWriteFs = NODE_FS): Promise<void> {
  let mode = 0o666
  try {
    const existing = await fileSystem.stat(path)
    if (existing.isFile()) mode = existing.mode & 0o7777
  } catch {
    // No file yet (or not readable): the rename will say what is wrong, if anything.
  }
  const temporary = join(dirname(path), `.${basename(path)}.callhours-${randomBytes(6).toString('hex')}.tmp`)
  try {
    await fileSystem.writeFile(temporary, text, { encoding: 'utf8', flag: 'wx', mode })
    await fileSystem.rename(temporary, path)
  } catch (error) {
    await fileSystem.unlink(temporary).catch(() => undefined)
    throw error
  }
}
