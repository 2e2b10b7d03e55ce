/**
 * Leaks an attacker would try, from the outside (real server), as an anonymous visitor, a partner API key,
 * a member and an editor: ids of drafts, members-only documents and media inside rich text (REST at every
 * depth, GraphQL, sync, webhook payloads, the SDK); sorting and filtering by what related documents hide;
 * partner keys turned into logins; sync tombstones for documents never public; document locks; drafts,
 * versions and members-only files.
 */
import { readFileSync } from 'node:fs'

import { buildSchema } from 'graphql'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createClient } from '../../src/sdk/src'
import { paragraph, relationship, root, text, uploadNode } from '../helpers/lexical'
import { call, createAccounts, createDoc, type Credentials, graphql, type Role } from '../helpers/rest'
import { TEST_PASSWORD } from '../helpers/users'
import { type RunningServer, startServer } from '../helpers/server'

let server: RunningServer
let auth: Credentials
const READERS: Role[] = ['anonymous', 'partner', 'member', 'editor']

beforeAll(async () => {
  server = await startServer('leaks')
  auth = await createAccounts(server.url)
})
afterAll(async () => {
  await server?.stop()
})

const create = (collection: string, data: Record<string, unknown>, status: 'draft' | 'published' = 'published') =>
  createDoc(server.url, auth.editor, collection, data, status)

async function upload(
  name: string,
  visibility: 'public' | 'members',
): Promise<{ id: string; filename: string; sizes: Record<string, { url: string | null }> }> {
  const png = await sharp({ create: { width: 400, height: 400, channels: 3, background: '#2a6f97' } })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), name)
  form.append('_payload', JSON.stringify({ alt: name, visibility }))
  const res = await fetch(`${server.url}/api/media`, { method: 'POST', headers: { Authorization: auth.editor! }, body: form })
  expect(res.status).toBe(201)
  return (await res.json()).doc
}

const internalLink = (relationTo: string, value: string, label: string) => ({
  type: 'link',
  version: 3,
  direction: 'ltr',
  format: '',
  indent: 0,
  id: `ln-${value.slice(0, 8)}`,
  fields: { linkType: 'internal', newTab: false, doc: { relationTo, value } },
  children: [text(label)],
})

/** Every node of a Lexical tree, depth first. */
function nodes(state: any): any[] {
  const out: any[] = []
  const walk = (list: any[]) => {
    for (const node of list ?? []) {
      out.push(node)
      walk(node.children)
    }
  }
  walk(state?.root?.children)
  return out
}

