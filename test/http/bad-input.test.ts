/**
 * Inputs that used to end in a 500 (or to be stored silently) get a 4xx naming the problem: filters the
 * database cannot run, dates that are not ISO 8601, numbers Payload's own checks refuse once custom
 * validators no longer replace them, a webhook with deliveries, a malformed upload, a missing file.
 */
import http from 'node:http'

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

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')

async function uploadPng(name: string): Promise<{ id: string }> {
  const form = new FormData()
  form.append('file', new Blob([PNG], { type: 'image/png' }), name)
  form.append('_payload', JSON.stringify({ alt: 'Logo' }))
  const res = await fetch(`${server.url}/api/media`, { method: 'POST', headers: { Authorization: auth.editor! }, body: form })
  expect(res.status, await res.clone().text()).toBe(201)
  return (await res.json()).doc
}

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

  // Lists given to one-value operators and objects to list operators reached SQLite ("can only bind
  // numbers, strings…", a 500) on the routes the list route did not cover (fuzz, CI seed 46439191).
  it.each([
    ['/api/fiches/count?where[title][contains][0]=a&where[title][contains][1]=b', 'where[title][contains]', /single value, got a list/],
    [
      '/api/fiches/count?where[partners.kind][not_equals][0]=7&where[partners.kind][not_equals][1]=238',
      'where[partners.kind][not_equals]',
      /single value/,
    ],
    [
      '/api/territories/count?where[Or][0][parent][less_than_equal][0]=d&where[Or][0][parent][less_than_equal][1]=e',
      'where[Or][0][parent][less_than_equal]',
      /single value/,
    ],
    ['/api/territories?where[name][exists]=1', 'where[name][exists]', /true or false/],
    [
      '/api/themes?where=%7B%22id%22%3A%7B%22not_in%22%3A%7B%22a%22%3A%22x%22%7D%7D%7D',
      'where[id][not_in]',
      /value or a list of values, got an object/,
    ],
    [
      '/api/kits?joins[fiches][where][title][contains][0]=a&joins[fiches][where][title][contains][1]=b',
      'joins[fiches][where][title][contains]',
      /single value/,
    ],
    ['/api/fiches/versions?where[version.title][like][0]=a&where[version.title][like][1]=b', 'where[version.title][like]', /single value/],
    ['/api/kits/versions?where[version][like]=x', 'where[version]', /version\.title/],
    // Payload's own collections, which have no hooks of ours.
    ['/api/payload-preferences?where[key][contains][0]=a&where[key][contains][1]=b', 'where[key][contains]', /single value/],
    ['/api/payload-locked-documents/count?where[globalSlug][in][0][a]=b', 'where[globalSlug][in]', /value or a list/],
  ])('%s is a 400 naming the filter and the operator', async (url, path, message) => {
    const res = await call(server.url, url, { auth: auth.editor })
    expect(res.status, JSON.stringify(res.body)).toBe(400)
    expect(res.body.errors[0].data.errors).toContainEqual({ path, message: expect.stringMatching(message) })
  })

  it('checks GraphQL where arguments too (JSON-typed fields take any value)', async () => {
    const res = await call(server.url, '/api/graphql', {
      method: 'POST',
      body: { query: '{ Fiches(where: { body: { equals: { a: 1 } } }) { docs { id } } }' },
    })
    expect(res.body.errors[0].message).toMatch(/where\[body\]\[equals\].*single value, got an object/)
    expect(res.body.errors[0].extensions.statusCode).toBe(400)
  })

  it('still runs the filters Payload takes as lists or objects', async () => {
    for (const query of [
      'where[series][in][0]=deniche&where[series][in][1]=kit',
      'where[series][in]=deniche,kit',
      'where[kit][equals][0]=00000000-0000-4000-8000-000000000000', // run as `in`
      'where[or][0][title][contains]=a&where[or][1][kit][exists]=false',
    ]) {
      const res = await call(server.url, `/api/fiches/count?${query}`, { auth: auth.editor })
      expect(res.status, `${query}: ${JSON.stringify(res.body)}`).toBe(200)
    }
  })
})

