/** The pure parts of the request bounds: query-string checks, JSON depth, GraphQL request and cost rules. */
import { buildSchema, parse, specifiedRules, validate } from 'graphql'
import { describe, expect, it } from 'vitest'

import { checkGraphQLRequest, MAX_EXPANDED_FIELDS } from '../../src/graphql/requestLimits'
import { costLimit } from '../../src/graphql/costLimit'
import { checkQuery } from '../../src/server/queryLimits'
import { nestedDeeperThan, textNestedDeeperThan } from '../../src/utilities/jsonBody'

const bounds = { maxLimit: 100, maxDepth: 5, maxWhereConditions: 50 }

describe('checkQuery', () => {
  it('accepts ordinary list queries', () => {
    for (const query of [
      '',
      '?limit=1',
      '?limit=100&page=3&depth=0',
      '?where[title][equals]=a&sort=-createdAt',
      '?where={"title":{"equals":"a"}}',
      '?pagination=true',
      '?joins[fiches][limit]=5',
      '?joins[fiches]=false',
    ]) {
      expect(checkQuery(query, bounds), query).toBeNull()
    }
  })

  it('refuses what would return everything or is out of range', () => {
    expect(checkQuery('?limit=0', bounds)).toMatch(/`limit` must be an integer from 1 to 100 \(API_MAX_LIMIT\) \(got "0"\)/)
    expect(checkQuery('?limit=1.5', bounds)).toMatch(/`limit`/)
    expect(checkQuery('?limit=1&limit=2', bounds)).toMatch(/`limit`/)
    expect(checkQuery('?page=-1', bounds)).toMatch(/`page` must be a positive integer/)
    expect(checkQuery('?depth=6', bounds)).toMatch(/`depth` must be an integer from 0 to 5/)
    expect(checkQuery('?pagination=false', bounds)).toMatch(/`pagination=false` needs a `limit`/)
    expect(checkQuery('?pagination=yes&limit=5', bounds)).toMatch(/`pagination=false` needs a `limit`/)
    expect(checkQuery('?pagination=false&limit=100&page=2', bounds)).toBeNull()
    expect(checkQuery('?joins[fiches][limit]=1000', bounds)).toMatch(/`joins\[fiches\]\[limit\]`/)
    expect(checkQuery('?joins=all', bounds)).toMatch(/`joins` must be an object/)
  })

  it('lets bulk updates and deletes act on every match (limit=0), with the other bounds', () => {
    expect(checkQuery('?limit=0&where[id][in][0]=a&where[id][in][1]=b', bounds, { read: false })).toBeNull()
    expect(checkQuery('?limit=0&depth=9', bounds, { read: false })).toMatch(/`depth`/)
  })

  it('bounds `where`: conditions, nesting, JSON form, parameter count', () => {
    const or = (n: number) => Array.from({ length: n }, (_, i) => `where[or][${i}][title][equals]=${i}`).join('&')
    expect(checkQuery(`?${or(50)}`, bounds)).toBeNull()
    expect(checkQuery(`?${or(51)}`, bounds)).toMatch(/51 conditions: at most 50/)
    expect(
      checkQuery('?where[title][equals]=a&where[title][not_equals]=b&where[slug][exists]=true', { ...bounds, maxWhereConditions: 2 }),
    ).toMatch(/3 conditions/)
    expect(checkQuery(`?where${'[and][0]'.repeat(5)}[title][equals]=x`, bounds)).toMatch(/more than 10 levels/)
    expect(checkQuery('?where=not-json', bounds)).toMatch(/brackets .* or a JSON object/)
    expect(checkQuery('?where=[]', bounds)).toMatch(/must be an object of conditions/)
    expect(checkQuery(`?${Array.from({ length: 1001 }, (_, i) => `x${i}=1`).join('&')}`, bounds)).toMatch(/more than 1000 parameters/)
  })
})

describe('JSON depth', () => {
  it('measures text without parsing it, ignoring brackets in strings', () => {
    expect(textNestedDeeperThan('{"a":[{"b":1}]}', 3)).toBe(false)
    expect(textNestedDeeperThan('{"a":[{"b":[1]}]}', 3)).toBe(true)
    expect(textNestedDeeperThan('{"a":"[[[[[[\\"[[["}', 1)).toBe(false)
    expect(textNestedDeeperThan('['.repeat(100_000), 64)).toBe(true)
  })

  it('measures values, stopping past the limit', () => {
    expect(nestedDeeperThan({ a: [{ b: 1 }] }, 3)).toBe(false)
    expect(nestedDeeperThan({ a: [{ b: [1] }] }, 3)).toBe(true)
    let deep: unknown = 1
    for (let i = 0; i < 100_000; i++) deep = [deep]
    expect(nestedDeeperThan(deep, 64)).toBe(true)
  })
})

