import type { RequestHandler } from 'express'

/**
 * Response headers a partner's browser code may read on cross-origin answers (CORS hides all but a few
 * by default): validators for conditional requests, and the rate limits' headers. The one list of them.
 */
export const EXPOSED_HEADERS = [
  'ETag',
  'Last-Modified',
  'Retry-After',
  'RateLimit',
  'RateLimit-Policy',
  'RateLimit-Limit',
  'RateLimit-Remaining',
  'RateLimit-Reset',
]

/** Adds `Access-Control-Expose-Headers` to cross-origin requests (Payload sets the other CORS headers). */
export const exposeHeaders: RequestHandler = (req, res, next) => {
  if (req.headers.origin) res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS.join(', '))
  next()
}
