/**
 * Delta sync (`GET /api/sync`) against the real server: a document's life seen from each intermediate
 * token, visibility per caller, pages, a mirror built only from sync (with the SDK), and bad input.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createClient, type SyncChange } from '../../src/sdk/src'
import { encodeToken } from '../../src/sync/tokens'
import { SYNCED_COLLECTIONS } from '../helpers/registry'
import { call, createAccounts, type Credentials, type Role } from '../helpers/rest'
import { type RunningServer, startServer, TEST_SECRET } from '../helpers/server'
import { readCommittedSpec, SpecValidator } from '../openapi/validator'

let server: RunningServer
let auth: Credentials
const validator = new SpecValidator(readCommittedSpec())

beforeAll(async () => {
  server = await startServer('sync')
  auth = await createAccounts(server.url)
})
afterAll(async () => {
  await server?.stop()
})

interface Page {
  changes: { op: 'upsert' | 'delete'; collection: string; id: string; doc?: Record<string, unknown> }[]
  nextToken: string
  hasMore: boolean
}

/** One page, checked against the spec. */
async function page(query: Record<string, string | number | undefined>, role: Role = 'anonymous'): Promise<Page> {
  const params = new URLSearchParams(
    Object.entries(query)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, String(v)]),
  )
  const res = await call(server.url, `/api/sync?${params}`, { auth: auth[role] })
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  expect(validator.responseErrors('/api/sync', 'GET', 200, res.body)).toEqual([])
  return res.body as Page
}

/** Every change from `since` (or a snapshot), following pages; the final token. */
async function follow(since: string | undefined, role: Role = 'anonymous', query: Record<string, string | number> = {}) {
  const changes: Page['changes'] = []
  let token = since
  for (let pages = 0; ; pages++) {
    expect(pages).toBeLessThan(200)
    const result = await page({ ...query, since: token }, role)
    changes.push(...result.changes)
    token = result.nextToken
    if (!result.hasMore) return { changes, token: token }
  }
}

const ops = (changes: Page['changes']) => changes.map(({ op, collection, id }) => `${op} ${collection} ${id}`)

async function editor(method: string, path: string, body?: unknown) {
  const res = await call(server.url, path, { method, auth: auth.editor, body })
  expect(res.status, JSON.stringify(res.body)).toBeLessThan(300)
  return res.body.doc as { id: string }
}

const publicDoc = async (collection: string, id: string) => (await call(server.url, `/api/${collection}/${id}?depth=0`)).body

describe('a document’s life, seen from each intermediate token', () => {
  it('create → update → publish → unpublish → delete', async () => {
    const fiches = { collections: 'fiches' }
    const tokens = [(await follow(undefined, 'anonymous', fiches)).token]
    const step = async (expected: (id: string) => string[], id: string) => {
      const { changes, token } = await follow(tokens[tokens.length - 1], 'anonymous', fiches)
      expect(ops(changes)).toEqual(expected(id))
      tokens.push(token)
      return changes
    }

    const draft = await editor('POST', '/api/fiches?draft=true', {
      title: 'Fiche en préparation',
      slug: 'fiche-cycle',
      series: 'deniche',
      _status: 'draft',
    })
    const id = draft.id
    await step(() => [], id) // created unpublished: nothing to mirror, and no tombstone for what was never sent
    await editor('PATCH', `/api/fiches/${id}?draft=true`, { title: 'Fiche relue' })
    await step(() => [], id) // still never public: no tombstone either (its id must not reach the public)
    await editor('PATCH', `/api/fiches/${id}`, { _status: 'published' })
    const [published] = await step((i) => [`upsert fiches ${i}`], id)
    expect(published.doc).toEqual(await publicDoc('fiches', id)) // the REST shape, depth 0
    await editor('PATCH', `/api/fiches/${id}`, { _status: 'draft' })
    await step((i) => [`delete fiches ${i}`], id)
    await editor('DELETE', `/api/fiches/${id}`)
    await step((i) => [`delete fiches ${i}`], id)
    await step(() => [], id)

    // From each intermediate token to now: the document is gone.
    const expected = [[], [`delete fiches ${id}`], [`delete fiches ${id}`], [`delete fiches ${id}`], [`delete fiches ${id}`], [], []]
    for (const [index, token] of tokens.entries()) {
      expect(ops((await follow(token, 'anonymous', fiches)).changes), `from token ${index}`).toEqual(expected[index])
    }
    // An editor, who reads drafts, saw it as upserts until its deletion.
    const editorToken = (await follow(undefined, 'editor', fiches)).token
    expect((await follow(editorToken, 'editor', fiches)).changes).toEqual([])
  })

  it('pages with a token per page: every change exactly once, in order', async () => {
    const start = (await follow(undefined, 'anonymous', { collections: 'kits' })).token
    const ids: string[] = []
    for (let i = 1; i <= 5; i++) {
      const kit = await editor('POST', '/api/kits', {
        title: `Kit ${i}`,
        slug: `kit-page-${i}`,
        level: 'regional',
        edition: 2010 + i,
        _status: 'published',
      })
      ids.push(kit.id)
    }
    const seen: string[] = []
    let token = start
    for (;;) {
      const result = await page({ since: token, limit: 2 })
      expect(result.changes.length).toBeLessThanOrEqual(2)
      seen.push(...ops(result.changes))
      token = result.nextToken
      if (!result.hasMore) break
    }
    expect(seen).toEqual(ids.map((id) => `upsert kits ${id}`))
    expect((await page({ since: token })).changes).toEqual([])
  })
})

