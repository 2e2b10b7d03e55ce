import { defineConfig } from 'vitest/config'

/**
 * Four projects, run by `npm test` in this order of cost: unit (pure functions and generated-file
 * drift), integration (Payload's Local API on a temp database), http (the real production server as a
 * child process on an ephemeral port) and browser (Playwright driving Debian's Chromium).
 * All of them honour TEST_DATABASE_URI.
 */
const serverSetup = ['./test/helpers/globalSetup.ts']

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // 2 cores: one Payload/Next process per test file at a time is plenty.
    fileParallelism: false,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'integration', include: ['test/integration/**/*.test.ts'] } },
      { extends: true, test: { name: 'http', include: ['test/http/**/*.test.ts'], globalSetup: serverSetup } },
      { extends: true, test: { name: 'browser', include: ['test/browser/**/*.test.ts'], globalSetup: serverSetup } },
    ],
  },
})
