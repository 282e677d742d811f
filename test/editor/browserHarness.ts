/**
 * The browser half of the editor tests: the installed Chromium (never a downloaded one) driven by
 * playwright-core, and a node:http server on 127.0.0.1 that serves the editor entry bundled from
 * src/ by esbuild, axe-core, and a test page. With no Chromium the tests are skipped by name, unless
 * CALLHOURS_BROWSER_REQUIRED=1 (which .ci/run sets when it has a Chromium) makes that a failure.
 */
import { accessSync, constants, readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { delimiter, join } from 'node:path'
import { buildSync } from 'esbuild'
import { chromium as playwright, type Browser, type Page } from 'playwright-core'

const ROOT = join(__dirname, '..', '..')

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return statSync(path).isFile()
  } catch {
    return false
  }
}

/** $CHROMIUM when set, else Debian's and Ubuntu's names in /usr/bin, then on PATH (as .ci/browser looks); undefined when there is none. */
export function findChromium(): string | undefined {
  if (process.env.CHROMIUM) return isExecutable(process.env.CHROMIUM) ? process.env.CHROMIUM : undefined
  const onPath = (process.env.PATH ?? '').split(delimiter).filter(Boolean).flatMap((dir) => [join(dir, 'chromium'), join(dir, 'chromium-browser')])
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', ...onPath].find(isExecutable)
}

export const CHROMIUM = findChromium()
export const SKIP_REASON = 'skipped: no Chromium (install chromium or set $CHROMIUM); CALLHOURS_BROWSER_REQUIRED=1 makes this a failure'
if (CHROMIUM === undefined && process.env.CALLHOURS_BROWSER_REQUIRED !== '1') console.warn(`callhours editor browser tests ${SKIP_REASON}`)
if (CHROMIUM === undefined && process.env.CALLHOURS_BROWSER_REQUIRED === '1') {
  throw new Error(`CALLHOURS_BROWSER_REQUIRED=1 but no Chromium: ${process.env.CHROMIUM ? `$CHROMIUM=${process.env.CHROMIUM} is not executable` : 'no chromium in /usr/bin or on PATH'}`)
}

/** The test page: a form with the editor, reset and submit buttons, and the status element. */
export const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>callhours editor test page</title></head>
<body>
<main>
<h1>Target hours</h1>
<form id="form" method="post" action="/submit">
  <callhours-week-editor id="editor" name="business_hours_attributes" time-zone="America/New_York"></callhours-week-editor>
  <button type="submit">Save</button>
  <button type="reset">Reset</button>
</form>
<p>Now: <callhours-open-status id="status" time-zone="America/New_York"></callhours-open-status></p>
</main>
<script type="module">
  import * as editor from '/editor.js'
  editor.defineWeekEditor()
  editor.defineOpenStatus()
  window.callhoursEditor = editor
  window.events = []
  document.getElementById('editor').addEventListener('input', (event) => window.events.push({ type: 'input', detail: event.detail }))
  document.getElementById('editor').addEventListener('change', (event) => window.events.push({ type: 'change', detail: event.detail }))
  window.ready = true
