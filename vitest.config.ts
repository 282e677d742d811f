import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/**/*.deep.test.ts', 'node_modules/**'],
    testTimeout: 60_000,
  },
})
