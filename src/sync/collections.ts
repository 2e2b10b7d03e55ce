/**
 * The collections partners can mirror (delta sync) and follow (webhooks): the public content
 * collections, in the order a snapshot walks them.
 */
export const SYNCED_COLLECTIONS = [
  'fiches',
  'kits',
  'press-articles',
  'partners',
  'advocacy-contributions',
  'events',
  'themes',
  'territories',
] as const

export type SyncedCollection = (typeof SYNCED_COLLECTIONS)[number]

export const isSyncedCollection = (slug: string): slug is SyncedCollection =>
  (SYNCED_COLLECTIONS as readonly string[]).includes(slug)

export const SYNCED_COLLECTION_LABELS: Record<SyncedCollection, { fr: string; en: string }> = {
  fiches: { fr: 'Fiches', en: 'Fiches' },
  kits: { fr: 'Kits', en: 'Kits' },
  'press-articles': { fr: 'Revue de presse', en: 'Press articles' },
  partners: { fr: 'Partenaires', en: 'Partners' },
  'advocacy-contributions': { fr: 'Plaidoyers', en: 'Advocacy contributions' },
  events: { fr: 'Agenda', en: 'Events' },
  themes: { fr: 'Thématiques', en: 'Themes' },
  territories: { fr: 'Territoires', en: 'Territories' },
}

/** The OpenAPI schema (TypeScript interface) name of each synced collection's documents. */
export const SYNCED_COLLECTION_SCHEMAS: Record<SyncedCollection, string> = {
  fiches: 'Fiche',
  kits: 'Kit',
  'press-articles': 'PressArticle',
  partners: 'Partner',
  'advocacy-contributions': 'AdvocacyContribution',
  events: 'Event',
  themes: 'Theme',
  territories: 'Territory',
}
