/**
 * The transactions an operation (one HTTP request) has open, per database. Payload sometimes writes
 * outside the transaction of the operation it is running — e.g. forgot-password reserves the reset
 * request with `transactionID` removed — and such a lone write queues for the write gate (writeGate.ts)
 * that the operation's own transaction holds: it would wait until the busy timeout, then fail. A lone
 * write made within an operation that holds a transaction joins that transaction instead.
 *
 * Shared through `globalThis`: the server's and Next's copies of this module must see one storage.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

import type { RequestHandler } from 'express'

export type TransactionID = number | string

interface Scope {
  open: Map<string, TransactionID>
}

const KEY = Symbol.for('rtes.database.scope')
const storage: AsyncLocalStorage<Scope> = ((globalThis as { [KEY]?: AsyncLocalStorage<Scope> })[KEY] ??= new AsyncLocalStorage<Scope>())

/** Runs `operation` in a scope of its own. */
export const inDatabaseScope = <T>(operation: () => T): T => storage.run({ open: new Map() }, operation)

/** Every request is an operation (src/server.ts mounts this first). */
export const databaseScope: RequestHandler = (_req, _res, next) => inDatabaseScope(next)

/** The current operation's open transaction on `database`, if any. */
export const openTransaction = (database: string): TransactionID | undefined => storage.getStore()?.open.get(database)

export function rememberTransaction(database: string, id: TransactionID): void {
  storage.getStore()?.open.set(database, id)
}

export function forgetTransaction(database: string, id: TransactionID): void {
  const open = storage.getStore()?.open
  if (open?.get(database) === id) open.delete(database)
}
