/**
 * Types derived from the generated spec types (schema.d.ts) and the collection table (collections.ts):
 * nothing here is written per collection. Result types follow the call's parameters:
 * - `depth` (Payload's default is 2): relationships are ids at depth 0 and documents from depth 1, level by
 *   level (a document populated at depth N has its own relationships at depth N - 1);
 * - `select`: only the selected fields (and `id`), nested selections included; a `select` whose value is
 *   not known when compiling (e.g. typed `ListParams<'fiches'>`) gives documents whose fields may all be
 *   missing;
 * - `richText: 'html'`: every rich-text field `x` comes with `xHtml`, its rendered HTML.
 */
import type { CollectionSlug, DocumentOf, SchemaNameOf, SchemaOf } from './collections.js'
import type { components, paths } from './schema.js'

type GetOperation<Path extends string> = Path extends keyof paths
  ? paths[Path] extends { get: infer Operation }
    ? Operation
    : never
  : never
type QueryOf<Operation> = Operation extends { parameters: { query?: infer Query } } ? NonNullable<Query> : never
/** The JSON body of an operation's 200 answer. */
export type JsonOk<Operation> = Operation extends { responses: { 200: { content: { 'application/json': infer Body } } } } ? Body : never

/** Query parameters of a list, as the spec describes them. */
export type ListQuery<Slug extends CollectionSlug> = QueryOf<GetOperation<`/api/${Slug}`>>
/** Query parameters of a read by id, as the spec describes them. */
export type GetQuery<Slug extends CollectionSlug> = QueryOf<GetOperation<`/api/${Slug}/{id}`>>
/** Query parameters of a count: `where`, `locale`, `draft`. */
export type CountQuery<Slug extends CollectionSlug> = QueryOf<GetOperation<`/api/${Slug}/count`>>
/** The `where` filter of a collection, typed per field and operator (unknown paths and operators are refused). */
export type WhereOf<Slug extends CollectionSlug> = SchemaOf<`${SchemaNameOf<Slug>}Where`>
/** The `select` parameter of a collection. */
export type SelectOf<Slug extends CollectionSlug> = SchemaOf<`${SchemaNameOf<Slug>}Select`>
/** The `sort` parameter of a collection: a sortable path, `-path` for descending, or several. */
export type SortOf<Slug extends CollectionSlug> = SchemaOf<`${SchemaNameOf<Slug>}Sort`>

/** Languages the API serves (`fr`, `en`). */
export type Locale = components['parameters']['locale']
/** Relationship depths the API accepts (`API_MAX_DEPTH`, 5). */
export type Depth = 0 | 1 | 2 | 3 | 4 | 5
/** The depth the API uses when none is given. */
export type DefaultDepth = 2
/** `richText: 'html'` adds the rendered HTML of every rich-text field. */
export type RichTextFormat = components['parameters']['richText']

/** Per-call options, next to the query parameters. */
export interface CallOptions {
  /** Aborts the call (the promise rejects with the signal's reason). */
  signal?: AbortSignal | undefined
  /** Overrides the client's `timeoutMs` for this call. */
  timeoutMs?: number | undefined
}

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

// ---------------------------------------------------------------------------------------------------
// Parameters

/** The parameters that change the shape of the documents returned. */
interface Shaping<Sel, D, H> {
  /** Fields to return (`{ title: true }`: those and `id`) or to leave out (`{ body: false }`); nested for groups and arrays. */
  select?: Sel
  /** Levels of relationships to populate: 0 gives ids, 1 the related documents… Default 2, at most 5. */
  depth?: D
  /** `'html'`: each rich-text field `x` comes with `xHtml`, sanitised HTML with public links. */
  richText?: H
}

type Distribute<Slug, T> = Slug extends unknown ? T : never
type Shaped = 'select' | 'depth' | 'richText'

/**
 * `list` and `iterate` parameters: the spec's query parameters plus `signal` / `timeoutMs`. The type
 * arguments say what `select`, `depth` and `richText` are; by default, anything they may be (so a
 * variable typed `ListParams<'fiches'>` gives documents whose fields may be missing: use `satisfies`).
 */
export type ListParams<
  Slug extends CollectionSlug,
  Sel extends SelectOf<Slug> | undefined = SelectOf<Slug> | undefined,
  D extends Depth | undefined = Depth | undefined,
  H extends RichTextFormat | undefined = RichTextFormat | undefined,
> = Distribute<Slug, Omit<ListQuery<Slug>, Shaped | 'pagination'>> & Shaping<Sel, D, H> & CallOptions

/** `get` and `bySlug` parameters. */
export type GetParams<
  Slug extends CollectionSlug,
  Sel extends SelectOf<Slug> | undefined = SelectOf<Slug> | undefined,
  D extends Depth | undefined = Depth | undefined,
  H extends RichTextFormat | undefined = RichTextFormat | undefined,
> = Distribute<Slug, Omit<GetQuery<Slug>, Shaped>> & Shaping<Sel, D, H> & CallOptions

/** `count` parameters. */
export type CountParams<Slug extends CollectionSlug> = Distribute<Slug, CountQuery<Slug>> & CallOptions

/** Refuses keys a `select` does not have (an inferred literal escapes TypeScript's excess-property check). */
export type ExactSelect<Sel, Full> = Sel extends object
  ? { [K in keyof Sel]: K extends keyof Full ? ExactSelect<Sel[K], Extract<Full[K], object>> : never }
  : Sel
