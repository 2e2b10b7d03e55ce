/**
 * The one way the SDK talks to the API: a `Request` built from a path, a query (Payload's syntax, see
 * query.ts) and an optional JSON body, sent through the retry loop under the call's timeout and signal;
 * the answer parsed as JSON, failures turned into the SDK's errors. REST reads, search, sync and GraphQL
 * all go through `send`.
 */
import { RtesApiError } from './errors/RtesApiError.js'
import { RtesError } from './errors/RtesError.js'
import { RtesGraphQLError } from './errors/RtesGraphQLError.js'
import { RtesNetworkError } from './errors/RtesNetworkError.js'
import { RtesTimeoutError } from './errors/RtesTimeoutError.js'
import { serializeQuery } from './query.js'
import { type RetryPolicy, type Send, type SentInit, sendWithRetry } from './retry.js'
import type { CallOptions } from './types.js'

export interface TransportOptions {
  baseUrl: string
  headers: Record<string, string>
  send: Send
  policy: RetryPolicy
  timeoutMs: number
  /** Query parameters added to every GET that does not set them (the client's `locale`). */
  defaults: Record<string, unknown>
}

export interface Transport {
  /** A JSON GET of `path` with `query`. */
  get<T = unknown>(path: string, query: Record<string, unknown>, call: CallOptions): Promise<T>
  /** A GraphQL operation: its `data`, or `RtesGraphQLError` when the answer holds `errors`. */
  graphql<T = unknown>(body: { query: string; variables?: unknown }, call: CallOptions): Promise<T>
}

interface Sent {
  method: 'GET' | 'POST'
  url: string
  body?: string
}

export function createTransport(options: TransportOptions): Transport {
  /** Sends one call under the timeout and the caller's signal; returns the answer and its parsed body. */
  const send = async (
    sent: Sent,
    { signal, timeoutMs = options.timeoutMs }: CallOptions,
  ): Promise<{ response: Response; body: unknown }> => {
    if (signal?.aborted) throw signal.reason
    const controller = new AbortController()
    const forwardAbort = () => controller.abort(signal?.reason)
    signal?.addEventListener('abort', forwardAbort, { once: true })
    let timedOut = false
    const timer = timeoutMs > 0 ? setTimeout(() => ((timedOut = true), controller.abort()), timeoutMs) : undefined
    try {
      const init: SentInit = { method: sent.method, headers: options.headers, signal: controller.signal }
      if (sent.body !== undefined)
        Object.assign(init, { body: sent.body, headers: { ...options.headers, 'Content-Type': 'application/json' } })
      const retry = { send: options.send, policy: options.policy, ...(timeoutMs > 0 ? { deadline: Date.now() + timeoutMs } : {}) }
      const response = await sendWithRetry(sent.url, init, retry)
      return { response, body: await parse(response) }
    } catch (error) {
      if (error instanceof RtesError) throw error
      if (timedOut) throw new RtesTimeoutError({ method: sent.method, url: sent.url, timeoutMs })
      if (signal?.aborted) throw signal.reason
      throw new RtesNetworkError({ method: sent.method, url: sent.url, cause: error })
    } finally {
      clearTimeout(timer)
      signal?.removeEventListener('abort', forwardAbort)
    }
  }

  return {
    async get<T>(path: string, query: Record<string, unknown>, call: CallOptions): Promise<T> {
      // The call's parameters, then the client's defaults it did not set.
      const given = withoutUndefined(query)
      const search = serializeQuery({
        ...given,
        ...withoutUndefined(Object.fromEntries(Object.entries(options.defaults).filter(([key]) => !(key in given)))),
      })
      const url = `${options.baseUrl}${path}${search ? `?${search}` : ''}`
      const { response, body } = await send({ method: 'GET', url }, call)
      if (!response.ok) throw new RtesApiError({ method: 'GET', url, response, body })
      return body as T
    },
    // GraphQL answers errors with a 200 (or a 400 when the query is refused before running): both throw.
    async graphql<T>(operation: { query: string; variables?: unknown }, call: CallOptions): Promise<T> {
      const url = `${options.baseUrl}/api/graphql`
      const { response, body } = await send({ method: 'POST', url, body: JSON.stringify(operation) }, call)
      const errors = (body as { errors?: unknown } | null)?.errors
      if (Array.isArray(errors) && errors.length) throw new RtesGraphQLError({ url, response, body })
      if (!response.ok) throw new RtesApiError({ method: 'POST', url, response, body })
      return (body as { data: T }).data
    },
  }
}

/** The body as JSON when it is JSON, else as text (a proxy's error page), or null when empty. */
async function parse(response: Response): Promise<unknown> {
  const text = await response.text()
  if (!text) return null
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

const withoutUndefined = (query: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined))
