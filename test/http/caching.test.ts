/**
 * HTTP caching of public reads against the real server: validators and 304s, Cache-Control and Vary by
 * audience, invalidation on publish / unpublish / update / delete, drafts and members-only content never
 * served to anonymous readers or partners from the cache, GraphQL over GET and persisted queries,
 * gzip, CORS-exposed validators, and uploaded files.
 */
import { createHash } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { call, createAccounts, createDoc, type Credentials } from '../helpers/rest'
import { type RunningServer, startServer } from '../helpers/server'

const PARTNER_ORIGIN = 'https://www.cress-bretagne.org'

let server: RunningServer
let auth: Credentials

interface Answer {
  status: number
  headers: Headers
  text: string
  json: () => any
}

async function get(path: string, headers: Record<string, string | undefined> = {}): Promise<Answer> {
  const sent = Object.fromEntries(Object.entries(headers).filter(([, value]) => value !== undefined)) as Record<string, string>
  const res = await fetch(`${server.url}${path}`, { headers: sent })
  const text = await res.text()
  return { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) }
}

const titles = (answer: Answer): string[] => answer.json().docs.map((doc: { title: string }) => doc.title)

/** Polls `read` until `done` holds (or fails after the deadline): for what is only true once a second is over. */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, deadlineMs = 10_000): Promise<T> {
  const end = Date.now() + deadlineMs
  for (;;) {
    const value = await read()
    if (done(value) || Date.now() > end) return value
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

beforeAll(async () => {
  server = await startServer('caching', { env: { CORS_ORIGINS: PARTNER_ORIGIN } })
  auth = await createAccounts(server.url)
})
afterAll(async () => {
  await server?.stop()
})

describe('validators and Cache-Control', () => {
  const LIST = '/api/themes?limit=5&depth=0'

  beforeAll(async () => {
    await createDoc(server.url, auth.editor, 'themes', { title: 'Commande publique', slug: 'commande-publique' })
  })

  it('an anonymous answer: strong ETag, Last-Modified, public caching, Vary; 304 on If-None-Match and If-Modified-Since', async () => {
    // Last-Modified is given once the second of the last change is over.
    const first = await eventually(
      () => get(LIST),
      (answer) => answer.headers.has('last-modified'),
    )
    expect(first.status).toBe(200)
    const etag = first.headers.get('etag')!
    const lastModified = first.headers.get('last-modified')!
    expect(etag).toMatch(/^"[\w-]+"$/)
    expect(first.headers.get('cache-control')).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/)
    expect(first.headers.get('vary')).toBe('Origin, Authorization, Cookie, Accept-Encoding')

    const revalidated = await get(LIST, { 'If-None-Match': etag })
    expect(revalidated.status).toBe(304)
    expect(revalidated.text).toBe('')
    expect(revalidated.headers.get('etag')).toBe(etag)
    expect((await get(LIST, { 'If-None-Match': `"other", W/${etag}` })).status).toBe(304)
    expect((await get(LIST, { 'If-Modified-Since': lastModified })).status).toBe(304)
    expect((await get(LIST, { 'If-Modified-Since': new Date(Date.parse(lastModified) - 60_000).toUTCString() })).status).toBe(200)
    // If-None-Match wins: a stale tag is a 200 even with a matching date.
    expect((await get(LIST, { 'If-None-Match': '"stale"', 'If-Modified-Since': lastModified })).status).toBe(200)
  })

  it('by id, count and 404s', async () => {
    const { id } = (await get(LIST)).json().docs[0]
    const byId = await get(`/api/themes/${id}?depth=0`)
    expect(byId.status).toBe(200)
    expect((await get(`/api/themes/${id}?depth=0`, { 'If-None-Match': byId.headers.get('etag')! })).status).toBe(304)
    const count = await get('/api/themes/count')
    expect(count.json().totalDocs).toBe(1)
    expect(count.headers.get('etag')).toBeTruthy()
    const missing = await get('/api/themes/00000000-0000-4000-8000-000000000000')
    expect(missing.status).toBe(404)
    expect(missing.headers.get('etag')).toBeNull()
    expect(missing.headers.get('cache-control')).toBe('no-cache')
  })

  it('partners get the public answer with private caching; signed-in readers private answers', async () => {
    const anonymous = await get(LIST)
    const partner = await get(LIST, { Authorization: auth.partner })
    expect(partner.text).toBe(anonymous.text)
    expect(partner.headers.get('etag')).toBe(anonymous.headers.get('etag'))
    expect(partner.headers.get('cache-control')).toBe('private, no-cache')
    expect((await get(LIST, { Authorization: auth.partner, 'If-None-Match': partner.headers.get('etag')! })).status).toBe(304)

    const editor = await get(LIST, { Authorization: auth.editor })
    expect(editor.headers.get('cache-control')).toBe('private, no-cache')
    expect(editor.headers.get('last-modified')).toBeNull()
    expect((await get(LIST, { Authorization: auth.editor, 'If-None-Match': editor.headers.get('etag')! })).status).toBe(304)
  })

  it('gzip when accepted, with its own validator; both validate the same content', async () => {
    // Enough themes for a body worth compressing.
    for (let n = 1; n <= 8; n++)
      await createDoc(server.url, auth.editor, 'themes', { title: `Thème numéro ${n} : ${'économie sociale et solidaire '.repeat(4)}` })
    const path = '/api/themes?limit=20'
    const plain = await get(path, { 'Accept-Encoding': 'identity' })
    const res = await fetch(`${server.url}${path}`, { headers: { 'Accept-Encoding': 'gzip' } })
    expect(res.headers.get('content-encoding')).toBe('gzip')
    expect(await res.text()).toBe(plain.text) // fetch decodes it
    const gzipTag = res.headers.get('etag')!
    expect(gzipTag).not.toBe(plain.headers.get('etag'))
    expect((await get(path, { 'Accept-Encoding': 'gzip', 'If-None-Match': gzipTag })).status).toBe(304)
    expect((await get(path, { 'Accept-Encoding': 'gzip', 'If-None-Match': plain.headers.get('etag')! })).status).toBe(304)
  })

  it('cross-origin partners can read the validators (CORS)', async () => {
    const answer = await get(LIST, { Origin: PARTNER_ORIGIN })
    expect(answer.headers.get('access-control-allow-origin')).toBe(PARTNER_ORIGIN)
    expect(answer.headers.get('access-control-expose-headers')).toMatch(/\bETag\b.*\bLast-Modified\b.*\bRetry-After\b/)
    // Another origin's answer is not the allowed origin's (Vary: Origin, and keyed so here too).
    expect((await get(LIST, { Origin: 'https://evil.example' })).headers.get('access-control-allow-origin')).toBeNull()
    expect((await get(LIST, { Origin: PARTNER_ORIGIN })).headers.get('access-control-allow-origin')).toBe(PARTNER_ORIGIN)
  })
})

describe('what the cache serves', () => {
  const LIST = '/api/fiches?limit=50&depth=0&sort=-firstPublishedAt'

  it('moves with every publish, update, unpublish and delete, on the next request', async () => {
    const before = await get(LIST)
    const etag = before.headers.get('etag')!
    const fiche = await createDoc(server.url, auth.editor, 'fiches', { title: 'Fiche publiée', series: 'deniche', visibility: 'public' })
    const published = await get(LIST, { 'If-None-Match': etag })
    expect(published.status).toBe(200)
    expect(titles(published)).toContain('Fiche publiée')
    expect((await get(`/api/fiches/count`)).json().totalDocs).toBe(published.json().totalDocs)

    const edit = (data: Record<string, unknown>) =>
      call(server.url, `/api/fiches/${fiche.id}`, { method: 'PATCH', auth: auth.editor, body: data })
    expect((await edit({ title: 'Fiche renommée' })).status).toBe(200)
    expect(titles(await get(LIST))).toContain('Fiche renommée')
    expect((await get(`/api/fiches/${fiche.id}`)).json().title).toBe('Fiche renommée')

    expect((await edit({ _status: 'draft' })).status).toBe(200)
    expect(titles(await get(LIST))).not.toContain('Fiche renommée')
    expect((await get(`/api/fiches/${fiche.id}`)).status).toBe(404)

    expect((await edit({ _status: 'published' })).status).toBe(200)
    expect(titles(await get(LIST))).toContain('Fiche renommée')
    expect((await call(server.url, `/api/fiches/${fiche.id}`, { method: 'DELETE', auth: auth.editor })).status).toBe(200)
    expect(titles(await get(LIST))).not.toContain('Fiche renommée')
    expect((await get(`/api/fiches/${fiche.id}`)).status).toBe(404)
  })

  it('never gives anonymous readers or partners what a member or an editor read at the same address', async () => {
    await createDoc(server.url, auth.editor, 'fiches', { title: 'Brouillon secret', series: 'deniche', visibility: 'public' }, 'draft')
    await createDoc(server.url, auth.editor, 'fiches', { title: 'Réservée aux adhérents', series: 'deniche', visibility: 'members' })
    await createDoc(server.url, auth.editor, 'fiches', { title: 'Fiche publique', series: 'deniche', visibility: 'public' })
    for (const path of [LIST, `${LIST}&draft=true`]) {
      // Signed-in readers first, so that a cache keyed wrongly would have their answers ready.
      expect(titles(await get(path, { Authorization: auth.editor }))).toContain(
        path.includes('draft') ? 'Brouillon secret' : 'Réservée aux adhérents',
      )
      expect(titles(await get(path, { Authorization: auth.member }))).toContain('Réservée aux adhérents')
      for (const reader of [undefined, auth.partner]) {
        for (let repeat = 0; repeat < 2; repeat++) {
          const seen = titles(await get(path, { Authorization: reader }))
          const who = `${reader ? 'partner' : 'anonymous'} ${path} #${repeat}`
          expect(seen, who).toContain('Fiche publique')
          expect(seen, who).not.toContain('Brouillon secret')
          expect(seen, who).not.toContain('Réservée aux adhérents')
        }
      }
    }
    const graphql = `/api/graphql?query=${encodeURIComponent('{ Fiches(limit: 50) { docs { title } } }')}`
    await get(graphql, { Authorization: auth.member })
    const seen = (await get(graphql)).json().data.Fiches.docs.map((doc: { title: string }) => doc.title)
    expect(seen).toContain('Fiche publique')
    expect(seen).not.toContain('Réservée aux adhérents')
  })

  it("keeps partners' GraphQL answers about themselves to themselves", async () => {
    const me = `/api/graphql?query=${encodeURIComponent('{ meUser { user { email } } }')}`
    const partner = await get(me, { Authorization: auth.partner })
    expect(partner.json().data.meUser.user.email).toBe('partner@cress.test')
    expect(partner.headers.get('cache-control')).toBe('private, no-cache')
    expect((await get(me)).json().data.meUser.user).toBeNull()
  })
})

describe('GraphQL over GET', () => {
  const QUERY = '{ Themes(limit: 3) { docs { title } } }'
  const graphql = (params: Record<string, string>, headers: Record<string, string> = {}) =>
    get(`/api/graphql?${new URLSearchParams(params)}`, headers)

  it('answers queries with validators and 304s, like POST', async () => {
    const answer = await graphql({ query: QUERY })
    expect(answer.status).toBe(200)
    const posted = await call(server.url, '/api/graphql', { method: 'POST', body: { query: QUERY } })
    expect(answer.json()).toEqual(posted.body)
    expect(answer.headers.get('vary')).toContain('Accept-Language')
    expect((await graphql({ query: QUERY }, { 'If-None-Match': answer.headers.get('etag')! })).status).toBe(304)
    const withVariables = await graphql({
      query: 'query ($n: Int) { Themes(limit: $n) { docs { title } } }',
      variables: JSON.stringify({ n: 1 }),
    })
    expect(withVariables.json().data.Themes.docs).toHaveLength(1)
  })

  it('refuses mutations (405, Allow: POST) and bad variables (400)', async () => {
    const mutation = await graphql({ query: 'mutation { deleteTheme(id: "x") { id } }' })
    expect(mutation.status).toBe(405)
    expect(mutation.headers.get('allow')).toBe('POST')
    expect((await graphql({ query: QUERY, variables: '{not json' })).status).toBe(400)
    expect((await get('/api/graphql')).status).toBe(400)
  })

  it('persisted queries: unknown id, then registered with its query, then by id alone', async () => {
    const query = '{ Themes(limit: 2) { docs { slug } } }'
    const id = createHash('sha256').update(query).digest('hex')
    const unknown = await graphql({ id })
    expect(unknown.json().errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND')
    expect((await graphql({ id: id.replace(/^./, id[0] === 'a' ? 'b' : 'a'), query })).status).toBe(400)
    const registered = await graphql({ id, query })
    expect(registered.json().data.Themes.docs).toHaveLength(2)
    const byId = await graphql({ extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: id } }) })
    expect(byId.json()).toEqual(registered.json())
  })
})

