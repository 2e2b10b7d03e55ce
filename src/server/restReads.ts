import type { NextFunction, Request, RequestHandler, Response } from 'express'
import { handleEndpoints, type Payload } from 'payload'

import { publicCollectionSlugs } from '../plugin/registry'
import { routeOf } from './httpCache'

/**
 * REST reads of the public collections (`GET`/`HEAD /api/<collection>…`, `/api/sync`,
 * `/api/openapi.json`) answered by Payload's REST handler directly (`handleEndpoints`, as Payload
 * documents for frameworks other than Next), with the server's own Payload instance. The same handler
 * runs behind Next's `api/[...slug]` route; skipping Next's routing, request wrapping and second
 * Payload instance costs about a third less per request, and the first answer after a start does not
 * wait for Next to load its API bundle. Writes, uploads' files and GraphQL still go through Next.
 */
export function restReads(payload: Payload, payloadInstanceCacheKey: string): RequestHandler {
  const publicCollections = publicCollectionSlugs(payload.config)
  return async (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next()
    const route = routeOf(req.path, publicCollections)
    if (route?.kind !== 'rest' && route?.kind !== 'endpoint') return next()

    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
    }
    // HEAD is answered as GET without the body (Payload's endpoints are declared for GET).
    const request = new Request(new URL(req.originalUrl, payload.config.serverURL || `http://${req.headers.host}`), {
      method: 'GET',
      headers,
    })
    const response = await handleEndpoints({ config: payload.config, request, payloadInstanceCacheKey })
    res.statusCode = response.status
    response.headers.forEach((value, name) => {
      if (name !== 'set-cookie') res.setHeader(name, value)
    })
    const cookies = response.headers.getSetCookie()
    if (cookies.length) res.setHeader('Set-Cookie', cookies)
    const body = Buffer.from(await response.arrayBuffer())
    res.setHeader('Content-Length', body.length)
    res.end(req.method === 'HEAD' ? undefined : body)
  }
}
