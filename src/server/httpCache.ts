/**
 * HTTP validators and a response cache for public reads (GET/HEAD of `/api/<public collection>…`,
 * `/api/graphql`, `/api/sync`, `/api/search`, `/api/openapi.json` and `/feeds/…`), in front of Next.
 *
 * - Every 200 gets a strong `ETag` (a hash of the body) and `If-None-Match` is answered 304. Answers
 *   anyone may see also get `Last-Modified` (when the content version last moved) and
 *   `If-Modified-Since`, and `Cache-Control: public, max-age=0, s-maxage, stale-while-revalidate`;
 *   partners' and signed-in readers' answers get `private, no-cache`. `Vary` names what selects the
 *   answer: `Origin` (CORS), `Authorization` and `Cookie` (who reads), `Accept-Language` for GraphQL
 *   (error messages are translated).
 * - Anonymous and partner answers are kept in memory, bounded in bytes (`lru-cache`), keyed by audience,
 *   CORS origin, (GraphQL: language) and URL, and valid while the content version
 *   (src/cache/contentVersion.ts) has not moved: any instance serves a new answer at most ~500 ms after
 *   a change committed anywhere. Concurrent misses of one key wait for the first instead of all running.
 * - Partners share the anonymous entries of REST reads, feeds and sync: access rules give a partner
 *   exactly what an anonymous reader gets there (published, public; no field or rich-text rule tells
 *   them apart). GraphQL can also answer about the caller (`meUser`), so a partner's GraphQL answers are
 *   keyed by partner. Members, editors and admins are never cached.
 */
import { createHash } from 'node:crypto'
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http'
import { gzipSync } from 'node:zlib'

import type { NextFunction, Request, RequestHandler, Response } from 'express'
import { LRUCache } from 'lru-cache'
import type { Payload } from 'payload'

import { type ContentVersion, contentVersionTracker, readContentVersion, type Snapshot } from '../cache/contentVersion'
import { publicCollectionSlugs } from '../plugin/registry'
import { memoized } from '../utilities/memoized'
import { type Audience, audienceResolver } from './audience'
import { type CapturedResponse, captureResponse } from './responseCapture'

export interface HttpCacheOptions {
  /** Memory for cached answers (bytes); 0 keeps the validators but caches nothing. */
  maxBytes: number
  /** `s-maxage` and `stale-while-revalidate` (seconds) of public answers, for shared caches (CDNs). */
  sMaxAge: number
  staleWhileRevalidate: number
  /** How old this process's copy of the content version may get (ms). */
  versionCheckMs: number
}

type Route = { kind: 'rest' | 'graphql' | 'endpoint' | 'feed'; sharedWithPartners: boolean }

interface Entry {
  token: string
  changedAt: number
  etag: string
  /** Headers to replay (CORS, content type, security headers…), without validators and per-request ones. */
  headers: Array<[string, string | number | string[]]>
  /** The handler's own Cache-Control for public readers (feeds), if any. */
  cacheControl?: string
  body: Buffer
  /** The body gzipped, made on first use. */
  gzip?: Buffer
}

/** Headers that belong to one response, not to the representation. */
const PER_RESPONSE = new Set([
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'content-encoding',
  'set-cookie',
  'etag',
  'last-modified',
  'cache-control',
  'vary',
  'retry-after',
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
])
const isPerResponse = (name: string) => PER_RESPONSE.has(name) || name.startsWith('ratelimit')

/**
 * What selects an answer here. Next's own `Vary` (router headers, the admin's colour-scheme hint) is
 * about pages, not these route handlers: replaced, so that shared caches do not split on it.
 */
const VARY = 'Origin, Authorization, Cookie, Accept-Encoding'
const GRAPHQL_VARY = `${VARY}, Accept-Language`
const KEPT_ON_304 = new Set(['access-control-allow-origin', 'access-control-allow-credentials', 'access-control-expose-headers'])
/** Smaller bodies are sent as they are. */
const GZIP_MIN_BYTES = 1_024
/** Endpoints under /api whose anonymous answers are the same for partners. */
const PUBLIC_ENDPOINTS = new Set(['sync', 'search', 'openapi.json'])
/** No single answer may take more than this share of the cache. */
const MAX_ENTRY_SHARE = 8
const ENTRY_OVERHEAD_BYTES = 1_024

