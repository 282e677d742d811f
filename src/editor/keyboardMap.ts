// The editor's keyboard map (docs/editor.md), as data: which key does what, and where a move takes
// the focus. The element only carries the commands out.

/** A cell of the grid: its day (Sunday = 0) and the minute of the day it starts at. */
export interface GridCell {
  readonly day: number
  readonly minute: number
}

/** What a key press asks for. */
export type KeyCommand =
  | { readonly kind: 'move'; readonly to: 'left' | 'right' | 'up' | 'down' | 'home' | 'end'; readonly extend: boolean }
  | { readonly kind: 'toggle' | 'copy' | 'paste' | 'undo' | 'redo' }

/** The key fields of a `KeyboardEvent` the map reads. */
export interface KeyPress {
  readonly key: string
  readonly shiftKey: boolean
  readonly ctrlKey: boolean
  readonly metaKey: boolean
}

const MOVES: Readonly<Record<string, 'left' | 'right' | 'up' | 'down' | 'home' | 'end'>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
  Home: 'home',
  End: 'end',
}

/**
 * The command of a key press, or `undefined` for a key the editor leaves to the page. Ctrl and
 * Cmd (Meta) are the same; Shift with a move extends the selection.
 *
 * @param press - `key`, `shiftKey`, `ctrlKey`, `metaKey` (a `KeyboardEvent` will do)
 * @returns the command
 *
 * @example
 * keyCommand({ key: 'ArrowRight', shiftKey: true, ctrlKey: false, metaKey: false }) //=> { kind: 'move', to: 'right', extend: true }
 * keyCommand({ key: ' ', shiftKey: false, ctrlKey: false, metaKey: false }) //=> { kind: 'toggle' }
 * keyCommand({ key: 'Z', shiftKey: true, ctrlKey: false, metaKey: true }) //=> { kind: 'redo' }
 *
 * @example
 * // Edge: Tab, and a move with Ctrl, are the page's
 * keyCommand({ key: 'Tab', shiftKey: false, ctrlKey: false, metaKey: false }) //=> undefined
 * keyCommand({ key: 'ArrowLeft', shiftKey: false, ctrlKey: true, metaKey: false }) //=> undefined
 */
export function keyCommand(press: KeyPress): KeyCommand | undefined {
  const command = press.ctrlKey || press.metaKey
  const move = Object.prototype.hasOwnProperty.call(MOVES, press.key) ? MOVES[press.key] : undefined
  if (!command) {
    if (move !== undefined) return { kind: 'move', to: move, extend: press.shiftKey }
    return press.key === ' ' ? { kind: 'toggle' } : undefined
  }
  const letter = press.key.toLowerCase()
  if (letter === 'c') return { kind: 'copy' }
  if (letter === 'v') return { kind: 'paste' }
  if (letter === 'z') return { kind: press.shiftKey ? 'redo' : 'undo' }
  return undefined
}

/**
 * Where a move takes the focus: a step left or right within the day, a row up or down in the
 * grid's row order, or the day's first or last cell. Moves stop at the edges.
 *
 * @param focus - the focused cell
 * @param to - the direction
 * @param rows - the days in row order (Monday first: `[1, 2, 3, 4, 5, 6, 0]`)
 * @param step - minutes per cell
 * @returns the cell moved to
 *
 * @example
 * const mondayFirst = [1, 2, 3, 4, 5, 6, 0]
 * movedFocus({ day: 1, minute: 540 }, 'right', mondayFirst, 30) //=> { day: 1, minute: 570 }
 * movedFocus({ day: 6, minute: 540 }, 'down', mondayFirst, 30) //=> { day: 0, minute: 540 }
 * movedFocus({ day: 1, minute: 540 }, 'end', mondayFirst, 15) //=> { day: 1, minute: 1425 }
 *
 * @example
 * // Edge: the first row and the day's first cell stay where they are
 * movedFocus({ day: 1, minute: 0 }, 'up', mondayFirst, 30) //=> { day: 1, minute: 0 }
 * movedFocus({ day: 1, minute: 0 }, 'left', mondayFirst, 30) //=> { day: 1, minute: 0 }
 */
export function movedFocus(focus: GridCell, to: 'left' | 'right' | 'up' | 'down' | 'home' | 'end', rows: readonly number[], step: number): GridCell {
  const last = 1440 - step
  const row = rows.indexOf(focus.day)
  switch (to) {
    case 'left':
      return { day: focus.day, minute: Math.max(0, focus.minute - step) }
    case 'right':
      return { day: focus.day, minute: Math.min(last, focus.minute + step) }
    case 'up':
      return { day: rows[Math.max(0, row - 1)]!, minute: focus.minute }
    case 'down':
      return { day: rows[Math.min(rows.length - 1, row + 1)]!, minute: focus.minute }
    case 'home':
      return { day: focus.day, minute: 0 }
    case 'end':
      return { day: focus.day, minute: last }
  }
}