describe('uploaded files', () => {
  // A 1×1 transparent PNG.
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')

  async function upload(name: string, visibility: 'public' | 'members'): Promise<{ id: string; url: string }> {
    const form = new FormData()
    form.append('file', new Blob([png], { type: 'image/png' }), name)
    form.append('_payload', JSON.stringify({ alt: 'Logo', visibility }))
    const res = await fetch(`${server.url}/api/media`, { method: 'POST', headers: { Authorization: auth.editor! }, body: form })
    expect(res.status).toBe(201)
    return (await res.json()).doc
  }

  it('long-lived public caching with validators; 304 when current', async () => {
    const { url } = await upload('logo-public.png', 'public')
    const path = new URL(url, server.url).pathname
    const file = await fetch(`${server.url}${path}`)
    expect(file.status).toBe(200)
    expect(Buffer.from(await file.arrayBuffer())).toEqual(png)
    expect(file.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/)
    const etag = file.headers.get('etag')!
    expect(etag).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/)
    expect(file.headers.get('last-modified')).toBeTruthy()
    const revalidated = await get(path, { 'If-None-Match': etag })
    expect(revalidated.status).toBe(304)
    expect(revalidated.text).toBe('')
    expect((await get(path, { 'If-Modified-Since': file.headers.get('last-modified')! })).status).toBe(304)
    expect((await get(path, { Authorization: auth.editor })).headers.get('cache-control')).toBe('private, no-cache')
  })

  it('a members-only file is refused to anonymous readers, even with its current ETag', async () => {
    const { url } = await upload('logo-adherents.png', 'members')
    const path = new URL(url, server.url).pathname
    const member = await fetch(`${server.url}${path}`, { headers: { Authorization: auth.member! } })
    expect(member.status).toBe(200)
    expect(member.headers.get('cache-control')).toBe('private, no-cache')
    const anonymous = await get(path, { 'If-None-Match': member.headers.get('etag')! })
    expect(anonymous.status).toBeGreaterThanOrEqual(400)
  })
})
