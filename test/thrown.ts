/** Test helpers shared by the example tests: what a call throws. */
import { expect } from 'vitest'
import { BusinessHoursError, type Issue } from '../src/ground/issues'

/** What `run` throws; fails when it returns. */
export function thrown(run: () => unknown): unknown {
  try {
    run()
  } catch (error) {
    return error
  }
  throw new Error('expected a throw')
}

/** The issues of the BusinessHoursError that `run` throws (fails when it returns or throws anything else). */
export function issuesThrown(run: () => unknown): readonly Issue[] {
  const error = thrown(run)
  expect(error).toBeInstanceOf(BusinessHoursError)
  return (error as BusinessHoursError).issues
}
