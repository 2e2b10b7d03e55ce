import { createHash } from 'node:crypto'

import type { Request, Response, Router } from 'express'
import express from 'express'
import { Feed } from 'feed'
import type { CollectionSlug, FlattenedField, Payload, Where } from 'payload'

import { feedCollections, type RtesCollection } from '../plugin/registry'
import { collectionLink, documentLink } from '../utilities/documentLink'

/**
 * `GET /feeds/<collection>.rss|.atom|.json`: RSS 2.0, Atom 1.0 and JSON Feed 1.1 of the latest 50
 * published public documents of the collections with a feed (`custom.rtes.feed`: which date, which
 * summary), filtered by `?theme=<slug>&territory=<slug>` and the feed's own select filters (`?series=`
 * for fiches). Documents are read through the Local API with no user and `overrideAccess: false`, so the
 * same read access as anonymous REST/GraphQL decides what appears. Items link to the public website
 * (`PUBLIC_SITE_URL/<collection>/<slug>`). Dates, languages and attachments: see the README's Syndication.
 */

type FeedSettings = NonNullable<RtesCollection['feed']>
type Feeds = Map<string, { feed: FeedSettings }>

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
  fr: {
    description: (label: string) =>
      `${label} : les publications du Réseau des collectivités Territoriales pour une Économie Solidaire (RTES).`,
  },
  en: {
    description: (label: string) =>
      `${label} published by the RTES (French network of local authorities for a social and solidarity economy).`,
  },
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
  /** The public website, if any (PUBLIC_SITE_URL); without one, items link to the hub's API. */
  siteUrl: string | undefined
  /** Where this server answers (SERVER_URL): the feeds' own addresses. */
  serverUrl: string
}

export function feedsRouter(payload: Payload, { siteUrl, serverUrl }: FeedsOptions): Router {
  const router = express.Router()
  const feeds: Feeds = feedCollections(payload.config)
  router.get('/feeds/:file', async (req: Request, res: Response) => {
    try {
      const body = await renderFeed(payload, feeds, req, { siteUrl, serverUrl })
      const etag = `"${createHash('sha256').update(body.text).digest('base64url').slice(0, 32)}"`
      // Content-Language names every language the items are in (a translation missing falls back).
      res.set({
        'Cache-Control': CACHE_CONTROL,
        ETag: etag,
        'Access-Control-Allow-Origin': '*',
        'Content-Language': body.languages.join(', '),
      })
      if (matches(req.headers['if-none-match'], etag)) {
        res.status(304).end()
        return
      }
      res.type(FORMATS[body.format]).send(body.text)
    } catch (error) {
      if (error instanceof BadRequest) {
        res
          .status(error.status)
          .set('Cache-Control', 'no-store')
          .json({ errors: [{ message: error.message }] })
        return
      }
      payload.logger.error({ err: error, url: req.originalUrl }, 'feed failed')
      res
        .status(500)
        .set('Cache-Control', 'no-store')
        .json({ errors: [{ message: 'The feed could not be built.' }] })
    }
  })
  return router
}

/** `If-None-Match` holds one or more (possibly weak) tags, or `*`. */
export function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false
  return header.split(',').some((tag) => {
    const value = tag.trim().replace(/^W\//, '')
    return value === '*' || value === etag
  })
}

