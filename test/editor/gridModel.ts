/**
 * A model of the week editor's grid, kept by the tests: cells as booleans, the focus, the
 * selection's anchor, the clipboard and the undo stacks, changed by the same actions the browser
 * gets. It knows nothing of the library: its week is made from the cells alone.
 */
import fc from 'fast-check'
import type { WeekInterval } from '../../src/index'

export const STEP = 30
export const PER_DAY = 1440 / STEP
/** Row order with the week starting on Monday. */
export const ROWS = [1, 2, 3, 4, 5, 6, 0]

export interface Cell {
  readonly day: number
  readonly index: number
}

export type Action =
  | { readonly kind: 'key'; readonly key: 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End'; readonly shift: boolean }
  | { readonly kind: 'space' }
  | { readonly kind: 'copy' }
  | { readonly kind: 'paste' }
  | { readonly kind: 'undo' }
  | { readonly kind: 'redo' }
  | { readonly kind: 'drag'; readonly from: Cell; readonly to: Cell }

export interface GridModel {
  cells: boolean[][]
  focus: Cell
  anchor: Cell | undefined
  clipboard: boolean[] | undefined
  undo: boolean[][][]
  redo: boolean[][][]
}

const copyCells = (cells: boolean[][]): boolean[][] => cells.map((row) => row.slice())
const same = (a: boolean[][], b: boolean[][]): boolean => a.every((row, day) => row.every((open, i) => open === b[day]![i]))

export function modelOf(cells: boolean[][], focus: Cell): GridModel {
  return { cells: copyCells(cells), focus, anchor: undefined, clipboard: undefined, undo: [], redo: [] }
}

function commit(model: GridModel, next: boolean[][]): void {
  if (same(model.cells, next)) return
  model.undo.push(model.cells)
  model.redo = []
  model.cells = next
}

/** Days between two rows (in row order) and cell indexes between two cells, inclusive. */
function rect(a: Cell, b: Cell): { days: number[]; from: number; to: number } {
  const ra = ROWS.indexOf(a.day)
  const rb = ROWS.indexOf(b.day)
  return { days: ROWS.slice(Math.min(ra, rb), Math.max(ra, rb) + 1), from: Math.min(a.index, b.index), to: Math.max(a.index, b.index) }
}

function fill(cells: boolean[][], area: { days: number[]; from: number; to: number }, open: boolean): boolean[][] {
  const next = copyCells(cells)
  for (const day of area.days) for (let i = area.from; i <= area.to; i++) next[day]![i] = open
  return next
}

export function apply(model: GridModel, action: Action): void {
  const { focus } = model
  switch (action.kind) {
    case 'key': {
      const row = ROWS.indexOf(focus.day)
      const moved: Cell = {
        ArrowLeft: { day: focus.day, index: Math.max(0, focus.index - 1) },
        ArrowRight: { day: focus.day, index: Math.min(PER_DAY - 1, focus.index + 1) },
        ArrowUp: { day: ROWS[Math.max(0, row - 1)]!, index: focus.index },
        ArrowDown: { day: ROWS[Math.min(6, row + 1)]!, index: focus.index },
        Home: { day: focus.day, index: 0 },
        End: { day: focus.day, index: PER_DAY - 1 },
      }[action.key]
      model.anchor = action.shift ? (model.anchor ?? focus) : undefined
      model.focus = moved
      return
    }
    case 'space': {
      const anchor = model.anchor ?? focus
      commit(model, fill(model.cells, rect(anchor, focus), !model.cells[anchor.day]![anchor.index]))
      return
    }
    case 'copy':
      model.clipboard = model.cells[focus.day]!.slice()
      return
    case 'paste': {
      if (model.clipboard === undefined) return
      const days = model.anchor === undefined ? [focus.day] : rect(model.anchor, focus).days
      const next = copyCells(model.cells)
      for (const day of days) next[day] = model.clipboard.slice()
      commit(model, next)
      return
    }
    case 'undo':
    case 'redo': {
      const [from, to] = action.kind === 'undo' ? [model.undo, model.redo] : [model.redo, model.undo]
      const cells = from.pop()
      if (cells === undefined) return
      to.push(model.cells)
      model.cells = cells
      return
    }
    case 'drag':
      model.focus = action.from
      model.anchor = undefined
      commit(model, fill(model.cells, rect(action.from, action.to), !model.cells[action.from.day]![action.from.index]))
      return
  }
}

/** The model's week as intervals in normal form (a Saturday→Sunday span stays two pieces). */
export function intervalsOf(cells: boolean[][]): WeekInterval[] {
  const intervals: WeekInterval[] = []
  for (let day = 0; day < 7; day++) {
    for (let i = 0; i < PER_DAY; i++) {
      if (!cells[day]![i]) continue
      const start = day * 1440 + i * STEP
      const last = intervals.at(-1)
      if (last !== undefined && last.end === start) intervals[intervals.length - 1] = { start: last.start, end: start + STEP }
      else intervals.push({ start, end: start + STEP })
    }
  }
  return intervals
}

/** The cells of a string per day (`'1'` open), Sunday first. */
export function cellsOf(rows: readonly string[]): boolean[][] {
  return rows.map((row) => Array.from(row, (char) => char === '1'))
}

const cellArbitrary = fc.record({ day: fc.integer({ min: 0, max: 6 }), index: fc.integer({ min: 0, max: PER_DAY - 1 }) })

/** Actions weighted towards moves and edits; a drag between two random cells. */
export const actionArbitrary: fc.Arbitrary<Action> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('key' as const), key: fc.constantFrom('ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'ArrowUp', 'ArrowDown', 'Home', 'End' as const), shift: fc.boolean() }) },
  { weight: 3, arbitrary: fc.constant({ kind: 'space' as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'copy' as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'paste' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'undo' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'redo' as const }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('drag' as const), from: cellArbitrary, to: cellArbitrary }) },
)
