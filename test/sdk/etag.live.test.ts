/**
 * The SDK's conditional requests against the real server: a partner polling the same page gets 304s
 * and the same documents, and the new ones as soon as they change; `iterate` walks every document
 * without asking for counts.
 */
import { afterAll, beforeAll, expect, it } from 'vitest'

import { createClient } from '../../src/sdk/src'
import { createAccounts, createDoc, type Credentials } from '../helpers/rest'
import { type RunningServer, startServer } from '../helpers/server'

let server: RunningServer
let auth: Credentials
const statuses: number[] = []

beforeAll(async () => {
  server = await startServer('sdk-etag')
  auth = await createAccounts(server.url)
  for (const n of [1, 2, 3]) await createDoc(server.url, auth.editor, 'themes', { title: `Thème ${n}`, slug: `theme-${n}` })
})
afterAll(async () => {
  await server?.stop()
})

it('a partner polling a page gets 304s and the same documents, then the change', async () => {
  const apiKey = auth.partner!.replace(/^users API-Key /, '')
  const partner = createClient({
    baseUrl: server.url,
    apiKey,
    etagCache: true,
    // Sees what the server answered, before the SDK turns a 304 into the remembered page.
    fetch: async (request) => {
      const response = await fetch(request)
      statuses.push(response.status)
      return response
    },
  })
  const first = await partner.themes.list({ sort: 'slug', depth: 0 })
  expect(first.docs.map((theme) => theme.slug)).toEqual(['theme-1', 'theme-2', 'theme-3'])
  for (let poll = 0; poll < 3; poll++) expect(await partner.themes.list({ sort: 'slug', depth: 0 })).toEqual(first)
  expect(statuses).toEqual([200, 304, 304, 304])

  await createDoc(server.url, auth.editor, 'themes', { title: 'Thème 4', slug: 'theme-4' })
  const changed = await partner.themes.list({ sort: 'slug', depth: 0 })
  expect(changed.docs.map((theme) => theme.slug)).toEqual(['theme-1', 'theme-2', 'theme-3', 'theme-4'])
  expect(statuses.at(-1)).toBe(200)
})

it('iterate walks every document, page by page, without counts', async () => {
  const slugs: string[] = []
  for await (const theme of createClient({ baseUrl: server.url }).themes.iterate({ sort: 'slug', limit: 2, depth: 0 }))
    slugs.push(theme.slug)
  expect(slugs).toEqual(['theme-1', 'theme-2', 'theme-3', 'theme-4'])
})
