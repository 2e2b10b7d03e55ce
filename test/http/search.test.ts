/**
 * Full-text search (`GET /api/search`, src/search) on the seeded 2021 report plus fixtures only some
 * callers may read: French, accent- and case-insensitive, ranked, filtered by collection, theme and
 * territory, and never showing (nor counting) a draft or a members-only document to someone who may not
 * read it, over REST and the SDK.
 */
import { randomUUID } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createClient, isRtesApiError } from '../../src/sdk/src'
import { call, createDoc } from '../helpers/rest'
import { seededDatabaseUri, startServerOn } from '../helpers/seeded'
import { type ApiUser, createUser, registerAdmin } from '../helpers/users'
import type { RunningServer } from '../helpers/server'
import { readCommittedSpec, SpecValidator } from '../openapi/validator'

let server: RunningServer
const auth: Record<'anonymous' | 'partner' | 'member' | 'editor', string | undefined> = {
  anonymous: undefined,
  partner: undefined,
  member: undefined,
  editor: undefined,
}
// A word no seeded document holds, so that only the fixtures match it.
const WORD = `zytho${randomUUID()
  .slice(0, 6)
  .replace(/[^a-z]/g, 'q')}logie`
const ids: Record<string, string> = {}

beforeAll(async () => {
  server = await startServerOn('search', await seededDatabaseUri('search'))
  const admin: ApiUser & { token: string } = await registerAdmin(server.url)
  const key = async (role: 'partner' | 'member' | 'editor') => {
    const apiKey = randomUUID()
    await createUser(server.url, admin.token, { email: `${role}@search.test`, role, apiKey })
    return `users API-Key ${apiKey}`
  }
  auth.partner = await key('partner')
  auth.member = await key('member')
  auth.editor = await key('editor')
  const fiche = (title: string, extra: Record<string, unknown> = {}, status: 'draft' | 'published' = 'published') =>
    createDoc(server.url, auth.editor, 'fiches', { title, series: 'reperess', summary: `Une fiche sur la ${WORD}.`, ...extra }, status)
  ids.public = (await fiche(`Éloge de la ${WORD}`)).id
  ids.members = (await fiche(`La ${WORD} entre adhérents`, { visibility: 'members' })).id
  ids.draft = (await fiche(`Brouillon de ${WORD}`, {}, 'draft')).id
})
afterAll(async () => {
  await server?.stop()
})

const search = async (query: string, role: keyof typeof auth = 'anonymous') =>
  call(server.url, `/api/search?${query}`, { auth: auth[role] })
const found = (body: { results: { id: string }[] }) => body.results.map((result) => result.id).sort()

describe('matching and ranking', () => {
  it('ignores accents and case: "economie sociale" finds what "Économie Sociale" finds', async () => {
    const plain = await search('q=economie%20sociale&limit=50')
    const accented = await search(`q=${encodeURIComponent('Économie SOCIALE')}&limit=50`)
    expect(plain.status).toBe(200)
    expect(plain.body.totalResults).toBeGreaterThan(4)
    expect(accented.body.results).toEqual(plain.body.results)
    // `like` is accent-sensitive: this is what search adds.
    const like = await call(server.url, '/api/fiches/count?where[title][like]=economie%20sociale')
    expect(plain.body.totalResults).toBeGreaterThan(like.body.totalDocs)
  })

  it('requires every word, matches word beginnings and plurals, and ranks title matches first', async () => {
    const { body } = await search('q=economie%20sociale&limit=50')
    for (const result of body.results) {
      const text = JSON.stringify(result.doc).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
      expect(text, result.doc.title).toMatch(/econom/)
      expect(text, result.doc.title).toMatch(/social/)
    }
    const scores = body.results.map((result: { score: number }) => result.score)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
    expect((await search('q=econom&limit=1')).body.totalResults).toBeGreaterThan(0)
    expect(found((await search(`q=${WORD}s`)).body)).toEqual(found((await search(`q=${WORD}`)).body))
    // A title match outranks a summary match.
    const fixtures = await search(`q=${WORD}`, 'editor')
    expect(fixtures.body.results[0].doc.title).toContain(WORD)
  })

  it('answers as the OpenAPI spec describes', async () => {
    const validator = new SpecValidator(readCommittedSpec())
    for (const query of ['q=economie%20sociale&limit=50', `q=${WORD}`, 'q=zzzzzzzz']) {
      const { status, body } = await search(query)
      expect(validator.responseErrors('/api/search', 'get', status, body), query).toEqual([])
    }
    const refused = await search('q=x&limit=0')
    expect(validator.responseErrors('/api/search', 'get', refused.status, refused.body)).toEqual([])
  })

  it('pages through the results', async () => {
    const all = (await search('q=economie%20sociale&limit=50')).body
    const first = (await search('q=economie%20sociale&limit=3&page=1')).body
    const second = (await search('q=economie%20sociale&limit=3&page=2')).body
    expect(first).toMatchObject({
      page: 1,
      limit: 3,
      totalResults: all.totalResults,
      totalPages: Math.ceil(all.totalResults / 3),
      hasNextPage: true,
    })
    expect([...first.results, ...second.results].map((r: { id: string }) => r.id)).toEqual(
      all.results.slice(0, 6).map((r: { id: string }) => r.id),
    )
  })
})

