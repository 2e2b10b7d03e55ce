/**
 * The composition root: `createClient(options)` wires openapi-fetch (transport, Payload's query syntax),
 * the retry loop, timeouts and cancellation, the API key, and one resource per collection of the table.
 */
import createFetchClient from 'openapi-fetch'

import { RtesApiError } from './errors/RtesApiError.js'
import { RtesError } from './errors/RtesError.js'
import { RtesGraphQLError } from './errors/RtesGraphQLError.js'
import { RtesNetworkError } from './errors/RtesNetworkError.js'
import { RtesTimeoutError } from './errors/RtesTimeoutError.js'
import { conditionalFetch, DEFAULT_ETAG_ENTRIES, type EtagStore } from './etag.js'
import { documentText, type GraphQLCall } from './graphql.js'
import { serializeQuery } from './query.js'
import { createResources, type GetJson, type Resources } from './resources.js'
import { type RetryOptions, retryPolicy, sendWithRetry } from './retry.js'
import { createSync, type SyncMethods } from './sync.js'
import type { CallOptions, Locale } from './types.js'

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
  /**
   * Conditional requests: `true` remembers the last 500 answers that carried an `ETag` and revalidates
   * them (`If-None-Match`); an unchanged answer comes back as a 304 and is returned from memory. Pass
   * a `Map` to choose where answers are kept (one per API key). Default: off.
   */
  etagCache?: boolean | EtagStore | undefined
}

/** A client: one resource per collection (`client.fiches`, `client.pressArticles`, …), `graphql` and delta sync. */
export interface RtesClient extends Resources, SyncMethods {
  /** Runs a GraphQL query (text or typed document) on `/api/graphql`; throws `RtesGraphQLError` on `errors`. */
  readonly graphql: GraphQLCall
}

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
  const baseFetch = options.fetch ?? ((request: Request) => globalThis.fetch(request))
  const etags = options.etagCache === true ? new Map() : options.etagCache || undefined
  const fetchImpl = etags ? conditionalFetch(baseFetch, etags, options.etagCache === true ? DEFAULT_ETAG_ENTRIES : Infinity) : baseFetch
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (options.apiKey) headers.Authorization = `users API-Key ${options.apiKey}`

  const http = createFetchClient({ baseUrl, headers, querySerializer: serializeQuery })
  const get = http.GET as unknown as LooseGet

  /** Runs one call under the timeout and the caller's signal; failures become the SDK's errors. */
  const guarded = async <T>(
    method: string,
    target: { url: string },
    { signal, timeoutMs = clientTimeout }: CallOptions,
    send: (signal: AbortSignal, deadline: number | undefined) => Promise<T>,
  ): Promise<T> => {
    if (signal?.aborted) throw signal.reason
    const controller = new AbortController()
    const forwardAbort = () => controller.abort(signal?.reason)
    signal?.addEventListener('abort', forwardAbort, { once: true })
    let timedOut = false
    const timer = timeoutMs > 0 ? setTimeout(() => ((timedOut = true), controller.abort()), timeoutMs) : undefined
    try {
      return await send(controller.signal, timeoutMs > 0 ? Date.now() + timeoutMs : undefined)
    } catch (error) {
      if (error instanceof RtesError) throw error
      if (timedOut) throw new RtesTimeoutError({ method, url: target.url, timeoutMs })
      if (signal?.aborted) throw signal.reason
      throw new RtesNetworkError({ method, url: target.url, cause: error })
    } finally {
      clearTimeout(timer)
      signal?.removeEventListener('abort', forwardAbort)
    }
  }

  const getJson: GetJson = (path, query, call) => {
    const params = options.locale && query.locale === undefined ? { ...query, locale: options.locale } : query
    const target = { url: `${baseUrl}${path}` }
    return guarded('GET', target, call, async (signal, deadline) => {
      const { data, error, response } = await get(path, {
        params: { query: params },
        signal,
        fetch: (request) => {
          target.url = request.url
          return sendWithRetry(request, { fetch: fetchImpl, policy, deadline })
        },
      })
      if (!response.ok) throw new RtesApiError({ method: 'GET', url: target.url, response, body: error })
      return data
    })
  }

  // GraphQL answers errors with a 200 (or a 400 when the query is refused before running): both throw.
  const graphql: GraphQLCall = async (document, variables, call = {}) => {
    const target = { url: `${baseUrl}/api/graphql` }
    const body = JSON.stringify({ query: documentText(document), ...(variables ? { variables } : {}) })
    return guarded('POST', target, call, async (signal, deadline) => {
      const request = new Request(target.url, { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body, signal })
      const response = await sendWithRetry(request, { fetch: fetchImpl, policy, deadline })
      const text = await response.text()
      let parsed: unknown = text
      try {
        parsed = text ? JSON.parse(text) : null
      } catch {
        // not JSON (a proxy's error page): kept as text in the error
      }
      const errors = (parsed as { errors?: unknown } | null)?.errors
      if (Array.isArray(errors) && errors.length) throw new RtesGraphQLError({ url: target.url, response, body: parsed })
      if (!response.ok) throw new RtesApiError({ method: 'POST', url: target.url, response, body: parsed })
      return (parsed as { data: never }).data
    })
  }

  return { ...createResources(getJson), ...createSync(getJson), graphql }
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