describe('rich text', () => {
  const ids: Record<string, string> = {}
  let hiddenFrom: Record<Role, string[]>
  let body: ReturnType<typeof root>

  beforeAll(async () => {
    ids.draft = (await create('fiches', { title: 'Brouillon confidentiel', slug: 'rt-draft', series: 'deniche' }, 'draft')).id
    ids.members = (await create('fiches', { title: 'Fiche réservée', slug: 'rt-members', series: 'deniche', visibility: 'members' })).id
    ids.open = (await create('fiches', { title: 'Fiche ouverte', slug: 'rt-open', series: 'deniche' })).id
    ids.membersMedia = (await upload('plan-reserve.png', 'members')).id
    ids.publicMedia = (await upload('affiche.png', 'public')).id
    body = root(
      paragraph(text('Introduction.')),
      relationship('fiches', ids.draft),
      relationship('fiches', ids.members),
      relationship('fiches', ids.open),
      uploadNode(ids.membersMedia),
      uploadNode(ids.publicMedia),
      paragraph(
        text('Voir '),
        internalLink('fiches', ids.members, 'la fiche réservée'),
        text(' et '),
        internalLink('fiches', ids.open, 'la fiche ouverte'),
        text('.'),
      ),
      {
        type: 'list',
        listType: 'bullet',
        start: 1,
        tag: 'ul',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        children: [
          {
            type: 'listitem',
            value: 1,
            format: '',
            indent: 0,
            version: 1,
            direction: 'ltr',
            children: [internalLink('fiches', ids.draft, 'le brouillon')],
          },
        ],
      },
    )
    ids.fiche = (await create('fiches', { title: 'Fiche avec renvois', slug: 'rt-host', series: 'deniche', body })).id
    ids.advocacy = (
      await create('advocacy-contributions', { title: 'Plaidoyer', kind: 'contribution', date: '2021-05-01', context: 'Loi 3DS', body })
    ).id
    const secret = [ids.draft, ids.members, ids.membersMedia]
    hiddenFrom = { anonymous: secret, partner: secret, member: [ids.draft], editor: [], admin: [] }
  })

  /** What `role` must get: the readable nodes only, the text of every link kept. */
  function expectPruned(state: any, role: Role, label: string) {
    const text = JSON.stringify(state)
    for (const id of hiddenFrom[role]) expect(text, `${label}: ${id}`).not.toContain(id)
    const all = nodes(state)
    const targets = all
      .filter((n) => n.type === 'relationship' || n.type === 'upload')
      .map((n) => (typeof n.value === 'object' ? n.value?.id : n.value))
    const links = all
      .filter((n) => n.type === 'link')
      .map((n) => (typeof n.fields.doc.value === 'object' ? n.fields.doc.value.id : n.fields.doc.value))
    const readable = (id: string) => !hiddenFrom[role].includes(id)
    expect(targets, label).toEqual([ids.draft, ids.members, ids.open, ids.membersMedia, ids.publicMedia].filter(readable))
    expect(links, label).toEqual([ids.members, ids.open, ids.draft].filter(readable))
    // Links to hidden documents become their text, in place.
    expect(
      all
        .filter((n) => n.type === 'text')
        .map((n) => n.text)
        .join(''),
      label,
    ).toBe('Introduction.Voir la fiche réservée et la fiche ouverte.le brouillon')
    for (const node of all.filter((n) => n.type === 'relationship' || n.type === 'upload')) expect(node.value, label).not.toBeNull()
  }

  it.each(READERS)('REST by id and in lists, depth 0, 1 and 2, for %s', async (role) => {
    for (const depth of [0, 1, 2]) {
      const one = await call(server.url, `/api/fiches/${ids.fiche}?depth=${depth}`, { auth: auth[role] })
      expect(one.status).toBe(200)
      expectPruned(one.body.body, role, `fiche depth ${depth}`)
      if (depth > 0) {
        const populated = nodes(one.body.body).find((n) => n.type === 'relationship' && (n.value?.id ?? n.value) === ids.open)
        expect(populated.value.title).toBe('Fiche ouverte')
      }
      const list = await call(server.url, `/api/fiches?where[slug][equals]=rt-host&depth=${depth}`, { auth: auth[role] })
      expectPruned(list.body.docs[0].body, role, `list depth ${depth}`)
      const other = await call(server.url, `/api/advocacy-contributions/${ids.advocacy}?depth=${depth}&locale=all`, { auth: auth[role] })
      expectPruned(other.body.body.fr, role, `advocacy locale=all depth ${depth}`)
    }
  })

  it.each(READERS)('GraphQL, at body depth 0 and 1, for %s', async (role) => {
    const result = await graphql(
      server.url,
      `{ Fiche(id: "${ids.fiche}") { flat: body(depth: 0) deep: body(depth: 1) } Fiches(where: { slug: { equals: "rt-host" } }) { docs { body } } }`,
      auth[role],
    )
    expect(result.errors).toBeUndefined()
    expectPruned(result.data.Fiche.flat, role, 'Fiche depth 0')
    expectPruned(result.data.Fiche.deep, role, 'Fiche depth 1')
    expectPruned(result.data.Fiches.docs[0].body, role, 'Fiches')
  })

  it.each(['anonymous', 'partner', 'member'] as Role[])('/api/sync (snapshot and deltas) and the SDK, for %s', async (role) => {
    const first = await call(server.url, '/api/sync?collections=fiches,advocacy-contributions&limit=500', { auth: auth[role] })
    const host = first.body.changes.find((c: { id: string }) => c.id === ids.fiche)
    expectPruned(host.doc.body, role, 'snapshot')
    await call(server.url, `/api/fiches/${ids.fiche}`, { method: 'PATCH', auth: auth.editor, body: { summary: `Relue pour ${role}` } })
    const delta = await call(server.url, `/api/sync?since=${first.body.nextToken}`, { auth: auth[role] })
    const changed = delta.body.changes.find((c: { id: string }) => c.id === ids.fiche)
    expectPruned(changed.doc.body, role, 'delta')
    if (role !== 'member') {
      const apiKey = auth[role]?.replace('users API-Key ', '')
      const sdk = createClient({ baseUrl: server.url, apiKey })
      expectPruned((await sdk.fiches.get(ids.fiche, { depth: 1 })).body, role, 'SDK get')
      expectPruned((await sdk.fiches.list({ where: { slug: { equals: 'rt-host' } } })).docs[0].body, role, 'SDK list')
    }
  })

  it('webhook payloads (the public form)', async () => {
    const hook = {
      name: 'CRESS',
      url: 'https://hooks.example.org/rtes',
      secret: 'whsec-leaks-test-0123456789abcdef',
      events: ['publish', 'update'],
      collections: ['fiches'],
      active: true,
    }
    expect((await call(server.url, '/api/webhooks', { method: 'POST', auth: auth.admin, body: hook })).status).toBe(201)
    await call(server.url, `/api/fiches/${ids.fiche}`, { method: 'PATCH', auth: auth.editor, body: { summary: 'Mise à jour notifiée' } })
    const published = await create('fiches', { title: 'Fiche publiée avec renvois', slug: 'rt-hook', series: 'deniche', body })
    const deliveries = await call(server.url, `/api/webhook-deliveries?limit=10&where[documentId][in]=${ids.fiche},${published.id}`, {
      auth: auth.admin,
    })
    expect(deliveries.body.docs.map((d: { event: string }) => d.event).sort()).toEqual(['publish', 'update'])
    for (const delivery of deliveries.body.docs) expectPruned(JSON.parse(delivery.body).doc.body, 'anonymous', `webhook ${delivery.event}`)
  })

  it('keeps the whole body for editors saving it again (nothing is lost on write)', async () => {
    const stored = await call(server.url, `/api/fiches/${ids.fiche}?depth=0`, { auth: auth.editor })
    expect(nodes(stored.body.body).filter((n) => n.type === 'relationship' || n.type === 'upload')).toHaveLength(5)
  })
})

