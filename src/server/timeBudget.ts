import type { Server } from 'node:http'

import type { RequestHandler, Response } from 'express'

import { refuse } from './reply'

export interface TimeBudgetOptions {
  /** REQUEST_TIMEOUT_MS */
  requestTimeoutMs: number
  /** UPLOAD_TIMEOUT_MS, for requests matching `isUpload` (the client may be slow to send the file). */
  uploadTimeoutMs: number
  isUpload: (path: string, contentType: string | undefined) => boolean
}

const RETRY_AFTER_SECONDS = 5

/**
 * A request not answered within its budget gets a 503 with `Retry-After` (or, if its answer had started,
 * its connection is cut), so a client is never left hanging on the server.
 *
 * What this can and cannot stop: Node runs JavaScript on one thread, so a timer cannot interrupt
 * synchronous work (a huge JSON.parse, a pathological sort); it fires once the event loop is free again.
 * Nor can it cancel the database query or hook still running for the abandoned request: that work
 * finishes in the background and its answer is dropped. The real protection against expensive requests
 * is bounding them before they run (body size, `limit`, `depth`, `where`, GraphQL cost, rate limits);
 * this budget bounds what slips through (a slow database, a stuck upstream) for the client's sake.
 */
export function timeBudget({ requestTimeoutMs, uploadTimeoutMs, isUpload }: TimeBudgetOptions): RequestHandler {
  return (req, res, next) => {
    const budget = isUpload(req.path, req.headers['content-type']) ? uploadTimeoutMs : requestTimeoutMs
    const timer = setTimeout(() => {
      if (res.writableEnded) return
      if (res.headersSent) {
        res.destroy()
        return
      }
      refuse(
        res,
        503,
        `The request took longer than ${budget} ms (${budget === uploadTimeoutMs ? 'UPLOAD_TIMEOUT_MS' : 'REQUEST_TIMEOUT_MS'}) and was abandoned.`,
        {
          'Retry-After': String(RETRY_AFTER_SECONDS),
          Connection: 'close',
        },
      )
      silence(res)
    }, budget)
    timer.unref()
    res.once('close', () => clearTimeout(timer))
    next()
  }
}

/** The abandoned handler will still try to answer: make its writes no-ops instead of errors. */
function silence(res: Response): void {
  const noop = () => res
  Object.assign(res, {
    setHeader: noop,
    appendHeader: noop,
    removeHeader: noop,
    writeHead: noop,
    flushHeaders: noop,
    write: (_chunk: unknown, encodingOrCallback?: unknown, callback?: unknown) => {
      const done = typeof encodingOrCallback === 'function' ? encodingOrCallback : callback
      if (typeof done === 'function') queueMicrotask(() => (done as () => void)())
      return true
    },
    end: (...args: unknown[]) => {
      const done = args.find((arg) => typeof arg === 'function')
      if (typeof done === 'function') queueMicrotask(() => (done as () => void)())
      return res
    },
  })
}

/**
 * Node's own limits on receiving a request: the headers within `headersTimeoutMs` (slow-loris), the
 * whole request within the largest budget; idle keep-alive connections are closed after 5 s (Node's
 * default, kept below common proxies' idle timeouts).
 */
export function boundServer(
  server: Server,
  { requestTimeoutMs, uploadTimeoutMs }: Pick<TimeBudgetOptions, 'requestTimeoutMs' | 'uploadTimeoutMs'>,
): void {
  server.headersTimeout = Math.min(20_000, requestTimeoutMs)
  server.requestTimeout = Math.max(requestTimeoutMs, uploadTimeoutMs)
}
