import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig } from 'payload'

import { bumpContentVersion } from './contentVersion'
import { isPublicCollection } from './public'

const afterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  await bumpContentVersion(req)
  return doc
}

const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await bumpContentVersion(req)
  return doc
}

/**
 * Adds the content-version hooks (src/cache/contentVersion.ts) to every collection that anonymous
 * readers or partners can read (src/cache/public.ts): any change there may alter a cached answer.
 */
export function withContentVersion(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) =>
    !isPublicCollection(collection.slug)
      ? collection
      : {
          ...collection,
          hooks: {
            ...collection.hooks,
            afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
            afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
          },
        },
  )
}