describe('what each caller may read', () => {
  it('a document made members-only is a delete for anonymous and partner callers, an upsert for members', async () => {
    const fiche = await editor('POST', '/api/fiches', {
      title: 'Fiche ouverte',
      slug: 'fiche-ouverte',
      series: 'deniche',
      _status: 'published',
    })
    const roles: Role[] = ['anonymous', 'partner', 'member', 'editor']
    const tokens = new Map<Role, string>()
    for (const role of roles) {
      const snapshot = await follow(undefined, role, { collections: 'fiches' })
      expect(ops(snapshot.changes), role).toContain(`upsert fiches ${fiche.id}`)
      tokens.set(role, snapshot.token)
    }
    await editor('PATCH', `/api/fiches/${fiche.id}`, { visibility: 'members' })
    for (const role of roles) {
      const { changes } = await follow(tokens.get(role), role, { collections: 'fiches' })
      expect(ops(changes), role).toEqual([`${role === 'anonymous' || role === 'partner' ? 'delete' : 'upsert'} fiches ${fiche.id}`])
      if (changes[0].op === 'upsert') expect(changes[0].doc).toMatchObject({ visibility: 'members' })
    }
    // A token is bound to the kind of caller it was issued to.
    const res = await call(server.url, `/api/sync?since=${tokens.get('anonymous')}`, { auth: auth.member })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(/other read rights/)
  })
})

