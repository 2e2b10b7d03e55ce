import type { Request, Response, Router } from 'express'
import express from 'express'
import type { CollectionSlug, Payload } from 'payload'

import { type Lifecycle, RETRY_AFTER_S } from './lifecycle'
import { workerNumber } from './supervisor'

const READINESS_TIMEOUT_MS = 2_000
/** Which server process this is, for `/healthz`. */
const PROCESS = workerNumber()

export type Readiness = { ok: true } | { ok: false; reason: string }

/** Reachable means one real query answers in time; the reason says what failed. */
export async function checkReadiness(payload: Payload): Promise<Readiness> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${READINESS_TIMEOUT_MS} ms`)), READINESS_TIMEOUT_MS)
  })
  try {
    await Promise.race([payload.count({ collection: payload.config.admin.user as CollectionSlug, overrideAccess: true }), timeout])
    return { ok: true }
  } catch (error) {
    return { ok: false, reason: `database unreachable: ${(error as Error).message}` }
  } finally {
    clearTimeout(timer)
  }
}

/**
 * `/healthz`: the process answers (from the moment it listens); `process` says which of the server
 * processes did (`WEB_CONCURRENCY`). `/readyz`: 200 once started and while the
 * database answers; 503 with the current stage while starting, and during the drain after SIGTERM.
 */
export function healthRouter(lifecycle: Lifecycle): Router {
  const router = express.Router()
  router.get('/healthz', (_req: Request, res: Response) => {
    res.set('Cache-Control', 'no-store').json({ status: 'ok', process: PROCESS })
  })
  router.get('/readyz', async (_req: Request, res: Response) => {
    res.set('Cache-Control', 'no-store')
    const payload = lifecycle.payload
    if (lifecycle.shuttingDown) {
      res.status(503).json({ status: 'unavailable', reason: 'shutting down' })
    } else if (!lifecycle.ready || !payload) {
      res
        .status(503)
        .set('Retry-After', String(RETRY_AFTER_S))
        .json({
          status: 'starting',
          stage: lifecycle.stage,
          sinceMs: Date.now() - lifecycle.startedAt,
        })
    } else {
      const readiness = await checkReadiness(payload)
      if (readiness.ok) res.json({ status: 'ok', database: payload.db.name })
      else res.status(503).json({ status: 'unavailable', reason: readiness.reason })
    }
  })
  return router
}
