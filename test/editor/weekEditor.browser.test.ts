/**
 * <callhours-week-editor> and <callhours-open-status> in the installed headless Chromium
 * (browserHarness.ts): the keyboard map key by key, pointer painting and resizing (mouse and touch),
 * copy and paste, undo and redo, the events' detail against the library run here in Node, the form
 * value in a real submission, reset, disabled and readonly, bad input shown, the status element at
 * a change instant under a controlled clock, axe-core at WCAG 2.1 AA, and a whole week made with
 * the keyboard alone. Skipped by name when there is no Chromium.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { diffBusinessHours, parseBusinessHours, toBusinessHours } from '../../src/index'
import { EXAMPLE_TARGET_RESPONSE } from '../../src/cli/example'
import { axeViolations, CHROMIUM, cellCentre, drag, editorValue, focusedCell, load, openCells, openPage, SKIP_REASON, startHarness, type Harness } from './browserHarness'
import { SERVER_RECORDS, serverCells } from './fixtures'

if (CHROMIUM === undefined) it.skip(`the editor in Chromium: ${SKIP_REASON}`, () => {})

type Detail = { records: unknown[]; payload: unknown[]; issues: { code: string; path: (string | number)[]; message: string }[] }
type Events = { type: string; detail: Detail }[]

const events = (page: Page) => page.evaluate(() => (window as unknown as { events: Events }).events)
const liveText = (page: Page) => page.locator('#editor [role="status"]').textContent()
const cell = (page: Page, day: number, minute: number) => page.locator(`#editor [role="gridcell"][data-day="${day}"][data-minute="${minute}"]`)
/** A day's cells at a 30-minute step: open from `from` to `to` (hours, half-open). */
const dayCells = (...spans: [number, number][]) => Array.from({ length: 48 }, (_, i) => (spans.some(([from, to]) => i >= from * 2 && i < to * 2) ? '1' : '0')).join('')
const CLOSED = '0'.repeat(48)

/** Focuses a cell the way a keyboard user gets there: Tab into the grid, then arrows. */
async function tabIntoGrid(page: Page): Promise<void> {
  await page.locator('h1').click()
  await page.keyboard.press('Tab')
}

