import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

import { createClient } from '@libsql/client'
import { describe, expect, it } from 'vitest'

import { testDatabaseUri, usingMongo } from '../helpers/database'
import { withProductionConditions } from '../helpers/seeded'
import { ROOT, startServer, TEST_SECRET } from '../helpers/server'

const run = promisify(execFile)

/** `npm run seed` as a user runs it; retried only on Node 20's silent module-loading race (see seeded.ts). */
async function npmRunSeed(env: Record<string, string | undefined>): Promise<string> {
  // No NODE_ENV unless given (vitest's is `test`).
  const { NODE_ENV: _test, ...inherited } = process.env
  const seedEnv: Record<string, string | undefined> = {
    ...inherited,
    NODE_OPTIONS: withProductionConditions(process.env.NODE_OPTIONS),
    ...env,
  }
  for (let attempt = 1; ; attempt++) {
    try {
      const { stdout, stderr } = await run('npm', ['run', 'seed'], { cwd: ROOT, env: seedEnv as NodeJS.ProcessEnv })
      const output = stdout + stderr
      if (output.includes('[seed] done') || attempt >= 3) return output
    } catch (error) {
      const { code, stdout = '', stderr = '' } = error as { code?: number; stdout?: string; stderr?: string }
      if (code !== 13 || attempt >= 3) throw new Error(`npm run seed failed (exit ${code}):\n${stdout}${stderr}`, { cause: error })
    }
  }
}

/** The migrations a SQLite file records: Payload marks a pushed (development) schema with batch -1. */
async function recordedMigrations(databaseUri: string): Promise<Array<{ name: string; batch: number }>> {
  const db = createClient({ url: databaseUri })
  try {
    const { rows } = await db.execute('SELECT name, batch FROM payload_migrations')
    return rows.map((row) => ({ name: String(row.name), batch: Number(row.batch) }))
  } finally {
    db.close()
  }
}

/** The seed's summary line counts every collection's documents, and the report's collections are all there. */
function expectWholeReport(output: string): void {
  const perCollection = [...output.matchAll(/^\[seed\] ([\w-]+): (\d+) created/gm)]
  expect(perCollection.map(([, collection]) => collection)).toEqual(expect.arrayContaining(['fiches', 'kits', 'interviews', 'newsletters']))
  const total = perCollection.reduce((sum, [, , created]) => sum + Number(created), 0)
  expect(total).toBeGreaterThan(300)
  expect(output).toContain(`[seed] done: ${total} documents created`)
}

/**
 * The README's production order on a fresh database: `npm run seed` before the first `npm start`. Seeding
 * used to push the schema, and production then stopped at Payload's "proceed? (y/N)" prompt and exited 0.
 */
describe('npm run seed before the first npm start', () => {
  it('with the production environment: migrations applied, the report loaded', async () => {
    const databaseUri = testDatabaseUri('deploy-prod')
    const output = await npmRunSeed({ NODE_ENV: 'production', PAYLOAD_SECRET: TEST_SECRET, DATABASE_URI: databaseUri })
    expectWholeReport(output)
    if (!usingMongo()) expect(await recordedMigrations(databaseUri)).toEqual([{ name: expect.stringMatching(/_schema$/), batch: 1 }])
  }, 300_000)

  it('even without NODE_ENV: the new file gets the migrations, not a pushed schema, and npm start serves it', async () => {
    const databaseUri = testDatabaseUri('deploy-dev')
    const output = await npmRunSeed({ DATABASE_URI: databaseUri })
    expectWholeReport(output)
    if (!usingMongo()) expect((await recordedMigrations(databaseUri)).map(({ batch }) => batch)).toEqual([1])

    const server = await startServer('deploy-start', { env: { DATABASE_URI: databaseUri } })
    try {
      const fiches = await (await fetch(`${server.url}/api/fiches?limit=1&depth=0`)).json()
      expect(fiches.totalDocs).toBeGreaterThan(0)
      expect(server.output()).not.toContain('Would you like to proceed?')
    } finally {
      await server.stop()
    }
  }, 300_000)
})
