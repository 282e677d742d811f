import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

// `npm run test:deep`: the whole suite plus the heavy sweeps (*.deep.test.ts), with more fast-check runs.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['node_modules/**'],
    testTimeout: 1_800_000,
    maxWorkers: availableParallelism(),
    hookTimeout: 600_000,
  },
})
