import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { OpenAPIDocument } from '../../src/openapi/types'
import { publishExamplesWhereEmpty, seededDatabaseUri, startServerOn } from '../helpers/seeded'
import { type ApiUser, createUser, registerAdmin, TEST_PASSWORD } from '../helpers/users'
import type { RunningServer } from '../helpers/server'
import { readCommittedSpec, SpecValidator, specCollections } from './validator'

/**
 * Contract tests: live answers of the real server (seeded with the 2021 report) for every collection the
 * spec describes validate against the schemas the spec documents for that path, method and status.
 * The collections come from the committed spec, itself checked against the config (spec.test.ts).
 */
const committed = readCommittedSpec()
const collections = specCollections(committed)

let server: RunningServer
let spec: OpenAPIDocument
let validator: SpecValidator
let partialValidator: SpecValidator
let admin: ApiUser & { token: string }
let partner: ApiUser
/** One readable document id per collection, found by the reads below and used by the writes. */
const sampleIds = new Map<string, string>()

beforeAll(async () => {
  const media = fs.mkdtempSync(path.join(os.tmpdir(), 'rtes-media-'))
  server = await startServerOn('api-contract', await seededDatabaseUri('api-contract'), { env: { MEDIA_DIR: media } })
  admin = await registerAdmin(server.url)
  partner = await createUser(server.url, admin.token, { email: 'cress@partner.test', role: 'partner', apiKey: randomUUID() })
  const res = await fetch(`${server.url}/api/openapi.json`)
  expect(res.status).toBe(200)
  spec = (await res.json()) as OpenAPIDocument
  validator = new SpecValidator(spec)
  partialValidator = new SpecValidator(spec, { ignoreRequired: true })
  // The seed has no uploads: give every upload collection one image, through the documented multipart body.
  for (const { slug, schema } of collections) {
    if (spec.paths[`/api/${slug}`]?.post?.requestBody?.content['multipart/form-data']) await uploadSample(slug, schema)
  }
  await publishExamplesWhereEmpty(
    server.url,
    admin.token,
    collections.map(({ slug }) => slug),
  )
})
afterAll(async () => {
  await server?.stop()
})

/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')

/** Uploads a PNG with the create schema's required fields filled in (strings, or an enum's first value), and alt text. */
async function uploadSample(slug: string, schema: string): Promise<void> {
  const create = spec.components.schemas[`${schema}Create`] as { required?: string[]; properties: Record<string, { enum?: unknown[] }> }
  const data = Object.fromEntries((create.required ?? []).map((key) => [key, create.properties[key]?.enum?.[0] ?? 'Contract test']))
  // Alt text is required for images only, which a JSON schema cannot say: an image gets one.
  if (create.properties.alt) data.alt = 'Contract test'
  const form = new FormData()
  form.append('file', new Blob([PNG], { type: 'image/png' }), 'contract-test.png')
  form.append('_payload', JSON.stringify(data))
  const res = await fetch(`${server.url}/api/${slug}`, { method: 'POST', headers: headersFor('admin'), body: form })
  const body = await res.json()
  expect(res.status, JSON.stringify(body)).toBe(201)
  expect(validator.responseErrors(`/api/${slug}`, 'POST', 201, body)).toEqual([])
}

type Who = 'anonymous' | 'admin' | 'partner'
const headersFor = (who: Who): Record<string, string> =>
  who === 'admin' ? { Authorization: `JWT ${admin.token}` } : who === 'partner' ? { Authorization: `users API-Key ${partner.apiKey}` } : {}

