import type { RequestHandler, Response } from 'express'

import { EXPOSED_HEADERS } from './cors'

/**
 * CORS for everything under the API, set before Payload runs so that answers given here (413, 429…)
 * carry it too. For an allowed origin these are the values Payload itself sets (and Next keeps headers
 * already present instead of repeating them); Payload's config has no option for exposed headers.
 */
export function apiCors(api: string, origins: string[]): RequestHandler {
  const allowed = new Set(origins)
  return (req, res, next) => {
    if (!req.path.startsWith(`${api}/`)) return next()
    res.set('Access-Control-Expose-Headers', EXPOSED_HEADERS.join(', '))
    const origin = req.headers.origin
    if (origin && allowed.has(origin)) {
      res.set({ 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true' })
      res.vary('Origin')
    }
    next()
  }
}

/** A refusal in Payload's error format (`{ errors: [{ message }] }`), never cached. */
export function refuse(res: Response, status: number, message: string, headers: Record<string, string> = {}): void {
  res
    .status(status)
    .set({ 'Cache-Control': 'no-store', ...headers })
    .json({ errors: [{ message }] })
}
