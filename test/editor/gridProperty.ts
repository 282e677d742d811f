/**
 * The property both grid tests check, at their own number of runs: random sequences of key presses
 * and drags leave the editor's `records` equal to those of a model of the grid kept by the test
 * (gridModel.ts), and its cells equal to the model's. A failure prints fast-check's seed and path.
 */
import fc from 'fast-check'
import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { scheduleFromIntervals, toBusinessHours } from '../../src/index'
import { cellCentre, drag, editorValue, load, openCells, openPage, type Harness } from './browserHarness'
import { SERVER_RECORDS, serverCells } from './fixtures'
import { actionArbitrary, apply, cellsOf, intervalsOf, modelOf, STEP, type Action } from './gridModel'

async function perform(page: Page, action: Action): Promise<void> {
  switch (action.kind) {
    case 'key':
      return page.keyboard.press(action.shift ? `Shift+${action.key}` : action.key)
    case 'space':
      return page.keyboard.press(' ')
    case 'copy':
      return page.keyboard.press('Control+c')
    case 'paste':
      return page.keyboard.press('Control+v')
    case 'undo':
      return page.keyboard.press('Control+z')
    case 'redo':
      return page.keyboard.press('Control+Shift+z')
    case 'drag':
      return drag(page, { day: action.from.day, minute: action.from.index * STEP }, { day: action.to.day, minute: action.to.index * STEP })
  }
}

/**
 * Sequences of actions: single ones, and often enough to be met in a few runs, a cell toggled (so
 * the day differs from its neighbours: the example's weekdays are all alike), the day copied, a run
 * of days selected with Shift+ArrowUp/Down, then pasted — paste onto a selection of days needs all of
 * these in a row, which single random actions rarely give (a planted bug that pasted onto the
 * focused day only went unseen in 20 runs without this, and is caught with it).
 */
function actionsArbitrary(maxActions: number): fc.Arbitrary<Action[]> {
  const single = actionArbitrary.map((action) => [action])
  const pasteOnDays = fc
    .record({ key: fc.constantFrom('ArrowUp' as const, 'ArrowDown' as const), days: fc.integer({ min: 2, max: 3 }) })
    .map(({ key, days }): Action[] => [{ kind: 'space' }, { kind: 'copy' }, ...Array.from({ length: days }, (): Action => ({ kind: 'key', key, shift: true })), { kind: 'paste' }])
  return fc
    .array(fc.oneof({ weight: 4, arbitrary: single }, { weight: 1, arbitrary: pasteOnDays }), { minLength: 1, maxLength: Math.max(1, Math.ceil(maxActions / 2)) })
    .map((groups) => groups.flat())
}

export async function checkGridProperty(harness: Harness, numRuns: number, maxActions: number): Promise<void> {
  await fc.assert(
    fc.asyncProperty(actionsArbitrary(maxActions), async (actions) => {
      const page = await openPage(harness)
      try {
        await load(page, SERVER_RECORDS)
        // Start where a Tab would: Monday 09:00, focused.
        await cellCentre(page, 1, 540)
        await page.evaluate(() => (document.getElementById('editor')!.shadowRoot!.querySelector('[tabindex="0"]') as HTMLElement).focus())
        const model = modelOf(cellsOf(serverCells()), { day: 1, index: 18 })
        for (const action of actions) {
          await perform(page, action)
          apply(model, action)
        }
        const expected = toBusinessHours(scheduleFromIntervals(intervalsOf(model.cells)))
        expect(await openCells(page)).toEqual(model.cells.map((row) => row.map((open) => (open ? '1' : '0')).join('')))
        expect(await editorValue(page, 'records')).toEqual(expected)
      } finally {
        await page.context().close()
      }
    }),
    { numRuns },
  )
}
