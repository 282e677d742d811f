/**
 * The README's "Talking to the API" sample is real output: each `$ callhours …` line runs in-process
 * against the local fake server seeded with examples/fleet.json (what `npm run fake-server --
 * examples/fleet.json` serves), the files a command writes are there for the next one, the
 * README's edit step is made as it says, and every line printed under a command in the README must
 * be what the command prints (stdout unless redirected with `>`, then stderr).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFakeRetreaver, type FakeRetreaver, type SeedTarget } from '../server/fakeRetreaver'
import { fakeIo, runInProcess } from './harness'

const ROOT = join(__dirname, '..', '..')
let server: FakeRetreaver

beforeAll(async () => {
  const fleet = JSON.parse(readFileSync(join(ROOT, 'examples/fleet.json'), 'utf8')) as Array<{ target: SeedTarget }>
  server = await startFakeRetreaver({ apiKey: 'test-key', targets: fleet.map((item) => item.target) })
})
afterAll(() => server.close())

interface Step {
  readonly line: string
  readonly expected: string[]
}

/** The README's block, and every docs/cli.md block marked as run by this test, with its clock. */
function blocks(): Array<{ name: string; block: string; now: string }> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('### Talking to the API'))
  const open = section.indexOf('```')
  const found = [{ name: 'README', block: section.slice(section.indexOf('\n', open) + 1, section.indexOf('```', open + 3)), now: '2026-12-07T12:00:00Z' }]
  const cli = readFileSync(join(ROOT, 'docs/cli.md'), 'utf8')
  const marker = /<!-- tested: test\/cli\/readmeApi\.test\.ts runs this block against examples\/fleet\.json with the clock at (\S+) -->\n```console\n([\s\S]*?)```/g
  for (const match of cli.matchAll(marker)) found.push({ name: `docs/cli.md at ${match[1]}`, block: match[2]!, now: match[1]! })
  return found
}

function steps(block: string): Step[] {
  const found: Step[] = []
  for (const line of block.split('\n')) {
    if (line.startsWith('$ ')) found.push({ line: line.slice(2), expected: [] })
    else if (line !== '') found.at(-1)!.expected.push(line)
  }
  return found
}

describe('README and docs/cli.md: talking to the API', () => {
  it('finds the README block and the marked docs block', () => {
    expect(blocks().map((found) => found.name)).toEqual(['README', 'docs/cli.md at 2026-12-21T15:00Z'])
  })

  it.each(blocks().map((found) => [found.name, found] as const))('every command of %s prints what it shows', async (_name, found) => {
    const fleet = JSON.parse(readFileSync(join(ROOT, 'examples/fleet.json'), 'utf8')) as Array<{ target: SeedTarget }>
    server.targets.clear()
    server.seed(fleet.map((item) => item.target))
    const all = steps(found.block)
    expect(all.filter((step) => step.line.startsWith('callhours ')).length).toBeGreaterThanOrEqual(3)
    const files: Record<string, string> = {}
    for (const step of all) {
      const command = step.line.startsWith('#') ? '' : step.line.replace(/\s+#.*$/, '').trim()
      if (command.startsWith('npm run fake-server') || command.startsWith('export ')) {
        expect(step.expected, command).toEqual([])
        continue
      }
      if (command === '') {
        // `# edit target.json: Thursday 09:00–13:00`, made as it says.
        expect(step.line).toContain('# edit target.json: Thursday 09:00–13:00')
        const document = JSON.parse(files['target.json']!) as { target: { business_hours: Array<{ day_of_week: number; time_close: number }> } }
        for (const record of document.target.business_hours) if (record.day_of_week === 4) record.time_close = 1300
        files['target.json'] = JSON.stringify(document, null, 2)
        continue
      }
      const [words, redirect] = command.split(/\s+>\s+/)
      const args = words!.split(/\s+/).slice(1)
      const fake = fakeIo({ files, env: { RETREAVER_API_KEY: 'test-key', RETREAVER_BASE_URL: server.baseUrl }, now: new Date(found.now) })
      expect(await runInProcess(args, fake), command).toBe(0)
      for (const [path, text] of fake.written) files[path] = text
      const printed = `${redirect === undefined ? fake.stdout() : ''}${fake.stderr()}`.split('\n').filter((line) => line !== '')
      expect(printed, command).toEqual(step.expected)
    }
    if (found.name === 'README') expect(server.targets.get(1)!.business_hours.find((record) => record.day_of_week === 4)!.time_close).toBe(1300)
  })
})
