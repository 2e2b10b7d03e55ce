import http, { type IncomingHttpHeaders } from 'node:http'

import type { Role } from '../helpers/rest'
import { CONCURRENCY, REQUEST_DEADLINE_MS } from './config'
import type { GraphQLRoot } from './graphql'

/** A generated request, ready to send: every value (ids, tokens, headers) is already resolved. */
export interface FuzzRequest {
  /** Generator and route template, e.g. `rest PATCH /api/fiches/{id}`: failures are grouped by it. */
  route: string
  role: Role
  method: string
  /** Path and query string, already percent-encoded. */
  path: string
  headers: Record<string, string | string[]>
  body?: string | Buffer
  /** The client sends half the body and drops the connection: no answer is expected, only survival. */
  dropMidBody?: boolean
  /** What a 2xx answer acknowledges, for the end-of-run check (see ledger.ts). */
  write?: WriteIntent
}

export type WriteIntent =
  | { kind: 'create'; collection: string }
  | { kind: 'update' | 'delete'; collection: string; id?: string; locale?: string }
  | { kind: 'graphql'; roots: Omit<GraphQLRoot, 'field'>[] }

export interface FuzzResponse {
  status: number
  /** Time to the end of the answer, for the report of the slowest requests (never asserted on). */
  ms: number
  headers: IncomingHttpHeaders
  text: string
  /** Set when no answer came (connection refused or reset, deadline passed). */
  error?: string
}

// A connection per request: a kept-alive socket that the server closes as it is reused would make an
// "unanswered" request out of nothing.
const agent = new http.Agent({ keepAlive: false, maxSockets: CONCURRENCY + 4 })

/** Sends one request with node:http (any method, repeated headers, raw bodies, no client-side checks). */
export function send(baseUrl: string, request: FuzzRequest): Promise<FuzzResponse> {
  const url = new URL(baseUrl)
  const started = performance.now()
  return new Promise((resolve) => {
    let settled = false
    const finish = (response: Omit<FuzzResponse, 'ms'>) => {
      if (settled) return
      settled = true
      resolve({ ...response, ms: Math.round(performance.now() - started) })
    }
    const headers: Record<string, string | string[] | number> = { ...request.headers }
    if (request.body !== undefined && !hasHeader(headers, 'content-length')) headers['content-length'] = Buffer.byteLength(request.body)
    let req: http.ClientRequest
    try {
      // Answers may echo a long URL in their headers (a redirect's Location): read heads up to 1 MB.
      req = http.request({
        agent,
        host: url.hostname,
        port: url.port,
        method: request.method,
        path: request.path,
        headers,
        maxHeaderSize: 1 << 20,
      })
    } catch (error) {
      // Node refused to even build it (e.g. a header value it rejects): a generator bug, reported as such.
      finish({ status: 0, headers: {}, text: '', error: `client could not build the request: ${(error as Error).message}` })
      return
    }
    req.setTimeout(REQUEST_DEADLINE_MS, () => req.destroy(new Error(`no answer within ${REQUEST_DEADLINE_MS} ms`)))
    req.on('error', (error) => finish({ status: 0, headers: {}, text: '', error: error.message }))
    req.on('response', (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('error', (error) => finish({ status: res.statusCode ?? 0, headers: res.headers, text: '', error: error.message }))
      res.on('end', () => finish({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }))
      // A connection closed before the answer ended, without an error event: reported, never waited for.
      res.on('close', () => finish({ status: 0, headers: res.headers, text: '', error: 'connection closed before the answer ended' }))
    })
    // CONNECT answers arrive as 'connect' (the socket is the tunnel, if one was opened).
    req.on('connect', (res: http.IncomingMessage, socket: import('node:net').Socket) => {
      socket.destroy()
      finish({ status: res.statusCode ?? 0, headers: res.headers, text: '' })
    })
    req.on('close', () => finish({ status: 0, headers: {}, text: '', error: 'connection closed without an answer' }))
    if (request.dropMidBody && request.body !== undefined) {
      const body = Buffer.from(request.body)
      req.write(body.subarray(0, Math.floor(body.length / 2)))
      // Let the half body leave, then vanish without finishing it.
      setTimeout(() => {
        req.destroy()
        finish({ status: 0, headers: {}, text: '', error: 'dropped by the client (expected)' })
      }, 50)
      return
    }
    req.end(request.body)
  })
}

const hasHeader = (headers: Record<string, unknown>, name: string) => Object.keys(headers).some((key) => key.toLowerCase() === name)

/** `/healthz` within a deadline; resolves with a reason when the server did not answer 200. */
export async function healthProblem(baseUrl: string, deadlineMs: number): Promise<string | undefined> {
  try {
    const res = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(deadlineMs) })
    await res.arrayBuffer()
    return res.status === 200 ? undefined : `/healthz answered ${res.status}`
  } catch (error) {
    return `/healthz unanswered: ${(error as Error).message}`
  }
}
