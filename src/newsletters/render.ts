/**
 * A newsletter issue as email-ready HTML (MJML: tables and inline styles that common mail clients display)
 * and as plain text, for one reader: the issue and each item are read with that reader's access, so an
 * item the reader may not see (a members-only fiche in a public letter, an unpublished document) is not
 * rendered, and a Flash hebdo is not found for anyone but members and editors. Links and image URLs are
 * absolute: documents link to the public website when there is one (PUBLIC_SITE_URL), else to the hub's API
 * (src/utilities/documentLink.ts). Server-side only (src/server/newsletters.ts): `mjml` never reaches the
 * Next bundle.
 */
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import { createLocalReq, type CollectionSlug, type Payload, type PayloadRequest } from 'payload'

import { isEditor } from '../access/roles'
import { ADMIN_TIME_ZONE } from '../admin/timeZone'
import { MEMBERS_ONLY_SERIES, SERIES } from '../collections/Newsletters/series'
import type { Newsletter } from '../payload-types'
import { newsletterCollections, registryOf } from '../plugin/registry'
import { renderRichText } from '../richText/html'
import { documentLink } from '../utilities/documentLink'
import { escapeHtml as escape } from '../utilities/escapeHtml'
import { relationId } from '../utilities/relationId'

export interface RenderSites {
  /** PUBLIC_SITE_URL, if any. */
  site: string | undefined
  /** SERVER_URL: the web version and uploaded images. */
  server: string
}

/** An item as the email shows it. */
interface RenderedItem {
  kind: string
  title: string
  link: string
  date?: string
  summary?: string
  note?: string
  image?: { url: string; alt: string }
}

export interface RenderedIssue {
  issue: Newsletter
  /** The web version (this very HTML, served by the hub). */
  webVersion: string
  items: RenderedItem[]
}

const SUMMARY_MAX = 320

/**
 * The issue `id` as `user` may read it (editors: the latest draft too), with the items they may see, in
 * the issue's order; null when the reader may not read the issue (or it does not exist).
 */
export async function loadIssue(
  payload: Payload,
  id: string,
  user: PayloadRequest['user'],
  sites: RenderSites,
): Promise<RenderedIssue | null> {
  const req = await createLocalReq({ user: user ?? undefined, locale: 'fr' }, payload)
  const editor = isEditor(req)
  // An id that is not one (not a UUID, not an ObjectId) is not found either.
  const issue: Newsletter | null = await payload
    .findByID({ collection: 'newsletters', id, depth: 0, draft: editor, overrideAccess: false, req, disableErrors: true })
    .catch(() => null)
  if (!issue) return null

  const collections = new Map(newsletterCollections(payload.config).map((entry) => [entry.slug, entry]))
  const feeds = new Map(registryOf(payload.config).map((entry) => [entry.slug, entry.feed]))
  const wanted = new Map<string, string[]>()
  for (const item of issue.items ?? []) {
    const { relationTo, value } = item.doc
    wanted.set(relationTo, [...(wanted.get(relationTo) ?? []), String(relationId(value))])
  }
  // Each collection once; published documents only, with the reader's access (the cover too).
  const found = new Map<string, Record<string, unknown>>()
  for (const [slug, ids] of wanted) {
    const { docs } = await payload.find({
      collection: slug as CollectionSlug,
      where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
      depth: 1,
      limit: ids.length,
      pagination: false,
      draft: false,
      overrideAccess: false,
      req,
    })
    for (const doc of docs) found.set(`${slug}:${doc.id}`, doc as unknown as Record<string, unknown>)
  }

  const items: RenderedItem[] = []
  for (const item of issue.items ?? []) {
    const { relationTo, value } = item.doc
    const doc = found.get(`${relationTo}:${relationId(value)}`)
    const entry = collections.get(relationTo)
    if (!doc || !entry) continue
    const link = documentLink({ site: sites.site, server: sites.server, collection: relationTo, id: doc.id, slug: doc.slug })
    if (!link) continue
    const summaryField = feeds.get(relationTo)?.summary
    const summary = summaryField && typeof doc[summaryField] === 'string' ? clip(doc[summaryField], SUMMARY_MAX) : undefined
    items.push({
      kind: singularLabel(payload, relationTo),
      title: String(doc.title ?? doc.name ?? doc.slug ?? ''),
      link,
      date: formatDate(doc[entry.newsletter.date], doc.datePrecision),
      summary,
      note: item.note?.trim() || undefined,
      image: imageOf(doc.cover, sites.server),
    })
  }
  return { issue, webVersion: `${sites.server}${payload.config.routes.api}/newsletters/${issue.id}/html`, items }
}

