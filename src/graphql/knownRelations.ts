import { type FieldNode, getNamedType, type GraphQLFieldResolver, GraphQLObjectType, type GraphQLSchema, Kind } from 'graphql'
import type { PayloadRequest, SanitizedCollectionConfig, SanitizedConfig } from 'payload'

import { knownReadable } from '../access/relations'

interface Context {
  req: PayloadRequest
}

type RelationField = { type?: string; name?: string; relationTo?: unknown; hasMany?: boolean }

const patched = new WeakSet<GraphQLSchema>()

/**
 * `kit { id }`, `partners { id }`: a relationship asking for nothing but the related documents' ids.
 * Payload resolves each one by reading the related documents (one query per collection, every field,
 * through Payload's find), which cost a GraphQL list of fiches ~3 ms of CPU a page, a sixth of the
 * request (BENCHMARKS.md). The request has usually just answered the same question: for every reader but
 * editors, `hideUnreadable` (src/access/relations.ts) checked these very ids against the related
 * collection's read access while the parent was read, and dropped the unreadable ones. When every id of
 * the value is known readable, the answer is those ids, as Payload's resolver would give them; otherwise
 * (editors, unrestricted collections such as themes, an id not checked yet) Payload's resolver runs as
 * before.
 *
 * Answers are the same as Payload's, because the shortcut is only taken when Payload's look-up would be
 * the one already made: the same user and read access, no `draft` (the memo reads no drafts), no
 * `locale`/`fallbackLocale` argument on the field (the memo used the request's), no trash on the related
 * collection (Payload's look-up would include trashed documents, the memo does not), a single related
 * collection, and a selection of `id` (and `__typename`) only, on a type whose `id` is a plain field.
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
      const wrapped: GraphQLFieldResolver<Record<string, unknown>, Context> = (parent, args, context, info) => {
        const known =
          !args.locale && !args.fallbackLocale && !asksDraft(args, context) && info.fieldNodes.every(selectsIdOnly)
            ? knownIds(context.req, target.slug, parent[name], Boolean(relation.hasMany))
            : undefined
        return known ?? resolve(parent, args, context, info)
      }
      field.resolve = wrapped
    }
  }
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
