/**
 * Publishing as editors do it in the admin: a translation is published on its own (Payload's
 * `publishSpecificLocale`, what the admin's publish button sends outside French), so a French draft
 * scheduled for tomorrow is neither published early nor unscheduled; translations may leave optional
 * text empty; alt text is required for images only.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { minimalPdf, tinyPng } from '../helpers/files'
import { createTestPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await createTestPayload('publishing')
})
afterAll(async () => {
  await payload?.destroy()
})

const pendingJobs = async (id: string) =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: {
        and: [
          { taskSlug: { equals: 'schedulePublish' } },
          { 'input.doc.value': { equals: String(id) } },
          { completedAt: { exists: false } },
        ],
      },
    })
  ).docs

describe('publishing a translation', () => {
  it('leaves the French draft scheduled for tomorrow unpublished, and its job pending', async () => {
    const fiche = await payload.create({
      collection: 'fiches',
      data: {
        title: 'Les PTCE',
        slug: 'les-ptce',
        series: 'reperess',
        visibility: 'public',
        _status: 'published',
        summary: 'Version publiée.',
      },
    })
    // Tomorrow's French revision, saved as a draft and scheduled (as the admin's drawer does).
    await payload.update({
      collection: 'fiches',
      id: fiche.id,
      draft: true,
      data: { title: 'Les PTCE (mise à jour)', summary: 'Version de demain.', _status: 'draft' },
    })
    const tomorrow = new Date(Date.now() + 24 * 3600 * 1000)
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'fiches', value: String(fiche.id) } },
      waitUntil: tomorrow,
    })

    // The English translation is published from the English locale.
    await payload.update({
      collection: 'fiches',
      id: fiche.id,
      locale: 'en',
      publishSpecificLocale: 'en',
      data: { title: 'Territorial economic cooperation hubs', _status: 'published' },
    })

    const publicFr = await payload.findByID({ collection: 'fiches', id: fiche.id, locale: 'fr', overrideAccess: false })
    expect(publicFr).toMatchObject({ title: 'Les PTCE', summary: 'Version publiée.' })
    const publicEn = await payload.findByID({ collection: 'fiches', id: fiche.id, locale: 'en', overrideAccess: false })
    expect(publicEn.title).toBe('Territorial economic cooperation hubs')
    // Nor do its words reach the published searchText.
    expect(publicFr.searchText).toBe('territorial economic cooperation hubs les ptce les ptce version publiee')

    // The French draft is still the latest version, and still scheduled.
    const draft = await payload.findByID({ collection: 'fiches', id: fiche.id, locale: 'fr', draft: true })
    expect(draft).toMatchObject({ title: 'Les PTCE (mise à jour)', summary: 'Version de demain.' })
    const jobs = await pendingJobs(fiche.id)
    expect(jobs).toHaveLength(1)
    expect(new Date(jobs[0].waitUntil as string).getTime()).toBe(tomorrow.getTime())

    // When the job runs (here: now), the French draft and the English text are both live.
    await payload.update({ collection: 'payload-jobs', id: jobs[0].id, data: { waitUntil: new Date(Date.now() - 1000).toISOString() } })
    await payload.jobs.run()
    const later = await payload.findByID({ collection: 'fiches', id: fiche.id, locale: 'all', overrideAccess: false })
    expect(later.title).toEqual({ fr: 'Les PTCE (mise à jour)', en: 'Territorial economic cooperation hubs' })
    expect(later.searchText).toContain('version de demain')
  })

  it('lets a translation leave required French text empty (readers get the French text)', async () => {
    const fiche = await payload.create({
      collection: 'fiches',
      data: {
        title: 'Déniché pour vous : une SCIC alimentaire',
        slug: 'scic-alimentaire',
        series: 'deniche',
        visibility: 'public',
        _status: 'published',
        documents: [{ label: 'Version web', kind: 'web', url: 'https://www.rtes.fr/fiche' }],
      },
    })
    // English: a summary only, no title, no document label.
    const en = await payload.update({
      collection: 'fiches',
      id: fiche.id,
      locale: 'en',
      data: { summary: 'A food cooperative.', _status: 'published' },
    })
    expect(en.summary).toBe('A food cooperative.')
    const read = await payload.findByID({ collection: 'fiches', id: fiche.id, locale: 'en' })
    expect(read.title).toBe('Déniché pour vous : une SCIC alimentaire')
    expect(read.documents?.[0]?.label).toBe('Version web')

    // French is still required.
    await expect(
      payload.update({ collection: 'fiches', id: fiche.id, locale: 'fr', data: { title: '', _status: 'published' } }),
    ).rejects.toThrow(/Titre/)
  })
})

describe('"Première publication"', () => {
  it('is filled at the first publication, not on a draft, and a typed date is kept', async () => {
    const before = Date.now()
    const draft = await payload.create({
      collection: 'kits',
      draft: true,
      data: { title: 'Kit brouillon', level: 'municipal', edition: 2022, _status: 'draft' },
    })
    expect(draft.firstPublishedAt ?? null).toBeNull()

    const published = await payload.update({ collection: 'kits', id: draft.id, data: { _status: 'published' } })
    expect(new Date(published.firstPublishedAt!).getTime()).toBeGreaterThanOrEqual(before - 1000)

    // A later publication keeps the first date.
    const again = await payload.update({ collection: 'kits', id: draft.id, data: { summary: 'Révisé.', _status: 'published' } })
    expect(again.firstPublishedAt).toBe(published.firstPublishedAt)
  })
})

describe('alt text', () => {
  const png = tinyPng()
  const pdf = minimalPdf()

  it('is required for an image, not for a PDF', async () => {
    await expect(
      payload.create({
        collection: 'media',
        data: { visibility: 'public' },
        file: { data: png, mimetype: 'image/png', name: 'logo.png', size: png.length },
      }),
    ).rejects.toThrow(/Texte alternatif/)
    const image = await payload.create({
      collection: 'media',
      data: { alt: 'Logo du RTES', visibility: 'public' },
      file: { data: png, mimetype: 'image/png', name: 'logo.png', size: png.length },
    })
    expect(image.alt).toBe('Logo du RTES')
    const document = await payload.create({
      collection: 'media',
      data: { visibility: 'public' },
      file: { data: pdf, mimetype: 'application/pdf', name: 'fiche.pdf', size: pdf.length },
    })
    expect(document.mimeType).toBe('application/pdf')
  })
})