async function renderFeed(
  payload: Payload,
  feeds: Feeds,
  req: Request,
  { siteUrl, serverUrl }: FeedsOptions,
): Promise<{ format: Format; text: string; languages: string[] }> {
  const file = String(req.params.file)
  const dot = file.lastIndexOf('.')
  const slug = dot > 0 ? file.slice(0, dot) : file
  const format = dot > 0 ? file.slice(dot + 1) : ''
  const settings = feeds.get(slug)?.feed
  if (!settings) throw new BadRequest(404, `Unknown feed collection "${slug}". Feeds exist for: ${[...feeds.keys()].join(', ')}.`)
  if (!Object.hasOwn(FORMATS, format)) {
    throw new BadRequest(
      404,
      `Unknown feed format "${format}". Accepted: ${Object.keys(FORMATS)
        .map((f) => `.${f}`)
        .join(', ')}.`,
    )
  }
  const collection = slug as CollectionSlug
  const query = readQuery(req, collection, feeds)
  const locales = payload.config.localization ? payload.config.localization.localeCodes : ['fr']
  const locale = query.locale ?? 'fr'
  if (!locales.includes(locale)) throw new BadRequest(400, `Unknown locale "${locale}". Accepted: ${locales.join(', ')}.`)

  const filters: Where[] = []
  if (query.theme) filters.push({ themes: { in: [await taxonomyId(payload, 'themes', 'theme', query.theme)] } })
  if (query.territory) filters.push({ territories: { in: [await taxonomyId(payload, 'territories', 'territory', query.territory)] } })
  for (const name of settings.filters ?? []) {
    const value = query.filters[name]
    if (value === undefined) continue
    const accepted = optionsOf(payload.collections[collection].config.flattenedFields, name)
    if (!accepted.includes(value)) throw new BadRequest(400, `Unknown ${name} "${value}". Accepted: ${accepted.join(', ')}.`)
    filters.push({ [name]: { equals: value } })
  }

  const { summary, date } = settings
  const fields = payload.collections[collection].config.flattenedFields
  const has = (name: string) => fields.some((field) => field.name === name)
  // Newest first by the last publication or revision (`sortDate`, src/fields/dates.ts) where there is one.
  const sortField = has('sortDate') ? 'sortDate' : date
  const defaultLocale = locales[0] ?? 'fr'
  // Every language at once, so each item says which language its text is in (a translation left empty
  // falls back to another language; the item then says so instead of claiming the requested one).
  const { docs } = await payload.find({
    collection,
    where: filters.length ? { and: filters } : undefined,
    sort: [`-${sortField}`, '-createdAt'],
    limit: FEED_LIMIT,
    depth: 1,
    locale: 'all',
    draft: false,
    overrideAccess: false,
    select: {
      title: true,
      slug: true,
      [summary]: true,
      [date]: true,
      ...(has('revisedAt') ? { revisedAt: true } : {}),
      ...(has('datePrecision') ? { datePrecision: true } : {}),
      ...(has('documents') ? { documents: true } : {}),
      themes: true,
      updatedAt: true,
      createdAt: true,
    },
    pagination: false,
  })

  const config = payload.collections[collection].config
  const plural = config.labels.plural as Record<string, string>
  const label = plural[locale] ?? plural.fr ?? collection
  const self = `${serverUrl}${req.originalUrl}`
  const order = [locale, ...locales.filter((code) => code !== locale)]
  const localized = (name: string) => fields.some((field) => field.name === name && 'localized' in field && field.localized)
  const items = docs.map((doc) => {
    const record = doc as unknown as Record<string, unknown>
    const link = documentLink({ site: siteUrl, server: serverUrl, collection, id: record.id, slug: record.slug }) ?? self
    // The title's language is the item's: the requested one when written in it, else the first fallback.
    const title = inLocale(record.title, localized('title') ? order : [defaultLocale])
    const language = title?.locale ?? defaultLocale
    const text = inLocale(record[summary], localized(summary) ? [language, ...order] : [defaultLocale])
    const published = dateOf(record[date])
    const revised = dateOf(record.revisedAt)
    const themes = (Array.isArray(record.themes) ? record.themes : []).filter(
      (theme): theme is { title: unknown; slug: string } => typeof theme === 'object' && theme !== null,
    )
    return {
      title: title?.text ?? String(record.slug),
      id: link,
      link,
      language,
      published,
      revised,
      precision: typeof record.datePrecision === 'string' ? record.datePrecision : 'day',
      updatedAt: new Date(String(record.updatedAt)),
      description: text?.text,
      category: themes.map((theme) => ({ name: inLocale(theme.title, order)?.text ?? theme.slug, term: theme.slug })),
      attachments: attachmentsOf(record.documents, record.title, serverUrl, order),
    }
  })
  // The feed's date is its latest change, never "now": the same content gives the same bytes (ETag).
  const updated = new Date(Math.max(0, ...items.map((item) => item.updatedAt.getTime())))
  const languages = [...new Set([locale, ...items.map((item) => item.language)])]
  const feed = new Feed({
    id: self,
    title: `RTES · ${label}`,
    description: TEXT[locale as 'fr' | 'en']?.description(label) ?? TEXT.fr.description(label),
    link: collectionLink(siteUrl, serverUrl, collection),
    language: locale,
    updated,
    generator: 'RTES content hub',
    copyright: 'RTES',
    author: { name: 'RTES', link: siteUrl ?? serverUrl },
    feedLinks: { [format]: self },
  })
  for (const item of items) {
    const file = item.attachments.find((attachment) => attachment.size_in_bytes !== undefined)
    feed.addItem({
      title: item.title,
      id: item.id,
      link: item.link,
      description: item.description,
      category: item.category,
      // Atom's <updated> is required: the revision, else the publication, else the record's last change.
      // RSS's pubDate is the publication only: an undated document (unknown date) gets none.
      date: (format === 'atom' ? (item.revised ?? item.published ?? item.updatedAt) : item.published) as Date,
      published: item.published,
      ...(file ? { enclosure: { url: file.url, type: file.mime_type, length: file.size_in_bytes } } : {}),
    })
  }

  const text =
    format === 'rss'
      ? feed.rss2()
      : format === 'atom'
        ? atomLanguages(
            feed.atom1(),
            locale,
            items.map((item) => item.language),
          )
        : jsonFeed(feed, items, locale)
  return { format: format as Format, text, languages }
}

