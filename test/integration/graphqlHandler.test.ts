/**
 * The GraphQL handler (src/graphql/handler.ts) on Payload's Local API, where the look-ups it makes can be
 * counted: queries kept parsed and validated still obey rules that read variables, and relationships asking
 * for ids only are answered from what the request already checked (src/graphql/knownRelations.ts), with
 * the same answers as Payload's own resolution, for each kind of reader.
 */
import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { graphQLHandlers, type GraphQLHandlers } from '../../src/graphql/handler'
import { createTestPayload } from '../helpers/payload'
import { testCollection } from '../helpers/registry'

let payload: Payload
let handlers: GraphQLHandlers
const auth: Record<'anonymous' | 'member' | 'editor', string | undefined> = { anonymous: undefined, member: undefined, editor: undefined }
const ids: Record<string, string> = {}

/** `find` calls per collection made while `run` runs (the related documents' look-ups among them). */
async function findsDuring<T>(run: () => Promise<T>): Promise<{ result: T; finds: Array<{ collection: string; select: unknown }> }> {
  const finds: Array<{ collection: string; select: unknown }> = []
  const find = payload.find
  payload.find = ((args: { collection: string; select?: unknown }) => {
    finds.push({ collection: args.collection, select: args.select })
    return find.call(payload, args as never)
  }) as typeof payload.find
  try {
    return { result: await run(), finds }
  } finally {
    payload.find = find
  }
}

