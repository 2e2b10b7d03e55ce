import type { CollectionConfig, Field } from 'payload'

import { COMPONENTS } from '.'

const hasDrafts = (collection: CollectionConfig) => typeof collection.versions === 'object' && Boolean(collection.versions.drafts)

const titleIsLocalized = (collection: CollectionConfig) =>
  collection.fields.some(
    (field: Field) => 'name' in field && field.name === collection.admin?.useAsTitle && 'localized' in field && field.localized,
  )

/**
 * Admin components the collections share: collections with drafts publish through RTES's publish button (a
 * translation publishes only itself: components/PublishButton.tsx); a translation without its own title is
 * headed by the French one (components/FallbackTitle.tsx).
 */
export const withAdminComponents = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((collection) => {
    const components = collection.admin?.components
    const edit = { ...components?.edit }
    if (hasDrafts(collection)) edit.PublishButton = COMPONENTS.PublishButton
    if (titleIsLocalized(collection)) edit.beforeDocumentControls = [...(edit.beforeDocumentControls ?? []), COMPONENTS.FallbackTitle]
    return { ...collection, admin: { ...collection.admin, components: { ...components, edit } } }
  })
