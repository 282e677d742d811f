// Runs the shared cases on the built ESM bundle in the browser and writes the answers into
// <pre id="result"> for test/browser/run.mjs to read back from Chromium's --dump-dom.
//
// The bundle is imported dynamically so that a failure to load it (a Node built-in, a syntax the
// engine rejects) is caught and reported like any other error instead of leaving the page pending.

import { runCases } from './cases.mjs'

const output = document.getElementById('result')

/**
 * JSON with everything outside printable ASCII, and the HTML specials <, > and &, written as \uXXXX
 * escapes: the dumped DOM then carries the text byte for byte, with no entity or encoding to undo.
 */
function asciiJson(value) {
  return JSON.stringify(value, null, 1).replace(/[^\x20-\x7e\n]|[<>&]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

function report(state, value) {
  output.textContent = asciiJson(value)
  output.dataset.state = state
}

window.addEventListener('error', (event) => report('error', { error: `uncaught: ${event.message}` }))
window.addEventListener('unhandledrejection', (event) => report('error', { error: `unhandled rejection: ${String(event.reason)}` }))

try {
  const lib = await import('../../dist/index.js')
  const cases = runCases(lib)
  report('done', {
    cases,
    // Shown by the runner, never compared: which engine answered, and in which local zone (the
    // runner starts Chromium in a zone unlike the cases' own, since the process zone must not matter).
    environment: { userAgent: navigator.userAgent, localTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone },
  })
} catch (error) {
  report('error', { error: `${error?.name ?? 'Error'}: ${error?.message ?? String(error)}`, stack: String(error?.stack ?? '') })
}
