// Start-up benchmark (issue 19): how long the command takes to start, as a ratio to `node -e 0`,
// in alternating runs (each round runs every case once, so the machine's moods hit all alike).
// The holiday sources (date-holidays with moment-timezone, ical.js) are loaded only when
// --holidays or an .ics file is used; the rows with them show what they cost when they are.
import { spawnSync } from 'node:child_process'
import { statSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const ROUNDS = 15

const CASES = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: 'callhours --version', args: ['dist/cli.js', '--version'] },
  { name: 'callhours status (bundled example)', args: ['dist/cli.js', 'status'] },
  { name: "import('callhours')", args: ['--input-type=module', '-e', "await import('./dist/index.js')"] },
  { name: 'callhours status --holidays US', args: ['dist/cli.js', 'status', 'examples/ny-sales.json', '--holidays', 'US', '--at', '2026-12-25T15:00Z'] },
]

function once(args) {
  const started = process.hrtime.bigint()
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' })
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`)
  return ms
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

export async function run() {
  for (const c of CASES) once(c.args) // warm the file cache
  const times = CASES.map(() => [])
  for (let round = 0; round < ROUNDS; round++) CASES.forEach((c, i) => times[i].push(once(c.args)))
  const base = median(times[0])
  console.log(`| case | median of ${ROUNDS} | ÷ node -e 0 |`)
  console.log('| --- | ---: | ---: |')
  CASES.forEach((c, i) => console.log(`| ${c.name} | ${median(times[i]).toFixed(1)} ms | ${(median(times[i]) / base).toFixed(2)}× |`))
  const size = (file) => statSync(new URL(`../dist/${file}`, import.meta.url)).size
  const chunks = readdirSync(new URL('../dist/', import.meta.url)).filter((file) => file.endsWith('.js') && !['index.js', 'holidays.js'].includes(file))
  console.log(`\ndist/cli.js ${(size('cli.js') / 1024).toFixed(0)} KB; loaded on demand: ${chunks.filter((file) => file !== 'cli.js').map((file) => `${file} ${(size(file) / 1024).toFixed(0)} KB`).join(', ')}`)
}