describe('a mirror built only from sync (SDK) equals the public state', () => {
  it('snapshot pages interleaved with edits, then deltas, with a small page size', async () => {
    const rtes = createClient({ baseUrl: server.url })
    const mirror = new Map<string, unknown>()
    const apply = (change: SyncChange) => {
      const key = `${change.collection}/${change.id}`
      if (change.op === 'upsert') mirror.set(key, change.doc)
      else mirror.delete(key)
    }
    const theme = await editor('POST', '/api/themes', { title: 'Alimentation durable', slug: 'alimentation-durable' })
    const kept = await editor('POST', '/api/fiches', {
      title: 'Fiche gardée',
      slug: 'fiche-gardee',
      series: 'deniche',
      _status: 'published',
      themes: [theme.id],
    })
    const removed = await editor('POST', '/api/fiches', {
      title: 'Fiche retirée',
      slug: 'fiche-retiree',
      series: 'deniche',
      _status: 'published',
    })
    const hidden = await editor('POST', '/api/kits', {
      title: 'Kit bientôt réservé',
      slug: 'kit-reserve',
      level: 'regional',
      edition: 2021,
      _status: 'published',
    })

    // The snapshot, page by page, while editors keep working.
    const first = await rtes.sync({ limit: 2 })
    first.changes.forEach(apply)
    expect(first.hasMore).toBe(true)
    await editor('DELETE', `/api/fiches/${removed.id}`)
    await editor('PATCH', `/api/fiches/${kept.id}`, { title: 'Fiche gardée et relue' })
    const added = await editor('POST', '/api/events', {
      title: 'Webinaire',
      slug: 'webinaire-sync',
      kind: 'webinar',
      start: '2021-02-05T10:00:00.000Z',
      _status: 'published',
    })
    const rest = rtes.syncAll({ since: first.nextToken, limit: 2 })
    for await (const change of rest) apply(change)
    expect(rest.nextToken).toBeTruthy()

    // Then deltas.
    await editor('PATCH', `/api/kits/${hidden.id}`, { visibility: 'members' })
    await editor('PATCH', `/api/events/${added.id}`, { title: 'Webinaire (replay)' })
    await editor('PATCH', `/api/themes/${theme.id}`, { title: 'Alimentation' })
    await editor('POST', '/api/partners', { name: 'CRESS Bretagne', slug: 'cress-bretagne', kind: 'cress', _status: 'published' })
    const deltas = rtes.syncAll({ since: rest.nextToken!, limit: 2 })
    for await (const change of deltas) apply(change)

    const expected = new Map<string, unknown>()
    for (const { slug: collection } of SYNCED_COLLECTIONS) {
      const { body } = await call(server.url, `/api/${collection}?limit=100&depth=0`)
      for (const doc of body.docs) expected.set(`${collection}/${doc.id}`, doc)
    }
    expect(expected.size).toBeGreaterThan(3)
    expect(Object.fromEntries(mirror)).toEqual(Object.fromEntries(expected))
    expect(mirror.has(`fiches/${removed.id}`)).toBe(false)
    expect(mirror.has(`kits/${hidden.id}`)).toBe(false)
    expect((mirror.get(`events/${added.id}`) as { title: string }).title).toBe('Webinaire (replay)')

    // Nothing new: an empty page and the same position.
    const again = await rtes.sync({ since: deltas.nextToken! })
    expect(again).toMatchObject({ changes: [], hasMore: false })
  })
})

describe('bad input is a 400 with a clear message', () => {
  const bad = async (query: string, pattern: RegExp) => {
    const res = await call(server.url, `/api/sync?${query}`)
    expect(res.status, query).toBe(400)
    expect(res.body.errors[0].message, query).toMatch(pattern)
  }

  it('malformed, forged and foreign tokens', async () => {
    const { token } = await follow(undefined)
    const [body, signature] = token.split('.') as [string, string]
    await bad('since=not-a-token', /not a sync token/)
    await bad(`since=${body}`, /not a sync token/)
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), s: 0 })).toString('base64url')
    await bad(`since=${forged}.${signature}`, /not issued by this server/)
    await bad(`since=${body}.${signature.slice(1)}A`, /not issued by this server/)
    const foreign = encodeToken('another-server-secret', { v: 1, m: 'delta', s: 0, c: ['fiches'], a: 'public' })
    await bad(`since=${foreign}`, /not issued by this server/)
    const unsupported = encodeToken(TEST_SECRET, { v: 2, m: 'delta', s: 0, c: ['fiches'], a: 'public' } as never)
    await bad(`since=${unsupported}`, /unsupported version/)
    await bad(`since=${token}&since=${token}`, /given once/)
    await bad(`since=${token}&collections=fiches`, /issued for collections=/)
  })

  it('unknown collections, limits and locales', async () => {
    await bad('collections=fiches,users', /Unknown collection\(s\) for sync: "users"/)
    await bad('collections=webhooks', /Unknown collection/)
    await bad('limit=0', /`limit` must be an integer from 1 to 500/)
    await bad('limit=abc', /`limit`/)
    await bad('limit=501', /`limit`/)
    await bad('locale=de', /`locale` must be one of fr, en/)
  })
})