/** Which cacheable route a path is, if any, given the slugs of the public collections. */
export function routeOf(path: string, publicCollections: ReadonlySet<string>): Route | undefined {
  if (path.startsWith('/feeds/')) return { kind: 'feed', sharedWithPartners: true }
  const [root, slug, next] = path.split('/').slice(1)
  if (root !== 'api' || !slug) return undefined
  if (slug === 'graphql' && next === undefined) return { kind: 'graphql', sharedWithPartners: false }
  if (PUBLIC_ENDPOINTS.has(slug) && next === undefined) return { kind: 'endpoint', sharedWithPartners: true }
  // Upload files are served by the media validators (src/server/mediaCache.ts), not held in memory.
  if (next === 'file') return undefined
  if (publicCollections.has(slug)) return { kind: 'rest', sharedWithPartners: true }
  return undefined
}

/**
 * The query string with its parameters in a stable order (Payload parses them with `qs`, for which the
 * order of different keys does not matter). Left as sent when it holds `[]` keys, whose order does.
 */
export function normaliseUrl(url: string): string {
  const at = url.indexOf('?')
  if (at < 0) return url
  const pairs = url
    .slice(at + 1)
    .split('&')
    .filter(Boolean)
  if (pairs.some((pair) => pair.split('=')[0].replace(/%5B/gi, '[').replace(/%5D/gi, ']').includes('[]'))) return url
  const keyOf = (pair: string) => pair.split('=')[0]
  const sorted = pairs
    .map((pair, index) => ({ pair, index }))
    .sort((a, b) => (keyOf(a.pair) < keyOf(b.pair) ? -1 : keyOf(a.pair) > keyOf(b.pair) ? 1 : a.index - b.index))
  return `${url.slice(0, at)}?${sorted.map(({ pair }) => pair).join('&')}`
}

/** A strong validator: the body's SHA-256 (the feeds' format). */
export const etagOf = (body: Buffer): string => `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`

/**
 * `Last-Modified` for answers under a version changed at `changedAt`: the end of that second, and only
 * once it is over, so that a later change always has a later date (HTTP dates count whole seconds).
 */
export function lastModifiedOf(changedAt: number, now = Date.now()): number | undefined {
  if (!changedAt) return undefined
  const end = (Math.floor(changedAt / 1000) + 1) * 1000
  return end <= now ? end : undefined
}

/**
 * RFC 9110 §13.2.2: If-None-Match (weak comparison) first, else If-Modified-Since. `etags` are the
 * validators of the same content in each encoding.
 */
