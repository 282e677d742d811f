// <callhours-week-editor>: the week as a grid of cells, edited by keyboard and pointer; it hands
// back the library's canonical records and the id-keeping payload (docs/editor.md). All schedule
// logic is the library's: this file turns gestures into spans and spans into DOM.

import type { Issue } from '../ground/issues'
import { BusinessHoursError, formatIssuePath } from '../ground/issues'
import { DAY_NAMES } from '../ground/days'
import type { BusinessHourInput } from '../records/types'
import { validateBusinessHours } from '../records/validateBusinessHours'
import { toBusinessHours } from '../records/toBusinessHours'
import { diffBusinessHours, type BusinessHourAttributes } from '../diff/diffBusinessHours'
import { describeSchedule } from '../render/describeSchedule'
import { resolveTimeZone } from '../zone/resolveTimeZone'
import { scheduleFromIntervals } from '../week/scheduleFromIntervals'
import { MINUTES_PER_DAY, type WeekInterval } from '../week/types'
import { clockChangeNote } from './clockChangeNote'
import { buildEditorDom, element } from './editorDom'
import { cellName, clockTime, dayInWords, type HourCycle } from './editorText'
import { ElementBase, defineOnce, upgradeProperties } from './elementBase'
import { keyCommand, movedFocus, type GridCell } from './keyboardMap'
import { openStatusText } from './openStatusText'
import { dayMinutes, setSpan, spanState, withDayMinutes, type DayMinutes } from './weekSpans'

/** What `input` and `change` events carry: the week as canonical records, the payload, the issues. */
export interface WeekEditorDetail {
  readonly records: BusinessHourInput[]
  readonly payload: BusinessHourAttributes[]
  readonly issues: Issue[]
}

/** Minutes per cell the editor accepts. */
const STEPS = [15, 30, 60] as const
/** Undo keeps this many edits; older ones are forgotten. */
const MAX_UNDO = 100
/** Properties a framework may set before the element is defined. */
const PROPERTIES = ['serverRecords', 'records', 'timeZone', 'step', 'weekStart', 'hourCycle', 'readOnly', 'required', 'disabled'] as const
const WEEKDAYS = [1, 2, 3, 4, 5]
const ALL_DAYS = [0, 1, 2, 3, 4, 5, 6]

type Cell = GridCell

interface Drag {
  readonly pointerId: number
  readonly before: readonly WeekInterval[]
  readonly anchor: Cell
  /** Painting sets cells to `open`; resizing moves one edge of the block `[start, end)` (day minutes). */
  readonly mode: { readonly kind: 'paint'; readonly open: boolean } | { readonly kind: 'resize'; readonly edge: 'start' | 'end'; readonly start: number; readonly end: number }
  last: Cell
}

const issue = (code: Issue['code'], path: Issue['path'], message: string): Issue => Object.freeze({ code, path: Object.freeze([...path]), message, severity: 'error' as const })

/**
 * `<callhours-week-editor>`: edits a target's weekly business hours with keyboard or pointer, and
 * gives back `records` (canonical `business_hours`), `payload` (the `business_hours_attributes`
 * that make the server's records say the edited week, ids kept) and `issues`. Form-associated:
 * with a `name`, the form value is the JSON of `payload`. Register it with {@link defineWeekEditor}.
 * Browser only; see docs/editor.md for the keyboard map, events and theming.
 *
 * @example
 * // In a page (not run: needs a browser)
 * // defineWeekEditor()
 * // const editor = document.createElement('callhours-week-editor')
 * // editor.serverRecords = target.business_hours
 * // editor.timeZone = target.time_zone
 * // editor.addEventListener('change', (event) => save(event.detail.payload))
 */
export class WeekEditorElement extends ElementBase {
  static formAssociated = true
  static observedAttributes = ['time-zone', 'step', 'week-start', 'hour-cycle', 'readonly', 'required', 'disabled']

