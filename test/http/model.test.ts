/**
 * The content model as real RTES publications need it (issue #10), through the real server: a territory's
 * parent at creation, a kit's fiches in number order in GraphQL as in REST, a document written only in
 * English read in French (no null title, no "undefined" in feeds), and slugs made unique and short.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

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
    const self = await call(server.url, `/api/territories/${res.body.doc.id}`, { method: 'PATCH', auth: auth.editor, body: { parent: res.body.doc.id } })
    expect(self.status).toBe(400)
  })
})

describe("a kit's fiches", () => {
  it('come in number order in GraphQL as in REST', async () => {
    const kit = await create('kits', { title: 'Kit RégionalESS ordre', level: 'regional', edition: 2021 })
    // Created (and first published) in an order that is neither the numbers' nor their reverse.
    const numbers = [3, 1, 4, 2]
    for (const [i, number] of numbers.entries()) {
      await create('fiches', { title: `Fiche n°${number} du kit`, series: 'kit', kit: kit.id, number, firstPublishedAt: `2021-0${i + 1}-15T00:00:00.000Z` })
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
    expect(`${title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-')}-`).toContain(`${fiche.slug}-`)
    const again = await create('fiches', { title, series: 'reperess' })
    expect(again.slug.length).toBeLessThanOrEqual(80)
    expect(again.slug).toMatch(/-2$/)
    const typed = await create('fiches', { title: 'Titre court', slug: 'a'.repeat(50) + '-' + 'b'.repeat(50), series: 'reperess' })
    expect(typed.slug).toBe('a'.repeat(50))
  })
})