describe('sorting and filtering by related documents', () => {
  const ids: Record<string, string> = {}
  beforeAll(async () => {
    ids.theme = (await create('themes', { title: 'Commande publique', slug: 'commande-publique' })).id
    ids.hiddenKit = (
      await create('kits', { title: 'ZZZ Kit réservé', slug: 'q-kit-members', level: 'regional', edition: 2021, visibility: 'members' })
    ).id
    ids.draftKit = (
      await create('kits', { title: 'MMM Kit en préparation', slug: 'q-kit-draft', level: 'regional', edition: 2023 }, 'draft')
    ).id
    ids.openKit = (await create('kits', { title: 'AAA Kit ouvert', slug: 'q-kit-open', level: 'municipal', edition: 2022 })).id
    const fiche = (slug: string, kit: string, number: number, extra: Record<string, unknown> = {}) =>
      create('fiches', { title: slug, slug, series: 'kit', kit, number, themes: [ids.theme], ...extra })
    ids.inHidden = (await fiche('q-fiche-1', ids.hiddenKit, 1)).id
    ids.inDraft = (await fiche('q-fiche-2', ids.draftKit, 2)).id
    ids.inOpen = (await fiche('q-fiche-3', ids.openKit, 3)).id
    ids.hiddenFiche = (
      await create('fiches', { title: 'Titre du brouillon', slug: 'q-fiche-draft', series: 'kit', kit: ids.openKit, number: 4 }, 'draft')
    ).id
    ids.press = (
      await create('press-articles', {
        title: 'Revue',
        slug: 'q-press',
        outlet: 'Localtis',
        date: '2021-11-19',
        scope: 'national-specialised',
        relatedFiches: [ids.hiddenFiche, ids.inOpen],
        relatedKits: [ids.openKit],
      })
    ).id
  })

  const list = (role: Role, query: string, collection = 'fiches') =>
    call(server.url, `/api/${collection}?depth=0&limit=50&${query}`, { auth: auth[role] })
  const refused = async (role: Role, query: string, pattern: RegExp, collection = 'fiches') => {
    const res = await list(role, query, collection)
    expect(res.status, `${role} ${query}`).toBe(400)
    expect(res.body.errors[0].message, query).toMatch(pattern)
  }

  it.each(['anonymous', 'partner', 'member'] as Role[])(
    'refuses sorts through a hidden relationship for %s (REST, count, GraphQL, joins)',
    async (role) => {
      for (const [sort, path] of [
        ['-kit.title', 'kit.title'],
        ['kit.title', 'kit.title'],
        ['kit.visibility', 'kit.visibility'],
        ['-kit.visibility', 'kit.visibility'],
        ['kit', 'kit'],
        ['kit.id', 'kit.id'],
        ['title,-kit.edition', 'kit.edition'],
      ]) {
        await refused(role, `sort=${sort}`, new RegExp(`^\`sort\` by "${path}" is not allowed`))
      }
      await refused(role, 'sort=relatedFiches.title', /"relatedFiches\.title"/, 'press-articles')
      const gql = await graphql(server.url, '{ Fiches(sort: "-kit.title") { docs { title } } }', auth[role])
      expect(gql.data?.Fiches ?? null).toBeNull()
      expect(gql.errors[0].message).toMatch(/kit\.title/)
      const join = await graphql(server.url, `{ Kit(id: "${ids.openKit}") { fiches(sort: "-kit.title") { docs { title } } } }`, auth[role])
      expect(join.errors[0].message).toMatch(/kit\.title/)
      await refused(role, 'joins[fiches][sort]=-kit.title', /joins\[fiches\]\[sort\].*kit\.title/, 'kits')
    },
  )

  it.each(['anonymous', 'partner', 'member'] as Role[])('refuses comparisons and nested queries on hidden ids for %s', async (role) => {
    for (const [query, collection] of [
      ['where[kit][greater_than]=0', 'fiches'],
      ['where[kit][less_than_equal]=z', 'fiches'],
      ['where[kit][like]=a', 'fiches'],
      ['where[kit.id][greater_than]=0', 'fiches'],
      ['where[or][0][kit][greater_than]=0', 'fiches'],
      ['where[relatedFiches][contains][title][equals]=Titre du brouillon', 'press-articles'],
      ['where[fiches][greater_than]=0', 'kits'],
      ['joins[fiches][where][kit][greater_than]=0', 'kits'],
    ] as const) {
      await refused(role, query, /not allowed/, collection)
    }
    const count = await call(server.url, '/api/fiches/count?where[kit][greater_than]=0', { auth: auth[role] })
    expect(count.status).toBe(400)
    const gql = await graphql(server.url, '{ Fiches(where: { kit: { greater_than: "0" } }) { docs { title } } }', auth[role])
    expect(JSON.stringify(gql.errors ?? gql)).toMatch(/not allowed|greater_than/)
    expect(gql.data?.Fiches?.docs ?? []).toEqual([])
  })

  it.each(['anonymous', 'partner', 'member'] as Role[])('filters by related fields only through documents %s may read', async (role) => {
    const titles = async (query: string, collection = 'fiches') => {
      const res = await list(role, query, collection)
      expect(res.status, query).toBe(200)
      return res.body.docs.map((d: { title: string }) => d.title).sort()
    }
    const member = role === 'member'
    expect(await titles('where[kit.visibility][equals]=members')).toEqual(member ? ['q-fiche-1'] : [])
    expect(await titles('where[kit.title][like]=ZZZ')).toEqual(member ? ['q-fiche-1'] : [])
    expect(await titles('where[kit.title][like]=MMM')).toEqual([])
    // ?draft=true must not open what the dotted paths' scoping closes.
    expect(await titles('draft=true&where[kit.visibility][equals]=members')).toEqual(member ? ['q-fiche-1'] : [])
    expect(await titles('draft=true&where[kit.title][like]=MMM')).toEqual([])
    expect(await titles('where[relatedFiches.title][equals]=Titre du brouillon', 'press-articles')).toEqual([])
    expect(await titles('draft=true&where[relatedFiches.title][equals]=Titre du brouillon', 'press-articles')).toEqual([])
    for (const path of ['relatedKits.fiches.title', 'relatedFiches.kit.title', 'relatedKits.cover.alt']) {
      if (role === 'member' && path.endsWith('cover.alt')) continue // members read every medium: one crossing only
      await refused(role, `where[${path}][equals]=x`, /a filter may go through one such relationship only/, 'press-articles')
    }
    expect(await titles('where[fiches.title][equals]=Titre du brouillon', 'kits')).toEqual([])
    // What stays allowed: ids the caller names, related fields of readable documents, reference data.
    expect(await titles(`where[kit][equals]=${ids.openKit}`)).toEqual(['q-fiche-3'])
    expect(await titles(`where[kit][in]=${ids.openKit}`)).toEqual(['q-fiche-3'])
    expect(await titles('where[kit.title][like]=AAA')).toEqual(['q-fiche-3'])
    expect(await titles('where[themes.slug][equals]=commande-publique&sort=themes.title')).toEqual(['q-fiche-1', 'q-fiche-2', 'q-fiche-3'])
    expect(await titles('where[relatedFiches.title][equals]=q-fiche-3', 'press-articles')).toEqual(['Revue'])
  })

  it('leaves editors free to sort and filter by anything', async () => {
    const sorted = await list('editor', 'sort=-kit.title&where[series][equals]=kit&where[slug][like]=q-fiche')
    expect(sorted.status).toBe(200)
    expect(sorted.body.docs.map((d: { title: string }) => d.title).slice(0, 2)).toEqual(['q-fiche-1', 'q-fiche-2'])
    const filtered = await list('editor', 'where[kit.title][like]=ZZZ&where[kit.visibility][equals]=members')
    expect(filtered.body.docs.map((d: { title: string }) => d.title)).toEqual(['q-fiche-1'])
    expect((await list('editor', 'where[relatedKits.fiches.title][equals]=Titre du brouillon', 'press-articles')).body.totalDocs).toBe(1)
  })
})

