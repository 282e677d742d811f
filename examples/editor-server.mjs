#!/usr/bin/env node
// `npm run editor`: serves examples/editor.html on 127.0.0.1 with the week editor bundled from src/
// by esbuild (a development dependency) and the bundled example target, and prints the address.
// PORT picks the port (default: any free one). Stop it with Ctrl+C.

import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { buildSync } from 'esbuild'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')

function bundle(entry) {
  return buildSync({ entryPoints: [join(ROOT, entry)], bundle: true, format: 'esm', target: 'es2022', write: false, logLevel: 'warning' }).outputFiles[0].text
}

/** Starts the server; resolves to `{ url, close }`. */
export async function startEditorServer({ port = 0, host = '127.0.0.1' } = {}) {
  const files = {
    '/': ['text/html', readFileSync(join(ROOT, 'examples/editor.html'), 'utf8')],
    '/editor.js': ['text/javascript', bundle('src/editor/index.ts')],
    '/example.js': ['text/javascript', bundle('src/cli/example.ts')],
  }
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname
    const file = files[path === '/editor.html' ? '/' : path]
    if (request.method !== 'GET' || file === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n')
      return
    }
    response.writeHead(200, { 'content-type': `${file[0]}; charset=utf-8`, 'cache-control': 'no-store' })
    response.end(file[1])
  })
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, resolve)
  })
  const url = `http://${host}:${server.address().port}/`
  return {
    url,
    close: () => new Promise((resolve) => {
      server.closeAllConnections()
      server.close(resolve)
    }),
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { url } = await startEditorServer({ port: Number(process.env.PORT) || 0 })
  console.log(`callhours week editor on the bundled example: ${url}`)
  console.log('(Ctrl+C stops it)')
}
