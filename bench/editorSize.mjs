#!/usr/bin/env node
// The size of callhours/editor (docs/editor.md): the entry bundled and minified by esbuild, gzipped
// (level 9), against a bundle of only the core functions it uses, made the same way. The editor's
// own cost is the difference: what a page that already uses those core functions pays for it.
//
//   node bench/editorSize.mjs

import { gzipSync } from 'node:zlib'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildSync } from 'esbuild'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
/** The public core functions src/editor imports (directly or through its helpers). */
const CORE_USED = ['validateBusinessHours', 'toBusinessHours', 'diffBusinessHours', 'describeSchedule', 'resolveTimeZone', 'scheduleFromIntervals', 'isOpen', 'nextChange', 'wallClockAt', 'formatIssuePath', 'BusinessHoursError', 'unionIntervals']

function measure(contents) {
  const code = buildSync({ stdin: { contents, resolveDir: ROOT, loader: 'ts' }, bundle: true, minify: true, format: 'esm', target: 'es2022', write: false, logLevel: 'warning' }).outputFiles[0].contents
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
const editor = measure("export * from './src/editor/index'")
const core = measure(`export { ${CORE_USED.join(', ')} } from './src/index'`)
const whole = measure("export * from './src/index'")
console.log(`callhours/editor, bundled:            ${kb(editor.min)} min, ${kb(editor.gzip)} min+gzip`)
console.log(`the core functions it uses, alone:    ${kb(core.min)} min, ${kb(core.gzip)} min+gzip`)
console.log(`the editor beyond them:               ${kb(editor.min - core.min)} min, ${kb(editor.gzip - core.gzip)} min+gzip (goal ≤ 15 KB)`)
console.log(`(the whole core entry, for scale:     ${kb(whole.min)} min, ${kb(whole.gzip)} min+gzip)`)