describe('account credentials', () => {
  const login = (email: string, password: string) => call(server.url, '/api/users/login', { method: 'POST', body: { email, password } })
  const me = async (role: Role) =>
    (await call(server.url, '/api/users/me', { auth: auth[role] })).body.user as { id: string; email: string }

  it('a partner key cannot change its password, email or API key (REST and GraphQL), only its name', async () => {
    const partner = await me('partner')
    for (const [data, field] of [
      [{ password: 'a new password 2024' }, 'password'],
      [{ email: 'attacker@example.org' }, 'email'],
      [{ email: 'attacker@example.org', password: 'a new password 2024' }, 'email'],
    ] as const) {
      const res = await call(server.url, `/api/users/${partner.id}`, { method: 'PATCH', auth: auth.partner, body: data })
      expect(res.status, JSON.stringify(data)).toBe(403)
      expect(res.body.errors[0].message).toContain(`\`${field}\``)
    }
    const mutation = await graphql(
      server.url,
      `mutation { updateUser(id: "${partner.id}", data: { password: "a new password 2024" }) { id } }`,
      auth.partner,
    )
    expect(mutation.errors[0].message).toMatch(/password/)
    expect((await login(partner.email, 'a new password 2024')).status).toBe(401)
    expect((await login('attacker@example.org', 'a new password 2024')).status).toBe(401)
    expect((await me('partner')).email).toBe(partner.email)
    // API keys: Payload ignores them from accounts without admin access; the key stays the same.
    const chosenKey = '00000000-0000-4000-8000-000000000000'
    await call(server.url, `/api/users/${partner.id}`, {
      method: 'PATCH',
      auth: auth.partner,
      body: { apiKey: chosenKey, enableAPIKey: true },
    })
    expect((await call(server.url, '/api/users/me', { auth: `users API-Key ${chosenKey}` })).body.user).toBeNull()
    await call(server.url, `/api/users/${partner.id}`, { method: 'PATCH', auth: auth.partner, body: { enableAPIKey: false } })
    expect((await me('partner')).id).toBe(partner.id)
    const renamed = await call(server.url, `/api/users/${partner.id}`, {
      method: 'PATCH',
      auth: auth.partner,
      body: { name: 'CRESS Bretagne', email: partner.email },
    })
    expect(renamed.status).toBe(200)
    expect(renamed.body.doc.name).toBe('CRESS Bretagne')
  })

  it('a member changes their own password, not their email; an admin changes both', async () => {
    const member = await me('member')
    expect(
      (await call(server.url, `/api/users/${member.id}`, { method: 'PATCH', auth: auth.member, body: { email: 'ailleurs@example.org' } }))
        .status,
    ).toBe(403)
    const changed = await call(server.url, `/api/users/${member.id}`, {
      method: 'PATCH',
      auth: auth.member,
      body: { password: 'member password 2' },
    })
    expect(changed.status).toBe(200)
    expect((await login(member.email, 'member password 2')).status).toBe(200)
    const partner = await me('partner')
    const byAdmin = await call(server.url, `/api/users/${partner.id}`, {
      method: 'PATCH',
      auth: auth.admin,
      body: { email: 'cress@example.org', password: 'rotated by admin 1' },
    })
    expect(byAdmin.status).toBe(200)
    expect((await login('cress@example.org', 'rotated by admin 1')).status).toBe(200)
    expect((await login(partner.email, TEST_PASSWORD)).status).toBe(401)
  })
})

