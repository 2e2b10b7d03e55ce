/**
 * The search index (src/search) through Payload's Local API: the collections' hooks keep it in step
 * with every change, it is built from the content when missing, and on SQLite development's schema push
 * (which drops tables Payload's schema does not know, after a prompt) leaves it alone.
 */
import { createLocalReq, getPayload, initTransaction, killTransaction, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ensureSearchIndex } from '../../src/search/indexing'
import { runSearch } from '../../src/search/run'
import { SEARCH_TABLE } from '../../src/search/sqlite'
import { usingMongo } from '../helpers/database'
import { createTestPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await createTestPayload('search')
})
afterAll(async () => {
  await payload?.destroy()
})

/** Ids found for `q`, as an editor would see them (drafts included), in `locale`. */
async function found(q: string, locale = 'fr'): Promise<string[]> {
  const req = await createLocalReq({ user: { id: 'editor', role: 'editor', collection: 'users' } as never }, payload)
  const answer = await runSearch(req, { q, locale, limit: '50' })
  return answer.results.map((result) => result.id).sort()
}

const fiche = (data: Record<string, unknown>, draft = false) =>
  payload.create({ collection: 'fiches', data: { series: 'reperess', _status: draft ? 'draft' : 'published', ...data } as never, draft })

describe('the index follows the content', () => {
  it('indexes a created document in every language, with fallback to French', async () => {
    const { id } = await fiche({ title: 'Les Épiceries solidaires', summary: 'Approvisionnement en circuits courts.' })
    expect(await found('epicerie solidaire')).toEqual([id])
    expect(await found('circuit')).toEqual([id])
    // No English text yet: English searches find the French one.
    expect(await found('epiceries', 'en')).toEqual([id])
    await payload.update({ collection: 'fiches', id, locale: 'en', data: { title: 'Solidarity grocery shops' } })
    expect(await found('grocery', 'en')).toEqual([id])
    expect(await found('grocery', 'fr')).toEqual([])
  })

  it('indexes rich-text bodies and group fields', async () => {
    const body = {
      root: {
        type: 'root',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        children: [
          {
            type: 'paragraph',
            format: '',
            indent: 0,
            version: 1,
            direction: 'ltr',
            textFormat: 0,
            children: [{ type: 'text', text: 'Une régie de quartier', format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
          },
        ],
      },
    }
    const { id } = await fiche({ title: 'Fiche avec contenu', series: 'deniche', body, deniche: { financing: 'Fonds européens FEDER' } })
    expect(await found('regie quartier')).toEqual([id])
    expect(await found('feder')).toEqual([id])
  })

  it('keeps the published text when a draft is saved over it, then follows publishing and deletion', async () => {
    const { id } = await fiche({ title: 'Tiers-lieux ruraux' })
    await payload.update({ collection: 'fiches', id, draft: true, data: { title: 'Tiers-lieux urbains' } })
    expect(await found('ruraux')).toEqual([id])
    expect(await found('urbains')).toEqual([])
    await payload.update({ collection: 'fiches', id, data: { _status: 'published' } })
    expect(await found('urbains')).toEqual([id])
    expect(await found('ruraux')).toEqual([])
    await payload.delete({ collection: 'fiches', id })
    expect(await found('urbains')).toEqual([])
  })

  it.skipIf(usingMongo())('writes in the change’s transaction: a rolled-back change leaves the index as it was', async () => {
    const req = await createLocalReq({}, payload)
    expect(await initTransaction(req)).toBe(true)
    try {
      const { id } = await payload.create({
        collection: 'fiches',
        data: { series: 'reperess', title: 'Écoquartiers annulés', _status: 'published' } as never,
        req,
      })
      // Inside the transaction the entry exists…
      const inside = await runSearch(req, { q: 'ecoquartier' })
      expect(inside.results.map((result) => result.id)).toEqual([id])
    } finally {
      await killTransaction(req)
    }
    // …and is gone with it.
    expect(await found('ecoquartier')).toEqual([])
  })

  it('builds the index from the content when it is missing', async () => {
    const { id } = await fiche({ title: 'Monnaies locales complémentaires' })
    if (usingMongo()) {
      await (
        payload.db as unknown as { connection: { db: { collection(name: string): { deleteMany(filter: object): Promise<unknown> } } } }
      ).connection.db
        .collection('search_index')
        .deleteMany({})
    } else {
      await (payload.db as unknown as { drizzle: { run(sql: unknown): Promise<unknown> } }).drizzle.run(
        (await import('@payloadcms/db-sqlite/drizzle')).sql.raw(`DROP TABLE ${SEARCH_TABLE}`),
      )
    }
    await ensureSearchIndex(payload)
    expect(await found('monnaie locale')).toEqual([id])
  })
})

describe.skipIf(usingMongo())('SQLite: development’s schema push', () => {
  it('leaves the index alone when Payload starts again on the same database (no prompt, no data lost)', async () => {
    const { id } = await fiche({ title: 'Coopératives d’habitants' })
    const previous = process.env.PAYLOAD_FORCE_DRIZZLE_PUSH
    process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true' // push even though this process already pushed this schema
    try {
      const config = (await import('../../payload.config')).default
      const again = await getPayload({ config, key: 'test-search-restart' })
      const tables = await (again.db as unknown as { drizzle: { all(sql: unknown): Promise<{ name: string }[]> } }).drizzle.all(
        (await import('@payloadcms/db-sqlite/drizzle')).sql.raw(`SELECT name FROM sqlite_master WHERE name = '${SEARCH_TABLE}'`),
      )
      expect(tables).toHaveLength(1)
      await again.destroy()
    } finally {
      if (previous === undefined) delete process.env.PAYLOAD_FORCE_DRIZZLE_PUSH
      else process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = previous
    }
    expect(await found('cooperative habitant')).toEqual([id])
  })
})
