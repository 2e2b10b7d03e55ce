/**
 * One generic resource built for each entry of the collection table (collections.ts, generated): the
 * names and types of `client.fiches`, `client.pressArticles`… all come from there and from the spec.
 */
import { COLLECTIONS, type CollectionName, type CollectionTable } from './collections.js'
import type { CallOptions, CountQuery, GetQuery, ListQuery, Page, ResultDoc } from './types.js'

/** `list` and `iterate` parameters: the spec's query parameters plus `signal` / `timeoutMs`. */
export type ListParams<Slug extends string> = ListQuery<Slug> & CallOptions
/** `get` and `bySlug` parameters. */
export type GetParams<Slug extends string> = GetQuery<Slug> & CallOptions
/** `count` parameters. */
export type CountParams<Slug extends string> = CountQuery<Slug> & CallOptions

export interface Resource<Slug extends string> {
  /** One page of documents (`limit` per page, 10 by default), with Payload's pagination fields. */
  list<P extends ListParams<Slug>>(params?: P): Promise<Page<ResultDoc<Slug, P>>>
  /** The document with this id; throws `RtesApiError` (404) when there is none you may read. */
  get<P extends GetParams<Slug>>(id: string, params?: P): Promise<ResultDoc<Slug, P>>
  /** The document with this slug, or `null`. */
  bySlug<P extends GetParams<Slug>>(slug: string, params?: P): Promise<ResultDoc<Slug, P> | null>
  /** How many documents match `where`. */
  count(params?: CountParams<Slug>): Promise<number>
  /** Every matching document, fetching pages lazily (`limit` documents per request). */
  iterate<P extends ListParams<Slug>>(params?: P): AsyncIterableIterator<ResultDoc<Slug, P>>
}

export type Resources = { readonly [Name in CollectionName]: Resource<CollectionTable[Name]['slug']> }

/** What a resource needs from the client: a JSON GET with a query, under the client's options. */
export type GetJson = (path: string, query: Record<string, unknown>, options: CallOptions) => Promise<unknown>

type Params = Record<string, unknown> & CallOptions

/** Payload's page size when `limit` is not given. */
const DEFAULT_LIMIT = 10

function split(params: Params | undefined): [Record<string, unknown>, CallOptions] {
  const { signal, timeoutMs, ...query } = params ?? {}
  return [query, { signal, timeoutMs }]
}

interface AnyPage {
  docs: unknown[]
}

export function createResource(slug: string, getJson: GetJson): Resource<string> {
  const base = `/api/${slug}`
  const list = (params?: Params) => getJson(base, ...split(params)) as Promise<AnyPage>
  const resource = {
    list,
    get: (id: string, params?: Params) => getJson(`${base}/${encodeURIComponent(id)}`, ...split(params)),
    async bySlug(value: string, params?: Params) {
      const [query, options] = split(params)
      const page = (await getJson(base, { ...query, where: { slug: { equals: value } }, limit: 1 }, options)) as AnyPage
      return page.docs[0] ?? null
    },
    async count(params?: Params) {
      const result = (await getJson(`${base}/count`, ...split(params))) as { totalDocs: number }
      return result.totalDocs
    },
    async *iterate(params?: Params) {
      // Pages without `totalDocs` (the server skips counting): the last one is the first short one.
      const limit = typeof params?.limit === 'number' && params.limit > 0 ? params.limit : DEFAULT_LIMIT
      for (let page = typeof params?.page === 'number' ? params.page : 1; ; page++) {
        const result: AnyPage = await list({ ...params, limit, page, pagination: false })
        yield* result.docs
        if (result.docs.length < limit) return
      }
    },
  }
  return resource as unknown as Resource<string>
}

export function createResources(getJson: GetJson): Resources {
  const resources: Record<string, Resource<string>> = {}
  for (const [name, { slug }] of Object.entries(COLLECTIONS)) resources[name] = createResource(slug, getJson)
  return resources as unknown as Resources
}
