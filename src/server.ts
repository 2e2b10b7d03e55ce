/**
 * RTES content hub: an Express 5 server wrapping Next (Payload admin, REST and GraphQL), following
 * Payload's custom-server pattern. Run with `npm run dev` (development) or `npm start` (production).
 *
 * This file runs twice: first as a small supervisor (src/server/supervisor.ts) that forwards signals and
 * guarantees the process ends after SIGTERM, then, in the child it starts, as the server itself
 * (src/server/main.ts: start-up and shutdown; src/server/app.ts: middleware and routes).
 */
import { fileURLToPath } from 'node:url'

import { type AppEnv, readEnv } from './config/env'
import { isSupervised, supervise } from './server/supervisor'

// Validate the configuration before anything heavy starts, so mistakes end with one clear line.
let env: AppEnv
try {
  env = readEnv()
} catch (error) {
  console.error(`[rtes] configuration error: ${(error as Error).message}`)
  process.exit(1)
}

if (isSupervised()) {
  const { serve } = await import('./server/main')
  await serve(env)
} else {
  supervise(fileURLToPath(import.meta.url), { graceMs: env.shutdownGraceMs, workers: env.workers })
}
