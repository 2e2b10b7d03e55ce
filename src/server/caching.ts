import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { contentVersionTracker } from '../cache/contentVersion'
import type { AppEnv } from '../config/env'
import { exposeHeaders } from './cors'
import { httpCache } from './httpCache'
import { mediaCache } from './mediaCache'

/**
 * Caching of public reads, mounted before everything else: CORS-exposed validators, uploaded files'
 * validators, and the response cache of anonymous and partner reads (README "Caching").
 */
export function publicCaching(payload: Payload, env: AppEnv): RequestHandler[] {
  const media = payload.collections.media?.config.upload
  const handlers: RequestHandler[] = [
    exposeHeaders,
    httpCache(payload, {
      maxBytes: env.httpCache.responseCacheMaxBytes,
      sMaxAge: env.httpCache.sMaxAge,
      staleWhileRevalidate: env.httpCache.staleWhileRevalidate,
      versionCheckMs: env.httpCache.versionCheckMs,
    }),
  ]
  if (media && typeof media === 'object' && media.staticDir) {
    handlers.splice(
      1,
      0,
      mediaCache({ mediaDir: media.staticDir, maxAge: env.httpCache.mediaMaxAge, cookieName: `${payload.config.cookiePrefix}-token` }),
    )
  }
  // ioredis is loaded only when used. Until the subscription is up, instances still poll the version.
  const { redisUrl } = env
  if (redisUrl) {
    void import('../cache/redis').then(
      ({ shareContentVersion }) => shareContentVersion(redisUrl, contentVersionTracker(), payload.logger),
      (error: unknown) => payload.logger.error({ err: error, msg: 'could not load the Redis client: content versions are polled' }),
    )
  }
  return handlers
}