  readonly #internals: ElementInternals
  readonly #root: ShadowRoot
  #server: readonly unknown[] = []
  #serverWeek: readonly WeekInterval[] = [{ start: 0, end: 7 * MINUTES_PER_DAY }]
  #week: readonly WeekInterval[] = this.#serverWeek
  #inputIssues: { server: Issue[]; records: Issue[]; options: Issue[] } = { server: [], records: [], options: [] }
  #timeZone = 'UTC'
  #zone: string | undefined = 'UTC'
  #step = 30
  #weekStart: 'sunday' | 'monday' = 'monday'
  #hourCycle: HourCycle = 'h23'
  #formDisabled = false
  #focus: Cell = { day: 1, minute: 540 }
  #anchor: Cell | undefined
  #clipboard: DayMinutes[] | undefined
  #undo: (readonly WeekInterval[])[] = []
  #redo: (readonly WeekInterval[])[] = []
  #pendingChange = false
  #drag: Drag | undefined
  #derived: WeekEditorDetail | undefined
  #built = ''
  #cells: HTMLElement[][] = []
  #cellState: string[][] = []
  #grid!: HTMLElement
  #live!: HTMLElement

  constructor() {
    super()
    this.#internals = this.attachInternals()
    this.#root = this.attachShadow({ mode: 'open', delegatesFocus: false })
  }

  // --- properties -----------------------------------------------------------------------------

  /** The target's `business_hours` as the server holds them (with ids). Setting it loads that week and clears undo. */
  get serverRecords(): readonly unknown[] {
    return this.#server
  }

  set serverRecords(value: readonly unknown[]) {
    const list = Array.isArray(value) ? value : []
    const result = validateBusinessHours(value, { pathPrefix: ['serverRecords'] })
    this.#server = list
    this.#inputIssues.server = result.ok ? [] : [...result.issues]
    if (result.ok) this.#serverWeek = result.schedule.intervals
    this.#week = this.#serverWeek
    this.#undo = []
    this.#redo = []
    this.#changed(false)
  }

  /** The edited week as canonical records (`toBusinessHours`); set it to load a week (invalid input leaves the week as it was and shows the issues). */
  get records(): BusinessHourInput[] {
    return this.#detail().records
  }

  set records(value: readonly unknown[]) {
    const result = validateBusinessHours(value, { pathPrefix: ['records'] })
    this.#inputIssues.records = result.ok ? [] : [...result.issues]
    if (result.ok) this.#week = result.schedule.intervals
    this.#changed(false)
  }

  /** The zone the preview reads the week in: an IANA id or a Retreaver name (attribute `time-zone`). Default `UTC`. */
  get timeZone(): string {
    return this.#timeZone
  }

  set timeZone(value: string) {
    this.setAttribute('time-zone', String(value))
  }

  /** Minutes per cell: 15, 30 (default) or 60 (attribute `step`). */
  get step(): number {
    return this.#step
  }

  set step(value: number) {
    this.setAttribute('step', String(value))
  }

  /** The first row: `'monday'` (default) or `'sunday'` (attribute `week-start`). */
  get weekStart(): 'sunday' | 'monday' {
    return this.#weekStart
  }

  set weekStart(value: 'sunday' | 'monday') {
    this.setAttribute('week-start', String(value))
  }

  /** How times are written: `'h23'` (default) or `'h12'` (attribute `hour-cycle`). */
  get hourCycle(): HourCycle {
    return this.#hourCycle
  }

  set hourCycle(value: HourCycle) {
    this.setAttribute('hour-cycle', String(value))
  }

  /** Shown but not editable (attribute `readonly`). */
  get readOnly(): boolean {
    return this.hasAttribute('readonly')
  }

  set readOnly(value: boolean) {
    this.toggleAttribute('readonly', Boolean(value))
  }

  /** A week with no open time is invalid (attribute `required`). */
  get required(): boolean {
    return this.hasAttribute('required')
  }

  set required(value: boolean) {
    this.toggleAttribute('required', Boolean(value))
  }

  /** Not editable, not focusable, not submitted (attribute `disabled`, or a disabled fieldset). */
  get disabled(): boolean {
    return this.hasAttribute('disabled')
  }

  set disabled(value: boolean) {
    this.toggleAttribute('disabled', Boolean(value))
  }

  /** Every problem: bad input (located under `serverRecords`, `records`, `timeZone`, …), then `validateBusinessHours` of the edited week. */
  get issues(): Issue[] {
    return this.#detail().issues
  }

