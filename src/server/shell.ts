import type { IncomingMessage, Server } from 'node:http'
import type { Duplex } from 'node:stream'

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

/**
 * `CONNECT` (a proxy tunnel) never reaches a request handler: Node emits it apart and, unheard, closes the
 * connection without a word. This server is no proxy: a 405 that says so.
 */
export function refuseTunnels(server: Server): void {
  server.on('connect', (_req: IncomingMessage, socket: Duplex) => {
    const body = '{"errors":[{"message":"CONNECT is not supported: this server is not a proxy."}]}'
    socket.end(
      `HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD, POST, PATCH, PUT, DELETE, OPTIONS\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    )
  })
}
