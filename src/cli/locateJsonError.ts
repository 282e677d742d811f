/**
 * Where JSON text stops being valid, and why.
 *
 * @example
 * locateJsonError('[1, 2,]') //=> { position: 6, line: 1, column: 7, problem: "unexpected ']', expected a value" }
 */
export interface JsonErrorLocation {
  /** Offset in UTF-16 code units from the start of the text (what `JSON.parse` messages call "position"). */
  readonly position: number
  /** 1-based line. */
  readonly line: number
  /** 1-based column, in code units. */
  readonly column: number
  /** What was wrong there, e.g. `unexpected '}'` or `unexpected end of input`. */
  readonly problem: string
}

/** Deeper than this the scanner gives up (returns null) rather than risk the call stack. */
const MAX_DEPTH = 1000

// Node 20's JSON.parse often says only `Unexpected token '}', "…" is not valid JSON`, with no
// position; people need a line and column to fix a file. This scanner follows the JSON grammar
// (RFC 8259) just far enough to find the first offending character.

/**
 * Finds the first place where `text` is not valid JSON.
 *
 * @param text - the text that `JSON.parse` rejected
 * @returns the location and a short reason; null when the text is valid JSON (or nested more than
 *   1000 levels deep, where the scanner gives up rather than risk the call stack)
 *
 * @example
 * locateJsonError('{\n  "a": }')
 * //=> { position: 9, line: 2, column: 8, problem: "unexpected '}', expected a value" }
 *
 * @example
 * // Edge: empty input
 * locateJsonError('')
 * //=> { position: 0, line: 1, column: 1, problem: 'unexpected end of input, expected a value' }
 */
export function locateJsonError(text: string): JsonErrorLocation | null {
  let i = 0
  const at = (problem: string): never => {
    throw new JsonSyntaxStop(i, problem)
  }
  const shown = (): string => {
    if (i >= text.length) return 'end of input'
    const char = text[i] ?? ''
    const code = char.charCodeAt(0)
    return code < 0x20 ? `control character U+${code.toString(16).toUpperCase().padStart(4, '0')}` : `'${char}'`
  }
  const skipSpace = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++
  }
  const literal = (word: string) => {
    for (const char of word) {
      if (text[i] !== char) at(`unexpected ${shown()} in ${JSON.stringify(word)}`)
      i++
    }
  }
  const digits = (what: string) => {
    if (!/[0-9]/.test(text[i] ?? '')) at(`unexpected ${shown()}, expected a digit in ${what}`)
    while (/[0-9]/.test(text[i] ?? '')) i++
  }
  const number = () => {
    if (text[i] === '-') i++
    if (text[i] === '0') i++
    else digits('a number')
    if (text[i] === '.') {
      i++
      digits('a fraction')
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++
      if (text[i] === '+' || text[i] === '-') i++
      digits('an exponent')
    }
  }
  const string = () => {
    i++ // opening quote
    for (;;) {
      if (i >= text.length) at('unterminated string')
      const char = text[i] ?? ''
      if (char === '"') {
        i++
        return
      }
      if (char.charCodeAt(0) < 0x20) at(`unexpected ${shown()} in a string`)
      if (char === '\\') {
        i++
        const escape = text[i] ?? ''
        if (escape === 'u') {
          i++
          for (let k = 0; k < 4; k++) {
            if (!/[0-9a-fA-F]/.test(text[i] ?? '')) at(`unexpected ${shown()} in a \\u escape`)
            i++
          }
          continue
        }
        if (!'"\\/bfnrt'.includes(escape) || escape === '') at(`bad escape ${escape === '' ? 'at end of input' : `'\\${escape}'`}`)
        i++
        continue
      }
      i++
    }
  }
  const value = (depth: number): void => {
    if (depth > MAX_DEPTH) throw new JsonSyntaxStop(-1, 'nested too deeply to locate')
    skipSpace()
    const char = text[i]
    if (char === '{') {
      i++
      skipSpace()
      if (text[i] === '}') {
        i++
        return
      }
      for (;;) {
        skipSpace()
        if (text[i] !== '"') at(`unexpected ${shown()}, expected a property name in double quotes`)
        string()
        skipSpace()
        if (text[i] !== ':') at(`unexpected ${shown()}, expected ':' after the property name`)
        i++
        value(depth + 1)
        skipSpace()
        if (text[i] === ',') {
          i++
          continue
        }
        if (text[i] === '}') {
          i++
          return
        }
        at(`unexpected ${shown()}, expected ',' or '}'`)
      }
    }
    if (char === '[') {
      i++
      skipSpace()
      if (text[i] === ']') {
        i++
        return
      }
      for (;;) {
        value(depth + 1)
        skipSpace()
        if (text[i] === ',') {
          i++
          continue
        }
        if (text[i] === ']') {
          i++
          return
        }
        at(`unexpected ${shown()}, expected ',' or ']'`)
      }
    }
    if (char === '"') return string()
    if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) return number()
    if (char === 't') return literal('true')
    if (char === 'f') return literal('false')
    if (char === 'n') return literal('null')
    at(`unexpected ${shown()}, expected a value`)
  }

  try {
    value(0)
    skipSpace()
    if (i < text.length) at(`unexpected ${shown()} after the end of the JSON value`)
    return null
  } catch (stop) {
    if (!(stop instanceof JsonSyntaxStop)) throw stop
    if (stop.position < 0) return null
    return { position: stop.position, ...lineAndColumn(text, stop.position), problem: stop.problem }
  }
}

/** Unwinds the scanner at the first error; never leaves this file. */
class JsonSyntaxStop extends Error {
  constructor(
    readonly position: number,
    readonly problem: string,
  ) {
    super(problem)
  }
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let k = 0; k < position && k < text.length; k++) {
    if (text[k] === '\n') {
      line++
      lineStart = k + 1
    }
  }
  return { line, column: position - lineStart + 1 }
}
