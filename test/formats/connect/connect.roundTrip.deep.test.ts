import { describe } from 'vitest'
import { connectRoundTrip } from './connect.roundTrip.test'

describe('Connect round trip (deep)', () => {
  connectRoundTrip(400)
})
