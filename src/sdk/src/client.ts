/**
 * The composition root: `createClient(options)` wires openapi-fetch (transport, Payload's query syntax),
 * the retry loop, timeouts and cancellation, the API key, and one resource per collection of the table.
 */
import createFetchClient from 'openapi-fetch'

import { RtesApiError } from './errors/RtesApiError.js'
import { RtesError } from './errors/RtesError.js'
import { RtesNetworkError } from './errors/RtesNetworkError.js'
import { RtesTimeoutError } from './errors/RtesTimeoutError.js'
import { serializeQuery } from './query.js'
import { createResources, type GetJson, type Resources } from './resources.js'
import { type RetryOptions, retryPolicy, sendWithRetry } from './retry.js'
import { createSync, type SyncMethods } from './sync.js'
import type { Locale } from './types.js'

export interface ClientOptions {
  /** The site's origin, e.g. `https://contenus.rtes.fr` (without `/api`). */
  baseUrl: string
  /** A partner API key; sent as `Authorization: users API-Key <key>`. Without it you read as the public. */
  apiKey?: string | undefined
  /** Default language of localized fields for every call (a call's own `locale` wins). Server default: `fr`. */
  locale?: Locale | undefined
  /** A `fetch` implementation (default: the global one). It is called with a `Request`. */
  fetch?: ((request: Request) => Promise<Response>) | undefined
  /** Maximum duration of a call, retries and waits included. Default 10 000 ms; 0 disables. */
  timeoutMs?: number | undefined
  /** Retry policy: a number sets the retry limit, `false` disables retries. See `RetryOptions`. */
  retry?: number | false | RetryOptions | undefined
}

/** A client: one resource per collection (`client.fiches`, `client.pressArticles`, …), and delta sync. */
export interface RtesClient extends Resources, SyncMethods {}

export const DEFAULT_TIMEOUT_MS = 10_000

type LooseGet = (
  path: string,
  init: {
    params: { query: Record<string, unknown> }
    signal: AbortSignal
    fetch: (request: Request) => Promise<Response>
  },
) => Promise<{ data?: unknown; error?: unknown; response: Response }>

export function createClient(options: ClientOptions): RtesClient {
  const baseUrl = checkBaseUrl(options?.baseUrl)
  const policy = retryPolicy(options.retry)
  const clientTimeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const fetchImpl = options.fetch ?? ((request: Request) => globalThis.fetch(request))
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (options.apiKey) headers.Authorization = `users API-Key ${options.apiKey}`

  const http = createFetchClient({ baseUrl, headers, querySerializer: serializeQuery })
  const get = http.GET as unknown as LooseGet

  const getJson: GetJson = async (path, query, { signal, timeoutMs = clientTimeout }) => {
    if (signal?.aborted) throw signal.reason
    const params = options.locale && query.locale === undefined ? { ...query, locale: options.locale } : query
    const controller = new AbortController()
    const forwardAbort = () => controller.abort(signal?.reason)
    signal?.addEventListener('abort', forwardAbort, { once: true })
    let timedOut = false
    const timer = timeoutMs > 0 ? setTimeout(() => ((timedOut = true), controller.abort()), timeoutMs) : undefined
    const deadline = timeoutMs > 0 ? Date.now() + timeoutMs : undefined
    let url = `${baseUrl}${path}`
    try {
      const { data, error, response } = await get(path, {
        params: { query: params },
        signal: controller.signal,
        fetch: (request) => {
          url = request.url
          return sendWithRetry(request, { fetch: fetchImpl, policy, deadline })
        },
      })
      if (!response.ok) throw new RtesApiError({ method: 'GET', url, response, body: error })
      return data
    } catch (error) {
      if (error instanceof RtesError) throw error
      if (timedOut) throw new RtesTimeoutError({ method: 'GET', url, timeoutMs })
      if (signal?.aborted) throw signal.reason
      throw new RtesNetworkError({ method: 'GET', url, cause: error })
    } finally {
      clearTimeout(timer)
      signal?.removeEventListener('abort', forwardAbort)
    }
  }

  return { ...createResources(getJson), ...createSync(getJson) }
}

function checkBaseUrl(value: unknown): string {
  let url: URL
  try {
    url = new URL(String(value))
  } catch {
    throw new TypeError(`createClient: baseUrl must be an absolute URL such as "https://contenus.rtes.fr" (got ${JSON.stringify(value)}).`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`createClient: baseUrl must use http or https (got "${url.protocol}").`)
  }
  const trimmed = url.href.replace(/\/+$/, '')
  if (/\/api$/.test(trimmed)) {
    throw new TypeError(`createClient: baseUrl is the site's origin, without "/api" (use "${trimmed.slice(0, -4)}").`)
  }
  return trimmed
}
