import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/**/*.deep.test.ts', 'node_modules/**'],
    testTimeout: 60_000,
    // Every core (vitest's default leaves one free: on two cores, one worker): the suite is many
    // independent files, and CI has the machine to itself.
    maxWorkers: availableParallelism(),
    // The JSON report lets .ci/run print one "N passed, N failed" line.
    reporters: ['default', ['json', { outputFile: '.vitest-report.json' }]],
  },
})
