import type { NextFunction, Request, RequestHandler, Response } from 'express'
import { handleEndpoints, type Payload } from 'payload'

import type { AppEnv } from '../config/env'
import { graphQLHandlers } from '../graphql/handler'
import { readBody, sendFetchResponse, toFetchRequest } from './fetchBridge'
import { refuse } from './reply'

const METHODS = 'GET, HEAD, POST, OPTIONS'

/**
 * All GraphQL traffic (`/api/graphql`: POST, GET with a query or a persisted query's id, the CORS
 * preflight) answered here with the server's own Payload instance (src/graphql/handler.ts), after the
 * guards every API request meets (body size, rate limits, admission, time budget) and the response cache
 * of GETs (src/server/httpCache.ts). Next never builds the GraphQL schema nor, for GraphQL, its own
 * Payload instance: a query costs what the same REST read costs, and GraphQL load runs under the same
 * admission control as everything else.
 */
export function graphQLRoute(payload: Payload, env: AppEnv, payloadInstanceCacheKey: string): RequestHandler {
  const { config } = payload
  const path = `${config.routes.api}${config.routes.graphQL}`
  const handlers = graphQLHandlers(payload, {
    payloadInstanceCacheKey,
    maxJsonDepth: env.limits.maxJsonDepth,
    maxQueryLength: env.graphQLMaxQueryLength,
    maxAliases: env.graphQLMaxAliases,
  })
  return async (req: Request, res: Response, next: NextFunction) => {
    if (req.path !== path) return next()
    let response: globalThis.Response
    if (req.method === 'POST') {
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
