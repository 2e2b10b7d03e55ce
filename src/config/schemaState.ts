import fs from 'node:fs'

import { createClient } from '@libsql/client'

import type { DatabaseChoice } from './database'
import { ConfigError } from './env'

/**
 * How a SQLite file's schema was made: `empty` (new file), `migrated` (the committed migrations, as
 * production does), `pushed` (a development server or seed pushed the schema without migrations).
 */
export type SchemaState = 'empty' | 'migrated' | 'pushed'

/** Reads the state without creating the file. Payload marks a pushed schema with a migration row of batch -1. */
export async function inspectSqliteSchema(file: string): Promise<SchemaState> {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) return 'empty'
  const client = createClient({ url: `file:${file}` })
  try {
    const tables = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'payload_migrations'")
    if (tables.rows.length === 0) {
      const any = await client.execute("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'")
      return Number(any.rows[0]?.n) === 0 ? 'empty' : 'pushed'
    }
    const pushed = await client.execute('SELECT count(*) AS n FROM payload_migrations WHERE batch = -1')
    return Number(pushed.rows[0]?.n) > 0 ? 'pushed' : 'migrated'
  } finally {
    client.close()
  }
}

/**
 * Production applies migrations at start; on a schema a development server pushed, Payload would stop at an
 * interactive "data loss will occur, proceed? (y/N)" prompt and exit 0 without a word when nobody answers.
 * Refuse first, saying what to do.
 */
export async function refusePushedSchemaInProduction(choice: DatabaseChoice, production: boolean): Promise<void> {
  if (!production || choice.kind !== 'sqlite') return
  if ((await inspectSqliteSchema(choice.path)) !== 'pushed') return
  throw new ConfigError(
    `the SQLite database ${choice.path} was set up by a development server or seed (schema pushed without ` +
      'migrations), so production cannot apply its migrations to it. Use a new file for production ' +
      '(DATABASE_URI=file:<new path>; `npm run seed` with the same settings loads the 2021 report into it), ' +
      'or keep using this one with `npm run dev`.',
  )
}
