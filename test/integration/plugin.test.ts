/**
 * The plugin stands alone: a minimal host config of its own (its accounts collection has a `kind` field,
 * not `role`, and the host says how to read a role with `roleOf`) adds `rtesContentHub` and serves a
 * published fiche over Payload's REST handler, while the draft stays with the host's editors.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, type CollectionSlug, getPayload, handleEndpoints, type Payload, type SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { chooseDatabase, createDatabaseAdapter } from '../../src/config/database'
import { rtesContentHub, settingsOf } from '../../src/plugin'
import { testDatabaseUri } from '../helpers/database'

const ACCOUNTS = 'accounts' as CollectionSlug
const PASSWORD = 'correct horse battery staple'
const KEY = 'plugin-host'

let config: SanitizedConfig
let payload: Payload

beforeAll(async () => {
  config = await buildConfig({
    secret: 'plugin-host-secret',
    serverURL: 'http://host.test',
    db: await createDatabaseAdapter(chooseDatabase(testDatabaseUri(KEY))),
    editor: lexicalEditor(),
    collections: [
      {
        slug: ACCOUNTS,
        auth: true,
        fields: [{ name: 'kind', type: 'select', options: ['staff', 'reader'], defaultValue: 'reader' }],
      },
    ],
    admin: { user: ACCOUNTS },
    typescript: { autoGenerate: false },
    telemetry: false,
    plugins: [
      rtesContentHub({
        users: false,
        roleOf: (user) => (user?.collection === ACCOUNTS && (user as { kind?: string }).kind === 'staff' ? 'editor' : undefined),
        mediaDir: fs.mkdtempSync(path.join(os.tmpdir(), 'rtes-plugin-media-')),
      }),
    ],
  })
  payload = await getPayload({ config, key: KEY })
})
afterAll(async () => {
  await payload?.destroy()
})

/** A REST call through Payload's own route handler (what Next's `api/[...slug]` route runs). */
async function rest(pathname: string, init: RequestInit = {}): Promise<{ status: number; body: any }> {
  const request = new Request(new URL(pathname, 'http://host.test'), init)
  const response = await handleEndpoints({ config, request, payloadInstanceCacheKey: KEY })
  return { status: response.status, body: await response.json() }
}

async function login(email: string): Promise<string> {
  const { status, body } = await rest(`/api/${ACCOUNTS}/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  })
  expect(status).toBe(200)
  return `JWT ${body.token}`
}

describe('rtesContentHub in another host config', () => {
  it('adds the content model but no users collection, and keeps its options on the config', () => {
    const slugs = config.collections.map(({ slug }) => slug)
    expect(slugs).toEqual(expect.arrayContaining(['fiches', 'kits', 'themes', 'media', 'webhooks', ACCOUNTS]))
    expect(slugs).not.toContain('users')
    expect(settingsOf(config)).toMatchObject({ usersSlug: null, runJobs: false })
    expect(config.localization && config.localization.localeCodes).toEqual(['fr', 'en'])
  })

  it('serves a published fiche over REST to anyone, and its draft only to the host’s editors', async () => {
    await payload.create({ collection: ACCOUNTS, data: { email: 'staff@host.test', password: PASSWORD, kind: 'staff' } as never })
    await payload.create({ collection: ACCOUNTS, data: { email: 'reader@host.test', password: PASSWORD, kind: 'reader' } as never })
    const published = await payload.create({
      collection: 'fiches',
      data: { title: 'Fiche publiée', slug: 'fiche-publiee', series: 'deniche', _status: 'published' } as never,
    })
    await payload.create({
      collection: 'fiches',
      draft: true,
      data: { title: 'Fiche en cours', slug: 'fiche-en-cours', series: 'deniche', _status: 'draft' } as never,
    })

    const anonymous = await rest('/api/fiches?depth=0&sort=slug')
    expect(anonymous.status).toBe(200)
    expect(anonymous.body.docs.map((doc: { slug: string }) => doc.slug)).toEqual(['fiche-publiee'])
    const byId = await rest(`/api/fiches/${published.id}?depth=0`)
    expect(byId).toMatchObject({ status: 200, body: { id: published.id, title: 'Fiche publiée', _status: 'published' } })

    // A reader account has no role for the plugin: it reads what the public reads.
    const reader = await rest('/api/fiches?depth=0', { headers: { authorization: await login('reader@host.test') } })
    expect(reader.body.docs.map((doc: { slug: string }) => doc.slug)).toEqual(['fiche-publiee'])
    // `roleOf` makes staff accounts editors: they see the draft too, and may write.
    const staff = await login('staff@host.test')
    const editor = await rest('/api/fiches?depth=0&draft=true&sort=slug', { headers: { authorization: staff } })
    expect(editor.body.docs.map((doc: { slug: string }) => doc.slug)).toEqual(['fiche-en-cours', 'fiche-publiee'])
    const created = await rest('/api/themes', {
      method: 'POST',
      headers: { authorization: staff, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Alimentation', slug: 'alimentation' }),
    })
    expect(created.status).toBe(201)
    const refused = await rest('/api/themes', {
      method: 'POST',
      headers: { authorization: await login('reader@host.test'), 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Refusé', slug: 'refuse' }),
    })
    expect(refused.status).toBe(403)
  })
})
