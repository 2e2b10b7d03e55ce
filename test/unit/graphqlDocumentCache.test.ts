/** Parsed and validated GraphQL documents kept between requests (src/graphql/documentCache.ts), without Payload. */
import { buildSchema, GraphQLError, specifiedRules, type ValidationRule } from 'graphql'
import { describe, expect, it } from 'vitest'

import { DOCUMENT_BYTES_PER_CHAR, documentCache } from '../../src/graphql/documentCache'

const schema = buildSchema(`
  type Fiche { title: String }
  type Query { Fiches(limit: Int): [Fiche] }
`)

/** A rule that reads a variable, as the cost rules do with `limit`, and counts the documents it checks. */
function limitRule(variables: Record<string, unknown> | undefined, checked: { count: number }): ValidationRule {
  return (context) => ({
    Document() {
      checked.count++
      if (Number(variables?.n) > 10) context.reportError(new GraphQLError('limit too high'))
    },
  })
}

const QUERY = 'query ($n: Int) { Fiches(limit: $n) { title } }'

function run(
  cache: ReturnType<typeof documentCache>,
  query: string,
  variables: Record<string, unknown> | undefined,
  checked: { count: number },
) {
  const document = cache.parse(query)
  return cache.validate(schema, document, [...specifiedRules, limitRule(variables, checked)], variables).map((error) => error.message)
}

describe('documentCache', () => {
  it('parses a query text once and validates it once per set of variables', () => {
    const cache = documentCache(1024 * 1024)
    const checked = { count: 0 }
    expect(cache.parse(QUERY)).toBe(cache.parse(QUERY))
    expect(run(cache, QUERY, { n: 5 }, checked)).toEqual([])
    expect(run(cache, QUERY, { n: 5 }, checked)).toEqual([])
    expect(checked.count).toBe(1)
    // Other variables: validated again, and refused when the rules say so.
    expect(run(cache, QUERY, { n: 50 }, checked)).toEqual(['limit too high'])
    expect(run(cache, QUERY, { n: 50 }, checked)).toEqual(['limit too high'])
    expect(checked.count).toBe(3)
    expect(run(cache, QUERY, { n: 5 }, checked)).toEqual([])
    expect(checked.count).toBe(3)
  })

  it('keeps no invalid document as valid, and no syntax error', () => {
    const cache = documentCache(1024 * 1024)
    const checked = { count: 0 }
    for (let i = 0; i < 2; i++) expect(run(cache, '{ Fiches { nope } }', undefined, checked)).toEqual([expect.stringMatching(/nope/)])
    expect(() => cache.parse('{ Fiches {')).toThrow(/Syntax Error/)
    expect(() => cache.parse('{ Fiches {')).toThrow(/Syntax Error/)
  })

  it('validates a document parsed elsewhere, or against another schema, every time', () => {
    const cache = documentCache(1024 * 1024)
    const checked = { count: 0 }
    cache.validate(schema, cache.parse(QUERY), [limitRule({}, checked)], {})
    const other = buildSchema('type Query { Fiches(limit: Int): [String] }')
    expect(cache.validate(other, cache.parse(QUERY), [...specifiedRules, limitRule({}, checked)], {}).length).toBeGreaterThan(0)
    expect(checked.count).toBe(2)
  })

  it('stays within its bound, and keeps nothing when the bound is 0', () => {
    const cache = documentCache(QUERY.length * DOCUMENT_BYTES_PER_CHAR * 2)
    const first = cache.parse(QUERY)
    cache.parse(`${QUERY} `)
    cache.parse(`${QUERY}  `) // the third evicts the least recently used, the first
    expect(cache.parse(QUERY)).not.toBe(first)

    const none = documentCache(0)
    const checked = { count: 0 }
    expect(none.parse(QUERY)).not.toBe(none.parse(QUERY))
    run(none, QUERY, {}, checked)
    run(none, QUERY, {}, checked)
    expect(checked.count).toBe(2)
  })
})
