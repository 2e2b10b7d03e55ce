import type { Server } from 'node:http'

import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import type { AppEnv } from '../config/env'
import { invalidRestWhere } from '../query/where'
import { admission } from './admission'
import { bodyLimit, closeAfterUnreadBody } from './bodyLimit'
import { queryLimits } from './queryLimits'
import type { RateGate } from './httpCache'
import { createLimiters, rateGate, rateLimit } from './rateLimit'
import { apiCors } from './reply'
import { boundServer, timeBudget } from './timeBudget'
import { isUploadRequest } from './uploads'

export interface RequestBounds {
  /** In order: time budget, CORS for our own refusals, rate limits, body size, REST list parameters and filters, admission. */
  middleware: RequestHandler[]
  /** Node's own receive timeouts on the listening server. */
  bindServer: (server: Server) => void
  /** The rate limits for requests answered before Express (cache hits); `trust` is Express's `trust proxy fn`. */
  rateGate: (trust: (address: string, hop: number) => boolean) => RateGate
  /** Closes the Redis connection, if any. */
  close: () => Promise<void>
}

/** Everything README "Limits" describes, in front of Next/Payload (which read the raw request). */
export async function requestBounds(payload: Payload, env: AppEnv): Promise<RequestBounds> {
  const { config } = payload
  const api = config.routes.api
  const { limits } = env
  const isUpload = isUploadRequest(config)
  const { limiters, close } = await createLimiters(env.rateLimits, env.redisUrl, payload.logger)
  return {
    middleware: [
      timeBudget({ ...limits, isUpload }),
      apiCors(api, env.corsOrigins),
      rateLimit(limiters, { api, authCollections: config.collections.filter((c) => c.auth).map((c) => c.slug) }),
      bodyLimit({ ...limits, isUpload }),
      closeAfterUnreadBody,
      queryLimits(
        api,
        config.collections.map((c) => c.slug),
        limits,
        (collection, query, route) => invalidRestWhere(payload, collection, query, route),
      ),
      // Last: what is refused above never waits for a place.
      admission(api, { maxConcurrent: limits.maxConcurrentRequests, maxQueued: limits.maxQueuedRequests }),
    ],
    bindServer: (server) => boundServer(server, limits),
    rateGate: (trust) => rateGate(limiters, api, trust),
    close,
  }
}
