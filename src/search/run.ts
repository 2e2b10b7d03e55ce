/**
 * Answering `GET /api/search`: candidates from the index (best first, at most MAX_CANDIDATES), then the
 * caller's access and the filters applied by reading those ids from each collection as the caller (so a
 * draft or members-only document never appears, nor counts, for someone who may not read it), then one
 * page of documents, read as the caller at depth 0.
 */
import { APIError, type CollectionSlug, type PayloadRequest, type Where } from 'payload'

import { type SearchedCollection, searchedSlugs } from './collections'
import { searchStore } from './store'
import { MAX_QUERY_LENGTH, queryTerms } from './text'

/** The ranked matches considered per search: results past this rank are not found (README "Search"). */
export const MAX_CANDIDATES = 1_000
export const DEFAULT_LIMIT = 10
export const MAX_LIMIT = 50

/** A 400 whose message reaches the caller. */
export class SearchRequestError extends APIError {
  constructor(message: string) {
    super(message, 400, undefined, true)
    this.name = 'SearchRequestError'
  }
}

export interface SearchParameters {
  q?: string
  collections?: string
  theme?: string
  territory?: string
  locale?: string
  limit?: string
  page?: string
}

export interface SearchResult {
  collection: SearchedCollection
  id: string
  score: number
  doc: Record<string, unknown>
}

export interface SearchAnswer {
  results: SearchResult[]
  totalResults: number
  page: number
  limit: number
  totalPages: number
  hasNextPage: boolean
}

function integer(value: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback
  const number = Number(value)
  if (!/^\d+$/.test(value) || number < min || number > max)
    throw new SearchRequestError(`\`${name}\` must be an integer from ${min} to ${max}.`)
  return number
}

/** The id of the document of `collection` with this slug, or a 400 naming the parameter. */
async function idBySlug(req: PayloadRequest, collection: CollectionSlug, slug: string, name: string): Promise<string> {
  const { docs } = await req.payload.find({
    collection,
    where: { slug: { equals: slug } },
    depth: 0,
    limit: 1,
    pagination: false,
    select: {},
    req,
  })
  if (!docs[0]) throw new SearchRequestError(`\`${name}\`: no ${collection} has the slug "${slug}".`)
  return String(docs[0].id)
}

/** A territory and every territory under it (départements and communes of a région, …). */
async function withDescendants(req: PayloadRequest, id: string): Promise<string[]> {
  const all = new Set([id])
  let level = [id]
  while (level.length) {
    const { docs } = await req.payload.find({
      collection: 'territories',
      where: { parent: { in: level } },
      depth: 0,
      limit: 1_000,
      pagination: false,
      select: {},
      req,
    })
    level = docs.map((doc) => String(doc.id)).filter((child) => !all.has(child))
    for (const child of level) all.add(child)
  }
  return [...all]
}

export async function runSearch(req: PayloadRequest, parameters: SearchParameters): Promise<SearchAnswer> {
  const q = parameters.q?.trim() ?? ''
  if (q.length > MAX_QUERY_LENGTH) throw new SearchRequestError(`\`q\` is longer than ${MAX_QUERY_LENGTH} characters.`)
  const terms = queryTerms(q)
  if (!terms.length) throw new SearchRequestError('`q` must contain at least one word.')
  const searchable: string[] = searchedSlugs(req.payload.config)
  const collections = parameters.collections ? [...new Set(parameters.collections.split(',').map((slug) => slug.trim()))] : searchable
  const unknown = collections.filter((slug) => !searchable.includes(slug))
  if (unknown.length)
    throw new SearchRequestError(`\`collections\`: ${unknown.join(', ')} cannot be searched (searchable: ${searchable.join(', ')}).`)
  const locales = req.payload.config.localization ? req.payload.config.localization.localeCodes : ['fr']
  const locale = parameters.locale ?? (req.payload.config.localization ? req.payload.config.localization.defaultLocale : 'fr')
  if (!locales.includes(locale)) throw new SearchRequestError(`\`locale\` must be one of ${locales.join(', ')}.`)
  const limit = integer(parameters.limit, 'limit', DEFAULT_LIMIT, 1, MAX_LIMIT)
  const page = integer(parameters.page, 'page', 1, 1, Math.ceil(MAX_CANDIDATES / limit))

  const filters: Where[] = []
  if (parameters.theme) filters.push({ themes: { in: [await idBySlug(req, 'themes', parameters.theme, 'theme')] } })
  if (parameters.territory) {
    filters.push({ territories: { in: await withDescendants(req, await idBySlug(req, 'territories', parameters.territory, 'territory')) } })
  }

  const candidates = await searchStore(req.payload).candidates(req, {
    terms,
    locale,
    collections: collections as SearchedCollection[],
    max: MAX_CANDIDATES,
  })

  // What the caller may read among the candidates, with the filters: one query per collection.
  const readable = new Set<string>()
  for (const slug of new Set(candidates.map((candidate) => candidate.collection))) {
    const ids = candidates.filter((candidate) => candidate.collection === slug).map((candidate) => candidate.document)
    const { docs } = await req.payload.find({
      collection: slug,
      where: { and: [{ id: { in: ids } }, ...filters] },
      depth: 0,
      limit: ids.length,
      pagination: false,
      overrideAccess: false,
      select: {},
      req,
    })
    for (const doc of docs) readable.add(`${slug}:${doc.id}`)
  }
  const ranked = candidates.filter((candidate) => readable.has(`${candidate.collection}:${candidate.document}`))
  const slice = ranked.slice((page - 1) * limit, page * limit)

  // The page's documents, as the caller reads them (depth 0, in the requested language).
  const docs = new Map<string, Record<string, unknown>>()
  for (const slug of new Set(slice.map((candidate) => candidate.collection))) {
    const ids = slice.filter((candidate) => candidate.collection === slug).map((candidate) => candidate.document)
    const found = await req.payload.find({
      collection: slug,
      where: { id: { in: ids } },
      depth: 0,
      limit: ids.length,
      pagination: false,
      locale: locale as 'fr',
      overrideAccess: false,
      req,
    })
    for (const doc of found.docs) docs.set(`${slug}:${doc.id}`, doc as unknown as Record<string, unknown>)
  }
  const results = slice.flatMap((candidate): SearchResult[] => {
    const doc = docs.get(`${candidate.collection}:${candidate.document}`)
    return doc ? [{ collection: candidate.collection, id: candidate.document, score: Math.round(candidate.score * 1000) / 1000, doc }] : []
  })
  const totalPages = Math.ceil(ranked.length / limit)
  return { results, totalResults: ranked.length, page, limit, totalPages, hasNextPage: page < totalPages }
}
