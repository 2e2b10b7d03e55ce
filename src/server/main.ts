/**
 * Start and stop of the server, step by step (run by src/server.ts in the process the supervisor starts).
 *
 * The server listens at once, then loads the config, migrates, seeds (development), prepares Next and
 * compiles (development); `/readyz` tells the stage meanwhile and every other request gets a 503 until ready
 * (src/server/app.ts). SIGTERM/SIGINT drain the requests (src/server/shutdown.ts), close Next and the
 * database, and exit.
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Request, Response } from 'express'
import type { Payload } from 'payload'

import type { AppEnv } from '../config/env'
import { flushAndExit } from '../utilities/exit'
import { projectRoot } from '../utilities/projectRoot'
import type { App } from './app'
import { Lifecycle, refuseWhileStarting, SERVER_PAYLOAD_KEY } from './lifecycle'
import { createShell, refuseTunnels } from './shell'
import { ConnectionDrain } from './shutdown'
import { CLOSE_MARGIN_MS, firstPort, workerNumber } from './supervisor'
import { warmUp } from './warmUp'

const rootDir = projectRoot(import.meta.url)
/** The first of the server processes (`WEB_CONCURRENCY`) migrates, runs the jobs and listens at once. */
const first = workerNumber() === 1

type NextServer = ReturnType<typeof import('next').default>

/** What start-up has built so far: shutdown closes whatever exists. */
interface Parts {
  payload?: Payload
  next?: NextServer
  app?: App
}

/** Runs the server until a signal stops it; a failure to start ends the process with code 1. */
export async function serve(env: AppEnv): Promise<void> {
  await run(env).catch(async (error: unknown) => {
    const name = error instanceof Error ? error.name : ''
    if (name === 'ConfigError' || name === 'DatabaseUriError') {
      console.error(`[rtes] configuration error: ${(error as Error).message}`)
    } else {
      // Payload's init errors (e.g. an unreachable MongoDB) were already logged in detail: keep the last line short.
      const initError = error instanceof Error && 'payloadInitError' in error
      console.error('[rtes] failed to start:', initError ? (error as Error).message : error)
    }
    await flushAndExit(1)
  })
}

