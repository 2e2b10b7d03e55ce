/**
 * The collection registry: what each collection declares, in one place (`custom.rtes` on its config), for
 * the rest of the code base to derive from: delta sync and webhooks, feeds, seeding, the OpenAPI spec and
 * the SDK's collection table (`npm run generate`), caching, and tests. Adding a collection is its folder,
 * its entry in src/plugin/collections.ts and `npm run generate`.
 */
import type { CollectionConfig, CollectionSlug, SanitizedCollectionConfig } from 'payload'

/** `custom.rtes` of a collection config. */
export interface RtesCollection {
  /** Name of its `@rtes/sdk` resource (`client.<sdk>`), for collections partners read through the SDK. */
  sdk?: string
  /**
   * Mirrored by delta sync (`/api/sync`) and followed by webhooks, in increasing `order` (snapshots, the
   * `collections` parameter and sync tokens list collections in this order: keep it stable).
   */
  sync?: { order: number }
  /** Has RSS, Atom and JSON feeds (`/feeds/<slug>.rss`…). */
  feed?: {
    /** The publication date of items (JSON Feed `date_published`); items are sorted by `sortDate` where the collection has one, else by this date (newest first). */
    date: string
    /** The plain-text field an item's summary comes from. */
    summary: string
    /** Select fields the feed may be filtered by (`?<field>=<option>`), besides theme and territory. */
    filters?: string[]
  }
  /**
   * Full-text searched (`GET /api/search`): `title` weighs most, then these text fields (summaries, rich-text
   * bodies…; dotted names reach into groups).
   */
  search?: { text: string[] }
  /**
   * Can be picked as an item of a newsletter issue (src/collections/Newsletters): "draft the next issue"
   * prefills an issue with what was published since the previous one, one section per collection in
   * increasing `order`, each in the order of `date`: the date that makes a document news (default: its
   * feed's date; events: their start, so the agenda lists what is coming).
   */
  newsletter?: { order: number; date?: string }
  /** Loaded by `npm run seed`, in increasing `order` (a record references only collections loaded before it). */
  seed?: { order: number }
  /** Open to member proposals (src/proposals, set by `withProposals`): the dashboard counts those awaiting review. */
  proposals?: boolean
  /** Administration internals (webhooks, their deliveries, the change log): never public, not in the spec nor the SDK. */
  internal?: boolean
  /**
   * What makes a document members-only when a collection tells them apart otherwise than by a `visibility`
   * field (newsletters: the Flash hebdo series), for tests that create one of each kind.
   */
  membersOnly?: Record<string, unknown>
  /** A small valid document (`n` makes it unique), for tests that need one of each collection. */
  example?: (n: number) => Record<string, unknown>
}

declare module 'payload' {
  interface CollectionCustom {
    rtes?: RtesCollection
  }
}

/** A registered collection, with what its config says about it. */
export interface RegistryEntry extends RtesCollection {
  slug: CollectionSlug
  /** The name of its documents' type: OpenAPI schema, TypeScript interface, GraphQL type (`typescript.interface`). */
  schema: string
  /** Plural labels, per language. */
  labels: Record<string, string>
}

type AnyCollection = Pick<CollectionConfig | SanitizedCollectionConfig, 'slug' | 'custom' | 'typescript' | 'labels'>

/** The registered collections of a config (raw or sanitized), in the config's order. */
export function registryOf(config: { collections?: AnyCollection[] }): RegistryEntry[] {
  return (config.collections ?? []).flatMap((collection) => {
    const rtes = collection.custom?.rtes
    if (!rtes) return []
    const plural = collection.labels?.plural
    const labels = typeof plural === 'string' ? { fr: plural, en: plural } : ((plural as Record<string, string> | undefined) ?? {})
    const schema = collection.typescript?.interface
    if (!schema) throw new Error(`Collection "${collection.slug}": registered collections name their type (typescript.interface).`)
    return [{ ...rtes, slug: collection.slug as CollectionSlug, schema, labels }]
  })
}

/** Synced collections, in their sync order. */
export const syncedCollections = (config: { collections?: AnyCollection[] }): RegistryEntry[] =>
  registryOf(config)
    .filter((entry) => entry.sync)
    .sort((a, b) => a.sync!.order - b.sync!.order)

/** Collections with feeds, by slug. */
export const feedCollections = (config: {
  collections?: AnyCollection[]
}): Map<string, RegistryEntry & Required<Pick<RtesCollection, 'feed'>>> =>
  new Map(registryOf(config).flatMap((entry) => (entry.feed ? [[entry.slug, { ...entry, feed: entry.feed }] as const] : [])))

/** Collections newsletter issues pick items from, in section order, with the date each is news by. */
export const newsletterCollections = (config: {
  collections?: AnyCollection[]
}): Array<RegistryEntry & { newsletter: { order: number; date: string } }> =>
  registryOf(config)
    .flatMap((entry) =>
      entry.newsletter
        ? [{ ...entry, newsletter: { ...entry.newsletter, date: entry.newsletter.date ?? entry.feed?.date ?? 'createdAt' } }]
        : [],
    )
    .sort((a, b) => a.newsletter.order - b.newsletter.order)

/** Seeded collections, in the order they are loaded. */
export const seededCollections = (config: { collections?: AnyCollection[] }): RegistryEntry[] =>
  registryOf(config)
    .filter((entry) => entry.seed)
    .sort((a, b) => a.seed!.order - b.seed!.order)

/** Administration internals (`internal`) and Payload's own collections (`payload-*`). */
export const isInternalCollection = (collection: Pick<AnyCollection, 'slug' | 'custom'>): boolean =>
  collection.slug.startsWith('payload-') || collection.custom?.rtes?.internal === true

/**
 * Whether anonymous readers or partners may read (some) documents of the collection: not internals, not
 * accounts. Collections the plugin does not know (the host's) count as public, so caches follow them too.
 */
export const isPublicCollection = (collection: Pick<CollectionConfig | SanitizedCollectionConfig, 'slug' | 'custom' | 'auth'>): boolean =>
  !isInternalCollection(collection) && !collection.auth

/** The slugs of the public collections of a config. */
export const publicCollectionSlugs = (config: {
  collections: Pick<SanitizedCollectionConfig, 'slug' | 'custom' | 'auth'>[]
}): Set<string> => new Set(config.collections.filter(isPublicCollection).map(({ slug }) => slug))

/** Collections of the full-text search, in the config's order. */
export const searchedCollections = (config: {
  collections?: AnyCollection[]
}): Array<RegistryEntry & Required<Pick<RtesCollection, 'search'>>> =>
  registryOf(config).flatMap((entry) => (entry.search ? [{ ...entry, search: entry.search }] : []))

/** Collections open to member proposals, in the config's order. */
export const proposalCollections = (config: { collections?: AnyCollection[] }): RegistryEntry[] =>
  registryOf(config).filter((entry) => entry.proposals)
