/** How the docs' command samples are compared with what the command prints (shared by the sample tests). */

/** One printed line against the docs' line: equal, or `…` standing for the rest of the line (or its middle). */
export function lineMatches(expected: string, actual: string): boolean {
  const [head = '', ...rest] = expected.split('…')
  if (rest.length === 0) return expected === actual
  if (!actual.startsWith(head)) return false
  const tail = rest[rest.length - 1]!.trim()
  return tail === '' || actual.endsWith(tail)
}
