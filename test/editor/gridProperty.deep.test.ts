/** The grid property (gridProperty.ts) with many more and longer runs: `npm run test:deep`. */
import { afterAll, beforeAll, describe, it } from 'vitest'
import { CHROMIUM, SKIP_REASON, startHarness, type Harness } from './browserHarness'
import { checkGridProperty } from './gridProperty'

if (CHROMIUM === undefined) it.skip(`the grid property in Chromium: ${SKIP_REASON}`, () => {})

describe.skipIf(CHROMIUM === undefined)('the week editor against a model of its grid (deep)', () => {
  let harness: Harness
  beforeAll(async () => {
    harness = await startHarness()
  })
  afterAll(async () => {
    await harness?.close()
  })

  it('random key presses and drags leave records equal to the model\'s', async () => {
    await checkGridProperty(harness, 150, 40)
  })
})