async function graphql(query: string, authorization?: string, variables?: Record<string, unknown>): Promise<any> {
  const res = await handlers.POST(
    new Request(`${payload.config.serverURL || 'http://localhost'}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { Authorization: authorization } : {}) },
      body: JSON.stringify({ query, variables }),
    }),
  )
  const text = await res.text()
  if (!text) throw new Error(`GraphQL answered ${res.status} with no body`)
  return JSON.parse(text)
}

const create = async (slug: string, data: Record<string, unknown>, status?: 'draft' | 'published') =>
  (await payload.create({
    collection: slug as 'fiches',
    data: { ...data, ...(status ? { _status: status } : {}) } as never,
    draft: status === 'draft',
  })) as { id: string }

beforeAll(async () => {
  payload = await createTestPayload('graphql-handler')
  handlers = graphQLHandlers(payload, {
    payloadInstanceCacheKey: 'test-graphql-handler',
    maxJsonDepth: 64,
    maxQueryLength: 20_000,
    maxAliases: 20,
    documentCacheBytes: 1024 * 1024,
  })
  // The first account becomes an administrator whatever its role says.
  await payload.create({ collection: 'users', data: { email: 'admin@graphql.test', password: 'correct horse battery staple' } })
  for (const role of ['member', 'editor'] as const) {
    const apiKey = randomUUID()
    await payload.create({
      collection: 'users',
      data: { email: `${role}@graphql.test`, password: 'correct horse battery staple', role, enableAPIKey: true, apiKey },
    })
    auth[role] = `users API-Key ${apiKey}`
  }
  const kits = testCollection('kits')
  const partners = testCollection('partners')
  ids.kit = (await create('kits', { ...kits.example(11), slug: 'kit-publie' }, 'published')).id
  ids.draftKit = (await create('kits', { ...kits.example(12), slug: 'kit-brouillon' }, 'draft')).id
  ids.membersKit = (await create('kits', { ...kits.example(13), slug: 'kit-adherents', visibility: 'members' }, 'published')).id
  ids.partner = (await create('partners', { ...partners.example(1), slug: 'partenaire-publie' }, 'published')).id
  ids.draftPartner = (await create('partners', { ...partners.example(2), slug: 'partenaire-brouillon' }, 'draft')).id
  ids.theme = (await create('themes', testCollection('themes').example(1))).id
  const fiche = (n: number, data: Record<string, unknown>) =>
    create('fiches', { ...testCollection('fiches').example(n), slug: `fiche-relations-${n}`, number: n, ...data }, 'published')
  await fiche(1, { kit: ids.kit, partners: [ids.partner, ids.draftPartner], themes: [ids.theme] })
  await fiche(2, { kit: ids.draftKit, partners: [ids.draftPartner, ids.partner] })
  await fiche(3, { kit: ids.membersKit, partners: [] })
  await fiche(4, { kit: ids.kit, partners: [ids.partner] })
})
afterAll(async () => {
  await payload?.destroy()
})

const themeId = () => ids.theme
const LIST = (selection: string) =>
  `{ Fiches(limit: 10, sort: "number", where: { slug: { like: "fiche-relations-" } }) { docs { number kit { ${selection} } partners { ${selection} } themes { ${selection} } } } }`
type Doc = { number: number; kit: { id: string } | null; partners: Array<{ id: string }>; themes: Array<{ id: string }> }
const onlyIds = (docs: Doc[]) =>
  docs.map(({ number, kit, partners, themes }) => ({
    number,
    kit: kit && { id: kit.id },
    partners: partners.map(({ id }) => ({ id })),
    themes: themes.map(({ id }) => ({ id })),
  }))

describe('relationships asking for ids only', () => {
  it.each(['anonymous', 'member', 'editor'] as const)('answers %s exactly as the related documents read in full do', async (role) => {
    const full = await graphql(LIST('id slug __typename'), auth[role])
    expect(full.errors).toBeUndefined()
    const short = await graphql(LIST('id __typename'), auth[role])
    expect(short.errors).toBeUndefined()
    expect(onlyIds(short.data.Fiches.docs)).toEqual(onlyIds(full.data.Fiches.docs))
    expect(short.data.Fiches.docs[0].kit.__typename).toBe('Kit')
    // What each reader may see (drafts and members-only documents stay hidden).
    const byNumber = Object.fromEntries(short.data.Fiches.docs.map((doc: Doc) => [doc.number, doc]))
    expect(byNumber[1].kit).toEqual({ id: ids.kit, __typename: 'Kit' })
    expect(byNumber[2].kit).toEqual(role === 'editor' ? { id: ids.draftKit, __typename: 'Kit' } : null)
    expect(byNumber[3].kit).toEqual(role === 'anonymous' ? null : { id: ids.membersKit, __typename: 'Kit' })
    const partnersOf = (doc: Doc) => doc.partners.map(({ id }) => id)
    expect(partnersOf(byNumber[1])).toEqual(role === 'editor' ? [ids.partner, ids.draftPartner] : [ids.partner])
    expect(partnersOf(byNumber[2])).toEqual(role === 'editor' ? [ids.draftPartner, ids.partner] : [ids.partner])
  })

  it('reads no related kit or partner again for readers other than editors', async () => {
    const { result, finds } = await findsDuring(() => graphql(LIST('id')))
    expect(result.errors).toBeUndefined()
    // The read-access checks of the fiches' relationships (select {}) are all; themes, readable by anyone
    // and not checked, are still looked up.
    expect(finds.filter(({ collection, select }) => ['kits', 'partners'].includes(collection) && JSON.stringify(select) !== '{}')).toEqual(
      [],
    )
    expect(finds.filter(({ collection }) => collection === 'themes').map(({ select }) => select)).toEqual([{ id: true }])
    // Asking for more than the id reads the related documents, as before.
    const full = await findsDuring(() => graphql(LIST('id slug')))
    expect(full.finds.filter(({ collection, select }) => collection === 'kits' && JSON.stringify(select) !== '{}')).toHaveLength(1)
  })

  it('reads only the ids of related documents it must look up (editors, unrestricted collections), also through a join', async () => {
    const { result, finds } = await findsDuring(() => graphql(LIST('id'), auth.editor))
    expect(result.errors).toBeUndefined()
    const lookUps = finds.filter(({ collection }) => ['kits', 'partners', 'themes'].includes(collection))
    expect(lookUps.map(({ select }) => select)).toEqual(lookUps.map(() => ({ id: true })))
    expect(lookUps.length).toBeGreaterThan(0)

    const JOIN = (selection: string) =>
      `{ Kits(limit: 1, where: { slug: { equals: "kit-publie" } }) { docs { fiches(limit: 5, sort: "number") { docs { number themes { ${selection} } } } } } }`
    const viaJoin = await findsDuring(() => graphql(JOIN('id'), auth.editor))
    expect(viaJoin.finds.filter(({ collection }) => collection === 'themes').map(({ select }) => select)).toEqual([{ id: true }])
    const full = await graphql(JOIN('id slug'), auth.editor)
    const ids = (body: any) =>
      body.data.Kits.docs[0].fiches.docs.map((doc: { themes: Array<{ id: string }> }) => doc.themes.map(({ id }) => id))
    expect(ids(viaJoin.result)).toEqual(ids(full))
    expect(ids(full)).toEqual([[themeId()], []])
  })

  it('reads them as Payload does with draft: true or a locale of its own', async () => {
    const { finds } = await findsDuring(() =>
      graphql(`
        {
          Fiches(limit: 10, where: { slug: { like: "fiche-relations-" } }) {
            docs {
              kit(locale: en) {
                id
              }
            }
          }
        }
      `),
    )
    expect(finds.filter(({ collection, select }) => collection === 'kits' && JSON.stringify(select) !== '{}')).toHaveLength(1)
  })
})

describe('queries kept parsed and validated', () => {
  it('still checks the limit a variable gives, on every request', async () => {
    const query = 'query ($n: Int) { Fiches(limit: $n) { docs { number } } }'
    for (let i = 0; i < 2; i++) {
      expect((await graphql(query, undefined, { n: 2 })).data.Fiches.docs).toHaveLength(2)
      const refused = await graphql(query, undefined, { n: 100_000 })
      expect(refused.data).toBeUndefined()
      expect(refused.errors[0].message).toMatch(/`limit` .* must be an integer from 1 to/)
    }
  })
})
