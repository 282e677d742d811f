/**
 * The editor's span edits (src/editor/weekSpans.ts) against the simplest model there is: the week
 * as one boolean per 15 minutes. Examples first, then properties.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dayMinutes, setSpan, spanState, withDayMinutes } from '../../src/editor/weekSpans'
import { keyCommand, movedFocus } from '../../src/editor/keyboardMap'
import type { WeekInterval } from '../../src/index'

const SLOT = 15
const SLOTS = 10080 / SLOT

function intervalsOf(slots: readonly boolean[]): WeekInterval[] {
  const out: WeekInterval[] = []
  slots.forEach((open, i) => {
    if (!open) return
    const last = out.at(-1)
    if (last !== undefined && last.end === i * SLOT) out[out.length - 1] = { start: last.start, end: (i + 1) * SLOT }
    else out.push({ start: i * SLOT, end: (i + 1) * SLOT })
  })
  return out
}

const slotsArbitrary = fc.array(fc.boolean(), { minLength: SLOTS, maxLength: SLOTS })
const spanArbitrary = fc.tuple(fc.integer({ min: 0, max: SLOTS - 1 }), fc.integer({ min: 1, max: 96 })).map(([start, length]) => ({ start, end: Math.min(SLOTS, start + length) }))

describe('span edits of the week editor', () => {
  it('keeps a block off the grid to the minute until an edit touches it', () => {
    const week = [{ start: 1990, end: 2460 }] // Monday 09:10–17:00
    expect(spanState(week, 1980, 2010)).toBe('partly')
    expect(setSpan(week, 2880, 2910, true)).toEqual([{ start: 1990, end: 2460 }, { start: 2880, end: 2910 }])
    expect(setSpan(week, 1980, 2010, true)).toEqual([{ start: 1980, end: 2460 }])
  })

  it('setSpan opens or closes exactly the span, as the slot model does', () => {
    fc.assert(fc.property(slotsArbitrary, spanArbitrary, fc.boolean(), (slots, span, open) => {
      const expected = slots.map((value, i) => (i >= span.start && i < span.end ? open : value))
      expect(setSpan(intervalsOf(slots), span.start * SLOT, span.end * SLOT, open)).toEqual(intervalsOf(expected))
    }), { numRuns: 100 })
  })

  it('spanState says open, closed or partly as the slots do', () => {
    fc.assert(fc.property(slotsArbitrary, spanArbitrary, (slots, span) => {
      const inside = slots.slice(span.start, span.end)
      const expected = inside.every(Boolean) ? 'open' : inside.some(Boolean) ? 'partly' : 'closed'
      expect(spanState(intervalsOf(slots), span.start * SLOT, span.end * SLOT)).toBe(expected)
    }), { numRuns: 100 })
  })

  it('withDayMinutes(dayMinutes(·, a)) copies day a onto day b and leaves the other days', () => {
    fc.assert(fc.property(slotsArbitrary, fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }), (slots, from, to) => {
      const week = intervalsOf(slots)
      const perDay = 1440 / SLOT
      const expected = slots.map((value, i) => (Math.floor(i / perDay) === to ? slots[from * perDay + (i % perDay)]! : value))
      expect(withDayMinutes(week, to, dayMinutes(week, from))).toEqual(intervalsOf(expected))
    }), { numRuns: 100 })
  })
})

describe('the keyboard map', () => {
  it('maps every key of docs/editor.md, Ctrl and Cmd alike', () => {
    const press = (key: string, modifiers: { shift?: boolean; ctrl?: boolean; meta?: boolean } = {}) =>
      keyCommand({ key, shiftKey: modifiers.shift ?? false, ctrlKey: modifiers.ctrl ?? false, metaKey: modifiers.meta ?? false })
    expect(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].map((key) => press(key))).toEqual(
      ['left', 'right', 'up', 'down', 'home', 'end'].map((to) => ({ kind: 'move', to, extend: false })),
    )
    expect(press('Home', { shift: true })).toEqual({ kind: 'move', to: 'home', extend: true })
    expect(press(' ')).toEqual({ kind: 'toggle' })
    for (const modifier of [{ ctrl: true }, { meta: true }]) {
      expect(press('c', modifier)).toEqual({ kind: 'copy' })
      expect(press('v', modifier)).toEqual({ kind: 'paste' })
      expect(press('z', modifier)).toEqual({ kind: 'undo' })
      expect(press('Z', { ...modifier, shift: true })).toEqual({ kind: 'redo' })
    }
    expect([press('Enter'), press('a'), press(' ', { ctrl: true }), press('x', { ctrl: true })]).toEqual([undefined, undefined, undefined, undefined])
  })

  it('moves stay inside the grid', () => {
    const sundayFirst = [0, 1, 2, 3, 4, 5, 6]
    expect(movedFocus({ day: 6, minute: 1380 }, 'down', sundayFirst, 60)).toEqual({ day: 6, minute: 1380 })
    expect(movedFocus({ day: 6, minute: 1380 }, 'right', sundayFirst, 60)).toEqual({ day: 6, minute: 1380 })
    expect(movedFocus({ day: 0, minute: 60 }, 'up', sundayFirst, 60)).toEqual({ day: 0, minute: 60 })
  })
})
