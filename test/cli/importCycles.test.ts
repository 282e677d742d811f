/**
 * The CLI's imports form no circle (issue 20): the command table (commandSpecs.ts) imports no
 * command, and no chain of imports — type-only ones included, as tools that draw the graph count
 * them — leads from a file of src/cli back to itself.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const CLI = join(__dirname, '../../src/cli')

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []))
}

/** Each file's imports of other files of src/cli. */
function graph(): Map<string, string[]> {
  const all = new Set(files(CLI))
  const edges = new Map<string, string[]>()
  for (const file of all) {
    const targets: string[] = []
    for (const match of readFileSync(file, 'utf8').matchAll(/from '(\.\.?\/[^']+)'/g)) {
      const base = resolve(dirname(file), match[1]!)
      for (const candidate of [`${base}.ts`, join(base, 'index.ts')]) if (all.has(candidate)) targets.push(candidate)
    }
    edges.set(file, targets)
  }
  return edges
}

/** The circles of a graph, each as the files along it (depth-first search, one per back edge). */
function circles(edges: Map<string, string[]>): string[][] {
  const found: string[][] = []
  const state = new Map<string, 'open' | 'done'>()
  const path: string[] = []
  const visit = (file: string): void => {
    state.set(file, 'open')
    path.push(file)
    for (const next of edges.get(file) ?? []) {
      if (state.get(next) === 'open') found.push([...path.slice(path.indexOf(next)), next].map((f) => relative(CLI, f)))
      else if (state.get(next) === undefined) visit(next)
    }
    path.pop()
    state.set(file, 'done')
  }
  for (const file of edges.keys()) if (state.get(file) === undefined) visit(file)
  return found
}

describe('the CLI import graph', () => {
  it('commandSpecs.ts imports no command', () => {
    const imports = graph().get(join(CLI, 'commandSpecs.ts'))!.map((f) => relative(CLI, f))
    expect(imports.filter((f) => f.startsWith('commands/'))).toEqual([])
  })

  it('has no circle of imports', () => {
    expect(circles(graph())).toEqual([])
  })

  it('finds a circle when there is one (the detector itself)', () => {
    const a = join(CLI, 'a.ts')
    const b = join(CLI, 'b.ts')
    expect(circles(new Map([[a, [b]], [b, [a]]]))).toEqual([['a.ts', 'b.ts', 'a.ts']])
  })
})