/** Keeps a type out of inference (TypeScript's `NoInfer`, for compilers before 5.4). */
export type NoInfer<T> = [T][T extends unknown ? 0 : never]

// ---------------------------------------------------------------------------------------------------
// Results

/** Every document type of the table: what a populated relationship holds. */
type AnyDocument = DocumentOf<CollectionSlug>
/** A Lexical rich-text value. */
type RichText = { root: { children: unknown } }
/** Depth of the documents a relationship holds at depth D (D ≥ 1). */
type Below = [0, 0, 1, 2, 3, 4]

type RichKeys<Doc> = {
  [K in keyof Doc]-?: [NonNullable<Doc[K]>] extends [never] ? never : NonNullable<Doc[K]> extends RichText ? K : never
}[keyof Doc]
type HtmlKeys<Doc> = Extract<keyof Doc, `${RichKeys<Doc> & string}Html`>
type Simplify<T> = { [K in keyof T]: T[K] } & {}

/** A document without its `xHtml` fields (left as it is when it has none: simpler types check faster). */
type WithoutHtml<Doc> = [HtmlKeys<Doc>] extends [never] ? Doc : Omit<Doc, HtmlKeys<Doc>>
/**
 * With `richText: 'html'`, the `xHtml` of every rich-text field `x` the document holds; without, none;
 * when unknown (`'html' | undefined`), as the spec says (optional).
 */
type WithHtml<Doc, H> = [H] extends ['html']
  ? [RichKeys<Doc>] extends [never]
    ? Doc
    : Simplify<WithoutHtml<Doc> & { [K in RichKeys<Doc> & string as `${K}Html`]: string | null }>
  : 'html' extends H
    ? Doc
    : WithoutHtml<Doc>

/** A field's value at depth D: relationships become ids (D = 0) or documents one level shallower. */
type AtDepth<V, D extends number, H> = [Extract<V, AnyDocument>] extends [never]
  ? V extends readonly (infer Item)[]
    ? AtDepth<Item, D, H>[]
    : V extends RichText
      ? V
      : V extends object
        ? { [K in keyof V]: AtDepth<V[K], D, H> }
        : V
  : D extends 0
    ? Exclude<V, object>
    : Populated<Exclude<V, string>, Below[D & keyof Below], H>

type Populated<V, D extends number, H> = V extends AnyDocument ? DocumentAt<V, D, H> : V

/** A document's fields at depth D (a `number` that is not a literal keeps relationships as `string | Doc`). */
type FieldsAt<Doc, D, H> = number extends D ? Doc : D extends number ? { [K in keyof Doc]: AtDepth<Doc[K], D, H> } : Doc
type DocumentAt<Doc, D, H> = WithHtml<FieldsAt<Doc, D, H>, H>

type HasFalse<T> = T extends false
  ? true
  : T extends object
    ? true extends { [K in keyof T]-?: HasFalse<T[K]> }[keyof T]
      ? true
      : false
    : false

type PickSelected<Doc, Sel> = {
  [K in keyof Doc as K extends keyof Sel | 'id' ? K : never]: K extends keyof Sel
    ? Sel[K] extends object
      ? NestedPick<Doc[K], Sel[K]>
      : Doc[K]
    : Doc[K]
}
type NestedPick<V, Sel> = V extends readonly (infer Item)[] ? NestedPick<Item, Sel>[] : V extends object ? PickSelected<V, Sel> : V

type OmitSelected<Doc, Sel> = {
  [K in keyof Doc as K extends keyof Sel ? (Sel[K] extends false ? never : K) : K]: K extends keyof Sel
    ? Sel[K] extends object
      ? NestedOmit<Doc[K], Sel[K]>
      : Doc[K]
    : Doc[K]
}
type NestedOmit<V, Sel> = V extends readonly (infer Item)[] ? NestedOmit<Item, Sel>[] : V extends object ? OmitSelected<V, Sel> : V

/**
 * What `select` leaves of a document (Payload's rules): any `false` → every field but those; otherwise
 * only the fields set to `true` or to a nested selection, plus `id`. A `select` that is not a literal
 * (typed as the whole `SelectOf<…>`, or possibly undefined) gives every field as optional.
 */
export type Selected<Doc, Sel, Full = never> = [Sel] extends [undefined]
  ? Doc
  : undefined extends Sel
    ? Simplify<Partial<Doc> & Pick<Doc, Extract<'id', keyof Doc>>>
    : [Full] extends [never]
      ? Simplify<HasFalse<Sel> extends true ? OmitSelected<Doc, Sel> : PickSelected<Doc, Sel>>
      : [Full] extends [Sel]
        ? Simplify<Partial<Doc> & Pick<Doc, Extract<'id', keyof Doc>>>
        : Simplify<HasFalse<Sel> extends true ? OmitSelected<Doc, Sel> : PickSelected<Doc, Sel>>

/**
 * A document of `Slug` as a call with these `select`, `depth` and `richText` returns it
 * (`depth` undefined: the server's default, 2).
 */
export type ResultDoc<Slug extends CollectionSlug, Sel = undefined, D extends number | undefined = undefined, H = undefined> = WithHtml<
  Selected<FieldsAt<DocumentOf<Slug>, D extends undefined ? DefaultDepth : D, H>, Sel, SelectOf<Slug>>,
  H
>

/** A document of `Slug` at a given depth (e.g. `DocumentAtDepth<'fiches', 0>`: every relationship an id). */
export type DocumentAtDepth<Slug extends CollectionSlug, D extends Depth> = DocumentAt<DocumentOf<Slug>, D, undefined>
