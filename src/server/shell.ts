import express, { type Express } from 'express'

import { healthRouter } from './health'
import { type Lifecycle, startupGate } from './lifecycle'
import { securityHeaders } from './security'

/**
 * The handler the HTTP server gets as soon as it listens, before Payload and Next exist: security headers,
 * `/healthz` and `/readyz` (with the start-up stage), a 503 with `Retry-After` for everything else while
 * starting, then the application (`createApp` in src/server/app.ts). It imports nothing heavy: the server
 * listens within a few hundred milliseconds of starting and loads the rest meanwhile.
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
