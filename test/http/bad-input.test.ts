/**
 * Inputs that used to end in a 500 (or to be stored silently) get a 4xx naming the problem: filters the
 * database cannot run, dates that are not ISO 8601, numbers Payload's own checks refuse once custom
 * validators no longer replace them, a webhook with deliveries, a malformed upload, a missing file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { call, createAccounts, type Credentials, expectFieldError } from '../helpers/rest'
import { type RunningServer, startServer } from '../helpers/server'

let server: RunningServer
let auth: Credentials

beforeAll(async () => {
  server = await startServer('bad-input', { env: { WEBHOOKS_ALLOW_PRIVATE_TARGETS: '1' } })
  auth = await createAccounts(server.url)
})
afterAll(async () => {
  await server?.stop()
})

const post = (collection: string, body: Record<string, unknown>) =>
  call(server.url, `/api/${collection}`, { method: 'POST', auth: auth.editor, body: { _status: 'published', ...body } })

describe('where filters the database cannot run', () => {
  it.each([
    ['where[title][near]=abc', 'where[title][near]', /point/],
    ['where[firstPublishedAt][greater_than]=notadate', 'where[firstPublishedAt][greater_than]', /ISO 8601/],
    ['where[firstPublishedAt][equals]=F%C3%A9vrier%202022', 'where[firstPublishedAt][equals]', /ISO 8601/],
    ['where[createdAt][contains]=2021', 'where[createdAt][contains]', /contains/],
    ['where[themes][in]=null', 'where[themes][in]', /exists/],
    ['where[or][0][kit.title][within]=x', 'where[or][0][kit.title][within]', /point/],
  ])('%s is a 400 naming the filter', async (query, path, message) => {
    for (const role of ['anonymous', 'editor'] as const) {
      const res = await call(server.url, `/api/fiches?${query}`, { auth: auth[role] })
      expect(res.status, JSON.stringify(res.body)).toBe(400)
      expect(res.body.errors[0].data.errors).toContainEqual({ path, message: expect.stringMatching(message) })
    }
  })
})

describe('validation extends Payload’s built-in checks', () => {
  it.each([0, -3, 2.5])('refuses fiche number %s (a whole number from 1)', async (number) => {
    expectFieldError(await post('fiches', { title: `Fiche n°${number}`, series: 'deniche', number }), 'number')
  })

  it('refuses a partnership ending in 2500', async () => {
    const res = await post('partners', { name: 'Partenaire éternel', kind: 'other', agreements: [{ title: 'Convention', startYear: 2020, endYear: 2500 }] })
    expectFieldError(res, 'agreements.0.endYear', /2100/)
  })

  it.each([
    ['fiches', 'firstPublishedAt', { title: 'Fiche datée en français', series: 'deniche', firstPublishedAt: 'Février 2022' }],
    ['fiches', 'revisedAt', { title: 'Fiche révisée en français', series: 'deniche', revisedAt: '30 avril 2018' }],
    ['events', 'start', { title: 'Webinaire', kind: 'webinar', start: '2021-02-30' }],
    ['events', 'end', { title: 'Webinaire', kind: 'webinar', start: '2021-02-05T10:00:00Z', end: '5 février 2021' }],
  ])('refuses a %s %s that is not an ISO 8601 date, and says which format', async (collection, field, body) => {
    expectFieldError(await post(collection, body), field, /YYYY-MM-DD/)
  })
})

describe('other 500s that are client errors', () => {
  it('deletes a webhook that has deliveries, and its deliveries with it', async () => {
    const webhook = await call(server.url, '/api/webhooks', {
      method: 'POST',
      auth: auth.admin,
      body: { name: 'Site de la CRESS', url: 'http://127.0.0.1:9/hook', secret: 'a-long-enough-signing-secret', events: ['publish'], collections: ['fiches'] },
    })
    expect(webhook.status).toBe(201)
    const id = webhook.body.doc.id
    expect((await post('fiches', { title: 'Fiche annoncée', series: 'deniche' })).status).toBe(201)
    const deliveries = `/api/webhook-deliveries?where[webhook][equals]=${id}&depth=0`
    expect((await call(server.url, deliveries, { auth: auth.admin })).body.totalDocs).toBeGreaterThan(0)

    const res = await call(server.url, `/api/webhooks/${id}`, { method: 'DELETE', auth: auth.admin })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect((await call(server.url, deliveries, { auth: auth.admin })).body.totalDocs).toBe(0)
  })

  it('refuses an upload whose file name has a NUL byte with a 400', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')
    const form = new FormData()
    form.append('file', new Blob([png], { type: 'image/png' }), 'lo\u0000go.png')
    form.append('_payload', JSON.stringify({ alt: 'Logo' }))
    const res = await fetch(`${server.url}/api/media`, { method: 'POST', headers: { Authorization: auth.editor! }, body: form })
    expect(res.status).toBe(400)
    expect((await res.json()).errors[0].message).toMatch(/multipart/)
  })

  it('answers 404 for a media file that does not exist', async () => {
    const res = await call(server.url, '/api/media/file/nothing-here.png', { auth: auth.editor })
    expect(res.status).toBe(404)
    expect(res.body.errors[0].message).toMatch(/nothing-here\.png/)
  })
})
