import { describe } from 'vitest'
import { genesysRoundTrip } from './genesys.roundTrip.test'

describe('Genesys round trip (deep)', () => {
  genesysRoundTrip(400)
})
