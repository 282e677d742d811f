// <callhours-open-status>: one line saying whether the hours are open now and when that changes,
// kept true by one timer set for the next change (cleared when the element leaves the page).

import type { Hours } from '../calendar/types'
import { requireHours } from '../calendar/sealedCalendar'
import { formatIssuePath } from '../ground/issues'
import { validateBusinessHours } from '../records/validateBusinessHours'
import { ElementBase, defineOnce, upgradeProperties } from './elementBase'
import { openStatusText } from './openStatusText'

/** A browser timer takes at most 2³¹ − 1 ms (about 24.8 days); a later change is waited for in steps. */
const MAX_TIMER_MS = 2_147_483_647
const PROPERTIES = ['records', 'schedule', 'calendar', 'timeZone'] as const

/**
 * `<callhours-open-status>`: "Open · closes 17:00 EST" / "Closed · opens Mon 09:00 EST" for a
 * target's hours in its zone, updated at the next change by one timer (cleared on disconnect);
 * `aria-live="polite"`, so the change is announced. Register it with {@link defineOpenStatus}.
 * Browser only.
 *
 * @example
 * // In a page (not run: needs a browser)
 * // defineOpenStatus()
 * // const status = document.createElement('callhours-open-status')
 * // status.records = target.business_hours
 * // status.timeZone = 'Eastern Time (US & Canada)'
 */
export class OpenStatusElement extends ElementBase {
  static observedAttributes = ['time-zone']

  #hours: Hours | undefined
  #problem: string | undefined
  #timeZone = 'UTC'
  #timer: ReturnType<typeof setTimeout> | undefined

  /** Business-hour records (`business_hours`); invalid ones are shown as their first issue. */
  set records(value: readonly unknown[]) {
    const result = validateBusinessHours(value)
    this.#hours = result.ok ? result.schedule : undefined
    this.#problem = result.ok ? undefined : `${formatIssuePath(result.issues[0]!.path)}: ${result.issues[0]!.message}`
    this.#update()
  }

  /** A weekly schedule (instead of `records`). */
  set schedule(value: Hours) {
    this.#setHours(value)
  }

  /** A calendar (`withExceptions`), so closures and special days count. */
  set calendar(value: Hours) {
    this.#setHours(value)
  }

  /** The hours being shown, as a schedule or calendar; undefined when none or invalid. */
  get hours(): Hours | undefined {
    return this.#hours
  }

  /** The zone: an IANA id or a Retreaver name (attribute `time-zone`). Default `UTC`. */
  get timeZone(): string {
    return this.#timeZone
  }

  set timeZone(value: string) {
    this.setAttribute('time-zone', String(value))
  }

  connectedCallback(): void {
    upgradeProperties(this, PROPERTIES)
    this.setAttribute('aria-live', 'polite')
    if (!this.hasAttribute('role')) this.setAttribute('role', 'status')
    this.#update()
  }

  disconnectedCallback(): void {
    clearTimeout(this.#timer)
    this.#timer = undefined
  }

  attributeChangedCallback(_name: string, _old: string | null, value: string | null): void {
    this.#timeZone = value ?? 'UTC'
    this.#update()
  }

  #setHours(value: Hours): void {
    try {
      this.#hours = requireHours(value)
      this.#problem = undefined
    } catch (error) {
      this.#hours = undefined
      this.#problem = error instanceof Error ? error.message : String(error)
    }
    this.#update()
  }

  #update(): void {
    clearTimeout(this.#timer)
    this.#timer = undefined
    if (!this.isConnected) return
    if (this.#hours === undefined) {
      this.textContent = this.#problem ?? ''
      return
    }
    const now = Date.now()
    let status
    try {
      status = openStatusText(this.#hours, now, this.#timeZone)
    } catch (error) {
      this.textContent = error instanceof Error ? error.message : String(error)
      return
    }
    if (this.textContent !== status.text) this.textContent = status.text
    if (status.changesAtMs !== null) this.#timer = setTimeout(() => this.#update(), Math.min(MAX_TIMER_MS, Math.max(0, status.changesAtMs - now)))
  }
}

/**
 * Registers `<callhours-open-status>` (or another tag name) for {@link OpenStatusElement}; calling
 * it again is harmless. Browser only.
 *
 * @param tagName - the element's name, default `callhours-open-status`
 * @returns whether the name now stands for the status element (false outside a browser)
 *
 * @example
 * // Outside a browser nothing is registered
 * defineOpenStatus() //=> false
 */
export function defineOpenStatus(tagName = 'callhours-open-status'): boolean {
  return defineOnce(tagName, OpenStatusElement)
}
