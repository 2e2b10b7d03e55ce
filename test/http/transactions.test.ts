/**
 * Every write commits or rolls back whole, and concurrent writers are decided one after the other
 * (src/database/transactions.ts), against the real server: parallel first registrations, a write that
 * fails half-way, the sync change log under 30 parallel writers, another process holding SQLite's lock.
 */
import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { usingMongo } from '../helpers/database'
import { call, type Credentials, expectFieldError, graphql } from '../helpers/rest'
import { type RunningServer, startServer } from '../helpers/server'

const PASSWORD = 'correct horse battery staple'
const MISSING_ID = '00000000-0000-4000-8000-000000000000'

let server: RunningServer
let auth: Credentials

beforeAll(async () => {
  server = await startServer('transactions')
})
afterAll(async () => {
  await server?.stop()
})

const editor = (path: string, method = 'GET', body?: unknown) => call(server.url, path, { method, auth: auth.editor, body })
const totalDocs = async (path: string, role: 'editor' | 'admin' = 'editor') => {
  const res = await call(server.url, `${path}${path.includes('?') ? '&' : '?'}limit=1&depth=0`, { auth: auth[role] })
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  return res.body.totalDocs as number
}

describe('first registration', () => {
  it('makes exactly one admin out of 10 parallel registrations on an empty database; the others get a 403', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        call(server.url, '/api/users/first-register', { method: 'POST', body: { email: `first${i}@rtes.test`, password: PASSWORD } }),
      ),
    )
    const accepted = results.filter((res) => res.status === 200)
    expect(accepted).toHaveLength(1)
    for (const res of results.filter((r) => r.status !== 200)) {
      expect(res.status).toBe(403)
      expect(res.body.errors[0].message).toBeTruthy()
    }
    const admin = `JWT ${accepted[0]!.body.token}`
    const users = await call(server.url, '/api/users?limit=50', { auth: admin })
    expect(users.body.docs.map((user: { role: string }) => user.role)).toEqual(['admin'])

    // The remaining tests need the usual accounts; the admin above is the first one.
    auth = await createAccountsAfter(admin)
  })
})

/** Like createAccounts() (test/helpers/rest.ts), which registers the first user itself: here it exists. */
async function createAccountsAfter(admin: string): Promise<Credentials> {
  const login = async (role: 'editor' | 'member') => {
    const email = `${role}@rtes.test`
    await call(server.url, '/api/users', { method: 'POST', auth: admin, body: { email, password: PASSWORD, role } })
    return `JWT ${(await call(server.url, '/api/users/login', { method: 'POST', body: { email, password: PASSWORD } })).body.token}`
  }
  return { anonymous: undefined, partner: undefined, member: await login('member'), editor: await login('editor'), admin }
}

describe('a write that fails half-way leaves nothing', () => {
  const broken = {
    revisedAt: { title: 'Révision en toutes lettres', series: 'deniche', revisedAt: '30 avril 2018' },
    documentFile: { title: 'PDF disparu', series: 'deniche', documents: [{ label: 'PDF', kind: 'pdf', file: MISSING_ID }] },
    kit: { title: 'Kit disparu', series: 'kit', kit: MISSING_ID, number: 1 },
  }
  const expectedPath = { revisedAt: 'revisedAt', documentFile: 'documents.0.file', kit: 'kit' }

  it.each(Object.keys(broken) as (keyof typeof broken)[])('refuses a fiche with a bad %s, and stores nothing', async (name) => {
    const fichesBefore = await totalDocs('/api/fiches?draft=true')
    const changesBefore = await totalDocs('/api/sync-changes', 'admin')

    const res = await editor('/api/fiches', 'POST', { ...broken[name], _status: 'published' })
    expectFieldError(res, expectedPath[name])

    expect(await totalDocs('/api/fiches?draft=true')).toBe(fichesBefore)
    expect(await totalDocs('/api/sync-changes', 'admin')).toBe(changesBefore)
    const list = await editor('/api/fiches?limit=100&depth=1')
    expect(list.status).toBe(200)
    const gql = await graphql(server.url, '{ Fiches(limit: 100) { docs { id title revisedAt kit { id } } } }', auth.editor)
    expect(gql.errors).toBeUndefined()
  })

  it('keeps an existing fiche unchanged when an update carries such values', async () => {
    const created = await editor('/api/fiches', 'POST', { title: 'Fiche intacte', series: 'deniche', revisedAt: '2021-03-01', _status: 'published' })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const changesBefore = await totalDocs('/api/sync-changes', 'admin')
    for (const [name, data] of Object.entries(broken)) {
      const res = await editor(`/api/fiches/${id}`, 'PATCH', { ...data, title: 'Fiche abîmée' })
      expectFieldError(res, expectedPath[name as keyof typeof broken])
    }
    const stored = await editor(`/api/fiches/${id}?depth=0`)
    expect(stored.body).toMatchObject({ title: 'Fiche intacte', revisedAt: expect.stringMatching(/^2021-03-01/), kit: null, documents: [] })
    expect(await totalDocs('/api/sync-changes', 'admin')).toBe(changesBefore)
  })
})