interface FeedQuery {
  theme?: string
  territory?: string
  locale?: string
  /** The feeds' own select filters (`series`…). */
  filters: Record<string, string>
}

/** Each filter once, as a string: `?theme=a&theme=b` is refused rather than half-applied. */
function readQuery(req: Request, collection: string, feeds: Feeds): FeedQuery {
  const text = (name: string): string | undefined => {
    const value = req.query[name]
    if (value === undefined) return undefined
    if (typeof value !== 'string' || !value.trim()) throw new BadRequest(400, `Give "${name}" once, as a non-empty value.`)
    return value.trim()
  }
  const query: FeedQuery = { theme: text('theme'), territory: text('territory'), locale: text('locale'), filters: {} }
  const own = feeds.get(collection)?.feed.filters ?? []
  for (const name of new Set([...feeds.values()].flatMap(({ feed }) => feed.filters ?? []))) {
    const value = text(name)
    if (value === undefined) continue
    if (!own.includes(name)) {
      const owners = [...feeds].filter(([, { feed }]) => feed.filters?.includes(name)).map(([slug]) => slug)
      throw new BadRequest(400, `"${name}" filters the ${owners.join(' and ')} feed${owners.length > 1 ? 's' : ''} only.`)
    }
    query.filters[name] = value
  }
  return query
}

/** The values of the select field `name`. */
function optionsOf(fields: FlattenedField[], name: string): string[] {
  const field = fields.find((candidate) => candidate.name === name)
  if (field?.type !== 'select') return []
  return field.options.map((option) => (typeof option === 'string' ? option : option.value))
}

async function taxonomyId(payload: Payload, collection: 'themes' | 'territories', name: string, slug: string): Promise<string> {
  const { docs } = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    overrideAccess: false,
    select: {},
  })
  if (docs[0]) return String(docs[0].id)
  const { docs: examples } = await payload.find({
    collection,
    limit: 5,
    depth: 0,
    overrideAccess: false,
    select: { slug: true },
    sort: 'slug',
  })
  const some = examples.map((doc) => `"${doc.slug}"`).join(', ')
  throw new BadRequest(
    400,
    `Unknown ${name} "${slug}": use the slug of one of the ${collection} listed at /api/${collection}${some ? ` (e.g. ${some})` : ''}.`,
  )
}

