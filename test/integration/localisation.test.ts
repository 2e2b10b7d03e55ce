/** Content locales: French by default, English where translated, French as the fallback. */
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { createTestPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await createTestPayload('localisation')
})
afterAll(async () => {
  await payload?.destroy()
})

it('serves English where translated and falls back to French elsewhere', async () => {
  const kit = await payload.create({
    collection: 'kits',
    data: {
      title: 'Kit RégionalESS',
      slug: 'kit-regionaless',
      level: 'regional',
      edition: 2021,
      summary: 'Vingt-deux fiches pour les régions.',
      visibility: 'public',
      _status: 'published',
    },
  })
  await payload.update({ collection: 'kits', id: kit.id, locale: 'en', data: { title: 'RégionalESS kit', _status: 'published' } })

  const fr = await payload.findByID({ collection: 'kits', id: kit.id })
  expect(fr).toMatchObject({ title: 'Kit RégionalESS', summary: 'Vingt-deux fiches pour les régions.' })

  const en = await payload.findByID({ collection: 'kits', id: kit.id, locale: 'en' })
  expect(en.title).toBe('RégionalESS kit')
  expect(en.summary).toBe('Vingt-deux fiches pour les régions.') // not translated: French fallback

  const noFallback = await payload.findByID({ collection: 'kits', id: kit.id, locale: 'en', fallbackLocale: false })
  expect(noFallback.summary ?? null).toBeNull()

  // Slugs and other non-localised fields are shared by both languages.
  expect(en.slug).toBe(fr.slug)
})
