/**
 * A small, strict XML 1.0 well-formedness checker for tests (no XML parser is installed).
 *
 * Covers what a standalone SVG needs: one root element, matching start/end tags, quoted and unique
 * attributes, only the predefined and numeric character references, no raw `<` or `&` in text or
 * attribute values, only XML `Char`s, comments and an optional `<?xml …?>` declaration. No DTDs,
 * CDATA or processing instructions other than the declaration (they are rejected, not skipped).
 * Returns the element tree so tests can query it without regular expressions over markup.
 */

export interface XmlElement {
  readonly name: string
  readonly attributes: ReadonlyMap<string, string>
  readonly children: readonly XmlElement[]
  /** The element's own character data (children's text excluded), references decoded. */
  readonly text: string
}

interface MutableElement {
  name: string
  attributes: Map<string, string>
  children: MutableElement[]
  text: string
}

const PREDEFINED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function isXmlChar(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  )
}

function isNameStart(char: string): boolean {
  return (char >= 'A' && char <= 'Z') || (char >= 'a' && char <= 'z') || char === '_' || char === ':'
}

function isNameChar(char: string): boolean {
  return isNameStart(char) || (char >= '0' && char <= '9') || char === '-' || char === '.'
}

function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r'
}

/** Parses `text` strictly; throws an Error naming the offset of the first problem. */
export function parseXml(text: string): XmlElement {
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0
    if (!isXmlChar(codePoint)) throw new Error(`not an XML character U+${codePoint.toString(16)}`)
  }
  let pos = 0
  const fail = (message: string): never => {
    throw new Error(`${message} at offset ${pos}: ${JSON.stringify(text.slice(pos, pos + 30))}`)
  }
  const peek = (offset = 0): string | undefined => text[pos + offset]
  const startsWith = (literal: string): boolean => text.startsWith(literal, pos)
  const skipSpace = (): void => {
    while (isSpace(peek())) pos++
  }
  const readName = (): string => {
    const first = peek()
    if (first === undefined || !isNameStart(first)) fail('expected a name')
    const start = pos
    while (peek() !== undefined && isNameChar(peek() as string)) pos++
    return text.slice(start, pos)
  }
  const readReference = (): string => {
    // at '&'
    const end = text.indexOf(';', pos)
    if (end < 0) fail('unterminated reference')
    const body = text.slice(pos + 1, end)
    let value: string | undefined
    if (body.startsWith('#x')) {
      if (/^#x[0-9a-fA-F]+$/.test(body)) value = String.fromCodePoint(Number.parseInt(body.slice(2), 16))
    } else if (body.startsWith('#')) {
      if (/^#[0-9]+$/.test(body)) value = String.fromCodePoint(Number.parseInt(body.slice(1), 10))
    } else {
      value = PREDEFINED[body]
    }
    if (value === undefined) fail('bad reference')
    pos = end + 1
    return value as string
  }
  const skipComment = (): void => {
    const end = text.indexOf('-->', pos + 4)
    if (end < 0) fail('unterminated comment')
    if (text.slice(pos + 4, end).includes('--')) fail('"--" inside a comment')
    pos = end + 3
  }
  const skipMisc = (): void => {
    for (;;) {
      skipSpace()
      if (startsWith('<!--')) skipComment()
      else return
    }
  }

  if (startsWith('<?xml')) {
    const end = text.indexOf('?>', pos)
    if (end < 0) fail('unterminated XML declaration')
    pos = end + 2
  }
  skipMisc()
  if (peek() !== '<') fail('expected the root element')

  function readStartTag(): { element: MutableElement; selfClosing: boolean } {
    pos++ // '<'
    const element: MutableElement = { name: readName(), attributes: new Map(), children: [], text: '' }
    for (;;) {
      const hadSpace = isSpace(peek())
      skipSpace()
      if (startsWith('/>')) {
        pos += 2
        return { element, selfClosing: true }
      }
      if (peek() === '>') {
        pos++
        return { element, selfClosing: false }
      }
      if (!hadSpace) fail('expected whitespace before an attribute')
      const name = readName()
      if (element.attributes.has(name)) fail(`duplicate attribute ${name}`)
      skipSpace()
      if (peek() !== '=') fail('expected "="')
      pos++
      skipSpace()
      const quote = peek()
      if (quote !== '"' && quote !== "'") fail('expected a quoted attribute value')
      pos++
      let value = ''
      for (;;) {
        const char = peek()
        if (char === undefined) fail('unterminated attribute value')
        if (char === quote) break
        if (char === '<') fail('"<" in an attribute value')
        if (char === '&') value += readReference()
        else {
          value += char
          pos++
        }
      }
      pos++
      element.attributes.set(name, value)
    }
  }

  const root = readStartTag()
  const stack: MutableElement[] = root.selfClosing ? [] : [root.element]
  while (stack.length > 0) {
    const current = stack[stack.length - 1] as MutableElement
    const char = peek()
    if (char === undefined) fail(`unclosed <${current.name}>`)
    if (char === '<') {
      if (startsWith('<!--')) {
        skipComment()
      } else if (startsWith('</')) {
        pos += 2
        const name = readName()
        skipSpace()
        if (peek() !== '>') fail('expected ">" closing an end tag')
        pos++
        if (name !== current.name) fail(`end tag </${name}> does not match <${current.name}>`)
        stack.pop()
      } else if (startsWith('<!') || startsWith('<?')) {
        fail('unsupported markup')
      } else {
        const child = readStartTag()
        current.children.push(child.element)
        if (!child.selfClosing) stack.push(child.element)
      }
    } else if (char === '&') {
      current.text += readReference()
    } else {
      if (startsWith(']]>')) fail('"]]>" in text')
      current.text += char
      pos++
    }
  }
  skipMisc()
  if (pos < text.length) fail('content after the root element')
  return root.element
}

/** All elements in document order, the root first. */
export function allElements(root: XmlElement): XmlElement[] {
  const found: XmlElement[] = [root]
  for (const child of root.children) found.push(...allElements(child))
  return found
}
