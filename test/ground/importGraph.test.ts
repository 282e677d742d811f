/**
 * The floors of src/ (conventions, issue 9): an import only ever points down. The ground floor
 * imports nothing; the week model and zones stand on it; calendars (exceptions on dates) and records
 * on those; queries and renderings on them; the diff on records; targets, routing and the Retreaver
 * plan on all of these; the holiday sources (optional peers) above; the CLI on top.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const SRC = join(__dirname, '../../src')
const FLOOR: Record<string, number> = {
  ground: 0,
  week: 1,
  zone: 1,
  calendar: 2,
  records: 2,
  query: 3,
  render: 3,
  diff: 4,
  routing: 5,
  plan: 5,
  fleet: 6,
  holidays: 6,
  client: 7,
  formats: 7,
  editor: 7,
  cli: 8,
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  )
}

/** [importing folder, imported folder, file] for every relative import between folders of src/. */
function crossFolderImports(): [string, string, string][] {
  const edges: [string, string, string][] = []
  for (const file of sourceFiles(SRC)) {
    const from = relative(SRC, file).split('/')[0]!
    if (from === 'index.ts') continue
    const text = readFileSync(file, 'utf8')
    for (const match of text.matchAll(/from '(\.\.?\/[^']+)'/g)) {
      const target = relative(SRC, join(file, '..', match[1]!)).split('/')[0]!
      if (target !== from) edges.push([from, target, relative(SRC, file)])
    }
  }
  return edges
}

describe('import graph', () => {
  it('knows the floor of every folder of src/', () => {
    const folders = readdirSync(SRC, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name)
    expect(folders.filter((name) => !(name in FLOOR))).toEqual([])
  })

  it('points only down: no folder imports one on its own floor or above', () => {
    const upward = crossFolderImports().filter(([from, to]) => FLOOR[to]! >= FLOOR[from]!)
    expect(upward).toEqual([])
  })

  it('the ground floor imports nothing, not even the platform', () => {
    for (const file of sourceFiles(join(SRC, 'ground'))) {
      const imports = [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]!)
      expect(imports.filter((path) => !path.startsWith('./')), file).toEqual([])
    }
  })

  it('no folder has a name tools read as build output', () => {
    for (const name of ['target', 'build', 'out', 'dist']) expect(readdirSync(SRC)).not.toContain(name)
  })
})
