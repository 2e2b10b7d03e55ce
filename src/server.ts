/**
 * RTES content hub: an Express 5 server wrapping Next (Payload admin, REST and GraphQL), following
 * Payload's custom-server pattern. Run with `npm run dev` (development) or `npm start` (production).
 */
import fs from 'node:fs'
import { createServer, type Server } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import express from 'express'
import next from 'next'
import { getPayload, type Payload } from 'payload'

import { chooseDatabase, redact } from './config/database'
import { type AppEnv, readEnv } from './config/env'
import { databaseScope } from './database/scope'
import { seedIfEmpty } from './seed/run'
import { publicCaching } from './server/caching'
import { docsRouter } from './server/docs'
import { feedsRouter } from './server/feeds'
import { healthRouter } from './server/health'
import { withCachedHits } from './server/httpCache'
import { requestBounds } from './server/limits'
import { restReads } from './server/restReads'
import { frenchAdminByDefault, securityHeaders } from './server/security'
import { unsupportedRequests } from './server/unsupported'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
/** In-flight requests get this long to finish after SIGTERM/SIGINT before connections are cut. */
const SHUTDOWN_GRACE_MS = 10_000
const SERVER_PAYLOAD_KEY = 'rtes-server'

let listening = false
// A silent exit with code 0 before the server listens (e.g. a dependency answering a prompt nobody sees)
// is a failure: say where it came from, synchronously, since process.exit() drops buffered pipe output.
process.on('exit', (code) => {
  if (!listening && code === 0) fs.writeSync(2, `[rtes] exiting with code ${code} before listening\n${new Error('exit').stack}\n`)
})

async function main(): Promise<void> {
  // Validate the configuration before anything heavy starts, so mistakes end with one clear line.
  let env: AppEnv
  try {
    env = readEnv()
    chooseDatabase(env.databaseUri)
  } catch (error) {
    console.error(`[rtes] configuration error: ${(error as Error).message}`)
    process.exit(1)
  }

  const { default: config } = await import('../payload.config')
  // The server's own Payload instance (readiness, seeding, jobs, shutdown). Next's route handlers build
  // theirs from the compiled config under the default key; sharing one instance across the two module
  // copies would break Payload's error formatting (`instanceof ValidationError` across copies).
  const payload = await getPayload({ config, cron: true, key: SERVER_PAYLOAD_KEY })
  ;(globalThis as { rtesJobRunner?: unknown }).rtesJobRunner = payload
  const dev = !env.production
  if (env.usingDevSecret) {
    payload.logger.warn('PAYLOAD_SECRET is not set: using the fixed development secret (never do this in production).')
  }

  // The README's run command shows the 2021 report's content on first start.
  if (dev && process.env.RTES_SEED !== 'off') await seedIfEmpty(payload)

  // Next's anonymous telemetry would call out to the internet: off unless asked for.
  process.env.NEXT_TELEMETRY_DISABLED ??= '1'
  const nextApp = next({ dev, dir: rootDir, hostname: env.host, port: env.port })
  await nextApp.prepare()
  const handle = nextApp.getRequestHandler()

  // Request bounds and rate limits (README "Limits"), before anything reads a request.
  const bounds = await requestBounds(payload, env)

  let shuttingDown = false
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', env.trustProxy)
  // Each request is one database operation: Payload's lone writes join its transaction (src/database/scope.ts).
  app.use(databaseScope)
  app.use(securityHeaders())
  app.use(unsupportedRequests(payload))
  app.use(healthRouter(payload, () => shuttingDown))
  app.use(bounds.middleware)
  app.use(publicCaching(payload, env))
  app.use(docsRouter(payload.config.routes.api))
  app.use(feedsRouter(payload, { siteUrl: env.publicSiteUrl, serverUrl: env.serverUrl }))
  app.get('/', (_req, res) => res.redirect('/admin'))
  app.use(frenchAdminByDefault)
  app.use(restReads(payload, SERVER_PAYLOAD_KEY))
  // Everything else goes to Next untouched (no body parser: Payload reads the raw request stream).
  app.all('/{*splat}', (req, res) => handle(req, res))

  // Cached public answers are sent before Express runs, within the same rate limits (src/server/httpCache.ts).
  const server = createServer(withCachedHits(app, bounds.rateGate(app.get('trust proxy fn')))).listen(env.port, env.host)
  bounds.bindServer(server)
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve)
    server.once('error', reject)
  })
  listening = true
  const url = listeningUrl(server, env)
  payload.logger.info({
    msg: `RTES content hub ready on ${url} (admin ${url}/admin, REST ${url}/api, GraphQL ${url}/api/graphql)`,
    url,
    database: redact(chooseDatabase(env.databaseUri).url),
    mode: dev ? 'development' : 'production',
  })
  process.send?.({ type: 'ready', url })

  const shutdown = async (signal: string) => {
    if (shuttingDown) return
    shuttingDown = true
    payload.logger.info(`${signal} received: finishing in-flight requests, then closing the database`)
    await closeServer(server, payload)
    await nextApp.close().catch(() => undefined)
    await payload.destroy().catch((error: unknown) => payload.logger.error({ err: error }, 'closing the database failed'))
    await bounds.close()
    payload.logger.info('RTES content hub stopped')
    process.exit(0)
  }
  process.once('SIGTERM', () => void shutdown('SIGTERM'))
  process.once('SIGINT', () => void shutdown('SIGINT'))
}

/** Stops accepting, lets in-flight requests finish for a bounded time, then cuts what is left. */
function closeServer(server: Server, payload: Payload): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      payload.logger.warn(`requests still running after ${SHUTDOWN_GRACE_MS} ms: closing their connections`)
      server.closeAllConnections()
    }, SHUTDOWN_GRACE_MS)
    timer.unref()
    server.close(() => {
      clearTimeout(timer)
      resolve()
    })
    server.closeIdleConnections()
  })
}

function listeningUrl(server: Server, env: AppEnv): string {
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : env.port
  const host = env.host === '0.0.0.0' || env.host === '::' ? 'localhost' : env.host
  return `http://${host}:${port}`
}

main().catch((error: unknown) => {
  // Payload's init errors (e.g. an unreachable MongoDB) were already logged in detail: keep the last line short.
  const initError = error instanceof Error && 'payloadInitError' in error
  console.error('[rtes] failed to start:', initError ? (error as Error).message : error)
  process.exit(1)
})
