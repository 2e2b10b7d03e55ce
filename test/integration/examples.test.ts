/**
 * The registry's examples (`custom.rtes.example`) are what tests create one of each collection with: each
 * must be a valid document for every `n` the tests pass (validation bounds such as a kit's edition years
 * included), or a test fails for a reason that has nothing to do with what it checks.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestPayload } from '../helpers/payload'
import { EDITORIAL_COLLECTIONS } from '../helpers/registry'

let payload: Payload

beforeAll(async () => {
  payload = await createTestPayload('examples')
})

afterAll(async () => {
  await payload?.destroy()
})

describe('registry examples', () => {
  it.each(EDITORIAL_COLLECTIONS.map((entry) => [entry.slug, entry] as const))(
    '%s: examples 1, 2 and 150 are valid documents',
    async (slug, entry) => {
      for (const n of [1, 2, 150]) {
        const created = await payload.create({ collection: slug, data: entry.example(n) as never, overrideAccess: true })
        expect(created.id).toBeTruthy()
      }
    },
  )
})
