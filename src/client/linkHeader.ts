/** One link of a `Link` header: its target as written, and its relation types (lower case). */
export interface LinkValue {
  readonly target: string
  readonly rel: readonly string[]
}

/** At most this many links are read from one header; a longer one is refused. */
export const MAX_LINKS = 100

/**
 * Reads a `Link` header as RFC 8288 writes it: `<target>; param=value; param="quoted, value"`,
 * links separated by commas that stand outside `<…>` and quotes — so a target or a parameter with
 * a comma in it is read whole. `rel` may hold several space-separated types; only its first
 * occurrence counts (RFC 8288 §3.3). Internal to the package.
 *
 * @param header - the header's value
 * @returns the links in order, or a reason when the header does not follow the grammar
 *
 * @example
 * parseLinkHeader('<https://api.example/t.json?page=2&tags=a,b>; rel="next", <https://api.example/t.json?page=9>; rel=last')
 * //=> { ok: true, links: [{ target: 'https://api.example/t.json?page=2&tags=a,b', rel: ['next'] }, { target: 'https://api.example/t.json?page=9', rel: ['last'] }] }
 *
 * @example
 * // Edge: something that is not a link
 * parseLinkHeader('next page: /t.json?page=2')
 * //=> { ok: false, reason: 'expected "<" at character 1, found "n"' }
 */
export function parseLinkHeader(header: string): { ok: true; links: LinkValue[] } | { ok: false; reason: string } {
  const links: LinkValue[] = []
  let i = 0
  const n = header.length
  const fail = (expected: string) => ({ ok: false as const, reason: `expected ${expected} at character ${i + 1}, found ${i < n ? JSON.stringify(header[i]) : 'the end'}` })
  const skipSpace = (): void => {
    while (i < n && (header[i] === ' ' || header[i] === '\t')) i++
  }
  while (i < n) {
    skipSpace()
    if (header[i] === ',') {
      i++
      continue
    }
    if (i >= n) break
    if (header[i] !== '<') return fail('"<"')
    const close = header.indexOf('>', i + 1)
    if (close < 0) return fail('">"')
    const target = header.slice(i + 1, close)
    i = close + 1
    let rel: string[] | undefined
    for (;;) {
      skipSpace()
      if (i >= n || header[i] === ',') break
      if (header[i] !== ';') return fail('";" or ","')
      i++
      skipSpace()
      const nameStart = i
      while (i < n && /[!#$%&'*+\-.^_`|~0-9A-Za-z]/.test(header[i]!)) i++
      if (i === nameStart) return fail('a parameter name')
      const name = header.slice(nameStart, i).toLowerCase()
      skipSpace()
      let value = ''
      if (header[i] === '=') {
        i++
        skipSpace()
        if (header[i] === '"') {
          i++
          let text = ''
          for (;;) {
            if (i >= n) return fail('a closing quote')
            const c = header[i]!
            if (c === '"') break
            if (c === '\\' && i + 1 < n) i++
            text += header[i]
            i++
          }
          i++
          value = text
        } else {
          const valueStart = i
          while (i < n && header[i] !== ';' && header[i] !== ',' && header[i] !== ' ' && header[i] !== '\t') i++
          value = header.slice(valueStart, i)
        }
      }
      if (name === 'rel' && rel === undefined) rel = value.toLowerCase().split(/\s+/).filter((type) => type !== '')
    }
    links.push({ target, rel: rel ?? [] })
    if (links.length > MAX_LINKS) return { ok: false, reason: `more than ${MAX_LINKS} links` }
  }
  return { ok: true, links }
}
