/**
 * One error family (issue 21): BusinessHoursError and RetreaverApiError are CallhoursErrors, and
 * isCallhoursError / instanceof answer by a brand that holds across module formats and realms.
 */
import { createRequire } from 'node:module'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { BusinessHoursError, CallhoursError, createRetreaverClient, isCallhoursError, parseBusinessHours, RetreaverApiError } from '../../src/index'
import { buildOnce, ROOT } from '../cli/buildOnce'

const caught = (run: () => unknown): unknown => {
  try {
    run()
  } catch (error) {
    return error
  }
  throw new Error('nothing thrown')
}

describe('CallhoursError', () => {
  it('is the base of the data and the API errors; built-in argument errors are not ours', () => {
    const data = caught(() => parseBusinessHours([{ day_of_week: 9 }]))
    const api = new RetreaverApiError('GET x: no answer', { kind: 'network', method: 'GET', url: 'x' })
    for (const error of [data, api]) {
      expect(error).toBeInstanceOf(CallhoursError)
      expect(error).toBeInstanceOf(Error)
      expect(isCallhoursError(error)).toBe(true)
    }
    expect(data).toBeInstanceOf(BusinessHoursError)
    expect(data).not.toBeInstanceOf(RetreaverApiError)
    expect(api).toBeInstanceOf(RetreaverApiError)
    expect(api).not.toBeInstanceOf(BusinessHoursError)
    const argument = caught(() => createRetreaverClient({ apiKey: '' }))
    expect(argument).toBeInstanceOf(TypeError)
    expect(isCallhoursError(argument)).toBe(false)
    for (const value of [null, undefined, 'BusinessHoursError', { name: 'CallhoursError' }, new Error('x')]) expect(isCallhoursError(value)).toBe(false)
  })

  it('holds across the ESM and CommonJS builds and across realms', async () => {
    await buildOnce()
    const require = createRequire(`${ROOT}/package.json`)
    const cjs = require(`${ROOT}/dist/index.cjs`) as typeof import('../../src/index')
    const esm = (await import(`${ROOT}/dist/index.js`)) as typeof import('../../src/index')
    const fromCjs = caught(() => cjs.parseBusinessHours([{ day_of_week: 9 }]))
    expect(esm.isCallhoursError(fromCjs)).toBe(true)
    expect(fromCjs).toBeInstanceOf(esm.BusinessHoursError)
    expect(fromCjs).toBeInstanceOf(esm.CallhoursError)
    expect(isCallhoursError(fromCjs)).toBe(true)
    const apiFromCjs = new cjs.RetreaverApiError('x', { kind: 'network', method: 'GET', url: 'x' })
    expect(apiFromCjs).toBeInstanceOf(esm.RetreaverApiError)
    // Another realm: an object branded there (Symbol.for is shared by every realm of the process).
    const foreign = runInNewContext("const e = new Error('x'); Object.defineProperty(e, Symbol.for('callhours.CallhoursError'), { value: true }); e")
    expect(foreign instanceof Error).toBe(false)
    expect(isCallhoursError(foreign)).toBe(true)
  })
})