/**
 * The `feed` library writes JSON Feed 1.0; 1.1 renames `author` to `authors` and adds `language`.
 * Our summaries are plain text, so they go in `content_text` rather than `content_html`.
 */
export function jsonFeed11(json: string, language: string): string {
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

/** A non-empty string, or undefined (never the text "undefined" or "null" in a feed). */
function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined
}

/** The text of a field read with `locale: 'all'` (`{ fr, en }`, or a plain value), in the first language of `order` that has one. */
export function inLocale(value: unknown, order: string[]): { text: string; locale: string } | undefined {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const locale of order) {
      const text = textOf((value as Record<string, unknown>)[locale])
      if (text) return { text, locale }
    }
    return undefined
  }
  const text = textOf(value)
  return text ? { text, locale: order[0] } : undefined
}

function dateOf(value: unknown): Date | undefined {
  if (typeof value !== 'string' || !value) return undefined
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date
}

interface Attachment {
  url: string
  mime_type: string
  title?: string
  size_in_bytes?: number
}

/** JSON Feed attachments of a document's `documents` (uploaded files the reader may see, external URLs). */
function attachmentsOf(documents: unknown, _title: unknown, serverUrl: string, order: string[]): Attachment[] {
  if (!Array.isArray(documents)) return []
  return documents.flatMap((entry): Attachment[] => {
    const document = entry as { label?: unknown; kind?: string; file?: unknown; url?: unknown }
    const title = inLocale(document.label, order)?.text
    const file = document.file as { url?: unknown; mimeType?: unknown; filesize?: unknown } | null | undefined
    if (file && typeof file === 'object' && typeof file.url === 'string') {
      const url = /^https?:/.test(file.url) ? file.url : `${serverUrl}${file.url}`
      return [
        {
          url,
          mime_type: String(file.mimeType ?? 'application/octet-stream'),
          title,
          ...(typeof file.filesize === 'number' ? { size_in_bytes: file.filesize } : {}),
        },
      ]
    }
    if (typeof document.url === 'string' && document.url) {
      const mime = /\.pdf(?:$|[?#])/i.test(document.url) ? 'application/pdf' : 'text/html'
      return [{ url: document.url, mime_type: mime, title }]
    }
    return []
  })
}

/** Atom: `xml:lang` on the feed, and on each entry written in another language than the feed's. */
export function atomLanguages(xml: string, locale: string, itemLanguages: string[]): string {
  let index = 0
  return xml
    .replace('<feed xmlns="http://www.w3.org/2005/Atom">', `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`)
    .replace(/<entry>/g, () => {
      const language = itemLanguages[index++]
      return language && language !== locale ? `<entry xml:lang="${language}">` : '<entry>'
    })
}

interface JsonItem {
  id: string
  link: string
  title: string
  language: string
  published?: Date
  revised?: Date
  precision: string
  description?: string
  category: { name: string; term: string }[]
  attachments: Attachment[]
}

/**
 * JSON Feed 1.1 from the library's 1.0 output: `date_published` is the first publication and
 * `date_modified` the revision (neither for an undated document), each item's `language` when it is not
 * the feed's (a fallback), and the documents as `attachments`. A publication date known only to the
 * month or year says so in the `_rtes` extension (`date_precision`), so readers need not show a made-up day.
 */
function jsonFeed(feed: Feed, items: JsonItem[], language: string): string {
  const out = JSON.parse(jsonFeed11(feed.json1(), language)) as Record<string, unknown> & { items: Record<string, unknown>[] }
  out.items = out.items.map(({ date_published: _published, date_modified: _modified, ...item }, index) => {
    const source = items[index]
    return {
      ...item,
      ...(source.published ? { date_published: source.published.toISOString() } : {}),
      ...(source.revised ? { date_modified: source.revised.toISOString() } : {}),
      ...(source.language !== language ? { language: source.language } : {}),
      ...(source.attachments.length ? { attachments: source.attachments } : {}),
      ...(source.precision !== 'day' ? { _rtes: { date_precision: source.precision } } : {}),
    }
  })
  return `${JSON.stringify(out, null, 2)}\n`
}
