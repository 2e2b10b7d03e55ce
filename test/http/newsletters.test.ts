/**
 * Newsletter issues from the outside (real server): an issue rendered as email HTML and plain text with
 * absolute links and images; the members-only Flash hebdo refused to anonymous readers and partners on
 * every channel and shown to members and editors; drafts 404 to the public; items the reader may not read
 * (members-only, unpublished) absent from the rendered email and from the REST answer; "draft the next
 * issue" (POST /api/newsletters/draft-next) for editors only, numbered and prefilled from what was
 * published since the series' previous issue.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { tinyPng } from '../helpers/files'
import { paragraph, root, text } from '../helpers/lexical'
import { call, createAccounts, createDoc, type Credentials, graphql, type Role, uploadMedia } from '../helpers/rest'
import { type RunningServer, startServer } from '../helpers/server'

const SITE = 'https://www.rtes.example'
let server: RunningServer
let auth: Credentials
const ids: Record<string, string> = {}

/** A link to an outside address, as the admin's editor stores it. */
const link = (url: string, label: string) => ({
  type: 'link',
  version: 3,
  format: '',
  indent: 0,
  direction: 'ltr',
  fields: { linkType: 'custom', url, newTab: false },
  children: [text(label)],
})

const get = (path: string, role: Role = 'anonymous') =>
  fetch(`${server.url}${path}`, { headers: auth[role] ? { Authorization: auth[role] } : {} })

beforeAll(async () => {
  server = await startServer('newsletters', { env: { PUBLIC_SITE_URL: SITE } })
  auth = await createAccounts(server.url)
  ids.image = await uploadMedia(
    server.url,
    auth.editor,
    { bytes: tinyPng(), name: 'mamas-de-grigny.png', type: 'image/png' },
    { alt: 'Les Mamas de Grigny en cuisine', visibility: 'public' },
  )

  const fiche = (slug: string, title: string, firstPublishedAt: string, extra: Record<string, unknown> = {}, status?: 'draft') =>
    createDoc(server.url, auth.editor, 'fiches', { title, slug, series: 'deniche', firstPublishedAt, ...extra }, status).then(
      (doc) => doc.id,
    )
  ids.old = await fiche('nl-mamas-de-grigny', 'Les Mamas de Grigny', '2021-01-10', { cover: ids.image, summary: 'Un traiteur solidaire.' })
  ids.fresh = await fiche('nl-mobilhub', 'MobilHub - Les cités d’or', '2021-03-01')
  ids.members = await fiche('nl-migracoop', 'Migracoop (réservée)', '2021-03-02', { visibility: 'members' })
  ids.draft = await fiche('nl-brouillon', 'Fiche encore en brouillon', '2021-03-03', {}, 'draft')
  ids.event = (
    await createDoc(server.url, auth.editor, 'events', {
      title: 'Webinaire PTCE & SCIC',
      slug: 'nl-webinaire-ptce',
      kind: 'webinar',
      start: '2021-03-30T10:00:00.000Z',
      description: 'Avec TRESSONS.',
    })
  ).id

  const item = (relationTo: string, value: string, note?: string) => ({ doc: { relationTo, value }, ...(note ? { note } : {}) })
  const items = [
    item('fiches', ids.old, 'Une initiative à Grigny, soutenue par la ville.'),
    item('fiches', ids.members),
    item('fiches', ids.draft, 'Note du brouillon'),
    item('events', ids.event),
  ]
  const intro = root(paragraph(text('Bonjour à toutes et à tous. '), link('https://www.ess-france.org/', 'ESS France'), text('.')))
  ids.letter = (
    await createDoc(server.url, auth.editor, 'newsletters', {
      title: 'Lettre électronique n°1 – janvier 2021',
      slug: 'nl-lettre-1',
      series: 'lettre-electronique',
      number: 1,
      date: '2021-01-15',
      preheader: 'Les initiatives du mois',
      intro,
      items,
    })
  ).id
  ids.nextDraft = (
    await createDoc(
      server.url,
      auth.editor,
      'newsletters',
      {
        title: 'Lettre électronique n°2 (brouillon)',
        slug: 'nl-lettre-2',
        series: 'lettre-electronique',
        number: 2,
        date: '2021-02-15',
        items,
      },
      'draft',
    )
  ).id
  ids.flash = (
    await createDoc(server.url, auth.editor, 'newsletters', {
      title: 'Flash hebdo n°1 – appel à projets',
      slug: 'nl-flash-1',
      series: 'flash-hebdo',
      number: 1,
      date: '2021-02-20',
      items: [item('fiches', ids.old)],
    })
  ).id
})
afterAll(async () => {
  await server?.stop()
})