describe('filters', () => {
  it('by collection', async () => {
    const { body } = await search('q=economie&collections=kits,press-articles&limit=50')
    expect(body.totalResults).toBeGreaterThan(0)
    for (const result of body.results) expect(['kits', 'press-articles']).toContain(result.collection)
  })

  it('by theme (its slug)', async () => {
    const { body: themes } = await call(server.url, '/api/themes?limit=100&depth=0')
    let checked = 0
    for (const theme of themes.docs) {
      const { body } = await search(`q=economie&theme=${theme.slug}&limit=50`)
      for (const result of body.results) expect(result.doc.themes).toContain(theme.id)
      checked += body.totalResults
    }
    expect(checked).toBeGreaterThan(0)
  })

  it('by territory, including the territories within it', async () => {
    const region = (await call(server.url, '/api/territories?where[slug][equals]=ile-de-france&depth=0')).body.docs[0]
    const within = (await call(server.url, `/api/territories?where[parent][equals]=${region.id}&limit=100&depth=0`)).body.docs.map(
      (t: { id: string }) => t.id,
    )
    expect(within.length).toBeGreaterThan(0)
    const { body } = await search('q=grigny&territory=ile-de-france')
    expect(body.totalResults).toBeGreaterThan(0)
    for (const result of body.results)
      expect(result.doc.territories.some((id: string) => id === region.id || within.includes(id))).toBe(true)
  })

  it('refuses what it cannot answer with a 400 naming the parameter', async () => {
    for (const [query, word] of [
      ['', 'q'],
      ['q=%20%2C', 'q'],
      [`q=${'a'.repeat(201)}`, 'q'],
      ['q=x&collections=users', 'collections'],
      ['q=x&limit=0', 'limit'],
      ['q=x&limit=51', 'limit'],
      ['q=x&page=0', 'page'],
      ['q=x&theme=no-such-theme', 'theme'],
      ['q=x&territory=atlantide', 'territory'],
      ['q=x&locale=de', 'locale'],
      ['q=x&q=y', 'q'],
    ]) {
      const { status, body } = await search(query)
      expect(status, query).toBe(400)
      expect(body.errors[0].message, query).toContain(word)
    }
  })
})

describe('access', () => {
  it('shows drafts and members-only documents only to those who may read them, in results and counts', async () => {
    const expected = {
      anonymous: [ids.public],
      partner: [ids.public],
      member: [ids.public, ids.members],
      editor: [ids.public, ids.members, ids.draft],
    }
    for (const [role, wanted] of Object.entries(expected)) {
      const { body } = await search(`q=${WORD}`, role as keyof typeof auth)
      expect(found(body), role).toEqual([...wanted].sort())
      expect(body.totalResults, role).toBe(wanted.length)
    }
  })

  it('follows publishing: a draft saved over a published document changes nothing until it is published', async () => {
    const later = `palim${randomUUID()
      .slice(0, 4)
      .replace(/[^a-z]/g, 'q')}pseste`
    const draft = await call(server.url, `/api/fiches/${ids.public}?draft=true`, {
      method: 'PATCH',
      auth: auth.editor,
      body: { summary: `Bientôt : ${later}.` },
    })
    expect(draft.status).toBe(200)
    expect((await search(`q=${later}`)).body.totalResults).toBe(0)
    expect((await search(`q=${WORD}`)).body.totalResults).toBe(1)
    const publish = await call(server.url, `/api/fiches/${ids.public}`, {
      method: 'PATCH',
      auth: auth.editor,
      body: { _status: 'published' },
    })
    expect(publish.status).toBe(200)
    expect(found((await search(`q=${later}`)).body)).toEqual([ids.public])
    // Unpublished, then deleted: gone for the public.
    await call(server.url, `/api/fiches/${ids.public}`, { method: 'PATCH', auth: auth.editor, body: { _status: 'draft' } })
    expect((await search(`q=${later}`)).body.totalResults).toBe(0)
    expect((await search(`q=${later}`, 'editor')).body.totalResults).toBe(1)
    expect((await call(server.url, `/api/fiches/${ids.public}`, { method: 'DELETE', auth: auth.editor })).status).toBe(200)
    expect((await search(`q=${later}`, 'editor')).body.totalResults).toBe(0)
  })
})

describe('the SDK', () => {
  it('rtes.search returns typed, ranked results', async () => {
    const rtes = createClient({ baseUrl: server.url, apiKey: auth.partner!.replace('users API-Key ', '') })
    const page = await rtes.search({ q: 'economie sociale', collections: ['fiches', 'press-articles'], limit: 5 })
    expect(page.results.length).toBeGreaterThan(0)
    for (const result of page.results) {
      expect(['fiches', 'press-articles']).toContain(result.collection)
      expect(typeof result.doc.title).toBe('string')
    }
    const refused = await rtes.search({ q: 'x', theme: 'no-such-theme' }).catch((error: unknown) => error)
    expect(isRtesApiError(refused) && refused.status).toBe(400)
  })
})
