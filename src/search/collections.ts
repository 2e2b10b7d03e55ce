/**
 * The collections partners search, and the fields that feed the index: each collection declares them in
 * its registry entry (`custom.rtes.search`, src/plugin/registry.ts).
 */
import type { CollectionConfig, CollectionSlug, SanitizedCollectionConfig } from 'payload'

import { searchedCollections } from '../plugin/registry'

export type SearchedCollection = CollectionSlug

/** The searched collections' slugs, in the config's order. */
export const searchedSlugs = (config: Parameters<typeof searchedCollections>[0]): SearchedCollection[] =>
  searchedCollections(config).map(({ slug }) => slug)

/** The fields that feed a collection's index besides `title`; undefined when it is not searched. */
export const searchTextFields = (collection: Pick<CollectionConfig | SanitizedCollectionConfig, 'custom'>): string[] | undefined =>
  collection.custom?.rtes?.search?.text
