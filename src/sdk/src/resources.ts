/**
 * One generic resource per entry of the collection table (collections.ts): `client.fiches`,
 * `client.pressArticles`, `client.media`… all share the same methods, typed by the resource's slug.
 *
 * The methods take the resource as `this` to find their collection, so every resource has the very same
 * method types: code over any collection (`client[name].list()` with `name: CollectionName`, or
 * `client.collection(name)`) type-checks, with the union of the collections' types.
 */
import { COLLECTIONS, type CollectionName, type CollectionSlug, type CollectionTable, type DocumentOf } from './collections.js'
import type { Transport } from './transport.js'
import type {
  CallOptions,
  CountParams,
  Depth,
  ExactSelect,
  GetParams,
  ListParams,
  NoInfer,
  Page,
  ResultDoc,
  RichTextFormat,
  SelectOf,
} from './types.js'

/** What identifies a resource: its API slug. */
export interface ResourceBase<Slug extends CollectionSlug = CollectionSlug> {
  /** The collection's API slug (`fiches`, `press-articles`…). */
  readonly slug: Slug
}

type SlugOf<R> = R extends ResourceBase<infer Slug> ? Slug : never
/** Collections whose documents have a `slug` (media have none). */
export type SluggedCollection = { [Slug in CollectionSlug]: 'slug' extends keyof DocumentOf<Slug> ? Slug : never }[CollectionSlug]
/** `select` may only name the collection's fields (checked outside inference). */
type Checked<R, Sel> = { select?: NoInfer<ExactSelect<Sel, SelectOf<SlugOf<R>>>> }

export interface ResourceMethods {
  /** One page of documents (`limit` per page, 10 by default), with Payload's pagination fields. */
  list<
    R extends ResourceBase,
    const Sel extends SelectOf<SlugOf<R>> | undefined = undefined,
    const D extends Depth | undefined = undefined,
    const H extends RichTextFormat | undefined = undefined,
  >(
    this: R,
    params?: ListParams<SlugOf<R>, Sel, D, H> & Checked<R, Sel>,
  ): Promise<Page<ResultDoc<SlugOf<R>, Sel, D, H>>>
  /** The document with this id; throws `RtesApiError` (404) when there is none you may read. */
  get<
    R extends ResourceBase,
    const Sel extends SelectOf<SlugOf<R>> | undefined = undefined,
    const D extends Depth | undefined = undefined,
    const H extends RichTextFormat | undefined = undefined,
  >(
    this: R,
    id: string,
    params?: GetParams<SlugOf<R>, Sel, D, H> & Checked<R, Sel>,
  ): Promise<ResultDoc<SlugOf<R>, Sel, D, H>>
  /** The document with this slug, or `null` (collections with a `slug` field). */
  bySlug<
    R extends ResourceBase<SluggedCollection>,
    const Sel extends SelectOf<SlugOf<R>> | undefined = undefined,
    const D extends Depth | undefined = undefined,
    const H extends RichTextFormat | undefined = undefined,
  >(
    this: R,
    slug: string,
    params?: GetParams<SlugOf<R>, Sel, D, H> & Checked<R, Sel>,
  ): Promise<ResultDoc<SlugOf<R>, Sel, D, H> | null>
  /** How many documents match `where`. */
  count<R extends ResourceBase>(this: R, params?: CountParams<SlugOf<R>>): Promise<number>
  /**
   * Every matching document, fetching pages lazily (`limit` documents per request, without counting:
   * `pagination=false`). Stops at the first page holding fewer than `limit` documents.
   */
  iterate<
    R extends ResourceBase,
    const Sel extends SelectOf<SlugOf<R>> | undefined = undefined,
    const D extends Depth | undefined = undefined,
    const H extends RichTextFormat | undefined = undefined,
  >(
    this: R,
    params?: ListParams<SlugOf<R>, Sel, D, H> & Checked<R, Sel>,
  ): AsyncIterableIterator<ResultDoc<SlugOf<R>, Sel, D, H>>
}

/** The resource of a collection (`Resource<'fiches'>` is `client.fiches`). */
export type Resource<Slug extends CollectionSlug = CollectionSlug> = ResourceBase<Slug> & ResourceMethods

/** One resource per collection of the table. */
export type Resources = { readonly [Name in CollectionName]: Resource<CollectionTable[Name]['slug']> }

/** Payload's page size when `limit` is not given. */
const DEFAULT_LIMIT = 10

type Params = Record<string, unknown> & CallOptions
interface AnyPage {
  docs: unknown[]
}

function split(params: Params | undefined): [Record<string, unknown>, CallOptions] {
  const { signal, timeoutMs, ...query } = params ?? {}
  return [query, { signal, timeoutMs }]
}

/**
 * The methods, written once over untyped parameters; `ResourceMethods` is the contract they keep
 * (the one place where the JSON answers meet their types).
 */
function createResource(slug: CollectionSlug, transport: Transport): Resource {
  const base = `/api/${slug}`
  const list = (params?: Params) => transport.get<AnyPage>(base, ...split(params))
  const methods = {
    slug,
    list,
    get: (id: string, params?: Params) => transport.get(`${base}/${encodeURIComponent(id)}`, ...split(params)),
    async bySlug(value: string, params?: Params) {
      const [query, options] = split(params)
      const page = await transport.get<AnyPage>(base, { ...query, where: { slug: { equals: value } }, limit: 1 }, options)
      return page.docs[0] ?? null
    },
    async count(params?: Params) {
      return (await transport.get<{ totalDocs: number }>(`${base}/count`, ...split(params))).totalDocs
    },
    async *iterate(params?: Params) {
      // Pages without `totalDocs` (the server skips counting): the last one is the first short one.
      const limit = typeof params?.limit === 'number' && params.limit > 0 ? params.limit : DEFAULT_LIMIT
      for (let page = typeof params?.page === 'number' ? params.page : 1; ; page++) {
        const result = await list({ ...params, limit, page, pagination: false })
        yield* result.docs
        if (result.docs.length < limit) return
      }
    },
  }
  return methods as Resource
}

export function createResources(transport: Transport): Resources {
  const resources: Partial<Record<CollectionName, Resource>> = {}
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) resources[name] = createResource(COLLECTIONS[name].slug, transport)
  return resources as Resources
}
