import { describeReceived } from '../ground/issues'
const TWELVE_HOUR = /^(\d{1,2})(?:[:.]?(\d{2}))?\s*([ap])\.?\s*m?\.?$/
const TWENTY_FOUR_HOUR = /^(\d{1,2}):(\d{2})$/
const DIGITS = /^\d{1,4}$/

/**
 * Reads a time of day as people type it and returns military time (0–2400).
 *
 * Accepts `"9am"`, `"9:30 pm"`, `"12am"` (0), `"12pm"` (1200), `"0930"`, `"930"`, `"21:30"`,
 * `"24:00"` (2400, the end of the day) and a number already in military time.
 *
 * @param text - the time as typed, or a military-time number
 * @returns military time, hhmm as an integer
 * @throws {RangeError} naming the input and the forms accepted, when it is not a time of day
 * @throws {TypeError} when it is neither text nor a number
 *
 * @example
 * parseMilitaryTime('9:30 pm')
 * //=> 2130
 *
 * @example
 * // The end of the day, and midnight in 12-hour form
 * parseMilitaryTime('24:00') //=> 2400
 * parseMilitaryTime('12am') //=> 0
 * parseMilitaryTime('25:00') // throws RangeError
 */
export function parseMilitaryTime(text: string | number): number {
  if (typeof text !== 'string' && typeof text !== 'number') {
    throw new TypeError(`parseMilitaryTime takes text or a number, received ${describeReceived(text)}`)
  }
  const fail = (why: string): never => {
    throw new RangeError(
      `${JSON.stringify(String(text).slice(0, 40))} is not a time of day: ${why}; expected forms like "9am", "9:30 pm", "0930", "21:30" or 930`,
    )
  }
  if (typeof text === 'number') {
    if (!Number.isInteger(text) || text < 0 || text > 2400) fail('a number must be an integer 0–2400')
    if (text % 100 >= 60) fail('the minutes must be 00–59')
    return text
  }
  const trimmed = text.trim().toLowerCase()
  let hours: number
  let minutes: number
  const twelve = TWELVE_HOUR.exec(trimmed)
  const twentyFour = TWENTY_FOUR_HOUR.exec(trimmed)
  if (twelve !== null) {
    hours = Number(twelve[1])
    minutes = twelve[2] === undefined ? 0 : Number(twelve[2])
    if (hours < 1 || hours > 12) fail('12-hour times run from 1 to 12')
    hours = (hours % 12) + (twelve[3] === 'p' ? 12 : 0)
  } else if (twentyFour !== null) {
    hours = Number(twentyFour[1])
    minutes = Number(twentyFour[2])
  } else if (DIGITS.test(trimmed)) {
    const value = Number(trimmed)
    hours = trimmed.length <= 2 ? value : Math.floor(value / 100)
    minutes = trimmed.length <= 2 ? 0 : value % 100
  } else {
    return fail('unrecognised format')
  }
  if (minutes >= 60) fail('the minutes must be 00–59')
  if (hours > 24 || (hours === 24 && minutes > 0)) fail('the hours must be 0–23, or 24:00 for the end of the day')
  return hours * 100 + minutes
}

/**
 * Writes military time as `HH:MM`.
 *
 * @param military - hhmm as an integer, 0–2400
 * @returns the time as `HH:MM`; 2400 is `"24:00"`
 * @throws {RangeError} when the value is not military time
 * @throws {TypeError} when it is not a number
 *
 * @example
 * formatMilitaryTime(930)
 * //=> '09:30'
 *
 * @example
 * formatMilitaryTime(2400)
 * //=> '24:00'
 */
export function formatMilitaryTime(military: number): string {
  if (typeof military !== 'number') throw new TypeError(`formatMilitaryTime takes a number, received ${describeReceived(military)}`)
  if (!Number.isInteger(military) || military < 0 || military > 2400 || military % 100 >= 60) {
    throw new RangeError(`${String(military)} is not military time: expected an integer 0–2400 whose last two digits are 00–59`)
  }
  const hours = Math.floor(military / 100)
  const minutes = military % 100
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`
}
