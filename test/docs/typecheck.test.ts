/**
 * Every `ts` block of README.md and docs/*.md type-checks under `tsc --strict` (issue 21): the
 * blocks of one file are read in order as one module (a later block may use what an earlier one
 * made), `callhours` and `callhours/holidays` resolve to src/, the package's exports are in scope
 * as the doc examples have them (test/docs/examples.test.ts), and so are the few fixtures those
 * examples name. A `js` block is not type-checked.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const ROOT = join(__dirname, '..', '..')
const FILES = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((name) => name.endsWith('.md')).sort().map((name) => `docs/${name}`)]

/** The free names doc examples use (test/docs/examples.test.ts builds them), with their types. */
const FIXTURES = `
declare const weekdays9to5: WeeklySchedule, lateWeekend: WeeklySchedule, oneToFourEveryDay: WeeklySchedule
declare const christmasCalendar: Calendar
declare const newYorkDesk: Target, manilaDesk: Target, a: Target, b: Target, c: Target, d: Target, x0: Target, y0: Target
declare const weekdays9to5DailyCapFull: Target, office: Target
declare const seeded: () => number
`

const OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  noUncheckedIndexedAccess: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  types: ['node'],
  skipLibCheck: true,
  baseUrl: ROOT,
  paths: { callhours: ['src/index.ts'], 'callhours/holidays': ['src/holidays/index.ts'] },
}

interface Module {
  readonly file: string
  readonly code: string
  /** For each line of `code`, the markdown line it came from (0 for the prelude). */
  readonly lines: readonly number[]
}

/** The names the package exports, values and types alike. */
function exportedNames(): string[] {
  const program = ts.createProgram([join(ROOT, 'src/index.ts')], OPTIONS)
  const checker = program.getTypeChecker()
  const module = checker.getSymbolAtLocation(program.getSourceFile(join(ROOT, 'src/index.ts'))!)!
  return checker.getExportsOfModule(module).map((symbol) => symbol.name)
}

function modules(): Module[] {
  const names = exportedNames()
  const found: Module[] = []
  for (const file of FILES) {
    const text = readFileSync(join(ROOT, file), 'utf8').split('\n')
    const body: string[] = []
    const lines: number[] = []
    for (let i = 0; i < text.length; i++) {
      if (!/^```(ts|typescript)\s*$/.test(text[i]!)) continue
      for (i++; i < text.length && !text[i]!.startsWith('```'); i++) {
        body.push(text[i]!)
        lines.push(i + 1)
      }
    }
    if (body.length === 0) continue
    // Everything the package exports is in scope, as in the examples: a block's own one-line
    // `import { … } from 'callhours'` says where names come from and is read as a comment here.
    for (let i = 0; i < body.length; i++) {
      if (!/^import\s*\{/.test(body[i]!)) continue
      let end = i
      while (end < body.length && !/\}\s*from\s*'[^']*'/.test(body[end]!)) end++
      if (end < body.length && /from\s*'callhours'/.test(body[end]!)) for (let j = i; j <= end; j++) body[j] = `// ${body[j]}`
    }
    const imported = new Set<string>()
    for (const line of body) {
      const match = /^import\s*(?:type\s*)?\{([^}]*)\}\s*from/.exec(line)
      if (match !== null) for (const name of match[1]!.split(',')) imported.add(name.replace(/^\s*type\s+/, '').split(/\s+as\s+/).pop()!.trim())
    }
    const prelude = [`import { ${names.filter((name) => !imported.has(name)).join(', ')} } from 'callhours'`, ...FIXTURES.trim().split('\n'), 'export {}']
    found.push({ file, code: [...prelude, ...body].join('\n'), lines: [...prelude.map(() => 0), ...lines] })
  }
  return found
}

describe('ts blocks of README.md and docs/ type-check', () => {
  const all = modules()
  const paths = new Map(all.map((module) => [join(ROOT, 'docs', `.typecheck.${module.file.replace(/[/.]/g, '_')}.ts`), module]))
  const host = ts.createCompilerHost(OPTIONS)
  const getSourceFile = host.getSourceFile.bind(host)
  const fileExists = host.fileExists.bind(host)
  host.getSourceFile = (name, language, ...rest) => (paths.has(name) ? ts.createSourceFile(name, paths.get(name)!.code, language) : getSourceFile(name, language, ...rest))
  host.fileExists = (name) => paths.has(name) || fileExists(name)
  let program: ts.Program | undefined

  it('finds blocks in the README and the docs', () => {
    expect(all.map((module) => module.file)).toContain('README.md')
    expect(all.length).toBeGreaterThanOrEqual(4)
  })

  it.each([...paths.entries()].map(([path, module]) => [module.file, path] as const))('%s', (_file, path) => {
    program ??= ts.createProgram([...paths.keys()], OPTIONS, host)
    const module = paths.get(path)!
    const problems = ts
      .getPreEmitDiagnostics(program, program.getSourceFile(path))
      .filter((diagnostic) => diagnostic.file?.fileName === path)
      .map((diagnostic) => {
        const { line } = diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start ?? 0)
        return `${module.file}:${module.lines[line] ?? 0}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`
      })
    expect(problems).toEqual([])
  }, 120_000)
})
