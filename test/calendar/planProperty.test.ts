/**
 * Issue 19, the Retreaver property of a plan (test/calendar/planRetreaver.ts): ranges that end
 * within a week of exceptions, holiday sources with substitute days (GB, US, DE-BY) and clock
 * changes. `npm run test:deep` runs many more (planProperty.deep.test.ts).
 */
import fc from 'fast-check'
import { describe, it } from 'vitest'
import { checkPlan, planCaseArb, sendingArb, serverRecordsArb } from './planRetreaver'

describe('a plan near its end: the server answers as the calendar at every minute of [from, to)', () => {
  it('random records, steps applied at notBefore, notAfter − 1 ms, notAfter or within the window', () => {
    fc.assert(
      fc.property(planCaseArb, serverRecordsArb, sendingArb, (c, initial, sending) => checkPlan(c, initial, sending)),
      { numRuns: 25 },
    )
  })
})
