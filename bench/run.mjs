// `npm run bench`: builds, then runs every bench/*.bench.mjs in one process and prints its tables.
import { readdirSync } from 'node:fs'
import os from 'node:os'

const only = process.argv[2]
const files = readdirSync(new URL('.', import.meta.url))
  .filter((name) => name.endsWith('.bench.mjs') && (!only || name.includes(only)))
  .sort()
console.log(`# callhours benchmarks — Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${os.platform()}`)
for (const file of files) {
  const module = await import(new URL(file, import.meta.url))
  console.log(`\n# ${file}`)
  await module.run()
}
