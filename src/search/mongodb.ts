/**
 * The search index on MongoDB: a `search_index` collection (one document per content document and
 * language) with a weighted text index (title 8, body 1), written with the change's session. MongoDB's
 * text search matches whole words (no word beginnings, unlike SQLite); both sides are folded alike
 * (./text.ts), so accents, case and plurals do not matter.
 */
import type { Payload, PayloadRequest } from 'payload'

import type { SearchedCollection } from './collections'
import type { Candidate, IndexEntry, SearchStore } from './store'

const COLLECTION = 'search_index'

/** The parts of the MongoDB driver used here (the adapter's mongoose connection). */
interface Collection {
  createIndex(spec: Record<string, unknown>, options?: Record<string, unknown>): Promise<unknown>
  estimatedDocumentCount(): Promise<number>
  deleteMany(filter: Record<string, unknown>, options?: { session?: unknown }): Promise<unknown>
  insertMany(docs: Record<string, unknown>[], options?: { session?: unknown }): Promise<unknown>
  find(filter: Record<string, unknown>, options?: Record<string, unknown>): { toArray(): Promise<Record<string, unknown>[]> }
}

interface MongooseAdapter {
  connection: { db?: { collection(name: string): Collection } }
  sessions: Record<string, unknown>
}

function collection(payload: Payload): Collection {
  const db = (payload.db as unknown as MongooseAdapter).connection.db
  if (!db) throw new Error('search: the MongoDB connection is not open')
  return db.collection(COLLECTION)
}

async function session(req: PayloadRequest): Promise<unknown> {
  return req.transactionID ? (req.payload.db as unknown as MongooseAdapter).sessions[String(await req.transactionID)] : undefined
}

export const mongoSearchStore: SearchStore = {
  async ensure(req) {
    const index = collection(req.payload)
    const empty = (await index.estimatedDocumentCount()) === 0
    await index.createIndex(
      { title: 'text', body: 'text' },
      { name: 'search_text', weights: { title: 8, body: 1 }, default_language: 'none' },
    )
    await index.createIndex({ collection: 1, document: 1 }, { name: 'search_document' })
    return empty
  },

  async replace(req, slug, document, entries: IndexEntry[]) {
    const index = collection(req.payload)
    const options = { session: await session(req) }
    await index.deleteMany({ collection: slug, document }, options)
    if (entries.length)
      await index.insertMany(
        entries.map((entry) => ({ ...entry })),
        options,
      )
  },

  async candidates(req, { terms, locale, collections, max }) {
    // Quoted terms must all be present (MongoDB ORs bare terms).
    const rows = await collection(req.payload)
      .find(
        { $text: { $search: terms.map((term) => `"${term}"`).join(' ') }, locale, collection: { $in: collections } },
        {
          projection: { collection: 1, document: 1, score: { $meta: 'textScore' } },
          sort: { score: { $meta: 'textScore' } },
          limit: max,
          session: await session(req),
        },
      )
      .toArray()
    return rows.map((row): Candidate => ({
      collection: row.collection as SearchedCollection,
      document: String(row.document),
      score: Number(row.score),
    }))
  },
}
