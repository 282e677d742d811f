/**
 * `npm run editor`'s page (examples/editor.html served by examples/editor-server.mjs) in Chromium:
 * it loads without an error, shows the bundled example target, the payload follows an edit live,
 * the status element speaks, and axe finds nothing at WCAG 2.1 AA.
 */
import { chromium as playwright } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { diffBusinessHours } from '../../src/index'
import { EXAMPLE_TARGET_RESPONSE } from '../../src/cli/example'
import { CHROMIUM, SKIP_REASON } from './browserHarness'
// @ts-expect-error: a plain ES module without types
import { startEditorServer } from '../../examples/editor-server.mjs'

if (CHROMIUM === undefined) it.skip(`the example page in Chromium: ${SKIP_REASON}`, () => {})

describe.skipIf(CHROMIUM === undefined)('examples/editor.html (npm run editor)', () => {
  it('shows the bundled example, the live payload and the status, without errors or axe violations', async () => {
    const server = (await startEditorServer()) as { url: string; close(): Promise<void> }
    const browser = await playwright.launch({ executablePath: CHROMIUM!, args: ['--no-sandbox', '--disable-gpu'] })
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
      const errors: string[] = []
      page.on('pageerror', (error) => errors.push(error.message))
      await page.goto(server.url)
      await page.waitForFunction(() => (window as unknown as { editorReady?: boolean }).editorReady === true)
      await expect(page.locator('#payload').textContent()).resolves.toBe('[]')
      await expect(page.locator('#editor [part="summary"]').textContent()).resolves.toBe('Mon–Tue, Thu–Sun open 24 hours, Wed 00:00–12:00')
      expect(await page.locator('#status').textContent()).toMatch(/^(Open · closes|Closed · opens) /)
      // Wednesday 12:00 → 13:30 painted open: the payload follows, as Node's diff has it.
      const cell = async (minute: number) => {
        const box = (await page.locator(`#editor [role="gridcell"][data-day="3"][data-minute="${minute}"]`).boundingBox())!
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
      }
      const from = await cell(720)
      const to = await cell(780)
      await page.mouse.move(from.x, from.y)
      await page.mouse.down()
      await page.mouse.move(to.x, to.y, { steps: 3 })
      await page.mouse.up()
      const expected = diffBusinessHours(EXAMPLE_TARGET_RESPONSE.target.business_hours, [
        ...EXAMPLE_TARGET_RESPONSE.target.business_hours.filter((record) => record.day_of_week !== 3),
        { day_of_week: 3, time_open: 0, time_close: 1330 },
      ])
      expect(JSON.parse((await page.locator('#payload').textContent())!)).toEqual(expected)
      await page.locator('button[type="submit"]').click()
      expect(JSON.parse((await page.locator('#submitted').textContent())!)).toEqual(expected)
      await page.selectOption('#zone', 'Eastern Time (US & Canada)')
      expect(await page.locator('#status').textContent()).toMatch(/ E[SD]T$/)
      await page.addScriptTag({ content: (await import('node:fs')).readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') })
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string }[] }> } }).axe
        return (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations.map((violation) => violation.id)
      })
      expect(violations).toEqual([])
      expect(errors).toEqual([])
    } finally {
      await browser.close()
      await server.close()
    }
  })
})
