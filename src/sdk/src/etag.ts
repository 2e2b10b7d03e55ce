/**
 * Conditional requests: with `etagCache`, the client remembers each GET answer that carried an `ETag`
 * and sends `If-None-Match` the next time; a 304 is answered from memory (the SDK returns the same body
 * as before), so a partner polling an unchanged page costs the server and the network almost nothing.
 */

/** A remembered answer, by URL. Pass your own `Map` to share or inspect it. */
export interface CachedAnswer {
  etag: string
  body: string
  headers: [string, string][]
}

export type EtagStore = Map<string, CachedAnswer>

/** Answers kept by `etagCache: true` (least recently used dropped first). */
export const DEFAULT_ETAG_ENTRIES = 500

export function conditionalFetch(
  fetch: (request: Request) => Promise<Response>,
  store: EtagStore,
  maxEntries = Infinity,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET') return fetch(request)
    const key = request.url
    const cached = store.get(key)
    if (cached) request.headers.set('If-None-Match', cached.etag)
    const response = await fetch(request)
    if (response.status === 304 && cached) {
      // Most recently used last, so the oldest entry is the first one dropped.
      store.delete(key)
      store.set(key, cached)
      return new Response(cached.body, { status: 200, headers: cached.headers })
    }
    const etag = response.headers.get('ETag')
    if (response.ok && etag) {
      const body = await response.clone().text()
      store.delete(key)
      // The body is kept decoded: its encoding and length headers no longer apply.
      const headers = [...response.headers].filter(([name]) => name !== 'content-encoding' && name !== 'content-length')
      store.set(key, { etag, body, headers })
      if (store.size > maxEntries) store.delete(store.keys().next().value!)
    }
    return response
  }
}
