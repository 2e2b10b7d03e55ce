import fs from 'node:fs'
import path from 'node:path'

import type { DatabaseAdapterObj } from 'payload'

import { withCountCache } from '../cache/counts'
import { localeParentIndexes, nullableTranslations } from '../database/indexes'
import { checkTransactions } from '../database/mongo'
import { queueWrites } from '../database/transactions'
import { hideSearchIndexFromPush } from '../search/sqlite'

/** Embedded default: a SQLite file next to the project, so `npm run dev` needs no setup. */
export const DEFAULT_SQLITE_PATH = './data/rtes.db'

/** How long a MongoDB server may stay unreachable at start before we give up (Payload waits ~40 s otherwise). */
const MONGO_SERVER_SELECTION_TIMEOUT_MS = 5_000

export type DatabaseChoice = { kind: 'sqlite'; path: string; url: string } | { kind: 'mongodb'; url: string }

export class DatabaseUriError extends Error {
  constructor(uri: string) {
    super(
      `DATABASE_URI "${redact(uri)}" is not supported. Accepted forms: unset (SQLite at ${DEFAULT_SQLITE_PATH}), ` +
        '"file:<path>" (SQLite at that path), "mongodb://…" or "mongodb+srv://…" (MongoDB).',
    )
    this.name = 'DatabaseUriError'
  }
}

/** Hides credentials (`user:password@`) before a URI reaches a log or an error. */
export function redact(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, '//***@')
}

/** Decides which adapter a `DATABASE_URI` asks for. Pure, so every form is unit-tested. */
export function chooseDatabase(uri: string | undefined): DatabaseChoice {
  const value = uri?.trim()
  if (!value) return sqlite(DEFAULT_SQLITE_PATH)
  if (value.startsWith('file:')) {
    const file = value.slice('file:'.length).replace(/^\/\/(?=\/)/, '')
    if (!file) throw new DatabaseUriError(value)
    return sqlite(file)
  }
  if (/^mongodb(\+srv)?:\/\/[^/]/.test(value)) return { kind: 'mongodb', url: value }
  throw new DatabaseUriError(value)
}

function sqlite(file: string): DatabaseChoice {
  const absolute = path.resolve(file)
  return { kind: 'sqlite', path: absolute, url: `file:${absolute}` }
}

export interface DatabaseOptions {
  /** `DATABASE_BUSY_TIMEOUT_MS`: how long a write may wait for the database before a 503. */
  busyTimeoutMs?: number
  production?: boolean
  /** `MONGODB_ALLOW_STANDALONE=1`: run in production on MongoDB without transactions. */
  mongoAllowStandalone?: boolean
}

/**
 * Builds the Payload adapter for a choice (creating the SQLite folder when missing), with transactions
 * on both databases and this process's writes queued one at a time (src/database/transactions.ts).
 * Only the adapter in use is loaded: each takes a quarter of a second or more to import.
 */
export async function createDatabaseAdapter(choice: DatabaseChoice, options: DatabaseOptions = {}): Promise<DatabaseAdapterObj> {
  const { busyTimeoutMs = 5_000, production = false, mongoAllowStandalone = false } = options
  if (choice.kind === 'mongodb') {
    const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
    const adapter = mongooseAdapter({
      url: choice.url,
      connectOptions: {
        serverSelectionTimeoutMS: MONGO_SERVER_SELECTION_TIMEOUT_MS,
        connectTimeoutMS: MONGO_SERVER_SELECTION_TIMEOUT_MS,
      },
      // Transactions need a replica set: production refuses to start without (src/database/mongo.ts).
      afterOpenConnection: checkTransactions({ production, allowStandalone: mongoAllowStandalone }),
    })
    return queueWrites(adapter, { database: choice.url, busyTimeoutMs })
  }
  const [{ sqliteAdapter }, { migrations }] = await Promise.all([import('@payloadcms/db-sqlite'), import('../migrations')])
  fs.mkdirSync(path.dirname(choice.path), { recursive: true })
  const adapter = withCountCache(
    sqliteAdapter({
      client: { url: choice.url },
      // Same string ids as MongoDB, so the API and SDK contract do not depend on the database.
      idType: 'uuid',
      // Production has no schema push: committed migrations are applied at start.
      prodMigrations: migrations,
      // Indexes Payload's schema lacks (src/database/indexes.ts).
      afterSchemaInit: [localeParentIndexes, nullableTranslations],
      // Without transactionOptions the adapter runs no transactions at all. libsql begins every
      // transaction with BEGIN IMMEDIATE whatever is asked here; 'immediate' says what we rely on.
      transactionOptions: { behavior: 'immediate' },
      // Readers never wait for the writer, and the writer never waits for readers. synchronous=FULL:
      // an acknowledged write survives a power cut.
      wal: true,
      // busyTimeout stays 0: waiting is done asynchronously (src/database/sqliteWriter.ts), not by SQLite
      // on the event loop.
    }),
  )
  // The search index's FTS5 tables are not Drizzle's to drop (src/search/sqlite.ts).
  return queueWrites(hideSearchIndexFromPush(adapter), { database: choice.path, busyTimeoutMs })
}
