import { createHash } from 'node:crypto'

import type { Request, Response, Router } from 'express'
import express from 'express'
import { Feed } from 'feed'
import type { CollectionSlug, Payload, Where } from 'payload'

import { SERIES_LABELS } from '../collections/Fiches/validateNumber'

/**
 * `GET /feeds/<collection>.rss|.atom|.json`: RSS 2.0, Atom 1.0 and JSON Feed 1.1 of the latest 50
 * published public documents, filtered by `?theme=<slug>&territory=<slug>` (and `?series=` for fiches).
 * Documents are read through the Local API with no user and `overrideAccess: false`, so the same read
 * access as anonymous REST/GraphQL decides what appears. Items link to the public website
 * (`PUBLIC_SITE_URL/<collection>/<slug>`).
 */

/** Per collection: the field an item's summary comes from, and the date it is sorted and dated by. */
const FEEDS = {
  fiches: { summary: 'summary', date: 'firstPublishedAt' },
  kits: { summary: 'summary', date: 'firstPublishedAt' },
  'press-articles': { summary: 'excerpt', date: 'date' },
  events: { summary: 'description', date: 'start' },
  'advocacy-contributions': { summary: 'context', date: 'date' },
} as const satisfies Partial<Record<CollectionSlug, { summary: string; date: string }>>
type FeedSlug = keyof typeof FEEDS

const FORMATS = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
} as const
type Format = keyof typeof FORMATS

export const FEED_LIMIT = 50
const CACHE_CONTROL = 'public, max-age=300'

const TEXT = {
  // Labels differ in gender ("Fiches", "Kits", "Agenda"…): a phrasing that agrees with all of them.
  fr: { description: (label: string) => `${label} : les publications du Réseau des collectivités Territoriales pour une Économie Solidaire (RTES).` },
  en: { description: (label: string) => `${label} published by the RTES (French network of local authorities for a social and solidarity economy).` },
}

class BadRequest extends Error {
  constructor(
    readonly status: 400 | 404,
    message: string,
  ) {
    super(message)
  }
}

interface FeedsOptions {
  /** Public website the items link to (PUBLIC_SITE_URL). */
  siteUrl: string
  /** Where this server answers (SERVER_URL): the feeds' own addresses. */
  serverUrl: string
}

export function feedsRouter(payload: Payload, { siteUrl, serverUrl }: FeedsOptions): Router {
  const router = express.Router()
  router.get('/feeds/:file', async (req: Request, res: Response) => {
    try {
      const body = await renderFeed(payload, req, { siteUrl, serverUrl })
      const etag = `"${createHash('sha256').update(body.text).digest('base64url').slice(0, 32)}"`
      res.set({ 'Cache-Control': CACHE_CONTROL, ETag: etag, 'Access-Control-Allow-Origin': '*' })
      if (matches(req.headers['if-none-match'], etag)) {
        res.status(304).end()
        return
      }
      res.type(FORMATS[body.format]).send(body.text)
    } catch (error) {
      if (error instanceof BadRequest) {
        res.status(error.status).set('Cache-Control', 'no-store').json({ errors: [{ message: error.message }] })
        return
      }
      payload.logger.error({ err: error, url: req.originalUrl }, 'feed failed')
      res.status(500).set('Cache-Control', 'no-store').json({ errors: [{ message: 'The feed could not be built.' }] })
    }
  })
  return router
}

/** `If-None-Match` holds one or more (possibly weak) tags, or `*`. */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false
  return header.split(',').some((tag) => {
    const value = tag.trim().replace(/^W\//, '')
    return value === '*' || value === etag
  })
}

