/**
 * GraphQL against the real server: a syndication query works; depth and complexity bombs are refused
 * before running, with a 400 and an error naming the limit (never a 500, and the server keeps answering); the SDK's
 * `graphql()` with a string, a parsed document (with and without locations) and its typed errors.
 */
import { parse } from 'graphql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createClient, isRtesApiError, isRtesGraphQLError, type DocumentTypeDecoration, type RtesClient } from '../../src/sdk/src'
import { createAccounts, createDoc, type Credentials } from '../helpers/rest'
import { type RunningServer, startServer } from '../helpers/server'

let server: RunningServer
let auth: Credentials
let sdk: RtesClient

const create = (slug: string, data: Record<string, unknown>) => createDoc(server.url, auth.editor, slug, data)

async function post(query: string, accept = 'application/json') {
  const res = await fetch(`${server.url}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept },
    body: JSON.stringify({ query }),
  })
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: { message: string }[] } }
}

const SYNDICATION = `query Syndication {
  Fiches(limit: 50, sort: "-firstPublishedAt") {
    totalDocs
    docs { title slug series themes { title slug } territories { name slug } kit { slug } }
  }
  Kits { docs { title fiches(sort: "number") { docs { slug number } } } }
}`

/** fiche → kit → fiches → docs → kit… nested `levels` times: narrow (pages of 2), cheap-looking, but deep. */
const depthBomb = (levels: number) =>
  `{ Fiches(limit: 2) { docs { ${'kit { fiches(limit: 2) { docs { '.repeat(levels)}slug${' } } }'.repeat(levels)} } } }`

/** Aliases × pages of 100 × several relationships each: shallow, but thousands of lookups. */
const complexityBomb = (aliases: number) =>
  `{ ${Array.from({ length: aliases }, (_, i) => `a${i}: Fiches(limit: 100) { docs { themes { slug } territories { slug } kit { slug } partners { name } } }`).join(' ')} }`

beforeAll(async () => {
  server = await startServer('graphql')
  auth = await createAccounts(server.url)
  sdk = createClient({ baseUrl: server.url })
  const theme = await create('themes', { title: 'Alimentation', slug: 'alimentation' })
  const region = await create('territories', { name: 'Occitanie', slug: 'occitanie', kind: 'region' })
  const kit = await create('kits', { title: 'Kit RégionalESS', slug: 'kit-regionaless', level: 'regional', edition: 2021 })
  for (const number of [1, 2]) {
    await create('fiches', {
      title: `Fiche ${number}`,
      slug: `fiche-${number}`,
      series: 'kit',
      kit: kit.id,
      number,
      themes: [theme.id],
      territories: [region.id],
    })
  }
})
afterAll(async () => {
  await server?.stop()
})

describe('limits', () => {
  it('runs a normal syndication query (fiches with themes and territories, kits with their fiches)', async () => {
    const { status, body } = await post(SYNDICATION)
    expect(status).toBe(200)
    expect(body.errors).toBeUndefined()
    expect(body.data.Fiches.totalDocs).toBe(2)
    expect(body.data.Fiches.docs[0].themes).toEqual([{ title: 'Alimentation', slug: 'alimentation' }])
    expect(body.data.Fiches.docs[0].territories).toEqual([{ name: 'Occitanie', slug: 'occitanie' }])
    expect(body.data.Kits.docs[0].fiches.docs.map((f: { slug: string }) => f.slug)).toEqual(['fiche-1', 'fiche-2'])
  })

  it('keeps introspection on (it is deep, but not counted)', async () => {
    const { status, body } = await post(
      '{ __schema { queryType { name } types { name fields { type { ofType { ofType { ofType { name } } } } } } } }',
    )
    expect(status).toBe(200)
    expect(body.data.__schema.queryType.name).toBe('Query')
  })

  it('refuses a depth bomb with an error naming the depth limit', async () => {
    const { status, body } = await post(depthBomb(8))
    expect(status).toBe(400)
    expect(body.data ?? undefined).toBeUndefined()
    expect(body.errors?.map((e) => e.message).join('\n')).toMatch(/maximum depth of 12 \(GRAPHQL_MAX_DEPTH\)/)
  })

  it('accepts a query just within the depth limit', async () => {
    // Fiches(1) docs(2) + 3 × (kit fiches docs) = 11, slug = 12.
    const { body } = await post(depthBomb(3))
    expect(body.errors).toBeUndefined()
  })

  it('refuses a complexity bomb (aliases × relationships) with an error naming the complexity limit', async () => {
    const { status, body } = await post(complexityBomb(10))
    expect(status).toBe(400)
    expect(body.data ?? undefined).toBeUndefined()
    expect(body.errors?.map((e) => e.message).join('\n')).toMatch(/maximum complexity of 10000 \(GRAPHQL_MAX_COMPLEXITY\)/)
  })

  it('answers every query refused before running with a 400, whatever the client accepts', async () => {
    for (const accept of ['application/json', 'application/graphql-response+json', 'application/graphql-response+json, application/json']) {
      for (const query of [
        depthBomb(8),
        complexityBomb(10),
        '{ Fiches { docs { nope } } }',
        '{ Fiches {',
        `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: Themes { docs { slug } }`).join(' ')} }`,
      ]) {
        const { status, body } = await post(query, accept)
        expect(status, `${accept}: ${query.slice(0, 40)}`).toBe(400)
        expect(body.errors?.length).toBeGreaterThan(0)
        expect(body.data ?? undefined).toBeUndefined()
      }
    }
    // Errors raised while running are answers with data: 200.
    const missing = await post('{ Fiche(id: "00000000-0000-0000-0000-000000000000") { slug } }')
    expect(missing.status).toBe(200)
    expect(missing.body).toHaveProperty('data')
  })

  it('answers `Access` in the shape its type declares, for anonymous callers too', async () => {
    const { status, body } = await post('{ Access { canAccessAdmin fiches { read { permission } create { permission } } } }')
    expect(status).toBe(200)
    expect(body.errors).toBeUndefined()
    expect(body.data.Access).toEqual({ canAccessAdmin: false, fiches: { read: { permission: true }, create: { permission: false } } })
  })

  it('still answers normally after the bombs', async () => {
    const { status, body } = await post(SYNDICATION)
    expect(status).toBe(200)
    expect(body.data.Fiches.totalDocs).toBe(2)
  })
})

