/**
 * Writing the change log (collection `sync-changes`) from the synced collections' hooks.
 *
 * The row is written with the hook's `req`, i.e. inside the transaction of the change itself: it exists
 * exactly when its change is committed (a rolled-back change leaves none). Sequences are gap-free,
 * unique and committed in order — a reader that sees N+1 also sees N, so a token never jumps over a
 * change committed late — without ever failing a save:
 * - SQLite: `max(sequence) + 1`, read in the change's transaction. Transactions of this process run one
 *   at a time (src/database/writeGate.ts) and begin with `BEGIN IMMEDIATE`, which holds SQLite's write
 *   lock against other processes too, so nobody else can allocate between the read and the commit.
 * - MongoDB: an atomic counter document incremented in the change's transaction (see
 *   `nextMongoSequence` in src/database/mongo.ts for why that is ordered and gap-free). Production
 *   requires transactions (a replica set); without them (development, or MONGODB_ALLOW_STANDALONE=1)
 *   numbers stay unique but a failed change leaves a gap and concurrent instances may commit out of order.
 * Within one transaction (a bulk update or delete runs its documents' hooks in parallel) rows are written
 * one after the other. The unique index on `sequence` stays as a last guard: a duplicate would fail its
 * change, never be stored.
 */
import type { PayloadRequest } from 'payload'

import { nextMongoSequence } from '../database/mongo'
import type { Audience } from './tokens'

export type ChangeKind = 'create' | 'update' | 'delete'

/** `audience`: who may read the document after the change (null after a delete), see src/sync/audience.ts. */
export async function recordChange(
  req: PayloadRequest,
  collection: string,
  documentId: string,
  kind: ChangeKind,
  audience: Audience | null,
): Promise<void> {
  await oneAtATime((await req.transactionID) ?? 'none', async () => {
    const sequence =
      req.payload.db.name === 'mongoose' ? await nextMongoSequence(req, () => lastSequence(req)) : (await lastSequence(req)) + 1
    await req.payload.create({
      collection: 'sync-changes',
      data: { sequence, collection, documentId, kind, audience },
      overrideAccess: true,
      depth: 0,
      req,
    })
  })
}

/** Change-log writes in progress, per transaction. */
const writing = new Map<number | string, Promise<unknown>>()

/**
 * Runs `task` after the previous change-log write of the same transaction: bulk updates and deletes run
 * their documents' hooks in parallel, in one transaction, and would all read the same last sequence.
 */
async function oneAtATime(transaction: number | string, task: () => Promise<void>): Promise<void> {
  const next = (writing.get(transaction) ?? Promise.resolve()).catch(() => undefined).then(task)
  writing.set(transaction, next)
  try {
    await next
  } finally {
    if (writing.get(transaction) === next) writing.delete(transaction)
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
