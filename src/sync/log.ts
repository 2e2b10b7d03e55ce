/**
 * Writing the change log (collection `sync-changes`) from the synced collections' hooks.
 *
 * Concurrency: the row is written with the hook's `req`, i.e. inside the transaction of the change itself,
 * and its sequence is `max(sequence) + 1` read in that same transaction, under a unique index. So a row
 * exists exactly when its change is committed (a rolled-back change leaves none), and a sequence can only
 * be allocated once every smaller one is visible to the allocating transaction: on SQLite writers are
 * serialized (the transaction already holds the write lock when the hook runs, having written the
 * document), so sequences commit in order and a reader that sees N+1 also sees N — a token never jumps
 * over a change committed late. On MongoDB without transactions (standalone server) each insert is
 * visible at once and the unique index turns a race into a retry with the next number; with a replica
 * set (transactions), concurrent writers conflict on the index and one change fails with an error (the
 * editor saves again): a change is never committed without its row, nor skipped by a token.
 */
import type { PayloadRequest } from 'payload'

import type { Audience } from './tokens'

export type ChangeKind = 'create' | 'update' | 'delete'

const ATTEMPTS = 5

/** `audience`: who may read the document after the change (null after a delete), see src/sync/audience.ts. */
export async function recordChange(req: PayloadRequest, collection: string, documentId: string, kind: ChangeKind, audience: Audience | null): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const sequence = (await lastSequence(req)) + 1
    try {
      await req.payload.create({
        collection: 'sync-changes',
        data: { sequence, collection, documentId, kind, audience },
        overrideAccess: true,
        depth: 0,
        req,
      })
      return
    } catch (error) {
      // Another writer took this number (unique index): read the maximum again. Inside a transaction
      // Payload has already rolled the whole change back on this error, so there is nothing to retry.
      if (req.transactionID || attempt >= ATTEMPTS) throw error
    }
  }
}

/** The highest sequence visible to `req` (its transaction included), 0 for an empty log. */
export async function lastSequence(req: PayloadRequest): Promise<number> {
  const { docs } = await req.payload.find({
    collection: 'sync-changes',
    sort: '-sequence',
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { sequence: true },
    req,
  })
  return docs[0]?.sequence ?? 0
}