describe('sync tombstones', () => {
  type Change = { op: string; id: string }
  async function follow(since: string | undefined, role: Role, limit = 1): Promise<{ changes: Change[]; token: string }> {
    const changes: Change[] = []
    let token = since
    for (let pages = 0; pages < 500; pages++) {
      const res = await call(server.url, `/api/sync?collections=fiches&limit=${limit}${token ? `&since=${token}` : ''}`, {
        auth: auth[role],
      })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      changes.push(...res.body.changes)
      token = res.body.nextToken
      if (!res.body.hasMore) return { changes, token: token! }
    }
    throw new Error('sync did not end')
  }
  const editor = async (method: string, path: string, body?: unknown) => {
    const res = await call(server.url, path, { method, auth: auth.editor, body })
    expect(res.status, JSON.stringify(res.body)).toBeLessThan(300)
    return res.body.doc as { id: string }
  }

  it('never names a members-only or draft document to the public, whatever the token', async () => {
    const tokens = { anonymous: [] as string[], partner: [] as string[], member: [] as string[] }
    const step = async () => {
      for (const role of ['anonymous', 'partner', 'member'] as const) {
        const last = tokens[role].at(-1)
        tokens[role].push((await follow(last, role)).token)
      }
    }
    await step()
    const members = await editor('POST', '/api/fiches', {
      title: 'Réservée',
      slug: 'tomb-members',
      series: 'deniche',
      visibility: 'members',
      _status: 'published',
    })
    const draft = await editor('POST', '/api/fiches?draft=true', {
      title: 'Brouillon',
      slug: 'tomb-draft',
      series: 'deniche',
      _status: 'draft',
    })
    await step()
    await editor('PATCH', `/api/fiches/${members.id}`, { title: 'Réservée, relue' })
    await editor('PATCH', `/api/fiches/${draft.id}?draft=true`, { title: 'Brouillon relu' })
    await step()
    await editor('DELETE', `/api/fiches/${members.id}`)
    await editor('DELETE', `/api/fiches/${draft.id}`)
    await step()
    for (const role of ['anonymous', 'partner'] as const) {
      for (const [index, token] of tokens[role].entries()) {
        for (const limit of [1, 100]) {
          const text = JSON.stringify((await follow(token, role, limit)).changes)
          expect(text, `${role} from token ${index}`).not.toContain(members.id)
          expect(text, `${role} from token ${index}`).not.toContain(draft.id)
        }
      }
    }
    // A member received the members-only document: it gets its deletion, and nothing about the draft.
    const fromSecond = await follow(tokens.member[1], 'member', 100)
    expect(fromSecond.changes.map((c) => `${c.op} ${c.id}`)).toEqual([`delete ${members.id}`])
  })

  it('sends a tombstone to the public for a public document made members-only, then deleted', async () => {
    const start = (await follow(undefined, 'anonymous', 100)).token
    const fiche = await editor('POST', '/api/fiches', {
      title: 'Ouverte puis réservée',
      slug: 'tomb-public',
      series: 'deniche',
      _status: 'published',
    })
    const seen = await follow(start, 'anonymous')
    expect(seen.changes.map((c) => `${c.op} ${c.id}`)).toEqual([`upsert ${fiche.id}`])
    await editor('PATCH', `/api/fiches/${fiche.id}`, { visibility: 'members' })
    const hidden = await follow(seen.token, 'anonymous')
    expect(hidden.changes.map((c) => `${c.op} ${c.id}`)).toEqual([`delete ${fiche.id}`])
    await editor('PATCH', `/api/fiches/${fiche.id}`, { title: 'Réservée désormais' })
    await editor('DELETE', `/api/fiches/${fiche.id}`)
    // Once public, always entitled to its tombstones (the caller may hold it from an older token): one per
    // page that touches it (here a page per change).
    const later = (await follow(hidden.token, 'anonymous')).changes.map((c) => `${c.op} ${c.id}`)
    expect(later).toEqual([`delete ${fiche.id}`, `delete ${fiche.id}`])
  })
})

