// The week editor's shadow DOM, built once per layout (step, row order, hour cycle): the issues box,
// the hour scale, the grid of rows and cells, the help line, the day actions, the summary, preview
// and note lines, and the live region. The element fills in states and listens; this file only builds.

import { DAY_NAMES } from '../ground/days'
import { MINUTES_PER_DAY } from '../week/types'
import { EDITOR_STYLES } from './editorStyles'
import { clockTime, type HourCycle } from './editorText'

/** What the element keeps of the DOM it gets. */
export interface EditorDom {
  readonly grid: HTMLElement
  /** The cells by day (Sunday = 0), each day's cells in time order. */
  readonly cells: HTMLElement[][]
  readonly live: HTMLElement
}

/** The day actions: `data-action` and the button's text. */
const DAY_ACTIONS = [
  ['close', 'Close all day'],
  ['all-day', 'Open 24 hours'],
  ['weekdays', 'Copy to weekdays'],
  ['all', 'Copy to all days'],
] as const

const HELP = 'Arrow keys move, Space opens or closes, Shift+Arrow selects, Ctrl+C and Ctrl+V copy and paste a day, Ctrl+Z undoes, Ctrl+Shift+Z redoes.'

/** An element with attributes and text. Internal. */
export function element(tag: string, attributes: Readonly<Record<string, string>>, text?: string): HTMLElement {
  const node = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value)
  if (text !== undefined) node.textContent = text
  return node
}

/**
 * Empties `root` and builds the editor in it: 7 rows of `1440 / step` cells (at most 672), in
 * `rows` order. Internal.
 */
export function buildEditorDom(root: ShadowRoot, step: number, rows: readonly number[], hourCycle: HourCycle): EditorDom {
  const perDay = MINUTES_PER_DAY / step
  root.textContent = ''
  const style = document.createElement('style')
  style.textContent = EDITOR_STYLES
  const frame = element('div', { class: 'frame' })
  frame.style.setProperty('--cells', String(perDay))
  frame.style.setProperty('--step', String(step))
  frame.style.setProperty('--per-hour', String(60 / step))
  const scale = element('div', { class: 'scale', 'aria-hidden': 'true' })
  scale.append(element('span', { style: 'grid-column: 1; border: none' }))
  for (let hour = 0; hour < 24; hour++) scale.append(element('span', {}, hourCycle === 'h23' ? clockTime(hour * 60) : clockTime(hour * 60, 'h12').replace(':00', '')))
  const grid = element('div', { class: 'grid', part: 'grid', role: 'grid', 'aria-label': 'Business hours', 'aria-describedby': 'help', 'aria-multiselectable': 'true' })
  const cells: HTMLElement[][] = []
  for (const day of rows) {
    const row = element('div', { class: 'row', role: 'row', 'data-day': String(day) })
    row.append(element('div', { class: 'day', role: 'rowheader', style: 'grid-column: 1' }, DAY_NAMES[day]!.slice(0, 3)))
    const dayCells: HTMLElement[] = []
    for (let i = 0; i < perDay; i++) {
      const minute = i * step
      const cell = element('div', { class: 'cell', part: 'cell', role: 'gridcell', tabindex: '-1', 'data-day': String(day), 'data-minute': String(minute), style: `grid-column: ${i + 2}` })
      if (minute % 60 === 0) cell.setAttribute('data-hour-start', '')
      dayCells.push(cell)
      row.append(cell)
    }
    cells[day] = dayCells
    grid.append(row)
  }
  frame.append(scale, grid)
  const actions = element('div', { class: 'actions', part: 'actions', role: 'group', 'aria-labelledby': 'action-day' })
  actions.append(element('strong', { id: 'action-day' }))
  for (const [action, label] of DAY_ACTIONS) actions.append(element('button', { type: 'button', 'data-action': action }, label))
  const live = element('div', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' })
  root.append(
    style,
    element('div', { class: 'issues', part: 'issues', hidden: '' }),
    frame,
    element('p', { class: 'help', part: 'help', id: 'help' }, HELP),
    actions,
    element('p', { class: 'summary', part: 'summary' }),
    element('p', { class: 'preview', part: 'preview' }),
    element('p', { class: 'note', part: 'note' }),
    live,
  )
  return { grid, cells, live }
}