/** Calls the server and checks the answer against the spec for `route` (a spec path). */
async function call(
  who: Who,
  method: string,
  route: string,
  { path = route, query = '', body }: { path?: string; query?: string; body?: unknown } = {},
): Promise<{ status: number; body: unknown }> {
  // Documented exception: with `fallback-locale=none`, localized fields without a value are left out.
  const checker = query.includes('fallback-locale=none') ? partialValidator : validator
  const res = await fetch(`${server.url}${path}${query ? `?${query}` : ''}`, {
    method,
    headers: { ...headersFor(who), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  expect(res.headers.get('content-type'), `${method} ${path}`).toMatch(/^application\/json/)
  const json = JSON.parse(text) as unknown
  const errors = checker.responseErrors(route, method, res.status, json)
  expect(errors, `${who} ${method} ${path}?${query} → ${res.status} does not match the spec:\n${text.slice(0, 600)}`).toEqual([])
  return { status: res.status, body: json }
}

describe('the served spec', () => {
  it('is the committed src/sdk/openapi.json', () => {
    expect(spec).toEqual(committed)
    expect(collections.length).toBeGreaterThan(0)
  })
})

describe.each(collections)('$slug: live answers match the spec', ({ slug }) => {
  const list = `/api/${slug}`
  const byId = `/api/${slug}/{id}`

  it('lists, as admin, at depth 0 and 2, in each locale', async () => {
    for (const query of [
      'depth=0&limit=5',
      'depth=2&limit=5',
      'locale=en&limit=3',
      'locale=en&fallback-locale=none&limit=3',
      'draft=true&limit=2',
    ]) {
      const { status, body } = await call('admin', 'GET', list, { query })
      expect(status, query).toBe(200)
      const first = (body as { docs: { id: string }[] }).docs[0]
      if (first) sampleIds.set(slug, first.id)
    }
    expect(sampleIds.get(slug), `the seeded database has no ${slug} to read by id`).toBeDefined()
  })

  it('lists and counts anonymously and with a partner API key (or refuses with 403)', async () => {
    for (const who of ['anonymous', 'partner'] as const) {
      const { status } = await call(who, 'GET', list, { query: 'limit=5&sort=-createdAt' })
      expect([200, 403], who).toContain(status)
      const count = await call(who, 'GET', `${list}/count`)
      expect(count.status).toBe(status)
    }
  })

  it('filters with a nested where and counts the same documents', async () => {
    const query = 'where[or][0][id][exists]=true&where[or][1][createdAt][less_than]=2000-01-01&limit=3'
    const { body } = await call('admin', 'GET', list, { query })
    const count = await call('admin', 'GET', `${list}/count`, { query })
    expect((count.body as { totalDocs: number }).totalDocs).toBe((body as { totalDocs: number }).totalDocs)
  })

  it('reads by id at depth 0 and 2, in English, and as the public or a partner', async () => {
    const id = sampleIds.get(slug)!
    const path = `${list}/${id}`
    for (const query of ['depth=0', 'depth=2', 'locale=en', 'draft=true']) {
      expect((await call('admin', 'GET', byId, { path, query })).status, query).toBe(200)
    }
    for (const who of ['anonymous', 'partner'] as const) {
      expect([200, 403, 404], who).toContain((await call(who, 'GET', byId, { path })).status)
    }
  })

  it('answers 404 for an unknown id', async () => {
    const { status } = await call('admin', 'GET', byId, { path: `${list}/${randomUUID()}` })
    expect(status).toBe(404)
  })

  it('answers 400 for a where on a path that does not exist', async () => {
    const { status, body } = await call('admin', 'GET', list, { query: 'where[no_such_field][equals]=1' })
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toContain('no_such_field')
  })

  it('answers 403 to anonymous writes', async () => {
    expect((await call('anonymous', 'POST', list, { body: {} })).status).toBe(403)
    const path = `${list}/${sampleIds.get(slug)}`
    expect((await call('anonymous', 'PATCH', byId, { path, body: {} })).status).toBe(403)
    expect((await call('anonymous', 'DELETE', byId, { path })).status).toBe(403)
    expect((await call('partner', 'DELETE', byId, { path })).status).toBe(403)
  })

  it('answers 400 to an admin creating an empty document (validation error body)', async () => {
    expect((await call('admin', 'POST', list, { body: {} })).status).toBe(400)
  })

  it('updates by id as admin (mutation envelope)', async () => {
    const path = `${list}/${sampleIds.get(slug)}`
    const { body } = await call('admin', 'PATCH', byId, { path, query: 'depth=0', body: {} })
    expect((body as { doc: { id: string } }).doc.id).toBe(sampleIds.get(slug))
  })
})

describe('auth operations (users)', () => {
  const auth = collections.filter(({ slug }) => committed.paths[`/api/${slug}/login`])

  it.each(auth)('$slug: login, me, refresh-token, logout, and the anonymous /me', async ({ slug }) => {
    const base = `/api/${slug}`
    const bad = await call('anonymous', 'POST', `${base}/login`, { body: { email: admin.email, password: 'wrong' } })
    expect(bad.status).toBe(401)
    const login = await call('anonymous', 'POST', `${base}/login`, { body: { email: admin.email, password: TEST_PASSWORD } })
    expect(login.status).toBe(200)
    const token = (login.body as { token: string }).token
    const asUser = async (method: string, route: string) => {
      const res = await fetch(`${server.url}${route}`, { method, headers: { Authorization: `JWT ${token}` } })
      const body = await res.json()
      expect(validator.responseErrors(route, method, res.status, body), `${method} ${route}`).toEqual([])
      return { status: res.status, body }
    }
    expect((await asUser('GET', `${base}/me`)).body).toMatchObject({ user: { email: admin.email } })
    expect((await call('partner', 'GET', `${base}/me`)).body).toMatchObject({ user: { email: partner.email } })
    expect((await call('anonymous', 'GET', `${base}/me`)).body).toMatchObject({ user: null })
    expect((await asUser('POST', `${base}/refresh-token`)).status).toBe(200)
    expect((await asUser('POST', `${base}/logout`)).status).toBe(200)
  })
})

describe('deletes (last: they remove the sample documents)', () => {
  it.each(collections)('$slug: deletes by id as admin (mutation envelope), then 404', async ({ slug }) => {
    const id = slug === 'users' ? partner.id : sampleIds.get(slug)!
    const route = `/api/${slug}/{id}`
    const path = `/api/${slug}/${id}`
    expect((await call('admin', 'DELETE', route, { path, query: 'depth=0' })).status).toBe(200)
    expect((await call('admin', 'GET', route, { path })).status).toBe(404)
  })
})