describe('drafts and fields hidden by a condition, which Payload does not validate', () => {
  const missing = '00000000-0000-4000-8000-000000000000'
  const stored = async (title: string) =>
    (await call(server.url, `/api/fiches/count?draft=true&where[title][equals]=${encodeURIComponent(title)}`, { auth: auth.editor })).body
      .totalDocs

  it('refuses a kit that does not exist on a fiche that is not a kit fiche, and stores nothing', async () => {
    // The kit field is hidden (admin.condition) unless the series is `kit`: Payload skipped its
    // validation but stored the id, and the foreign key failed (a 500).
    const title = 'Étude au kit fantôme'
    const res = await call(server.url, '/api/fiches?draft=%F0%9D%A0%B8&depth=5', {
      method: 'POST',
      auth: auth.editor,
      body: { title, series: 'reperess', number: 2073, kit: missing },
    })
    expectFieldError(res, 'kit', /no such document/)
    expect(await stored(title)).toBe(0)
  })

  it.each([
    ['fiches', 'themes', { title: 'Brouillon orphelin', series: 'deniche', themes: [missing] }, /no such document/],
    [
      'fiches',
      'documents.0.file',
      { title: 'Brouillon sans fichier', series: 'deniche', documents: [{ label: 'PDF', file: missing }] },
      /no such document/,
    ],
    ['kits', 'revisedAt', { title: 'Kit brouillon daté', level: 'regional', edition: 2018, revisedAt: '30 avril 2018' }, /YYYY-MM-DD/],
  ])('refuses a %s draft whose %s the database cannot store', async (collection, path, body, message) => {
    expectFieldError(await call(server.url, `/api/${collection}?draft=true`, { method: 'POST', auth: auth.editor, body }), path, message)
  })

  it('refuses a createdAt that is not ISO 8601, and a rich text whose nodes are not objects, drafts included', async () => {
    // Payload handles both before any field check: "Invalid time value" and a TypeError in Lexical's hooks (500s).
    expectFieldError(await post('themes', { title: 'Thème daté', createdAt: '30 avril 2018' }), 'createdAt', /YYYY-MM-DD/)
    const paragraph = { type: 'paragraph', version: 1, children: [{ type: 'text', text: 'Texte', version: 1 }] }
    const body = { root: { type: 'root', version: 1, children: [paragraph, 'xxxx'] } }
    const title = 'Plaidoyer au contenu mal formé'
    const res = await call(server.url, '/api/advocacy-contributions?draft=true', {
      method: 'POST',
      auth: auth.editor,
      body: { title, body, _status: 'draft' },
    })
    expectFieldError(res, 'body', /malformed rich text/)
    expectFieldError(
      await post('fiches', { title: 'Fiche sans racine', series: 'deniche', body: { root: 'x' } }),
      'body',
      /malformed rich text/,
    )
    expectFieldError(
      await post('fiches', { title: 'Statut en liste', series: 'deniche', _status: ['%&i', 1800] }),
      '_status',
      /expected "draft" or "published"/,
    )
    expect(await stored(title)).toBe(0)
  })

  it('leaves relationships the update does not change alone', async () => {
    const theme = await call(server.url, '/api/themes', { method: 'POST', auth: auth.editor, body: { title: 'Thème conservé' } })
    const fiche = await post('fiches', { title: 'Fiche thématique', series: 'deniche', themes: [theme.body.doc.id] })
    expect(fiche.status, JSON.stringify(fiche.body)).toBe(201)
    const res = await call(server.url, `/api/fiches/${fiche.body.doc.id}?draft=true`, {
      method: 'PATCH',
      auth: auth.editor,
      body: { summary: 'Résumé' },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.doc.themes.map((t: { id: string }) => t.id)).toEqual([theme.body.doc.id])
  })
})

describe('values the database cannot store', () => {
  // Payload's text, textarea and select validators let lists and objects through to SQLite (a 500).
  it.each([
    ['fiches', 'summary', { title: 'Résumé en liste', series: 'deniche', summary: [] }],
    ['fiches', 'series', { title: 'Série en objet', series: { a: 1 } }],
    [
      'advocacy-contributions',
      'outcome',
      { title: 'Plaidoyer', kind: 'contribution', date: '2021-05-01', context: 'Loi 3DS', outcome: ['a'] },
    ],
  ])('refuses a list or an object in the single-value field %s.%s', async (collection, path, body) => {
    expectFieldError(await post(collection, body), path, /single value/)
  })

  it.each([
    ['email', { email: true, password: 'correct horse battery staple' }],
    ['email', { email: [], password: 'correct horse battery staple' }],
    ['password', { email: 'texte@rtes.test', password: { a: 1 } }],
    ['password', { email: 'nombre@rtes.test', password: 12345678 }],
  ])('refuses an account %s that is not text (Payload lower-cases or hashes it first: a 500)', async (path, body) => {
    expectFieldError(await call(server.url, '/api/users', { method: 'POST', auth: auth.admin, body }), path, /string/)
  })

  it('saves an English version of a theme without an English title (required in French only)', async () => {
    const theme = await call(server.url, '/api/themes', { method: 'POST', auth: auth.editor, body: { title: 'Alimentation durable' } })
    expect(theme.status).toBe(201)
    const id = theme.body.doc.id
    // The translated description alone: the title column must accept the missing English title.
    const english = await call(server.url, `/api/themes/${id}?locale=en`, {
      method: 'PATCH',
      auth: auth.editor,
      body: { description: 'Sustainable food' },
    })
    expect(english.status).toBe(200)
    const read = await call(server.url, `/api/themes/${id}?locale=en`)
    expect(read.body).toMatchObject({ title: 'Alimentation durable', description: 'Sustainable food' })
    // Stored apart: read without fallback (French readers otherwise see the English text, src/plugin/locales.ts).
    expect((await call(server.url, `/api/themes/${id}?locale=fr&fallback-locale=none`)).body.description ?? null).toBeNull()
  })
})

describe('Payload’s own collections, which our field checks do not wrap', () => {
  it('refuses a document lock naming a user that does not exist, and a preference with an impossible date', async () => {
    const lock = await call(server.url, '/api/payload-locked-documents', {
      method: 'POST',
      auth: auth.editor,
      body: { user: { relationTo: 'users', value: '00000000-0000-4000-8000-000000000000' } },
    })
    expect(lock.status, JSON.stringify(lock.body)).toBe(400)
    expect(lock.body.errors[0].message).toMatch(/related document does not exist/)
    const query = 'mutation($data: mutationPayloadPreferenceInput!) { createPayloadPreference(data: $data) { id } }'
    const res = await call(server.url, '/api/graphql', {
      method: 'POST',
      auth: auth.editor,
      body: { query, variables: { data: { key: 'columns', value: {}, updatedAt: '2021-13-45' } } },
    })
    expect(res.body.errors?.[0]?.extensions?.statusCode, JSON.stringify(res.body)).toBe(400)
  })

  it('ignores sessions sent with an account (Payload manages them; null was a TypeError)', async () => {
    const res = await call(server.url, '/api/users', {
      method: 'POST',
      auth: auth.admin,
      body: { email: 'sessions@rtes.test', password: 'correct horse battery staple', sessions: null },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
  })
})

describe('admin preferences', () => {
  it('deletes a preference by key (Payload’s own handler fails on SQLite)', async () => {
    const key = 'fiches-list'
    const saved = await call(server.url, `/api/payload-preferences/${key}`, {
      method: 'POST',
      auth: auth.editor,
      body: { value: { columns: ['title'] } },
    })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    const res = await call(server.url, `/api/payload-preferences/${key}`, { method: 'DELETE', auth: auth.editor })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.key).toBe(key)
    expect((await call(server.url, `/api/payload-preferences/${key}`, { auth: auth.editor })).body.value).toBeNull()
    expect((await call(server.url, `/api/payload-preferences/${key}`, { method: 'DELETE', auth: auth.editor })).status).toBe(404)
    expect((await call(server.url, `/api/payload-preferences/${key}`, { method: 'DELETE' })).status).toBe(401)
  })
})

describe('request bodies Payload could not read', () => {
  const send = (path: string, body: string, contentType: string) =>
    fetch(`${server.url}${path}`, { method: 'POST', headers: { Authorization: auth.editor!, 'Content-Type': contentType }, body })

  it('refuses multipart without a boundary (Payload: "not eligible for file upload", 500)', async () => {
    for (const path of ['/api/territories', '/api/fiches', '/api/media']) {
      const res = await send(path, '{"name":"Fuzz"}', 'multipart/form-data')
      expect(res.status).toBe(400)
      expect((await res.json()).errors[0].message).toMatch(/boundary/)
    }
  })

  it('refuses a multipart _payload that is not JSON (a SyntaxError, 500)', async () => {
    const body = '--b\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{\r\n--b--\r\n'
    const res = await send('/api/territories', body, 'multipart/form-data; boundary=b')
    expect(res.status).toBe(400)
    expect((await res.json()).errors[0].message).toMatch(/_payload/)
  })

  it('refuses multipart form fields without _payload, which carry no document (a TypeError, 500)', async () => {
    const media = await uploadPng('sans-payload.png')
    const fiche = await post('fiches', { title: 'Fiche en formulaire', series: 'deniche' })
    for (const [method, path] of [
      ['POST', '/api/fiches'],
      ['PATCH', `/api/fiches/${fiche.body.doc.id}`],
      ['PATCH', `/api/media/${media.id}`],
    ] as const) {
      const form = new FormData()
      form.append('alt', 'Texte alternatif')
      form.append('title', 'Titre')
      const res = await fetch(`${server.url}${path}`, { method, headers: { Authorization: auth.editor! }, body: form })
      expect(res.status, `${method} ${path}`).toBe(400)
      expect((await res.json()).errors[0].message).toMatch(/_payload/)
    }
    // A file alone still replaces the file: nothing else to save.
    const form = new FormData()
    form.append('file', new Blob([PNG], { type: 'image/png' }), 'remplacee.png')
    const replaced = await fetch(`${server.url}/api/media/${media.id}`, {
      method: 'PATCH',
      headers: { Authorization: auth.editor! },
      body: form,
    })
    expect(replaced.status, await replaced.clone().text()).toBe(200)
    expect((await replaced.json()).doc).toMatchObject({ filename: 'remplacee.png', alt: 'Logo' })
  })

  it('says what was wrong with a _payload that is JSON but not an object (was "An unknown error occurred.")', async () => {
    const body = '--b\r\nContent-Disposition: form-data; name="_payload"\r\n\r\ntrue\r\n--b--\r\n'
    const res = await send('/api/territories', body, 'multipart/form-data; boundary=b')
    expect(res.status).toBe(400)
    expect((await res.json()).errors[0].message).toMatch(/must be a JSON object/)
  })

  it('still takes documents as multipart with a JSON _payload, as the admin sends them', async () => {
    const form = new FormData()
    form.append('_payload', JSON.stringify({ name: 'Territoire en formulaire', kind: 'region' }))
    const res = await fetch(`${server.url}/api/territories`, { method: 'POST', headers: { Authorization: auth.editor! }, body: form })
    expect(res.status, await res.clone().text()).toBe(201)
  })

  it.each([
    ['a blank JSON body', ' ', 'application/json', /JSON body/],
    ['an empty body', '', 'application/json', /JSON body/],
    ['multipart', '{"query":"{ __typename }"}', 'multipart/form-data; boundary=x', /application\/json/],
    ['@skip with a string condition', '{"query":"{ __typename @skip(if: \\"x\\") }"}', 'application/json', /@skip needs `if: true`/],
    ['a subscription', '{"query":"subscription { __typename }"}', 'application/json', /Subscriptions are not supported/],
  ])('answers GraphQL %s with a 4xx (was a 500)', async (_, body, contentType, message) => {
    const res = await send('/api/graphql', body, contentType)
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
    expect((await res.json()).errors[0].message).toMatch(message)
  })
})

describe('validation extends Payload’s built-in checks', () => {
  it.each([0, -3, 2.5])('refuses fiche number %s (a whole number from 1)', async (number) => {
    expectFieldError(await post('fiches', { title: `Fiche n°${number}`, series: 'deniche', number }), 'number')
  })

  it('refuses a partnership ending in 2500', async () => {
    const res = await post('partners', {
      name: 'Partenaire éternel',
      kind: 'other',
      agreements: [{ title: 'Convention', startYear: 2020, endYear: 2500 }],
    })
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
      body: {
        name: 'Site de la CRESS',
        url: 'http://127.0.0.1:9/hook',
        secret: 'a-long-enough-signing-secret',
        events: ['publish'],
        collections: ['fiches'],
      },
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
    const form = new FormData()
    form.append('file', new Blob([PNG], { type: 'image/png' }), 'lo\u0000go.png')
    form.append('_payload', JSON.stringify({ alt: 'Logo' }))
    const res = await fetch(`${server.url}/api/media`, { method: 'POST', headers: { Authorization: auth.editor! }, body: form })
    expect(res.status).toBe(400)
    expect((await res.json()).errors[0].message).toMatch(/multipart/)
  })

  it('refuses file fields of the wrong type on an upload (mimeType as a list was a TypeError, 500)', async () => {
    const doc = await uploadPng('types.png')
    const res = await call(server.url, `/api/media/${doc.id}?depth=5`, {
      method: 'PATCH',
      auth: auth.admin,
      body: { mimeType: [' 1 ', 1767], width: 'large' },
    })
    expectFieldError(res, 'mimeType', /expected a string/)
    expectFieldError(res, 'width', /expected a number/)
  })

  it('answers the next request on the same connection after a multipart body it stopped reading', async () => {
    // One keep-alive connection: the parser stops at the malformed part, the rest of the body must be drained.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
    const connections: string[] = []
    const send = (path: string, headers: Record<string, string> = {}, body?: string) =>
      new Promise<number>((resolve, reject) => {
        const req = http.request(
          new URL(path, server.url),
          { agent, method: body ? 'POST' : 'GET', headers: { authorization: auth.editor!, ...headers } },
          (res) => {
            res.resume()
            connections.push(res.headers.connection ?? '')
            res.on('end', () => resolve(res.statusCode ?? 0))
          },
        )
        req.setTimeout(20_000, () => req.destroy(new Error(`no answer to ${path}`)))
        req.on('error', reject)
        req.end(body)
      })
    const boundary = 'rtes-boundary'
    const malformed = [
      `--${boundary}`,
      'Content-Disposition: form-data; name="file"; filename="lo\u0000go.png"',
      'Content-Type: image/png',
      '',
      'x'.repeat(200_000),
      `--${boundary}--`,
      '',
    ].join('\r\n')
    try {
      expect(await send('/api/media', { 'content-type': `multipart/form-data; boundary=${boundary}` }, malformed)).toBe(400)
      expect(await send('/api/themes?limit=1')).toBe(200)
      // A body read to its end keeps the connection open.
      expect(await send('/api/themes', { 'content-type': 'application/json' }, JSON.stringify({ title: 'Thème en keep-alive' }))).toBe(201)
      expect(connections).toEqual(['close', 'keep-alive', 'keep-alive'])
    } finally {
      agent.destroy()
    }
  })

  it('answers 404 for a media file that does not exist', async () => {
    const res = await call(server.url, '/api/media/file/nothing-here.png', { auth: auth.editor })
    expect(res.status).toBe(404)
    expect(res.body.errors[0].message).toMatch(/nothing-here\.png/)
  })

  it('answers 404 for a file name longer than the file system allows, 400 for one with a NUL byte', async () => {
    expect((await call(server.url, `/api/media/file/${'%C3%A9'.repeat(300)}.png`, { auth: auth.editor })).status).toBe(404)
    const res = await call(server.url, '/api/media/file/%00.png', { auth: auth.editor })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(/NUL/)
  })
})

describe('the server log', () => {
  it('records refused requests as one info line, not as errors with a stack', async () => {
    const before = server.output().length
    expect((await call(server.url, '/api/fiches', { method: 'POST', body: { title: 'Anonyme' } })).status).toBe(403)
    const missing = await call(server.url, '/api/fiches/0123456789abcdef01234567', {
      method: 'PATCH',
      auth: auth.editor,
      body: { title: 'x' },
    })
    expect(missing.status).toBe(404)
    const deadline = Date.now() + 10_000
    const logged = () => server.output().slice(before)
    while (!/INFO[^:\n]*: 404 /.test(logged()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
    expect(logged()).toMatch(/INFO[^:\n]*: 403 /)
    expect(logged()).toMatch(/INFO[^:\n]*: 404 /)
    expect(logged()).not.toMatch(/ERROR/)
  })
})
