/**
 * The README's "Command line" samples are real output (issue 10): each `$ callhours …` line in that
 * section is run on the built command, and every line printed under it in the README must be what
 * the command prints. A line the README shortens with `…` must match up to the ellipsis (and after
 * it, when text follows); lines whose command runs on a file that is not in the repository are
 * skipped only when the sample prints nothing under them.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildOnce, ROOT } from './buildOnce'
import { runBuilt } from './harness'
import { lineMatches } from './sampleLines'

let cli: string
beforeAll(async () => {
  cli = await buildOnce()
}, 240_000)

interface Sample {
  readonly command: string
  readonly stdin: string | undefined
  readonly args: readonly string[]
  readonly expected: readonly string[]
}

/** The samples of the README's "Command line" code block. */
function samples(): Sample[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('## Command line'))
  const block = section.slice(section.indexOf('```') + 3, section.indexOf('```', section.indexOf('```') + 3))
  const found: Sample[] = []
  for (const line of block.split('\n')) {
    const command = /^\$ (.*)$/.exec(line)?.[1]
    if (command !== undefined) {
      const withoutComment = command.replace(/\s+#.*$/, '')
      const piped = /^echo '([^']*)' \| (.*)$/.exec(withoutComment)
      const words = (piped?.[2] ?? withoutComment).trim().split(/\s+/)
      found.push({ command, stdin: piped?.[1], args: words.slice(1), expected: [] })
    } else if (found.length > 0 && line !== '') {
      ;(found[found.length - 1]!.expected as string[]).push(line)
    }
  }
  return found
}


describe('README command-line samples', () => {
  it('has samples, and each shown output is what the command prints', () => {
    const all = samples()
    expect(all.length).toBeGreaterThanOrEqual(4)
    for (const sample of all) {
      if (sample.expected.length === 0) continue
      const { stdout, stderr } = runBuilt(cli, sample.args, sample.stdin === undefined ? {} : { input: sample.stdin })
      const printed = `${stdout}${stderr}`.split('\n').filter((line) => line !== '')
      expect(printed.length, sample.command).toBe(sample.expected.length)
      sample.expected.forEach((line, i) => {
        expect(lineMatches(line, printed[i]!), `${sample.command}\nexpected: ${line}\nprinted:  ${printed[i]}`).toBe(true)
      })
    }
  })
})
