import { configDefaults, defineConfig } from 'vitest/config'

/**
 * The projects, cheapest first (`npm test` runs them all; the README says which command to use when):
 * - unit: pure functions, no database (`npm run test:unit`, a few seconds);
 * - generated: the committed generated files match the config (`npm run generate -- --check`, ~20 s);
 * - integration: Payload's Local API on a temp database, and the plugin in a host config of its own;
 * - seed: the 2021 report's import, the slowest Local API test;
 * - http: the real production server as a child process on an ephemeral port;
 * - browser: Playwright driving Debian's Chromium;
 * - fuzz: generated hostile requests against the production server (test/fuzz);
 * - api: the OpenAPI spec and the SDK without a server (validity, retries, bundle size);
 * - api-live (`*.live.test.ts`): contract tests, the SDK and a packed consumer against the real server.
 * http, browser, fuzz and api-live build Next once per run (test/helpers/globalSetup.ts). All of them
 * honour TEST_DATABASE_URI.
 */
const serverSetup = ['./test/helpers/globalSetup.ts']
const apiTests = ['test/openapi/**/*.test.ts', 'test/sdk/**/*.test.ts']
const seedTest = 'test/integration/seed.test.ts'

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    // One graphql module for the project's code and Payload's: vite would pick graphql's ESM build, Node
    // (Payload, graphql-http) its CommonJS one, and graphql refuses a schema built by the other copy.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    // Test workers import Payload natively too: see the README's "Node 20 and Lexical".
    execArgv: ['--conditions=development'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // 2 cores: one Payload/Next process per test file at a time is plenty.
    fileParallelism: false,
    projects: [
      // unit and integration share one module graph per worker (isolate: false): Payload, Next's
      // pieces and the config are imported once per worker instead of once per file, which halves
      // `npm run test:fast`. Each file still gets its own database and Payload instance (its own cache
      // key, test/helpers/payload.ts); Payload skips the schema push when the schema equals the one it
      // pushed last in the process, so the push is forced for each new database.
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], isolate: false } },
      { extends: true, test: { name: 'generated', include: ['test/generated/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          exclude: [...configDefaults.exclude, seedTest],
          isolate: false,
          env: { PAYLOAD_FORCE_DRIZZLE_PUSH: 'true' },
        },
      },
      // The whole 2021 report through the Local API (~15–45 s): kept out of `npm run test:fast`.
      { extends: true, test: { name: 'seed', include: [seedTest] } },
      { extends: true, test: { name: 'http', include: ['test/http/**/*.test.ts'], globalSetup: serverSetup } },
      { extends: true, test: { name: 'browser', include: ['test/browser/**/*.test.ts'], globalSetup: serverSetup } },
      // ≥ 10,000 generated hostile requests against the production server (test/fuzz/config.ts).
      { extends: true, test: { name: 'fuzz', include: ['test/fuzz/**/*.test.ts'], globalSetup: serverSetup } },
      {
        extends: true,
        test: { name: 'api', include: [...apiTests], exclude: [...configDefaults.exclude, '**/*.live.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'api-live', include: apiTests.map((glob) => glob.replace('.test.ts', '.live.test.ts')), globalSetup: serverSetup },
      },
    ],
  },
})