describe.skipIf(CHROMIUM === undefined)('<callhours-week-editor> in Chromium', () => {
  let harness: Harness
  let page: Page

  beforeAll(async () => {
    harness = await startHarness()
  })
  afterAll(async () => {
    await harness?.close()
  })

  async function fresh(properties: Record<string, unknown> = {}, records: unknown = SERVER_RECORDS): Promise<Page> {
    if (page !== undefined) await page.context().close()
    page = await openPage(harness)
    await load(page, records, properties)
    return page
  }

  it('renders the server week: one row per day, cells with data-day/-minute/-open and spoken names, blocks with their times', async () => {
    await fresh()
    expect(await openCells(page)).toEqual(serverCells())
    await expect(cell(page, 1, 540).getAttribute('aria-label')).resolves.toBe('Monday 09:00 to 09:30, open')
    await expect(cell(page, 0, 0).getAttribute('aria-label')).resolves.toBe('Sunday 00:00 to 00:30, closed')
    expect(await page.locator('#editor [role="grid"]').count()).toBe(1)
    expect(await page.locator('#editor [role="row"]').count()).toBe(7)
    expect(await page.locator('#editor [role="rowheader"]').allTextContents()).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'])
    expect(await page.locator('#editor [part="block"]').allTextContents()).toEqual(Array(5).fill('09:00–17:00'))
    await expect(page.locator('#editor [part="summary"]').textContent()).resolves.toBe('Mon–Fri 09:00–17:00, Sat–Sun closed')
    expect(await editorValue(page, 'payload')).toEqual([])
    expect(await editorValue(page, 'issues')).toEqual([])
  })

  it('has one tab stop, and moves focus with ArrowLeft/Right (a step), ArrowUp/Down (a day), Home/End (the day\'s ends)', async () => {
    await fresh()
    await tabIntoGrid(page)
    expect(await focusedCell(page)).toEqual({ day: 1, minute: 540 })
    expect(await page.locator('#editor [role="gridcell"][tabindex="0"]').count()).toBe(1)
    const steps: [string, { day: number; minute: number }][] = [
      ['ArrowRight', { day: 1, minute: 570 }],
      ['ArrowLeft', { day: 1, minute: 540 }],
      ['ArrowDown', { day: 2, minute: 540 }],
      ['ArrowUp', { day: 1, minute: 540 }],
      ['ArrowUp', { day: 1, minute: 540 }], // the first row stays
      ['End', { day: 1, minute: 1410 }],
      ['ArrowRight', { day: 1, minute: 1410 }], // the day's last cell stays
      ['Home', { day: 1, minute: 0 }],
      ['ArrowLeft', { day: 1, minute: 0 }],
    ]
    for (const [key, expected] of steps) {
      await page.keyboard.press(key)
      expect(await focusedCell(page), key).toEqual(expected)
    }
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown')
    expect(await focusedCell(page)).toEqual({ day: 0, minute: 0 }) // Monday-first: Sunday is the last row
    expect(await page.locator('#editor [role="gridcell"][tabindex="0"]').count()).toBe(1)
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.getElementById('editor')!.shadowRoot!.activeElement?.textContent)).toBe('Close all day')
    expect(await openCells(page)).toEqual(serverCells()) // moving edits nothing
    expect(await events(page)).toEqual([])
  })

  it('Space toggles the focused cell: input on the key, change when it is released, the new state in the name and the live region', async () => {
    await fresh()
    await tabIntoGrid(page)
    await page.keyboard.down(' ')
    expect((await events(page)).map((event) => event.type)).toEqual(['input'])
    await page.keyboard.up(' ')
    expect((await events(page)).map((event) => event.type)).toEqual(['input', 'change'])
    await expect(cell(page, 1, 540).getAttribute('data-open')).resolves.toBe('false')
    await expect(cell(page, 1, 540).getAttribute('aria-label')).resolves.toBe('Monday 09:00 to 09:30, closed')
    await expect(liveText(page)).resolves.toBe('Monday 09:30–17:00 open')
    await page.keyboard.press(' ')
    expect(await openCells(page)).toEqual(serverCells())
    await expect(liveText(page)).resolves.toBe('Monday 09:00–17:00 open')
  })

  it('Shift+Arrow selects from the anchor; Space sets the selection to the opposite of the anchor\'s state', async () => {
    await fresh()
    await tabIntoGrid(page)
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown') // Saturday 09:00
    await page.keyboard.press('Shift+ArrowRight')
    await page.keyboard.press('Shift+ArrowRight')
    await page.keyboard.press('Shift+ArrowDown') // Saturday and Sunday, 09:00–10:30
    expect(await page.locator('#editor [aria-selected="true"]').count()).toBe(6)
    await page.keyboard.press(' ')
    const cells = await openCells(page)
    expect(cells[6]).toBe(dayCells([9, 10.5]))
    expect(cells[0]).toBe(dayCells([9, 10.5]))
    await expect(liveText(page)).resolves.toBe('Saturday 09:00–10:30 open; Sunday 09:00–10:30 open')
    // The anchor (Saturday 09:00) is open now: Space closes the whole selection again.
    await page.keyboard.press(' ')
    expect(await openCells(page)).toEqual(serverCells())
    // A plain arrow ends the selection.
    await page.keyboard.press('ArrowLeft')
    expect(await page.locator('#editor [aria-selected="true"]').count()).toBe(0)
  })

  it('Ctrl+C copies the focused day, Ctrl+V pastes it onto the focused day or every selected day (Cmd works too)', async () => {
    await fresh()
    await tabIntoGrid(page)
    await page.keyboard.press('Control+c')
    await expect(liveText(page)).resolves.toBe('Copied Monday 09:00–17:00 open')
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown') // Saturday
    await page.keyboard.press('Control+v')
    expect((await openCells(page))[6]).toBe(dayCells([9, 17]))
    expect((await events(page)).map((event) => event.type)).toEqual(['input', 'change'])
    // Copy the closed Sunday onto Wednesday–Friday through a selection, with Cmd.
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Meta+c')
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowUp') // Wednesday
    await page.keyboard.press('Shift+ArrowDown')
    await page.keyboard.press('Shift+ArrowDown')
    await page.keyboard.press('Meta+v')
    const cells = await openCells(page)
    expect([cells[3], cells[4], cells[5]]).toEqual([CLOSED, CLOSED, CLOSED])
    expect(cells[1]).toBe(dayCells([9, 17]))
  })

  it('Ctrl+Z undoes and Ctrl+Shift+Z redoes, each with a change event', async () => {
    await fresh()
    await tabIntoGrid(page)
    await page.keyboard.press(' ')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press(' ')
    const edited = await openCells(page)
    expect(edited[1]).toBe(dayCells([10, 17]))
    await page.keyboard.press('Control+z')
    expect((await openCells(page))[1]).toBe(dayCells([9.5, 17]))
    await page.keyboard.press('Control+z')
    expect(await openCells(page)).toEqual(serverCells())
    await page.keyboard.press('Control+z') // nothing left to undo
    expect(await openCells(page)).toEqual(serverCells())
    await page.keyboard.press('Control+Shift+z')
    await page.keyboard.press('Control+Shift+Z')
    expect(await openCells(page)).toEqual(edited)
    const last = (await events(page)).at(-1)!
    expect(last.type).toBe('change')
    expect(last.detail.records).toEqual(await editorValue(page, 'records'))
  })

  it('pointer: a drag paints a rectangle of cells the opposite of the first cell; a drag from an open cell closes', async () => {
    await fresh()
    await drag(page, { day: 6, minute: 600 }, { day: 0, minute: 690 }) // Saturday 10:00 → Sunday 11:30
    let cells = await openCells(page)
    expect(cells[6]).toBe(dayCells([10, 12]))
    expect(cells[0]).toBe(dayCells([10, 12]))
    expect((await events(page)).filter((event) => event.type === 'change')).toHaveLength(1)
    await drag(page, { day: 1, minute: 720 }, { day: 2, minute: 750 }) // Monday 12:00 → Tuesday 12:30, open: closes
    cells = await openCells(page)
    expect(cells[1]).toBe(dayCells([9, 12], [13, 17]))
    expect(cells[2]).toBe(dayCells([9, 12], [13, 17]))
    expect(await focusedCell(page)).toEqual({ day: 1, minute: 720 })
  })

  it('pointer: dragging a block\'s edge resizes it', async () => {
    await fresh()
    const block = page.locator('#editor [part="block"][data-day="1"]')
    const endHandle = await block.locator('[data-edge="end"]').boundingBox()
    const target = await cellCentre(page, 1, 1110) // 18:30
    await page.mouse.move(endHandle!.x + endHandle!.width / 2, endHandle!.y + endHandle!.height / 2)
    await page.mouse.down()
    await page.mouse.move(target.x, target.y, { steps: 5 })
    await page.mouse.up()
    expect((await openCells(page))[1]).toBe(dayCells([9, 19]))
    const startHandle = await page.locator('#editor [part="block"][data-day="1"] [data-edge="start"]').boundingBox()
    const later = await cellCentre(page, 1, 660) // 11:00
    await page.mouse.move(startHandle!.x + startHandle!.width / 2, startHandle!.y + startHandle!.height / 2)
    await page.mouse.down()
    await page.mouse.move(later.x, later.y, { steps: 5 })
    await page.mouse.up()
    expect((await openCells(page))[1]).toBe(dayCells([11, 19]))
    await expect(page.locator('#editor [part="block"][data-day="1"]').textContent()).resolves.toBe('11:00–19:00')
  })

  it('touch paints like the mouse (pointer events)', async () => {
    if (page !== undefined) await page.context().close()
    page = await openPage(harness, { hasTouch: true })
    await load(page, SERVER_RECORDS)
    const from = await cellCentre(page, 6, 600)
    const to = await cellCentre(page, 6, 750)
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from.x, y: from.y }] })
    for (let i = 1; i <= 4; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: from.x + ((to.x - from.x) * i) / 4, y: from.y }] })
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
    expect((await openCells(page))[6]).toBe(dayCells([10, 13]))
  })

  it('change detail: records parse to the painted week, payload is diffBusinessHours(serverRecords, records) as Node computes it', async () => {
    await fresh()
    await drag(page, { day: 6, minute: 600 }, { day: 6, minute: 810 }) // Saturday 10:00–14:00
    await drag(page, { day: 3, minute: 540 }, { day: 3, minute: 990 }) // Wednesday closed
    const change = (await events(page)).filter((event) => event.type === 'change').at(-1)!.detail
    const painted = await openCells(page)
    const week = parseBusinessHours(change.records)
    const cellsOfWeek = [0, 1, 2, 3, 4, 5, 6].map((day) => Array.from({ length: 48 }, (_, i) => {
      const minute = day * 1440 + i * 30
      return week.intervals.some((span) => span.start <= minute && minute + 30 <= span.end) ? '1' : '0'
    }).join(''))
    expect(cellsOfWeek).toEqual(painted)
    expect(change.records).toEqual(toBusinessHours(week))
    expect(change.payload).toEqual(diffBusinessHours(SERVER_RECORDS, change.records))
    expect(change.payload).toEqual([
      { id: 104, day_of_week: 3, time_open: 0, time_close: 2400, work_day: false, invert: false },
      { id: 107, day_of_week: 6, time_open: 1000, time_close: 1400, work_day: true, invert: false },
    ])
    expect(change.issues).toEqual([])
    expect(await editorValue(page, 'payload')).toEqual(change.payload)
  })

  it('day actions: close all day, open 24 hours, copy to weekdays, copy to all days', async () => {
    await fresh()
    await tabIntoGrid(page)
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown') // Saturday
    const action = (name: string) => page.locator('#editor [part="actions"] button', { hasText: name }).click()
    await expect(page.locator('#editor [part="actions"]').getAttribute('aria-labelledby')).resolves.toBe('action-day')
    await expect(page.locator('#editor #action-day').textContent()).resolves.toBe('Saturday:')
    await action('Open 24 hours')
    expect((await openCells(page))[6]).toBe('1'.repeat(48))
    await action('Copy to weekdays')
    expect((await openCells(page)).slice(1, 6)).toEqual(Array(5).fill('1'.repeat(48)))
    await action('Close all day')
    expect((await openCells(page))[6]).toBe(CLOSED)
    await action('Copy to all days')
    expect(await openCells(page)).toEqual(Array(7).fill(CLOSED))
    expect((await events(page)).filter((event) => event.type === 'change')).toHaveLength(4)
  })

  it('a submitted form carries the payload as JSON under the name; unchanged, it carries nothing', async () => {
    await fresh()
    await page.locator('#form button[type="submit"]').click()
    await page.waitForURL(/\/submit$/)
    expect(harness.submissions.at(-1)).toBe('')
    await fresh()
    await drag(page, { day: 6, minute: 600 }, { day: 6, minute: 810 })
    const payload = await editorValue(page, 'payload')
    await page.locator('#form button[type="submit"]').click()
    await page.waitForURL(/\/submit$/)
    const sent = new URLSearchParams(harness.submissions.at(-1))
    expect(JSON.parse(sent.get('business_hours_attributes')!)).toEqual(payload)
    expect(payload).toEqual(diffBusinessHours(SERVER_RECORDS, toBusinessHours(parseBusinessHours([...SERVER_RECORDS.slice(0, 6), { id: 107, day_of_week: 6, time_open: 1000, time_close: 1400 }]))))
  })

  it('going back to the page after a submission restores the edited week (formStateRestoreCallback)', async () => {
    await fresh()
    await drag(page, { day: 6, minute: 600 }, { day: 6, minute: 810 })
    const edited = await openCells(page)
    await page.locator('#form button[type="submit"]').click()
    await page.waitForURL(/\/submit$/)
    await page.goBack()
    await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true)
    expect(await openCells(page)).toEqual(edited)
  })

  it('reset returns to serverRecords', async () => {
    await fresh()
    await drag(page, { day: 6, minute: 600 }, { day: 0, minute: 810 })
    expect(await openCells(page)).not.toEqual(serverCells())
    await page.locator('#form button[type="reset"]').click()
    expect(await openCells(page)).toEqual(serverCells())
    expect(await editorValue(page, 'payload')).toEqual([])
  })

  it('disabled: no tab stop, no edits, not submitted; readonly: focus moves, nothing edits', async () => {
    await fresh({ disabled: true })
    await tabIntoGrid(page)
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Save')
    await drag(page, { day: 6, minute: 600 }, { day: 6, minute: 810 })
    expect(await openCells(page)).toEqual(serverCells())
    await expect(page.locator('#editor [role="grid"]').getAttribute('aria-disabled')).resolves.toBe('true')
    await page.evaluate(() => { (document.getElementById('editor') as unknown as { records: unknown }).records = [{ day_of_week: 6, time_open: 1000, time_close: 1400 }] })
    await page.locator('#form button[type="submit"]').click()
    await page.waitForURL(/\/submit$/)
    expect(harness.submissions.at(-1)).toBe('')

    await fresh({ readOnly: true })
    await tabIntoGrid(page)
    await page.keyboard.press('ArrowRight')
    expect(await focusedCell(page)).toEqual({ day: 1, minute: 570 })
    await page.keyboard.press(' ')
    await page.keyboard.press('Control+v')
    await drag(page, { day: 6, minute: 600 }, { day: 6, minute: 810 })
    expect(await openCells(page)).toEqual(serverCells())
    await expect(page.locator('#editor [role="grid"]').getAttribute('aria-readonly')).resolves.toBe('true')
    expect(await page.locator('#editor [part="actions"] button:disabled').count()).toBe(4)
    expect(await events(page)).toEqual([])
  })

  it('bad input is shown as located issues, never thrown; the week stays editable; validity says the first issue', async () => {
    await fresh()
    const thrown = await page.evaluate(() => {
      const editor = document.getElementById('editor') as unknown as Record<string, unknown>
      try {
        editor.serverRecords = [{ id: 1, day_of_week: 1, time_open: 900, time_close: 2460 }, { id: 2, day_of_week: 9 }]
        editor.timeZone = 'Mars/Olympus'
        editor.step = 20
        return null
      } catch (error) {
        return String(error)
      }
    })
    expect(thrown).toBeNull()
    const issues = await editorValue<{ code: string; path: (string | number)[] }[]>(page, 'issues')
    expect(issues.map((found) => [found.code, found.path])).toEqual([
      ['unknown_time_zone', ['timeZone']],
      ['out_of_range', ['step']],
      ['invalid_minutes', ['serverRecords', 0, 'time_close']],
      ['out_of_range', ['serverRecords', 1, 'day_of_week']],
    ])
    const shown = await page.locator('#editor [part="issues"]').textContent()
    expect(shown).toContain('serverRecords[0].time_close')
    expect(shown).toContain('Unknown time zone "Mars/Olympus"')
    await expect(page.locator('#editor [part="preview"]').textContent()).resolves.toBe('No preview: the time zone is unknown')
    expect(await page.evaluate(() => (document.getElementById('editor') as unknown as { checkValidity(): boolean }).checkValidity())).toBe(false)
    expect(await editorValue(page, 'validationMessage')).toMatch(/^Unknown time zone "Mars\/Olympus"/)
    // Still editable, at the step it had.
    await tabIntoGrid(page)
    await page.keyboard.press(' ')
    expect(await page.locator('#editor [role="gridcell"][data-open="true"]').count()).toBeGreaterThan(0)
    // Records the server would not take, set as `records`: the week stays, the issues say why.
    await fresh()
    await page.evaluate(() => { (document.getElementById('editor') as unknown as Record<string, unknown>).records = 'not a list' })
    expect((await editorValue<{ path: unknown[] }[]>(page, 'issues')).map((found) => found.path)).toEqual([['records']])
    expect(await openCells(page)).toEqual(serverCells())
    // A server record without an id cannot be diffed: located too, and the payload is empty.
    await fresh({}, [{ day_of_week: 1, time_open: 900, time_close: 1700 }])
    expect((await editorValue<{ code: string; path: unknown[] }[]>(page, 'issues')).map((found) => found.path)).toEqual([['serverRecords', 0, 'id']])
    expect(await editorValue(page, 'payload')).toEqual([])
  })

  it('required: a week with no open time is valueMissing', async () => {
    await fresh({ required: true }, SERVER_RECORDS.map((record) => ({ ...record, work_day: false })))
    expect(await page.evaluate(() => (document.getElementById('editor') as unknown as { validity: ValidityState }).validity.valueMissing)).toBe(true)
    await tabIntoGrid(page)
    await page.keyboard.press(' ')
    expect(await page.evaluate(() => (document.getElementById('editor') as unknown as { checkValidity(): boolean }).checkValidity())).toBe(true)
  })

  it('step, weekStart and hourCycle change the grid and its names', async () => {
    await fresh({ step: 60, weekStart: 'sunday', hourCycle: 'h12' })
    expect(await page.locator('#editor [role="gridcell"]').count()).toBe(7 * 24)
    expect(await page.locator('#editor [role="rowheader"]').first().textContent()).toBe('Sun')
    await expect(cell(page, 1, 540).getAttribute('aria-label')).resolves.toBe('Monday 9:00 AM to 10:00 AM, open')
    await page.evaluate(() => document.getElementById('editor')!.setAttribute('step', '15'))
    expect(await page.locator('#editor [role="gridcell"]').count()).toBe(7 * 96)
    // A server block off the grid (09:10) is kept exactly and shown as partly open.
    await load(page, [{ id: 1, day_of_week: 1, time_open: 910, time_close: 1700 }])
    await expect(cell(page, 1, 540).getAttribute('aria-label')).resolves.toBe('Monday 9:00 AM to 9:15 AM, partly open')
    expect(await editorValue(page, 'payload')).toEqual([])
  })

  it('is accessible (axe-core, WCAG 2.1 A and AA) in several states', async () => {
    const states: [string, () => Promise<void>][] = [
      ['loaded', async () => { await fresh() }],
      ['focused with a selection', async () => {
        await fresh()
        await tabIntoGrid(page)
        await page.keyboard.press('Shift+ArrowDown')
        await page.keyboard.press('Shift+ArrowRight')
      }],
      ['showing issues', async () => { await fresh({ timeZone: 'Mars/Olympus' }, [{ id: 1, day_of_week: 9 }]) }],
      ['disabled', async () => { await fresh({ disabled: true }) }],
      ['readonly, 12-hour, 15-minute steps', async () => { await fresh({ readOnly: true, hourCycle: 'h12', step: 15 }) }],
      ['the bundled example, status shown', async () => {
        await fresh({}, EXAMPLE_TARGET_RESPONSE.target.business_hours)
        await page.evaluate((records) => { (document.getElementById('status') as unknown as { records: unknown }).records = records }, EXAMPLE_TARGET_RESPONSE.target.business_hours)
      }],
    ]
    for (const [name, arrange] of states) {
      await arrange()
      expect(await axeViolations(page, harness.origin), name).toEqual([])
    }
  })

  it('keyboard only: a whole week made and saved without the pointer', async () => {
    await fresh({}, SERVER_RECORDS.map((record) => ({ ...record, work_day: false })))
    await tabIntoGrid(page) // Monday 09:00
    for (let i = 0; i < 15; i++) await page.keyboard.press('Shift+ArrowRight') // to 16:30
    await page.keyboard.press(' ') // Monday 09:00–17:00
    await page.keyboard.press('Control+c')
    await page.keyboard.press('ArrowDown') // Tuesday (the selection ends)
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowDown') // to Friday
    await page.keyboard.press('Control+v')
    await page.keyboard.press('ArrowDown') // Saturday 16:30
    for (let i = 0; i < 13; i++) await page.keyboard.press('ArrowLeft') // 10:00
    for (let i = 0; i < 7; i++) await page.keyboard.press('Shift+ArrowRight') // to 13:30
    await page.keyboard.press(' ') // Saturday 10:00–14:00
    await page.keyboard.press('ArrowDown') // Sunday stays closed
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press(' ')
    await page.keyboard.press('Control+z') // undo the stray Sunday cell
    await expect(page.locator('#editor [part="summary"]').textContent()).resolves.toBe('Mon–Fri 09:00–17:00, Sat 10:00–14:00, Sun closed')
    const payload = await editorValue(page, 'payload')
    await page.keyboard.press('Tab') // to the day actions
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Save')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/submit$/)
    expect(JSON.parse(new URLSearchParams(harness.submissions.at(-1)).get('business_hours_attributes')!)).toEqual(payload)
    expect(payload).toEqual(diffBusinessHours(SERVER_RECORDS.map((record) => ({ ...record, work_day: false })), [
      ...[1, 2, 3, 4, 5].map((day) => ({ day_of_week: day, time_open: 900, time_close: 1700 })),
      { day_of_week: 6, time_open: 1000, time_close: 1400 },
      { day_of_week: 0, time_open: 0, time_close: 2400, work_day: false },
    ]))
  })

  it('takes the screenshot for docs/editor.png when CALLHOURS_EDITOR_SCREENSHOT=1', async () => {
    if (process.env.CALLHOURS_EDITOR_SCREENSHOT !== '1') return
    if (page !== undefined) await page.context().close()
    page = await openPage(harness, { clock: new Date('2026-11-30T14:30:00Z') })
    await load(page, SERVER_RECORDS)
    await page.evaluate((records) => { (document.getElementById('status') as unknown as { records: unknown }).records = records }, SERVER_RECORDS)
    await drag(page, { day: 6, minute: 600 }, { day: 6, minute: 810 })
    await tabIntoGrid(page)
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Shift+ArrowRight')
    await page.keyboard.press('Shift+ArrowRight')
    const png = await page.locator('#editor').screenshot()
    writeFileSync(join(__dirname, '..', '..', 'docs', 'editor.png'), png)
  })
})

