// XML 1.0 `Char`: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF (lone surrogates excluded).
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu
const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

/**
 * Text for XML, in an element or an attribute: `& < > " '` escaped, characters XML cannot hold
 * (controls, lone surrogates) replaced by `�`. The one escaper of every SVG the library draws.
 * Internal to src/render.
 *
 * @param text - any string
 * @returns the text, safe between tags and inside quotes
 *
 * @example
 * escapeXml('Sales & "Support" <24/7>\u0007') //=> 'Sales &amp; &quot;Support&quot; &lt;24/7&gt;\uFFFD'
 */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHAR, '\uFFFD').replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char)
}
