import type { CollectionSlug, Payload, RequiredDataFromCollectionSlug } from 'payload'

import { seededCollections } from '../plugin/registry'
import { advocacyContributions } from './data/advocacy'
import { events } from './data/events'
import { fiches } from './data/fiches'
import { interviews } from './data/interviews'
import { kits } from './data/kits'
import { newsletters, NEWSLETTERS_SINCE } from './data/newsletters'
import { partners } from './data/partners'
import { people } from './data/people'
import { pressArticles } from './data/press'
import { territories } from './data/territories'
import { themes } from './data/themes'
import type { Key } from './data/types'
import { toSlug } from '../fields/slug'
import { publishedBetween } from '../newsletters/prefill'
import { paragraphs } from './richText'

export interface SeedOptions {
  /** Delete every document of the seeded collections first. */
  reset?: boolean
  log?: (line: string) => void
}

export type SeedReport = Record<string, { created: number; kept: number }>

/**
 * Loads the 2021 activity report's content into the collections the registry marks as seeded
 * (`custom.rtes.seed`), in their order. Idempotent: each record's stable key is its slug, and a record
 * whose slug already exists is kept as it is (editors' changes survive a re-run).
 */
export async function seed(payload: Payload, { reset = false, log = () => {} }: SeedOptions = {}): Promise<SeedReport> {
  const context = { seeding: true } as const
  const order = seededCollections(payload.config).map(({ slug }) => slug)
  const missing = order.filter((slug) => !Object.hasOwn(LOADERS, slug))
  if (missing.length) throw new Error(`seed: no data for ${missing.join(', ')} (LOADERS in src/seed/run.ts)`)
  if (reset) {
    for (const collection of [...order].reverse()) {
      await payload.delete({ collection, where: { id: { exists: true } }, overrideAccess: true, context })
    }
    log('reset: seeded collections emptied')
  }

  const ids = new Map<string, string>()
  const idOf = (collection: CollectionSlug, key: Key): string => {
    const id = ids.get(`${collection}:${key}`)
    if (!id) throw new Error(`seed data: ${collection} "${key}" is referenced but not defined`)
    return id
  }
  const report: SeedReport = {}
  const seeder: Seeder = {
    payload,
    context,
    idOf,
    idsOf: (collection, keys = []) => keys.map((key) => idOf(collection, key)),
    async upsert(collection, records, toData, afterCreate) {
      const existing = await payload.find({
        collection,
        where: { slug: { in: records.map((r) => r.key) } },
        limit: records.length,
        pagination: false,
        depth: 0,
        overrideAccess: true,
        select: { slug: true },
      })
      const bySlug = new Map(existing.docs.map((doc) => [(doc as { slug: string }).slug, String(doc.id)]))
      const created: typeof records = []
      for (const record of records) {
        let id = bySlug.get(record.key)
        if (!id) {
          const doc = await payload.create({
            collection,
            data: { slug: record.key, ...toData(record) } as RequiredDataFromCollectionSlug<typeof collection>,
            overrideAccess: true,
            context,
          })
          id = String(doc.id)
          created.push(record)
          await afterCreate?.(record, id)
        }
        ids.set(`${collection}:${record.key}`, id)
      }
      report[collection] = { created: created.length, kept: records.length - created.length }
      log(`${collection}: ${created.length} created, ${records.length - created.length} already there`)
      return created
    },
  }
  for (const collection of order) await LOADERS[collection](seeder)
  return report
}

/** What a loader gets: the Local API, and ids of what earlier loaders created, by seed key. */
interface Seeder {
  payload: Payload
  context: { seeding: true }
  idOf: (collection: CollectionSlug, key: Key) => string
  idsOf: (collection: CollectionSlug, keys?: Key[]) => string[]
  /** Creates each record unless its slug exists; returns the records that were created. */
  upsert: <T extends { key: Key }>(
    collection: CollectionSlug,
    records: T[],
    toData: (record: T) => Record<string, unknown>,
    afterCreate?: (record: T, id: string) => Promise<void>,
  ) => Promise<T[]>
}

const published = { _status: 'published' }

