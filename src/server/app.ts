import type { RequestListener, Server } from 'node:http'

import type { Request, Response } from 'express'
import express from 'express'
import type { Payload } from 'payload'

import type { AppEnv } from '../config/env'
import { databaseScope } from '../database/scope'
import { publicCaching } from './caching'
import { docsRouter } from './docs'
import { downloadsRouter } from './downloads'
import { feedsRouter } from './feeds'
import { graphQLRoute } from './graphql'
import { preferencesRouter } from './preferences'
import { withCachedHits } from './httpCache'
import { requestBounds } from './limits'
import { type AppHandler, SERVER_PAYLOAD_KEY } from './lifecycle'
import { methodOverride } from './methodOverride'
import { newslettersRouter } from './newsletters'
import { explainRefusedOrigins } from './origins'
import { restReads } from './restReads'
import { frenchAdminByDefault } from './security'
import { unsupportedRequests } from './unsupported'

export interface AppOptions {
  payload: Payload
  env: AppEnv
  /** Next's request handler: the admin and the REST API not answered in Express (writes, accounts…). */
  nextHandler: (req: Request, res: Response) => Promise<unknown>
  /** The listening HTTP server, for server-level settings (timeouts). */
  server: Server
}

export interface App {
  /** The Express application. */
  app: AppHandler
  /**
   * `listener` with cached public answers sent before it runs (src/server/httpCache.ts): the server puts
   * it in front of the shell once ready, so that hits skip every Express layer.
   */
  cachedHitsFirst: (listener: RequestListener) => RequestListener
  /** Releases what the middleware holds (connections to shared stores…), after the last request. */
  close: () => Promise<void>
}

/**
 * The application, built once Payload and Next are initialised; requests reach it through the shell. Order
 * matters: guards first (add body limits, rate limits and the like with `app.use` in that section; what must
 * be released at shutdown goes in `close`), then the Express routers, then Next for everything else.
 */
export async function createApp({ payload, env, nextHandler, server }: AppOptions): Promise<App> {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', env.trustProxy)

  // Guards: they see every request before any router.
  // Each request is one database operation: Payload's lone writes join its transaction (src/database/scope.ts).
  app.use(databaseScope)
  // The admin's POST-as-GET reads become the GETs they stand for, so every guard below treats them alike.
  app.use(methodOverride(payload.config.routes.api, env.limits.maxBodyBytes))
  app.use(unsupportedRequests(payload))
  // Request bounds and rate limits (README "Limits"), before anything reads a request.
  const bounds = await requestBounds(payload, env)
  bounds.bindServer(server)
  app.use(bounds.middleware)
  app.use(explainRefusedOrigins(payload))
  app.use(publicCaching(payload, env))

  // Express routes.
  app.use(docsRouter(payload.config.routes.api))
  app.use(feedsRouter(payload, { siteUrl: env.publicSiteUrl, serverUrl: env.serverUrl }))
  app.get('/', (_req, res) => res.redirect('/admin'))
  app.use(preferencesRouter(payload))
  app.use(downloadsRouter(payload, { maxVisitors: env.downloadVisitorsMax }))
  app.use(newslettersRouter(payload, { site: env.publicSiteUrl, server: env.serverUrl }))

  // Public REST reads go straight to Payload's REST handler with the server's instance (src/server/restReads.ts).
  app.use(restReads(payload, SERVER_PAYLOAD_KEY))
  // All GraphQL too, with the same instance: Next never builds the schema (src/server/graphql.ts).
  app.use(graphQLRoute(payload, env, SERVER_PAYLOAD_KEY))
  // Everything else goes to Next untouched (no body parser: Payload reads the raw request stream).
  app.use(frenchAdminByDefault)
  app.all('/{*splat}', (req, res) => nextHandler(req, res))
  // Cached public answers are sent before any middleware, within the same rate limits (src/server/httpCache.ts).
  const gate = bounds.rateGate(app.get('trust proxy fn'))
  return { app, cachedHitsFirst: (listener) => withCachedHits(listener, gate), close: bounds.close }
}
