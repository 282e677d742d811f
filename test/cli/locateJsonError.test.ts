import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { locateJsonError } from '../../src/cli/locateJsonError'

describe('locateJsonError — examples', () => {
  it.each([
    ['{\n  "a": }', 9, 2, 8, "unexpected '}', expected a value"],
    ['', 0, 1, 1, 'unexpected end of input, expected a value'],
    ['[1, 2,]', 6, 1, 7, "unexpected ']', expected a value"],
    ['{"a" 1}', 5, 1, 6, "unexpected '1', expected ':' after the property name"],
    ['{"a": 1', 7, 1, 8, "unexpected end of input, expected ',' or '}'"],
    ["{'a': 1}", 1, 1, 2, "unexpected ''', expected a property name in double quotes"],
    ['"abc', 4, 1, 5, 'unterminated string'],
    ['nul', 3, 1, 4, 'unexpected end of input in "null"'],
    ['01', 1, 1, 2, "unexpected '1' after the end of the JSON value"],
    ['[1.]', 3, 1, 4, "unexpected ']', expected a digit in a fraction"],
    ['"a\tb"', 2, 1, 3, 'unexpected control character U+0009 in a string'],
    ['"\\x"', 2, 1, 3, "bad escape '\\x'"],
    ['"\\u12g4"', 5, 1, 6, "unexpected 'g' in a \\u escape"],
    ['-', 1, 1, 2, 'unexpected end of input, expected a digit in a number'],
    ['1e', 2, 1, 3, 'unexpected end of input, expected a digit in an exponent'],
    ['{"a":1,}', 7, 1, 8, "unexpected '}', expected a property name in double quotes"],
    ['{} {}', 3, 1, 4, "unexpected '{' after the end of the JSON value"],
  ])('%j fails at position %d (line %d, column %d)', (text, position, line, column, problem) => {
    expect(() => JSON.parse(text) as unknown).toThrow(SyntaxError)
    expect(locateJsonError(text)).toEqual({ position, line, column, problem })
  })

  it('gives up (null) rather than overflow on very deep nesting', () => {
    expect(locateJsonError(`${'['.repeat(5000)}x`)).toBeNull()
  })
})

describe('locateJsonError — properties', () => {
  it('finds nothing wrong in valid JSON', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(locateJsonError(text)).toBeNull()
      }),
      { numRuns: 300 },
    )
  })

  it('agrees with JSON.parse on validity, and with its position where V8 gives one', () => {
    // Valid JSON with one character inserted, deleted or replaced: often invalid, sometimes not.
    const mutated = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('insert', 'delete', 'replace'), fc.constantFrom('}', ']', ',', ':', '"', 'x', '1', ' ', '\n', '{', '['))
      .map(([text, at, how, char]) => {
        const i = text.length === 0 ? 0 : at % text.length
        if (how === 'insert') return text.slice(0, i) + char + text.slice(i)
        if (how === 'delete') return text.slice(0, i) + text.slice(i + 1)
        return text.slice(0, i) + char + text.slice(i + 1)
      })
    fc.assert(
      fc.property(mutated, (text) => {
        let v8Message: string | undefined
        try {
          JSON.parse(text)
        } catch (error) {
          v8Message = (error as Error).message
        }
        const location = locateJsonError(text)
        if (v8Message === undefined) {
          expect(location).toBeNull()
          return
        }
        expect(location).not.toBeNull()
        if (location === null) return
        expect(location.position).toBeGreaterThanOrEqual(0)
        expect(location.position).toBeLessThanOrEqual(text.length)
        const v8Position = /at position (\d+)/.exec(v8Message)
        if (v8Position !== null) expect(location.position).toBe(Number(v8Position[1]))
      }),
      { numRuns: 500 },
    )
  })
})
