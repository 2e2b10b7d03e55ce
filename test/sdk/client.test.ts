import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import {
  createClient,
  DEFAULT_RETRY,
  isRtesApiError,
  isRtesError,
  isRtesNetworkError,
  isRtesTimeoutError,
  type RetryEvent,
  RtesApiError,
  RtesNetworkError,
  RtesTimeoutError,
} from '../../src/sdk/src'
import { backoffDelay, parseRetryAfter, retryPolicy } from '../../src/sdk/src/retry'

/**
 * The SDK's transport against a scripted local HTTP server (no Payload): retries, Retry-After, timeouts,
 * cancellation, errors, headers and query strings. Nothing here measures elapsed time.
 */
type Step = (req: IncomingMessage, res: ServerResponse) => void
let server: Server
let baseUrl: string
let script: Step[] = []
let requests: IncomingMessage[] = []

const page = (docs: unknown[] = [], extra: Record<string, unknown> = {}) => ({
  docs,
  totalDocs: docs.length,
  limit: 10,
  totalPages: 1,
  page: 1,
  pagingCounter: 1,
  hasPrevPage: false,
  hasNextPage: false,
  prevPage: null,
  nextPage: null,
  ...extra,
})
const json =
  (status: number, body: unknown, headers: Record<string, string> = {}): Step =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers })
    res.end(JSON.stringify(body))
  }
const unavailable = (headers: Record<string, string> = {}) => json(503, { errors: [{ message: 'Service Unavailable' }] }, headers)
const never: Step = () => undefined

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req)
    const step = script.shift() ?? json(500, { errors: [{ message: 'no scripted answer' }] })
    step(req, res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})
beforeEach(() => {
  script = []
  requests = []
})

/** Fast backoff so retry tests do not wait for long (the waits' values are still checked). */
const fast = { backoffMs: 1, jitter: false }

