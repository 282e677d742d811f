/** Issue 19, `npm run test:deep`: the Retreaver property of a plan (test/calendar/planRetreaver.ts), 600 runs. */
import fc from 'fast-check'
import { describe, it } from 'vitest'
import { checkPlan, planCaseArb, sendingArb, serverRecordsArb } from './planRetreaver'

describe('a plan near its end, deep: the server answers as the calendar at every minute of [from, to)', () => {
  it('random records, steps applied at notBefore, notAfter − 1 ms, notAfter or within the window', () => {
    fc.assert(
      fc.property(planCaseArb, serverRecordsArb, sendingArb, (c, initial, sending) => checkPlan(c, initial, sending)),
      { numRuns: 600 },
    )
  })
})
