import type { CollectionConfig, Field, FieldHook, PayloadRequest } from 'payload'

import { isEditorUser } from './roles'

/**
 * Payload leaves the id of a related document the reader may not read in the response (at depth 0
 * every id is returned; deeper, unreadable ones stay as bare ids). That would reveal drafts and
 * members-only documents through public ones, so relationship and upload values are filtered by the
 * target collection's own read access for everyone but editors.
 */
export const hideUnreadable: FieldHook = async ({ value, req, field }) => {
  if (value === null || value === undefined || isEditorUser(req.user)) return value
  if (!('relationTo' in field) || typeof field.relationTo !== 'string') return value
  const values: unknown[] = Array.isArray(value) ? value : [value]
  const ids = values.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number').map(String)
  if (!ids.length) return value // all populated: they were read with the reader's access
  const readable = await readableIds(req, field.relationTo, ids)
  const kept = values.filter((v) => typeof v === 'object' || readable.has(String(v)))
  return Array.isArray(value) ? kept : (kept[0] ?? null)
}

/** Which of `ids` the request's user may read, memoised per request and collection. */
async function readableIds(req: PayloadRequest, collection: string, ids: string[]): Promise<Set<string>> {
  const cache = ((req.context.readableIds ??= {}) as Record<string, Map<string, boolean>>)
  const known = (cache[collection] ??= new Map())
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

/** Adds `hideUnreadable` to every relationship and upload field pointing at a restricted collection. */
export function guardRelations(collections: CollectionConfig[]): CollectionConfig[] {
  const restricted = new Set(collections.filter((c) => c.access?.read && c.versions).map((c) => c.slug))
  for (const collection of collections) if (collection.upload && collection.access?.read) restricted.add(collection.slug)
  const guard = (fields: Field[]): Field[] =>
    fields.map((field) => {
      if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string' && restricted.has(field.relationTo)) {
        return { ...field, hooks: { ...field.hooks, afterRead: [...(field.hooks?.afterRead ?? []), hideUnreadable] } } as Field
      }
      if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: guard(field.fields) } as Field
      if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: guard(tab.fields) })) }
      return field
    })
  return collections.map((collection) => ({ ...collection, fields: guard(collection.fields) }))
}
