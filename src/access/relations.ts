import type { CollectionConfig, Field, FieldHook, PayloadRequest } from 'payload'

import { combineAndOrHook } from './andOr'
import { guardQuery } from './queries'
import { relationId } from '../utilities/relationId'
import { isEditor } from './roles'

/**
 * Payload leaves the id of a related document the reader may not read in the response (at depth 0
 * every id is returned; deeper, unreadable ones stay as bare ids). That would reveal drafts and
 * members-only documents through public ones, so relationship and upload values are filtered by the
 * target collection's own read access for everyone but editors.
 */
export const hideUnreadable: FieldHook = async ({ value, req, field }) => {
  if (value === null || value === undefined || isEditor(req)) return value
  if (!('relationTo' in field)) return value
  if (Array.isArray(field.relationTo)) return hideUnreadablePolymorphic(value, req)
  if (typeof field.relationTo !== 'string') return value
  const values: unknown[] = Array.isArray(value) ? value : [value]
  const ids = values.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number').map(String)
  if (!ids.length) return value // all populated: they were read with the reader's access
  const readable = await readableIds(req, field.relationTo, ids)
  const kept = values.filter((v) => typeof v === 'object' || readable.has(String(v)))
  return Array.isArray(value) ? kept : (kept[0] ?? null)
}

/**
 * The same for a relationship to several collections, whose values are `{ relationTo, value }` (one, or a
 * list when `hasMany`): an unreadable target leaves no `{ relationTo, value: id }` behind (null, or out of
 * the list).
 */
async function hideUnreadablePolymorphic(value: unknown, req: PayloadRequest): Promise<unknown> {
  const values: unknown[] = Array.isArray(value) ? value : [value]
  const wanted = new Map<string, string[]>()
  for (const entry of values) {
    const target = asTarget((entry as { relationTo?: unknown } | null)?.relationTo, (entry as { value?: unknown } | null)?.value)
    // Populated values were read with the reader's access.
    if (target && typeof (entry as { value?: unknown }).value !== 'object')
      wanted.set(target.collection, [...(wanted.get(target.collection) ?? []), target.id])
  }
  const readable = new Map<string, Set<string>>()
  for (const [collection, ids] of wanted) readable.set(collection, await readableIds(req, collection, ids))
  const kept = values.filter((entry) => {
    const { relationTo, value: target } = (entry ?? {}) as { relationTo?: unknown; value?: unknown }
    if (target !== null && typeof target === 'object') return true
    const id = relationId(target)
    return typeof relationTo === 'string' && id !== undefined && Boolean(readable.get(relationTo)?.has(id))
  })
  return Array.isArray(value) ? kept : (kept[0] ?? null)
}

/** A Lexical node as stored: what matters here is its children and what it points at. */
interface LexicalNode {
  type?: string
  children?: LexicalNode[]
  relationTo?: unknown
  value?: unknown
  fields?: { linkType?: string; doc?: { relationTo?: unknown; value?: unknown } | null } | null
}

interface Target {
  collection: string
  id: string
}

const asTarget = (relationTo: unknown, value: unknown): Target | undefined => {
  const id = relationId(value)
  return typeof relationTo === 'string' && id !== undefined ? { collection: relationTo, id } : undefined
}

/** The document a node embeds (relationship and upload nodes) or links to (internal links). */
const embedded = (node: LexicalNode) => asTarget(node.relationTo, node.value)
const linked = (node: LexicalNode) => (node.fields?.doc ? asTarget(node.fields.doc.relationTo, node.fields.doc.value) : undefined)

function collectTargets(nodes: LexicalNode[], into: Map<string, Set<string>>): void {
  for (const node of nodes) {
    for (const target of [embedded(node), linked(node)]) {
      if (target) (into.get(target.collection) ?? into.set(target.collection, new Set()).get(target.collection)!).add(target.id)
    }
    if (Array.isArray(node.children)) collectTargets(node.children, into)
  }
}

/**
 * In place (Lexical's population, queued by its own hook, writes into these very node objects):
 * embeds of unreadable documents are removed, internal links to them are replaced by their text.
 */
function prune(nodes: LexicalNode[], readable: (target: Target) => boolean): void {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]
    const embeds = embedded(node)
    if (embeds && !readable(embeds)) {
      nodes.splice(i--, 1)
      continue
    }
    const links = linked(node)
    if (links && !readable(links)) {
      if (node.fields!.linkType === 'internal' || !node.fields!.linkType) {
        nodes.splice(i--, 1, ...(node.children ?? [])) // its children are visited next, in its place
        continue
      }
      node.fields!.doc = null // a custom (URL) link keeps its URL, not the stale internal target
    }
    if (Array.isArray(node.children)) prune(node.children, readable)
  }
}

