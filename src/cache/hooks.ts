import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig } from 'payload'

import { isPublicCollection } from '../plugin/registry'
import { bumpContentVersion } from './contentVersion'

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
 * readers or partners can read (src/plugin/registry.ts): any change there may alter a cached answer.
 */
export function withContentVersion(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) =>
    !isPublicCollection(collection)
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