describe.skipIf(CHROMIUM === undefined)('<callhours-open-status> in Chromium, on a controlled clock', () => {
  let harness: Harness
  beforeAll(async () => {
    harness = await startHarness()
  })
  afterAll(async () => {
    await harness?.close()
  })

  it('changes state at the change instant, by one timer, cleared when it leaves the page', async () => {
    // Monday 2026-11-30 16:59 EST (21:59Z): open, closing at 17:00.
    const page = await openPage(harness, { clock: new Date('2026-11-30T21:59:00Z') })
    await page.evaluate(() => {
      const live = new Set<unknown>()
      const set = window.setTimeout
      const clear = window.clearTimeout
      ;(window as unknown as { liveTimers: Set<unknown> }).liveTimers = live
      window.setTimeout = ((fn: () => void, ms?: number) => {
        const id = set(() => { live.delete(id); fn() }, ms)
        live.add(id)
        return id
      }) as typeof window.setTimeout
      window.clearTimeout = ((id?: number) => { live.delete(id); clear(id) }) as typeof window.clearTimeout
    })
    await page.evaluate((records) => { (document.getElementById('status') as unknown as { records: unknown }).records = records }, SERVER_RECORDS)
    const status = page.locator('#status')
    await expect(status.textContent()).resolves.toBe('Open · closes 17:00 EST')
    await expect(status.getAttribute('aria-live')).resolves.toBe('polite')
    const timers = () => page.evaluate(() => (window as unknown as { liveTimers: Set<unknown> }).liveTimers.size)
    expect(await timers()).toBe(1)
    await page.clock.runFor(59_000)
    await expect(status.textContent()).resolves.toBe('Open · closes 17:00 EST')
    await page.clock.runFor(1_000) // 17:00:00 EST
    await expect(status.textContent()).resolves.toBe('Closed · opens Tue 09:00 EST')
    expect(await timers()).toBe(1)
    // Unknown zone: said, not thrown.
    await page.evaluate(() => document.getElementById('status')!.setAttribute('time-zone', 'Mars/Olympus'))
    await expect(status.textContent()).resolves.toMatch(/^Unknown time zone "Mars\/Olympus"/)
    expect(await timers()).toBe(0)
    await page.evaluate(() => document.getElementById('status')!.setAttribute('time-zone', 'America/New_York'))
    expect(await timers()).toBe(1)
    await page.evaluate(() => document.getElementById('status')!.remove())
    expect(await timers()).toBe(0)
    await page.context().close()
  })
})
