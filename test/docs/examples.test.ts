/**
 * Every `//=>` of the docs runs (convention 14): the doc comments of src/, README.md and docs/*.md.
 * Each example is its own test, named after its file and line, so a failure points at the doc.
 *
 * An example runs with these names in scope: the package's public exports (and callhours/formats'); for a doc comment, the
 * exports of its own file; and the fixtures below (the free names examples use). TypeScript in an
 * example is stripped by esbuild before it runs. How examples are found and compared:
 * `docExamples.ts`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { transformSync } from 'esbuild'
import { describe, expect, it } from 'vitest'
import * as library from '../../src/index'
import * as formats from '../../src/formats/index'
import { loadTarget, readLoaded } from '../../src/cli/input'
import { checkSpec } from '../../src/cli/commands/check'
import { EXAMPLE_TARGET_RESPONSE } from '../../src/cli/example'
import { createStyle } from '../../src/cli/format'
import { run } from '../../src/cli/run'
import { zoneFor } from '../../src/zone/resolveTimeZone'
import { fakeIo } from '../cli/harness'
import { seededRandom } from '../routing/arbitraries'
import { arrowLines, blockItems, docCommentBlocks, examplesOf, markdownBlocks, messageMatches, mismatch, parseExpected, show, type DocExample } from './docExamples'

const ROOT = join(__dirname, '..', '..')

// ---------------------------------------------------------------------------------------------------
// Fixtures: the free names examples use, each built to mean exactly what its example says.
// ---------------------------------------------------------------------------------------------------

const { parseTarget, scheduleFromIntervals } = library

/** Mon–Fri 09:00–17:00 in America/New_York, with a Daily cap of 50 already filled. */
const weekdays9to5DailyCapFull = parseTarget({
  time_zone: 'America/New_York',
  business_hours: [1, 2, 3, 4, 5].map((day) => ({ day_of_week: day, time_open: 900, time_close: 1700 })),
  caps: [{ type: 'Daily', cap: 50, filled: 50 }],
})

/**
 * Files the CLI examples name, as the fake io serves them: `server.json` is the bundled example
 * (target 7, Wednesday 00:00–12:00), `edited.json` the same records with Wednesday open all day,
 * `invalid.json` the CLI tests' fixture with three errors, `unknown-id.json` a Monday record with
 * id 99 (not one of the server's), `broken.json` bad JSON whose `}` stands at line 3, column 18
 * (position 41).
 */
const serverRecords = EXAMPLE_TARGET_RESPONSE.target.business_hours
const cliFiles: Record<string, string> = {
  'server.json': JSON.stringify(EXAMPLE_TARGET_RESPONSE),
  'edited.json': JSON.stringify(serverRecords.map((record) => (record.day_of_week === 3 ? { ...record, time_close: 2400 } : record))),
  'invalid.json': readFileSync(join(ROOT, 'test/cli/fixtures/invalid.json'), 'utf8'),
  'unknown-id.json': JSON.stringify([{ id: 99, day_of_week: 1, time_open: 900, time_close: 1700 }]),
  'broken.json': '[\n  { "day_of_week": 1,\n    "time_open": }\n]\n',
  'error.json': '{"error":"Not Found"}',
  'target.json': readFileSync(join(ROOT, 'examples/ny-sales.json'), 'utf8'),
  'christmas.json': readFileSync(join(ROOT, 'examples/christmas.json'), 'utf8'),
}

/** A fake io (test/cli/harness.ts): the files above, now 2026-07-15T11:30Z, no terminal, no colour. */
function docIo(stdin = '') {
  return fakeIo({ files: cliFiles, stdin })
}

async function cliFixtures() {
  const { io } = docIo()
  const style = createStyle(false)
  return {
    /** The CLI's io (see docIo). */
    io,
    /** Styles without colour: text comes back as it went in. */
    style,
    /** What every command gets: the io and the colourless style. */
    ctx: { io, style },
    /** The bundled example as `loadTarget` reads it (target 7, no time_zone). */
    loaded: await loadTarget(undefined, io),
    /** A fake io whose stdin holds `text`. */
    ioWithStdin: (text: string) => docIo(text).io,
    /** What `callhours <args>` prints on stdout, run in-process on the fake io (a leading `callhours` is dropped). */
    stdoutOf: async (commandLine: string) => {
      const fake = docIo()
      const args = commandLine.trim().split(/\s+/)
      await run(args[0] === 'callhours' ? args.slice(1) : args, fake.io)
      return fake.stdout()
    },
  }
}

