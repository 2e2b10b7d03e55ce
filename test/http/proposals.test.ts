/**
 * Member proposals (issue #14), from the outside over REST and GraphQL: a member attached to its authority
 * proposes an actualité or an agenda event, edits it until it submits it, reads the review, and never
 * publishes it whatever it sends; other members, partners and anonymous readers never see it (lists,
 * counts, by id, GraphQL, feeds, sync, search, rich-text relationships); editors review the submitted ones
 * and accept (publish) or return them with a comment.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paragraph, relationship, root, text } from '../helpers/lexical'
import { call, createDoc, graphql } from '../helpers/rest'
import { type RunningServer, startServer } from '../helpers/server'
import { createUser, login, registerAdmin } from '../helpers/users'

let server: RunningServer
/** `Authorization` headers. */
const auth: Record<'admin' | 'editor' | 'partner' | 'memberA' | 'memberB' | 'loneMember', string> = {} as never
const ids: Record<string, string> = {}
const WORD = 'ressourcerie'

const as = (who: keyof typeof auth | 'anonymous') => (who === 'anonymous' ? undefined : auth[who])
const OUTSIDERS = ['anonymous', 'partner', 'memberB'] as const

beforeAll(async () => {
  server = await startServer('proposals')
  const admin = await registerAdmin(server.url)
  auth.admin = `JWT ${admin.token}`
  const account = async (email: string, role: 'editor' | 'member') => {
    const user = await createUser(server.url, admin.token, { email, role })
    ids[email] = user.id
    return `JWT ${await login(server.url, email)}`
  }
  auth.editor = await account('editor@rtes.test', 'editor')
  await createUser(server.url, admin.token, { email: 'partner@cress.test', role: 'partner', apiKey: 'partner-key-0123456789' })
  auth.partner = 'users API-Key partner-key-0123456789'
  for (const [key, name] of [
    ['territoryA', 'Romainville'],
    ['territoryB', 'Sceaux'],
  ]) {
    const res = await call(server.url, '/api/territories', { method: 'POST', auth: auth.editor, body: { name, kind: 'commune' } })
    ids[key] = res.body.doc.id
  }
  auth.memberA = await account('a@romainville.test', 'member')
  auth.memberB = await account('b@sceaux.test', 'member')
  auth.loneMember = await account('c@nowhere.test', 'member')
  // Editors attach member accounts to their authority.
  for (const [email, territory] of [
    ['a@romainville.test', 'territoryA'],
    ['b@sceaux.test', 'territoryB'],
  ]) {
    const res = await call(server.url, `/api/users/${ids[email]}`, {
      method: 'PATCH',
      auth: auth.editor,
      body: { authority: ids[territory] },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
  }
})
afterAll(async () => {
  await server?.stop()
})

/** What `who` reads of news document `id`, by every REST and GraphQL door; null where it is hidden. */
async function readsNews(who: keyof typeof auth | 'anonymous', id: string) {
  const byId = await call(server.url, `/api/news/${id}?draft=true`, { auth: as(who) })
  const list = await call(server.url, '/api/news?limit=100&depth=0', { auth: as(who) })
  const drafts = await call(server.url, '/api/news?limit=100&draft=true&where[_status][equals]=draft', { auth: as(who) })
  const count = await call(server.url, '/api/news/count', { auth: as(who) })
  const gql = await graphql(server.url, `{ News(limit: 100) { totalDocs docs { id } } NewsItem(id: "${id}") { id title } }`, as(who))
  const listed = list.body.docs.some((doc: { id: string }) => doc.id === id)
  expect(list.body.totalDocs, `${who}: totals agree with the list`).toBe(list.body.docs.length)
  expect(count.body.totalDocs, `${who}: /count agrees`).toBe(list.body.totalDocs)
  expect(
    gql.data.News.docs.some((doc: { id: string }) => doc.id === id),
    `${who}: GraphQL list`,
  ).toBe(listed)
  expect(Boolean(gql.data.NewsItem), `${who}: GraphQL by id`).toBe(byId.status === 200)
  return {
    byId: byId.status === 200 ? byId.body : null,
    listed,
    inDrafts: drafts.body.docs.some((doc: { id: string }) => doc.id === id),
  }
}

describe('a member proposes an actualité for its authority', () => {
  it('attaches accounts to authorities: editors set it, a member cannot change its own', async () => {
    const own = await call(server.url, `/api/users/${ids['a@romainville.test']}`, {
      method: 'PATCH',
      auth: auth.memberA,
      body: { authority: ids.territoryB, name: 'Service ESS de Romainville' },
    })
    expect(own.status).toBe(200)
    expect(own.body.doc.name).toBe('Service ESS de Romainville')
    expect(own.body.doc.authority).toMatchObject({ id: ids.territoryA })
    // Editors edit member accounts, not their credentials.
    const password = await call(server.url, `/api/users/${ids['a@romainville.test']}`, {
      method: 'PATCH',
      auth: auth.editor,
      body: { password: 'a brand new password' },
    })
    expect(password.status).toBe(403)
    expect(JSON.stringify(password.body)).toMatch(/password/)
    // …and no other account than members (nor admins').
    expect(
      (await call(server.url, '/api/users?limit=100', { auth: auth.editor })).body.docs.map((u: { email: string }) => u.email).sort(),
    ).toEqual(['a@romainville.test', 'b@sceaux.test', 'c@nowhere.test', 'editor@rtes.test'])
  })

  it('refuses proposals from accounts without an authority, partners and anonymous callers', async () => {
    for (const who of ['loneMember', 'partner', 'anonymous'] as const) {
      const res = await call(server.url, '/api/news', { method: 'POST', auth: as(who), body: { title: `Par ${who}` } })
      expect(res.status, who).toBe(403)
    }
  })

  it('keeps every save a draft, whatever the member sends, on every door', async () => {
    const attempts = [
      { path: '/api/news', body: { title: `Une ${WORD} à Romainville`, _status: 'published' } },
      { path: '/api/news?draft=false', body: { title: 'Deuxième essai', _status: 'published' } },
    ]
    const created: string[] = []
    for (const { path, body } of attempts) {
      const res = await call(server.url, path, { method: 'POST', auth: auth.memberA, body })
      expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBe(201)
      expect(res.body.doc._status, path).toBe('draft')
      created.push(res.body.doc.id)
    }
    expect(created).toHaveLength(2)
    // Publishing flags and review statuses other than draft and submitted are refused, saying why.
    for (const [path, body, message] of [
      ['/api/news?publishAllLocales=true', { title: 'Troisième essai', _status: 'published' }, /ne peut pas publier/],
      ['/api/news', { title: 'Quatrième essai', reviewStatus: 'accepted' }, /brouillon ou la soumettre/],
    ] as const) {
      const res = await call(server.url, path, { method: 'POST', auth: auth.memberA, body })
      expect(res.status, path).toBe(403)
      expect(JSON.stringify(res.body), path).toMatch(message)
    }
    ids.proposal = created[0]
    const gql = await graphql(
      server.url,
      'mutation { createNewsItem(data: { title: "Par GraphQL", slug: "par-graphql", visibility: public, _status: published }, draft: false) { id _status reviewStatus } }',
      auth.memberA,
    )
    expect(gql.errors, JSON.stringify(gql)).toBeUndefined()
    expect(gql.data.createNewsItem).toMatchObject({ _status: 'draft', reviewStatus: 'draft' })
    ids.gqlProposal = gql.data.createNewsItem.id
    expect((await call(server.url, '/api/news/count')).body.totalDocs).toBe(0)

    const proposal = await call(server.url, `/api/news/${ids.proposal}?depth=0`, { auth: auth.memberA })
    expect(proposal.body).toMatchObject({
      _status: 'draft',
      reviewStatus: 'draft',
      proposedBy: ids['a@romainville.test'],
      territories: [ids.territoryA],
    })
  })

  it('never publishes through an update either (REST, draft flags, review status, GraphQL)', async () => {
    const id = ids.proposal
    const patch = (path: string, body: unknown) => call(server.url, path, { method: 'PATCH', auth: auth.memberA, body })
    expect((await patch(`/api/news/${id}`, { _status: 'published' })).body.doc._status).toBe('draft')
    expect((await patch(`/api/news/${id}?draft=true`, { _status: 'published' })).body.doc._status).toBe('draft')
    expect((await patch(`/api/news/${id}?publishSpecificLocale=fr`, { title: 'Publie-toi' })).status).toBe(403)
    for (const reviewStatus of ['accepted', 'returned']) {
      const res = await patch(`/api/news/${id}`, { reviewStatus })
      expect(res.status, reviewStatus).toBe(403)
      expect(JSON.stringify(res.body)).toMatch(/brouillon ou la soumettre/)
    }
    // Editors' fields are ignored: the comment, and who proposed it.
    const sneaky = await patch(`/api/news/${id}`, { reviewComment: 'Parfait', proposedBy: ids['b@sceaux.test'] })
    expect(sneaky.body.doc).toMatchObject({ proposedBy: expect.objectContaining({ id: ids['a@romainville.test'] }) })
    expect(sneaky.body.doc.reviewComment ?? null).toBeNull()
    const gql = await graphql(
      server.url,
      `mutation { updateNewsItem(id: "${id}", data: { _status: published, reviewStatus: accepted }) { _status } }`,
      auth.memberA,
    )
    expect(gql.errors?.length).toBeGreaterThan(0)
    const bulk = await patch(`/api/news?where[id][equals]=${id}`, { _status: 'published' })
    expect(bulk.status).toBe(200)
    expect((await call(server.url, `/api/news/${id}`, { auth: auth.editor })).body._status).toBe('draft')
    expect((await call(server.url, '/api/news/count')).body.totalDocs).toBe(0)
  })

  it('shows the proposal to its member and editors only, by every REST and GraphQL door', async () => {
    for (const who of ['memberA', 'editor'] as const) {
      expect(await readsNews(who, ids.proposal), who).toMatchObject({ byId: { reviewStatus: 'draft' }, listed: true, inDrafts: true })
    }
    for (const who of OUTSIDERS) {
      const seen = await readsNews(who, ids.proposal)
      expect(seen, who).toEqual({ byId: null, listed: false, inDrafts: false })
    }
    // Not even by filtering on the review fields, which only editors and the proposer read.
    for (const who of OUTSIDERS) {
      const res = await call(server.url, '/api/news?where[reviewStatus][equals]=draft', { auth: as(who) })
      expect(res.body.docs ?? [], who).toEqual([])
    }
  })

  it('lets no other member edit or delete it', async () => {
    for (const method of ['PATCH', 'DELETE']) {
      const res = await call(server.url, `/api/news/${ids.proposal}`, { method, auth: auth.memberB, body: { title: 'Pris' } })
      expect([403, 404], method).toContain(res.status)
    }
    const gql = await graphql(
      server.url,
      `mutation { updateNewsItem(id: "${ids.proposal}", data: { title: "Pris" }) { id } }`,
      auth.memberB,
    )
    expect(gql.errors?.length).toBeGreaterThan(0)
    expect((await call(server.url, `/api/news/${ids.proposal}`, { auth: auth.editor })).body.title).not.toBe('Pris')
    // Its own member may withdraw a proposal it has not submitted.
    expect((await call(server.url, `/api/news/${ids.gqlProposal}`, { method: 'DELETE', auth: auth.memberA })).status).toBe(200)
    expect((await call(server.url, `/api/news/${ids.gqlProposal}`, { auth: auth.editor })).status).toBe(404)
  })

  it('never leaks through feeds, sync, search or a published document’s rich text', async () => {
    // A published fiche embeds the proposal (an editor's mistake): readers other than editors lose the node.
    await createDoc(server.url, auth.editor, 'fiches', {
      title: 'Fiche qui cite une proposition',
      series: 'deniche',
      body: root(paragraph(text('Voir aussi')), relationship('news', ids.proposal)),
    })
    for (const who of OUTSIDERS) {
      const paths = [
        '/feeds/news.json',
        '/feeds/events.json',
        '/api/sync?collections=news,events&limit=500',
        `/api/search?q=${WORD}&limit=50`,
        '/api/fiches?limit=10&depth=1',
      ]
      for (const path of paths) {
        const res = await call(server.url, path, { auth: as(who) })
        expect(res.status, `${who} ${path}`).toBe(200)
        const json = JSON.stringify(res.body)
        expect(json, `${who} ${path}`).not.toContain(ids.proposal)
        expect(json, `${who} ${path}`).not.toContain(WORD)
      }
    }
    // The proposal is there for editors: the doors above were not simply empty.
    const search = await call(server.url, `/api/search?q=${WORD}&limit=50`, { auth: auth.editor })
    expect(JSON.stringify(search.body)).toContain(ids.proposal)
    const fiches = await call(server.url, '/api/fiches?limit=10&depth=1', { auth: auth.editor })
    expect(JSON.stringify(fiches.body)).toContain(WORD)
  })
})

describe('the review', () => {
  it('submitting stamps the date and ends the member’s editing', async () => {
    const submitted = await call(server.url, `/api/news/${ids.proposal}`, {
      method: 'PATCH',
      auth: auth.memberA,
      body: { reviewStatus: 'submitted', summary: 'Une ressourcerie ouvre ses portes.' },
    })
    expect(submitted.status).toBe(200)
    expect(submitted.body.doc).toMatchObject({ reviewStatus: 'submitted', _status: 'draft', submittedAt: expect.any(String) })
    for (const method of ['PATCH', 'DELETE']) {
      const res = await call(server.url, `/api/news/${ids.proposal}`, { method, auth: auth.memberA, body: { title: 'Encore' } })
      expect([403, 404], method).toContain(res.status)
    }
  })

  it('puts it in the editors’ queue and on the dashboard', async () => {
    const queue = await call(server.url, '/api/news?where[reviewStatus][equals]=submitted', { auth: auth.editor })
    expect(queue.body.docs.map((doc: { id: string }) => doc.id)).toEqual([ids.proposal])
    const res = await fetch(`${server.url}/admin`, { headers: { Authorization: auth.editor } })
    const html = await res.text()
    expect(res.status).toBe(200)
    expect(html).toContain('data-section="proposals"')
    expect(html).toContain('Propositions à relire')
    expect(html).toContain('/admin/collections/news?where%5BreviewStatus%5D%5Bequals%5D=submitted')
  })

  it('returning needs a comment, which the member reads; the member edits and submits again', async () => {
    const bare = await call(server.url, `/api/news/${ids.proposal}?draft=true`, {
      method: 'PATCH',
      auth: auth.editor,
      body: { reviewStatus: 'returned' },
    })
    expect(bare.status).toBe(400)
    expect(JSON.stringify(bare.body)).toMatch(/reviewComment/)
    // As the admin saves it: a draft save.
    const returned = await call(server.url, `/api/news/${ids.proposal}?draft=true`, {
      method: 'PATCH',
      auth: auth.editor,
      body: { reviewStatus: 'returned', reviewComment: 'Ajoutez une photo et la date d’ouverture.' },
    })
    expect(returned.status).toBe(200)
    const seen = await call(server.url, `/api/news/${ids.proposal}`, { auth: auth.memberA })
    expect(seen.body).toMatchObject({ reviewStatus: 'returned', reviewComment: 'Ajoutez une photo et la date d’ouverture.' })
    const edited = await call(server.url, `/api/news/${ids.proposal}`, {
      method: 'PATCH',
      auth: auth.memberA,
      body: { summary: 'Ouverture le 2 octobre 2021.' },
    })
    expect(edited.status).toBe(200)
    expect(edited.body.doc).toMatchObject({ reviewStatus: 'returned', _status: 'draft' })
    const again = await call(server.url, `/api/news/${ids.proposal}`, {
      method: 'PATCH',
      auth: auth.memberA,
      body: { reviewStatus: 'submitted' },
    })
    expect(again.body.doc.reviewStatus).toBe('submitted')
  })

  it('accepting publishes it; readers then see the actualité without its review', async () => {
    const accepted = await call(server.url, `/api/news/${ids.proposal}`, {
      method: 'PATCH',
      auth: auth.editor,
      body: { _status: 'published' },
    })
    expect(accepted.status).toBe(200)
    expect(accepted.body.doc).toMatchObject({ _status: 'published', reviewStatus: 'accepted', firstPublishedAt: expect.any(String) })
    for (const who of OUTSIDERS) {
      const { byId, listed } = await readsNews(who, ids.proposal)
      expect(listed, who).toBe(true)
      expect(byId.summary, who).toBe('Ouverture le 2 octobre 2021.')
      for (const field of ['proposedBy', 'reviewStatus', 'reviewComment', 'submittedAt'])
        expect(byId, `${who} ${field}`).not.toHaveProperty(field)
    }
    // Now in the public feed, sync and search.
    for (const path of ['/feeds/news.json', '/api/sync?collections=news&limit=500', `/api/search?q=${WORD}&limit=50`]) {
      expect(JSON.stringify((await call(server.url, path)).body), path).toContain(ids.proposal)
    }
    // Published, it is no longer the member's to edit.
    const res = await call(server.url, `/api/news/${ids.proposal}`, { method: 'PATCH', auth: auth.memberA, body: { title: 'Modifiée' } })
    expect([403, 404]).toContain(res.status)
  })
})

describe('agenda events', () => {
  it('follow the same rules: hidden from others, accepted by an editor from a draft save', async () => {
    const proposed = await call(server.url, '/api/events', {
      method: 'POST',
      auth: auth.memberB,
      body: { title: 'Forum ESS de Sceaux', kind: 'meeting', start: '2021-10-02T08:00:00.000Z', _status: 'published' },
    })
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201)
    const id = proposed.body.doc.id
    expect(proposed.body.doc).toMatchObject({ _status: 'draft', territories: [expect.objectContaining({ id: ids.territoryB })] })
    for (const who of ['anonymous', 'partner', 'memberA'] as const) {
      expect((await call(server.url, `/api/events/${id}`, { auth: as(who) })).status, who).toBe(404)
      const gql = await graphql(server.url, '{ Events(limit: 100) { docs { id } } }', as(who))
      expect(JSON.stringify(gql), who).not.toContain(id)
    }
    await call(server.url, `/api/events/${id}`, { method: 'PATCH', auth: auth.memberB, body: { reviewStatus: 'submitted' } })
    const accepted = await call(server.url, `/api/events/${id}?draft=true`, {
      method: 'PATCH',
      auth: auth.editor,
      body: { reviewStatus: 'accepted' },
    })
    expect(accepted.body.doc).toMatchObject({ _status: 'published', reviewStatus: 'accepted' })
    expect((await call(server.url, `/api/events/${id}`)).status).toBe(200)
  })
})
