/**
 * `where` as the SDK's types describe it, over REST and GraphQL on the seeded 2021 report: `and` and
 * `or` at one level both apply (Payload's adapters kept only one of them), and paths through a related
 * document's relationships (`territories.parent`) are accepted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createClient } from '../../src/sdk/src'
import { call, graphql } from '../helpers/rest'
import { seededDatabaseUri, startServerOn } from '../helpers/seeded'
import type { RunningServer } from '../helpers/server'

let server: RunningServer

beforeAll(async () => {
  server = await startServerOn('where', await seededDatabaseUri('where'))
})
afterAll(async () => {
  await server?.stop()
})

const count = async (query: string) => {
  const { status, body } = await call(server.url, `/api/fiches/count?${query}`)
  expect(status, query).toBe(200)
  return body.totalDocs as number
}

// Fiches numbered below 10, of the "Déniché" or "Points de repèr'ESS" series.
const AND = 'where[and][0][number][less_than]=10'
const OR = 'where[or][0][series][equals]=deniche&where[or][1][series][equals]=points-de-reperess'
const NESTED =
  'where[and][0][number][less_than]=10&where[and][1][or][0][series][equals]=deniche&where[and][1][or][1][series][equals]=points-de-reperess'

describe('and + or at one level', () => {
  it('REST applies both, as the nested form does', async () => {
    const [both, nested, andOnly, orOnly] = await Promise.all([count(`${AND}&${OR}`), count(NESTED), count(AND), count(OR)])
    expect(nested).toBeGreaterThan(0)
    // The data make each part matter: dropping either one changes the answer.
    expect(andOnly).toBeGreaterThan(nested)
    expect(orOnly).toBeGreaterThan(nested)
    expect(both).toBe(nested)
    const list = await call(server.url, `/api/fiches?${OR}&${AND}&limit=100&depth=0`)
    expect(list.body.totalDocs).toBe(nested)
    for (const fiche of list.body.docs) {
      expect(fiche.number).toBeLessThan(10)
      expect(['deniche', 'points-de-reperess']).toContain(fiche.series)
    }
  })

  it('also with field conditions beside them', async () => {
    const both = await count(`${OR}&where[number][less_than]=10`)
    expect(both).toBe(await count(NESTED))
  })

  it('GraphQL applies both', async () => {
    const where = (text: string) => `{ countFiches(where: ${text}) { totalDocs } }`
    const both = await graphql(
      server.url,
      where('{ AND: [{ number: { less_than: 10 } }], OR: [{ series: { equals: deniche } }, { series: { equals: points_de_reperess } }] }'),
    )
    const nested = await graphql(
      server.url,
      where(
        '{ AND: [{ number: { less_than: 10 } }, { OR: [{ series: { equals: deniche } }, { series: { equals: points_de_reperess } }] }] }',
      ),
    )
    expect(both.errors).toBeUndefined()
    expect(both.data.countFiches.totalDocs).toBe(nested.data.countFiches.totalDocs)
    expect(both.data.countFiches.totalDocs).toBe(await count(NESTED))
  })

  it('the SDK sends it as typed', async () => {
    const rtes = createClient({ baseUrl: server.url })
    const where = {
      and: [{ number: { less_than: 10 } }],
      or: [{ series: { equals: 'deniche' as const } }, { series: { equals: 'points-de-reperess' as const } }],
    }
    expect(await rtes.fiches.count({ where })).toBe(await count(NESTED))
  })
})

describe('paths through a related document’s relationships', () => {
  it('territories.parent finds what is filed under a region’s communes', async () => {
    const region = (await call(server.url, '/api/territories?where[slug][equals]=ile-de-france&depth=0')).body.docs[0]
    const rtes = createClient({ baseUrl: server.url })
    const page = await rtes.fiches.list({
      where: { or: [{ territories: { in: [region.id] } }, { 'territories.parent': { equals: region.id } }] },
      depth: 1,
    })
    expect(page.totalDocs).toBeGreaterThan(0)
    for (const fiche of page.docs) {
      expect(fiche.territories?.some((territory) => territory.id === region.id || territory.parent === region.id)).toBe(true)
    }
  })
})