async function run(env: AppEnv): Promise<void> {
  const lifecycle = new Lifecycle()
  const shell = createShell(lifecycle)
  let listener: http.RequestListener = shell
  const server = http.createServer((req, res) => listener(req, res))
  refuseTunnels(server)
  const connections = new ConnectionDrain(server)
  // The config, Payload's HMR socket and Next read the port from process.env: PORT=0 becomes the port we got.
  // The first server process listens at once and tells its stage meanwhile. The others (WEB_CONCURRENCY > 1)
  // join the shared socket once they can answer: no connection dealt to them meets a start-up 503.
  const addressed = first ? await listen(server, env) : addresses(firstPort(), env)
  process.env.PORT = String(addressed.port)

  // A silent exit with code 0 while starting (e.g. a dependency answering a prompt nobody sees) is a
  // failure: say where it came from, synchronously, since process.exit() drops buffered pipe output.
  process.on('exit', (code) => {
    if (!lifecycle.started && !lifecycle.shuttingDown && code === 0) {
      fs.writeSync(2, `[rtes] exiting with code ${code} before being ready\n${new Error('exit').stack}\n`)
    }
  })

  const parts: Parts = {}
  const starting = start(lifecycle, env, parts, server, addressed)
  const stop = async (reason: string) => {
    if (lifecycle.shuttingDown) return
    lifecycle.beginShutdown()
    const graceMs = env.shutdownGraceMs
    // A closing step that hangs (Next, the database, a start-up step still running) must not keep us alive.
    setTimeout(() => {
      fs.writeSync(2, `[rtes] still ${lifecycle.stage} ${graceMs + CLOSE_MARGIN_MS} ms after ${reason}: exiting now\n`)
      process.exit(1)
    }, graceMs + CLOSE_MARGIN_MS)
    log(parts, `${reason} received: finishing ${connections.inFlight} in-flight request(s) (${graceMs} ms at most), then closing`)
    const { cut } = await connections.drain(graceMs)
    if (cut.length) log(parts, `cut ${cut.length} request(s) still running after ${graceMs} ms: ${cut.join(', ')}`, 'warn')
    await starting.catch(() => undefined)
    await parts.app?.close().catch((error: unknown) => log(parts, `closing the application failed: ${error}`, 'error'))
    await parts.next?.close().catch(() => undefined)
    await parts.payload?.destroy().catch((error: unknown) => log(parts, `closing the database failed: ${error}`, 'error'))
    log(parts, 'RTES content hub stopped')
    await flushAndExit(cut.length ? 1 : 0)
  }
  process.on('SIGTERM', () => void stop('SIGTERM'))
  process.on('SIGINT', () => void stop('SIGINT'))
  // The supervisor is gone (killed): nobody would stop us any more.
  process.on('disconnect', () => void stop('supervisor exit'))

  await starting
  if (lifecycle.shuttingDown) return
  lifecycle.markReady()
  const { payload, app } = parts as Required<Parts>
  // From now on cached public answers are sent before the shell's middleware too (it costs as much as the
  // rest of a 304).
  listener = app.cachedHitsFirst(shell)
  if (!first) await listen(server, env)
  const { url, port } = addressed
  const serverUrl = payload.config.serverURL
  const { chooseDatabase, redact } = await import('../config/database')
  payload.logger.info({
    msg: `RTES content hub ready in ${seconds(Date.now() - lifecycle.startedAt)} on ${url} (admin ${serverUrl}/admin, REST ${serverUrl}/api, GraphQL ${serverUrl}/api/graphql)`,
    steps: Object.fromEntries([...lifecycle.durations].map(([step, ms]) => [step, seconds(ms)])),
    url,
    database: redact(chooseDatabase(env.databaseUri).url),
    mode: env.production ? 'production' : 'development',
    ...(env.workers > 1 && { process: `${workerNumber()} of ${env.workers}` }),
  })
  process.send?.({ type: 'ready', url, port, pid: process.pid })
}