describe('retries', () => {
  it('retries a GET answered 503, then returns the 200', async () => {
    script = [unavailable(), json(200, page([{ id: 'a' }]))]
    const retries: RetryEvent[] = []
    const client = createClient({ baseUrl, retry: { ...fast, onRetry: (event) => retries.push(event) } })
    const result = await client.fiches.list()
    expect(result.docs).toEqual([{ id: 'a' }])
    expect(requests).toHaveLength(2)
    expect(retries).toMatchObject([{ retry: 1, status: 503, method: 'GET', delayMs: 1 }])
  })

  it('honours Retry-After (seconds) instead of its own backoff', async () => {
    script = [unavailable({ 'Retry-After': '1' }), json(200, page())]
    const retries: RetryEvent[] = []
    const client = createClient({ baseUrl, retry: { ...fast, onRetry: (event) => retries.push(event) } })
    await client.fiches.list()
    expect(requests).toHaveLength(2)
    expect(retries.map((event) => event.delayMs)).toEqual([1000])
  })

  it('does not wait for a Retry-After longer than maxRetryAfterMs: throws the 429 at once', async () => {
    script = [json(429, { errors: [{ message: 'Too Many Requests' }] }, { 'Retry-After': '3600' })]
    const client = createClient({ baseUrl, retry: { ...fast, maxRetryAfterMs: 5_000 } })
    const error = await client.fiches.list().catch((e: unknown) => e)
    expect(isRtesApiError(error) && error.status).toBe(429)
    // The wait the server asked for, so the caller can schedule the next attempt.
    expect(isRtesApiError(error) && error.retryAfterMs).toBe(3_600_000)
    expect(requests).toHaveLength(1)
  })

  it('gives up after `limit` retries (2 by default) and throws the last answer', async () => {
    script = [unavailable(), unavailable(), unavailable(), json(200, page())]
    const client = createClient({ baseUrl, retry: fast })
    const error = await client.fiches.count().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RtesApiError)
    expect((error as RtesApiError).status).toBe(503)
    expect(requests).toHaveLength(3)
  })

  it('retries 408, 429, 500, 502, 503, 504 but not 400, 403 or 404', async () => {
    for (const status of DEFAULT_RETRY.statusCodes) {
      script = [json(status, { errors: [{ message: 'transient' }] }), json(200, { totalDocs: 3 })]
      requests = []
      expect(await createClient({ baseUrl, retry: fast }).kits.count(), String(status)).toBe(3)
      expect(requests).toHaveLength(2)
    }
    for (const status of [400, 403, 404]) {
      script = [json(status, { errors: [{ message: 'final' }] }), json(200, { totalDocs: 3 })]
      requests = []
      const error = await createClient({ baseUrl, retry: fast })
        .kits.count()
        .catch((e: unknown) => e)
      expect((error as RtesApiError).status, String(status)).toBe(status)
      expect(requests).toHaveLength(1)
    }
  })

  it('can be configured or disabled', async () => {
    script = [unavailable(), unavailable(), json(200, page())]
    await expect(createClient({ baseUrl, retry: false }).fiches.list()).rejects.toMatchObject({ status: 503 })
    expect(requests).toHaveLength(1)
    script = [unavailable(), json(200, page())]
    requests = []
    await expect(createClient({ baseUrl, retry: { ...fast, statusCodes: [] } }).fiches.list()).rejects.toMatchObject({ status: 503 })
    expect(requests).toHaveLength(1)
    expect(retryPolicy(5).limit).toBe(5)
    expect(retryPolicy({ methods: ['get'] }).methods).toEqual(['GET'])
    expect(retryPolicy({ limit: undefined, backoffMs: undefined })).toEqual(DEFAULT_RETRY)
  })

  it('retries network errors, then throws RtesNetworkError with the cause', async () => {
    let calls = 0
    const failing = async () => {
      calls++
      throw new TypeError('fetch failed')
    }
    const client = createClient({ baseUrl, fetch: failing, retry: fast })
    const error = await client.themes.list().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RtesNetworkError)
    expect(isRtesNetworkError(error) && isRtesError(error)).toBe(true)
    expect((error as RtesNetworkError).cause).toBeInstanceOf(TypeError)
    expect((error as RtesNetworkError).url).toBe(`${baseUrl}/api/themes`)
    expect(calls).toBe(3)
  })

  it('reports a refused connection as a network error', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`
    await new Promise((resolve) => closed.close(resolve))
    const error = await createClient({ baseUrl: url, retry: false })
      .themes.list()
      .catch((e: unknown) => e)
    expect(isRtesNetworkError(error)).toBe(true)
  })

  it('computes backoff and Retry-After as documented', () => {
    const policy = retryPolicy({ backoffMs: 100, maxBackoffMs: 350, jitter: false })
    expect([1, 2, 3, 4].map((retry) => backoffDelay(policy, retry))).toEqual([100, 200, 350, 350])
    const jittered = retryPolicy({ backoffMs: 100 })
    expect(backoffDelay(jittered, 2, () => 0)).toBe(100)
    expect(backoffDelay(jittered, 2, () => 1)).toBe(200)
    expect(parseRetryAfter('2')).toBe(2000)
    expect(parseRetryAfter(new Date(Date.UTC(2030, 0, 1, 0, 0, 10)).toUTCString(), Date.UTC(2030, 0, 1))).toBe(10_000)
    expect(parseRetryAfter('soon')).toBeUndefined()
    expect(parseRetryAfter(null)).toBeUndefined()
    expect(DEFAULT_RETRY).toMatchObject({ limit: 2, methods: ['GET', 'HEAD', 'OPTIONS'], statusCodes: [408, 429, 500, 502, 503, 504] })
  })
})

describe('timeouts and cancellation', () => {
  it('throws RtesTimeoutError when the server does not answer within timeoutMs', async () => {
    script = [never, never, never]
    const error = await createClient({ baseUrl, timeoutMs: 150, retry: fast })
      .fiches.list()
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RtesTimeoutError)
    expect(isRtesTimeoutError(error) && error.timeoutMs).toBe(150)
  })

  it('lets a call override the client timeout', async () => {
    script = [never]
    const client = createClient({ baseUrl, timeoutMs: 0, retry: false })
    await expect(client.fiches.get('x', { timeoutMs: 100 })).rejects.toBeInstanceOf(RtesTimeoutError)
  })

  it('rejects with the signal’s reason when the caller aborts, without retrying', async () => {
    script = [never, never]
    const controller = new AbortController()
    const call = createClient({ baseUrl, retry: fast }).fiches.list({ signal: controller.signal })
    while (requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 10))
    controller.abort(new Error('page closed'))
    await expect(call).rejects.toThrow('page closed')
    expect(requests).toHaveLength(1)
    await expect(createClient({ baseUrl }).fiches.list({ signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' })
  })
})

describe('requests and errors', () => {
  it('sends the API key, the default locale and Payload-style nested query strings', async () => {
    script = [json(200, page())]
    const client = createClient({ baseUrl, apiKey: 'k-123', locale: 'en' })
    await client.fiches.list({
      where: { or: [{ series: { equals: 'kit' } }, { title: { like: 'économie sociale' } }], themes: { in: ['a', 'b'] } },
      sort: '-firstPublishedAt',
      select: { title: true, slug: true },
      limit: 5,
    })
    const req = requests[0]
    expect(req.headers.authorization).toBe('users API-Key k-123')
    const query = decodeURIComponent(req.url!.split('?')[1])
    expect(query.split('&')).toEqual([
      'where[or][0][series][equals]=kit',
      'where[or][1][title][like]=économie sociale',
      'where[themes][in][0]=a',
      'where[themes][in][1]=b',
      'sort=-firstPublishedAt',
      'select[title]=true',
      'select[slug]=true',
      'limit=5',
      'locale=en',
    ])
    script = [json(200, page())]
    await client.fiches.list({ locale: 'fr', sort: ['series', '-number'] })
    expect(decodeURIComponent(requests[1].url!)).toBe('/api/fiches?locale=fr&sort=series,-number')
  })

  it('bySlug filters on the slug and answers null when nothing matches', async () => {
    script = [json(200, page([])), json(200, page([{ id: '1', slug: 'x' }]))]
    const client = createClient({ baseUrl })
    expect(await client.pressArticles.bySlug('missing')).toBeNull()
    expect(decodeURIComponent(requests[0].url!)).toBe('/api/press-articles?where[slug][equals]=missing&limit=1')
    expect(await client.pressArticles.bySlug('x', { depth: 0 })).toEqual({ id: '1', slug: 'x' })
  })

  it('iterate fetches pages lazily without counting, until a page comes back short', async () => {
    script = [json(200, page([{ id: '1' }, { id: '2' }], { limit: 2 })), json(200, page([{ id: '3' }], { limit: 2, page: 2 }))]
    const iterator = createClient({ baseUrl }).events.iterate({ limit: 2 })
    expect((await iterator.next()).value).toEqual({ id: '1' })
    expect(requests).toHaveLength(1)
    const rest = []
    for await (const doc of iterator) rest.push(doc)
    expect(rest).toEqual([{ id: '2' }, { id: '3' }])
    expect(requests.map((r) => r.url)).toEqual([
      '/api/events?limit=2&page=1&pagination=false',
      '/api/events?limit=2&page=2&pagination=false',
    ])
  })

  it('etagCache: revalidates with If-None-Match and returns the remembered body on a 304', async () => {
    const etag = '"v1"'
    const notModified: Step = (req, res) => {
      expect(req.headers['if-none-match']).toBe(etag)
      res.writeHead(304, { etag }).end()
    }
    script = [json(200, page([{ id: '1', title: 'Fiche' }]), { etag }), notModified, json(200, page([{ id: '2' }]), { etag: '"v2"' })]
    const store = new Map()
    const client = createClient({ baseUrl, etagCache: store })
    const first = await client.fiches.list({ limit: 1 })
    expect(requests[0].headers['if-none-match']).toBeUndefined()
    expect(await client.fiches.list({ limit: 1 })).toEqual(first)
    expect(store.get(`${baseUrl}/api/fiches?limit=1`)).toMatchObject({ etag })
    // A changed answer replaces the remembered one.
    expect((await client.fiches.list({ limit: 1 })).docs).toEqual([{ id: '2' }])
    expect(store.get(`${baseUrl}/api/fiches?limit=1`)).toMatchObject({ etag: '"v2"' })
    // Without the option nothing is remembered or sent.
    script = [json(200, page([]), { etag })]
    await createClient({ baseUrl }).fiches.list({ limit: 1 })
    expect(requests[3].headers['if-none-match']).toBeUndefined()
  })

  it('etagCache: true keeps the last 500 answers', async () => {
    const client = createClient({ baseUrl, etagCache: true })
    script = Array.from({ length: 501 }, (_, n) => json(200, page([{ id: String(n) }]), { etag: `"${n}"` }))
    for (let n = 0; n < 501; n++) await client.themes.get(String(n))
    // The first answer was dropped: asking again sends no validator.
    script = [json(200, { id: '0' }, { etag: '"0"' }), json(200, { id: '500' }, { etag: '"500"' })]
    await client.themes.get('0')
    expect(requests[501].headers['if-none-match']).toBeUndefined()
    await client.themes.get('500')
    expect(requests[502].headers['if-none-match']).toBe('"500"')
  })

  it('throws RtesApiError with status, Payload’s errors[] and the URL', async () => {
    script = [json(404, { errors: [{ message: 'Not Found' }] })]
    const error = await createClient({ baseUrl })
      .fiches.get('abc')
      .catch((e: unknown) => e)
    expect(isRtesApiError(error)).toBe(true)
    expect(error).toMatchObject({ status: 404, errors: [{ message: 'Not Found' }], url: `${baseUrl}/api/fiches/abc`, method: 'GET' })
    expect((error as Error).message).toBe(`GET ${baseUrl}/api/fiches/abc → 404: Not Found`)
    script = [(_req, res) => res.writeHead(502, { 'content-type': 'text/html' }).end('<html>Bad gateway</html>')]
    const html = await createClient({ baseUrl, retry: false })
      .fiches.get('abc')
      .catch((e: unknown) => e)
    expect(html).toMatchObject({ status: 502, body: '<html>Bad gateway</html>' })
  })

  it('refuses a baseUrl it cannot use, saying what to pass instead', () => {
    expect(() => createClient({ baseUrl: 'contenus.rtes.fr' })).toThrow(/absolute URL/)
    expect(() => createClient({ baseUrl: 'https://contenus.rtes.fr/api' })).toThrow(/without "\/api".*"https:\/\/contenus\.rtes\.fr"/)
    expect(() => createClient({ baseUrl: 'ftp://contenus.rtes.fr' })).toThrow(/http or https/)
  })
})