/**
 * The same rule inside rich text: Lexical `relationship` and `upload` nodes, and internal `link` nodes
 * (`fields.doc`), carry the ids of the documents they point at, populated or not. For every reader but
 * editors, nodes pointing at documents the reader may not read are removed (links keep their text), on
 * every channel that reads through Payload (REST, GraphQL, sync, webhooks, the SDK). Field hooks run
 * before the editor's own afterRead hook, so Lexical never populates the removed nodes. Trusted
 * server-side reads (`overrideAccess: true`) are left whole.
 */
export const hideUnreadableNodes: FieldHook = async ({ value, req, overrideAccess }) => {
  if (overrideAccess !== true) await pruneUnreadableNodes(value, req)
  return value
}

/**
 * The rule of `hideUnreadableNodes`, applied in place to a rich-text value for the request's user (a
 * no-op for editors). Idempotent: rendered HTML (src/richText/html.ts) runs it again on the same tree,
 * so it never depends on the order in which Payload runs the two fields' hooks.
 */
export async function pruneUnreadableNodes(value: unknown, req: PayloadRequest): Promise<void> {
  if (isEditor(req)) return
  const root = value !== null && typeof value === 'object' ? (value as { root?: LexicalNode }).root : undefined
  if (!Array.isArray(root?.children)) return
  const targets = new Map<string, Set<string>>()
  collectTargets(root.children, targets)
  if (!targets.size) return
  const readable = new Map<string, Set<string>>()
  for (const [collection, ids] of targets) readable.set(collection, await readableIds(req, collection, [...ids]))
  prune(root.children, ({ collection, id }) => Boolean(readable.get(collection)?.has(id)))
}

/**
 * Whether this request already found document `id` of `collection` readable (true), unreadable (false), or
 * has not asked (undefined): what `hideUnreadable` and the rich-text pruning learnt while reading, with the
 * request's user, the collection's read access, no draft, no trash, depth 0.
 */
export function knownReadable(req: PayloadRequest, collection: string, id: string): boolean | undefined {
  return readableCache(req)[collection]?.get(id)
}

/** What this request learnt of each collection's ids: readable (true) or not (false). Kept in `req.context`. */
const readableCache = (req: PayloadRequest) => (req.context.readableIds ??= {}) as Record<string, Map<string, boolean>>

/** Which of `ids` the request's user may read, memoised per request and collection. */
async function readableIds(req: PayloadRequest, collection: string, ids: string[]): Promise<Set<string>> {
  if (!req.payload.collections[collection as 'fiches']) return new Set() // a node left over from a removed collection
  const known = (readableCache(req)[collection] ??= new Map())
  const unknown = ids.filter((id) => !known.has(id))
  if (unknown.length) {
    const { docs } = await req.payload.find({
      collection: collection as 'fiches',
      where: { id: { in: unknown } },
      depth: 0,
      limit: unknown.length,
      pagination: false,
      overrideAccess: false,
      user: req.user,
      req,
      select: {},
    })
    const found = new Set(docs.map((doc) => String(doc.id)))
    for (const id of unknown) known.set(id, found.has(id))
  }
  return new Set(ids.filter((id) => known.get(id)))
}

/**
 * Adds `hideUnreadable` to every relationship and upload field pointing at a restricted collection (or
 * at several collections, one of them restricted),
 * `hideUnreadableNodes` to every rich-text field, and to every collection the query guard that refuses
 * sorts and filters revealing what related documents the reader may not read hold (src/access/queries.ts),
 * after `and` and `or` at one level of a `where` are combined as one `and` (src/access/andOr.ts).
 */
export function guardRelations(collections: CollectionConfig[]): CollectionConfig[] {
  const restricted = new Set(collections.filter((c) => c.access?.read && c.versions).map((c) => c.slug))
  for (const collection of collections) if (collection.upload && collection.access?.read) restricted.add(collection.slug)
  const withAfterRead = (field: Field & { hooks?: { afterRead?: FieldHook[] } }, hook: FieldHook): Field =>
    ({ ...field, hooks: { ...field.hooks, afterRead: [...(field.hooks?.afterRead ?? []), hook] } }) as Field
  const guard = (fields: Field[]): Field[] =>
    fields.map((field) => {
      if ((field.type === 'relationship' || field.type === 'upload') && [field.relationTo].flat().some((slug) => restricted.has(slug))) {
        return withAfterRead(field, hideUnreadable)
      }
      if (field.type === 'richText') return withAfterRead(field, hideUnreadableNodes)
      if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: guard(field.fields) }
      if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: guard(tab.fields) })) }
      return field
    })
  return collections.map((collection) => ({
    ...collection,
    fields: guard(collection.fields),
    hooks: { ...collection.hooks, beforeOperation: [combineAndOrHook, guardQuery, ...(collection.hooks?.beforeOperation ?? [])] },
  }))
}
