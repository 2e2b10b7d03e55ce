/**
 * RSS, Atom and JSON feeds against the real server: parsed with a real feed parser (RSS/Atom) and read as
 * JSON Feed 1.1; only published public documents; filters; unknown values; ETag/304; absolute links.
 */
import { parseFeed } from '@rowanmanning/feed-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { FEED_COLLECTIONS } from '../helpers/registry'
import { call, createAccounts, createDoc, type Credentials } from '../helpers/rest'
import { type RunningServer, startServer } from '../helpers/server'

const SITE = 'https://www.rtes.test'
let server: RunningServer
let auth: Credentials

/** The collections with feeds (the registry's `custom.rtes.feed`), each with its example document. */
const COLLECTIONS = Object.fromEntries(FEED_COLLECTIONS.map(({ slug, example }) => [slug, example]))
const MEMBERS_ONLY = Object.fromEntries(FEED_COLLECTIONS.map(({ slug, membersOnly }) => [slug, membersOnly]))
const SLUGS = Object.keys(COLLECTIONS)
const FORMATS = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
} as const
type Format = keyof typeof FORMATS

const create = (slug: string, data: Record<string, unknown>, status: 'draft' | 'published' = 'published') =>
  createDoc(server.url, auth.editor, slug, data, status)

/** The feed's item links and title, whatever the format (RSS/Atom through the parser, JSON Feed as JSON). */
async function read(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}${path}`, { headers })
  const text = await res.text()
  if (res.status !== 200) return { res, text, title: '', links: [] as string[], items: [] as { title: string; link: string }[] }
  if (path.includes('.json')) {
    const feed = JSON.parse(text)
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    const items = feed.items.map((item: { id: string; url: string; title: string }) => {
      expect(item.id).toBe(item.url)
      return { title: item.title, link: item.url }
    })
    return { res, text, title: feed.title as string, links: items.map((i: { link: string }) => i.link).sort(), items }
  }
  const feed = parseFeed(text)
  expect(feed.meta.type).toBe(path.includes('.rss') ? 'rss' : 'atom')
  const items = feed.items.map((item) => ({ title: item.title ?? '', link: item.url ?? '' }))
  return { res, text, title: feed.title ?? '', links: items.map((i) => i.link).sort(), items }
}

let n = 0
beforeAll(async () => {
  server = await startServer('feeds', { env: { PUBLIC_SITE_URL: `${SITE}/` } })
  auth = await createAccounts(server.url)
  const alimentation = await create('themes', { title: 'Alimentation', slug: 'alimentation' })
  await create('themes', { title: 'Commande publique', slug: 'commande-publique' })
  const occitanie = await create('territories', { name: 'Occitanie', slug: 'occitanie', kind: 'region' })
  for (const slug of SLUGS) {
    const taxonomy = { themes: [alimentation.id], territories: [occitanie.id] }
    await create(slug, { ...COLLECTIONS[slug](++n), slug: `${slug}-public`, ...taxonomy })
    await create(slug, { ...COLLECTIONS[slug](++n), slug: `${slug}-members`, ...MEMBERS_ONLY[slug], ...taxonomy })
    await create(slug, { ...COLLECTIONS[slug](++n), slug: `${slug}-draft`, ...taxonomy }, 'draft')
  }
})
afterAll(async () => {
  await server?.stop()
})

describe.each(SLUGS)('%s', (slug) => {
  it.each(Object.keys(FORMATS) as Format[])('the %s feed parses and lists the published public document only', async (format) => {
    const feed = await read(`/feeds/${slug}.${format}`)
    expect(feed.res.status, feed.text).toBe(200)
    expect(feed.res.headers.get('content-type')).toBe(FORMATS[format])
    expect(feed.res.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/)
    expect(feed.res.headers.get('etag')).toMatch(/^(W\/)?"[^"]+"$/)
    expect(feed.title).toMatch(/^RTES · /)
    // Absolute, slug-based links on the configured public site; nothing from drafts or members-only.
    expect(feed.links).toEqual([`${SITE}/${slug}/${slug}-public`])
    expect(feed.text).not.toContain(`${slug}-members`)
    expect(feed.text).not.toContain(`${slug}-draft`)
  })
})

describe('filters', () => {
  beforeAll(async () => {
    const { body } = await call(server.url, '/api/themes?where[slug][equals]=commande-publique')
    const bretagne = await create('territories', { name: 'Bretagne', slug: 'bretagne', kind: 'region' })
    await create('fiches', {
      title: 'RepèrESS achats',
      slug: 'reperess-achats',
      series: 'reperess',
      themes: [body.docs[0].id],
      territories: [bretagne.id],
    })
  })

  it.each([
    ['?theme=alimentation', ['fiches-public']],
    ['?theme=commande-publique', ['reperess-achats']],
    ['?territory=bretagne', ['reperess-achats']],
    ['?territory=occitanie&theme=alimentation', ['fiches-public']],
    ['?series=deniche', ['fiches-public']],
    ['?series=reperess&theme=commande-publique', ['reperess-achats']],
    ['?series=kit', []],
  ])('fiches%s', async (query, expected) => {
    for (const format of Object.keys(FORMATS) as Format[]) {
      const feed = await read(`/feeds/fiches.${format}${query}`)
      expect(feed.res.status).toBe(200)
      expect(feed.links, format).toEqual(expected.map((s) => `${SITE}/fiches/${s}`))
    }
  })

  it('filters the other collections by theme and territory too', async () => {
    expect((await read('/feeds/events.atom?territory=occitanie')).links).toEqual([`${SITE}/events/events-public`])
    expect((await read('/feeds/kits.rss?theme=commande-publique')).links).toEqual([])
  })

  it.each([
    ['/feeds/nope.rss', 404, ['"nope"', ...SLUGS]],
    ['/feeds/fiches.xml', 404, ['"xml"', '.rss, .atom, .json']],
    ['/feeds/fiches', 404, ['format']],
    ['/feeds/fiches.rss?theme=inconnue', 400, ['theme "inconnue"', '/api/themes', '"alimentation"']],
    ['/feeds/kits.json?territory=atlantide', 400, ['territory "atlantide"', '/api/territories', '"bretagne"']],
    ['/feeds/fiches.atom?series=roman', 400, ['series "roman"', 'deniche, kit, points-de-reperess, reperess']],
    ['/feeds/kits.rss?series=kit', 400, ['fiches and newsletters feeds only']],
    ['/feeds/fiches.rss?theme=a&theme=b', 400, ['"theme" once']],
    ['/feeds/fiches.rss?locale=de', 400, ['locale "de"', 'fr, en']],
  ])('%s → %i with a clear message', async (path, status, fragments) => {
    const res = await call(server.url, path)
    expect(res.status).toBe(status)
    const message: string = res.body.errors[0].message
    for (const fragment of fragments) expect(message).toContain(fragment)
  })
})

describe('caching', () => {
  it('answers 304 to a matching If-None-Match, and 200 with a new ETag after a change', async () => {
    const first = await fetch(`${server.url}/feeds/kits.rss`)
    const etag = first.headers.get('etag')!
    const again = await fetch(`${server.url}/feeds/kits.rss`, { headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    expect(again.headers.get('etag')).toBe(etag)
    expect((await fetch(`${server.url}/feeds/kits.rss`, { headers: { 'If-None-Match': '"autre", W/' + etag } })).status).toBe(304)
    expect((await fetch(`${server.url}/feeds/kits.rss`, { headers: { 'If-None-Match': '"autre"' } })).status).toBe(200)

    const { body } = await call(server.url, '/api/kits?where[slug][equals]=kits-public', { auth: auth.editor })
    const patched = await call(server.url, `/api/kits/${body.docs[0].id}`, {
      method: 'PATCH',
      auth: auth.editor,
      body: { title: 'Kit révisé' },
    })
    expect(patched.status).toBe(200)
    const changed = await fetch(`${server.url}/feeds/kits.rss`, { headers: { 'If-None-Match': etag } })
    expect(changed.status).toBe(200)
    expect(changed.headers.get('etag')).not.toBe(etag)
    expect(parseFeed(await changed.text()).items.map((item) => item.title)).toEqual(['Kit révisé'])
  })
})

describe('locales and size', () => {
  it('is in French by default, in English with ?locale=en', async () => {
    const { body } = await call(server.url, '/api/fiches?where[slug][equals]=fiches-public', { auth: auth.editor })
    const res = await call(server.url, `/api/fiches/${body.docs[0].id}?locale=en`, {
      method: 'PATCH',
      auth: auth.editor,
      body: { title: 'Fiche in English' },
    })
    expect(res.status).toBe(200)
    const fr = await read('/feeds/fiches.json?theme=alimentation')
    expect(fr.items.map((i: { title: string }) => i.title)).toEqual([body.docs[0].title])
    expect(JSON.parse(fr.text).language).toBe('fr')
    const en = await read('/feeds/fiches.json?theme=alimentation&locale=en')
    expect(en.items.map((i: { title: string }) => i.title)).toEqual(['Fiche in English'])
  })

  it('lists at most the latest 50 documents', async () => {
    for (let day = 1; day <= 51; day++) {
      const date = `2022-01-${String((day % 28) + 1).padStart(2, '0')}`
      await create('press-articles', { ...COLLECTIONS['press-articles'](++n), slug: `presse-${day}`, date })
    }
    for (const format of Object.keys(FORMATS) as Format[]) {
      const feed = await read(`/feeds/press-articles.${format}`)
      expect(feed.links, format).toHaveLength(50)
      // The oldest article (2021) is the one left out.
      expect(feed.links).not.toContain(`${SITE}/press-articles/press-articles-public`)
    }
  })
})
