import { randomUUID } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import sharp from 'sharp'

import { type CollectionName, COLLECTIONS, createClient, type Fiche, isRtesApiError, type RtesClient } from '../../src/sdk/src'
import { publishExamplesWhereEmpty, seededDatabaseUri, startServerOn } from '../helpers/seeded'
import { type ApiUser, createUser, registerAdmin } from '../helpers/users'
import type { RunningServer } from '../helpers/server'
import { readCommittedSpec, specCollections } from '../openapi/validator'

/**
 * The SDK against the real server, seeded with the 2021 report, plus a few fixtures created over REST:
 * a members-only fiche and a draft fiche. Partner, member and editor users authenticate with API keys.
 */
let server: RunningServer
let admin: ApiUser & { token: string }
let partner: ApiUser
let member: ApiUser
let editor: ApiUser
let anonymous: RtesClient
const MEMBERS_ONLY = `reservee-aux-adherents-${randomUUID().slice(0, 8)}`
const DRAFT = `brouillon-${randomUUID().slice(0, 8)}`

const inSpec = new Set(specCollections(readCommittedSpec()).map(({ slug }) => slug))

beforeAll(async () => {
  server = await startServerOn('sdk-live', await seededDatabaseUri('sdk-live'))
  admin = await registerAdmin(server.url)
  partner = await createUser(server.url, admin.token, { email: 'cress@partner.test', role: 'partner', apiKey: randomUUID() })
  member = await createUser(server.url, admin.token, { email: 'ville@member.test', role: 'member', apiKey: randomUUID() })
  editor = await createUser(server.url, admin.token, { email: 'redaction@rtes.test', role: 'editor', apiKey: randomUUID() })
  anonymous = createClient({ baseUrl: server.url })
  await createFiche({ title: 'Fiche réservée aux adhérents', slug: MEMBERS_ONLY, visibility: 'members', _status: 'published' })
  await createFiche({ title: 'Fiche en préparation', slug: DRAFT, _status: 'draft' }, '?draft=true')
  await uploadImage()
  await publishExamplesWhereEmpty(server.url, admin.token, [...inSpec])
})
afterAll(async () => {
  await server?.stop()
})

/** The seed has no media: one public image. */
async function uploadImage(): Promise<void> {
  const png = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#2a6f97' } })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'marche.png')
  form.append('_payload', JSON.stringify({ alt: 'Un marché', visibility: 'public' }))
  const res = await fetch(`${server.url}/api/media`, { method: 'POST', headers: { Authorization: `JWT ${admin.token}` }, body: form })
  expect(res.status, await res.clone().text()).toBe(201)
}

