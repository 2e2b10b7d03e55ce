/**
 * Leak tests from the outside: every content collection × every kind of caller, over REST and GraphQL,
 * including drafts and members-only documents reached through relationships at depth 2, and totals.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { EDITORIAL_COLLECTIONS } from '../helpers/registry'
import { call, createAccounts, createDoc, type Credentials, graphql, type Role } from '../helpers/rest'
import { type RunningServer, startServer } from '../helpers/server'

let server: RunningServer
let auth: Credentials

/** Every editorial collection of the registry, with its example document and GraphQL list name. */
const COLLECTIONS = Object.fromEntries(EDITORIAL_COLLECTIONS.map((collection) => [collection.slug, collection]))
type Slug = string
const SLUGS = Object.keys(COLLECTIONS)
const canBeMembersOnly = (slug: Slug) => COLLECTIONS[slug].membersOnly !== undefined

/** What each caller may see of the three fixtures (published public, published members, draft). */
const EXPECTED: Record<Role, Array<'public' | 'members' | 'draft'>> = {
  anonymous: ['public'],
  partner: ['public'],
  member: ['public', 'members'],
  editor: ['public', 'members', 'draft'],
  admin: ['public', 'members', 'draft'],
}
const ROLES = Object.keys(EXPECTED) as Role[]
const visibleFor = (role: Role, slug: Slug) =>
  EXPECTED[role]
    .filter((kind) => canBeMembersOnly(slug) || kind !== 'members')
    .map((kind) => `${slug}-${kind}`)
    .sort()

const create = (slug: string, data: Record<string, unknown>, status: 'draft' | 'published') =>
  createDoc(server.url, auth.editor, slug, data, status)

let n = 0
async function fixtures(slug: Slug, extra: Record<string, unknown> = {}) {
  const make = (kind: string, status: 'draft' | 'published', more: Record<string, unknown> = {}) =>
    create(slug, { ...COLLECTIONS[slug].example(++n), slug: `${slug}-${kind}`, ...extra, ...more }, status)
  return {
    public: await make('public', 'published'),
    members: canBeMembersOnly(slug) ? await make('members', 'published', COLLECTIONS[slug].membersOnly) : undefined,
    draft: await make('draft', 'draft'),
  }
}

const ids: Record<string, Record<string, string>> = {}

beforeAll(async () => {
  server = await startServer('access')
  auth = await createAccounts(server.url)
  for (const slug of SLUGS) {
    const docs = await fixtures(slug)
    ids[slug] = Object.fromEntries(
      Object.entries(docs)
        .filter(([, d]) => d)
        .map(([k, d]) => [k, d!.id]),
    )
  }
})
afterAll(async () => {
  await server?.stop()
})

describe.each(SLUGS)('%s', (slug) => {
  it.each(ROLES)('REST list and totals for %s', async (role) => {
    const res = await call(server.url, `/api/${slug}?limit=100&depth=0`, { auth: auth[role] })
    expect(res.status).toBe(200)
    const slugs = res.body.docs.map((d: { slug: string }) => d.slug).sort()
    expect(slugs).toEqual(visibleFor(role, slug))
    expect(res.body.totalDocs).toBe(slugs.length)
    const count = await call(server.url, `/api/${slug}/count`, { auth: auth[role] })
    expect(count.body.totalDocs).toBe(slugs.length)
  })

  it.each(ROLES)('REST by id and ?draft=true for %s', async (role) => {
    for (const [kind, id] of Object.entries(ids[slug])) {
      const allowed = visibleFor(role, slug).includes(`${slug}-${kind}`)
      for (const query of ['', '?draft=true']) {
        const res = await call(server.url, `/api/${slug}/${id}${query}`, { auth: auth[role] })
        expect(res.status, `${kind}${query}`).toBe(allowed ? 200 : 404)
      }
    }
    const drafts = await call(server.url, `/api/${slug}?limit=100&draft=true&where[_status][equals]=draft`, { auth: auth[role] })
    expect(drafts.body.totalDocs).toBe(EXPECTED[role].includes('draft') ? 1 : 0)
  })

  it.each(ROLES)('GraphQL list and totals for %s', async (role) => {
    const { gql } = COLLECTIONS[slug]
    const body = await graphql(server.url, `{ ${gql}(limit: 100) { totalDocs docs { slug } } }`, auth[role])
    expect(body.errors).toBeUndefined()
    const slugs = body.data[gql].docs.map((d: { slug: string }) => d.slug).sort()
    expect(slugs).toEqual(visibleFor(role, slug))
    expect(body.data[gql].totalDocs).toBe(slugs.length)
  })

  it('keeps version history to editors', async () => {
    for (const role of ['anonymous', 'partner', 'member'] as Role[]) {
      const res = await call(server.url, `/api/${slug}/versions`, { auth: auth[role] })
      expect(res.status, role).toBe(403)
    }
    expect((await call(server.url, `/api/${slug}/versions`, { auth: auth.editor })).status).toBe(200)
  })
})