const fixtures = {
  /** Mon–Fri 09:00–17:00, a weekly model (queries read it on the clock of the zone they are given). */
  weekdays9to5: scheduleFromIntervals([1, 2, 3, 4, 5].map((day) => ({ start: day * 1440 + 540, end: day * 1440 + 1020 }))),
  /** Saturday 22:00 to Sunday 02:00: one span across the week's edge, two pieces in normal form. */
  lateWeekend: scheduleFromIntervals([{ start: 9960, end: 10080 }, { start: 0, end: 120 }]),
  /** Mon–Fri 09:00–17:00 with Christmas (`--12-25`) closed and 2026-12-24 09:00–13:00 (docs/exceptions.md). */
  christmasCalendar: library.withExceptions(
    scheduleFromIntervals([1, 2, 3, 4, 5].map((day) => ({ start: day * 1440 + 540, end: day * 1440 + 1020 }))),
    [
      { date: '--12-25', closed: true, label: 'Christmas' },
      { date: '2026-12-24', hours: [{ time_open: 900, time_close: 1300 }], label: 'Christmas Eve' },
    ],
  ),
  /** Target 1: Mon–Fri 09:00–17:00 in New York; target 2: the same hours in Manila. */
  newYorkDesk: library.parseTarget({ id: 1, name: 'New York', time_zone: 'America/New_York', business_hours: [1, 2, 3, 4, 5].map((day) => ({ day_of_week: day, time_open: 900, time_close: 1700 })) }),
  manilaDesk: library.parseTarget({ id: 2, name: 'Manila', time_zone: 'Asia/Manila', business_hours: [1, 2, 3, 4, 5].map((day) => ({ day_of_week: day, time_open: 900, time_close: 1700 })) }),
  /** Target 1: Mon–Fri 09:00–17:00 in UTC; target 2: Mon–Fri 12:00–18:00 in UTC. */
  ukDesk9to17: library.parseTarget({ id: 1, name: 'UTC early', time_zone: 'UTC', business_hours: [1, 2, 3, 4, 5].map((day) => ({ day_of_week: day, time_open: 900, time_close: 1700 })) }),
  ukDesk12to18: library.parseTarget({ id: 2, name: 'UTC late', time_zone: 'UTC', business_hours: [1, 2, 3, 4, 5].map((day) => ({ day_of_week: day, time_open: 1200, time_close: 1800 })) }),
  /** 01:00–04:00 every day. */
  oneToFourEveryDay: scheduleFromIntervals([0, 1, 2, 3, 4, 5, 6].map((day) => ({ start: day * 1440 + 60, end: day * 1440 + 240 }))),
  /** A seeded PRNG in [0, 1) (mulberry32, test/routing/arbitraries.ts), for `routingOrder`'s `random`. */
  seeded: seededRandom,
  /** Targets open 24/7 in UTC, no caps: a (priority 1, weight 3), b (priority 1, weight 1), c (priority 2), d paused. */
  a: parseTarget({ name: 'a', priority: 1, weight: 3 }),
  b: parseTarget({ name: 'b', priority: 1, weight: 1 }),
  c: parseTarget({ name: 'c', priority: 2 }),
  d: parseTarget({ name: 'd', paused: true }),
  /** Two targets open 24/7 with priority 1 and weight 0. */
  x0: parseTarget({ name: 'x0', weight: 0 }),
  y0: parseTarget({ name: 'y0', weight: 0 }),
  weekdays9to5DailyCapFull,
  /** docs/target.md's name for the same target. */
  office: weekdays9to5DailyCapFull,
  /** Internal helpers that examples call: the zone cache, the CLI's styles and reader. */
  zoneFor,
  createStyle,
  loadTarget,
  readLoaded,
  checkSpec,
}

// ---------------------------------------------------------------------------------------------------
// Known code bugs: examples that document the right behaviour, which the code does not (yet) have.
// Each test is marked `it.fails`, so it turns red once the code is fixed: then remove its entry.
// ---------------------------------------------------------------------------------------------------

const KNOWN_CODE_BUGS: Record<string, string> = {}

// ---------------------------------------------------------------------------------------------------
// Finding and running the examples
// ---------------------------------------------------------------------------------------------------

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : []
  })
}

const toPosix = (path: string): string => relative(ROOT, path).split(sep).join('/')

const srcFiles = sourceFiles(join(ROOT, 'src')).map(toPosix).sort()
const markdownFiles = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((name) => name.endsWith('.md')).sort().map((name) => `docs/${name}`)]

const read = (file: string): string => readFileSync(join(ROOT, file), 'utf8')

