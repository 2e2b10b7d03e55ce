/**
 * The plugin's collection registry (src/plugin/registry.ts), for test tables: tests iterate over what the
 * collections declare instead of listing them again, so a new or removed collection changes what they
 * check (and a registry entry without an `example` fails here rather than being skipped).
 */
import type { CollectionConfig } from 'payload'

import { hubCollections } from '../../src/plugin/collections'
import { resolveOptions } from '../../src/plugin/options'
import { feedCollections, type RegistryEntry, registryOf, syncedCollections } from '../../src/plugin/registry'

const collections = hubCollections(resolveOptions(), [])
const config = { collections }
const configOf = (slug: string): CollectionConfig => collections.find((collection) => collection.slug === slug)!
const hasDrafts = (collection: CollectionConfig): boolean => Boolean(typeof collection.versions === 'object' && collection.versions.drafts)

export interface TestCollection extends RegistryEntry {
  /** A small valid document of the collection (`n` makes it unique). */
  example: (n: number) => Record<string, unknown>
  /** Its GraphQL plural name (list query). */
  gql: string
  /** Whether it has drafts (and the `_status` field). */
  drafts: boolean
  /** Whether it carries a `visibility` field (members-only documents). */
  visibility: boolean
  /** What makes a document members-only (`visibility: 'members'`, or the registry's `membersOnly`), if it can be. */
  membersOnly?: Record<string, unknown>
}

function describeEntry(entry: RegistryEntry): TestCollection {
  const { example } = entry
  if (!example) throw new Error(`Collection "${entry.slug}" has no \`custom.rtes.example\`: tests cannot create one.`)
  const config = configOf(entry.slug)
  const graphQL = config.graphQL
  const visibility = config.fields.some((field) => 'name' in field && field.name === 'visibility')
  return {
    ...entry,
    example,
    gql: graphQL ? (graphQL.pluralName ?? entry.schema) : '',
    drafts: hasDrafts(config),
    visibility,
    membersOnly: entry.membersOnly ?? (visibility ? { visibility: 'members' } : undefined),
  }
}

/** Every public registered collection (not internal), in the config's order. */
export const PUBLIC_COLLECTIONS: RegistryEntry[] = registryOf(config).filter((entry) => !entry.internal)
/** The collections partners mirror, in sync order. */
export const SYNCED_COLLECTIONS: RegistryEntry[] = syncedCollections(config)
/** Editorial collections (drafts, publishing): what access rules must keep from each kind of reader. */
export const EDITORIAL_COLLECTIONS: TestCollection[] = registryOf(config)
  .filter((entry) => hasDrafts(configOf(entry.slug)))
  .map(describeEntry)
/** Collections with feeds. */
export const FEED_COLLECTIONS: TestCollection[] = [...feedCollections(config).values()].map(describeEntry)

/** The registered collection `slug`, described for tests. */
export const testCollection = (slug: string): TestCollection => {
  const entry = registryOf(config).find((candidate) => candidate.slug === slug)
  if (!entry) throw new Error(`"${slug}" is not a registered collection.`)
  return describeEntry(entry)
}
