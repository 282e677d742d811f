/**
 * Finds the `//=>` examples of the docs (convention 14) and reads their expected values.
 *
 * Where examples live:
 * - every `/** … *\/` doc comment in `src/**\/*.ts`: the lines of its `@example` sections (up to the
 *   next `@tag`), the leading ` * ` stripped. All `@example` sections of one comment form one block,
 *   so a later section may use what an earlier one set up;
 * - every fenced ```ts / ```js / ```typescript / ```javascript block of README.md and docs/*.md.
 *   A Markdown page reads as one story: the setup of its earlier blocks that hold examples carries
 *   into its later blocks (blocks without any `//=>` — sketches, `fetch` calls — carry nothing).
 *
 * What a block holds, read top to bottom:
 * - `expression //=> expected`, or `expression` then a line starting `//=>` (plain `//` comment lines
 *   may stand between them, e.g. `// stdout: …`). The expected text continues on the following `//`
 *   lines while its brackets are open or it ends in `+` or `,`;
 * - `expression // throws ErrorClass` or `… // throws ErrorClass: message` (`//=> throws …` too): it
 *   must throw (or reject with) an instance of that class; with a message, the message must equal it,
 *   `…` standing for any text;
 * - any other statement is setup: it runs, in order, before the examples that follow it. `import`
 *   statements are dropped (the library is in scope).
 * A `//=>` with no expression before it is an example that always fails, so no `//=>` goes unchecked.
 */

/** What an example promises. */
export type DocCheck =
  | { readonly kind: 'value'; readonly expected: string }
  | { readonly kind: 'throws'; readonly errorClass: string; readonly message: string | undefined }
  /** An example that cannot run (a `//=>` without an expression, a `throws` line that cannot be read). */
  | { readonly kind: 'broken'; readonly reason: string }

/** One `//=>` (or `// throws`) example, ready to run. */
export interface DocExample {
  /** The file, relative to the repository root, with `/` separators. */
  readonly file: string
  /** 1-based line of the expression's first line (of the `//=>` line when there is no expression). */
  readonly line: number
  /** 1-based line of the `//=>` or `// throws` text. */
  readonly checkLine: number
  /** The expression, as written (TypeScript allowed). */
  readonly code: string
  readonly check: DocCheck
  /** Statements to run first, in order. */
  readonly setup: readonly string[]
}

/** A run of example lines: one doc comment's `@example` sections, or one fenced block. */
export interface DocBlock {
  readonly file: string
  readonly source: 'doc comment' | 'markdown'
  readonly lines: readonly { readonly text: string; readonly line: number }[]
}

const FENCE_LANGUAGES = new Set(['ts', 'js', 'typescript', 'javascript'])

/** The `@example` lines of every `/** … *\/` comment in a TypeScript source. */
export function docCommentBlocks(file: string, text: string): DocBlock[] {
  const lines = text.split('\n')
  const blocks: DocBlock[] = []
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*\/\*\*/.test(lines[i] ?? '')) continue
    const body: { text: string; line: number }[] = []
    let inExample = false
    for (let j = i; j < lines.length; j++) {
      const raw = lines[j] ?? ''
      const closes = raw.includes('*/')
      let content = raw
      if (j === i) content = content.replace(/^\s*\/\*\*\s?/, '')
      if (closes) content = content.slice(0, content.indexOf('*/'))
      if (j !== i) content = content.replace(/^\s*\*(?!\/) ?/, '')
      const tag = /^\s*@(\w+)/.exec(content)
      if (tag !== null) {
        inExample = tag[1] === 'example'
        content = content.replace(/^\s*@example\b\s?/, '')
        if (inExample && content.trim() !== '') body.push({ text: content, line: j + 1 })
      } else if (inExample) body.push({ text: content, line: j + 1 })
      if (closes) {
        i = j
        break
      }
    }
    if (body.length > 0) blocks.push({ file, source: 'doc comment', lines: body })
  }
  return blocks
}

/** The fenced ts/js blocks of a Markdown page (fences may be indented, e.g. inside a list item). */
export function markdownBlocks(file: string, text: string): DocBlock[] {
  const lines = text.split('\n')
  const blocks: DocBlock[] = []
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/.exec(lines[i] ?? '')
    if (open === null) continue
    const [, indent = '', fence = '```', language = ''] = open
    const body: { text: string; line: number }[] = []
    let j = i + 1
    for (; j < lines.length; j++) {
      const raw = lines[j] ?? ''
      if (raw.trim().startsWith(fence)) break
      body.push({ text: raw.startsWith(indent) ? raw.slice(indent.length) : raw.trimStart(), line: j + 1 })
    }
    if (FENCE_LANGUAGES.has(language.toLowerCase())) blocks.push({ file, source: 'markdown', lines: body })
    i = j
  }
  return blocks
}

