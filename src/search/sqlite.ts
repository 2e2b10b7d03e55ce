/**
 * The search index on SQLite: an FTS5 table, `search_fts`, one row per document and language, whose
 * rowid is derived from (collection, id, language) so a document's rows are replaced by rowid, in the
 * transaction of the change. Terms match word beginnings ("econ" finds "economie"); ranking is BM25 with
 * the title weighing 8 times the rest.
 *
 * The table is created at start when missing (`ensureSearchIndex`), not by a migration: Drizzle cannot
 * describe virtual tables, so development's schema push would otherwise want to drop it. That push is
 * told not to see it (`hideSearchIndexFromPush`, wrapped around the adapter in src/config/database.ts).
 */
import { createHash } from 'node:crypto'

import { type SQL, sql } from '@payloadcms/db-sqlite/drizzle'
import type { DatabaseAdapterObj, Payload, PayloadRequest } from 'payload'

import type { SearchedCollection } from './collections'
import type { Candidate, SearchStore } from './store'

export const SEARCH_TABLE = 'search_fts'
/** Column weights of `bm25()`: collection, document, locale (not searched), title, body. */
const WEIGHTS = sql.raw('0.0, 0.0, 0.0, 8.0, 1.0')

interface Drizzle {
  run(query: SQL): Promise<unknown>
  all<T = unknown>(query: SQL): Promise<T[]>
}

interface DrizzleAdapter {
  drizzle: Drizzle
  sessions: Record<string, { db: Drizzle } | undefined>
}

/** The connection of `req`'s transaction, if it has one. */
async function connection(req: PayloadRequest): Promise<Drizzle> {
  const adapter = req.payload.db as unknown as DrizzleAdapter
  const transaction = req.transactionID ? adapter.sessions[String(await req.transactionID)] : undefined
  return transaction?.db ?? adapter.drizzle
}

const rowid = (collection: string, document: string, locale: string): bigint =>
  createHash('sha256').update(`${collection}\0${document}\0${locale}`).digest().readBigInt64BE(0)

const locales = (payload: Payload): string[] => (payload.config.localization ? payload.config.localization.localeCodes : ['fr'])

export const sqliteSearchStore: SearchStore = {
  async ensure(req) {
    const db = await connection(req)
    const existing = await db.all(sql`SELECT name FROM sqlite_master WHERE type = 'table' AND name = ${SEARCH_TABLE}`)
    if (existing.length) return false
    await db.run(
      sql.raw(
        `CREATE VIRTUAL TABLE IF NOT EXISTS ${SEARCH_TABLE} USING fts5(collection UNINDEXED, document UNINDEXED, locale UNINDEXED, title, body, tokenize = 'unicode61')`,
      ),
    )
    return true
  },

  async replace(req, collection, document, entries) {
    const db = await connection(req)
    const rowids = locales(req.payload).map((locale) => sql`${rowid(collection, document, locale)}`)
    await db.run(sql`DELETE FROM ${sql.raw(SEARCH_TABLE)} WHERE rowid IN (${sql.join(rowids, sql`, `)})`)
    for (const entry of entries) {
      await db.run(
        sql`INSERT INTO ${sql.raw(SEARCH_TABLE)} (rowid, collection, document, locale, title, body)
            VALUES (${rowid(collection, document, entry.locale)}, ${collection}, ${document}, ${entry.locale}, ${entry.title}, ${entry.body})`,
      )
    }
  },

  async candidates(req, { terms, locale, collections, max }) {
    // Terms are folded words ([a-z0-9]+, ./text.ts): quoting them is enough to keep FTS5 syntax out.
    const match = `{title body} : (${terms.map((term) => `"${term}"*`).join(' AND ')})`
    const rows = await (
      await connection(req)
    ).all<{ collection: SearchedCollection; document: string; rank: number }>(
      sql`SELECT collection, document, bm25(${sql.raw(SEARCH_TABLE)}, ${WEIGHTS}) AS rank
          FROM ${sql.raw(SEARCH_TABLE)}
          WHERE ${sql.raw(SEARCH_TABLE)} MATCH ${match} AND locale = ${locale}
            AND collection IN (${sql.join(
              collections.map((slug) => sql`${slug}`),
              sql`, `,
            )})
          ORDER BY rank LIMIT ${max}`,
    )
    return rows.map((row): Candidate => ({ collection: row.collection, document: row.document, score: -Number(row.rank) }))
  },
}

/** The tables FTS5 creates for `search_fts`. */
const isSearchTable = (name: unknown) => typeof name === 'string' && (name === SEARCH_TABLE || name.startsWith(`${SEARCH_TABLE}_`))

interface PushingAdapter {
  requireDrizzleKit: () => { pushSchema: (schema: unknown, drizzle: DrizzleLike, ...rest: unknown[]) => Promise<unknown> }
}
type DrizzleLike = { all: (query: unknown) => unknown }

/**
 * Development's schema push (Drizzle Kit) compares the database with Payload's schema and drops what it
 * does not know, asking first on a terminal (and exiting when nobody answers). The search index is not
 * in that schema: the push reads the database through a connection that does not list its tables.
 */
export function hideSearchIndexFromPush(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args)
      const pushing = adapter as unknown as PushingAdapter
      const requireKit = pushing.requireDrizzleKit.bind(adapter)
      pushing.requireDrizzleKit = () => {
        const kit = requireKit()
        return {
          ...kit,
          pushSchema: (schema, drizzle, ...rest) => kit.pushSchema(schema, withoutSearchTables(drizzle), ...rest),
        }
      }
      return adapter
    },
  }
}

function withoutSearchTables(drizzle: DrizzleLike): DrizzleLike {
  return new Proxy(drizzle, {
    get(target, property, receiver) {
      if (property !== 'all') return Reflect.get(target, property, receiver)
      return async (query: unknown) => {
        const rows = (await target.all(query)) as Record<string, unknown>[]
        return rows.filter((row) => !['tableName', 'tableFrom', 'tbl_name', 'name'].some((key) => isSearchTable(row[key])))
      }
    },
  })
}
