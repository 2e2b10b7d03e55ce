/**
 * Rich text rendered as HTML for partners who have no Lexical runtime: Payload's own converters
 * (`@payloadcms/richtext-lexical/html-async`), applied to the tree the reader may see (the same pruning
 * as the JSON, src/access/relations.ts), with internal links and embedded documents pointing at the
 * public site (`<publicSiteUrl>/<collection>/<slug>`, the plugin's option; without one, the document on the
 * hub's API), images as `<picture>` with the AVIF and WebP sizes
 * (src/collections/Media/images.ts), and the result passed through an allow-list sanitiser.
 */
import { getPayloadPopulateFn } from '@payloadcms/richtext-lexical'
import {
  convertLexicalToHTMLAsync,
  defaultHTMLConvertersAsync,
  type HTMLConverterAsync,
  type HTMLConvertersAsync,
  LinkHTMLConverterAsync,
} from '@payloadcms/richtext-lexical/html-async'
import type { PayloadRequest } from 'payload'
import sanitizeHtml from 'sanitize-html'

import { pruneUnreadableNodes } from '../access/relations'
import { settingsOf } from '../plugin/options'
import { documentLink } from '../utilities/documentLink'

type Populate = NonNullable<Parameters<Extract<HTMLConverterAsync, (...args: never[]) => unknown>>[0]['populate']>

/** What links and embeds need of a related document: its address and its name. */
const LINKED = { slug: true, title: true, name: true, url: true, filename: true } as const
/** The public website (if any) and the hub, for links to documents (src/utilities/documentLink.ts). */
interface Sites {
  site: string | undefined
  server: string
}
/** What an image needs. */
const IMAGE = { url: true, alt: true, filename: true, mimeType: true, width: true, height: true, sizes: true, srcsets: true } as const

interface Linked {
  id?: string | number
  slug?: string | null
  title?: string | null
  name?: string | null
  url?: string | null
  filename?: string | null
}

interface Image extends Linked {
  alt?: string | null
  mimeType?: string | null
  width?: number | null
  height?: number | null
  srcsets?: Record<string, Record<string, string | null>> | null
}

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

/** The public page of a document on the site at `site` (an uploaded file: the file itself). */
function publicHref({ site, server }: Sites, collection: string, doc: Linked): string | undefined {
  if (doc.url && doc.filename) return doc.url
  return documentLink({ site, server, collection, id: doc.id, slug: doc.slug })
}

async function related(value: unknown, collection: string, populate: Populate | undefined, select: Record<string, true>) {
  if (value !== null && typeof value === 'object') return value as Image
  if ((typeof value !== 'string' && typeof value !== 'number') || !populate) return undefined
  return (await populate<Image>({ id: value, collectionSlug: collection, select })) ?? undefined
}

/** The converters, for links to the public site at `site`. */
const convertersFor = (sites: Sites): HTMLConvertersAsync => ({
  ...defaultHTMLConvertersAsync,
  ...LinkHTMLConverterAsync({
    internalDocToHref: async ({ linkNode, populate }) => {
      const target = linkNode.fields.doc
      const doc = target ? await related(target.value, target.relationTo, populate, LINKED) : undefined
      return (doc && target && publicHref(sites, target.relationTo, doc)) || '#'
    },
  }),
  // An embedded document: a link to its public page.
  relationship: async ({ node, populate }) => {
    const { relationTo, value } = node as { relationTo: string; value: unknown }
    const doc = await related(value, relationTo, populate, LINKED)
    const href = doc && publicHref(sites, relationTo, doc)
    return href ? `<p><a href="${escape(href)}">${escape(doc.title || doc.name || doc.slug || href)}</a></p>` : ''
  },
  // An image: its AVIF and WebP sizes as sources; another file: a link to it.
  upload: async ({ node, populate }) => {
    const { relationTo, value, fields } = node as { relationTo: string; value: unknown; fields?: { alt?: string } | null }
    const doc = await related(value, relationTo, populate, IMAGE)
    if (!doc?.url) return ''
    if (!doc.mimeType?.startsWith('image/')) return `<a href="${escape(doc.url)}">${escape(doc.filename ?? doc.url)}</a>`
    const sources = Object.entries(doc.srcsets?.hero ?? {})
      .filter((entry): entry is [string, string] => Boolean(entry[1]))
      .map(([format, srcset]) => `<source type="image/${format}" srcset="${escape(srcset)}" sizes="100vw">`)
    const size = doc.width && doc.height ? ` width="${doc.width}" height="${doc.height}"` : ''
    return `<picture>${sources.join('')}<img src="${escape(doc.url)}" alt="${escape(fields?.alt || doc.alt || '')}"${size} loading="lazy"></picture>`
  },
  // Node types without a converter (e.g. blocks added to the editor later) are left out, not shown as "unknown node".
  unknown: () => '',
})

/** What the converters may produce, and nothing else (attributes, styles and URL schemes included). */
const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'blockquote',
    'ul',
    'ol',
    'li',
    'hr',
    'br',
    'span',
    'strong',
    'em',
    'code',
    'sub',
    'sup',
    'a',
    'picture',
    'source',
    'img',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: {
    '*': ['style'],
    a: ['href', 'rel', 'target'],
    ol: ['start'],
    li: ['value', 'role', 'aria-checked', 'tabindex'],
    img: ['src', 'alt', 'width', 'height', 'loading'],
    source: ['type', 'srcset', 'sizes'],
    td: ['colspan', 'rowspan'],
    th: ['colspan', 'rowspan'],
  },
  allowedStyles: {
    '*': {
      'text-align': [/^(left|right|center|justify)$/],
      'padding-inline-start': [/^\d+px$/],
      'text-decoration': [/^(underline|line-through)$/],
    },
  },
  selfClosing: [...sanitizeHtml.defaults.selfClosing, 'source'],
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesAppliedToAttributes: ['href', 'src', 'srcset'],
  allowProtocolRelative: false,
}

/**
 * The HTML of a rich-text value as `req`'s user may see it: unreadable embeds and links are pruned
 * first (in place, as the JSON field's own hook does), related documents are read with the user's access.
 * Null for an empty value or one that is not a single Lexical tree (e.g. `locale=all`).
 */
export async function renderRichText(value: unknown, req: PayloadRequest): Promise<string | null> {
  if (value === null || typeof value !== 'object' || !('root' in value)) return null
  await pruneUnreadableNodes(value, req)
  const populate = await getPayloadPopulateFn({ currentDepth: 0, depth: 1, draft: false, overrideAccess: false, req })
  const converters = convertersFor({
    site: settingsOf(req.payload.config).publicSiteUrl || undefined,
    server: req.payload.config.serverURL,
  })
  const html = await convertLexicalToHTMLAsync({ data: value as never, converters, populate, disableContainer: true })
  return sanitizeHtml(html, SANITIZE)
}
