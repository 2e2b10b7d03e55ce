import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { contentVersionTracker } from '../cache/contentVersion'
import { shareContentVersion } from '../cache/redis'
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
  if (env.redisUrl) shareContentVersion(env.redisUrl, contentVersionTracker(), payload.logger)
  return handlers
}
