/**
 * One "content change" event for the collections partners follow, and its subscribers: the change log of
 * delta sync (src/sync/changeLog.ts) and webhooks (src/webhooks/events.ts). Each subscriber runs with the
 * change's own `req`, inside its transaction: what it writes commits or rolls back with the change.
 */
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  CollectionConfig,
  CollectionSlug,
  PayloadRequest,
} from 'payload'

export interface ContentChange {
  collection: CollectionSlug
  id: string | number
  operation: 'create' | 'update' | 'delete'
}

export interface ContentChangeSubscriber {
  /** Before an update or a delete, while the document's previous state can still be read. */
  before?: (req: PayloadRequest, change: ContentChange & { operation: 'update' | 'delete' }) => Promise<void>
  /** After a create, an update or a delete. */
  after: (req: PayloadRequest, change: ContentChange) => Promise<void>
}

/**
 * Adds the content-change hooks to the collections `follows` names (after their own hooks): every create,
 * update and delete reaches each subscriber, in order.
 */
export function withContentChanges(
  collections: CollectionConfig[],
  { follows, subscribers }: { follows: (slug: string) => boolean; subscribers: ContentChangeSubscriber[] },
): CollectionConfig[] {
  const before = async (req: PayloadRequest, change: ContentChange & { operation: 'update' | 'delete' }) => {
    for (const subscriber of subscribers) await subscriber.before?.(req, change)
  }
  const after = async (req: PayloadRequest, change: ContentChange) => {
    for (const subscriber of subscribers) await subscriber.after(req, change)
  }
  const beforeChange: CollectionBeforeChangeHook = async ({ collection, operation, originalDoc, req, data }) => {
    if (operation === 'update' && originalDoc?.id !== undefined)
      await before(req, { collection: collection.slug, id: originalDoc.id, operation })
    return data
  }
  const afterChange: CollectionAfterChangeHook = async ({ collection, doc, operation, req }) => {
    await after(req, { collection: collection.slug, id: doc.id, operation })
    return doc
  }
  const beforeDelete: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
    await before(req, { collection: collection.slug, id, operation: 'delete' })
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ collection, id, req, doc }) => {
    await after(req, { collection: collection.slug, id, operation: 'delete' })
    return doc
  }
  return collections.map((collection) =>
    follows(collection.slug)
      ? {
          ...collection,
          hooks: {
            ...collection.hooks,
            beforeChange: [...(collection.hooks?.beforeChange ?? []), beforeChange],
            afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
            beforeDelete: [...(collection.hooks?.beforeDelete ?? []), beforeDelete],
            afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
          },
        }
      : collection,
  )
}
