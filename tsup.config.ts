import { defineConfig } from 'tsup'
import type { Plugin } from 'esbuild'
import { join } from 'node:path'

/**
 * The CommonJS build has no top-level await: each peer loader (src/holidays/peers/*Peer.ts, which
 * awaits import() of its package) is swapped for its `.cjs.ts` twin, which requires it on first use.
 */
const cjsPeerLoaders: Plugin = {
  name: 'cjs-peer-loaders',
  setup(build) {
    if (build.initialOptions.format !== 'cjs') return
    build.onResolve({ filter: /\/peers\/(dateHolidays|ical)Peer$/ }, (args) => ({ path: join(args.resolveDir, `${args.path}.cjs.ts`) }))
  },
}

/** The optional peers of `callhours/holidays`: imported by the package, never bundled into it. */
const HOLIDAY_PEERS = ['date-holidays', 'ical.js']

export default defineConfig([
  {
    // Self-contained entries (no shared chunks): dist/index.js stays one file, and each holiday
    // entry carries its own copy of the floors it stands on. callhours/holidays/country and
    // callhours/holidays/ics each load one peer only.
    entry: { index: 'src/index.ts', holidays: 'src/holidays/index.ts', 'holidays-country': 'src/holidays/country.ts', 'holidays-ics': 'src/holidays/ics.ts', formats: 'src/formats/index.ts', editor: 'src/editor/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    splitting: false,
    target: 'es2022',
    platform: 'neutral',
    external: HOLIDAY_PEERS,
    esbuildPlugins: [cjsPeerLoaders],
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    // No source maps for the command: they were 4.6 MB of the package's 9.8 MB (the bundled peers'
    // sources), read by nobody who runs it; a developer builds the command from src/.
    sourcemap: false,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    // The command needs nothing installed: the peers are bundled with it, but each in a chunk of its
    // own, imported only when --holidays or an .ics file asks for it (src/cli/exceptionsInput.ts), so
    // `callhours status` and `--version` never evaluate them (bench/startup.bench.mjs).
    noExternal: HOLIDAY_PEERS,
    splitting: true,
    // Less to parse on every start.
    minify: true,
  },
])
