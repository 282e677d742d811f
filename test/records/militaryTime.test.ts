import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatMilitaryTime, parseMilitaryTime } from '../../src/index'
import { militaryTimeArb } from '../arbitraries'
import { runs } from './arbitraries'

describe('parseMilitaryTime: examples', () => {
  it.each([
    ['9am', 900],
    ['9 am', 900],
    ['9:30 pm', 2130],
    ['9:30pm', 2130],
    ['9.30 p.m.', 2130],
    ['0930', 930],
    ['930', 930],
    ['21:30', 2130],
    ['9', 900],
    ['12am', 0],
    ['12:30 am', 30],
    ['12pm', 1200],
    ['12:45 PM', 1245],
    ['00:00', 0],
    ['0000', 0],
    ['24:00', 2400],
    ['2400', 2400],
    ['  7:05 AM  ', 705],
  ] as const)('reads %j as %i', (text, military) => {
    expect(parseMilitaryTime(text)).toBe(military)
  })

  it('passes military-time numbers through', () => {
    expect(parseMilitaryTime(930)).toBe(930)
    expect(parseMilitaryTime(0)).toBe(0)
    expect(parseMilitaryTime(2400)).toBe(2400)
  })

  it.each([
    ['25:00', /hours/],
    ['24:30', /24:00/],
    ['9:60', /minutes must be 00–59/],
    ['0960', /minutes must be 00–59/],
    ['13pm', /1 to 12/],
    ['0am', /1 to 12/],
    ['noon', /unrecognised/],
    ['', /unrecognised/],
    ['9:3', /unrecognised/],
    ['-900', /unrecognised/],
  ] as const)('rejects %j with a RangeError that says why', (text, why) => {
    expect(() => parseMilitaryTime(text)).toThrow(RangeError)
    expect(() => parseMilitaryTime(text)).toThrow(why)
    expect(() => parseMilitaryTime(text)).toThrow(JSON.stringify(text))
    expect(() => parseMilitaryTime(text)).toThrow(/expected forms like/)
  })

  it.each([2460, 960, -1, 2401, 930.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects the number %d', (value) => {
    expect(() => parseMilitaryTime(value)).toThrow(RangeError)
  })

  it('names the number it rejects', () => {
    expect(() => parseMilitaryTime(2460)).toThrow('"2460" is not a time of day')
    expect(() => parseMilitaryTime(960)).toThrow(/minutes must be 00–59/)
  })

  it('rejects values that are neither strings nor numbers with a TypeError (not data of the right kind)', () => {
    expect(() => parseMilitaryTime(null as unknown as string)).toThrow(TypeError)
    expect(() => parseMilitaryTime({} as unknown as string)).toThrow(/parseMilitaryTime takes text or a number, received an object/)
  })
})

describe('formatMilitaryTime: examples', () => {
  it.each([
    [930, '09:30'],
    [0, '00:00'],
    [5, '00:05'],
    [1200, '12:00'],
    [2359, '23:59'],
    [2400, '24:00'],
  ])('writes %i as %s', (military, text) => {
    expect(formatMilitaryTime(military)).toBe(text)
  })

  it.each([2460, 960, -100, 2401, 930.5, Number.NaN])('rejects %d with a RangeError', (value) => {
    expect(() => formatMilitaryTime(value)).toThrow(RangeError)
    expect(() => formatMilitaryTime(value)).toThrow(/not military time/)
  })
})

describe('military time: properties', () => {
  it('parseMilitaryTime(formatMilitaryTime(m)) === m for every military time', () => {
    fc.assert(
      fc.property(militaryTimeArb, (military) => {
        expect(parseMilitaryTime(formatMilitaryTime(military))).toBe(military)
      }),
      { numRuns: runs(300, 3000) },
    )
  })

  it('all 1441 military times round-trip, as text and as numbers', () => {
    for (let minute = 0; minute <= 1440; minute++) {
      const military = Math.floor(minute / 60) * 100 + (minute % 60)
      expect(parseMilitaryTime(formatMilitaryTime(military))).toBe(military)
      expect(parseMilitaryTime(String(military).padStart(4, '0'))).toBe(military)
      expect(parseMilitaryTime(military)).toBe(military)
    }
  })

  it('12-hour text reads the same as its 24-hour form', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (hours, minutes) => {
        const twelve = `${hours % 12 === 0 ? 12 : hours % 12}:${String(minutes).padStart(2, '0')} ${hours < 12 ? 'am' : 'pm'}`
        const twentyFour = `${hours}:${String(minutes).padStart(2, '0')}`
        expect(parseMilitaryTime(twelve)).toBe(parseMilitaryTime(twentyFour))
        expect(parseMilitaryTime(twelve)).toBe(hours * 100 + minutes)
      }),
      { numRuns: runs(200, 2000) },
    )
  })

  it('never returns anything but military time, and throws only RangeError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 8 }), fc.stringMatching(/^\d{1,2}(:\d{2})?\s?(am|pm)?$/), fc.integer({ min: -100, max: 3000 })), (input) => {
        let value: number
        try {
          value = parseMilitaryTime(input)
        } catch (error) {
          expect(error).toBeInstanceOf(RangeError)
          return
        }
        expect(Number.isInteger(value)).toBe(true)
        expect(value).toBeGreaterThanOrEqual(0)
        expect(value).toBeLessThanOrEqual(2400)
        expect(value % 100).toBeLessThan(60)
      }),
      { numRuns: runs(300, 3000) },
    )
  })
})