/** Everything between listening and ready, step by step; each step is visible at `/readyz`. */
async function start(
  lifecycle: Lifecycle,
  env: AppEnv,
  parts: Parts,
  server: http.Server,
  { internalUrl, port }: Addresses,
): Promise<void> {
  const dev = !env.production
  // Payload, the database adapter in use and the config take seconds to load: after listening.
  const [{ getPayload }, { chooseDatabase }, { refusePushedSchemaInProduction }, { createConfig }] = await lifecycle.step('loading', () =>
    Promise.all([import('payload'), import('../config/database'), import('../config/schemaState'), import('../../payload.config')]),
  )
  const choice = chooseDatabase(env.databaseUri)
  // The first server process's config runs the jobs queue (scheduled publishing, webhooks); the other
  // processes' and Next's route handlers' (the default config) do not: one runner.
  const config = await lifecycle.step('loading', () => createConfig({ runJobs: first }))
  if (lifecycle.shuttingDown) return
  await refusePushedSchemaInProduction(choice, env.production)
  // The server's own Payload instance (readiness, seeding, jobs, shutdown, and the API answered in Express).
  // Next's route handlers build theirs from the compiled config under the default key; sharing one instance
  // across the two module copies would break Payload's error formatting (`instanceof ValidationError`).
  const payload = await lifecycle.step(dev ? 'preparing database' : 'migrating', () =>
    getPayload({ config, cron: first, key: SERVER_PAYLOAD_KEY }),
  )
  parts.payload = payload
  lifecycle.setPayload(payload)
  if (first && env.workers > 1 && !env.redisUrl) {
    payload.logger.warn(
      `WEB_CONCURRENCY=${env.workers} without REDIS_URL: each server process counts rate limits on its own, so a client spreading its connections gets up to ${env.workers} times the budget.`,
    )
  }
  if (env.usingDevSecret) {
    payload.logger.warn('PAYLOAD_SECRET is not set: using the fixed development secret (never do this in production).')
  }
  if (lifecycle.shuttingDown) return

  // Development shows the 2021 report's content on first start. It loads while Next prepares and compiles
  // (database work against compilation in Next's native threads); ready waits for both, so nobody edits a
  // half-loaded database.
  const seeding = dev && env.seedOnStart ? lifecycle.step('seeding', () => seedOnFirstStart(payload)) : null
  seeding?.catch(() => undefined)

  // What Next answers (the admin, writes, accounts) gets the start-up 503 until Next is prepared.
  let handle = async (req: Request, res: Response): Promise<unknown> => refuseWhileStarting(lifecycle, req, res)
  const { createApp } = await lifecycle.step('loading', () => import('./app'))
  parts.app = await createApp({
    payload,
    env,
    server,
    nextHandler: (req, res) => handle(req, res),
  })
  lifecycle.setApp(parts.app.app)
  // Production answers the API (reads, GraphQL, feeds: answered in Express) from here on, a second or so
  // before Next is ready; development waits for the seed and the compilation.
  if (!dev) lifecycle.serveBeforeReady()

  // Next's anonymous telemetry would call out to the internet: off unless asked for.
  process.env.NEXT_TELEMETRY_DISABLED ??= '1'
  const prepareNext = async () => {
    const { default: next } = await import('next')
    const nextApp = next({ dev, dir: rootDir, hostname: env.host, port })
    parts.next = nextApp
    await nextApp.prepare()
    return nextApp.getRequestHandler()
  }
  if (!first) {
    // The other processes load Next on the first request that needs it (the admin, writes): one answering the
    // API only never does (Next's server takes 30–50 MiB).
    let preparing: ReturnType<typeof prepareNext> | undefined
    handle = async (req, res) => {
      preparing ??= prepareNext().catch((error: unknown) => {
        preparing = undefined
        throw error
      })
      return (await preparing)(req, res)
    }
    return
  }
  const nextHandler = await lifecycle.step('preparing next', prepareNext)
  handle = (req, res) => nextHandler(req, res)
  if (dev && !lifecycle.shuttingDown) await lifecycle.step('compiling', () => warmUp(lifecycle, internalUrl))
  await seeding
}

async function seedOnFirstStart(payload: Payload): Promise<void> {
  const { seedIfEmpty } = await import('../seed/run')
  await seedIfEmpty(payload)
}

/**
 * Listens on `PORT`, then says so: on the console, and to the supervisor (which passes the first process's
 * `listening` on to the tests).
 */
async function listen(server: http.Server, env: AppEnv): Promise<Addresses> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(env.port, env.host, resolve)
  })
  const addressed = addresses((server.address() as AddressInfo).port, env)
  if (!env.production) process.env.PAYLOAD_HMR_URL_OVERRIDE ??= `${addressed.internalUrl.replace(/^http/, 'ws')}/_next/hmr`
  console.log(`[rtes] listening on ${addressed.url}${first ? '; starting (GET /readyz tells the stage)' : ''}`)
  process.send?.({ type: 'listening', url: addressed.url, pid: process.pid })
  return addressed
}

interface Addresses {
  /** The address to print. */
  url: string
  /** The one the server uses to reach itself. */
  internalUrl: string
  port: number
}

function addresses(port: number, env: AppEnv): Addresses {
  const wildcard = env.host === '0.0.0.0' || env.host === '::'
  const host = env.host.includes(':') ? `[${env.host}]` : env.host
  return {
    url: `http://${wildcard ? 'localhost' : host}:${port}`,
    internalUrl: `http://${wildcard ? '127.0.0.1' : host}:${port}`,
    port,
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

function log(parts: Parts, message: string, level: 'info' | 'warn' | 'error' = 'info'): void {
  if (parts.payload) parts.payload.logger[level](message)
  else console[level === 'info' ? 'log' : level](`[rtes] ${message}`)
}
