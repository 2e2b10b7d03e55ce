import fs from 'node:fs/promises'
import type { ServerResponse } from 'node:http'
import path from 'node:path'

import type { NextFunction, Request, RequestHandler, Response } from 'express'

import { isNotModified } from './httpCache'

export interface MediaCacheOptions {
  /** Where uploads are stored (MEDIA_DIR). */
  mediaDir: string
  /** `max-age` (seconds) of files anonymous readers may see. */
  maxAge: number
  /** The cookie of a signed-in session (`<cookiePrefix>-token`). */
  cookieName: string
}

const FILE_ROUTE = /^\/api\/media\/file\/([^/]+)$/

/**
 * Validators and long-lived caching for uploaded files (`GET /api/media/file/<name>`). Payload serves
 * the file after checking read access, with no validator; this adds a strong `ETag` (size and
 * modification time, as nginx does), `Last-Modified` and `Cache-Control` (`public, max-age` for
 * anonymous readers, `private, no-cache` for signed-in ones) to its 200/206, and turns the answer into
 * a 304 when the client's copy is current. The access check still runs first: a file that became
 * members-only is refused, not revalidated.
 */
export function mediaCache({ mediaDir, maxAge, cookieName }: MediaCacheOptions): RequestHandler {
  const root = path.resolve(mediaDir)
  return async (req: Request, response: Response, next: NextFunction) => {
    const res: ServerResponse = response
    const match = (req.method === 'GET' || req.method === 'HEAD') && FILE_ROUTE.exec(req.path)
    if (!match) return next()
    let stats: { size: number; mtimeMs: number } | undefined
    try {
      stats = await fs.stat(path.join(root, path.basename(decodeURIComponent(match[1]))))
    } catch {
      return next() // unknown or unreadable: Payload answers
    }
    const etag = `"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`
    const lastModified = Math.floor(stats.mtimeMs / 1000) * 1000
    const signedIn = Boolean(req.headers.authorization) || (req.headers.cookie ?? '').includes(`${cookieName}=`)

    // Decided when the handler first writes the status, headers or body (before anything is sent).
    const { writeHead, write, end } = res
    let decided = false
    let notModified = false
    let ended = false
    const decide = (status: number) => {
      decided = true
      if (status !== 200 && status !== 206) return
      res.setHeader('ETag', etag)
      res.setHeader('Last-Modified', new Date(lastModified).toUTCString())
      res.setHeader('Cache-Control', signedIn ? 'private, no-cache' : `public, max-age=${maxAge}`)
      res.setHeader('Vary', 'Origin, Authorization, Cookie')
      notModified = isNotModified(req.headers, etag, lastModified)
    }
    // The client's copy is current: a 304 at once, and what Payload goes on writing is dropped (Next
    // stops reading the file when the response closes).
    const endNotModified = () => {
      if (ended) return
      ended = true
      for (const name of ['Content-Length', 'Content-Range', 'Accept-Ranges', 'Content-Type']) res.removeHeader(name)
      writeHead.call(res, 304)
      ;(end as () => ServerResponse).call(res)
    }
    res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
      if (!decided) decide(status)
      if (!notModified) return writeHead.call(this, status, ...(rest as []))
      endNotModified()
      return res
    }
    res.write = function (this: ServerResponse, ...args: unknown[]) {
      if (!decided) decide(res.statusCode)
      if (!notModified) return (write as (...a: unknown[]) => boolean).apply(this, args)
      endNotModified()
      return true
    } as ServerResponse['write']
    res.end = function (this: ServerResponse, ...args: unknown[]) {
      if (!decided) decide(res.statusCode)
      if (!notModified) return (end as (...a: unknown[]) => ServerResponse).apply(this, args)
      endNotModified()
      ;(args.find((arg) => typeof arg === 'function') as (() => void) | undefined)?.()
      return res
    } as ServerResponse['end']
    next()
  }
}