describe('the sync change log under concurrent writers', () => {
  type Row = { sequence: number; collection: string; documentId: string; kind: string }
  async function changeLog(): Promise<Row[]> {
    const rows: Row[] = []
    for (let page = 1; ; page++) {
      const log = await call(server.url, `/api/sync-changes?limit=100&page=${page}&sort=sequence&depth=0`, { auth: auth.admin })
      rows.push(...log.body.docs)
      if (!log.body.hasNextPage) return rows
    }
  }
  let ids: string[] = []

  it('numbers 30 parallel creates 1..N without gap or duplicate, one row per acknowledged change', async () => {
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => editor('/api/themes', 'POST', { title: `Thème parallèle ${i}` })),
    )
    expect(results.map((res) => res.status)).toEqual(Array(30).fill(201))
    ids = results.map((res) => res.body.doc.id as string)

    const rows = await changeLog()
    expect(rows.map((row) => row.sequence)).toEqual(rows.map((_, i) => i + 1))
    for (const id of ids) {
      expect(rows.filter((row) => row.documentId === id)).toEqual([expect.objectContaining({ collection: 'themes', kind: 'create' })])
    }
    // Every acknowledged write is there.
    const themes = await editor(`/api/themes?limit=100&depth=0&where[id][in]=${ids.join(',')}`)
    expect(themes.body.totalDocs).toBe(30)
  })

  it('logs a bulk update and a bulk delete of the 30, whose documents are handled in parallel in one transaction', async () => {
    const where = `where[id][in]=${ids.join(',')}`
    const updated = await editor(`/api/themes?${where}&limit=100`, 'PATCH', { description: 'Revu en lot' })
    expect(updated.status, JSON.stringify(updated.body).slice(0, 500)).toBe(200)
    expect(updated.body.docs).toHaveLength(30)
    const deleted = await editor(`/api/themes?${where}&limit=100`, 'DELETE')
    expect(deleted.status, JSON.stringify(deleted.body).slice(0, 500)).toBe(200)
    expect(deleted.body.docs).toHaveLength(30)

    const rows = await changeLog()
    expect(rows.map((row) => row.sequence)).toEqual(rows.map((_, i) => i + 1))
    for (const id of ids) {
      expect(rows.filter((row) => row.documentId === id).map((row) => row.kind)).toEqual(['create', 'update', 'delete'])
    }
  })
})

describe.skipIf(usingMongo())('another process holding the SQLite write lock', () => {
  it('makes writes wait for it instead of failing', async () => {
    const other = createClient({ url: server.databaseUri })
    await other.execute('BEGIN IMMEDIATE')
    let settled = 0
    const writes = Array.from({ length: 5 }, (_, i) =>
      editor('/api/themes', 'POST', { title: `Thème en attente ${i}` }).finally(() => settled++),
    )
    // The scenario: the lock is held for a second, during which no write may complete (nor fail).
    await new Promise((resolve) => setTimeout(resolve, 1000))
    expect(settled).toBe(0)
    await other.execute('COMMIT')
    expect((await Promise.all(writes)).map((res) => res.status)).toEqual(Array(5).fill(201))
    other.close()
  })

  it('answers 503 with Retry-After, and stores nothing, when the lock outlasts the busy timeout', async () => {
    const before = await totalDocs('/api/themes')
    const other = createClient({ url: server.databaseUri })
    await other.execute('BEGIN IMMEDIATE')
    try {
      // Released only after the answer: the server gave up waiting on its own (DATABASE_BUSY_TIMEOUT_MS, 5 s).
      const res = await fetch(`${server.url}/api/themes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', Authorization: auth.editor! },
        body: JSON.stringify({ title: 'Thème trop patient' }),
      })
      expect(res.status).toBe(503)
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
      expect((await res.json()).errors[0].message).toMatch(/occupée|busy/)
    } finally {
      await other.execute('COMMIT')
      other.close()
    }
    expect(await totalDocs('/api/themes')).toBe(before)
  })
})
