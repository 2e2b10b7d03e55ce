import type { RequestHandler } from 'express'

import { refuse } from './reply'

export interface BodyLimitOptions {
  /** Largest body outside uploads (MAX_BODY_BYTES). */
  maxBodyBytes: number
  /** Largest uploaded file (MAX_UPLOAD_BYTES); a multipart upload may carry this plus `maxBodyBytes`. */
  maxUploadBytes: number
  /** A multipart create/update of an upload collection (src/server/uploads.ts). */
  isUpload: (path: string, contentType: string | undefined) => boolean
}

/**
 * Refuses a body that is too large from its `Content-Length`, before a byte of it is read (413), and
 * closes the connection so the rest is not even received. No body parser runs here: Payload reads the
 * raw stream itself, so the stream must reach it untouched.
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
      res.set('Connection', 'close')
      return refuse(res, 411, 'Send the request body with a Content-Length header: bodies of unknown length (chunked) are not accepted.')
    }
    const bytes = Number(declared)
    const upload = isUpload(req.path, req.headers['content-type'])
    const max = upload ? maxUploadBytes + maxBodyBytes : maxBodyBytes
    if (bytes <= max) return next()
    res.set('Connection', 'close')
    const what = upload
      ? `an upload may be at most ${max} bytes (MAX_UPLOAD_BYTES ${maxUploadBytes} for the file + MAX_BODY_BYTES ${maxBodyBytes} for the form)`
      : `a request body may be at most ${maxBodyBytes} bytes (MAX_BODY_BYTES)`
    refuse(res, 413, `The request body is ${bytes} bytes: ${what}.`)
  }
}
