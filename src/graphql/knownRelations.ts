import {
  type FieldNode,
  getNamedType,
  type GraphQLFieldResolver,
  GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  Kind,
} from 'graphql'
import type { Path } from 'graphql/jsutils/Path'
import type { PayloadRequest, SanitizedCollectionConfig, SanitizedConfig } from 'payload'

import { knownReadable } from '../access/relations'

interface Context {
  req: PayloadRequest
  /** Set by Payload's list and document resolvers when the query asks for `select: true`. */
  select?: unknown
}

interface RelationField {
  type?: string
  name?: string
  relationTo?: unknown
  hasMany?: boolean
}

const patched = new WeakSet<GraphQLSchema>()

/**
 * `kit { id }`, `themes { id }`: a relationship asking for nothing but the related documents' ids.
 * Payload resolves it by reading the related documents in full (one find per collection and request,
 * batched): for the benchmark's list of 20 fiches, two such look-ups cost ~2–3 ms of CPU, an eighth of
 * the request (BENCHMARKS.md). Two cheaper ways to the same answer:
 *
 * - The request has often answered the question already: for every reader but editors,
 *   `hideUnreadable` (src/access/relations.ts) checked these very ids against the related collection's
 *   read access while the parent was read, and dropped the unreadable ones (kits, partners, media).
 *   When every id of the value is known readable, the answer is those ids, with no look-up. Taken only
 *   when Payload's look-up would be the one already made: same user and read access, no `draft` (the
 *   check reads no drafts), no `locale`/`fallbackLocale` argument on the field (the check used the
 *   request's), no trash on the related collection (Payload's look-up would include trashed documents),
 *   a single related collection.
 * - Otherwise (editors, collections anyone reads such as themes, an id not checked yet), Payload's own
 *   resolver runs with a `select` of `id` only: the same find, batched the same way, with the same access
 *   constraint, reading one column instead of the documents and their locales (not for collections with
 *   read hooks, which would see documents reduced to their id).
 *
 * Only for a selection of `id` (and `__typename`), on a type whose `id` is a plain field; anything else
 * is resolved by Payload as before.
 */
export function resolveKnownRelations(schema: GraphQLSchema, config: SanitizedConfig): void {
  if (patched.has(schema)) return
  patched.add(schema)
  const collections = new Map<string, SanitizedCollectionConfig>(config.collections.map((collection) => [collection.slug, collection]))
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue
    for (const field of Object.values(type.getFields())) {
      const relation = (field.extensions as { field?: RelationField } | undefined)?.field
      const resolve = field.resolve
      if (!resolve || (relation?.type !== 'relationship' && relation?.type !== 'upload')) continue
      const slug = relation.relationTo
      const target = typeof slug === 'string' ? collections.get(slug) : undefined
      const related = getNamedType(field.type)
      if (!target || target.graphQL === false || target.trash || !(related instanceof GraphQLObjectType)) continue
      if (related.getFields().id?.resolve) continue // a custom id field: left to Payload
      const name = relation.name!
      // Collection hooks would see documents reduced to their id: such collections are read in full.
      const partialReads = !target.hooks.beforeRead?.length && !target.hooks.afterRead?.length
      const wrapped: GraphQLFieldResolver<Record<string, unknown>, Context> = (parent, args, context, info) => {
        if (!info.fieldNodes.every(selectsIdOnly)) return resolve(parent, args, context, info)
        const known =
          !args.locale && !args.fallbackLocale && !asksDraft(args, context)
            ? knownIds(context.req, target.slug, parent[name], Boolean(relation.hasMany))
            : undefined
        if (known) return known
        // Payload's own resolution, reading nothing but the ids (unless the query asked for `select`).
        return resolve(parent, args, partialReads && !context.select ? { ...context, select: idSelect(info) } : context, info)
      }
      field.resolve = wrapped
    }
  }
}

/**
 * A `select` that Payload's relationship resolver narrows down to `{ id: true }` for this field: its
 * `resolveSelect` (@payloadcms/graphql/dist/utilities/select.js) walks `info.path` up to the query, taking
 * the config name of each field met (with `docs` after a join, `value` after a polymorphic relationship),
 * then reads the select at that path. The same walk, with the keys nested the other way.
 */
function idSelect(info: GraphQLResolveInfo): Record<string, unknown> {
  const keys: string[] = []
  for (let path: Path | undefined = info.path; path; path = path.prev) {
    const type = path.typename ? info.schema.getType(path.typename) : undefined
    const field =
      type instanceof GraphQLObjectType
        ? (type.getFields()[path.key] as { extensions?: { field?: RelationField } } | undefined)?.extensions?.field
        : undefined
    if (!field) continue
    const skips = field.type === 'join' ? 'docs' : field.type === 'relationship' && Array.isArray(field.relationTo) ? 'value' : undefined
    if (skips) keys.unshift(skips)
    keys.unshift(field.name!)
    if (skips) path = path.prev
    if (!path) break
  }
  return keys.reduceRight<Record<string, unknown>>((select, key) => ({ [key]: select }), { id: true })
}

/** Payload's own test for drafts in its relationship resolver (`?draft=` strings included). */
const asksDraft = (args: { draft?: unknown }, context: Context) =>
  Boolean(args.draft ?? (context.req.query as { draft?: unknown } | undefined)?.draft)

const selectsIdOnly = (node: FieldNode) =>
  Boolean(node.selectionSet?.selections.length) &&
  node.selectionSet!.selections.every(
    (selection) => selection.kind === Kind.FIELD && (selection.name.value === 'id' || selection.name.value === '__typename'),
  )

/** `{ id }` for each id of the value (a list when hasMany), if all are known readable; otherwise undefined. */
function knownIds(req: PayloadRequest, collection: string, value: unknown, hasMany: boolean): unknown {
  // Payload resolves an empty id to null: not an id.
  const readable = (id: unknown) =>
    (typeof id === 'string' || typeof id === 'number') && Boolean(id) && knownReadable(req, collection, String(id)) === true
  if (!hasMany) return readable(value) ? { id: value } : undefined
  return Array.isArray(value) && value.every(readable) ? value.map((id) => ({ id })) : undefined
}
