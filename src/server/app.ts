import type { Server } from 'node:http'

import type { Express, Request, Response } from 'express'
import express from 'express'
import type { Payload } from 'payload'

import type { AppEnv } from '../config/env'
import { databaseScope } from '../database/scope'
import { publicCaching } from './caching'
import { docsRouter } from './docs'
import { downloadsRouter } from './downloads'
import { feedsRouter } from './feeds'
import { graphQLRoute } from './graphql'
import { healthRouter } from './health'
import { preferencesRouter } from './preferences'
import { withCachedHits } from './httpCache'
import { requestBounds } from './limits'
import { type AppHandler, type Lifecycle, startupGate } from './lifecycle'
import { methodOverride } from './methodOverride'
import { newslettersRouter } from './newsletters'
import { explainRefusedOrigins } from './origins'
import { restReads } from './restReads'
import { frenchAdminByDefault, securityHeaders } from './security'
import { unsupportedRequests } from './unsupported'

/** The key of the server's own Payload instance (Next's route handlers build theirs under the default key). */
export const SERVER_PAYLOAD_KEY = 'rtes-server'

/**
 * The handler the HTTP server gets as soon as it listens, before Payload and Next exist: security headers,
 * `/healthz` and `/readyz` (with the start-up stage), a 503 with `Retry-After` for everything else while
 * starting, then the application (`createApp`).
 */
export function createShell(lifecycle: Lifecycle): Express {
  const shell = express()
  shell.disable('x-powered-by')
  shell.use(securityHeaders())
  shell.use(healthRouter(lifecycle))
  shell.use(startupGate(lifecycle))
  shell.use((req, res, next) => lifecycle.app!(req, res, next))
  return shell
}

export interface AppOptions {
  payload: Payload
  env: AppEnv
  /** Next's request handler: the admin and the REST API not answered in Express (writes, accounts…). */
  nextHandler: (req: Request, res: Response) => Promise<unknown>
  /** The listening HTTP server, for server-level settings (timeouts). */
  server: Server
}

export interface App {
  /** The Express application (or a request listener wrapping it). */
  app: AppHandler
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
  // Cached public answers are sent before the application's middleware, within the same rate limits
  // (src/server/httpCache.ts).
  return { app: withCachedHits(app, bounds.rateGate(app.get('trust proxy fn'))), close: bounds.close }
}