const clip = (text: string, max: number): string => {
  const clean = text.replace(/\s+/g, ' ').trim()
  return clean.length <= max ? clean : `${clean.slice(0, clean.lastIndexOf(' ', max - 1)).trim()}…`
}

function singularLabel(payload: Payload, slug: string): string {
  const label = payload.collections[slug as CollectionSlug]?.config.labels.singular
  return typeof label === 'string' ? label : ((label as Record<string, string> | undefined)?.fr ?? slug)
}

/** A date as French readers read it, as precise as it is known ("mars 2021" for a month). */
export function formatDate(value: unknown, precision?: unknown): string | undefined {
  if (typeof value !== 'string' || !value) return undefined
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return undefined
  const parts: Intl.DateTimeFormatOptions =
    precision === 'year'
      ? { year: 'numeric' }
      : precision === 'month'
        ? { month: 'long', year: 'numeric' }
        : { day: 'numeric', month: 'long', year: 'numeric' }
  // "1er février", as French writes the first of the month.
  return date.toLocaleDateString('fr-FR', { ...parts, timeZone: ADMIN_TIME_ZONE }).replace(/^1 /, '1er ')
}

/** `/api/media/…` and other root-relative URLs, made absolute on the hub. */
const absolute = (url: string, server: string): string => (url.startsWith('/') && !url.startsWith('//') ? `${server}${url}` : url)

/** The cover, if the reader may see it (unreadable media stay bare ids): its original-format thumbnail. */
function imageOf(cover: unknown, server: string): RenderedItem['image'] {
  if (!cover || typeof cover !== 'object') return undefined
  const media = cover as {
    url?: string | null
    alt?: string | null
    mimeType?: string | null
    sizes?: { thumbnail?: { url?: string | null } }
  }
  const url = media.sizes?.thumbnail?.url || media.url
  if (!url || !media.mimeType?.startsWith('image/')) return undefined
  return { url: absolute(url, server), alt: media.alt ?? '' }
}

/** Root-relative `href` and `src` in rendered rich text, made absolute. */
const absoluteLinks = (html: string, server: string): string =>
  html.replace(/\s(href|src|srcset)="(\/(?!\/)[^"]*)"/g, (_, attribute: string, url: string) => ` ${attribute}="${server}${url}"`)

const COLORS = { brand: '#00567a', accent: '#e5007e', text: '#1f2933', muted: '#5f6b76', page: '#eef1f4' }

