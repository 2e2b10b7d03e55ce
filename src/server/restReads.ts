import type { NextFunction, Request, RequestHandler, Response } from 'express'
import { handleEndpoints, type Payload } from 'payload'

import { publicCollectionSlugs } from '../plugin/registry'
import { sendFetchResponse, toFetchRequest } from './fetchBridge'
import { routeOf } from './httpCache'

/**
 * REST reads of the public collections (`GET`/`HEAD /api/<collection>…`, `/api/sync`,
 * `/api/openapi.json`) answered by Payload's REST handler directly (`handleEndpoints`, as Payload
 * documents for frameworks other than Next), with the server's own Payload instance. The same handler
 * runs behind Next's `api/[...slug]` route; skipping Next's routing, request wrapping and second
 * Payload instance costs about a third less per request, and the first answer after a start does not
 * wait for Next to load its API bundle. Writes and uploads' files still go through Next; GraphQL is
 * answered in Express too (src/server/graphql.ts).
 */
export function restReads(payload: Payload, payloadInstanceCacheKey: string): RequestHandler {
  const publicCollections = publicCollectionSlugs(payload.config)
  return async (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next()
    const route = routeOf(req.path, publicCollections)
    if (route?.kind !== 'rest' && route?.kind !== 'endpoint') return next()
    // HEAD is answered as GET without the body (Payload's endpoints are declared for GET).
    const request = toFetchRequest(req, payload.config.serverURL, { method: 'GET' })
    await sendFetchResponse(req, res, await handleEndpoints({ config: payload.config, request, payloadInstanceCacheKey }))
  }
}