/** Every `href` and `src` of a document. */
const urls = (html: string) => [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((match) => match[1])

describe('a public letter rendered for an anonymous reader', () => {
  it('is email HTML with absolute links and images, without what the reader may not read', async () => {
    const res = await get(`/api/newsletters/${ids.letter}/html`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/)
    const html = await res.text()
    // MJML's output: table layout, inline styles, the preheader.
    expect(html).toMatch(/^<!doctype html>/i)
    expect(html).toContain('<table')
    expect(html).toContain('Les initiatives du mois')
    expect(html).toContain('Lettre électronique n°1 – janvier 2021')
    expect(html).toContain('Les Mamas de Grigny')
    expect(html).toContain('Une initiative à Grigny, soutenue par la ville.')
    expect(html).toContain('Webinaire PTCE &amp; SCIC')
    expect(html).toContain(`href="${SITE}/fiches/nl-mamas-de-grigny"`)
    expect(html).toContain(`href="${SITE}/events/nl-webinaire-ptce"`)
    expect(html).toContain('href="https://www.ess-france.org/"')
    expect(html).toContain(`href="${server.url}/api/newsletters/${ids.letter}/html"`)
    expect(html).toMatch(new RegExp(`src="${server.url}/api/media/file/mamas-de-grigny[^"]*\\.png"`))
    const all = urls(html)
    expect(all.length).toBeGreaterThan(5)
    for (const url of all) expect(url, url).toMatch(/^https?:\/\//)
    // Members-only and unpublished items: neither their title, nor their note, nor their address.
    for (const hidden of ['Migracoop', 'nl-migracoop', ids.members, 'brouillon', 'Note du brouillon', ids.draft]) {
      expect(html).not.toContain(hidden)
    }
  })

  it('is plain text too, with the same items and absolute links', async () => {
    const res = await get(`/api/newsletters/${ids.letter}/text`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; charset=utf-8/)
    const body = await res.text()
    expect(body).toContain('Lettre électronique n°1 – janvier 2021')
    expect(body).toContain('Bonjour à toutes et à tous.')
    expect(body).toContain(`  ${SITE}/fiches/nl-mamas-de-grigny`)
    expect(body).toContain(`  ${SITE}/events/nl-webinaire-ptce`)
    expect(body).toContain(`Version en ligne : ${server.url}/api/newsletters/${ids.letter}/html`)
    expect(body).not.toMatch(/<[a-z]/i)
    for (const hidden of ['Migracoop', 'brouillon']) expect(body).not.toContain(hidden)
  })

  it('shows members-only items to members, never unpublished ones', async () => {
    const html = await (await get(`/api/newsletters/${ids.letter}/html`, 'member')).text()
    expect(html).toContain('Migracoop (réservée)')
    expect(html).not.toContain('Fiche encore en brouillon')
  })

  it('leaves hidden items out of the REST answer (no id of a members-only or draft document)', async () => {
    for (const depth of [0, 1]) {
      const res = await call(server.url, `/api/newsletters/${ids.letter}?depth=${depth}`)
      expect(res.status).toBe(200)
      const body = JSON.stringify(res.body)
      expect(body).toContain(ids.old)
      expect(body).not.toContain(ids.members)
      expect(body).not.toContain(ids.draft)
      expect(body).not.toContain('Note du brouillon')
    }
    const editor = await call(server.url, `/api/newsletters/${ids.letter}?depth=0`, { auth: auth.editor })
    expect(editor.body.items).toHaveLength(4)
  })

  it('leaves them out of GraphQL too', async () => {
    const query = `{ Newsletter(id: "${ids.letter}") { items { note doc { relationTo value { ... on Fiche { id title } ... on Event { id title } } } } } }`
    for (const role of ['anonymous', 'partner'] as const) {
      const { data, errors } = await graphql(server.url, query, auth[role])
      expect(errors).toBeUndefined()
      expect(data.Newsletter.items.map((item: { doc: { value: { id: string } } }) => item.doc.value.id)).toEqual([ids.old, ids.event])
      expect(JSON.stringify(data)).not.toMatch(/Migracoop|brouillon/)
    }
    const { data } = await graphql(server.url, query, auth.member)
    expect(data.Newsletter.items.map((item: { doc: { value: { id: string } } }) => item.doc.value.id)).toEqual([
      ids.old,
      ids.members,
      ids.event,
    ])
  })
})

describe('who reads what', () => {
  it('keeps the Flash hebdo from anonymous readers and partners, and shows it to members and editors', async () => {
    for (const format of ['html', 'text']) {
      for (const role of ['anonymous', 'partner'] as const) {
        const res = await get(`/api/newsletters/${ids.flash}/${format}`, role)
        expect(res.status, `${role} ${format}`).toBe(404)
        expect(await res.text()).not.toContain('appel à projets')
      }
      for (const role of ['member', 'editor'] as const) {
        const res = await get(`/api/newsletters/${ids.flash}/${format}`, role)
        expect(res.status, `${role} ${format}`).toBe(200)
        const body = await res.text()
        expect(body).toContain('Flash hebdo n°1 – appel à projets')
        expect(body).toContain('Réservé aux adhérents du RTES')
      }
    }
  })

  it('applies the same rule to REST, GraphQL and feeds', async () => {
    for (const role of ['anonymous', 'partner'] as const) {
      expect((await call(server.url, `/api/newsletters/${ids.flash}`, { auth: auth[role] })).status).toBe(404)
      const list = await call(server.url, '/api/newsletters?limit=50', { auth: auth[role] })
      expect(list.body.docs.map((doc: { id: string }) => doc.id)).toEqual([ids.letter])
      const gql = await graphql(server.url, '{ Newsletters(limit: 50) { docs { id series } } }', auth[role])
      expect(gql.body ?? gql).toMatchObject({ data: { Newsletters: { docs: [{ id: ids.letter, series: 'lettre_electronique' }] } } })
    }
    const member = await call(server.url, '/api/newsletters?limit=50&sort=date', { auth: auth.member })
    expect(member.body.docs.map((doc: { id: string }) => doc.id)).toEqual([ids.letter, ids.flash])
    // Delta sync (and the SDK's mirror built from it): a snapshot of the collection per caller.
    const synced = async (role: Role) => {
      const res = await call(server.url, '/api/sync?collections=newsletters', { auth: auth[role] })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      return (res.body.changes as Array<{ op: string; id: string }>).filter(({ op }) => op === 'upsert').map(({ id }) => id)
    }
    expect(await synced('anonymous')).toEqual([ids.letter])
    expect(await synced('partner')).toEqual([ids.letter])
    expect((await synced('member')).sort()).toEqual([ids.letter, ids.flash].sort())
    const feed = await (await get('/feeds/newsletters.json')).text()
    expect(feed).toContain('Lettre électronique n°1')
    expect(feed).not.toContain('Flash hebdo')
  })

  it('answers 404 for a draft issue to everyone but editors', async () => {
    for (const role of ['anonymous', 'partner', 'member'] as const) {
      expect((await get(`/api/newsletters/${ids.nextDraft}/html`, role)).status, role).toBe(404)
    }
    const res = await get(`/api/newsletters/${ids.nextDraft}/html`, 'editor')
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('Lettre électronique n°2 (brouillon)')
    expect((await get('/api/newsletters/not-an-id/html')).status).toBe(404)
  })
})

describe('draft the next issue', () => {
  const draftNext = (series: unknown, role: Role = 'editor') =>
    call(server.url, '/api/newsletters/draft-next', { method: 'POST', auth: auth[role], body: { series } })

  it('is for editors only, and names the series it needs', async () => {
    expect((await draftNext('lettre-electronique', 'anonymous')).status).toBe(401)
    expect((await draftNext('lettre-electronique', 'partner')).status).toBe(403)
    expect((await draftNext('lettre-electronique', 'member')).status).toBe(403)
    const bad = await draftNext('gazette')
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].message).toMatch(/lettre-electronique, flash-hebdo, politique-de-la-ville/)
  })

  it('creates a numbered draft with what was published since the previous issue, public content for a public letter', async () => {
    const res = await draftNext('lettre-electronique')
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const { doc } = res.body
    expect(doc).toMatchObject({ _status: 'draft', series: 'lettre-electronique', number: 3 })
    expect(doc.title).toMatch(/^Lettre électronique n°3 – /)
    // Since n°2 (15 February, a draft): the agenda first, then fiches; not older, members-only or draft ones.
    expect(doc.items.map((item: { doc: { relationTo: string; value: string } }) => [item.doc.relationTo, item.doc.value])).toEqual([
      ['events', ids.event],
      ['fiches', ids.fresh],
    ])
    expect((await get(`/api/newsletters/${doc.id}/html`)).status).toBe(404)
  })

  it('includes members-only content in the next Flash hebdo', async () => {
    const res = await draftNext('flash-hebdo')
    expect(res.status).toBe(201)
    expect(res.body.doc.number).toBe(2)
    expect(res.body.doc.items.map((item: { doc: { value: string } }) => item.doc.value)).toEqual([ids.event, ids.fresh, ids.members])
  })

  it('starts a series from its first issue', async () => {
    const res = await draftNext('politique-de-la-ville')
    expect(res.status).toBe(201)
    expect(res.body.doc.number).toBe(1)
    expect(res.body.doc.items.map((item: { doc: { value: string } }) => item.doc.value)).toEqual([ids.event, ids.old, ids.fresh])
  })
})
