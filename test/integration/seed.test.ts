/** The seed loads the 2021 report's content, idempotently. */
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seededCollections } from '../../src/plugin/registry'
import { seed } from '../../src/seed/run'
import { createTestPayload } from '../helpers/payload'

let payload: Payload
let firstRun: Awaited<ReturnType<typeof seed>>
let seeded: CollectionSlug[]

// Seeded once for the file (~15 s): each test below reads that state and leaves the counts as they were,
// so any one of them can run alone (`-t`).
beforeAll(async () => {
  payload = await createTestPayload('seed')
  seeded = seededCollections(payload.config).map(({ slug }) => slug)
  firstRun = await seed(payload)
})
afterAll(async () => {
  await payload?.destroy()
})

const count = async (collection: CollectionSlug, where = {}) => (await payload.count({ collection, where, overrideAccess: true })).totalDocs

/** Latest `updatedAt` of each seeded collection: a re-run must not touch any document. */
async function fingerprint() {
  const out: Record<string, string | undefined> = {}
  for (const collection of seeded) {
    const { docs } = await payload.find({ collection, sort: '-updatedAt', limit: 1, depth: 0, overrideAccess: true })
    out[collection] = `${(docs[0] as { updatedAt?: string } | undefined)?.updatedAt}/${await count(collection)}`
  }
  return out
}

describe('seed of the 2021 activity report', () => {
  it('loads what the report lists', async () => {
    expect(firstRun.kits.created).toBe(3)
    expect(await count('kits')).toBe(3)
    const kitFiches = async (slug: string) => {
      const { docs } = await payload.find({ collection: 'kits', where: { slug: { equals: slug } }, depth: 0, overrideAccess: true })
      return count('fiches', { kit: { equals: docs[0].id } })
    }
    expect(await kitFiches('kit-regionaless')).toBe(22)
    expect(await kitFiches('kit-departementaless')).toBe(21)
    expect(await count('press-articles')).toBe(22)
    expect(await count('press-articles', { scope: { equals: 'national-specialised' } })).toBe(20)
    expect(await count('press-articles', { scope: { equals: 'regional' } })).toBe(2)
    expect(await count('fiches', { series: { equals: 'points-de-reperess' } })).toBe(1)
    expect(await count('fiches', { series: { equals: 'deniche' } })).toBeGreaterThanOrEqual(3)
    expect(await count('events')).toBeGreaterThanOrEqual(90)
    expect(await count('partners')).toBeGreaterThanOrEqual(30)
    expect(await count('advocacy-contributions')).toBeGreaterThanOrEqual(8)
    // The ten monthly letters the report's calendar dates (it counts eleven).
    expect(await count('newsletters', { series: { equals: 'lettre-electronique' }, _status: { equals: 'published' } })).toBe(10)
  })

  it('fills each letter with what was published since the previous one', async () => {
    const { docs } = await payload.find({
      collection: 'newsletters',
      where: { slug: { equals: 'lettre-electronique-2021-03' } },
      depth: 1,
      overrideAccess: true,
    })
    expect(docs[0]).toMatchObject({ number: 3, title: 'Lettre électronique n°3 – mars 2021' })
    // The kits launched on 25 February 2021, in the March letter (kits after the agenda and the fiches).
    const kits = (docs[0].items ?? [])
      .filter((item) => item.doc.relationTo === 'kits')
      .map((item) => (item.doc.value as { slug: string }).slug)
    expect(kits.sort()).toEqual(['kit-departementaless', 'kit-regionaless'])
  })

  it('stores the report facts faithfully', async () => {
    const [franceUrbaine] = (
      await payload.find({ collection: 'partners', where: { name: { equals: 'France urbaine' } }, overrideAccess: true })
    ).docs
    expect(franceUrbaine.agreements?.[0]).toMatchObject({ startYear: 2020, endYear: 2023 })
    expect(franceUrbaine.agreements?.[0].axes).toHaveLength(3)
    const { docs: kits } = await payload.find({
      collection: 'kits',
      where: { slug: { equals: 'kit-regionaless' } },
      depth: 1,
      overrideAccess: true,
    })
    const fiches = kits[0].fiches?.docs as Array<{ number: number; title: string; page: number }>
    expect(fiches.map((f) => f.number)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1))
    expect(fiches[2]).toMatchObject({ page: 6 })
    expect(fiches[10].title).toMatch(/Commande publique responsable/)
    const { docs: deniche } = await payload.find({
      collection: 'fiches',
      where: { series: { equals: 'deniche' } },
      limit: 1,
      overrideAccess: true,
    })
    expect(deniche[0].licence).toBe('cc-by-nc-nd-4.0')
    // The six « parole d'élu.e » of 2021, Strasbourg's with its two officials, their authorities filed as territories.
    const { docs: interviews } = await payload.find({ collection: 'interviews', depth: 1, limit: 10, overrideAccess: false })
    expect(interviews).toHaveLength(6)
    const strasbourg = interviews.find((interview) => interview.slug === 'parole-d-elu-e-strasbourg')!
    expect(strasbourg.officials?.map((official) => (official.person as { name: string }).name)).toEqual([
      'Jeanne Barseghian',
      'Pierre Roth',
    ])
    expect(strasbourg.territories?.map((territory) => (territory as { name: string }).name).sort()).toEqual([
      'Eurométropole de Strasbourg',
      'Strasbourg',
    ])
    expect(strasbourg).toMatchObject({ datePrecision: 'year', firstPublishedAt: expect.stringMatching(/^2021-01-01/) })
    // Everything seeded is published: the public sees it.
    expect((await payload.count({ collection: 'kits', overrideAccess: false })).totalDocs).toBe(3)
  })

  it('changes nothing when run twice', async () => {
    const before = await fingerprint()
    const report = await seed(payload)
    expect(Object.values(report).every(({ created }) => created === 0)).toBe(true)
    expect(await fingerprint()).toEqual(before)
  })

  it('starts from empty with reset, then loads the same counts', async () => {
    const before = await fingerprint()
    await payload.create({ collection: 'themes', data: { title: 'Thème ajouté à la main', slug: 'theme-ajoute-a-la-main' } })
    await seed(payload, { reset: true })
    expect(await count('themes', { title: { equals: 'Thème ajouté à la main' } })).toBe(0)
    const after = await fingerprint()
    for (const collection of seeded) expect(after[collection]?.split('/')[1]).toBe(before[collection]?.split('/')[1])
  }, 240_000) // a whole second seed: minutes on a busy 2-core machine
})