describe('checkGraphQLRequest', () => {
  const limits = { maxQueryLength: 1000, maxAliases: 3 }

  it('checks the request shape and length', () => {
    expect(checkGraphQLRequest({ query: '{ a }' }, limits)).toBeNull()
    expect(checkGraphQLRequest({}, limits)).toMatch(/needs a `query` string/)
    expect(checkGraphQLRequest({ query: '{ a }', variables: [] }, limits)).toMatch(/`variables` must be an object/)
    expect(checkGraphQLRequest({ query: `{ a } #${'x'.repeat(1000)}` }, limits)).toMatch(
      /at most 1000 are accepted \(GRAPHQL_MAX_QUERY_LENGTH\)/,
    )
    expect(checkGraphQLRequest({ query: '{ a' }, limits)).toBeNull() // the handler reports syntax errors
  })

  it('counts aliases and fields where fragments are spread', () => {
    expect(checkGraphQLRequest({ query: '{ x: a y: a z: a }' }, limits)).toBeNull()
    expect(checkGraphQLRequest({ query: '{ ...F ...F } fragment F on Q { x: a y: a }' }, limits)).toMatch(/4 aliases: at most 3/)
    let chain = 'fragment F40 on Q { a }'
    for (let i = 39; i >= 0; i--) chain += ` fragment F${i} on Q { ...F${i + 1} ...F${i + 1} }`
    const started = performance.now()
    expect(checkGraphQLRequest({ query: `{ ...F0 } ${chain}` }, { ...limits, maxQueryLength: 10_000 })).toMatch(
      new RegExp(`more than ${MAX_EXPANDED_FIELDS} fields`),
    )
    expect(performance.now() - started).toBeLessThan(5_000) // 2^40 fields if expanded naively
  })

  it('refuses @skip/@include conditions Payload’s complexity rule cannot evaluate, and subscriptions', () => {
    const check = (query: string, variables?: Record<string, unknown>) => checkGraphQLRequest({ query, variables }, limits)
    expect(check('{ a @skip(if: "x") }')).toMatch(/@skip needs `if: true`.*not a boolean/)
    expect(check('{ a @include }')).toMatch(/@include needs.*got nothing/)
    expect(check('{ a { ...F } } fragment F on A { b @include(if: null) }')).toMatch(/@include/)
    expect(check('query { a @skip(if: $v) }')).toMatch(/\$v, which has no value/)
    expect(check('query($v: Boolean) { a @skip(if: $v) }', { v: null })).toMatch(/\$v, which has no value/)
    expect(check('query Other($v: Boolean!) { b } query Used { a @skip(if: $w) }')).toMatch(/\$w/)
    expect(check('subscription { a }')).toMatch(/Subscriptions are not supported/)
    // What graphql-js and Payload evaluate themselves.
    expect(check('{ a @skip(if: true) b @include(if: false) }')).toBeNull()
    expect(check('query($v: Boolean!) { a @skip(if: $v) }', { v: true })).toBeNull()
    expect(check('query($v: Boolean = false) { a { ... on A @include(if: $v) { b } } }')).toBeNull()
    expect(check('query($v: String) { a @skip(if: $v) }', { v: 'x' })).toBeNull() // a type error graphql-js reports
  })
})

describe('costLimit', () => {
  const schema = buildSchema(`
    type Query { Fiches(limit: Int, page: Int, pagination: Boolean): Fiches, Fiche(id: ID): Fiche }
    type Fiches { docs: [Fiche!]!, totalDocs: Int }
    scalar JSON
    type Fiche { title: String, body: JSON, themes: [Theme], kit: Kit }
    type Theme { slug: String }
    type Kit { fiches(limit: Int, count: Boolean): KitFiches }
    type KitFiches { docs: [Fiche!]!, totalDocs: Int }
  `)
  const errors = (query: string, variables?: Record<string, unknown>, maxCost = 1000) =>
    validate(schema, parse(query), [...specifiedRules, costLimit({ maxCost, maxLimit: 100 }, variables)]).map((error) => error.message)

  it('multiplies by page sizes and list sizes', () => {
    // 1 (Fiches) + 1 (totalDocs) + 1 (docs) + 50 × (title 1 + themes (1 + 10 × slug 1)) = 603
    expect(errors('{ Fiches(limit: 50) { totalDocs docs { title themes { slug } } } }', undefined, 603)).toEqual([])
    expect(errors('{ Fiches(limit: 50) { totalDocs docs { title themes { slug } } } }', undefined, 602)[0]).toMatch(
      /maximum complexity of 602 .* estimated cost is 603/,
    )
    // Without `limit`: Payload's page size, 10. 1 + 1 + 10 × 1 = 12
    expect(errors('{ Fiches { docs { title } } }', undefined, 12)).toEqual([])
    expect(errors('{ Fiches { docs { title } } }', undefined, 11)).toHaveLength(1)
    // Rich text (JSON) costs 10: 1 + 1 + 10 × (1 + 10) = 112
    expect(errors('{ Fiches { docs { title body } } }', undefined, 112)).toEqual([])
    expect(errors('{ Fiches { docs { title body } } }', undefined, 111)).toHaveLength(1)
  })

  it('multiplies nested joins, through fragments too', () => {
    const nested =
      '{ Fiches(limit: 100) { docs { kit { fiches(limit: 100) { docs { kit { fiches(limit: 100) { docs { title } } } } } } } } }'
    expect(errors(nested)[0]).toMatch(/estimated cost is \d{7,}/)
    const viaFragments =
      '{ Fiches(limit: 100) { docs { ...A } } } fragment A on Fiche { kit { fiches(limit: 100) { docs { ...B } } } } fragment B on Fiche { kit { fiches(limit: 100) { docs { title } } } }'
    expect(errors(viaFragments)[0]).toMatch(/estimated cost is \d{7,}/)
  })

  it('checks `limit` literals and variables, and `pagination: false`', () => {
    expect(errors('{ Fiches(limit: 0) { docs { title } } }')[0]).toMatch(
      /`limit` of "Fiches" must be an integer from 1 to 100 \(API_MAX_LIMIT\), got 0/,
    )
    expect(errors('query ($n: Int) { f: Fiches(limit: $n) { docs { title } } }', { n: 101 })[0]).toMatch(/`limit` of "f" .* got 101/)
    expect(errors('query ($n: Int) { Fiches(limit: $n) { docs { title } } }', { n: 20 })).toEqual([])
    expect(errors('{ Fiches(pagination: false) { docs { title } } }')[0]).toMatch(/may not use `pagination: false`/)
    expect(errors('{ Fiche(id: "1") { kit { fiches(count: true, limit: 0) { totalDocs } } } }')).toEqual([])
  })
})
