/**
 * MongoDB specifics: transactions need a replica set, and the change log's sequence needs a counter.
 *
 * Payload's MongoDB adapter silently runs without transactions when the connection is not to a replica
 * set named in the URI (`replicaSet=`): a write that fails half-way then leaves what it wrote so far,
 * and the change log loses its ordering guarantee. Production refuses that at start (this file's
 * `checkTransactions`, run on every connection), unless MONGODB_ALLOW_STANDALONE=1 accepts it.
 *
 * Neither path can run here (no MongoDB server): `mongoTransactionSupport` and `decideMongoStart` are
 * pure and unit-tested; the calls to the server are reviewed, and type-checked against the driver.
 */
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { PayloadRequest } from 'payload'

/** The fields of MongoDB's `hello` reply that tell the deployment apart. */
export interface MongoHello {
  /** Replica-set members only. */
  setName?: string
  /** "isdbgrid" on a mongos (sharded cluster) router. */
  msg?: string
}

export type TransactionSupport = { transactions: true } | { transactions: false; problem: string }

/** Whether Payload will use transactions, from the server's `hello` and the URI's `replicaSet` option. */
export function mongoTransactionSupport(hello: MongoHello, uriReplicaSet: string | undefined): TransactionSupport {
  if (hello.msg === 'isdbgrid') {
    return {
      transactions: false,
      problem:
        'DATABASE_URI points at a sharded cluster (mongos); Payload only uses transactions on a replica-set connection (a URI with replicaSet=…).',
    }
  }
  if (!hello.setName) {
    return {
      transactions: false,
      problem:
        'the MongoDB server is standalone, and MongoDB transactions need a replica set (a single node is enough: start mongod with --replSet rs0, run rs.initiate(), and add ?replicaSet=rs0 to DATABASE_URI).',
    }
  }
  if (!uriReplicaSet) {
    return {
      transactions: false,
      problem: `the server belongs to replica set "${hello.setName}" but DATABASE_URI does not say so: add ?replicaSet=${hello.setName} (Payload enables transactions only then).`,
    }
  }
  return { transactions: true }
}

export type MongoStartDecision = { start: true; warning?: string } | { start: false; error: string }

/** Production refuses to run without transactions unless explicitly allowed; development warns. */
export function decideMongoStart(
  support: TransactionSupport,
  { production, allowStandalone }: { production: boolean; allowStandalone: boolean },
): MongoStartDecision {
  if (support.transactions) return { start: true }
  const degradation =
    'Without transactions a write that fails half-way keeps what it already wrote, and the sync change log may skip a change committed late.'
  if (!production || allowStandalone) return { start: true, warning: `MongoDB without transactions: ${support.problem} ${degradation}` }
  return {
    start: false,
    error: `refusing to start in production: ${support.problem} ${degradation} Set MONGODB_ALLOW_STANDALONE=1 to start anyway.`,
  }
}

/** The `afterOpenConnection` hook of the MongoDB adapter: asks the server, then applies the decision. */
export const checkTransactions =
  (options: { production: boolean; allowStandalone: boolean }) =>
  async (adapter: MongooseAdapter): Promise<void> => {
    const hello = (await adapter.connection.db!.admin().command({ hello: 1 })) as MongoHello
    const decision = decideMongoStart(mongoTransactionSupport(hello, adapter.connection.getClient().options.replicaSet), options)
    if (!decision.start) throw new Error(decision.error)
    if (decision.warning) adapter.payload.logger.warn(decision.warning)
  }

const COUNTERS = 'rtes_counters'

/** The native collection of our counters, and the session of the request's transaction (if any). */
async function counters(req: PayloadRequest) {
  const adapter = req.payload.db as unknown as MongooseAdapter
  const session = req.transactionID ? adapter.sessions[await req.transactionID] : undefined
  return { collection: adapter.connection.db!.collection<{ _id: string; value: number }>(COUNTERS), session }
}

/**
 * Writes the shared document `name` in the request's transaction, so that two transactions of different
 * server instances that both do it cannot both commit: MongoDB aborts one with a write conflict (503,
 * retried by the client). Within one instance the write gate already runs them one after the other.
 */
export async function serializeOnMongo(req: PayloadRequest, name: string): Promise<void> {
  const { collection, session } = await counters(req)
  await collection.updateOne({ _id: name }, { $inc: { value: 1 } }, { upsert: true, session })
}

/**
 * The next change-log sequence on MongoDB: `$inc` on one counter document, inside the change's own
 * transaction. The counter stays write-locked by that transaction until it commits, so numbers are
 * handed out in commit order, a rolled-back change gives its number back (no gap), and no number is
 * handed out twice. Concurrent transactions of this process do not meet there (the write gate runs
 * them one after the other); another server instance's transaction touching the counter at the same
 * moment makes MongoDB abort one of the two with a transient write conflict, answered 503 with
 * Retry-After (busy.ts) — nothing of that change is stored, and the client's retry succeeds.
 * The counter starts from the highest sequence already in the log (databases older than the counter).
 */
export async function nextMongoSequence(req: PayloadRequest, highestLogged: () => Promise<number>): Promise<number> {
  const { collection, session } = await counters(req)
  const existing = await collection.findOne({ _id: 'sync-changes' }, { session })
  if (!existing) {
    await collection.updateOne({ _id: 'sync-changes' }, { $setOnInsert: { value: await highestLogged() } }, { upsert: true, session })
  }
  const counter = await collection.findOneAndUpdate({ _id: 'sync-changes' }, { $inc: { value: 1 } }, { returnDocument: 'after', session })
  if (!counter) throw new Error('the sync-changes counter vanished')
  return counter.value
}
