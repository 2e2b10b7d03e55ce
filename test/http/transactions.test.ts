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
import { TEST_PASSWORD as PASSWORD } from '../helpers/users'

const MISSING_ID = '00000000-0000-4000-8000-000000000000'

let server: RunningServer
let auth: Credentials
let registrations: { status: number; body: any }[]

beforeAll(async () => {
  server = await startServer('transactions')
  // 10 parallel first registrations on the empty database (checked by the first test); the accounts the
  // other tests use are made by whichever registration got in.
  registrations = await Promise.all(
    Array.from({ length: 10 }, (_, i) =>
      call(server.url, '/api/users/first-register', { method: 'POST', body: { email: `first${i}@rtes.test`, password: PASSWORD } }),
    ),
  )
  const first = registrations.find((res) => res.status === 200)
  if (!first) throw new Error(`no first registration succeeded: ${JSON.stringify(registrations.map((res) => res.body))}`)
  auth = await accountsAfter(`JWT ${first.body.token}`)
})
afterAll(async () => {
  await server?.stop()
})

/** Like createAccounts() (test/helpers/rest.ts), which registers the first user itself: here it exists. */
async function accountsAfter(admin: string): Promise<Credentials> {
  const login = async (role: 'editor' | 'member') => {
    const email = `${role}@rtes.test`
    await call(server.url, '/api/users', { method: 'POST', auth: admin, body: { email, password: PASSWORD, role } })
    return `JWT ${(await call(server.url, '/api/users/login', { method: 'POST', body: { email, password: PASSWORD } })).body.token}`
  }
  return { anonymous: undefined, partner: undefined, member: await login('member'), editor: await login('editor'), admin }
}

const editor = (path: string, method = 'GET', body?: unknown) => call(server.url, path, { method, auth: auth.editor, body })
const totalDocs = async (path: string, role: 'editor' | 'admin' = 'editor') => {
  const res = await call(server.url, `${path}${path.includes('?') ? '&' : '?'}limit=1&depth=0`, { auth: auth[role] })
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  return res.body.totalDocs as number
}

describe('first registration', () => {
  it('makes exactly one admin out of 10 parallel registrations on an empty database; the others get a 403', async () => {
    expect(registrations.filter((res) => res.status === 200)).toHaveLength(1)
    for (const res of registrations.filter((r) => r.status !== 200)) {
      expect(res.status).toBe(403)
      expect(res.body.errors[0].message).toBeTruthy()
    }
    const users = await call(server.url, '/api/users?limit=50&where[role][equals]=admin', { auth: auth.admin })
    expect(users.body.totalDocs).toBe(1)
  })
})

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
    // Dated consistently: a revision may not precede the first publication (filled with today when empty).
    const created = await editor('/api/fiches', 'POST', {
      title: 'Fiche intacte',
      series: 'deniche',
      firstPublishedAt: '2021-01-15',
      revisedAt: '2021-03-01',
      _status: 'published',
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
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
  const gapless = (rows: Row[]) => expect(rows.map((row) => row.sequence)).toEqual(rows.map((_, i) => i + 1))

  it('numbers 30 parallel creates, then a bulk update and a bulk delete of them, 1..N without gap or duplicate', async () => {
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => editor('/api/themes', 'POST', { title: `Thème parallèle ${i}` })),
    )
    expect(results.map((res) => res.status)).toEqual(Array(30).fill(201))
    const ids = results.map((res) => res.body.doc.id as string)
    gapless(await changeLog())
    // Every acknowledged write is there.
    const where = `where[id][in]=${ids.join(',')}`
    expect((await editor(`/api/themes?limit=100&depth=0&${where}`)).body.totalDocs).toBe(30)

    // Bulk operations handle their documents' hooks in parallel, in one transaction.
    const updated = await editor(`/api/themes?${where}&limit=100`, 'PATCH', { description: 'Revu en lot' })
    expect(updated.status, JSON.stringify(updated.body).slice(0, 500)).toBe(200)
    expect(updated.body.docs).toHaveLength(30)
    const deleted = await editor(`/api/themes?${where}&limit=100`, 'DELETE')
    expect(deleted.status, JSON.stringify(deleted.body).slice(0, 500)).toBe(200)
    expect(deleted.body.docs).toHaveLength(30)

    const rows = await changeLog()
    gapless(rows)
    for (const id of ids) {
      const changes = rows.filter((row) => row.documentId === id)
      expect(changes.map((row) => `${row.collection} ${row.kind}`)).toEqual(['themes create', 'themes update', 'themes delete'])
    }
  })
})

describe.skipIf(usingMongo())('another process holding the SQLite write lock', () => {
  /** A connection of this test process taking SQLite's write lock (waiting its turn if the server writes). */
  async function holdWriteLock() {
    const other = createClient({ url: server.databaseUri })
    await other.execute('PRAGMA busy_timeout = 10000')
    await other.execute('BEGIN IMMEDIATE')
    return other
  }

  it('makes writes wait for it instead of failing', async () => {
    const other = await holdWriteLock()
    let settled = 0
    const writes = Array.from({ length: 5 }, (_, i) =>
      editor('/api/themes', 'POST', { title: `Thème en attente ${i}` }).finally(() => settled++),
    )
    try {
      // The scenario: the lock is held for a second, during which no write may complete (nor fail).
      await new Promise((resolve) => setTimeout(resolve, 1000))
      expect(settled).toBe(0)
    } finally {
      await other.execute('COMMIT')
      other.close()
    }
    expect((await Promise.all(writes)).map((res) => res.status)).toEqual(Array(5).fill(201))
  })

  it('answers 503 with Retry-After, and stores nothing, when the lock outlasts the busy timeout', async () => {
    const before = await totalDocs('/api/themes')
    const other = await holdWriteLock()
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
