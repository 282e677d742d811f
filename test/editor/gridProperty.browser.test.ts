/**
 * A property in Chromium: random key presses and drags leave `records` equal to a model of the grid
 * (gridProperty.ts). A modest number of runs keeps `npm test` quick; `npm run test:deep`
 * (CALLHOURS_DEEP=1) runs many more and longer ones.
 */
import { afterAll, beforeAll, describe, it } from 'vitest'
import { CHROMIUM, SKIP_REASON, startHarness, type Harness } from './browserHarness'
import { checkGridProperty } from './gridProperty'

if (CHROMIUM === undefined) it.skip(`the grid property in Chromium: ${SKIP_REASON}`, () => {})

describe.skipIf(CHROMIUM === undefined)('the week editor against a model of its grid', () => {
  let harness: Harness
  beforeAll(async () => {
    harness = await startHarness()
  })
  afterAll(async () => {
    await harness?.close()
  })

  it('random key presses and drags leave records equal to the model\'s', async () => {
    const deep = Number(process.env.CALLHOURS_DEEP) > 0
    await checkGridProperty(harness, deep ? 150 : 20, deep ? 40 : 16)
  }, 900_000)
})
