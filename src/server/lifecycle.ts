import { randomBytes } from 'node:crypto'

import type { NextFunction, Request, RequestHandler, Response } from 'express'
import type { Payload } from 'payload'

/**
 * What the server is doing before it serves requests. Several steps may run at once (development seeds the
 * database while Next compiles the admin); `/readyz` lists them.
 */
export type StartStep = 'loading' | 'migrating' | 'preparing database' | 'seeding' | 'preparing next' | 'compiling'

/** The key of the server's own Payload instance (Next's route handlers build theirs under the default key). */
export const SERVER_PAYLOAD_KEY = 'rtes-server'

/** Seconds a client is told to wait (`Retry-After`) while the server starts. */
export const RETRY_AFTER_S = 5
/** What serves requests once started: the Express application. */
export type AppHandler = (req: Request, res: Response, next: NextFunction) => void

/** Header carrying `Lifecycle.warmUpToken`. */
export const WARM_UP_HEADER = 'x-rtes-warm-up'

/**
 * The server's state from the first millisecond to the last: the steps still running while it starts, the
 * application once built, readiness, and the drain after SIGTERM. The HTTP server listens before anything
 * heavy happens; this decides what each request gets meanwhile.
 */
export class Lifecycle {
  readonly startedAt = Date.now()
  /** Lets the server's own warm-up requests through the start-up gate (development compiles on demand). */
  readonly warmUpToken = randomBytes(16).toString('hex')
  private readonly running = new Set<StartStep>()
  /** How long each step took (ms, summed when a step runs more than once): the ready line prints them. */
  readonly durations = new Map<StartStep, number>()
  private application?: AppHandler
  private payloadInstance?: Payload
  private isReady = false
  private early = false
  private draining = false
  private readonly stopping = new AbortController()

  /** Marks a step as running until the promise settles. */
  async step<T>(step: StartStep, work: () => Promise<T>): Promise<T> {
    this.running.add(step)
    const began = performance.now()
    try {
      return await work()
    } finally {
      this.running.delete(step)
      this.durations.set(step, (this.durations.get(step) ?? 0) + performance.now() - began)
    }
  }

  get stage(): string {
    if (this.draining) return 'shutting down'
    if (this.isReady) return 'ready'
    return [...this.running].join(', ') || 'starting'
  }

  /**
   * The application answers before start-up ends (production: the API while Next prepares the admin; what
   * needs Next gets the start-up 503 until then). `/readyz` still waits for the end.
   */
  serveBeforeReady(): void {
    this.early = true
  }

  /** Whether the application answers everyone (not only warm-up requests). */
  get serving(): boolean {
    return this.application !== undefined && (this.isReady || (this.early && !this.draining))
  }

  /** Started and not shutting down: what `/readyz` reports. */
  get ready(): boolean {
    return this.isReady && !this.draining
  }

  /** Start-up finished (still true during the drain, when requests on open connections are still served). */
  get started(): boolean {
    return this.isReady
  }

  get shuttingDown(): boolean {
    return this.draining
  }

  get payload(): Payload | undefined {
    return this.payloadInstance
  }

  /** The database is up: `/readyz` can check it once the server is ready. */
  setPayload(payload: Payload): void {
    this.payloadInstance = payload
  }

  /** The routes exist (warm-up requests may use them); the gate still answers 503 to everyone else. */
  setApp(app: AppHandler): void {
    this.application = app
  }

  markReady(): void {
    this.isReady = true
  }

  beginShutdown(): void {
    this.draining = true
    this.stopping.abort()
  }

  /** Aborted when the shutdown begins: start-up work that can stop early listens to it. */
  get shutdownSignal(): AbortSignal {
    return this.stopping.signal
  }

  /** The application once its routes exist (warm-up requests use it before the server is ready). */
  get app(): AppHandler | undefined {
    return this.application
  }
}

/**
 * Until the server is ready, every request gets a 503 with `Retry-After` at once (a self-reloading page for
 * browsers) instead of waiting in a queue; the server's own warm-up requests pass.
 */
export function startupGate(lifecycle: Lifecycle): RequestHandler {
  return (req: Request, res: Response, next) => {
    if (lifecycle.serving || (lifecycle.app && req.get(WARM_UP_HEADER) === lifecycle.warmUpToken)) {
      next()
      return
    }
    refuseWhileStarting(lifecycle, req, res)
  }
}

/** The start-up 503 (JSON, or a self-reloading page for browsers), with `Retry-After`. */
export function refuseWhileStarting(lifecycle: Lifecycle, req: Request, res: Response): void {
  const stage = lifecycle.stage
  res.status(503).set({ 'Retry-After': String(RETRY_AFTER_S), 'Cache-Control': 'no-store' })
  if (req.accepts(['json', 'html']) === 'html') {
    res.type('html').send(startingPage(stage))
  } else {
    const state = lifecycle.shuttingDown ? 'shutting down' : `starting (${stage})`
    res.json({ errors: [{ message: `The server is ${state}: try again in ${RETRY_AFTER_S} seconds.` }] })
  }
}

const STAGE_LABELS: Record<string, string> = {
  loading: 'chargement de la configuration',
  migrating: 'migration de la base de données',
  'preparing database': 'préparation de la base de données',
  seeding: 'chargement du rapport 2021',
  'preparing next': 'préparation du serveur',
  compiling: "compilation de l'administration",
  starting: 'démarrage',
  'shutting down': 'arrêt en cours',
}

/** A page that reloads itself: an editor opening the admin during start-up sees progress, not a hang. */
function startingPage(stage: string): string {
  const label = stage
    .split(', ')
    .map((step) => STAGE_LABELS[step] ?? step)
    .join(', ')
  return `<!doctype html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <meta http-equiv="refresh" content="${RETRY_AFTER_S}">
  <title>Démarrage · RTES</title>
  <style>body { font: 16px/1.5 system-ui, sans-serif; margin: 4rem auto; max-width: 36rem; color: #222 }</style>
</head>
<body>
  <h1>Le serveur démarre…</h1>
  <p>Étape en cours : ${label}. Cette page se recharge toute seule.</p>
  <p lang="en"><small>The server is starting (${stage}); this page reloads itself.</small></p>
</body>
</html>
`
}
