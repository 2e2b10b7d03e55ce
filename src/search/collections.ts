/**
 * The collections partners search, and which fields feed the index: `title` weighs most, then the other
 * texts (summaries, rich-text bodies, the "Déniché pour vous" sections…). Dotted names reach into groups.
 */
export const SEARCHED_COLLECTIONS = {
  fiches: { text: ['summary', 'body', 'deniche.origin', 'deniche.financing', 'deniche.localAuthoritiesRole'] },
  kits: { text: ['summary'] },
  'press-articles': { text: ['excerpt', 'outlet', 'author'] },
  'advocacy-contributions': { text: ['context', 'body', 'outcome'] },
} as const

export type SearchedCollection = keyof typeof SEARCHED_COLLECTIONS

export const SEARCHED_SLUGS = Object.keys(SEARCHED_COLLECTIONS) as SearchedCollection[]

export const isSearchedCollection = (slug: string): slug is SearchedCollection => slug in SEARCHED_COLLECTIONS
