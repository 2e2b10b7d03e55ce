import type { Request, RequestHandler, Response } from 'express'

import { refuse } from './reply'

export interface BodyLimitOptions {
  /** Largest body outside uploads (MAX_BODY_BYTES). */
  maxBodyBytes: number
  /** Largest uploaded file (MAX_UPLOAD_BYTES); a multipart upload may carry this plus `maxBodyBytes`. */
  maxUploadBytes: number
  /** A multipart create/update of an upload collection (src/server/uploads.ts). */
  isUpload: (path: string, contentType: string | undefined) => boolean
}

/** How long a refused body may keep arriving (read and dropped, never stored) before the connection is cut. */
const LINGER_MS = 2_000

/**
 * Refuses a body that is too large from its `Content-Length`, before a byte of it is parsed or kept
 * (413). No body parser runs here: Payload reads the raw stream itself, so the stream must reach it
 * untouched.
 *
 * A body without `Content-Length` (`Transfer-Encoding: chunked`) is refused with 411. Its size is only
 * known once read, and the only way to stop it part-way without buffering it here would be to cut the
 * stream under Payload/Next while they read it (an aborted request, then an error answer of theirs).
 * Browsers, `fetch`, curl and the SDK send `Content-Length` for every body that is not a stream, so
 * requiring it costs ordinary clients nothing. Node's parser already guarantees the body is never
 * longer than the declared length.
 */
export function bodyLimit({ maxBodyBytes, maxUploadBytes, isUpload }: BodyLimitOptions): RequestHandler {
  return (req, res, next) => {
    const declared = req.headers['content-length']
    if (declared === undefined) {
      if (req.headers['transfer-encoding'] === undefined) return next()
      return refuseEarly(
        req,
        res,
        411,
        'Send the request body with a Content-Length header: bodies of unknown length (chunked) are not accepted.',
      )
    }
    const bytes = Number(declared)
    const upload = isUpload(req.path, req.headers['content-type'])
    const max = upload ? maxUploadBytes + maxBodyBytes : maxBodyBytes
    if (bytes <= max) return next()
    const what = upload
      ? `an upload may be at most ${max} bytes (MAX_UPLOAD_BYTES ${maxUploadBytes} for the file + MAX_BODY_BYTES ${maxBodyBytes} for the form)`
      : `a request body may be at most ${maxBodyBytes} bytes (MAX_BODY_BYTES)`
    refuseEarly(req, res, 413, `The request body is ${bytes} bytes: ${what}.`)
  }
}

/**
 * Answers before the body has arrived. Closing at once would make the client's pending writes fail
 * (EPIPE/reset) before it reads the answer, so, like nginx's lingering close, Node drops what still
 * arrives (without keeping it) for a short while, then the connection is cut.
 */
function refuseEarly(req: Request, res: Response, status: number, message: string): void {
  refuse(res, status, message)
  res.once('finish', () => {
    if (req.complete) return
    const timer = setTimeout(() => req.socket.destroy(), LINGER_MS)
    timer.unref()
    req.once('end', () => clearTimeout(timer))
  })
}

/**
 * A request answered before its body was read to the end closes its connection. Node discards an unread
 * body by itself, but not one a handler started to read and then abandoned (the multipart parser stopping
 * at a malformed part, answered 400): the connection stalled behind the unread bytes, and the client's
 * next request on it got no answer until the keep-alive timeout reset it. `Connection: close` makes the
 * client open a new connection instead; requests whose body was read (or that have none) keep theirs.
 */
export const closeAfterUnreadBody: RequestHandler = (req, res, next) => {
  const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined
  if (!hasBody) return next()
  const writeHead = res.writeHead
  res.writeHead = function (this: typeof res, ...args: Parameters<typeof writeHead>) {
    if (!req.readableEnded && !res.headersSent) res.setHeader('Connection', 'close')
    return writeHead.apply(this, args)
  } as typeof writeHead
  next()
}