describe('through relationships at depth 2', () => {
  let pressId: string
  const ficheIds: Record<string, string> = {}
  beforeAll(async () => {
    const kit = await create('kits', { title: 'Kit RégionalESS', slug: 'kit-regionaless', level: 'regional', edition: 2021 }, 'published')
    const kitFiche = (number: number, kind: string, status: 'draft' | 'published', visibility = 'public') =>
      create('fiches', { title: `Fiche ${kind}`, slug: `kit-fiche-${kind}`, series: 'kit', kit: kit.id, number, visibility }, status)
    const fiches = [
      await kitFiche(1, 'public', 'published'),
      await kitFiche(2, 'members', 'published', 'members'),
      await kitFiche(3, 'draft', 'draft'),
    ]
    for (const fiche of fiches) ficheIds[fiche.slug] = fiche.id
    const press = await create(
      'press-articles',
      {
        title: 'Des fiches en kit',
        outlet: 'La lettre de l’Économie sociale',
        date: '2021-04-01',
        scope: 'national-specialised',
        relatedFiches: fiches.map((f) => f.id),
        relatedKits: [kit.id],
      },
      'published',
    )
    pressId = press.id
    // An event organised with a partner that is still a draft.
    await create(
      'events',
      {
        title: 'Club',
        slug: 'club-draft-partner',
        kind: 'regional-club',
        start: '2021-11-30T09:00:00.000Z',
        organisers: [ids.partners.public, ids.partners.draft],
      },
      'published',
    )
  })

  const expectedFiches: Record<Role, string[]> = {
    anonymous: ['kit-fiche-public'],
    partner: ['kit-fiche-public'],
    member: ['kit-fiche-public', 'kit-fiche-members'],
    editor: ['kit-fiche-public', 'kit-fiche-members', 'kit-fiche-draft'],
    admin: ['kit-fiche-public', 'kit-fiche-members', 'kit-fiche-draft'],
  }

  it.each(ROLES)('REST: a public press article reveals only what %s may read, at depth 0, 1 and 2', async (role) => {
    const expected = expectedFiches[role]
    const depth0 = await call(server.url, `/api/press-articles/${pressId}?depth=0`, { auth: auth[role] })
    expect(depth0.body.relatedFiches).toHaveLength(expected.length)
    const depth2 = await call(server.url, `/api/press-articles/${pressId}?depth=2`, { auth: auth[role] })
    expect(depth2.body.relatedFiches.map((f: { slug: string }) => f.slug)).toEqual(expected)
    // The kit (depth 1) lists its fiches (depth 2, as ids past the join's own depth): only readable ones.
    const [kit] = depth2.body.relatedKits
    expect(kit.fiches.docs).toEqual(expected.map((slug) => ficheIds[slug]))
    // No slug or id of an unreadable fiche appears anywhere in the response.
    const text = JSON.stringify(depth2.body)
    for (const hidden of expectedFiches.admin.filter((s) => !expected.includes(s))) {
      expect(text).not.toContain(hidden)
      expect(text).not.toContain(ficheIds[hidden])
    }
  })

  it.each(ROLES)('REST: a public kit lists only the fiches %s may read', async (role) => {
    const list = await call(server.url, `/api/kits?where[slug][equals]=kit-regionaless&depth=1`, { auth: auth[role] })
    expect(list.body.docs[0].fiches.docs.map((f: { slug: string }) => f.slug)).toEqual(expectedFiches[role])
  })

  it.each(ROLES)('GraphQL: the same article and kit for %s', async (role) => {
    const body = await graphql(
      server.url,
      `{ PressArticle(id: "${pressId}") { relatedFiches { slug } relatedKits { slug fiches(sort: "number") { docs { slug } } } } }`,
      auth[role],
    )
    expect(body.errors).toBeUndefined()
    const article = body.data.PressArticle
    expect(article.relatedFiches.map((f: { slug: string }) => f.slug)).toEqual(expectedFiches[role])
    expect(article.relatedKits[0].fiches.docs.map((f: { slug: string }) => f.slug)).toEqual(expectedFiches[role])
  })

  it('hides a draft partner among the organisers of a public event', async () => {
    const anon = await call(server.url, `/api/events?where[slug][equals]=club-draft-partner&depth=0`)
    expect(anon.body.docs[0].organisers).toEqual([ids.partners.public])
    const editor = await call(server.url, `/api/events?where[slug][equals]=club-draft-partner&depth=0`, { auth: auth.editor })
    expect(editor.body.docs[0].organisers).toHaveLength(2)
  })

  it('serves the published version to the public while a newer draft is pending', async () => {
    const id = ids.fiches.public
    const patched = await call(server.url, `/api/fiches/${id}?draft=true`, {
      method: 'PATCH',
      auth: auth.editor,
      body: { title: 'Titre en cours de relecture' },
    })
    expect(patched.status).toBe(200)
    for (const query of ['', '?draft=true']) {
      const anon = await call(server.url, `/api/fiches/${id}${query}`)
      expect(anon.body.title, query).not.toBe('Titre en cours de relecture')
    }
    const editor = await call(server.url, `/api/fiches/${id}?draft=true`, { auth: auth.editor })
    expect(editor.body.title).toBe('Titre en cours de relecture')
  })
})
