/** Bad input is a 400 naming the field and saying in French what is wrong; nothing is lost. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { call, createAccounts, type Credentials, expectFieldError } from '../helpers/rest'
import { type RunningServer, startServer } from '../helpers/server'

let server: RunningServer
let auth: Credentials

beforeAll(async () => {
  server = await startServer('validation')
  auth = await createAccounts(server.url)
})
afterAll(async () => {
  await server?.stop()
})

const post = (collection: string, body: Record<string, unknown>) =>
  call(server.url, `/api/${collection}`, { method: 'POST', auth: auth.editor, body: { _status: 'published', ...body } })

describe('slugs', () => {
  it('folds French accents and punctuation from the title', async () => {
    const res = await post('themes', { title: 'Économie sociale & solidaire' })
    expect(res.status).toBe(201)
    expect(res.body.doc.slug).toBe('economie-sociale-solidaire')
    const study = await post('fiches', { title: 'Territoires urbains : l’ESS au cœur des métropoles', series: 'reperess' })
    expect(study.body.doc.slug).toBe('territoires-urbains-l-ess-au-coeur-des-metropoles')
  })

  it('refuses a duplicate slug in the same collection, allows it in another', async () => {
    expectFieldError(await post('themes', { title: 'Économie sociale et solidaire', slug: 'economie-sociale-solidaire' }), 'slug', /unique/)
    expect((await post('territories', { name: 'Économie sociale & solidaire', kind: 'region' })).status).toBe(201)
  })

  it('keeps an edited slug, normalised, and refuses one that cannot be a slug', async () => {
    const res = await post('themes', { title: 'Commande publique', slug: 'Commande Publique Responsable' })
    expect(res.body.doc.slug).toBe('commande-publique-responsable')
    const updated = await call(server.url, `/api/themes/${res.body.doc.id}`, {
      method: 'PATCH',
      auth: auth.editor,
      body: { slug: 'achats-responsables' },
    })
    expect(updated.body.doc.slug).toBe('achats-responsables')
    expectFieldError(await post('themes', { title: 'x', slug: '---' }), 'slug', /minuscules/)
  })
})

describe('fiche numbering', () => {
  it('allows the same number in two series, refuses it twice in one series', async () => {
    expect((await post('fiches', { title: 'Points de RepèrESS SPASER', series: 'points-de-reperess', number: 9 })).status).toBe(201)
    expect((await post('fiches', { title: 'Déniché n°9', series: 'deniche', number: 9 })).status).toBe(201)
    expectFieldError(
      await post('fiches', { title: 'Autre SPASER', series: 'points-de-reperess', number: 9 }),
      'number',
      /a déjà une fiche n°9/,
    )
  })

  it('numbers kit fiches within their kit', async () => {
    const regional = await post('kits', { title: 'Kit RégionalESS', level: 'regional', edition: 2021 })
    const departmental = await post('kits', { title: 'Kit DépartementalESS', level: 'departemental', edition: 2021 })
    const fiche = (kit: string, title: string) =>
      post('fiches', { title, series: 'kit', kit, number: 3, category: 'introductive', page: 6 })
    expect((await fiche(regional.body.doc.id, 'L’ESS au cœur des compétences régionales')).status).toBe(201)
    expect((await fiche(departmental.body.doc.id, 'L’ESS dans les compétences départementales')).status).toBe(201)
    expectFieldError(await fiche(regional.body.doc.id, 'Doublon'), 'number', /Ce kit a déjà une fiche n°3/)
    expectFieldError(await post('fiches', { title: 'Sans kit', series: 'kit', number: 4 }), 'kit', /doit indiquer son kit/)
  })

  it('sets the Déniché licence by default', async () => {
    const res = await post('fiches', { title: 'Les Mamas de Grigny', series: 'deniche' })
    expect(res.body.doc.licence).toBe('cc-by-nc-nd-4.0')
  })
})

describe('other fields', () => {
  it('refuses a URL that is not http(s)', async () => {
    const res = await post('press-articles', {
      title: 'Niort, capitale de l’ESS',
      outlet: 'Le petit économiste',
      date: '2021-11-01',
      scope: 'national-specialised',
      url: 'javascript:alert(1)',
    })
    expectFieldError(res, 'url', /Adresse web invalide/)
  })

  it('refuses an event that ends before it starts', async () => {
    const res = await post('events', { title: 'Webinaire', kind: 'webinar', start: '2021-02-05T10:00:00Z', end: '2021-02-05T09:00:00Z' })
    expectFieldError(res, 'end', /ne peut pas précéder son début/)
  })

  it('refuses a revision date before the first publication', async () => {
    const res = await post('kits', {
      title: 'Kit MunicipalESS',
      level: 'municipal',
      edition: 2020,
      firstPublishedAt: '2020-03-01',
      revisedAt: '2019-10-01',
    })
    expectFieldError(res, 'revisedAt', /ne peut pas précéder/)
  })

  it('refuses a document with neither file nor URL', async () => {
    const res = await post('kits', { title: 'Kit', level: 'regional', edition: 2022, documents: [{ label: 'PDF', kind: 'pdf' }] })
    expectFieldError(res, 'documents.0.file', /soit un fichier, soit une adresse web/)
  })

  it('refuses an upload whose type is not allowed', async () => {
    const form = new FormData()
    form.append('file', new Blob(['#!/bin/sh\necho hi\n'], { type: 'text/x-shellscript' }), 'script.sh')
    form.append('_payload', JSON.stringify({ alt: 'Un script' }))
    const res = await fetch(`${server.url}/api/media`, { method: 'POST', headers: { Authorization: auth.editor! }, body: form })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toMatch(/type|Type/)
  })

  it('accepts a PNG upload and makes image sizes', async () => {
    // A 1×1 transparent PNG.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')
    const form = new FormData()
    form.append('file', new Blob([png], { type: 'image/png' }), 'logo.png')
    form.append('_payload', JSON.stringify({ alt: 'Logo du RTES' }))
    const res = await fetch(`${server.url}/api/media`, { method: 'POST', headers: { Authorization: auth.editor! }, body: form })
    expect(res.status).toBe(201)
    const { doc } = await res.json()
    expect(doc.mimeType).toBe('image/png')
    expect(doc.sizes.thumbnail).toBeDefined()
  })

  it('accepts ISO 8601 dates and whole numbers, and filters on them', async () => {
    const res = await post('fiches', {
      title: 'Fiche bien datée',
      series: 'deniche',
      number: 12,
      firstPublishedAt: '2022-02-01',
      revisedAt: '2022-03-01T10:00:00+01:00',
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    for (const query of [
      'where[firstPublishedAt][greater_than]=2021-01-01',
      'where[createdAt][less_than]=2030-01-01T00:00:00Z',
      'where[title][like]=datée',
    ]) {
      const list = await call(server.url, `/api/fiches?${query}`, { auth: auth.editor })
      expect(list.status).toBe(200)
      expect(list.body.docs.map((doc: { id: string }) => doc.id)).toContain(res.body.doc.id)
    }
  })

  it('keeps the stored document unchanged after a refused update', async () => {
    const created = await post('events', { title: 'Club ESS', kind: 'regional-club', start: '2021-11-30T09:00:00Z' })
    const id = created.body.doc.id
    const refused = await call(server.url, `/api/events/${id}`, {
      method: 'PATCH',
      auth: auth.editor,
      body: { title: 'Club ESS modifié', end: '2021-11-29T09:00:00Z' },
    })
    expect(refused.status).toBe(400)
    const stored = await call(server.url, `/api/events/${id}`, { auth: auth.editor })
    expect(stored.body.title).toBe('Club ESS')
  })
})
