// Generated from the collection registry (`custom.rtes` of each collection, src/plugin/registry.ts).
// Do not edit: run `npm run generate` (or `npm run generate -- --only=sdk-collections`).
/**
 * The one table of the collections partners read: SDK name → API slug → schema name (the OpenAPI
 * component, also the TypeScript interface). Every resource (`client.fiches`, `client.media`…), every
 * collection type (`DocumentOf<'fiches'>`, `WhereOf<'kits'>`…) and the named document types below are
 * derived from it.
 */
import type { components } from './schema.js'

export const COLLECTIONS = {
  fiches: { slug: 'fiches', schema: 'Fiche' },
  kits: { slug: 'kits', schema: 'Kit' },
  pressArticles: { slug: 'press-articles', schema: 'PressArticle' },
  partners: { slug: 'partners', schema: 'Partner' },
  advocacyContributions: { slug: 'advocacy-contributions', schema: 'AdvocacyContribution' },
  events: { slug: 'events', schema: 'Event' },
  themes: { slug: 'themes', schema: 'Theme' },
  territories: { slug: 'territories', schema: 'Territory' },
  people: { slug: 'people', schema: 'Person' },
  news: { slug: 'news', schema: 'NewsItem' },
  interviews: { slug: 'interviews', schema: 'Interview' },
  newsletters: { slug: 'newsletters', schema: 'Newsletter' },
  media: { slug: 'media', schema: 'Media' },
} as const

export type CollectionTable = typeof COLLECTIONS
/** An SDK resource name: `fiches`, `pressArticles`, `media`… */
export type CollectionName = keyof CollectionTable
/** An API slug: `fiches`, `press-articles`, `media`… */
export type CollectionSlug = CollectionTable[CollectionName]['slug']
/** The SDK name of a slug (`'press-articles'` → `'pressArticles'`). */
export type NameOf<Slug extends CollectionSlug> = {
  [Name in CollectionName]: CollectionTable[Name]['slug'] extends Slug ? Name : never
}[CollectionName]
/** The schema name of a slug (`'press-articles'` → `'PressArticle'`). */
export type SchemaNameOf<Slug extends CollectionSlug> = CollectionTable[NameOf<Slug>]['schema']

type Schemas = components['schemas']
/** The component schema called `Name` (e.g. `SchemaOf<'Fiche'>`), or `never` when there is none. */
export type SchemaOf<Name extends string> = Name extends keyof Schemas ? Schemas[Name] : never
/** The document type of a collection, as the API returns it at its default depth (`DocumentOf<'fiches'>`). */
export type DocumentOf<Slug extends CollectionSlug> = SchemaOf<SchemaNameOf<Slug>>

// Document types, by the names partners know.
export type Fiche = DocumentOf<'fiches'>
export type Kit = DocumentOf<'kits'>
export type PressArticle = DocumentOf<'press-articles'>
export type Partner = DocumentOf<'partners'>
export type AdvocacyContribution = DocumentOf<'advocacy-contributions'>
export type Event = DocumentOf<'events'>
export type Theme = DocumentOf<'themes'>
export type Territory = DocumentOf<'territories'>
export type Person = DocumentOf<'people'>
export type NewsItem = DocumentOf<'news'>
export type Interview = DocumentOf<'interviews'>
export type Newsletter = DocumentOf<'newsletters'>
export type Media = DocumentOf<'media'>