  /** `diffBusinessHours(serverRecords, records)`: the `business_hours_attributes` to send; `[]` when nothing changed (or the server records are invalid). */
  get payload(): BusinessHourAttributes[] {
    return this.#detail().payload
  }

  /** The element's form, when it is in one. */
  get form(): HTMLFormElement | null {
    return this.#internals.form
  }

  /** The `name` attribute, under which the form carries the payload. */
  get name(): string | null {
    return this.getAttribute('name')
  }

  get validity(): ValidityState {
    return this.#internals.validity
  }

  get validationMessage(): string {
    return this.#internals.validationMessage
  }

  checkValidity(): boolean {
    return this.#internals.checkValidity()
  }

  reportValidity(): boolean {
    return this.#internals.reportValidity()
  }

  // --- lifecycle ------------------------------------------------------------------------------

  connectedCallback(): void {
    upgradeProperties(this, PROPERTIES)
    this.#render()
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    const options = this.#inputIssues.options.filter((item) => item.path[0] !== camel(name))
    if (name === 'time-zone') {
      this.#timeZone = value ?? 'UTC'
      try {
        this.#zone = resolveTimeZone(this.#timeZone)
      } catch (error) {
        this.#zone = undefined
        options.push(issue('unknown_time_zone', ['timeZone'], error instanceof Error ? error.message : String(error)))
      }
    } else if (name === 'step') {
      const step = value === null ? 30 : Number(value)
      if ((STEPS as readonly number[]).includes(step)) this.#step = step
      else options.push(issue('out_of_range', ['step'], `step must be 15, 30 or 60 minutes, received ${JSON.stringify(value)}`))
    } else if (name === 'week-start') {
      if (value === null || value === 'monday' || value === 'sunday') this.#weekStart = value ?? 'monday'
      else options.push(issue('out_of_range', ['weekStart'], `weekStart must be 'monday' or 'sunday', received ${JSON.stringify(value)}`))
    } else if (name === 'hour-cycle') {
      if (value === null || value === 'h23' || value === 'h12') this.#hourCycle = value ?? 'h23'
      else options.push(issue('out_of_range', ['hourCycle'], `hourCycle must be 'h23' or 'h12', received ${JSON.stringify(value)}`))
    }
    this.#inputIssues.options = options
    this.#changed(false)
  }

  formResetCallback(): void {
    this.#week = this.#serverWeek
    this.#inputIssues.records = []
    this.#undo = []
    this.#redo = []
    this.#anchor = undefined
    this.#changed(false)
  }

  formStateRestoreCallback(state: unknown): void {
    if (typeof state !== 'string') return
    try {
      this.#week = scheduleFromIntervals(JSON.parse(state) as WeekInterval[]).intervals
    } catch {
      return // not a week this element wrote: keep the one it has
    }
    this.#changed(false)
  }

  formDisabledCallback(disabled: boolean): void {
    this.#formDisabled = disabled
    this.#render()
  }

  // --- derived values -------------------------------------------------------------------------