async function createFiche(data: Record<string, unknown>, query = ''): Promise<void> {
  const res = await fetch(`${server.url}/api/fiches${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', Authorization: `JWT ${admin.token}` },
    body: JSON.stringify({ series: 'reperess', ...data }),
  })
  expect(res.status, await res.clone().text()).toBe(201)
}

describe('reading with the SDK', () => {
  it('lists with a nested where, and counts the same documents', async () => {
    const where = {
      and: [{ or: [{ series: { equals: 'kit' as const } }, { series: { equals: 'deniche' as const } }] }, { title: { exists: true } }],
    }
    const page = await anonymous.fiches.list({ where, limit: 100, depth: 0 })
    expect(page.totalDocs).toBeGreaterThan(0)
    expect(page.docs.every((fiche) => fiche.series === 'kit' || fiche.series === 'deniche')).toBe(true)
    expect(await anonymous.fiches.count({ where })).toBe(page.totalDocs)
    const kits = await anonymous.fiches.count({ where: { series: { equals: 'kit' } } })
    const deniches = await anonymous.fiches.count({ where: { series: { in: ['deniche'] } } })
    expect(kits + deniches).toBe(page.totalDocs)
  })

  it('lists the fiches of a theme, found by its slug, with related documents populated', async () => {
    const { docs } = await anonymous.themes.list({ limit: 50, depth: 0 })
    const counts = await Promise.all(docs.map((theme) => anonymous.fiches.count({ where: { themes: { in: [theme.id] } } })))
    const theme = docs[counts.findIndex((count) => count > 0)]
    const found = await anonymous.themes.bySlug(theme.slug)
    expect(found?.id).toBe(theme.id)
    const fiches = await anonymous.fiches.list({ where: { themes: { in: [found!.id] } }, depth: 1, sort: '-firstPublishedAt' })
    expect(fiches.totalDocs).toBeGreaterThan(0)
    // Or in one call, on the related theme's slug.
    const bySlug = await anonymous.fiches.list({ where: { 'themes.slug': { equals: theme.slug } }, depth: 0, sort: '-firstPublishedAt' })
    expect(bySlug.docs.map((fiche) => fiche.id)).toEqual(fiches.docs.map((fiche) => fiche.id))
    // At depth 1 the themes are documents, and typed so.
    for (const fiche of fiches.docs) expect(fiche.themes?.some((t) => t.id === theme.id)).toBe(true)
  })

  it('sorts by one key or several', async () => {
    const slugs = (await anonymous.themes.list({ sort: 'slug', limit: 100, depth: 0 })).docs.map((theme) => theme.slug)
    expect(slugs).toEqual([...slugs].sort())
    const reversed = (await anonymous.themes.list({ sort: '-slug', limit: 100, depth: 0 })).docs.map((theme) => theme.slug)
    expect(reversed).toEqual([...slugs].reverse())
    const several = await anonymous.fiches.list({ sort: ['series', '-number'], limit: 100, depth: 0 })
    const keys = several.docs.map((fiche) => [fiche.series, fiche.number ?? null] as const)
    for (let i = 1; i < keys.length; i++) {
      const [[series0, number0], [series1, number1]] = [keys[i - 1], keys[i]]
      expect(series0 <= series1, `${series0} before ${series1}`).toBe(true)
      if (series0 === series1 && number0 !== null && number1 !== null) expect(number0).toBeGreaterThanOrEqual(number1)
    }
  })

  it('bySlug returns the document, or null when there is none', async () => {
    const [first] = (await anonymous.fiches.list({ limit: 1 })).docs
    const fiche: Fiche | null = await anonymous.fiches.bySlug(first.slug)
    expect(fiche?.id).toBe(first.id)
    expect(await anonymous.fiches.bySlug('aucune-fiche-ne-porte-ce-nom')).toBeNull()
  })

  it('get reads by id, at the depth asked', async () => {
    const [first] = (await anonymous.fiches.list({ limit: 1, where: { themes: { exists: true } } })).docs
    const flat = await anonymous.fiches.get(first.id, { depth: 0 })
    expect(flat.themes?.every((theme) => typeof theme === 'string')).toBe(true)
    const deep = await anonymous.fiches.get(first.id, { depth: 1 })
    expect(deep.themes?.every((theme) => typeof theme === 'object')).toBe(true)
  })

  it('iterates over every document, page after page', async () => {
    const total = await anonymous.themes.count()
    expect(total).toBeGreaterThan(10)
    const ids: string[] = []
    for await (const theme of anonymous.themes.iterate({ limit: 10, depth: 0, select: { slug: true } })) ids.push(theme.id)
    expect(ids).toHaveLength(total)
    expect(new Set(ids).size).toBe(total)
  })

  it('serves the locale asked, per call or per client', async () => {
    const europeFr = await anonymous.themes.bySlug('europe')
    const europeEn = await anonymous.themes.bySlug('europe', { locale: 'en' })
    const english = createClient({ baseUrl: server.url, locale: 'en' })
    expect(europeEn?.title).toBe('Europe and international')
    expect(europeFr?.title).not.toBe(europeEn?.title)
    expect((await english.themes.bySlug('europe'))?.title).toBe(europeEn?.title)
    expect((await english.themes.bySlug('europe', { locale: 'fr' }))?.title).toBe(europeFr?.title)
  })

  it('returns only the selected fields, and types them so', async () => {
    const { docs } = await anonymous.fiches.list({ select: { title: true, slug: true }, limit: 3 })
    expect(docs.length).toBe(3)
    for (const doc of docs) {
      expect(Object.keys(doc).sort()).toEqual(['id', 'slug', 'title'])
      // @ts-expect-error `summary` was not selected
      expect(doc.summary).toBeUndefined()
    }
    const fiche = await anonymous.fiches.get(docs[0].id, { select: { body: false } })
    expect('body' in fiche).toBe(false)
    expect(fiche.title).toBe(docs[0].title)
  })

  it('throws RtesApiError with Payload’s errors on 404 and 400', async () => {
    const missing = await anonymous.fiches.get(randomUUID()).catch((e: unknown) => e)
    expect(isRtesApiError(missing) && missing.status).toBe(404)
    expect(isRtesApiError(missing) && missing.errors[0].message).toEqual(expect.any(String))
    // @ts-expect-error not a field of fiches: the types refuse it, the server answers 400
    const bad = await anonymous.fiches.list({ where: { notAField: { equals: 1 } } }).catch((e: unknown) => e)
    expect(isRtesApiError(bad) && bad.status).toBe(400)
    expect(isRtesApiError(bad) && bad.errors[0].message).toContain('notAField')
  })
})

describe('API keys', () => {
  it('a partner key reads what the public reads (published and public)', async () => {
    const client = createClient({ baseUrl: server.url, apiKey: partner.apiKey })
    expect(await client.fiches.count()).toBe(await anonymous.fiches.count())
    expect(await client.fiches.bySlug(MEMBERS_ONLY)).toBeNull()
    const { docs } = await client.fiches.list({ limit: 100, depth: 0 })
    expect(docs.every((fiche) => fiche._status === 'published' && fiche.visibility === 'public')).toBe(true)
    // The header the SDK sends does authenticate: the same key identifies the partner.
    const me = await fetch(`${server.url}/api/users/me`, { headers: { Authorization: `users API-Key ${partner.apiKey}` } })
    expect(await me.json()).toMatchObject({ user: { email: partner.email, role: 'partner' } })
  })

  it('a member key also reads members-only content', async () => {
    const client = createClient({ baseUrl: server.url, apiKey: member.apiKey })
    expect(await client.fiches.count()).toBe((await anonymous.fiches.count()) + 1)
    expect((await client.fiches.bySlug(MEMBERS_ONLY))?.visibility).toBe('members')
  })

  it('an editor key reads drafts with draft: true', async () => {
    const client = createClient({ baseUrl: server.url, apiKey: editor.apiKey })
    expect(await anonymous.fiches.bySlug(DRAFT, { draft: true })).toBeNull()
    expect((await client.fiches.bySlug(DRAFT, { draft: true }))?._status).toBe('draft')
  })
})

describe('every collection of the SDK table', () => {
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    it(`${name}: list, count, get, bySlug and iterate agree`, async () => {
      const { slug } = COLLECTIONS[name]
      expect(inSpec.has(slug), `collection "${slug}" is in the API spec`).toBe(true)
      // Code over any collection type-checks without casts: the union of the collections' types.
      const resource = anonymous[name]
      const page = await resource.list({ limit: 2, depth: 0 })
      expect(page.totalDocs).toBe(await anonymous.collection(name).count())
      expect(page.docs.length, `the database has public ${slug}`).toBeGreaterThan(0)
      const first = page.docs[0]
      expect((await resource.get(first.id, { depth: 0 })).id).toBe(first.id)
      if (name !== 'media') {
        const slugged = anonymous[name] // every collection but media has slugs
        const [doc] = (await slugged.list({ limit: 1, depth: 0, select: { slug: true } })).docs
        expect((await slugged.bySlug(doc.slug, { depth: 0 }))?.id).toBe(doc.id)
      }
      let seen = 0
      for await (const doc of resource.iterate({ limit: 50, depth: 0, select: { updatedAt: true } })) {
        expect(Object.keys(doc).sort()).toEqual(['id', 'updatedAt'])
        seen++
      }
      expect(seen).toBe(page.totalDocs)
    })
  }
})
