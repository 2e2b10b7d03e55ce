/**
 * Conditional requests: with `etagCache`, the client remembers each GET answer that carried an `ETag`
 * and sends `If-None-Match` the next time; a 304 is answered from memory (the SDK returns the same body
 * as before), so a partner polling an unchanged page costs the server and the network almost nothing.
 */

import type { Send } from './retry.js'

/** A remembered answer, by URL. Pass your own `Map` to share or inspect it. */
export interface CachedAnswer {
  etag: string
  body: string
  headers: [string, string][]
}

export type EtagStore = Map<string, CachedAnswer>

/** Answers kept by `etagCache: true` (least recently used dropped first). */
export const DEFAULT_ETAG_ENTRIES = 500

export function conditionalFetch(send: Send, store: EtagStore, maxEntries = Infinity): Send {
  return async (url, init) => {
    if (init.method !== 'GET') return send(url, init)
    const cached = store.get(url)
    const response = await send(url, cached ? { ...init, headers: { ...init.headers, 'If-None-Match': cached.etag } } : init)
    if (response.status === 304 && cached) {
      // Most recently used last, so the oldest entry is the first one dropped.
      store.delete(url)
      store.set(url, cached)
      return new Response(cached.body, { status: 200, headers: cached.headers })
    }
    const etag = response.headers.get('ETag')
    if (response.ok && etag) {
      const body = await response.clone().text()
      store.delete(url)
      // The body is kept decoded: its encoding and length headers no longer apply.
      const headers = [...response.headers].filter(([name]) => name !== 'content-encoding' && name !== 'content-length')
      store.set(url, { etag, body, headers })
      if (store.size > maxEntries) store.delete(store.keys().next().value!)
    }
    return response
  }
}