/** The report's records of each seeded collection (their order comes from the registry). */
const LOADERS: Record<string, (seeder: Seeder) => Promise<void>> = {
  themes: async ({ upsert, payload, context }) => {
    await upsert(
      'themes',
      themes,
      (t) => ({ title: t.title, description: t.description }),
      async (t, id) => {
        await payload.update({ collection: 'themes', id, locale: 'en', data: { title: t.titleEn }, overrideAccess: true, context })
      },
    )
  },
  territories: async ({ upsert, payload, context, idOf }) => {
    const created = await upsert('territories', territories, (t) => ({
      name: t.name,
      kind: t.kind,
      isMember: t.isMember,
      memberSince: t.memberSince,
    }))
    // Parents are set once every territory exists, and only on the ones this run created.
    for (const t of created.filter((t) => t.parent)) {
      await payload.update({
        collection: 'territories',
        id: idOf('territories', t.key),
        data: { parent: idOf('territories', t.parent!) },
        overrideAccess: true,
        context,
      })
    }
  },
  partners: async ({ upsert }) => {
    await upsert('partners', partners, (p) => ({
      ...published,
      name: p.name,
      kind: p.kind,
      website: p.website,
      region: p.region,
      description: p.description,
      active: p.active,
      agreements: p.agreements?.map(({ axes, ...agreement }) => ({ ...agreement, axes: axes.map((axis) => ({ axis })) })),
    }))
  },
  people: async ({ upsert }) => {
    await upsert('people', people, (p) => ({ ...published, name: p.name, position: p.position }))
  },
  kits: async ({ upsert, idsOf }) => {
    await upsert('kits', kits, (k) => ({
      ...published,
      title: k.title,
      level: k.level,
      edition: k.edition,
      version: k.version,
      summary: k.summary,
      printRun: k.printRun,
      firstPublishedAt: k.firstPublishedAt,
      datePrecision: k.datePrecision,
      revisedAt: k.revisedAt,
      themes: idsOf('themes', k.themes),
    }))
  },
  fiches: async ({ upsert, idOf, idsOf }) => {
    await upsert('fiches', fiches, (f) => ({
      ...published,
      title: f.title,
      series: f.series,
      number: f.number,
      kit: f.kit && idOf('kits', f.kit),
      category: f.category,
      page: f.page,
      summary: f.summary,
      body: paragraphs(f.summary),
      deniche: f.deniche,
      themes: idsOf('themes', f.themes),
      territories: idsOf('territories', f.territories),
      partners: idsOf('partners', f.partners),
      firstPublishedAt: f.firstPublishedAt,
      datePrecision: f.datePrecision,
      revisedAt: f.revisedAt,
      visibility: f.visibility,
    }))
  },
  'press-articles': async ({ upsert, idsOf }) => {
    await upsert('press-articles', pressArticles, (a) => ({
      ...published,
      title: a.title,
      outlet: a.outlet,
      date: a.date,
      datePrecision: a.datePrecision,
      author: a.author,
      url: a.url,
      excerpt: a.excerpt,
      scope: a.scope,
      themes: idsOf('themes', a.themes),
      relatedFiches: idsOf('fiches', a.relatedFiches),
      relatedKits: idsOf('kits', a.relatedKits),
    }))
  },
  'advocacy-contributions': async ({ upsert, idOf, idsOf }) => {
    await upsert('advocacy-contributions', advocacyContributions, (a) => ({
      ...published,
      title: a.title,
      kind: a.kind,
      context: a.context,
      date: a.date,
      datePrecision: a.datePrecision,
      partners: idsOf('partners', a.partners),
      contributors: a.partners.map((key) => ({ role: 'co-signatory', partner: idOf('partners', key) })),
      themes: idsOf('themes', a.themes),
      body: paragraphs(a.body),
      outcome: a.outcome,
    }))
  },
  events: async ({ upsert, idOf, idsOf }) => {
    await upsert('events', events, (e) => ({
      ...published,
      title: e.title,
      kind: e.kind,
      start: e.start,
      datePrecision: e.datePrecision,
      end: e.end,
      online: e.online,
      place: e.place,
      organisers: idsOf('partners', e.organisers),
      speakers: e.speakers,
      participants: e.participants,
      participantsText: e.participantsText,
      // The report's organisers and speakers, with their role (src/fields/contributors.ts).
      contributors: [
        ...e.organisers.map((key) => ({ role: 'organiser', partner: idOf('partners', key) })),
        ...e.speakers.map((s) => ({
          role: e.signatories?.includes(s.name) ? 'signatory' : 'speaker',
          person: idOf('people', toSlug(s.name)),
          note: s.role,
        })),
      ],
      themes: idsOf('themes', e.themes),
      territories: idsOf('territories', e.territories),
      description: e.description,
    }))
  },
  interviews: async ({ upsert, idOf, idsOf }) => {
    // The report dates them to 2021 only; their text is not in it.
    await upsert('interviews', interviews, (i) => ({
      ...published,
      title: i.title,
      officials: i.officials.map(({ name, mandate, authority }) => ({
        person: idOf('people', toSlug(name)),
        mandate,
        authority: idOf('territories', authority),
      })),
      firstPublishedAt: '2021-01-01',
      datePrecision: 'year',
      themes: idsOf('themes', i.themes),
    }))
  },
  // Each letter with what was published since the previous one (src/newsletters/prefill.ts), read once the
  // collections it picks from are loaded.
  newsletters: async ({ upsert, payload }) => {
    const items = new Map<string, Awaited<ReturnType<typeof publishedBetween>>>()
    let after = NEWSLETTERS_SINCE
    for (const letter of newsletters) {
      items.set(letter.key, await publishedBetween(payload, letter.series, { after, until: letter.date }))
      after = letter.date
    }
    await upsert('newsletters', newsletters, (n) => ({
      ...published,
      title: `Lettre électronique n°${n.number} – ${n.month}`,
      series: n.series,
      number: n.number,
      date: n.date,
      preheader: `Les actualités de l’ESS dans les territoires – ${n.month}`,
      intro: paragraphs(
        `Retrouvez dans cette lettre les publications et les rendez-vous du RTES depuis la précédente lettre. Les collectivités adhérentes peuvent proposer chaque mois leurs initiatives et événements.`,
      ),
      items: items.get(n.key),
    }))
  },
}

/** Development convenience: an empty database gets the report's content on first start. */
export async function seedIfEmpty(payload: Payload): Promise<SeedReport | null> {
  for (const { slug } of seededCollections(payload.config)) {
    if ((await payload.count({ collection: slug, overrideAccess: true })).totalDocs > 0) return null
  }
  payload.logger.info('Empty database: loading the 2021 activity report (set RTES_SEED=off to skip)')
  return seed(payload, { log: (line) => payload.logger.info(`seed ${line}`) })
}
