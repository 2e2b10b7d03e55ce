/**
 * A change and everything its hooks write are one transaction (Local API, real database): rolled back
 * after the write, nothing remains — not the document, its version, its change-log row, its webhook
 * delivery or the delivery's job.
 */
import { createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await createTestPayload('transactions', { WEBHOOKS_ALLOW_PRIVATE_TARGETS: '1' })
  await payload.create({
    collection: 'webhooks',
    data: {
      name: 'Récepteur',
      url: 'http://127.0.0.1:9/hook',
      secret: 'a-long-enough-signing-secret',
      events: ['publish'],
      collections: ['fiches'],
    },
  })
})
afterAll(async () => {
  await payload?.destroy().catch(() => undefined)
})

/** Rows of everything a published fiche's creation writes. */
async function counts() {
  const total = async (collection: 'fiches' | 'sync-changes' | 'webhook-deliveries' | 'payload-jobs') =>
    (await payload.count({ collection, overrideAccess: true })).totalDocs
  return {
    fiches: await total('fiches'),
    versions: (await payload.countVersions({ collection: 'fiches', overrideAccess: true })).totalDocs,
    changes: await total('sync-changes'),
    deliveries: await total('webhook-deliveries'),
    jobs: await total('payload-jobs'),
  }
}

describe('one transaction per change', () => {
  it('rolls back the document, its version and every row its hooks wrote', async () => {
    const before = await counts()
    const req = await createLocalReq({}, payload)
    expect(await initTransaction(req)).toBe(true)
    const fiche = await payload.create({
      collection: 'fiches',
      data: { title: 'Fiche abandonnée', slug: 'fiche-abandonnee', series: 'deniche', visibility: 'public', _status: 'published' },
      req,
    })
    // Inside the transaction the change and its hooks' rows exist…
    const inside = await payload.find({
      collection: 'sync-changes',
      where: { documentId: { equals: fiche.id } },
      overrideAccess: true,
      req,
    })
    expect(inside.totalDocs).toBe(1)
    await killTransaction(req)
    // …and after the rollback none of them does.
    expect(await counts()).toEqual(before)
  })

  it('commits them together otherwise', async () => {
    const before = await counts()
    await payload.create({
      collection: 'fiches',
      data: { title: 'Fiche gardée', slug: 'fiche-gardee', series: 'deniche', visibility: 'public', _status: 'published' },
    })
    expect(await counts()).toEqual({
      fiches: before.fiches + 1,
      versions: before.versions + 1,
      changes: before.changes + 1,
      deliveries: before.deliveries + 1,
      jobs: before.jobs + 1,
    })
  })
})
