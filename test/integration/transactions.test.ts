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

describe('an update that arrives after a delete', () => {
  // Drizzle updates by id with INSERT … ON CONFLICT DO UPDATE: a login that had read its account before the
  // account was deleted wrote its session afterwards and brought the account back (fuzz seed 346148204).
  it('does not bring the deleted document back', async () => {
    const user = await payload.create({
      collection: 'users',
      data: { email: 'supprime@rtes.test', password: 'correct horse battery staple', role: 'partner' },
      overrideAccess: true,
    })
    await payload.delete({ collection: 'users', id: user.id, overrideAccess: true })
    // What the login does with the account it read: save it with its new session.
    await payload.db.updateOne({ collection: 'users', id: user.id, data: { ...user, sessions: [] } }).catch(() => null)
    const left = await payload.count({ collection: 'users', where: { id: { equals: user.id } }, overrideAccess: true })
    expect(left.totalDocs).toBe(0)
  })
})