/** A statement or an example of a block, in reading order. */
export type BlockItem =
  | { readonly kind: 'setup'; readonly code: string; readonly line: number }
  | { readonly kind: 'example'; readonly code: string; readonly line: number; readonly checkLine: number; readonly check: DocCheck }

/**
 * Where the code of a line ends and its `//` comment starts (outside strings), or -1. Template
 * literals and regular expressions are rare in examples; a `//` inside a template is still found.
 */
export function commentStart(line: string): number {
  let quote: string | null = null
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]
    if (quote !== null) {
      if (ch === '\\') i++
      else if (ch === quote) quote = null
    } else if (ch === "'" || ch === '"' || ch === '`') quote = ch
    else if (ch === '/' && line[i + 1] === '/') return i
  }
  return -1
}

/**
 * Whether code (comments already removed) is a finished statement: brackets balanced, no string
 * left open, and not ending in an operator or a comma that asks for more.
 */
export function isComplete(code: string): boolean {
  let depth = 0
  let quote: string | null = null
  for (let i = 0; i < code.length; i++) {
    const ch = code[i]
    if (quote !== null) {
      if (ch === '\\') i++
      else if (ch === quote) quote = null
      else if (ch === '\n' && quote !== '`') return false
    } else if (ch === "'" || ch === '"' || ch === '`') quote = ch
    else if (ch === '(' || ch === '[' || ch === '{') depth++
    else if (ch === ')' || ch === ']' || ch === '}') depth--
  }
  if (quote !== null || depth > 0) return false
  return !/(?:[+\-*/%=<>&|?:,.([{]|=>)\s*$/.test(code)
}

const THROWS = /^throws\b/

/** Reads `throws RangeError` / `throws RangeError: message …`. */
function throwsCheck(text: string): DocCheck {
  const match = /^throws\s+([A-Za-z_$][\w$]*)\s*(?::\s*(.*?))?\s*$/s.exec(text.trim())
  if (match === null) return { kind: 'broken', reason: `cannot read "${text.trim()}": write "throws ErrorClass" or "throws ErrorClass: message …"` }
  const message = match[2]
  return { kind: 'throws', errorClass: match[1] ?? '', message: message === undefined || message === '' ? undefined : message }
}

/** The check a `//=>` text makes: a value, or `throws …`. */
function arrowCheck(expected: string): DocCheck {
  return THROWS.test(expected.trim()) ? throwsCheck(expected) : { kind: 'value', expected: expected.trim() }
}

/** Whether an expected text asks for its next `//` line: brackets open, or it ends in `+` or `,`. */
function expectedContinues(expected: string): boolean {
  const withoutComments = expected
    .split('\n')
    .map((line) => {
      const at = commentStart(line)
      return at < 0 ? line : line.slice(0, at)
    })
    .join('\n')
  let depth = 0
  let quote: string | null = null
  for (let i = 0; i < withoutComments.length; i++) {
    const ch = withoutComments[i]
    if (quote !== null) {
      if (ch === '\\') i++
      else if (ch === quote) quote = null
    } else if (ch === "'" || ch === '"') quote = ch
    else if (ch === '(' || ch === '[' || ch === '{') depth++
    else if (ch === ')' || ch === ']' || ch === '}') depth--
  }
  return depth > 0 || /[+,]\s*$/.test(withoutComments)
}

/** Splits a block into setup statements and examples. */
export function blockItems(block: DocBlock): BlockItem[] {
  const { lines } = block
  const items: BlockItem[] = []
  let pending: string[] = []
  let pendingLine = 0
  let i = 0

  /** Reads the expected text starting at line `at` (after `//=>`), with its continuation lines. */
  const readExpected = (first: string, at: number): { expected: string; next: number } => {
    let expected = first
    let next = at + 1
    while (next < lines.length && expectedContinues(expected)) {
      const text = (lines[next]?.text ?? '').trim()
      if (!text.startsWith('//') || text.startsWith('//=>')) break
      expected += '\n' + text.slice(2)
      next++
    }
    return { expected, next }
  }

  const finishExample = (code: string, line: number, checkLine: number, check: DocCheck): void => {
    items.push({ kind: 'example', code, line, checkLine, check })
    pending = []
  }

  while (i < lines.length) {
    const { text: raw, line } = lines[i] ?? { text: '', line: 0 }
    const trimmed = raw.trim()

    if (pending.length === 0) {
      if (trimmed === '') {
        i++
        continue
      }
      if (trimmed.startsWith('//=>')) {
        const { expected, next } = readExpected(trimmed.slice(4), i)
        items.push({
          kind: 'example',
          code: '',
          line,
          checkLine: line,
          check: { kind: 'broken', reason: `"//=>${expected.split('\n')[0]}" has no expression before it: put the call on the line above` },
        })
        i = next
        continue
      }
      if (trimmed.startsWith('//')) {
        i++
        continue
      }
      pendingLine = line
    }

    const at = commentStart(raw)
    const code = at < 0 ? raw : raw.slice(0, at)
    const comment = at < 0 ? '' : raw.slice(at + 2)
    pending.push(code)
    const joined = pending.join('\n').trim()

    if (comment.startsWith('=>')) {
      const { expected, next } = readExpected(comment.slice(2), i)
      finishExample(joined, pendingLine, line, arrowCheck(expected))
      i = next
      continue
    }
    if (THROWS.test(comment.trim())) {
      finishExample(joined, pendingLine, line, throwsCheck(comment))
      i++
      continue
    }
    i++
    if (!isComplete(joined)) continue

    // A finished statement: an example when the next line that is not a plain comment is `//=>` or
    // `// throws`, else setup.
    let k = i
    while (k < lines.length) {
      const next = (lines[k]?.text ?? '').trim()
      if (!next.startsWith('//') || next.startsWith('//=>') || THROWS.test(next.slice(2).trim())) break
      k++
    }
    const next = (lines[k]?.text ?? '').trim()
    if (next.startsWith('//=>')) {
      const { expected, next: after } = readExpected(next.slice(4), k)
      finishExample(joined, pendingLine, lines[k]?.line ?? 0, arrowCheck(expected))
      i = after
    } else if (next.startsWith('//') && THROWS.test(next.slice(2).trim())) {
      finishExample(joined, pendingLine, lines[k]?.line ?? 0, throwsCheck(next.slice(2)))
      i = k + 1
    } else {
      if (joined !== '' && !/^import\b/.test(joined)) items.push({ kind: 'setup', code: joined, line: pendingLine })
      pending = []
    }
  }
  if (pending.join('').trim() !== '' && !/^import\b/.test(pending.join('\n').trim())) {
    items.push({ kind: 'setup', code: pending.join('\n').trim(), line: pendingLine })
  }
  return items
}

/**
 * The examples of one file's blocks, each with the setup it needs: the block's statements before it
 * and, in Markdown, the statements of earlier blocks that hold examples.
 */
export function examplesOf(blocks: readonly DocBlock[]): DocExample[] {
  const examples: DocExample[] = []
  let carried: string[] = []
  for (const block of blocks) {
    const items = blockItems(block)
    const setup = block.source === 'markdown' ? [...carried] : []
    for (const item of items) {
      if (item.kind === 'setup') setup.push(item.code)
      else examples.push({ file: block.file, line: item.line, checkLine: item.checkLine, code: item.code, check: item.check, setup: [...setup] })
    }
    if (block.source === 'markdown' && items.some((item) => item.kind === 'example')) carried = setup
  }
  return examples
}

/** The lines of a text that hold `//=>` (1-based). */
export function arrowLines(text: string): number[] {
  return text.split('\n').flatMap((line, i) => (line.includes('//=>') ? [i + 1] : []))
}

// ---------------------------------------------------------------------------------------------------
// Expected values
// ---------------------------------------------------------------------------------------------------

/** An expected value, as read from the docs. */
export type Expected =
  | { readonly kind: 'literal'; readonly value: string | number | boolean | null | undefined }
  /** A bare ISO instant: equals a `Date` with that `toISOString()`. */
  | { readonly kind: 'instant'; readonly iso: string }
  /** `partial`: a `…` stood among the items (or fields): more not shown. */
  | { readonly kind: 'array'; readonly items: readonly (Expected | 'more')[] }
  | { readonly kind: 'object'; readonly fields: ReadonlyMap<string, Expected>; readonly partial: boolean }

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?Z/

/**
 * Reads an expected text: a JS-like literal (strings, possibly joined by `+`, numbers, booleans,
 * `null`, `undefined`, arrays, objects, bare ISO instants, `…` for more items or fields), optionally
 * followed by one parenthesised remark such as `(17:00 EST)`. `//` comments are skipped.
 * @throws {SyntaxError} naming the place, for anything else
 */
export function parseExpected(text: string): Expected {
  let pos = 0

  const fail = (what: string): never => {
    throw new SyntaxError(`cannot read the expected value at "${text.slice(pos, pos + 30)}": ${what} (in: ${text.trim()})`)
  }

  const skip = (): void => {
    for (;;) {
      while (pos < text.length && /\s/.test(text[pos] ?? '')) pos++
      if (text.startsWith('//', pos)) {
        const end = text.indexOf('\n', pos)
        pos = end < 0 ? text.length : end
      } else return
    }
  }

  const string = (): string => {
    const quote = text[pos]
    let out = ''
    pos++
    while (pos < text.length && text[pos] !== quote) {
      const ch = text[pos] ?? ''
      if (ch === '\n') fail('a string runs past the end of its line')
      if (ch !== '\\') {
        out += ch
        pos++
        continue
      }
      const esc = text[pos + 1] ?? ''
      pos += 2
      if (esc === 'n') out += '\n'
      else if (esc === 't') out += '\t'
      else if (esc === 'r') out += '\r'
      else if (esc === '0') out += '\0'
      else if (esc === 'u' && text[pos] === '{') {
        const end = text.indexOf('}', pos)
        out += String.fromCodePoint(parseInt(text.slice(pos + 1, end), 16))
        pos = end + 1
      } else if (esc === 'u') {
        out += String.fromCharCode(parseInt(text.slice(pos, pos + 4), 16))
        pos += 4
      } else if (esc === 'x') {
        out += String.fromCharCode(parseInt(text.slice(pos, pos + 2), 16))
        pos += 2
      } else out += esc
    }
    if (pos >= text.length) fail('a string is not closed')
    pos++
    return out
  }

  const value = (): Expected => {
    skip()
    const ch = text[pos]
    if (ch === "'" || ch === '"') {
      let out = string()
      for (;;) {
        const save = pos
        skip()
        if (text[pos] !== '+') {
          pos = save
          break
        }
        pos++
        skip()
        if (text[pos] !== "'" && text[pos] !== '"') fail('only strings can be joined with +')
        out += string()
      }
      return { kind: 'literal', value: out }
    }
    if (ch === '[') {
      pos++
      const items: (Expected | 'more')[] = []
      for (;;) {
        skip()
        if (text[pos] === ']') break
        if (text[pos] === '…') {
          pos++
          items.push('more')
        } else items.push(value())
        skip()
        if (text[pos] === ',') pos++
        else if (text[pos] !== ']') fail('expected , or ]')
      }
      pos++
      return { kind: 'array', items }
    }
    if (ch === '{') {
      pos++
      const fields = new Map<string, Expected>()
      let partial = false
      for (;;) {
        skip()
        if (text[pos] === '}') break
        if (text[pos] === '…') {
          pos++
          partial = true
        } else {
          let key: string
          if (text[pos] === "'" || text[pos] === '"') key = string()
          else {
            const name = /^[A-Za-z_$][\w$]*|^\d+/.exec(text.slice(pos))
            if (name === null) fail('expected a key')
            key = name?.[0] ?? ''
            pos += key.length
          }
          skip()
          if (text[pos] !== ':') fail(`expected : after the key ${key}`)
          pos++
          if (fields.has(key)) fail(`the key ${key} is given twice`)
          fields.set(key, value())
        }
        skip()
        if (text[pos] === ',') pos++
        else if (text[pos] !== '}') fail('expected , or }')
      }
      pos++
      return { kind: 'object', fields, partial }
    }
    const rest = text.slice(pos)
    const instant = INSTANT.exec(rest)
    if (instant !== null) {
      pos += instant[0].length
      return { kind: 'instant', iso: instant[0] }
    }
    const number = /^-?(?:\d[\d_]*(?:\.\d+)?(?:e[+-]?\d+)?|Infinity|NaN)(?![\w$])/.exec(rest)
    if (number !== null) {
      pos += number[0].length
      return { kind: 'literal', value: Number(number[0].replace(/_/g, '')) }
    }
    const word = /^(true|false|null|undefined)(?![\w$])/.exec(rest)
    if (word !== null) {
      pos += word[0].length
      const literal = { true: true, false: false, null: null, undefined: undefined }[word[1] as 'true' | 'false' | 'null' | 'undefined']
      return { kind: 'literal', value: literal }
    }
    return fail('expected a string, number, boolean, null, undefined, array, object or ISO instant')
  }

  const result = value()
  skip()
  if (text[pos] === '(') {
    // A remark for the reader, such as `(17:00 EST)`: not checked.
    let depth = 0
    for (; pos < text.length; pos++) {
      if (text[pos] === '(') depth++
      else if (text[pos] === ')' && --depth === 0) {
        pos++
        break
      }
    }
    if (depth !== 0) fail('a remark in parentheses is not closed')
    skip()
  }
  if (pos < text.length) fail('unexpected text after the value')
  return result
}

/** A short text of a value, for messages. */
export function show(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString()
  if (typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'function') return `[function ${value.name}]`
  if (value === undefined) return 'undefined'
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value)
  try {
    return JSON.stringify(value, (_key, v: unknown) => (v === undefined ? '<undefined>' : v))
  } catch {
    return String(value)
  }
}

/**
 * Where `actual` differs from `expected`, or null when it matches. Deep and exact, except: a `Date`
 * equals its ISO text (bare or quoted); `…` lets an array have more items around the shown ones
 * (which stay in order, each run of them adjacent) and an object more fields; a field shown as
 * `undefined` also matches a field that is absent.
 */
export function mismatch(expected: Expected, actual: unknown, path = 'value'): string | null {
  const differs = (what: string): string => `${path}: expected ${what}, received ${show(actual)}`
  switch (expected.kind) {
    case 'literal': {
      const want = expected.value
      if (actual instanceof Date && typeof want === 'string') {
        return !Number.isNaN(actual.getTime()) && actual.toISOString() === want ? null : differs(show(want))
      }
      return Object.is(actual, want) || (actual === 0 && want === 0) ? null : differs(show(want))
    }
    case 'instant':
      return actual instanceof Date && !Number.isNaN(actual.getTime()) && actual.toISOString() === expected.iso
        ? null
        : differs(`the Date ${expected.iso}`)
    case 'array': {
      if (!Array.isArray(actual)) return differs('an array')
      return arrayMismatch(expected.items, actual, path)
    }
    case 'object': {
      if (actual === null || typeof actual !== 'object' || Array.isArray(actual) || actual instanceof Date) {
        return differs('an object')
      }
      const record = actual as Record<string, unknown>
      for (const [key, want] of expected.fields) {
        const inner = mismatch(want, Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined, `${path}.${key}`)
        if (inner !== null) return inner
      }
      if (!expected.partial) {
        const extra = Object.keys(record).filter((key) => !expected.fields.has(key) && record[key] !== undefined)
        if (extra.length > 0) return `${path}: has fields the docs do not show (${extra.join(', ')}; write … to allow more), received ${show(actual)}`
      }
      return null
    }
  }
}

/** Glob matching of array items: runs of shown items separated by `…`. */
function arrayMismatch(items: readonly (Expected | 'more')[], actual: readonly unknown[], path: string): string | null {
  const runs: Expected[][] = [[]]
  for (const item of items) {
    if (item === 'more') runs.push([])
    else runs[runs.length - 1]?.push(item)
  }
  const runAt = (run: readonly Expected[], at: number): string | null => {
    for (let i = 0; i < run.length; i++) {
      const want = run[i]
      if (want === undefined) continue
      const inner = mismatch(want, actual[at + i], `${path}[${at + i}]`)
      if (inner !== null) return inner
    }
    return null
  }
  if (runs.length === 1) {
    const run = runs[0] ?? []
    if (run.length !== actual.length) return `${path}: expected ${run.length} items, received ${actual.length}: ${show(actual)}`
    return runAt(run, 0)
  }
  const first = runs[0] ?? []
  const last = runs[runs.length - 1] ?? []
  const shown = runs.reduce((sum, run) => sum + run.length, 0)
  if (actual.length < shown) return `${path}: expected at least ${shown} items, received ${actual.length}: ${show(actual)}`
  const head = runAt(first, 0)
  if (head !== null) return head
  const tailAt = actual.length - last.length
  const tail = runAt(last, tailAt)
  if (tail !== null) return tail
  let at = first.length
  for (const run of runs.slice(1, -1)) {
    let found = -1
    for (let start = at; start + run.length <= tailAt; start++) {
      if (runAt(run, start) === null) {
        found = start
        break
      }
    }
    if (found < 0) return `${path}: no items in order match ${run.length} shown after item ${at - 1}: ${show(actual)}`
    at = found + run.length
  }
  return null
}

/**
 * Whether an error message matches the text a `throws` line gives: equal, with `…` standing for any
 * text (so `Unknown time zone "Mars" …` asks for that start).
 */
export function messageMatches(pattern: string, message: string): boolean {
  const parts = pattern.split('…').map((part) => part.trim())
  if (parts.length === 1) return message === pattern.trim()
  let at = 0
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? ''
    if (part === '') continue
    const found = i === 0 ? (message.startsWith(part) ? 0 : -1) : message.indexOf(part, at)
    if (found < 0) return false
    at = found + part.length
  }
  const lastPart = parts[parts.length - 1] ?? ''
  return lastPart === '' || message.endsWith(lastPart)
}
