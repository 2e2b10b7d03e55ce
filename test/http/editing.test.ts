/**
 * What editors' work looks like from the API: "Publié le" set at the first publication (not by a draft,
 * never over a typed date), and accent-insensitive search on `searchText`, folded on the way in too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { call, type Credentials, createAccounts, createDoc } from '../helpers/rest'
import { type RunningServer, startServer } from '../helpers/server'

let server: RunningServer
let auth: Credentials

beforeAll(async () => {
  server = await startServer('editing')
  auth = await createAccounts(server.url)
})
afterAll(async () => {
  await server?.stop()
})

describe('"Publié le" (firstPublishedAt)', () => {
  it('is set to now when a fiche is published without a date', async () => {
    const before = Date.now()
    const fiche = await createDoc(server.url, auth.editor, 'fiches', { title: 'Fiche publiée sans date', series: 'reperess' })
    const read = await call(server.url, `/api/fiches/${fiche.id}`)
    const date = new Date(read.body.firstPublishedAt).getTime()
    expect(date).toBeGreaterThanOrEqual(before - 1000)
    expect(date).toBeLessThanOrEqual(Date.now() + 1000)
  })

  it('is left empty by a draft, then set when the draft is published', async () => {
    const draft = await createDoc(server.url, auth.editor, 'fiches', { title: 'Brouillon sans date', series: 'reperess' }, 'draft')
    const saved = await call(server.url, `/api/fiches/${draft.id}?draft=true`, { auth: auth.editor })
    expect(saved.body.firstPublishedAt ?? null).toBeNull()
    const published = await call(server.url, `/api/fiches/${draft.id}`, {
      method: 'PATCH',
      auth: auth.editor,
      body: { _status: 'published' },
    })
    expect(published.status).toBe(200)
    expect(published.body.doc.firstPublishedAt).toEqual(expect.any(String))
  })

  it('keeps a typed date, on publication and on later edits', async () => {
    const fiche = await createDoc(server.url, auth.editor, 'fiches', {
      title: 'Fiche de 2021',
      series: 'reperess',
      firstPublishedAt: '2021-03-15T12:00:00.000Z',
    })
    const edited = await call(server.url, `/api/fiches/${fiche.id}`, {
      method: 'PATCH',
      auth: auth.editor,
      body: { summary: 'Mise à jour.', _status: 'published' },
    })
    expect(edited.body.doc.firstPublishedAt).toBe('2021-03-15T12:00:00.000Z')
  })
})

describe('accent-insensitive search', () => {
  it('finds "Économie circulaire" from "economie circulaire", in either language', async () => {
    const fiche = await createDoc(server.url, auth.editor, 'fiches', {
      title: 'Économie circulaire et collectivités',
      slug: 'fiche-ecocirc',
      series: 'reperess',
      summary: 'Réemploi, réparation.',
    })
    await call(server.url, `/api/fiches/${fiche.id}?locale=en`, {
      method: 'PATCH',
      auth: auth.editor,
      body: { title: 'Circular economy', _status: 'published' },
    })
    await createDoc(server.url, auth.editor, 'fiches', { title: 'Commande publique responsable', series: 'reperess' })

    const search = async (query: string) => {
      const res = await call(server.url, `/api/fiches?where[searchText][like]=${encodeURIComponent(query)}&depth=0`)
      expect(res.status).toBe(200)
      return res.body.docs.map((doc: { id: string }) => doc.id)
    }
    expect(await search('economie circulaire')).toEqual([fiche.id])
    expect(await search('ÉCONOMIE Circulaire')).toEqual([fiche.id]) // folded on the way in
    expect(await search('reemploi')).toEqual([fiche.id]) // the summary is searchable too
    expect(await search('circular economy')).toEqual([fiche.id]) // and the English title
    expect(await search('economie publique')).toEqual([])

    // Kept up to date: a new French title replaces the old words (the slug, searchable too, is kept).
    await call(server.url, `/api/fiches/${fiche.id}`, {
      method: 'PATCH',
      auth: auth.editor,
      body: { title: 'Économie de la fonctionnalité', _status: 'published' },
    })
    expect(await search('fonctionnalite')).toEqual([fiche.id])
    expect(await search('circulaire')).toEqual([])
  })
})