describe('other doors', () => {
  it('keeps document locks (who edits which draft) to editors', async () => {
    const fiche = await create('fiches', { title: 'Fiche verrouillée', slug: 'locked', series: 'deniche' }, 'draft')
    const editorId = (await call(server.url, '/api/users/me', { auth: auth.editor })).body.user.id
    const lock = { document: { relationTo: 'fiches', value: fiche.id }, user: { relationTo: 'users', value: editorId } }
    const locked = await call(server.url, '/api/payload-locked-documents', { method: 'POST', auth: auth.editor, body: lock })
    expect(locked.status).toBe(201)
    for (const role of ['anonymous', 'partner', 'member'] as Role[]) {
      expect((await call(server.url, '/api/payload-locked-documents', { auth: auth[role] })).status, role).toBe(403)
      expect((await call(server.url, '/api/payload-locked-documents', { method: 'POST', auth: auth[role], body: lock })).status, role).toBe(
        403,
      )
      expect(
        (await call(server.url, `/api/payload-locked-documents/${locked.body.doc.id}`, { method: 'DELETE', auth: auth[role] })).status,
        role,
      ).toBe(403)
      const gql = await graphql(server.url, '{ PayloadLockedDocuments { docs { id } } }', auth[role])
      expect(JSON.stringify(gql), role).not.toContain(fiche.id)
    }
    expect((await call(server.url, '/api/payload-locked-documents', { auth: auth.editor })).body.totalDocs).toBe(1)
  })

  it('keeps the jobs queue (run, queue, cancel) to admins', async () => {
    for (const role of ['partner', 'member', 'editor'] as Role[]) {
      // Payload answers a refused job run with 401 (its Forbidden error for this route), not 403.
      expect([401, 403], role).toContain((await call(server.url, '/api/payload-jobs/run?queue=webhooks', { auth: auth[role] })).status)
    }
    expect((await call(server.url, '/api/payload-jobs/run?queue=webhooks', { auth: auth.admin })).status).toBe(200)
  })

  it('serves members-only files (and their image sizes) to members and editors only', async () => {
    const media = await upload('compte-rendu.png', 'members')
    const urls = [`/api/media/file/${media.filename}`, new URL(media.sizes.thumbnail.url!).pathname]
    for (const role of READERS) {
      for (const url of urls) {
        const res = await fetch(`${server.url}${url}`, { headers: auth[role] ? { Authorization: auth[role] } : {} })
        await res.arrayBuffer()
        expect(res.status, `${role} ${url}`).toBe(role === 'member' || role === 'editor' ? 200 : 403)
      }
      const listed = await call(server.url, `/api/media?where[filename][equals]=${media.filename}`, { auth: auth[role] })
      expect(listed.body.totalDocs, role).toBe(role === 'member' || role === 'editor' ? 1 : 0)
    }
  })

  it('keeps versions to editors (REST and GraphQL), and serves published documents to the rest with ?draft=true', async () => {
    const fiche = await create('fiches', { title: 'Version publiée', slug: 'versions-host', series: 'deniche' })
    await call(server.url, `/api/fiches/${fiche.id}?draft=true`, {
      method: 'PATCH',
      auth: auth.editor,
      body: { title: 'Version en relecture' },
    })
    const versions = await call(server.url, `/api/fiches/versions?where[parent][equals]=${fiche.id}`, { auth: auth.editor })
    const versionId = versions.body.docs[0].id
    for (const role of ['anonymous', 'partner', 'member'] as Role[]) {
      expect((await call(server.url, `/api/fiches/versions/${versionId}`, { auth: auth[role] })).status, role).toBe(403)
      const gql = await graphql(server.url, `{ versionsFiches { docs { id } } versionFiche(id: "${versionId}") { id } }`, auth[role])
      expect(JSON.stringify(gql.data), role).not.toContain(versionId)
      for (const query of ['?draft=true', '?draft=true&depth=0']) {
        const res = await call(server.url, `/api/fiches/${fiche.id}${query}`, { auth: auth[role] })
        expect(res.body.title, role).toBe('Version publiée')
      }
      const listed = await call(server.url, '/api/fiches?draft=true&where[title][equals]=Version en relecture', { auth: auth[role] })
      expect(listed.body.totalDocs, role).toBe(0)
      const gqlDraft = await graphql(server.url, `{ Fiche(id: "${fiche.id}", draft: true) { title } }`, auth[role])
      expect(gqlDraft.data.Fiche.title, role).toBe('Version publiée')
    }
  })

  it('selects and counts without revealing hidden relationships', async () => {
    const kit = await create('kits', { title: 'Kit réservé', slug: 'select-kit', level: 'regional', edition: 2020, visibility: 'members' })
    const fiche = await create('fiches', { title: 'Fiche de kit réservé', slug: 'select-fiche', series: 'kit', kit: kit.id, number: 9 })
    for (const role of ['anonymous', 'partner'] as Role[]) {
      const selected = await call(server.url, `/api/fiches/${fiche.id}?select[kit]=true&depth=0`, { auth: auth[role] })
      expect(selected.body.kit ?? null, role).toBeNull()
      const counted = await call(server.url, '/api/fiches/count?where[kit.title][equals]=Kit réservé', { auth: auth[role] })
      expect(counted.body.totalDocs, role).toBe(0)
      const gql = await graphql(server.url, `{ Fiche(id: "${fiche.id}") { kit { id } } }`, auth[role])
      expect(gql.data.Fiche.kit, role).toBeNull()
    }
  })
})

