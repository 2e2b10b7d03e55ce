/**
 * Where the search index lives: an FTS5 table on SQLite (./sqlite.ts), a collection with a text index on
 * MongoDB (./mongodb.ts). Both are written with the request of the change, inside its transaction, and
 * answer the same question: which documents match every term, best first.
 */
import type { Payload, PayloadRequest } from 'payload'

import type { SearchedCollection } from './collections'
import { mongoSearchStore } from './mongodb'
import { sqliteSearchStore } from './sqlite'

/** One document in one language, in index form (./text.ts). */
export interface IndexEntry {
  collection: SearchedCollection
  document: string
  locale: string
  title: string
  body: string
}

export interface Candidate {
  collection: SearchedCollection
  document: string
  /** Higher is better. */
  score: number
}

export interface CandidateQuery {
  /** Every term must match (as a word beginning on SQLite, as a word on MongoDB). */
  terms: string[]
  locale: string
  collections: SearchedCollection[]
  /** At most this many candidates, best first. */
  max: number
}

export interface SearchStore {
  /** Creates the index when missing (in `req`'s transaction on SQLite); true when it was just created (so empty). */
  ensure(req: PayloadRequest): Promise<boolean>
  /** Replaces every entry of a document (all languages) by `entries`, in `req`'s transaction. */
  replace(req: PayloadRequest, collection: SearchedCollection, document: string, entries: IndexEntry[]): Promise<void>
  /** Read with `req`'s transaction, if any (a change's own entries are visible to it). */
  candidates(req: PayloadRequest, query: CandidateQuery): Promise<Candidate[]>
}

export function searchStore(payload: Payload): SearchStore {
  return payload.db.name === 'mongoose' ? mongoSearchStore : sqliteSearchStore
}
