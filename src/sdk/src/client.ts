/**
 * The composition root: `createClient(options)` wires the transport (transport.ts: query syntax, retries,
 * timeouts, cancellation, errors), the API key, conditional requests, one resource per collection of the
 * table, search, delta sync and GraphQL.
 */
import { COLLECTIONS, type CollectionName } from './collections.js'
import { conditionalFetch, DEFAULT_ETAG_ENTRIES, type EtagStore } from './etag.js'
import { documentText, type GraphQLCall, type GraphQLDocument } from './graphql.js'
import { createResources, type Resources } from './resources.js'
import { type RetryOptions, retryPolicy, type Send } from './retry.js'
import { createSearch, type SearchMethods } from './search.js'
import { createSync, type SyncMethods } from './sync.js'
import { createTransport } from './transport.js'
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

/**
 * A client: one resource per collection (`client.fiches`, `client.pressArticles`, `client.media`…),
 * `collection(name)` for code over any collection, `search`, delta sync and `graphql`.
 */
export interface RtesClient extends Resources, SearchMethods, SyncMethods {
  /** The resource of a collection by its SDK name (the same object as `client[name]`). */
  collection<Name extends CollectionName>(name: Name): Resources[Name]
  /** Runs a GraphQL query (text or typed document) on `/api/graphql`; throws `RtesGraphQLError` on `errors`. */
  readonly graphql: GraphQLCall
}

export const DEFAULT_TIMEOUT_MS = 10_000

export function createClient(options: ClientOptions): RtesClient {
  const baseUrl = checkBaseUrl(options?.baseUrl)
  // The global fetch gets the URL and options as they are: building a Request first, which fetch would copy
  // (its signal included), cost as much as the rest of the SDK's work on a call.
  const custom = options.fetch
  const send: Send = custom ? (url, init) => custom(new Request(url, init)) : (url, init) => globalThis.fetch(url, init)
  const etags = options.etagCache === true ? new Map() : options.etagCache || undefined
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (options.apiKey) headers.Authorization = `users API-Key ${options.apiKey}`
  const transport = createTransport({
    baseUrl,
    headers,
    send: etags ? conditionalFetch(send, etags, options.etagCache === true ? DEFAULT_ETAG_ENTRIES : Infinity) : send,
    policy: retryPolicy(options.retry),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    defaults: options.locale ? { locale: options.locale } : {},
  })

  const resources = createResources(transport)
  const graphql: GraphQLCall = <TResult, TVariables>(
    document: GraphQLDocument<TResult, TVariables>,
    variables?: TVariables,
    call: CallOptions = {},
  ) => transport.graphql<TResult>({ query: documentText(document), ...(variables ? { variables } : {}) }, call)
  return {
    ...resources,
    collection: (name) => {
      if (!(name in COLLECTIONS))
        throw new TypeError(`collection: unknown collection "${String(name)}" (one of ${Object.keys(COLLECTIONS).join(', ')}).`)
      return resources[name]
    },
    ...createSearch(transport),
    ...createSync(transport),
    graphql,
  }
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
