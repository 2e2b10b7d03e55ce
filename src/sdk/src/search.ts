/**
 * Full-text search (`GET /api/search`): French, accent- and case-insensitive, ranked, across fiches,
 * kits, press articles and advocacy contributions, filtered by what the caller may read.
 */
import type { operations } from './schema.js'
import type { Transport } from './transport.js'
import type { CallOptions, JsonOk } from './types.js'

type SearchOperation = operations extends { search: infer Operation } ? Operation : never
type SearchQuery = SearchOperation extends { parameters: { query: infer Query } } ? Query : never

/** One page of results: `{ results, totalResults, page, limit, totalPages, hasNextPage }`. */
export type SearchPage = JsonOk<SearchOperation>
/** A result: `collection`, `id`, `score` (higher ranks first) and `doc`, the document at depth 0 (typed by `collection`). */
export type SearchResult = SearchPage extends { results: (infer Result)[] } ? Result : never
/** A searchable collection's slug. */
export type SearchCollection = SearchResult extends { collection: infer Slug } ? Slug : never

/** `search()` parameters: `q` and the spec's filters, with `collections` as an array. */
export type SearchParams = Omit<SearchQuery, 'collections'> & {
  /** Collections to search (default: all the searchable ones). */
  collections?: SearchCollection[] | undefined
} & CallOptions

export interface SearchMethods {
  /**
   * Ranked full-text results for `q` (every word must match, accents and case ignored, word beginnings
   * match: "econ" finds "économie"), among what you may read. Filter with `collections`, `theme` and
   * `territory` (slugs; a region also matches what is filed under its départements and communes).
   */
  search(params: SearchParams): Promise<SearchPage>
}

export function createSearch(transport: Transport): SearchMethods {
  return {
    search: ({ signal, timeoutMs, collections, ...query }) =>
      transport.get<SearchPage>('/api/search', { ...query, collections: collections?.join(',') }, { signal, timeoutMs }),
  }
}
