import type { NextFunction, Request, RequestHandler, Response } from 'express'
import { handleEndpoints, type Payload } from 'payload'

import type { AppEnv } from '../config/env'
import { graphQLHandlers } from '../graphql/handler'
import { withBodyGuard } from '../utilities/jsonBody'
import { readBody, sendFetchResponse, toFetchRequest } from './fetchBridge'
import { refuse } from './reply'

const METHODS = 'GET, HEAD, POST, OPTIONS'

/**
 * All GraphQL traffic (`/api/graphql`: POST, GET with a query or a persisted query's id, the CORS
 * preflight; paths below it, where Payload has nothing but its 404) answered here with the server's own
 * Payload instance (src/graphql/handler.ts), after the guards every API request meets (body size, rate
 * limits, admission, time budget) and the response cache of GETs (src/server/httpCache.ts). Next never
 * builds the GraphQL schema nor, for GraphQL, its own Payload instance: a query costs about what the same
 * REST read costs. (`/api/graphql/` is left to Next, which redirects it.)
 */
export function graphQLRoute(payload: Payload, env: AppEnv, payloadInstanceCacheKey: string): RequestHandler {
  const { config } = payload
  const path = `${config.routes.api}${config.routes.graphQL}`
  const handlers = graphQLHandlers(payload, {
    payloadInstanceCacheKey,
    maxJsonDepth: env.limits.maxJsonDepth,
    maxQueryLength: env.graphQLMaxQueryLength,
    maxAliases: env.graphQLMaxAliases,
    documentCacheBytes: env.graphQLDocumentCacheBytes,
  })
  // Below the GraphQL route: Payload's REST handler (a 404, unless a root endpoint is declared there).
  const below = withBodyGuard((request: globalThis.Request) => handleEndpoints({ config, request, payloadInstanceCacheKey }), {
    maxJsonDepth: env.limits.maxJsonDepth,
  })
  return async (req: Request, res: Response, next: NextFunction) => {
    const isBelow = req.path.startsWith(`${path}/`) && req.path.length > path.length + 1
    if (req.path !== path && !isBelow) return next()
    let response: globalThis.Response
    if (isBelow) {
      const read = req.method === 'GET' || req.method === 'HEAD'
      const request = toFetchRequest(req, config.serverURL, read ? { method: 'GET' } : { body: await readBody(req) })
      response = await below(request)
    } else if (req.method === 'POST') {
      response = await handlers.POST(toFetchRequest(req, config.serverURL, { body: await readBody(req) }))
    } else if (req.method === 'GET' || req.method === 'HEAD') {
      response = await handlers.GET(toFetchRequest(req, config.serverURL, { method: 'GET' }))
    } else if (req.method === 'OPTIONS') {
      response = await handleEndpoints({ config, request: toFetchRequest(req, config.serverURL), payloadInstanceCacheKey })
    } else {
      refuse(res, 405, `Method ${req.method} is not allowed on ${path}: use ${METHODS}.`, { Allow: METHODS })
      return
    }
    await sendFetchResponse(req, res, response)
  }
}
