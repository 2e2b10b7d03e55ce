import type { Request, RequestHandler } from 'express'
import pLimit from 'p-limit'

import { refuse } from './reply'

export interface AdmissionOptions {
  /** API requests worked on at once (MAX_CONCURRENT_REQUESTS). */
  maxConcurrent: number
  /** API requests waiting for their turn beyond that (MAX_QUEUED_REQUESTS); more get a 503. */
  maxQueued: number
}

const RETRY_AFTER_SECONDS = 2

/**
 * Admission control for API requests. Node runs every request's JavaScript on one thread: with fifty
 * expensive requests in progress, each turn of the event loop runs a slice of all fifty, and a cheap
 * request (`/healthz`, a cached answer, the admin's next click) waits behind all of them. Working on a
 * few at a time and queueing the rest (first come, first served) keeps each turn short, so cheap requests
 * stay fast under load while throughput stays the same (the CPU was the limit anyway). A full queue means
 * the server is overloaded: 503 with `Retry-After` rather than ever-growing latency. A queued request's
 * wait counts in its time budget (REQUEST_TIMEOUT_MS); a client that leaves frees its place.
 *
 * Only requests whose body has arrived take a place: a client that sends its body slowly must not hold
 * one while the server waits for bytes (a few such clients would otherwise stop the API). A body that is
 * still arriving passes ungated; bodies here are small (MAX_BODY_BYTES), so ordinary ones arrive with
 * their headers.
 */
export function admission(api: string, { maxConcurrent, maxQueued }: AdmissionOptions): RequestHandler {
  const limit = pLimit(maxConcurrent)
  const media = `${api}/media/file/`
  return (req, res, next) => {
    // Files are streamed from disk: no CPU to protect, and a slow download must not hold a place.
    if (!req.path.startsWith(`${api}/`) || req.path.startsWith(media) || !bodyArrived(req)) return next()
    if (limit.activeCount >= maxConcurrent && limit.pendingCount >= maxQueued) {
      refuse(res, 503, `The server is busy (${maxConcurrent} requests in progress, ${maxQueued} waiting): try again shortly.`, {
        'Retry-After': String(RETRY_AFTER_SECONDS),
      })
      return
    }
    let closed = false
    res.once('close', () => (closed = true))
    void limit(
      () =>
        new Promise<void>((release) => {
          // On a turn of the event loop of its own: a request that ends frees its place from a promise
          // callback, and the next queued one would otherwise start in the same run of microtasks. With
          // SQLite answering synchronously, a queue of requests then ran back to back without the loop
          // ever reading a socket: `/healthz` and the requests of another route waited for the whole queue.
          setImmediate(() => {
            // Answered (time budget) or abandoned while waiting: nothing to run.
            if (closed || res.writableEnded || req.socket.destroyed) return release()
            res.once('close', () => release())
            next()
          })
        }),
    )
  }
}

/** No body, or all of it already received (buffered, unread: Payload reads the stream later). */
function bodyArrived(req: Request): boolean {
  const declared = req.headers['content-length']
  if (declared === undefined) return req.headers['transfer-encoding'] === undefined
  return req.readableLength >= Number(declared)
}