const examplesByFile = new Map<string, DocExample[]>([
  ...srcFiles.map((file): [string, DocExample[]] => [file, examplesOf(docCommentBlocks(file, read(file)))]),
  ...markdownFiles.map((file): [string, DocExample[]] => [file, examplesOf(markdownBlocks(file, read(file)))]),
])

let cliScope: Promise<Record<string, unknown>> | undefined

/** The names an example of `file` sees; a doc comment's own file wins over the fixtures. */
async function scopeFor(file: string): Promise<Record<string, unknown>> {
  const own: Record<string, unknown> = file.startsWith('src/') ? await import(/* @vite-ignore */ join(ROOT, file)) : {}
  cliScope ??= cliFixtures()
  return { ...library, ...formats, ...fixtures, ...(await cliScope), ...own }
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/

/**
 * Compiles an example to a function of its scope that runs the setup, each statement in a block
 * nested in the one before (so a later `const` may shadow an earlier one or a scope name), and
 * returns a thunk of the expression, so its errors are told apart from the setup's.
 */
async function prepare(example: DocExample): Promise<() => Promise<unknown>> {
  const scope = await scopeFor(example.file)
  const names = Object.keys(scope).filter((name) => IDENTIFIER.test(name))
  const body = example.setup.map((statement) => `{\n${statement}\n;`).join('') + `return async () => (\n${example.code}\n);` + '\n}'.repeat(example.setup.length)
  const source = `(async function (${names.join(', ')}) {\n${body}\n})`
  let compiled: string
  try {
    compiled = transformSync(source, { loader: 'ts' }).code
  } catch (error) {
    throw new Error(`${example.file}:${example.line}: the example does not compile:\n${source}\n${String(error)}`)
  }
  const outer = new Function(`return ${compiled}`)() as (...values: unknown[]) => Promise<() => Promise<unknown>>
  return outer(...names.map((name) => scope[name]))
}

/** The names of an error's classes, its own first. */
function classNames(error: unknown): string[] {
  const names: string[] = []
  for (let proto = error === null || typeof error !== 'object' ? null : Object.getPrototypeOf(error); proto !== null; proto = Object.getPrototypeOf(proto)) {
    const name = (proto as { constructor?: { name?: string } }).constructor?.name
    if (typeof name === 'string' && name !== 'Object') names.push(name)
  }
  return names
}

async function runExample(example: DocExample): Promise<void> {
  const where = `${example.file}:${example.checkLine}`
  const { check } = example
  if (check.kind === 'broken') throw new Error(`${where}: ${check.reason}`)
  const evaluate = await prepare(example)
  if (check.kind === 'throws') {
    let thrown: unknown
    let threw = false
    try {
      const value = await evaluate()
      thrown = value
    } catch (error) {
      thrown = error
      threw = true
    }
    expect(threw, `${where}: ${example.code} should throw ${check.errorClass}, but returned ${show(thrown)}`).toBe(true)
    expect(classNames(thrown), `${where}: the error's class`).toContain(check.errorClass)
    if (check.message !== undefined) {
      const message = thrown instanceof Error ? thrown.message : String(thrown)
      expect(messageMatches(check.message, message), `${where}: the message\n  ${message}\ndoes not match\n  ${check.message}`).toBe(true)
    }
    return
  }
  const expected = parseExpected(check.expected)
  const actual = await evaluate()
  const difference = mismatch(expected, actual)
  if (difference !== null) throw new Error(`${where}: ${example.code}\n  ${difference}`)
}

// ---------------------------------------------------------------------------------------------------
// The tests
// ---------------------------------------------------------------------------------------------------

for (const [file, examples] of examplesByFile) {
  if (examples.length === 0) continue
  describe(file, () => {
    for (const example of examples) {
      const label = `${file}:${example.checkLine} ${example.code.split('\n')[0]?.slice(0, 70) ?? ''}`
      const bug = KNOWN_CODE_BUGS[`${file}:${example.checkLine}`]
      if (bug === undefined) it(label, () => runExample(example))
      else it.fails(`${label} — KNOWN CODE BUG: ${bug}`, () => runExample(example))
    }
  })
}

describe('the doc-example extractor', () => {
  it('finds examples in src, README.md and docs (a check over nothing would pass vacuously)', () => {
    const count = (prefix: string) => [...examplesByFile].filter(([file]) => file.startsWith(prefix)).reduce((sum, [, list]) => sum + list.length, 0)
    expect(count('src/')).toBeGreaterThan(100)
    expect(count('README.md')).toBeGreaterThan(4)
    expect(count('docs/')).toBeGreaterThan(10)
  })

  it('turns every //=> of src, README.md and docs into an example', () => {
    const missed: string[] = []
    for (const [file, examples] of examplesByFile) {
      const covered = new Set(examples.map((example) => example.checkLine))
      for (const line of arrowLines(read(file))) if (!covered.has(line)) missed.push(`${file}:${line}`)
    }
    expect(missed, 'these //=> are not examples the extractor reads (outside @example or a ts/js fence, or inside an expected value)').toEqual([])
  })
})

describe('reading and comparing expected values', () => {
  const matches = (expected: string, actual: unknown) => mismatch(parseExpected(expected), actual)

  it('fails on an expected value it cannot read, never skips it', () => {
    expect(() => parseExpected('ok, intervals 1440–2880')).toThrow(SyntaxError)
    expect(() => parseExpected('[6 × missing_day]')).toThrow(SyntaxError)
    expect(() => parseExpected('{ intervals: [...] }')).toThrow(SyntaxError)
    expect(() => parseExpected("'a' 'b'")).toThrow(SyntaxError)
  })

  it('compares exactly: deep, every field, every item', () => {
    expect(matches("{ id: 7, name: 'a' }", { id: 7, name: 'a' })).toBeNull()
    expect(matches('{ id: 7 }', { id: 7, name: 'a' })).toMatch(/fields the docs do not show \(name/)
    expect(matches('[1, 2]', [1, 2, 3])).toMatch(/expected 2 items/)
    expect(matches("'UTC'", 'Etc/UTC')).toMatch(/expected "UTC"/)
    expect(matches('0', '0')).not.toBeNull()
    expect(matches('{ a: undefined, b: 1 }', { b: 1 })).toBeNull()
  })

  it('reads bare ISO instants as Dates, and a Date equals its ISO text', () => {
    expect(matches('2026-11-30T22:00:00.000Z (17:00 EST)', new Date('2026-11-30T22:00:00Z'))).toBeNull()
    expect(matches('2026-11-30T22:00:00.000Z', '2026-11-30T22:00:00.000Z')).toMatch(/the Date/)
    expect(matches("'2026-11-30T22:00:00.000Z'", new Date('2026-11-30T22:00:00Z'))).toBeNull()
    expect(matches('2026-11-30T22:00:00.000Z', new Date('2026-11-30T22:01:00Z'))).not.toBeNull()
  })

  it('reads … as more fields or items, shown ones in order', () => {
    expect(matches("{ code: 'x', … }", { code: 'x', message: 'm' })).toBeNull()
    expect(matches('[1, …]', [1, 2, 3])).toBeNull()
    expect(matches('[…, 3]', [1, 2, 3])).toBeNull()
    expect(matches('[…, 2, …]', [1, 2, 3])).toBeNull()
    expect(matches('[…, 4, …]', [1, 2, 3])).not.toBeNull()
    expect(matches('[2, …]', [1, 2, 3])).not.toBeNull()
    expect(matches('[1, …, 1]', [1])).not.toBeNull()
  })

  it('joins strings with + and reads escapes', () => {
    expect(matches("'a\\n' +\n 'b'", 'a\nb')).toBeNull()
    expect(matches("'\\u001b[32m'", '\u001b[32m')).toBeNull()
  })

  it('matches error messages exactly, … standing for any text', () => {
    expect(messageMatches('Unknown time zone "Mars" …', 'Unknown time zone "Mars": expected …')).toBe(true)
    expect(messageMatches('… id 9 …', 'Invalid (1 error): id 9 is unknown')).toBe(true)
    expect(messageMatches('Unknown time zone', 'Unknown time zone "Mars"')).toBe(false)
    expect(messageMatches('a … c', 'a b d')).toBe(false)
  })

  it('splits a block into setup and examples, and turns a //=> without an expression into a failing example', () => {
    const lines = [
      'const x = [1,',
      '  2]',
      'x.length //=> 2',
      'x',
      '// a remark',
      '//=> [1,',
      '//    2]',
      'f() // throws RangeError: bad …',
      '//=> 3',
    ].map((text, i) => ({ text, line: i + 1 }))
    const items = blockItems({ file: 'x.md', source: 'markdown', lines })
    expect(items.map((item) => [item.kind, item.code, item.kind === 'example' ? item.check : undefined])).toEqual([
      ['setup', 'const x = [1,\n  2]', undefined],
      ['example', 'x.length', { kind: 'value', expected: '2' }],
      ['example', 'x', { kind: 'value', expected: '[1,\n    2]' }],
      ['example', 'f()', { kind: 'throws', errorClass: 'RangeError', message: 'bad …' }],
      ['example', '', expect.objectContaining({ kind: 'broken' })],
    ])
  })
})
