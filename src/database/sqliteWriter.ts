/**
 * SQLite transactions on one reused connection per client, waiting asynchronously for the write lock.
 *
 * libsql's client hands its connection to each transaction and opens a new one for what follows, never
 * closing the old one: every write left a connection (two file descriptors, ~0.2 MB) for the garbage
 * collector, 2,000 writes held 4,000 descriptors. This process runs one transaction at a time per
 * database (writeGate.ts), so one writer connection is enough. Its `BEGIN IMMEDIATE` answers SQLITE_BUSY
 * at once when another process holds the lock (busy_timeout 0: SQLite's own wait would block the event
 * loop); it is retried with growing pauses until the deadline of the waiting write.
 */
import { type IntMode, type Transaction, type TransactionMode } from '@libsql/client'
import { Sqlite3Transaction } from '@libsql/client/sqlite3'
import Database from 'libsql'

import { isBusyError } from './busy'

interface LibsqlClient {
  transaction: (mode?: TransactionMode) => Promise<Transaction>
}

/**
 * Replaces `client.transaction` ('write' mode, the one drizzle uses) with the reused writer connection.
 * Returns a function closing that connection (a later transaction opens it again).
 */
export function useWriterConnection(client: LibsqlClient, file: string, intMode: IntMode, deadline: () => number): () => void {
  const fallback = client.transaction.bind(client)
  let writer: Database.Database | undefined
  client.transaction = async (mode = 'write') => {
    writer ??= new Database(file)
    // Not expected (transactions queue before reaching here), but never share an open transaction.
    if (mode !== 'write' || writer.inTransaction) return fallback(mode)
    for (let pause = 5; ; pause = Math.min(pause * 2, 100)) {
      try {
        writer.exec('BEGIN IMMEDIATE')
        return new Sqlite3Transaction(writer, intMode)
      } catch (error) {
        if (!isBusyError(error) || Date.now() + pause > deadline()) throw error
        await new Promise((resolve) => setTimeout(resolve, pause))
      }
    }
  }
  return () => {
    writer?.close()
    writer = undefined
  }
}