describe('SDK graphql()', () => {
  interface Result {
    Fiches: { docs: { slug: string; themes: { slug: string }[] }[] }
  }
  const text = `query Fiches($series: Fiche_series_Input) { Fiches(where: { series: { equals: $series } }, sort: "slug") { docs { slug themes { slug } } } }`
  const expected = {
    Fiches: {
      docs: [
        { slug: 'fiche-1', themes: [{ slug: 'alimentation' }] },
        { slug: 'fiche-2', themes: [{ slug: 'alimentation' }] },
      ],
    },
  }

  it('runs a string query with variables, typed by the caller', async () => {
    const data = await sdk.graphql<Result>(text, { series: 'kit' })
    expect(data).toEqual(expected)
    expect((await sdk.graphql<Result>(text, { series: 'deniche' })).Fiches.docs).toEqual([])
  })

  it('runs a TypedDocumentNode, with or without source locations', async () => {
    type Typed = DocumentTypeDecoration<Result, { series: string }>
    const withLocations = parse(text) as ReturnType<typeof parse> & Typed
    const data = await sdk.graphql(withLocations, { series: 'kit' })
    const slugs: string[] = data.Fiches.docs.map((fiche) => fiche.slug) // typed from the document
    expect(slugs).toEqual(['fiche-1', 'fiche-2'])
    // graphql-codegen's documents are plain objects without `loc`: the SDK prints them.
    const bare = JSON.parse(JSON.stringify(parse(text, { noLocation: true }))) as ReturnType<typeof parse> & Typed
    expect(await sdk.graphql(bare, { series: 'kit' })).toEqual(expected)
    const withFragment = parse(
      `query { Fiches(sort: "slug", where: { slug: { in: ["fiche-1"] } }) { docs { ...F @include(if: true) } } } fragment F on Fiche { slug, ... on Fiche { themes { slug } } }`,
      { noLocation: true },
    )
    expect(await sdk.graphql(JSON.parse(JSON.stringify(withFragment)))).toEqual({ Fiches: { docs: [expected.Fiches.docs[0]] } })
  })

  it('throws RtesGraphQLError for errors in a 200 and for refused queries', async () => {
    const missing = await sdk.graphql('{ Fiche(id: "00000000-0000-0000-0000-000000000000") { slug } }').catch((e: unknown) => e)
    expect(isRtesGraphQLError(missing) && isRtesApiError(missing)).toBe(true)
    if (!isRtesGraphQLError(missing)) return
    expect(missing.status).toBe(200)
    expect(missing.errors[0].message).toMatch(/not found|pas trouvé/i) // Payload's message follows the fallback language (fr)

    const deep = await sdk.graphql(depthBomb(8)).catch((e: unknown) => e)
    expect(isRtesGraphQLError(deep)).toBe(true)
    if (isRtesGraphQLError(deep)) expect(deep.message).toMatch(/maximum depth of 12/)
    const unknown = await sdk.graphql('{ Fiches { docs { nope } } }').catch((e: unknown) => e)
    expect(isRtesGraphQLError(unknown) && unknown.errors[0].message).toMatch(/nope/)
  })
})