export function isNotModified(headers: IncomingMessage['headers'], etags: string | string[], lastModified?: number): boolean {
  const ifNoneMatch = headers['if-none-match']
  if (ifNoneMatch) {
    const current = Array.isArray(etags) ? etags : [etags]
    return ifNoneMatch.split(',').some((tag) => {
      const value = tag.trim().replace(/^W\//, '')
      return value === '*' || current.includes(value)
    })
  }
  const ifModifiedSince = headers['if-modified-since']
  if (!ifModifiedSince || lastModified === undefined) return false
  const since = Date.parse(ifModifiedSince)
  return !Number.isNaN(since) && lastModified <= since
}

/** The strong validator of the gzipped body: another representation, another tag. */
const gzipEtag = (etag: string) => `${etag.slice(0, -1)}-gz"`

const acceptsGzip = (req: IncomingMessage) => /\bgzip\b/i.test(String(req.headers['accept-encoding'] ?? ''))

/** The running cache's pre-Express lookup of hits (one cache per process): a way to send it, or undefined. */
let findHit: ((req: IncomingMessage) => ((res: ServerResponse) => void) | undefined) | undefined

/** Spends the request's rate-limit budgets; the headers to send, or undefined when one is spent. */
export type RateGate = (req: IncomingMessage) => Promise<Record<string, string> | undefined>

/**
 * The server's request listener once ready: cache hits are answered before Express (which alone costs
 * more than half of a 304's time), everything else goes to `app`. Hits skip the Express middleware (the
 * security headers come from the stored answer) but not the rate limits: `gate` spends the same budgets,
 * and a request over budget goes through Express, which refuses it with the full 429.
 */
export const withCachedHits =
  (app: RequestListener, gate: RateGate): RequestListener =>
  (req, res) => {
    const send = findHit?.(req)
    if (!send) return app(req, res)
    gate(req).then(
      (headers) => {
        if (!headers) return app(req, res)
        for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
        send(res)
      },
      () => app(req, res),
    )
  }

export function httpCache(payload: Payload, options: HttpCacheOptions): RequestHandler {
  const tracker = contentVersionTracker()
  tracker.attach(() => readContentVersion(payload), options.versionCheckMs)
  const audiences = audienceResolver(payload)
  const publicCollections = publicCollectionSlugs(payload.config)
  const cors = payload.config.cors
  const allowedOrigin = (origin: string | undefined): string =>
    !origin ? '' : cors === '*' || (Array.isArray(cors) && cors.includes(origin)) ? origin : ''

  const store =
    options.maxBytes > 0
      ? new LRUCache<string, Entry>({
          maxSize: options.maxBytes,
          maxEntrySize: Math.floor(options.maxBytes / MAX_ENTRY_SHARE),
          sizeCalculation: (entry) => entry.body.length + ENTRY_OVERHEAD_BYTES,
        })
      : undefined
  let storeToken: string | undefined
  /** Misses being computed: later requests for the same key wait for the first. */
  const inflight = new Map<string, Promise<Entry | undefined>>()
  const publicCacheControl = `public, max-age=0, s-maxage=${options.sMaxAge}, stale-while-revalidate=${options.staleWhileRevalidate}`

  const cacheControlFor = (audience: Audience, entry: Pick<Entry, 'cacheControl'>) =>
    audience.kind === 'anonymous' ? (entry.cacheControl ?? publicCacheControl) : 'private, no-cache'

  /** Sets the validators and caching headers of `entry`, then sends it (gzipped if accepted) or a 304. */
  function respond(
    req: IncomingMessage,
    res: ServerResponse,
    entry: Entry,
    audience: Audience,
    gzip: boolean,
    vary: string,
    send?: (status: number, body?: Buffer) => void,
  ): void {
    const compress = gzip && entry.body.length >= GZIP_MIN_BYTES
    res.setHeader('ETag', compress ? gzipEtag(entry.etag) : entry.etag)
    const lastModified = audience.kind === 'private' ? undefined : lastModifiedOf(entry.changedAt)
    if (lastModified !== undefined) res.setHeader('Last-Modified', new Date(lastModified).toUTCString())
    res.setHeader('Cache-Control', cacheControlFor(audience, entry))
    res.setHeader('Vary', vary)
    const notModified = isNotModified(req.headers, [entry.etag, gzipEtag(entry.etag)], lastModified)
    let body: Buffer | undefined
    if (!notModified) {
      if (compress) {
        entry.gzip ??= gzipSync(entry.body)
        res.setHeader('Content-Encoding', 'gzip')
      }
      body = compress ? entry.gzip : entry.body
    }
    if (send) {
      send(notModified ? 304 : 200, body)
      return
    }
    res.statusCode = notModified ? 304 : 200
    if (!body) {
      res.end()
      return
    }
    res.setHeader('Content-Length', body.length)
    res.end(req.method === 'HEAD' ? undefined : body)
  }

  /** The entry a handler's answer makes, or undefined when it must be passed on as it is. */
  function entryOf(captured: CapturedResponse, version: ContentVersion): Entry | undefined {
    const { status, headers, body } = captured
    if (status !== 200 || headers['set-cookie']) return undefined
    const cacheControl = headers['cache-control'] === undefined ? undefined : String(headers['cache-control'])
    if (cacheControl && /no-store|private/.test(cacheControl)) return undefined
    return {
      token: version.token,
      changedAt: version.changedAt,
      etag: etagOf(body),
      headers: Object.entries(headers).filter(([name, value]) => value !== undefined && !isPerResponse(name)) as Entry['headers'],
      cacheControl,
      body,
    }
  }

  // Partners poll the same few URLs: sorting their parameters once each saves a share of every hit.
  const normalised = memoized(normaliseUrl, 1_000)

  /** The cache key of a request, or undefined when it is not cacheable. */
  function keyOf(req: IncomingMessage, url: string, route: Route, audience: Audience): string | undefined {
    if (audience.kind === 'private') return undefined
    const reader = audience.kind === 'anonymous' || route.sharedWithPartners ? 'public' : `partner:${audience.id}`
    const language =
      route.kind === 'graphql'
        ? String(req.headers['accept-language'] ?? '')
            .trim()
            .toLowerCase()
        : ''
    return `${reader}\n${allowedOrigin(req.headers.origin)}\n${language}\n${normalised(url)}`
  }

  /** Whether `entry` is a current answer (made at the content version the reader sees now). */
  const isCurrent = (entry: Entry | undefined, snapshot: Snapshot): entry is Entry =>
    entry !== undefined && entry.token === snapshot.version.token && entry.token === storeToken

  /** Sends a current entry, whole or as a 304. */
  function serveEntry(req: IncomingMessage, res: ServerResponse, entry: Entry, audience: Audience, route: Route, gzip: boolean): void {
    // A 304 carries the validators and what CORS needs to hand it over only: the client keeps the rest.
    const revalidated = isNotModified(req.headers, [entry.etag, gzipEtag(entry.etag)], lastModifiedOf(entry.changedAt))
    for (const [name, value] of entry.headers) if (!revalidated || KEPT_ON_304.has(name)) res.setHeader(name, value)
    respond(req, res, entry, audience, gzip, route.kind === 'graphql' ? GRAPHQL_VARY : VARY)
  }

  /**
   * Cache hits answered before Express runs (see `withCachedHits`): only when everything is known
   * without waiting (the reader, a fresh content version); anything else goes through the middleware.
   */
  findHit = (req) => {
    if (!store || (req.method !== 'GET' && req.method !== 'HEAD')) return undefined
    const url = req.url ?? '/'
    const route = routeOf(url.split('?')[0], publicCollections)
    const snapshot = route && tracker.current()
    const audience = snapshot && audiences.known(req.headers)
    const key = audience && keyOf(req, url, route, audience)
    const entry = key ? store.get(key) : undefined
    if (!route || !snapshot || !audience || !isCurrent(entry, snapshot)) return undefined
    return (res) => serveEntry(req, res, entry, audience, route, acceptsGzip(req))
  }

  /** Passes a response on unchanged, except that an error is not left to heuristic caching. */
  function passOn(res: Response, captured: CapturedResponse, vary: string, send: (status: number, body?: Buffer) => void): void {
    res.setHeader('Vary', vary)
    if (captured.status >= 400 && !res.hasHeader('Cache-Control')) res.setHeader('Cache-Control', 'no-cache')
    send(captured.status, captured.body)
  }

  return async (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next()
    const route = routeOf(req.path, publicCollections)
    if (!route) return next()
    const vary = route.kind === 'graphql' ? GRAPHQL_VARY : VARY
    // Next would gzip the body it hands us: it is compressed here instead, once per cached answer.
    const gzip = acceptsGzip(req)
    delete req.headers['accept-encoding']
    const audience = await audiences.resolve(req.headers)

    if (audience.kind === 'private') {
      // Signed-in answers: validators only (an ETag, 304s), never kept.
      if (req.method === 'HEAD') return next()
      captureResponse(res, (captured, send) => {
        const entry = entryOf(captured, { token: '', changedAt: 0 })
        if (entry) respond(req, res, entry, audience, gzip, vary, send)
        else passOn(res, captured, vary, send)
      })
      return next()
    }

    // Read even without a store: answers then still carry Last-Modified.
    const snapshot = await tracker.snapshot()
    let key: string | undefined
    if (snapshot && store) {
      if (snapshot.version.token !== storeToken) {
        store.clear()
        inflight.clear()
        storeToken = snapshot.version.token
      }
      key = keyOf(req, req.originalUrl, route, audience)
      const entry = key ? (store.get(key) ?? (await inflight.get(key))) : undefined
      if (isCurrent(entry, snapshot)) return serveEntry(req, res, entry, audience, route, gzip)
    }
    if (req.method === 'HEAD') return next()

    let settle: (entry: Entry | undefined) => void = () => undefined
    let waiting: Promise<Entry | undefined> | undefined
    if (key) {
      waiting = new Promise<Entry | undefined>((resolve) => (settle = resolve))
      inflight.set(key, waiting)
      res.once('close', () => settle(undefined))
    }
    const version = snapshot?.version ?? { token: '', changedAt: 0 }
    captureResponse(res, (captured, send) => {
      const entry = entryOf(captured, version)
      if (key && inflight.get(key) === waiting) inflight.delete(key)
      if (!entry) {
        settle(undefined)
        passOn(res, captured, vary, send)
        return
      }
      const storable = key && snapshot && store && tracker.isCurrent(snapshot) && storeToken === snapshot.version.token
      if (storable && store.set(key!, entry).has(key!)) settle(entry)
      else settle(undefined)
      respond(req, res, entry, audience, gzip, vary, send)
    })
    next()
  }
}
