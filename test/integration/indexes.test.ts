/**
 * Public reads at a realistic size (SQLite): the query plans Payload's SQL gets read every child table
 * (locales, arrays, relationships) through an index, never by a full scan (BENCHMARKS.md); and
 * counts cached per content version give the same totals as counting every time.
 */
import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { cloneFiches, createTemplateFiches } from '../../scripts/bench/fill'
import { contentVersionTracker, readContentVersion } from '../../src/cache/contentVersion'
import { usingMongo } from '../helpers/database'
import { createTestPayload } from '../helpers/payload'

interface Statement {
  sql: string
  args: unknown[]
}
type Client = { execute: (statement: Statement | string) => Promise<{ rows: Array<Record<string, unknown>> }> }

const FICHES = 2_000
const member = { id: 'member', role: 'member', collection: 'users' } as never

let payload: Payload
let client: Client

/** Runs `read` and returns the SQL statements it sent. */
async function statementsOf(read: () => Promise<unknown>): Promise<Statement[]> {
  const seen: Statement[] = []
  const execute = client.execute
  client.execute = (statement) => {
    if (typeof statement === 'object') seen.push(statement)
    return execute.call(client, statement)
  }
  try {
    await read()
  } finally {
    client.execute = execute
  }
  return seen
}

/** What each statement's plan scans in full: tables and aliases, not the co-routines SQLite builds itself. */
async function fullScans(read: () => Promise<unknown>): Promise<string[]> {
  const scans: string[] = []
  for (const { sql, args } of await statementsOf(read)) {
    const { rows } = await client.execute({ sql: `EXPLAIN QUERY PLAN ${sql}`, args })
    const details = rows.map((row) => String(row.detail))
    const coroutines = new Set(details.flatMap((detail) => /^CO-ROUTINE (\S+)/.exec(detail)?.[1] ?? []))
    for (const detail of details) {
      const target = /^SCAN (\S+)/.exec(detail)?.[1]
      if (target && !coroutines.has(target)) scans.push(target)
    }
  }
  return scans
}

const anonymous =
  (collection: 'fiches' | 'kits' | 'events' | 'press-articles' | 'advocacy-contributions', extra: { locale?: 'fr' | 'en' } = {}) =>
  () =>
    payload.find({ collection, overrideAccess: false, limit: 20, depth: 0, ...extra })

describe.skipIf(usingMongo())('public reads at scale (SQLite)', () => {
  beforeAll(async () => {
    payload = await createTestPayload('indexes')
    client = (payload.db as unknown as { client: Client }).client
    await cloneFiches(payload, await createTemplateFiches(payload, 2), 0, FICHES)
  })
  afterAll(async () => {
    contentVersionTracker().detach()
    await payload?.destroy()
  })

  it('the anonymous fiche list, a fiche by id and the count scan no table in full', async () => {
    expect(await fullScans(anonymous('fiches'))).toEqual([])
    expect(await fullScans(anonymous('fiches', { locale: 'en' }))).toEqual([])
    expect(await fullScans(() => payload.find({ collection: 'fiches', overrideAccess: false, user: member, limit: 20, depth: 0 }))).toEqual(
      [],
    )
    const { docs } = await payload.find({ collection: 'fiches', overrideAccess: false, limit: 1, depth: 0 })
    expect(await fullScans(() => payload.findByID({ collection: 'fiches', id: docs[0].id, overrideAccess: false, depth: 0 }))).toEqual([])
    expect(await fullScans(() => payload.count({ collection: 'fiches', overrideAccess: false }))).toEqual([])
  })

  it('neither do the other public lists, with their locales and relationships', async () => {
    for (const collection of ['kits', 'events', 'press-articles', 'advocacy-contributions'] as const) {
      expect(await fullScans(anonymous(collection)), collection).toEqual([])
    }
  })

  it('counts cached per content version match counting every time, across changes', async () => {
    const tracker = contentVersionTracker()
    tracker.attach(() => readContentVersion(payload))
    const published: Where = { _status: { equals: 'published' } }
    const truth = async () => {
      const { rows } = await client.execute(`SELECT count(*) AS n FROM fiches WHERE _status = 'published' AND visibility = 'public'`)
      return Number(rows[0].n)
    }
    const counted = async () => (await payload.count({ collection: 'fiches', overrideAccess: false, where: published })).totalDocs
    const countQueries = async () => (await statementsOf(counted)).filter(({ sql }) => /^select count/i.test(sql)).length

    expect(await counted()).toBe(await truth())
    expect(await countQueries()).toBe(0) // served from the cache

    const fiche = await payload.create({
      collection: 'fiches',
      data: {
        title: 'Nouvelle fiche',
        slug: 'nouvelle-fiche-cache',
        series: 'deniche',
        visibility: 'public',
        _status: 'published',
      } as never,
    })
    expect(await counted()).toBe(await truth())
    await payload.update({ collection: 'fiches', id: fiche.id, data: { _status: 'draft' } as never })
    expect(await counted()).toBe(await truth())
    await payload.delete({ collection: 'fiches', id: fiche.id })
    expect(await counted()).toBe(await truth())

    // A page without a count holds the same documents as the counted page.
    const page = await payload.find({ collection: 'fiches', overrideAccess: false, limit: 20, page: 3, depth: 0 })
    const uncounted = await payload.find({ collection: 'fiches', overrideAccess: false, limit: 20, page: 3, depth: 0, pagination: false })
    expect(uncounted.docs.map(({ id }) => id)).toEqual(page.docs.map(({ id }) => id))
    expect(page.totalDocs).toBe(await truth())

    // Accounts do not move the content version: their counts are never cached (the first user is an admin).
    const users = async () => (await payload.count({ collection: 'users' })).totalDocs
    const before = await users()
    await payload.create({
      collection: 'users',
      data: { email: 'editor@rtes.test', password: 'correct horse battery', role: 'editor' } as never,
    })
    expect(await users()).toBe(before + 1)
  })
})