async function renderFeed(
  payload: Payload,
  req: Request,
  { siteUrl, serverUrl }: FeedsOptions,
): Promise<{ format: Format; text: string }> {
  const file = String(req.params.file)
  const dot = file.lastIndexOf('.')
  const slug = dot > 0 ? file.slice(0, dot) : file
  const format = dot > 0 ? file.slice(dot + 1) : ''
  if (!Object.hasOwn(FEEDS, slug)) {
    throw new BadRequest(404, `Unknown feed collection "${slug}". Feeds exist for: ${Object.keys(FEEDS).join(', ')}.`)
  }
  if (!Object.hasOwn(FORMATS, format)) {
    throw new BadRequest(404, `Unknown feed format "${format}". Accepted: ${Object.keys(FORMATS).map((f) => `.${f}`).join(', ')}.`)
  }
  const collection = slug as FeedSlug
  const query = readQuery(req, collection)
  const locales = payload.config.localization ? payload.config.localization.localeCodes : ['fr']
  const locale = query.locale ?? 'fr'
  if (!locales.includes(locale)) throw new BadRequest(400, `Unknown locale "${locale}". Accepted: ${locales.join(', ')}.`)

  const filters: Where[] = []
  if (query.theme) filters.push({ themes: { in: [await taxonomyId(payload, 'themes', 'theme', query.theme)] } })
  if (query.territory) filters.push({ territories: { in: [await taxonomyId(payload, 'territories', 'territory', query.territory)] } })
  if (query.series) {
    if (!Object.hasOwn(SERIES_LABELS, query.series)) {
      throw new BadRequest(400, `Unknown series "${query.series}". Accepted: ${Object.keys(SERIES_LABELS).join(', ')}.`)
    }
    filters.push({ series: { equals: query.series } })
  }

  const { summary, date } = FEEDS[collection]
  // No user and overrideAccess: false: the collection's read access (published and public) applies.
  const { docs } = await payload.find({
    collection,
    where: filters.length ? { and: filters } : undefined,
    sort: [`-${date}`, '-createdAt'],
    limit: FEED_LIMIT,
    depth: 1,
    locale: locale as 'fr',
    draft: false,
    overrideAccess: false,
    select: { title: true, slug: true, [summary]: true, [date]: true, themes: true, updatedAt: true, createdAt: true },
    pagination: false,
  })

  const config = payload.collections[collection].config
  const plural = config.labels.plural as Record<string, string>
  const label = plural[locale] ?? plural.fr ?? collection
  const self = `${serverUrl}${req.originalUrl}`
  const items = docs.map((doc) => {
    const record = doc as unknown as Record<string, unknown>
    const link = `${siteUrl}/${collection}/${String(record.slug)}`
    const dated = new Date(String(record[date] ?? record.createdAt))
    const themes = (Array.isArray(record.themes) ? record.themes : []).filter(
      (theme): theme is { title: string; slug: string } => typeof theme === 'object' && theme !== null,
    )
    return {
      title: String(record.title),
      id: link,
      link,
      date: dated,
      updatedAt: new Date(String(record.updatedAt)),
      description: typeof record[summary] === 'string' && record[summary] ? String(record[summary]) : undefined,
      category: themes.map((theme) => ({ name: theme.title, term: theme.slug })),
    }
  })
  // The feed's date is its latest change, never "now": the same content gives the same bytes (ETag).
  const updated = new Date(Math.max(0, ...items.map((item) => item.updatedAt.getTime())))
  const feed = new Feed({
    id: self,
    title: `RTES · ${label}`,
    description: TEXT[locale as 'fr' | 'en']?.description(label) ?? TEXT.fr.description(label),
    link: `${siteUrl}/${collection}`,
    language: locale,
    updated,
    generator: 'RTES content hub',
    copyright: 'RTES',
    author: { name: 'RTES', link: siteUrl },
    feedLinks: { [format]: self },
  })
  for (const { updatedAt: _updatedAt, ...item } of items) feed.addItem(item)

  const text = format === 'rss' ? feed.rss2() : format === 'atom' ? feed.atom1() : jsonFeed11(feed.json1(), locale)
  return { format: format as Format, text }
}

/** Each filter once, as a string: `?theme=a&theme=b` is refused rather than half-applied. */
function readQuery(req: Request, collection: FeedSlug): Partial<Record<'theme' | 'territory' | 'series' | 'locale', string>> {
  const out: Partial<Record<'theme' | 'territory' | 'series' | 'locale', string>> = {}
  for (const name of ['theme', 'territory', 'series', 'locale'] as const) {
    const value = req.query[name]
    if (value === undefined) continue
    if (typeof value !== 'string' || !value.trim()) throw new BadRequest(400, `Give "${name}" once, as a non-empty value.`)
    out[name] = value.trim()
  }
  if (out.series && collection !== 'fiches') throw new BadRequest(400, `"series" filters the fiches feed only.`)
  return out
}

async function taxonomyId(payload: Payload, collection: 'themes' | 'territories', name: string, slug: string): Promise<string> {
  const { docs } = await payload.find({ collection, where: { slug: { equals: slug } }, limit: 1, depth: 0, overrideAccess: false, select: {} })
  if (docs[0]) return String(docs[0].id)
  const { docs: examples } = await payload.find({ collection, limit: 5, depth: 0, overrideAccess: false, select: { slug: true }, sort: 'slug' })
  const some = examples.map((doc) => `"${doc.slug}"`).join(', ')
  throw new BadRequest(400, `Unknown ${name} "${slug}": use the slug of one of the ${collection} listed at /api/${collection}${some ? ` (e.g. ${some})` : ''}.`)
}

/**
 * The `feed` library writes JSON Feed 1.0; 1.1 renames `author` to `authors` and adds `language`.
 * Our summaries are plain text, so they go in `content_text` rather than `content_html`.
 */
function jsonFeed11(json: string, language: string): string {
  const feed = JSON.parse(json) as Record<string, unknown> & { items: Record<string, unknown>[] }
  feed.version = 'https://jsonfeed.org/version/1.1'
  const { author, items, ...rest } = feed
  const out = {
    ...rest,
    language,
    ...(author ? { authors: [author] } : {}),
    items: items.map(({ content_html: content, summary: _summary, ...item }) => ({ ...item, content_text: content ?? '' })),
  }
  return `${JSON.stringify(out, null, 2)}\n`
}
