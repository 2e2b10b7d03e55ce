/**
 * A database too busy to take a write in time is a temporary condition: the client is told to retry
 * (503 with Retry-After), never given a 500. Nothing was written: the transaction never began, or
 * was rolled back.
 */
import { APIError, type AfterErrorHook } from 'payload'

export const RETRY_AFTER_SECONDS = 2

const MESSAGE = 'La base de données est occupée : réessayez dans un instant (the database is busy with other writes; retry later).'

export class DatabaseBusyError extends APIError {
  constructor(detail?: string) {
    super(MESSAGE, 503, detail ? { detail } : undefined, true)
  }
}

/**
 * True for our own DatabaseBusyError and for the database's own "busy" signals that may still escape
 * from a driver: SQLite's SQLITE_BUSY ("database is locked") and MongoDB's transient transaction
 * errors (a write conflict with another server instance's transaction).
 */
export function isBusyError(error: unknown): boolean {
  for (
    let e = error as { code?: unknown; message?: unknown; cause?: unknown; errorLabels?: unknown } | undefined, depth = 0;
    e && depth < 5;
    e = e.cause as typeof e, depth++
  ) {
    if (e instanceof DatabaseBusyError) return true
    if (typeof e.code === 'string' && e.code.startsWith('SQLITE_BUSY')) return true
    if (typeof e.message === 'string' && /database is locked|SQLITE_BUSY/.test(e.message)) return true
    if (e.code === 112 /* WriteConflict */) return true
    if (
      e.errorLabels instanceof Set
        ? e.errorLabels.has('TransientTransactionError')
        : Array.isArray(e.errorLabels) && e.errorLabels.includes('TransientTransactionError')
    )
      return true
  }
  return false
}

/** Config-level afterError hook: busy errors become 503 with `Retry-After`, whatever threw them. */
export const busyIsServiceUnavailable: AfterErrorHook = ({ error, req }) => {
  if (!isBusyError(error)) return
  const headers = new Headers(req.responseHeaders)
  headers.set('Retry-After', String(RETRY_AFTER_SECONDS))
  req.responseHeaders = headers
  return { status: 503, response: { errors: [{ message: MESSAGE }] } }
}
