/**
 * Syndication hooks for the synced collections: every create, update and delete is written to the
 * change log (delta sync, src/sync/log.ts; seeding included, so a reset reaches mirrors as tombstones)
 * and turned into webhook deliveries (src/webhooks/events.ts; not while seeding).
 */
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  CollectionConfig,
} from 'payload'

import { notifyChange, rememberPublicForm } from '../webhooks/events'
import { readersOf } from './audience'
import { isSyncedCollection, type SyncedCollection } from './collections'
import { recordChange } from './log'

const beforeChange: CollectionBeforeChangeHook = async ({ collection, operation, originalDoc, req, data }) => {
  if (operation === 'update' && originalDoc?.id !== undefined) await rememberPublicForm(req, collection.slug as SyncedCollection, originalDoc.id)
  return data
}

const afterChange: CollectionAfterChangeHook = async ({ collection, doc, operation, req }) => {
  await recordChange(req, collection.slug, String(doc.id), operation, await readersOf(req, collection.slug as SyncedCollection, String(doc.id)))
  await notifyChange(req, collection.slug as SyncedCollection, doc.id, operation)
  return doc
}

const beforeDelete: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  await rememberPublicForm(req, collection.slug as SyncedCollection, id)
}

const afterDelete: CollectionAfterDeleteHook = async ({ collection, id, req, doc }) => {
  await recordChange(req, collection.slug, String(id), 'delete', null)
  await notifyChange(req, collection.slug as SyncedCollection, id, 'delete')
  return doc
}

/** Adds the syndication hooks to every synced collection (after the collection's own hooks). */
export function withSyndication(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) =>
    isSyncedCollection(collection.slug)
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
