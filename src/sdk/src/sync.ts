/**
 * Delta sync (`GET /api/sync`): `sync()` fetches one page, `syncAll()` follows pages and yields every
 * change, exposing the token to keep for next time.
 */
import type { operations } from './schema.js'
import type { Transport } from './transport.js'
import type { CallOptions, JsonOk, Locale } from './types.js'

type SyncOperation = operations extends { sync: infer Operation } ? Operation : never
/** One page of `/api/sync`: `{ changes, nextToken, hasMore }`. */
export type SyncPage = JsonOk<SyncOperation>
/** An `upsert` (with the document, typed by `collection`) or a `delete` (tombstone). */
export type SyncChange = SyncPage extends { changes: (infer Change)[] } ? Change : never
/** A synced collection's slug (`fiches`, `press-articles`…). */
export type SyncCollection = SyncChange extends { collection: infer Slug } ? Slug : never

export interface SyncParams extends CallOptions {
  /** The `nextToken` of a previous sync; leave out for a snapshot of everything you may read. */
  since?: string | undefined
  /** Collections to sync (default: all). With `since`, the same as when the token was issued. */
  collections?: SyncCollection[] | undefined
  /** Changes per page (default 100, at most 500). */
  limit?: number | undefined
  locale?: Locale | undefined
}

/** What `syncAll()` returns: iterate it for the changes, then keep `nextToken`. */
export interface SyncIterator extends AsyncIterableIterator<SyncChange> {
  /** The token to pass as `since` next time; set once the last page has been read. */
  readonly nextToken: string | undefined
}

export interface SyncMethods {
  /** One page of changes (a snapshot page without `since`). Follow `nextToken` while `hasMore`. */
  sync(params?: SyncParams): Promise<SyncPage>
  /** Every change from `since` (or a full snapshot), following pages; `nextToken` is set at the end. */
  syncAll(params?: SyncParams): SyncIterator
}

export function createSync(transport: Transport): SyncMethods {
  const sync = ({ signal, timeoutMs, collections, ...query }: SyncParams = {}) =>
    transport.get<SyncPage>('/api/sync', { ...query, collections: collections?.join(',') }, { signal, timeoutMs })
  const syncAll = (params: SyncParams = {}): SyncIterator => {
    const state: { nextToken: string | undefined } = { nextToken: undefined }
    async function* pages(): AsyncGenerator<SyncChange> {
      let since = params.since
      for (;;) {
        const page = await sync({ ...params, since })
        yield* page.changes
        since = page.nextToken
        if (!page.hasMore) break
      }
      state.nextToken = since
    }
    const iterator = pages()
    return Object.defineProperty(iterator, 'nextToken', { get: () => state.nextToken }) as unknown as SyncIterator
  }
  return { sync, syncAll }
}
