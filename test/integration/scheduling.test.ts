/** Scheduled publishing runs on Payload's jobs queue: visible after its time, hidden again after unpublishing. */
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { createTestPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await createTestPayload('scheduling')
})
afterAll(async () => {
  await payload?.destroy()
})

/** What an anonymous visitor gets for this slug. */
const publicCount = async (slug: string) =>
  (await payload.count({ collection: 'fiches', where: { slug: { equals: slug } }, overrideAccess: false })).totalDocs

const schedule = (id: string, type: 'publish' | 'unpublish', waitUntil: Date) =>
  payload.jobs.queue({ task: 'schedulePublish', input: { type, doc: { relationTo: 'fiches', value: id } }, waitUntil })

it('publishes a draft at its scheduled time and unpublishes it at the next one', async () => {
  const slug = 'points-de-reperess-spaser'
  const draft = await payload.create({
    collection: 'fiches',
    draft: true,
    data: { title: 'Points de RepèrESS : les SPASER', slug, series: 'points-de-reperess', number: 9, _status: 'draft' },
  })
  expect(await publicCount(slug)).toBe(0)

  // A job due in an hour is not run early.
  await schedule(draft.id, 'publish', new Date(Date.now() + 3_600_000))
  await payload.jobs.run()
  expect(await publicCount(slug)).toBe(0)

  // A job due in a moment runs once its time has come: run the queue until then (deadline, no fixed sleep).
  const publishAt = new Date(Date.now() + 300)
  await schedule(draft.id, 'publish', publishAt)
  const deadline = Date.now() + 30_000
  while ((await publicCount(slug)) === 0 && Date.now() < deadline) await payload.jobs.run()
  expect(await publicCount(slug)).toBe(1)
  expect(Date.now()).toBeGreaterThanOrEqual(publishAt.getTime())

  await schedule(draft.id, 'unpublish', new Date(Date.now() - 1_000))
  await payload.jobs.run()
  expect(await publicCount(slug)).toBe(0)
  // The document itself is kept, as a draft.
  const kept = await payload.findByID({ collection: 'fiches', id: draft.id, draft: true })
  expect(kept._status).toBe('draft')
})