  #detail(): WeekEditorDetail {
    if (this.#derived !== undefined) return this.#derived
    const records = toBusinessHours(scheduleFromIntervals(this.#week))
    const issues: Issue[] = [...this.#inputIssues.options, ...this.#inputIssues.server, ...this.#inputIssues.records]
    let payload: BusinessHourAttributes[] = []
    if (this.#inputIssues.server.length === 0) {
      try {
        payload = diffBusinessHours(this.#server, records)
      } catch (error) {
        if (!(error instanceof BusinessHoursError)) throw error
        // The diff roots the server's records at `server`: say it the way this element names them.
        for (const found of error.issues) issues.push(Object.freeze({ ...found, path: Object.freeze(['serverRecords', ...found.path.slice(found.path[0] === 'server' ? 1 : 0)]) }))
      }
    }
    const own = validateBusinessHours(records)
    for (const found of own.ok ? own.warnings : own.issues) issues.push(found)
    this.#derived = { records, payload, issues }
    return this.#derived
  }

  /** Everything after the week or an option changed: derived values, form value, DOM, events. */
  #changed(fromUser: boolean, announceDays: readonly number[] = []): void {
    this.#derived = undefined
    const { payload, issues } = this.#detail()
    // The state is the week itself, so a page restored from history (or autofill) gets the edit back.
    this.#internals.setFormValue(payload.length === 0 ? null : JSON.stringify(payload), JSON.stringify(this.#week))
    const error = issues.find((item) => item.severity === 'error')
    // reportValidity() focuses the anchor: the grid's one tab stop.
    const anchor = this.#cells[this.#focus.day]?.[this.#focus.minute / this.#step]
    if (error !== undefined) this.#internals.setValidity({ customError: true }, error.message, anchor)
    else if (this.required && this.#week.length === 0) this.#internals.setValidity({ valueMissing: true }, 'Open the week for at least one period', anchor)
    else this.#internals.setValidity({})
    this.#render()
    if (announceDays.length > 0) this.#announce(announceDays.map((day) => dayInWords(day, dayMinutes(this.#week, day), this.#hourCycle)).join('; '))
    if (fromUser) this.#emit('input')
  }

  #emit(type: 'input' | 'change'): void {
    const { records, payload, issues } = this.#detail()
    this.dispatchEvent(new CustomEvent<WeekEditorDetail>(type, { bubbles: true, composed: true, detail: { records: [...records], payload: [...payload], issues: [...issues] } }))
  }

  #announce(text: string): void {
    if (this.#live === undefined) return
    this.#live.textContent = ''
    this.#live.textContent = text
  }

  // --- editing --------------------------------------------------------------------------------

  get #locked(): boolean {
    return this.disabled || this.#formDisabled || this.readOnly
  }

  /** Replaces the week as one undoable edit; `days` are announced. */
  #edit(week: readonly WeekInterval[], days: readonly number[]): boolean {
    const before = this.#week
    if (sameWeek(before, week)) return false
    this.#undo.push(before)
    if (this.#undo.length > MAX_UNDO) this.#undo.shift()
    this.#redo = []
    this.#week = week
    this.#changed(true, days)
    return true
  }

  #history(from: (readonly WeekInterval[])[], to: (readonly WeekInterval[])[]): void {
    const week = from.pop()
    if (week === undefined) return
    to.push(this.#week)
    const days = ALL_DAYS.filter((day) => !sameDay(dayMinutes(this.#week, day), dayMinutes(week, day)))
    this.#week = week
    this.#changed(true, days)
    this.#emit('change')
  }

  #rows(): number[] {
    return this.#weekStart === 'monday' ? [1, 2, 3, 4, 5, 6, 0] : [0, 1, 2, 3, 4, 5, 6]
  }

  /** The selection as days (in row order) and a minute range `[start, end)`. */
  #selection(): { days: number[]; start: number; end: number } | undefined {
    if (this.#anchor === undefined) return undefined
    const rows = this.#rows()
    const a = rows.indexOf(this.#anchor.day)
    const b = rows.indexOf(this.#focus.day)
    return {
      days: rows.slice(Math.min(a, b), Math.max(a, b) + 1),
      start: Math.min(this.#anchor.minute, this.#focus.minute),
      end: Math.max(this.#anchor.minute, this.#focus.minute) + this.#step,
    }
  }

  #setRect(week: readonly WeekInterval[], days: readonly number[], start: number, end: number, open: boolean): readonly WeekInterval[] {
    let next = week
    for (const day of days) next = setSpan(next, day * MINUTES_PER_DAY + start, day * MINUTES_PER_DAY + end, open)
    return next
  }

  #cellIsOpen(week: readonly WeekInterval[], cell: Cell): boolean {
    const start = cell.day * MINUTES_PER_DAY + cell.minute
    return spanState(week, start, start + this.#step) === 'open'
  }

  #keydown(event: KeyboardEvent): void {
    if (this.disabled || this.#formDisabled) return
    const command = keyCommand(event)
    if (command === undefined) return
    event.preventDefault()
    if (command.kind === 'move') {
      if (command.extend) this.#anchor ??= this.#focus
      else this.#anchor = undefined
      this.#focus = movedFocus(this.#focus, command.to, this.#rows(), this.#step)
      this.#render(true)
      return
    }
    if (command.kind === 'copy') {
      this.#clipboard = dayMinutes(this.#week, this.#focus.day)
      this.#announce(`Copied ${dayInWords(this.#focus.day, this.#clipboard, this.#hourCycle)}`)
      return
    }
    if (this.#locked) return
    if (command.kind === 'toggle') {
      if (event.repeat) return
      // Without a selection the anchor is the focused cell itself: it toggles.
      const anchor = this.#anchor ?? this.#focus
      const selection = this.#selection() ?? { days: [this.#focus.day], start: this.#focus.minute, end: this.#focus.minute + this.#step }
      if (this.#edit(this.#setRect(this.#week, selection.days, selection.start, selection.end, !this.#cellIsOpen(this.#week, anchor)), selection.days)) this.#pendingChange = true
    } else if (command.kind === 'paste') {
      if (this.#clipboard === undefined) return
      const days = this.#selection()?.days ?? [this.#focus.day]
      let week = this.#week
      for (const day of days) week = withDayMinutes(week, day, this.#clipboard)
      if (this.#edit(week, days)) this.#emit('change')
    } else if (command.kind === 'undo') this.#history(this.#undo, this.#redo)
    else this.#history(this.#redo, this.#undo)
  }

  #keyup(): void {
    if (!this.#pendingChange) return
    this.#pendingChange = false
    this.#emit('change')
  }

  #cellAt(x: number, y: number): Cell | undefined {
    const found = this.#root.elementFromPoint(x, y)?.closest<HTMLElement>('[data-minute]')
    if (found == null) return undefined
    return { day: Number(found.dataset.day), minute: Number(found.dataset.minute) }
  }

  #pointerdown(event: PointerEvent): void {
    if (event.button !== 0 || this.#drag !== undefined) return
    const target = event.target as HTMLElement
    const handle = target.closest<HTMLElement>('[data-edge]')
    const cell = handle === null ? target.closest<HTMLElement>('[data-minute]') : null
    if (handle === null && cell === null) return
    event.preventDefault()
    if (this.disabled || this.#formDisabled) return
    if (cell !== null) {
      this.#focus = { day: Number(cell.dataset.day), minute: Number(cell.dataset.minute) }
      this.#anchor = undefined
      this.#render(true)
    }
    if (this.#locked) return
    const block = handle?.parentElement
    const anchor = cell !== null ? this.#focus : { day: Number(block!.dataset.day), minute: Number(handle!.dataset.edge === 'start' ? block!.dataset.start : block!.dataset.end) }
    const mode: Drag['mode'] = handle === null
      ? { kind: 'paint', open: !this.#cellIsOpen(this.#week, anchor) }
      : { kind: 'resize', edge: handle.dataset.edge === 'start' ? 'start' : 'end', start: Number(block!.dataset.start), end: Number(block!.dataset.end) }
    this.#drag = { pointerId: event.pointerId, before: this.#week, anchor, mode, last: anchor }
    this.#grid.setPointerCapture(event.pointerId)
    this.#grid.classList.add('dragging')
    if (mode.kind === 'paint') this.#dragTo(anchor)
  }

  #pointermove(event: PointerEvent): void {
    const drag = this.#drag
    if (drag === undefined || event.pointerId !== drag.pointerId) return
    const cell = this.#cellAt(event.clientX, event.clientY)
    if (cell === undefined || (cell.day === drag.last.day && cell.minute === drag.last.minute)) return
    drag.last = cell
    this.#dragTo(cell)
  }

  #dragTo(cell: Cell): void {
    const drag = this.#drag!
    const { mode, anchor, before } = drag
    let week: readonly WeekInterval[]
    let days: number[]
    if (mode.kind === 'paint') {
      const rows = this.#rows()
      const a = rows.indexOf(anchor.day)
      const b = rows.indexOf(cell.day)
      days = rows.slice(Math.min(a, b), Math.max(a, b) + 1)
      week = this.#setRect(before, days, Math.min(anchor.minute, cell.minute), Math.max(anchor.minute, cell.minute) + this.#step, mode.open)
    } else {
      // An edge follows the pointer along its own day; the block keeps at least one cell.
      const start = mode.edge === 'start' ? Math.min(cell.minute, mode.end - this.#step) : mode.start
      const end = mode.edge === 'end' ? Math.max(cell.minute + this.#step, mode.start + this.#step) : mode.end
      days = [anchor.day]
      const base = anchor.day * MINUTES_PER_DAY
      week = setSpan(setSpan(before, base + mode.start, base + mode.end, false), base + start, base + end, true)
    }
    if (sameWeek(week, this.#week)) return
    this.#week = week
    this.#changed(true, days)
  }

  #pointerup(event: PointerEvent): void {
    const drag = this.#drag
    if (drag === undefined || event.pointerId !== drag.pointerId) return
    this.#drag = undefined
    this.#grid.classList.remove('dragging')
    if (this.#grid.hasPointerCapture(event.pointerId)) this.#grid.releasePointerCapture(event.pointerId)
    if (event.type === 'pointercancel') {
      this.#week = drag.before
      this.#changed(true)
      return
    }
    if (sameWeek(drag.before, this.#week)) return
    this.#undo.push(drag.before)
    if (this.#undo.length > MAX_UNDO) this.#undo.shift()
    this.#redo = []
    this.#emit('change')
  }

  #dayAction(action: string): void {
    if (this.#locked) return
    const day = this.#focus.day
    const hours = dayMinutes(this.#week, day)
    let week = this.#week
    let days = [day]
    if (action === 'close') week = withDayMinutes(week, day, [])
    else if (action === 'all-day') week = withDayMinutes(week, day, [{ start: 0, end: MINUTES_PER_DAY }])
    else {
      days = (action === 'weekdays' ? WEEKDAYS : ALL_DAYS).filter((other) => other !== day)
      for (const other of days) week = withDayMinutes(week, other, hours)
    }
    if (this.#edit(week, days)) this.#emit('change')
  }

  // --- DOM ------------------------------------------------------------------------------------

  /** Builds the shadow DOM for the current step, row order and hour cycle (once per change of any). */
  #build(): void {
    const key = `${this.#step}/${this.#weekStart}/${this.#hourCycle}`
    if (this.#built === key) return
    this.#built = key
    this.#focus = { day: this.#focus.day, minute: Math.floor(this.#focus.minute / this.#step) * this.#step }
    this.#anchor = undefined
    const { grid, cells, live } = buildEditorDom(this.#root, this.#step, this.#rows(), this.#hourCycle)
    this.#grid = grid
    this.#cells = cells
    this.#cellState = cells.map(() => [])
    this.#live = live
    grid.addEventListener('keydown', (event) => this.#keydown(event))
    grid.addEventListener('keyup', () => this.#keyup())
    grid.addEventListener('pointerdown', (event) => this.#pointerdown(event))
    grid.addEventListener('pointermove', (event) => this.#pointermove(event))
    grid.addEventListener('pointerup', (event) => this.#pointerup(event))
    grid.addEventListener('pointercancel', (event) => this.#pointerup(event))
    grid.addEventListener('focusin', (event) => {
      const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-minute]')
      if (cell === null) return
      const day = Number(cell.dataset.day)
      const minute = Number(cell.dataset.minute)
      if (day !== this.#focus.day || minute !== this.#focus.minute) {
        this.#focus = { day, minute }
        this.#render()
      }
    })
    this.#root.querySelectorAll<HTMLElement>('[data-action]').forEach((button) => {
      button.addEventListener('click', () => this.#dayAction(button.dataset.action!))
    })
  }

  /** Brings the DOM in line with the state; `focusCell` moves the browser's focus to the focused cell. */
  #render(focusCell = false): void {
    if (!this.isConnected) return
    this.#build()
    const root = this.#root
    const step = this.#step
    const locked = this.#locked
    const disabled = this.disabled || this.#formDisabled
    const selection = this.#selection()
    const grid = this.#grid
    grid.classList.toggle('locked', locked)
    if (this.readOnly) grid.setAttribute('aria-readonly', 'true')
    else grid.removeAttribute('aria-readonly')
    if (disabled) grid.setAttribute('aria-disabled', 'true')
    else grid.removeAttribute('aria-disabled')
    for (const day of ALL_DAYS) {
      const cells = this.#cells[day]!
      const states = this.#cellState[day]!
      const base = day * MINUTES_PER_DAY
      const selectedDay = selection !== undefined && selection.days.includes(day)
      for (let i = 0; i < cells.length; i++) {
        const minute = i * step
        const state = spanState(this.#week, base + minute, base + minute + step)
        const selected = selectedDay && minute >= selection!.start && minute < selection!.end
        const focused = day === this.#focus.day && minute === this.#focus.minute
        const key = `${state}${selected ? 's' : ''}${focused && !disabled ? 'f' : ''}`
        if (states[i] === key) continue
        states[i] = key
        const cell = cells[i]!
        cell.dataset.open = String(state === 'open')
        cell.toggleAttribute('data-partly', state === 'partly')
        cell.setAttribute('aria-label', cellName(day, minute, minute + step, state, this.#hourCycle))
        cell.setAttribute('aria-selected', String(selected))
        cell.tabIndex = focused && !disabled ? 0 : -1
      }
      this.#renderBlocks(day)
    }
    if (focusCell) this.#cells[this.#focus.day]![this.#focus.minute / step]!.focus()
    const dayName = DAY_NAMES[this.#focus.day]!
    root.querySelector('#action-day')!.textContent = `${dayName}:`
    root.querySelectorAll<HTMLButtonElement>('.actions button').forEach((button) => { button.disabled = locked })
    const { issues } = this.#detail()
    const box = root.querySelector<HTMLElement>('.issues')!
    box.hidden = issues.length === 0
    box.textContent = ''
    if (issues.length > 0) {
      box.append(element('strong', {}, issues.length === 1 ? '1 problem' : `${issues.length} problems`))
      const list = element('ul', {})
      for (const found of issues.slice(0, 20)) list.append(element('li', {}, `${formatIssuePath(found.path)}: ${found.message}`))
      box.append(list)
    }
    const schedule = scheduleFromIntervals(this.#week)
    root.querySelector('.summary')!.textContent = describeSchedule(schedule, { weekStart: this.#weekStart })
    const now = Date.now()
    const zone = this.#zone
    root.querySelector('.preview')!.textContent = zone === undefined ? 'No preview: the time zone is unknown' : `${openStatusText(schedule, now, zone, { openWord: 'Open now', hourCycle: this.#hourCycle }).text}`
    root.querySelector('.note')!.textContent = zone === undefined ? '' : (clockChangeNote(now, zone, this.#hourCycle) ?? '')
  }

  #renderBlocks(day: number): void {
    const row = this.#cells[day]![0]!.parentElement!
    row.querySelectorAll('.block').forEach((old) => old.remove())
    const step = this.#step
    for (const span of dayMinutes(this.#week, day)) {
      const from = Math.floor(span.start / step)
      const to = Math.ceil(span.end / step)
      const text = `${clockTime(span.start, this.#hourCycle)}–${clockTime(span.end, this.#hourCycle)}`
      const block = element('div', { class: 'block', part: 'block', 'aria-hidden': 'true', title: text, style: `grid-column: ${from + 2} / ${to + 2}`, 'data-day': String(day), 'data-start': String(span.start), 'data-end': String(span.end) }, text)
      block.append(element('span', { class: 'handle', part: 'handle', 'data-edge': 'start' }), element('span', { class: 'handle', part: 'handle', 'data-edge': 'end' }))
      row.append(block)
    }
  }
}


const camel = (name: string): string => name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())

function sameDay(a: readonly DayMinutes[], b: readonly DayMinutes[]): boolean {
  return a.length === b.length && a.every((span, i) => span.start === b[i]!.start && span.end === b[i]!.end)
}

function sameWeek(a: readonly WeekInterval[], b: readonly WeekInterval[]): boolean {
  return a.length === b.length && a.every((span, i) => span.start === b[i]!.start && span.end === b[i]!.end)
}

/**
 * Registers `<callhours-week-editor>` (or another tag name) for {@link WeekEditorElement}; calling
 * it again is harmless. Browser only.
 *
 * @param tagName - the element's name, default `callhours-week-editor`
 * @returns whether the name now stands for the editor (false when another class holds it, or outside a browser)
 *
 * @example
 * // Outside a browser nothing is registered
 * defineWeekEditor() //=> false
 */
export function defineWeekEditor(tagName = 'callhours-week-editor'): boolean {
  return defineOnce(tagName, WeekEditorElement)
}
