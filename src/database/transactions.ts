/**
 * Transactions that hold: every write of this process goes through one queue per database (see
 * writeGate.ts); SQLite transactions start with `BEGIN IMMEDIATE`, so the write lock is taken before the
 * first read and a transaction's checks ("is there a user yet?", "what is the last sequence?") cannot be
 * overtaken by another process either; a database held by another process is waited for asynchronously
 * (sqliteWriter.ts), up to the busy timeout, then answered 503 with Retry-After (busy.ts).
 */
import type { IntMode } from '@libsql/client'
import { type BaseDatabaseAdapter, type DatabaseAdapterObj, isolateObjectProperty, NotFound, type PayloadRequest } from 'payload'

import { DatabaseBusyError, isBusyError } from './busy'
import { forgetTransaction, openTransaction, rememberTransaction, type TransactionID } from './scope'
import { useWriterConnection } from './sqliteWriter'
import { writeGate } from './writeGate'

export interface WriteQueueOptions {
  /** The database, as every Payload instance of the process names it (SQLite file path, MongoDB URI). */
  database: string
  /** Longest wait for the queue plus another process's lock before DatabaseBusyError. */
  busyTimeoutMs: number
  /** A transaction open longer than this was abandoned and is rolled back (default 2 minutes). */
  longestTransactionMs?: number
}

const LONGEST_TRANSACTION_MS = 120_000

/** Adapter methods that write. Called without a transaction, they get one of their own (SQLite). */
const WRITES = [
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const

type SqliteAdapter = BaseDatabaseAdapter & { client?: Parameters<typeof useWriterConnection>[0]; clientConfig?: { intMode?: IntMode } }

/** Wraps a Payload database adapter so that its writes queue, wait and fail as described above. */
export function queueWrites(adapterObj: DatabaseAdapterObj, options: WriteQueueOptions): DatabaseAdapterObj {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args)
      const deadline = queueTransactions(adapter, options)
      if (adapter.name === 'sqlite') {
        reuseWriterConnection(adapter, options.database, deadline)
        updatesDoNotResurrect(adapter)
        transactionPerLoneWrite(adapter, options.database)
      }
      return adapter
    },
  }
}

/**
 * Transactions take the gate at begin and give it back at commit or rollback. One that is still open
 * after `longestTransactionMs` was abandoned (Payload's job bookkeeping, for one, never ends a
 * transaction whose write threw): it is rolled back, so that one lost transaction cannot stop every
 * write of the server for good.
 */
function queueTransactions(
  adapter: BaseDatabaseAdapter,
  { database, busyTimeoutMs, longestTransactionMs = LONGEST_TRANSACTION_MS }: WriteQueueOptions,
): () => number {
  const gate = writeGate(database)
  const open = new Map<TransactionID, { release: () => void; abandoned: NodeJS.Timeout }>()
  // Only one begin per database runs at a time (the gate is held), so one variable is enough.
  let deadline = 0

  const begin = adapter.beginTransaction
  adapter.beginTransaction = async function (this: BaseDatabaseAdapter, transactionOptions) {
    const start = Date.now()
    const release = await gate.acquire(busyTimeoutMs)
    deadline = start + busyTimeoutMs
    let id: TransactionID | null
    try {
      id = await begin.call(this, transactionOptions)
    } catch (error) {
      release()
      throw isBusyError(error) ? new DatabaseBusyError(`another process held the database for ${busyTimeoutMs} ms`) : error
    }
    if (id === null || id === undefined) {
      release()
      return id
    }
    const transaction = id
    const abandoned = setTimeout(() => {
      this.payload.logger.error(`transaction ${transaction} still open after ${longestTransactionMs} ms: rolled back (abandoned)`)
      void this.rollbackTransaction(transaction).catch(() => undefined)
    }, longestTransactionMs)
    abandoned.unref()
    open.set(transaction, { release, abandoned })
    rememberTransaction(database, transaction)
    return transaction
  }

  for (const method of ['commitTransaction', 'rollbackTransaction'] as const) {
    const end = adapter[method]
    adapter[method] = async function (this: BaseDatabaseAdapter, incoming) {
      const id = await incoming
      try {
        await end.call(this, id)
      } finally {
        forgetTransaction(database, id)
        const transaction = open.get(id)
        open.delete(id)
        clearTimeout(transaction?.abandoned)
        transaction?.release()
      }
    }
  }
  return () => deadline
}

/** Once connected, transactions run on one reused writer connection that waits without blocking. */
function reuseWriterConnection(adapter: BaseDatabaseAdapter, file: string, deadline: () => number): void {
  const { connect, destroy } = adapter
  let closeWriter: (() => void) | undefined
  if (connect) {
    adapter.connect = async function (this: SqliteAdapter, args) {
      await connect.call(this, args)
      if (this.client && !closeWriter)
        closeWriter = useWriterConnection(this.client, file, this.clientConfig?.intMode ?? 'number', deadline)
    }
  }
  // Payload's destroy leaves the client open; the writer at least is closed (reopened if used again).
  adapter.destroy = async function (this: SqliteAdapter) {
    await destroy?.call(this)
    closeWriter?.()
  }
}

/** The caller's request with another transaction (the caller's req may be shared: never mutate it). */
function withTransaction(req: Partial<PayloadRequest> | undefined, id: TransactionID): Partial<PayloadRequest> {
  const isolated = isolateObjectProperty<Partial<PayloadRequest>>(req ?? {}, 'transactionID')
  isolated.transactionID = id
  return isolated
}

/**
 * Drizzle updates a row by id with INSERT … ON CONFLICT DO UPDATE: a row that a concurrent request deleted
 * after the update's caller had read it is inserted again. A login finishing after its account was deleted
 * brought the account back (fuzz seed 346148204); a save racing a delete would do the same. Every write runs
 * in a transaction holding the write lock (below), so checking that the row still exists there is enough:
 * a deleted document stays deleted, and the late update is a 404.
 */
function updatesDoNotResurrect(adapter: BaseDatabaseAdapter): void {
  const update = adapter.updateOne
  adapter.updateOne = async function (this: BaseDatabaseAdapter, args) {
    if (args.id !== undefined && !args.options?.upsert) {
      const { totalDocs } = await this.count({ collection: args.collection, where: { id: { equals: args.id } }, req: args.req })
      if (!totalDocs) throw new NotFound(args.req?.t)
    }
    return update.call(this, args)
  }
}

/**
 * Payload writes some rows outside any transaction (job bookkeeping, preferences, login counters).
 * On SQLite such a write would meet the write lock of a transaction in progress and fail at once:
 * it becomes a transaction of its own, queued like the others.
 */
function transactionPerLoneWrite(adapter: BaseDatabaseAdapter, database: string): void {
  for (const method of WRITES) {
    const write = adapter[method] as (args: { req?: Partial<PayloadRequest> }) => Promise<unknown>
    ;(adapter as unknown as Record<string, unknown>)[method] = async function (
      this: BaseDatabaseAdapter,
      args: { req?: Partial<PayloadRequest> },
    ) {
      if (args?.req?.transactionID) return write.call(this, args)
      // Within an operation that holds a transaction, the lone write joins it (see scope.ts).
      const joined = openTransaction(database)
      if (joined !== undefined) return write.call(this, { ...args, req: withTransaction(args?.req, joined) })
      const id = await this.beginTransaction()
      if (id === null) return write.call(this, args)
      try {
        const result = await write.call(this, { ...args, req: withTransaction(args?.req, id) })
        await this.commitTransaction(id)
        return result
      } catch (error) {
        await this.rollbackTransaction(id)
        throw error
      }
    }
  }
}
