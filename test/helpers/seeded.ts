import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import Database from 'libsql'

import { testDatabaseUri, usingMongo } from './database'
import { PUBLIC_COLLECTIONS } from './registry'
import { ROOT, type RunningServer, type ServerOptions, startServer, TEST_SECRET } from './server'

const run = promisify(execFile)

/**
 * A database loaded with the 2021 report (`src/seed`), for tests that read real content through the
 * API. Seeding takes ~15 s, so on SQLite a seeded template is kept in the temp folder, keyed by the
 * content of everything that shapes it (schema, migrations, seed data), and copied for each caller.
 * On MongoDB (TEST_DATABASE_URI) each caller gets a freshly seeded database.
 */
export async function seededDatabaseUri(name: string): Promise<string> {
  if (usingMongo()) {
    const uri = testDatabaseUri(name)
    await seed(uri)
    return uri
  }
  const template = path.join(os.tmpdir(), `rtes-seeded-${sourceHash()}.db`)
  if (!fs.existsSync(template)) {
    const building = `${template}.${process.pid}.tmp`
    await seed(`file:${building}`)
    // The seed process may exit with its last writes still in the WAL file beside `building`, which the
    // rename would leave behind (the last seeded collection came out empty): fold them into the file first.
    const db = new Database(building)
    db.exec('PRAGMA wal_checkpoint(TRUNCATE)')
    db.close()
    fs.renameSync(building, template)
    for (const suffix of ['-wal', '-shm']) fs.rmSync(`${building}${suffix}`, { force: true })
  }
  const uri = testDatabaseUri(name)
  fs.copyFileSync(template, uri.slice('file:'.length))
  return uri
}

/** Runs `src/seed` on a database (production mode: migrations, no schema push). */
async function seed(databaseUri: string): Promise<void> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NODE_OPTIONS: withProductionConditions(process.env.NODE_OPTIONS),
    PAYLOAD_SECRET: TEST_SECRET,
    DATABASE_URI: databaseUri,
  }
  let output = ''
  // Should the module-loading race below still happen (exit 13, or 0 with no output), the run is
  // retried; any other failure is not.
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      const { stdout, stderr } = await run(process.execPath, ['--conditions=development', '--import', 'tsx', 'src/seed/index.ts'], {
        cwd: ROOT,
        env,
      })
      output = stdout + stderr
    } catch (error) {
      const { code, stdout = '', stderr = '' } = error as { code?: number; stdout?: string; stderr?: string }
      output = stdout + stderr
      if (code !== 13) throw new Error(`seeding failed (exit ${code}):\n${output}`, { cause: error })
    }
    if (output.includes('[seed] done')) return
  }
  throw new Error(`seeding did not finish after 3 attempts:\n${output}`)
}

/**
 * Node 20 sometimes never settles the loading of Payload's module graph: lexical's `*.node.mjs` entry
 * points pick their dev or prod build with a top-level `await import()`, and concurrent imports of them
 * race (the process then exits 13, or 0 without a word). Resolving lexical's `production` export
 * condition loads the prod builds directly, without that await (measured: 12/12 clean starts instead
 * of about 1 in 8 to 16 stalling).
 */
export function withProductionConditions(nodeOptions: string | undefined): string {
  return nodeOptions?.includes('--conditions=production') ? nodeOptions : `${nodeOptions ?? ''} --conditions=production`.trim()
}

let hash: string | undefined
function sourceHash(): string {
  if (hash) return hash
  const digest = createHash('sha256')
  const visit = (entry: string) => {
    const full = path.join(ROOT, entry)
    if (fs.statSync(full).isDirectory()) for (const child of fs.readdirSync(full).sort()) visit(path.join(entry, child))
    else digest.update(entry).update(fs.readFileSync(full))
  }
  for (const entry of ['payload.config.ts', 'src/collections', 'src/fields', 'src/access', 'src/migrations', 'src/seed']) visit(entry)
  hash = digest.digest('hex').slice(0, 16)
  return hash
}

/**
 * `startServer` on a given database, with lexical's production builds (see `withProductionConditions`),
 * retrying should the process still die before listening without saying why; a real start failure
 * (exit 1, logged) is reported at once.
 */
export async function startServerOn(name: string, databaseUri: string, options: ServerOptions = {}): Promise<RunningServer> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startServer(name, {
        ...options,
        env: {
          NODE_OPTIONS: withProductionConditions(process.env.NODE_OPTIONS),
          ...options.env,
          DATABASE_URI: databaseUri,
        },
      })
    } catch (error) {
      // A real start failure exits with 1 after logging why; 0 or 13 before listening is the race.
      const silent = /exited with code (0|13) before (listening|ready)/.test((error as Error).message)
      if (!silent || attempt >= 3) throw error
    }
  }
}

/**
 * The report gives no content for some collections (no actualité des territoires): each registered
 * collection of `slugs` with no document yet gets its registry example (`custom.rtes.example`), published,
 * so tests that read "one of each" have one. Collections without an example (uploads) are left as they are.
 */
export async function publishExamplesWhereEmpty(url: string, adminToken: string, slugs: string[]): Promise<void> {
  const headers = { 'content-type': 'application/json', Authorization: `JWT ${adminToken}` }
  for (const entry of PUBLIC_COLLECTIONS.filter(({ slug, example }) => slugs.includes(slug) && example)) {
    const count = await fetch(`${url}/api/${entry.slug}/count`, { headers })
    if (((await count.json()) as { totalDocs: number }).totalDocs > 0) continue
    const res = await fetch(`${url}/api/${entry.slug}`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ ...entry.example!(1), _status: 'published' }),
    })
    if (res.status !== 201) throw new Error(`publishing an example of ${entry.slug} answered ${res.status}: ${await res.text()}`)
  }
}