/** The issue as an email: MJML compiled to HTML (tables, inline styles, a text preview). */
export async function issueHtml(
  rendered: RenderedIssue,
  payload: Payload,
  sites: RenderSites,
  user: PayloadRequest['user'],
): Promise<string> {
  const { issue, items, webVersion } = rendered
  const req = await createLocalReq({ user: user ?? undefined, locale: 'fr' }, payload)
  const intro = issue.intro ? await renderRichText(structuredClone(issue.intro), req) : null
  const series = SERIES[issue.series]
  const membersOnly = MEMBERS_ONLY_SERIES.includes(issue.series)
  const heading = `${series.fr} · n°${issue.number} · ${formatDate(issue.date) ?? ''}`
  const itemBlocks = items
    .map((item) => {
      const text = `
        <mj-text font-size="12px" color="${COLORS.accent}" text-transform="uppercase" letter-spacing="1px" padding-bottom="4px">${escape(item.kind)}${item.date ? ` · ${escape(item.date)}` : ''}</mj-text>
        <mj-text font-size="18px" font-weight="bold" line-height="1.3" padding-top="0"><a href="${escape(item.link)}" style="color:${COLORS.brand};text-decoration:none">${escape(item.title)}</a></mj-text>
        ${item.note ? `<mj-text font-style="italic" padding-top="0">${escape(item.note)}</mj-text>` : ''}
        ${item.summary ? `<mj-text padding-top="0" color="${COLORS.muted}">${escape(item.summary)}</mj-text>` : ''}
        <mj-text padding-top="0"><a href="${escape(item.link)}" style="color:${COLORS.brand}">Lire la suite</a></mj-text>`
      return item.image
        ? `<mj-section background-color="#ffffff" padding="8px 16px">
        <mj-column width="30%" vertical-align="top"><mj-image src="${escape(item.image.url)}" alt="${escape(item.image.alt)}" href="${escape(item.link)}" border-radius="4px" padding="10px" /></mj-column>
        <mj-column width="70%" vertical-align="top">${text}</mj-column>
      </mj-section>`
        : `<mj-section background-color="#ffffff" padding="8px 16px"><mj-column>${text}</mj-column></mj-section>`
    })
    .join(
      '\n<mj-section background-color="#ffffff" padding="0 32px"><mj-column><mj-divider border-width="1px" border-color="#dde3e8" padding="0" /></mj-column></mj-section>\n',
    )

  const source = `<mjml lang="fr">
  <mj-head>
    <mj-title>${escape(issue.title)}</mj-title>
    ${issue.preheader ? `<mj-preview>${escape(issue.preheader)}</mj-preview>` : ''}
    <mj-attributes>
      <mj-all font-family="Arial, Helvetica, sans-serif" />
      <mj-text font-size="15px" line-height="1.55" color="${COLORS.text}" />
    </mj-attributes>
  </mj-head>
  <mj-body background-color="${COLORS.page}" width="640px">
    <mj-section padding="12px 0 6px"><mj-column>
      <mj-text align="center" font-size="12px" color="${COLORS.muted}">Vous ne lisez pas bien ce message ? <a href="${escape(webVersion)}" style="color:${COLORS.brand}">Voir la version en ligne</a></mj-text>
    </mj-column></mj-section>
    <mj-section background-color="${COLORS.brand}" padding="20px 16px"><mj-column>
      <mj-text color="#ffffff" font-size="26px" font-weight="bold" padding-bottom="0">RTES</mj-text>
      <mj-text color="#ffffff" font-size="13px">Réseau des collectivités Territoriales pour une Économie Solidaire</mj-text>
      <mj-text color="#ffffff" font-size="14px" font-weight="bold">${escape(heading)}</mj-text>
      ${membersOnly ? '<mj-text color="#ffffff" font-size="12px" text-transform="uppercase">Réservé aux adhérents du RTES</mj-text>' : ''}
    </mj-column></mj-section>
    <mj-section background-color="#ffffff" padding="16px 16px 0"><mj-column>
      <mj-text font-size="24px" font-weight="bold" line-height="1.25" color="${COLORS.brand}">${escape(issue.title)}</mj-text>
      ${intro ? `<mj-text>${absoluteLinks(intro, sites.server)}</mj-text>` : ''}
    </mj-column></mj-section>
    ${itemBlocks || `<mj-section background-color="#ffffff"><mj-column><mj-text color="${COLORS.muted}">Rien de plus dans ce numéro.</mj-text></mj-column></mj-section>`}
    <mj-section padding="16px"><mj-column>
      <mj-text align="center" font-size="12px" color="${COLORS.muted}">RTES · <a href="${escape(sites.site ?? sites.server)}" style="color:${COLORS.brand}">${escape(sites.site ?? sites.server)}</a><br />Vous recevez cette lettre en tant qu’abonné·e ou adhérent·e du RTES.</mj-text>
    </mj-column></mj-section>
  </mj-body>
</mjml>`
  // Loaded on first use: MJML adds ~0.3 s to a start and ~30 MB to every process that never renders an issue.
  const { default: mjml2html } = await import('mjml')
  const { html, errors } = await mjml2html(source, { validationLevel: 'soft' })
  if (errors.length)
    payload.logger.warn({ errors: errors.map((error) => error.formattedMessage), issue: issue.id }, 'newsletter: MJML warnings')
  return html
}

/** The same issue as plain text (the `text/plain` part of the email). */
export function issueText(rendered: RenderedIssue, sites: RenderSites): string {
  const { issue, items, webVersion } = rendered
  const lines: string[] = []
  const heading = `${SERIES[issue.series].fr} n°${issue.number} – ${formatDate(issue.date) ?? ''}`
  lines.push(heading)
  if (MEMBERS_ONLY_SERIES.includes(issue.series)) lines.push('Réservé aux adhérents du RTES')
  lines.push('', issue.title, '='.repeat(Math.min(issue.title.length, 72)), '')
  const intro = issue.intro ? convertLexicalToPlaintext({ data: issue.intro }).trim() : ''
  if (intro) lines.push(intro, '')
  for (const item of items) {
    lines.push(`* ${item.kind.toUpperCase()}${item.date ? ` · ${item.date}` : ''}`, `  ${item.title}`)
    if (item.note) lines.push(`  ${item.note}`)
    if (item.summary) lines.push(`  ${item.summary}`)
    lines.push(`  ${item.link}`, '')
  }
  if (!items.length) lines.push('Rien de plus dans ce numéro.', '')
  lines.push(
    '--',
    `Version en ligne : ${webVersion}`,
    `RTES – Réseau des collectivités Territoriales pour une Économie Solidaire – ${sites.site ?? sites.server}`,
  )
  return `${lines.join('\n')}\n`
}