describe('partner surfaces: search, rendered HTML, image sizes, the partners’ GraphQL schema', () => {
  const WORD = 'zircotheque'
  const ids: Record<string, string> = {}
  let hiddenFrom: Record<Role, string[]>
  let visible: string[]

  beforeAll(async () => {
    ids.draft = (await create('fiches', { title: `Brouillon ${WORD}`, slug: 'ps-draft', series: 'deniche' }, 'draft')).id
    ids.members = (
      await create('fiches', { title: `Fiche ${WORD} réservée`, slug: 'ps-members', series: 'deniche', visibility: 'members' })
    ).id
    ids.membersKit = (
      await create('kits', {
        title: `Kit ${WORD} réservé`,
        slug: 'ps-kit-members',
        level: 'regional',
        edition: 2021,
        visibility: 'members',
      })
    ).id
    const cover = await upload('ps-couverture-reservee.png', 'members')
    ids.membersMedia = cover.id
    ids.coverFile = cover.filename.replace(/\.png$/, '')
    ids.kit = (await create('kits', { title: `Kit ${WORD} ouvert`, slug: 'ps-kit', level: 'regional', edition: 2022, cover: cover.id })).id
    const body = root(
      paragraph(text(`Le ${WORD} en pratique. Voir `), internalLink('fiches', ids.draft, 'le brouillon'), text('.')),
      relationship('fiches', ids.members),
      relationship('kits', ids.membersKit),
      uploadNode(cover.id),
    )
    ids.fiche = (await create('fiches', { title: `Fiche ${WORD} ouverte`, slug: 'ps-open', series: 'deniche', kit: ids.kit, body })).id
    const secret = [ids.draft, ids.members, ids.membersKit, ids.membersMedia, ids.coverFile, 'ps-draft', 'ps-members', 'ps-kit-members']
    hiddenFrom = { anonymous: secret, partner: secret, member: [ids.draft, 'ps-draft'], editor: [], admin: [] }
    visible = [ids.fiche, ids.kit]
  })

  /** Every query of src/sdk/schema.graphql, by id for the single ones and listed (with counts) for the others. */
  function partnerQueries(): string[] {
    const schema = buildSchema(readFileSync(new URL('../../src/sdk/schema.graphql', import.meta.url), 'utf8'))
    const fields = Object.values(schema.getQueryType()!.getFields())
    const single = fields.filter((field) => field.args.some((arg) => arg.name === 'id')).map((field) => field.name)
    const lists = fields.filter((field) => field.args.some((arg) => arg.name === 'limit')).map((field) => field.name)
    const counts = fields.filter((field) => field.name.startsWith('count')).map((field) => field.name)
    expect(single.length + lists.length + counts.length).toBe(fields.length)
    const byId = [ids.draft, ids.members, ids.membersKit, ids.membersMedia, ids.fiche, ids.kit].map(
      (id) => `{ ${single.map((name) => `${name}(id: "${id}") { id }`).join(' ')} }`,
    )
    return [
      ...byId,
      `{ ${lists.map((name) => `${name}(limit: 100) { docs { id } totalDocs }`).join(' ')} ${counts.map((name) => `${name} { totalDocs }`).join(' ')} }`,
      `{ Fiche(id: "${ids.fiche}") { body bodyHtml kit { id cover { id url filename srcsets sizes { card480Webp { url } hero1280Avif { url } } } } } }`,
      `{ Kits(where: { slug: { like: "ps-kit" } }) { docs { id slug cover { id url srcsets } fiches { docs { id } } } } }`,
    ]
  }

  it.each(READERS)('never shows a draft or a members-only document or file to %s', async (role) => {
    const seen: string[] = []
    const look = (label: string, value: unknown) => {
      const json = JSON.stringify(value)
      for (const secret of hiddenFrom[role]) expect(json, `${role} ${label}: ${secret}`).not.toContain(secret)
      seen.push(json)
    }
    const search = await call(server.url, `/api/search?q=${WORD}&limit=50`, { auth: auth[role] })
    expect(search.status).toBe(200)
    look('search', search.body)
    for (const path of [
      `/api/fiches/${ids.fiche}?depth=2&richText=html`,
      `/api/fiches?where[slug][like]=ps-&depth=1&richText=html`,
      `/api/kits/${ids.kit}?depth=1`,
      '/api/media?limit=100&depth=0',
    ]) {
      const res = await call(server.url, path, { auth: auth[role] })
      expect(res.status, path).toBe(200)
      look(path, res.body)
    }
    for (const query of partnerQueries()) {
      const result = await graphql(server.url, query, auth[role])
      // Refusals of hidden ids come back as "not found" errors naming no document.
      look(query.slice(0, 60), result)
    }
    const apiKey = role === 'partner' ? auth.partner!.replace('users API-Key ', '') : undefined
    if (role === 'anonymous' || role === 'partner') {
      const rtes = createClient({ baseUrl: server.url, apiKey })
      look('SDK search', await rtes.search({ q: WORD }))
      look('SDK fiche', await rtes.fiches.get(ids.fiche, { depth: 2, richText: 'html' }))
    }
    // The public documents are there, so the checks above looked at real answers.
    for (const id of visible) expect(seen.join(''), `${role}: ${id}`).toContain(id)
    if (role !== 'anonymous' && role !== 'partner') expect(seen.join(''), role).toContain(ids.members)
  })

  it('does not publish a French draft’s words with a translation published alone (searchText, search)', async () => {
    const fiche = await create('fiches', { title: 'Fiche traduite', slug: 'ps-translated', series: 'deniche', summary: 'Version publiée.' })
    const draft = await call(server.url, `/api/fiches/${fiche.id}?draft=true`, {
      method: 'PATCH',
      auth: auth.editor,
      body: { summary: 'Version de demain : quasarlude.', _status: 'draft' },
    })
    expect(draft.status).toBe(200)
    const english = await call(server.url, `/api/fiches/${fiche.id}?locale=en&publishSpecificLocale=en`, {
      method: 'PATCH',
      auth: auth.editor,
      body: { title: 'Translated fiche', _status: 'published' },
    })
    expect(english.status).toBe(200)
    for (const role of ['anonymous', 'partner'] as Role[]) {
      const published = await call(server.url, `/api/fiches/${fiche.id}?locale=all&depth=0`, { auth: auth[role] })
      expect(published.body.title, role).toEqual({ fr: 'Fiche traduite', en: 'Translated fiche' })
      expect(JSON.stringify(published.body), role).not.toContain('quasarlude')
      expect((await call(server.url, '/api/fiches?where[searchText][like]=quasarlude', { auth: auth[role] })).body.totalDocs, role).toBe(0)
      expect((await call(server.url, '/api/search?q=quasarlude', { auth: auth[role] })).body.totalResults, role).toBe(0)
    }
    expect(
      (await call(server.url, '/api/search?q=translated&locale=en', { auth: auth.partner })).body.results.map((r: { id: string }) => r.id),
    ).toContain(fiche.id)
  })
})
