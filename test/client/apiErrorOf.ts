import { expect } from 'vitest'
import { RetreaverApiError } from '../../src/index'

/**
 * What a call threw, checked to be a RetreaverApiError in which none of `secrets` (the key in the
 * forms a test cares about) appears: message, URL, server message, cause, stack or what was sent.
 */
export async function apiErrorOf(run: () => Promise<unknown>, secrets: readonly string[]): Promise<RetreaverApiError> {
  let caught: unknown
  try {
    await run()
  } catch (error) {
    caught = error
  }
  expect(caught).toBeInstanceOf(RetreaverApiError)
  const error = caught as RetreaverApiError
  const everything = JSON.stringify({ message: error.message, url: error.url, server: error.serverMessage, cause: String((error as { cause?: unknown }).cause), stack: error.stack, sent: error.sent })
  for (const secret of secrets) expect(everything).not.toContain(secret)
  return error
}
