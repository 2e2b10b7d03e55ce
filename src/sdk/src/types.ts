/**
 * Types derived from the generated spec types (schema.d.ts): nothing here is written per collection.
 * Every helper resolves to `never` for a collection the spec does not describe (yet).
 */
import type { components, paths } from './schema.js'

type Schemas = components['schemas']

/** The component schema called `Name` (e.g. `SchemaOf<'Fiche'>`), or `never` when there is none. */
export type SchemaOf<Name extends string> = Name extends keyof Schemas ? Schemas[Name] : never

type GetOperation<Path extends string> = Path extends keyof paths
  ? paths[Path] extends { get: infer Operation }
    ? Operation
    : never
  : never
type QueryOf<Operation> = Operation extends { parameters: { query?: infer Query } } ? NonNullable<Query> : never
type JsonOk<Operation> = Operation extends { responses: { 200: { content: { 'application/json': infer Body } } } }
  ? Body
  : never

/** The document type served at `/api/<slug>/{id}`. */
export type DocumentOf<Slug extends string> = JsonOk<GetOperation<`/api/${Slug}/{id}`>>
/** The paginated envelope served at `/api/<slug>`. */
export type PageOf<Slug extends string> = JsonOk<GetOperation<`/api/${Slug}`>>
/** Query parameters of a list: `where`, `sort`, `limit`, `page`, `depth`, `locale`, `select`, `draft`… */
export type ListQuery<Slug extends string> = QueryOf<GetOperation<`/api/${Slug}`>>
/** Query parameters of a read by id: `depth`, `locale`, `fallback-locale`, `select`, `draft`. */
export type GetQuery<Slug extends string> = QueryOf<GetOperation<`/api/${Slug}/{id}`>>
/** Query parameters of a count: `where`, `locale`, `draft`. */
export type CountQuery<Slug extends string> = QueryOf<GetOperation<`/api/${Slug}/count`>>
/** The `where` filter of a collection, typed per field. */
export type WhereOf<Slug extends string> = NonNullable<ListQuery<Slug> extends { where?: infer Where } ? Where : never>

/** Languages the API serves (`fr`, `en`). */
export type Locale = components extends { parameters: { locale: infer L } } ? L : string

/** Per-call options, next to the query parameters. */
export interface CallOptions {
  /** Aborts the call (the promise rejects with the signal's reason). */
  signal?: AbortSignal | undefined
  /** Overrides the client's `timeoutMs` for this call. */
  timeoutMs?: number | undefined
}

type KeysWhere<T, V> = { [K in keyof T]-?: Exclude<T[K], undefined> extends V ? K : never }[keyof T]

/**
 * What `select` leaves of a document: with `{ title: true }`, only `id` and `title`; with
 * `{ body: false }`, everything but `body`. Nested selections keep the whole nested field type.
 */
export type Selected<Doc, Select> = [Select] extends [undefined]
  ? Doc
  : [KeysWhere<Select, true>] extends [never]
    ? [KeysWhere<Select, false>] extends [never]
      ? Doc
      : Omit<Doc, KeysWhere<Select, false>>
    : Pick<Doc, Extract<'id' | KeysWhere<Select, true | object>, keyof Doc>>

/** The documents a call returns, narrowed by its `select` parameter. */
export type ResultDoc<Slug extends string, Params> = Selected<
  DocumentOf<Slug>,
  Params extends { select?: infer Select } ? Select : undefined
>

/** Payload's paginated envelope around documents of type `Doc` (the spec's `<Name>List` schemas). */
export interface Page<Doc> {
  docs: Doc[]
  totalDocs: number
  limit: number
  totalPages: number
  page: number
  pagingCounter: number
  hasPrevPage: boolean
  hasNextPage: boolean
  prevPage: number | null
  nextPage: number | null
}
