/**
 * `npm run fake-server -- [FILE] [--port N] [--key KEY] [--company ID]`: the local fake Retreaver
 * server (fakeRetreaver.ts: the API as its public document describes it, not the real service),
 * seeded from a file of targets — what `callhours pull --all` writes (`[{ "target": … }]`),
 * `{ "targets": [...] }`, one `{ "target": … }`, or NDJSON — so that every API sample in the docs
 * can be tried by copying commands. Prints the two variables to set, then serves until Ctrl-C.
 */
import { readFileSync } from 'node:fs'
import { startFakeRetreaver, type SeedTarget } from './fakeRetreaver'

const USAGE = 'usage: npm run fake-server -- [FILE] [--port N] [--key KEY] [--company ID]'

function fail(message: string): never {
  process.stderr.write(`fake-server: ${message}\n${USAGE}\n`)
  process.exit(2)
}

function readTargets(path: string): SeedTarget[] {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    fail(`${path}: cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`)
  }
  let items: unknown[]
  try {
    const json = JSON.parse(text) as unknown
    items = Array.isArray(json) ? json : typeof json === 'object' && json !== null && Array.isArray((json as { targets?: unknown }).targets) ? (json as { targets: unknown[] }).targets : [json]
  } catch {
    items = text.split('\n').filter((line) => line.trim() !== '').map((line, index) => {
      try {
        return JSON.parse(line) as unknown
      } catch {
        return fail(`${path}: line ${index + 1} is not JSON (expected JSON, or one target per line)`)
      }
    })
  }
  return items.map((item, index) => {
    const target = typeof item === 'object' && item !== null && 'target' in item ? (item as { target: unknown }).target : item
    if (typeof target !== 'object' || target === null || Array.isArray(target)) fail(`${path}: item ${index} is not a target`)
    return target as SeedTarget
  })
}

const args = process.argv.slice(2)
let file: string | undefined
let port = 4010
let key = 'test-key'
let company: string | undefined
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!
  const next = (): string => args[++i] ?? fail(`${arg} needs a value`)
  if (arg === '--port') port = Number(next())
  else if (arg === '--key') key = next()
  else if (arg === '--company') company = next()
  else if (arg === '--help' || arg === '-h') {
    process.stdout.write(`${USAGE}\n`)
    process.exit(0)
  } else if (arg.startsWith('-')) fail(`unknown option ${arg}`)
  else if (file === undefined) file = arg
  else fail(`one file only (got ${file} and ${arg})`)
}
if (!Number.isInteger(port) || port < 0 || port > 65535) fail('--port must be a whole number 0–65535 (0: any free port)')

const server = await startFakeRetreaver({ apiKey: key, ...(company === undefined ? {} : { companyId: company }), targets: file === undefined ? [] : readTargets(file), port })
process.stdout.write(
  [
    `fake Retreaver API on ${server.baseUrl} with ${server.targets.size} target${server.targets.size === 1 ? '' : 's'} (the API as its document describes it; not the real service)`,
    `export RETREAVER_BASE_URL=${server.baseUrl}`,
    `export RETREAVER_API_KEY=${key}`,
    ...(company === undefined ? [] : [`export RETREAVER_COMPANY_ID=${company}`]),
    'Ctrl-C stops it.',
    '',
  ].join('\n'),
)
const stop = (): void => {
  void server.close().then(() => process.exit(0))
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