</script>
</body>
</html>
`

export interface Harness {
  readonly browser: Browser
  readonly origin: string
  /** Form bodies POSTed to /submit, newest last. */
  readonly submissions: string[]
  close(): Promise<void>
}

/** Bundles the entry, starts the server and the browser. */
export async function startHarness(): Promise<Harness> {
  const bundle = buildSync({ entryPoints: [join(ROOT, 'src/editor/index.ts')], bundle: true, format: 'esm', target: 'es2022', write: false, logLevel: 'warning' }).outputFiles[0]!.text
  const axe = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8')
  const submissions: string[] = []
  const server: Server = createServer((request, response) => {
    const send = (type: string, body: string) => {
      response.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' })
      response.end(body)
    }
    if (request.method === 'POST' && request.url === '/submit') {
      let body = ''
      request.setEncoding('utf8').on('data', (chunk: string) => { body += chunk }).on('end', () => {
        submissions.push(body)
        send('text/html', '<!doctype html><html lang="en"><title>saved</title><p>saved</p></html>')
      })
      return
    }
    if (request.url === '/editor.js') return send('text/javascript', bundle)
    if (request.url === '/axe.js') return send('text/javascript', axe)
    if (request.url === '/' || request.url === '/page') return send('text/html', PAGE)
    response.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const origin = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`
  const browser = await playwright.launch({ executablePath: CHROMIUM!, args: ['--no-sandbox', '--disable-gpu'] })
  return {
    browser,
    origin,
    submissions,
    async close() {
      await browser.close()
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}

/** A new page on the test page, the elements defined; `setup` runs in the page first (e.g. to set serverRecords). */
export async function openPage(harness: Harness, options: { clock?: Date; hasTouch?: boolean } = {}): Promise<Page> {
  const context = await harness.browser.newContext({ viewport: { width: 1400, height: 900 }, hasTouch: options.hasTouch ?? false, timezoneId: 'Pacific/Chatham' })
  const page = await context.newPage()
  if (options.clock !== undefined) await page.clock.install({ time: options.clock })
  await page.goto(`${harness.origin}/page`)
  await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true)
  return page
}

/** Sets the editor's serverRecords (and optionally more properties) in the page. */
export async function load(page: Page, serverRecords: unknown, properties: Record<string, unknown> = {}): Promise<void> {
  await page.evaluate(([records, more]) => {
    const editor = document.getElementById('editor') as unknown as Record<string, unknown>
    for (const [name, value] of Object.entries(more as Record<string, unknown>)) editor[name] = value
    editor.serverRecords = records
    ;(window as unknown as { events: unknown[] }).events = []
  }, [serverRecords, properties] as const)
}

/** A property of the editor, read in the page. */
export function editorValue<T>(page: Page, name: string): Promise<T> {
  return page.evaluate((property) => (document.getElementById('editor') as unknown as Record<string, unknown>)[property], name) as Promise<T>
}

/** The centre of a cell, in page pixels. */
export async function cellCentre(page: Page, day: number, minute: number): Promise<{ x: number; y: number }> {
  const box = await page.locator(`#editor [role="gridcell"][data-day="${day}"][data-minute="${minute}"]`).boundingBox()
  if (box === null) throw new Error(`no cell ${day}/${minute}`)
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

/** Presses and drags the mouse from one cell to another. */
export async function drag(page: Page, from: { day: number; minute: number }, to: { day: number; minute: number }): Promise<void> {
  const a = await cellCentre(page, from.day, from.minute)
  const b = await cellCentre(page, to.day, to.minute)
  await page.mouse.move(a.x, a.y)
  await page.mouse.down()
  await page.mouse.move(b.x, b.y, { steps: 4 })
  await page.mouse.up()
}

/** The open state of every cell, as `'1'`/`'0'` strings per day (Sunday first). */
export function openCells(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.getElementById('editor')!.shadowRoot!
    const days: string[] = ['', '', '', '', '', '', '']
    root.querySelectorAll<HTMLElement>('[role="gridcell"]').forEach((cell) => {
      days[Number(cell.dataset.day)] += cell.dataset.open === 'true' ? '1' : '0'
    })
    return days
  })
}

/** The focused cell inside the editor, as `{ day, minute }`. */
export function focusedCell(page: Page): Promise<{ day: number; minute: number } | null> {
  return page.evaluate(() => {
    const active = document.getElementById('editor')!.shadowRoot!.activeElement as HTMLElement | null
    return active?.dataset.minute === undefined ? null : { day: Number(active.dataset.day), minute: Number(active.dataset.minute) }
  })
}

/** axe-core on the page at WCAG 2.1 A and AA: the violations, as `id: targets`. */
export async function axeViolations(page: Page, origin: string): Promise<string[]> {
  await page.addScriptTag({ url: `${origin}/axe.js` })
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }> } }).axe
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
    return result.violations.map((violation) => `${violation.id} (${violation.help}): ${violation.nodes.slice(0, 3).map((node) => JSON.stringify(node.target)).join(', ')}`)
  })
}
