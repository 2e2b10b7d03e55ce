/**
 * The content model as real RTES publications need it (issue #10), through the real server: a territory's
 * parent at creation, a kit's fiches in number order in GraphQL as in REST, a document written only in
 * English read in French (no null title, no "undefined" in feeds), and slugs made unique and short.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createClient } from '../../src/sdk/src'
import { PUBLIC_COLLECTIONS } from '../helpers/registry'
import { call, createAccounts, createDoc, type Credentials, graphql } from '../helpers/rest'
import { type RunningServer, startServer } from '../helpers/server'

let server: RunningServer
let auth: Credentials

const create = (slug: string, data: Record<string, unknown>, status: 'draft' | 'published' = 'published') =>
  createDoc(server.url, auth.editor, slug, data, status)

beforeAll(async () => {
  server = await startServer('model')
  auth = await createAccounts(server.url)
})
afterAll(async () => {
  await server?.stop()
})

describe('territories', () => {
  it('take a parent when they are created, as in a later PATCH', async () => {
    const region = await create('territories', { name: 'Auvergne-Rhône-Alpes', kind: 'region' })
    const res = await call(server.url, '/api/territories', {
      method: 'POST',
      auth: auth.editor,
      body: { name: 'Cantal', kind: 'departement', parent: region.id },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.doc.parent).toMatchObject({ id: region.id })
    // A territory still cannot be its own parent.
    const self = await call(server.url, `/api/territories/${res.body.doc.id}`, {
      method: 'PATCH',
      auth: auth.editor,
      body: { parent: res.body.doc.id },
    })
    expect(self.status).toBe(400)
  })
})

describe("a kit's fiches", () => {
  it('come in number order in GraphQL as in REST', async () => {
    const kit = await create('kits', { title: 'Kit RégionalESS ordre', level: 'regional', edition: 2021 })
    // Created (and first published) in an order that is neither the numbers' nor their reverse.
    const numbers = [3, 1, 4, 2]
    for (const [i, number] of numbers.entries()) {
      await create('fiches', {
        title: `Fiche n°${number} du kit`,
        series: 'kit',
        kit: kit.id,
        number,
        firstPublishedAt: `2021-0${i + 1}-15T00:00:00.000Z`,
      })
    }
    const rest = await call(server.url, `/api/kits/${kit.id}?depth=1`)
    const restNumbers = rest.body.fiches.docs.map((fiche: { number: number }) => fiche.number)
    expect(restNumbers).toEqual([1, 2, 3, 4])
    const gql = await graphql(server.url, `{ Kit(id: "${kit.id}") { fiches { docs { number } } } }`)
    expect(gql.errors).toBeUndefined()
    expect(gql.data.Kit.fiches.docs.map((fiche: { number: number }) => fiche.number)).toEqual(restNumbers)
    // An explicit sort still wins.
    const reverse = await graphql(server.url, `{ Kit(id: "${kit.id}") { fiches(sort: "-number") { docs { number } } } }`)
    expect(reverse.data.Kit.fiches.docs.map((fiche: { number: number }) => fiche.number)).toEqual([4, 3, 2, 1])
  })
})

describe('a document written only in English', () => {
  it('reads in French with its English text, and no feed says "undefined"', async () => {
    const res = await call(server.url, '/api/fiches?locale=en', {
      method: 'POST',
      auth: auth.editor,
      body: { title: 'Only in English: local food plans', summary: 'Written in English.', series: 'reperess', _status: 'published' },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const id = res.body.doc.id
    const french = await call(server.url, `/api/fiches/${id}`)
    expect(french.body.title).toBe('Only in English: local food plans')
    expect(french.body.summary).toBe('Written in English.')
    const gql = await graphql(server.url, `{ Fiche(id: "${id}", locale: fr) { title } }`)
    expect(gql.data.Fiche.title).toBe('Only in English: local food plans')
    for (const format of ['rss', 'atom', 'json']) {
      const feed = await fetch(`${server.url}/feeds/fiches.${format}`)
      const text = await feed.text()
      expect(feed.status).toBe(200)
      expect(text).toContain('Only in English: local food plans')
      expect(text).not.toMatch(/undefined|>null</)
    }
  })
})

describe('slugs', () => {
  it('get -2, -3 when a title repeats, and a typed slug that is taken is refused', async () => {
    const first = await create('fiches', { title: 'Les PTCE en 2021', series: 'reperess' })
    const second = await create('fiches', { title: 'Les PTCE en 2021', series: 'reperess' })
    const draft = await create('fiches', { title: 'Les PTCE en 2021', series: 'reperess' }, 'draft')
    expect([first.slug, second.slug, draft.slug]).toEqual(['les-ptce-en-2021', 'les-ptce-en-2021-2', 'les-ptce-en-2021-3'])
    const typed = await call(server.url, '/api/fiches', {
      method: 'POST',
      auth: auth.editor,
      body: { title: 'Autre titre', slug: 'les-ptce-en-2021', series: 'reperess', _status: 'published' },
    })
    expect(typed.status).toBe(400)
    // Editing a document keeps its slug.
    const edited = await call(server.url, `/api/fiches/${second.id}`, { method: 'PATCH', auth: auth.editor, body: { summary: 'Révisée.' } })
    expect(edited.body.doc.slug).toBe('les-ptce-en-2021-2')
  })

  it('need no hand-made slug for a new kit edition with the same title', async () => {
    const first = await create('kits', { title: 'Kit MunicipalESS', level: 'municipal', edition: 2014 })
    const next = await create('kits', { title: 'Kit MunicipalESS', level: 'municipal', edition: 2020 })
    expect(first.slug).toBe('kit-municipaless')
    expect(next.slug).toBe('kit-municipaless-2')
  })

  it('are capped at 80 characters, cut on a word boundary', async () => {
    const title =
      'Les collectivités locales et l’économie sociale et solidaire : coopérations, financements, commande publique responsable et développement territorial'
    const fiche = await create('fiches', { title, series: 'reperess' })
    expect(fiche.slug.length).toBeLessThanOrEqual(80)
    expect(
      `${title
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')}-`,
    ).toContain(`${fiche.slug}-`)
    const again = await create('fiches', { title, series: 'reperess' })
    expect(again.slug.length).toBeLessThanOrEqual(80)
    expect(again.slug).toMatch(/-2$/)
    const typed = await create('fiches', { title: 'Titre court', slug: 'a'.repeat(50) + '-' + 'b'.repeat(50), series: 'reperess' })
    expect(typed.slug).toBe('a'.repeat(50))
  })
})

describe('dates as editors know them', () => {
  it('a plaidoyer or press item may have no known date: empty, "unknown", listed after dated ones', async () => {
    const dated = await create('advocacy-contributions', {
      title: 'Contribution datée',
      kind: 'contribution',
      context: 'Loi 3DS',
      date: '2021-05-01',
      datePrecision: 'month',
    })
    const undated = await create('advocacy-contributions', {
      title: 'Tribune sans date',
      kind: 'tribune',
      context: 'Élections',
      datePrecision: 'unknown',
    })
    const read = await call(server.url, `/api/advocacy-contributions/${undated.id}`)
    expect(read.body).toMatchObject({ kind: 'tribune', datePrecision: 'unknown', sortDate: null })
    expect(read.body.date ?? null).toBeNull()
    const list = await call(server.url, '/api/advocacy-contributions?depth=0&limit=10')
    const ids = list.body.docs.map((doc: { id: string }) => doc.id)
    expect(ids.indexOf(dated.id)).toBeLessThan(ids.indexOf(undated.id))
    // A date is required unless its precision is unknown, and an unknown date stays empty.
    for (const [body, path] of [
      [{ title: 'Sans date', kind: 'appel', context: 'X', datePrecision: 'day' }, 'date'],
      [{ title: 'Date inventée', kind: 'appel', context: 'X', datePrecision: 'unknown', date: '2021-01-01' }, 'date'],
    ] as const) {
      const res = await call(server.url, '/api/advocacy-contributions', {
        method: 'POST',
        auth: auth.editor,
        body: { ...body, _status: 'published' },
      })
      expect(res.status, JSON.stringify(res.body)).toBe(400)
      expect(JSON.stringify(res.body)).toContain(path)
    }
    const press = await create('press-articles', {
      title: 'Article sans date',
      outlet: 'Localtis',
      scope: 'general',
      datePrecision: 'unknown',
    })
    expect((await call(server.url, `/api/press-articles/${press.id}`)).body.sortDate).toBeNull()
  })

  it('sortDate is the later of publication and revision, and lists sort on it', async () => {
    const revised = await create('kits', {
      title: 'Kit révisé',
      level: 'municipal',
      edition: 2020,
      firstPublishedAt: '2020-01-01',
      datePrecision: 'year',
      revisedAt: '2021-10-01',
    })
    const recent = await create('kits', { title: 'Kit récent', level: 'regional', edition: 2021, firstPublishedAt: '2021-02-25' })
    const doc = (await call(server.url, `/api/kits/${revised.id}`)).body
    expect(doc).toMatchObject({ datePrecision: 'year', sortDate: '2021-10-01T00:00:00.000Z' })
    const ids = (await call(server.url, '/api/kits?depth=0&limit=100')).body.docs.map((d: { id: string }) => d.id)
    expect(ids.indexOf(revised.id)).toBeLessThan(ids.indexOf(recent.id))
    // A revision of an event is dated too.
    const event = await create('events', {
      title: 'Club régional',
      kind: 'regional-club',
      start: '2021-03-01',
      datePrecision: 'month',
      revisedAt: '2021-04-02',
    })
    expect((await call(server.url, `/api/events/${event.id}`)).body).toMatchObject({
      datePrecision: 'month',
      sortDate: '2021-04-02T00:00:00.000Z',
    })
  })
})

describe('territories as they are written', () => {
  it('take national, PETR, pays and inter-regional levels, and a per-link note that filters still find', async () => {
    const france = await create('territories', { name: 'France', kind: 'national' })
    const petr = await create('territories', { name: 'PETR du Pays de Saint-Flour', kind: 'petr', parent: france.id })
    for (const kind of ['pays', 'interregional']) await create('territories', { name: `Territoire ${kind}`, kind })
    const fiche = await create('fiches', {
      title: 'Déniché : la ressourcerie du Cantal',
      series: 'deniche',
      territories: [france.id],
      territoryDetails: [{ territory: petr.id, role: 'zone-of-action', note: 'nord du Cantal' }],
      deniche: { website: 'https://ressourcerie.example', address: '1 place de la Halle\n15100 Saint-Flour' },
    })
    const read = await call(server.url, `/api/fiches/${fiche.id}?depth=0`)
    expect(read.body.territories).toEqual(expect.arrayContaining([france.id, petr.id]))
    expect(read.body.territoryDetails[0]).toMatchObject({ territory: petr.id, role: 'zone-of-action', note: 'nord du Cantal' })
    expect(read.body.deniche).toMatchObject({ website: 'https://ressourcerie.example', address: '1 place de la Halle\n15100 Saint-Flour' })
    const filtered = await call(server.url, `/api/fiches?where[territories][in]=${petr.id}&depth=0`)
    expect(filtered.body.docs.map((d: { id: string }) => d.id)).toEqual([fiche.id])
  })
})

describe('editions', () => {
  it('link a kit and its fiches to the previous edition, in REST and GraphQL, without leaking hidden fiches', async () => {
    const old = await create('kits', { title: 'Kit DépartementalESS', level: 'departemental', edition: 2015 })
    const next = await create('kits', {
      title: 'Kit DépartementalESS',
      level: 'departemental',
      edition: 2021,
      previousEdition: old.id,
      paperEdition: 'members',
    })
    expect(next.slug).toBe('kit-departementaless-2')
    const oldFiche = await create('fiches', { title: 'Fiche commande publique', series: 'kit', kit: old.id, number: 17 })
    const hidden = await create('fiches', { title: 'Fiche réservée', series: 'kit', kit: old.id, number: 18, visibility: 'members' })
    const newFiche = await create('fiches', {
      title: 'Fiche commande publique',
      series: 'kit',
      kit: next.id,
      number: 19,
      previousEdition: oldFiche.id,
    })
    const other = await create('fiches', { title: 'Fiche réservée', series: 'kit', kit: next.id, number: 20, previousEdition: hidden.id })
    expect(newFiche.slug).toBe('fiche-commande-publique-2')
    const rest = await call(server.url, `/api/fiches/${newFiche.id}?depth=2`)
    expect(rest.body.previousEdition).toMatchObject({ id: oldFiche.id, number: 17, kit: { edition: 2015 } })
    expect((await call(server.url, `/api/kits/${next.id}?depth=0`)).body).toMatchObject({
      previousEdition: old.id,
      paperEdition: 'members',
    })
    const gql = await graphql(server.url, `{ Fiche(id: "${newFiche.id}") { number previousEdition { number kit { edition } } } }`)
    expect(gql.data.Fiche).toEqual({ number: 19, previousEdition: { number: 17, kit: { edition: 2015 } } })
    // A members-only previous fiche is not revealed to anonymous readers, and is to members.
    expect((await call(server.url, `/api/fiches/${other.id}?depth=0`)).body.previousEdition ?? null).toBeNull()
    expect((await call(server.url, `/api/fiches/${other.id}?depth=0`, { auth: auth.member })).body.previousEdition).toBe(hidden.id)
    // Partners follow a fiche forward by filtering on the link.
    const forward = await call(server.url, `/api/fiches?where[previousEdition][equals]=${oldFiche.id}&depth=0`)
    expect(forward.body.docs.map((d: { id: string }) => d.id)).toEqual([newFiche.id])
  })
})

describe('people and roles', () => {
  it('contributors name a person or a partner with a role; unpublished people stay hidden', async () => {
    const published = await create('people', { name: 'Mahel Coppey', position: 'Présidente du RTES' })
    const draft = await create('people', { name: 'Personne en brouillon' }, 'draft')
    const partner = await create('partners', { name: 'France urbaine', kind: 'local-authority-network' })
    const tribune = await create('advocacy-contributions', {
      title: 'Tribune « L’ESS, une chance pour les territoires »',
      kind: 'tribune',
      context: 'Élections régionales',
      date: '2021-06-01',
      datePrecision: 'month',
      contributors: [
        { role: 'signatory', person: published.id, note: 'vice-présidente de Nantes Métropole' },
        { role: 'signatory', person: draft.id },
        { role: 'co-signatory', partner: partner.id },
      ],
    })
    const anonymous = await call(server.url, `/api/advocacy-contributions/${tribune.id}?depth=1`)
    const people = anonymous.body.contributors.map((c: { person?: { name: string } | null }) => c.person?.name ?? null)
    expect(people).toEqual(['Mahel Coppey', null, null])
    expect(JSON.stringify(anonymous.body)).not.toContain('Personne en brouillon')
    expect(anonymous.body.contributors[2]).toMatchObject({ role: 'co-signatory', partner: { name: 'France urbaine' } })
    const gql = await graphql(
      server.url,
      `{ AdvocacyContribution(id: "${tribune.id}") { contributors { role person { name } partner { name } } } }`,
    )
    expect(JSON.stringify(gql)).not.toContain('Personne en brouillon')
    expect(gql.data.AdvocacyContribution.contributors[0]).toEqual({ role: 'signatory', person: { name: 'Mahel Coppey' }, partner: null })
    expect((await call(server.url, '/api/people?depth=0')).body.docs.map((p: { name: string }) => p.name)).not.toContain(
      'Personne en brouillon',
    )
    // A person's role needs a person, an organisation's a partner; never both.
    for (const contributor of [
      { role: 'signatory', partner: partner.id },
      { role: 'funder', person: published.id },
      { role: 'signatory', person: published.id, partner: partner.id },
      { role: 'speaker' },
    ]) {
      const res = await call(server.url, '/api/events', {
        method: 'POST',
        auth: auth.editor,
        body: { title: 'Webinaire', kind: 'webinar', start: '2021-02-05', contributors: [contributor], _status: 'published' },
      })
      expect(res.status, JSON.stringify(contributor)).toBe(400)
      expect(JSON.stringify(res.body)).toContain('contributors')
    }
  })
})

describe('feeds', () => {
  it('date items by first publication and revision, say their language, and attach documents', async () => {
    const theme = await create('themes', { title: 'Flux', slug: 'flux-modele' })
    await create('press-articles', {
      title: 'Les collectivités et l’ESS',
      outlet: 'Localtis',
      scope: 'national-specialised',
      date: '2021-11-19',
      revisedAt: '2021-12-01',
      themes: [theme.id],
      documents: [{ label: 'Dossier PDF', kind: 'pdf', url: 'https://media.example/dossier.pdf' }],
    })
    await create('press-articles', {
      title: 'Article sans date connue',
      outlet: 'Ouest-France',
      scope: 'regional',
      datePrecision: 'unknown',
      themes: [theme.id],
    })
    const json = await (await fetch(`${server.url}/feeds/press-articles.json?theme=flux-modele`)).json()
    const [first, undated] = json.items
    expect(first).toMatchObject({
      title: 'Les collectivités et l’ESS',
      date_published: '2021-11-19T00:00:00.000Z',
      date_modified: '2021-12-01T00:00:00.000Z',
      attachments: [{ url: 'https://media.example/dossier.pdf', mime_type: 'application/pdf', title: 'Dossier PDF' }],
    })
    expect(first).not.toHaveProperty('_rtes')
    expect(undated.title).toBe('Article sans date connue')
    expect(undated._rtes).toEqual({ date_precision: 'unknown' })
    expect(undated).not.toHaveProperty('date_published')
    expect(undated).not.toHaveProperty('date_modified')
    // No PUBLIC_SITE_URL here: items link to the document on the hub's API, which answers (the hub serves
    // no page at /<collection>/<slug>).
    expect(json.home_page_url).toBe(`${server.url}/api/press-articles`)
    expect(first.url).toMatch(new RegExp(`^${server.url}/api/press-articles/[^/]+$`))
    const linked = await fetch(first.url)
    expect(linked.status).toBe(200)
    expect((await linked.json()).title).toBe('Les collectivités et l’ESS')

    const atom = await (await fetch(`${server.url}/feeds/press-articles.atom?theme=flux-modele`)).text()
    expect(atom).toContain('xml:lang="fr"')
    expect(atom).toContain('<published>2021-11-19T00:00:00.000Z</published>')
    expect(atom).toContain('<updated>2021-12-01T00:00:00.000Z</updated>')
    const rss = await (await fetch(`${server.url}/feeds/press-articles.rss?theme=flux-modele`)).text()
    expect(rss.match(/<pubDate>/g)).toHaveLength(1)

    // Press items are written in French only: the English feed says so for each item.
    const en = await fetch(`${server.url}/feeds/press-articles.json?theme=flux-modele&locale=en`)
    expect(en.headers.get('content-language')).toBe('en, fr')
    const enJson = await en.json()
    expect(enJson.language).toBe('en')
    expect(enJson.items.map((item: { language?: string }) => item.language)).toEqual(['fr', 'fr'])
    const enAtom = await (await fetch(`${server.url}/feeds/press-articles.atom?theme=flux-modele&locale=en`)).text()
    expect(enAtom).toContain('<entry xml:lang="fr">')
  })
})

describe('realistic publications of every kind', () => {
  // French typography as RTES writes it: guillemets with non-breaking spaces, apostrophes, œ, narrow
  // no-break spaces before « ; : ! ? », an emoji.
  const NBSP = '\u00a0'
  const NNBSP = '\u202f'
  const quote = (text: string) => `«${NBSP}${text}${NBSP}»`

  it('enter through REST as an editor and read back, whole, as anonymous, member and partner, over REST, the SDK, GraphQL and feeds', async () => {
    const theme = await create('themes', { title: `Économie circulaire & cœur de ville`, slug: 'rt-theme' })
    const france = await create('territories', { name: 'France', kind: 'national', slug: 'rt-france' })
    const cantal = await create('territories', { name: 'Cantal', kind: 'departement', parent: france.id, slug: 'rt-cantal' })
    const petr = await create('territories', { name: 'PETR Haut Cantal Dordogne', kind: 'petr', parent: cantal.id, slug: 'rt-petr' })
    const partner = await create('partners', { name: 'Avise', kind: 'ess-network', slug: 'rt-avise' })
    const person = await create('people', {
      name: 'Mahel Coppey',
      position: `Présidente du RTES${NNBSP}; vice-présidente de Nantes Métropole`,
      slug: 'rt-coppey',
    })
    const oldKit = await create('kits', { title: 'Kit MunicipalESS', level: 'municipal', edition: 2014, slug: 'rt-kit-2014' })
    const taxonomy = { themes: [theme.id], territories: [france.id] }

    const items: Record<string, { slug: string; data: Record<string, unknown>; members?: boolean }> = {
      kits: {
        slug: 'rt-kit',
        data: {
          title: `Kit MunicipalESS${NBSP}: l’ESS, cœur des politiques locales`,
          level: 'municipal',
          edition: 2020,
          version: '2',
          printRun: 250,
          paperEdition: 'members',
          previousEdition: oldKit.id,
          summary: `Mis à jour en octobre 2021${NNBSP}: ${quote('éléments méthodologiques')} et clés 🌱.`,
          firstPublishedAt: '2020-01-01T00:00:00.000Z',
          datePrecision: 'year',
          revisedAt: '2021-10-01T00:00:00.000Z',
          contributors: [{ role: 'preface-author', person: person.id, note: `présidente du RTES` }],
          documents: [{ label: `Kit complet (PDF)`, kind: 'pdf', url: 'https://www.rtes.fr/kit-municipaless.pdf' }],
          ...taxonomy,
        },
      },
      fiches: {
        slug: 'rt-deniche',
        members: true,
        data: {
          title: `Déniché pour vous${NNBSP}: la ressourcerie ${quote('Œuvre commune')}`,
          series: 'deniche',
          number: 12,
          summary: `Une initiative du nord du Cantal${NNBSP}; plus de 200${NBSP}bénévoles.`,
          deniche: {
            origin: `Née en 2015 d’un collectif d’habitant·e·s.`,
            financing: `Région, Département${NNBSP}; dons.`,
            website: 'https://ressourcerie.example/œuvre',
            address: `2 rue de l’Église\n15400 Riom-ès-Montagnes`,
            localAuthoritiesRole: `Mise à disposition d’un local par la commune.`,
            keyFigures: [{ label: 'Bénévoles', value: `plus de 200` }],
            contacts: [{ name: 'Zoé Lœuillet', role: 'coordinatrice', organisation: 'Œuvre commune' }],
          },
          firstPublishedAt: '2021-11-01T00:00:00.000Z',
          datePrecision: 'month',
          territoryDetails: [{ territory: petr.id, role: 'zone-of-action', note: 'nord du Cantal' }],
          contributors: [{ role: 'co-author', partner: partner.id }],
          visibility: 'members',
          ...taxonomy,
          territories: [france.id, petr.id],
        },
      },
      'press-articles': {
        slug: 'rt-presse',
        data: {
          title: `${quote('L’ESS, c’est du concret')}${NNBSP}!`,
          outlet: 'La Tribune',
          scope: 'regional',
          datePrecision: 'unknown',
          excerpt: `Quatre collectivités synchronisent leur soutien à l’ESS.`,
          contributors: [{ role: 'quoted-official', person: person.id }],
          documents: [{ label: 'Dossier du magazine', kind: 'pdf', url: 'https://presse.example/dossier.pdf' }],
          ...taxonomy,
        },
      },
      'advocacy-contributions': {
        slug: 'rt-tribune',
        data: {
          title: `Tribune${NNBSP}: ${quote('Pour une économie qui prend soin')}`,
          kind: 'tribune',
          context: `Élections régionales et départementales de 2021`,
          date: '2021-06-01T00:00:00.000Z',
          datePrecision: 'month',
          revisedAt: '2021-06-15T00:00:00.000Z',
          contributors: [
            { role: 'signatory', person: person.id, note: 'présidente du RTES' },
            { role: 'co-signatory', partner: partner.id },
          ],
          outcome: `Reprise par plusieurs exécutifs régionaux.`,
          ...taxonomy,
        },
      },
      events: {
        slug: 'rt-evenement',
        data: {
          title: `Cycle des hautes études métropolitaines${NNBSP}: ${quote('ESS & territoires')}`,
          kind: 'training',
          start: '2021-03-01T00:00:00.000Z',
          datePrecision: 'month',
          revisedAt: '2021-03-20T00:00:00.000Z',
          online: false,
          place: `Île-de-France`,
          participants: 31,
          participantsText: `une trentaine d’élu·e·s`,
          description: `Date précise non communiquée${NNBSP}; programme en ligne.`,
          contributors: [
            { role: 'organiser', partner: partner.id },
            { role: 'speaker', person: person.id, note: `présidente du RTES` },
          ],
          documents: [{ label: 'Programme', kind: 'web', url: 'https://www.rtes.fr/programme' }],
          ...taxonomy,
        },
      },
    }

    const ids: Record<string, string> = {}
    for (const [collection, { slug, data }] of Object.entries(items)) ids[collection] = (await create(collection, { ...data, slug })).id

    for (const [collection, { data, members }] of Object.entries(items)) {
      const path = `/api/${collection}/${ids[collection]}?depth=0`
      const anonymous = await call(server.url, path)
      const member = await call(server.url, path, { auth: auth.member })
      expect(member.status, collection).toBe(200)
      expect(member.body, collection).toMatchObject(data)
      if (members) {
        expect(anonymous.status, collection).toBe(404)
        expect((await call(server.url, path, { auth: auth.partner })).status, collection).toBe(404)
      } else {
        expect(anonymous.status, collection).toBe(200)
        expect(anonymous.body, collection).toMatchObject(data)
      }
    }

    // The SDK, as a partner's site reads them: public items whole, members-only ones absent.
    const sdk = createClient({ baseUrl: server.url, apiKey: auth.partner!.replace('users API-Key ', '') }) as unknown as Record<
      string,
      { bySlug: (slug: string, params: { depth: number }) => Promise<unknown> }
    >
    for (const [collection, { slug, data, members }] of Object.entries(items)) {
      const name = PUBLIC_COLLECTIONS.find((entry) => entry.slug === collection)?.sdk
      expect(name, collection).toBeDefined()
      const doc = await sdk[name!].bySlug(slug, { depth: 0 })
      if (members) expect(doc, collection).toBeNull()
      else expect(doc, collection).toMatchObject(data)
    }

    // GraphQL: the same text, the same links.
    const gql = (auth?: string) =>
      graphql(
        server.url,
        `
          {
            Kits(where: { slug: { equals: "rt-kit" } }) {
              docs {
                title
                summary
                paperEdition
                previousEdition {
                  edition
                }
                contributors {
                  role
                  note
                  person {
                    name
                    position
                  }
                }
              }
            }
            Fiches(where: { slug: { equals: "rt-deniche" } }) {
              docs {
                title
                deniche {
                  website
                  address
                  keyFigures {
                    value
                  }
                }
                territoryDetails {
                  note
                  territory {
                    name
                  }
                }
              }
            }
            PressArticles(where: { slug: { equals: "rt-presse" } }) {
              docs {
                title
                date
                datePrecision
                sortDate
                documents {
                  url
                }
              }
            }
            AdvocacyContributions(where: { slug: { equals: "rt-tribune" } }) {
              docs {
                title
                kind
                contributors {
                  role
                  person {
                    name
                  }
                  partner {
                    name
                  }
                }
              }
            }
            Events(where: { slug: { equals: "rt-evenement" } }) {
              docs {
                title
                participantsText
                datePrecision
              }
            }
          }
        `,
        auth,
      )
    const anonymous = await gql()
    expect(anonymous.errors).toBeUndefined()
    expect(anonymous.data.Kits.docs[0]).toEqual({
      title: items.kits.data.title,
      summary: items.kits.data.summary,
      paperEdition: 'members',
      previousEdition: { edition: 2014 },
      // GraphQL enums spell hyphens as underscores (Payload's select enums).
      contributors: [
        {
          role: 'preface_author',
          note: 'présidente du RTES',
          person: { name: 'Mahel Coppey', position: `Présidente du RTES${NNBSP}; vice-présidente de Nantes Métropole` },
        },
      ],
    })
    expect(anonymous.data.Fiches.docs).toEqual([])
    expect(anonymous.data.PressArticles.docs[0]).toEqual({
      title: items['press-articles'].data.title,
      date: null,
      datePrecision: 'unknown',
      sortDate: null,
      documents: [{ url: 'https://presse.example/dossier.pdf' }],
    })
    expect(anonymous.data.AdvocacyContributions.docs[0]).toEqual({
      title: items['advocacy-contributions'].data.title,
      kind: 'tribune',
      contributors: [
        { role: 'signatory', person: { name: 'Mahel Coppey' }, partner: null },
        { role: 'co_signatory', person: null, partner: { name: 'Avise' } },
      ],
    })
    expect(anonymous.data.Events.docs[0]).toEqual({
      title: items.events.data.title,
      participantsText: `une trentaine d’élu·e·s`,
      datePrecision: 'month',
    })
    const member = await gql(auth.member)
    expect(member.data.Fiches.docs[0]).toEqual({
      title: items.fiches.data.title,
      deniche: {
        website: 'https://ressourcerie.example/œuvre',
        address: `2 rue de l’Église\n15400 Riom-ès-Montagnes`,
        keyFigures: [{ value: 'plus de 200' }],
      },
      territoryDetails: [{ note: 'nord du Cantal', territory: { name: 'PETR Haut Cantal Dordogne' } }],
    })

    // Feeds: the public items with their exact titles; the members-only fiche nowhere.
    for (const [collection, { data, members }] of Object.entries(items)) {
      const json = await (await fetch(`${server.url}/feeds/${collection}.json?theme=rt-theme`)).json()
      const titles = json.items.map((item: { title: string }) => item.title)
      if (members) expect(titles, collection).toEqual([])
      else expect(titles, collection).toEqual([data.title])
      const atom = await (await fetch(`${server.url}/feeds/${collection}.atom?theme=rt-theme`)).text()
      if (!members) expect(atom, collection).toContain(String(data.title))
    }
  })
})
